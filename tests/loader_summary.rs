//! The summary the loader shows before the wasm is ready is the bundled dataset's own.
#![cfg(not(target_arch = "wasm32"))]

use career_widget::core::bundled_dataset;
use serde_json::Value;

const LOADER: &str = include_str!("../assets/loader/summary.mjs");

#[test]
fn the_loading_summary_matches_the_dataset() {
    let line = LOADER.lines().find(|l| l.starts_with("export const SUMMARY = ")).expect("the loader declares SUMMARY");
    let json = line.trim_start_matches("export const SUMMARY = ").trim_end_matches(';');
    let summary: Value = serde_json::from_str(json).expect("SUMMARY is a JSON object literal");
    let c = &bundled_dataset().as_ref().unwrap().careers[0];
    assert_eq!(summary["id"], c.id.as_str());
    assert_eq!(summary["title"], c.title.as_str());
    assert_eq!(summary["summary"], c.summary.as_str());
    assert_eq!(summary["median"].as_f64(), Some(c.salary.median));
    assert_eq!(summary["currency"], c.salary.currency.as_str());
    assert_eq!(summary["region"], c.salary.region.as_str());
}

const HOST: &str = include_str!("../assets/loader/wasm-host.mjs");
const ELEMENT: &str = include_str!("../assets/loader/element.mjs");

#[path = "support/js_source.rs"]
mod js_source;
use js_source::js_const;

/// The loader forwards exactly the attributes the widget reads.
#[test]
fn the_loader_observes_the_attributes_the_widget_reads() {
    let observed: Vec<String> = serde_json::from_str(&js_const(ELEMENT, "OBSERVED").replace('\'', "\"")).unwrap();
    let read = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/embed/attrs.rs")).unwrap();
    // Every name attrs.rs reads, through `get("…")` or `choose("…", …)`; `src` is read by the
    // embed layer itself, `lang` by the loader (assets/loader/language.mjs).
    let mut named: Vec<String> = ["get(\"", "choose(\""]
        .iter()
        .flat_map(|call| read.match_indices(call).map(|(at, c)| &read[at + c.len()..]))
        .map(|rest| rest[..rest.find('"').unwrap()].to_string())
        .chain(["src".to_string(), "lang".to_string()])
        .collect();
    let mut observed = observed;
    named.sort();
    named.dedup();
    observed.sort();
    assert!(named.len() >= 8, "{named:?}");
    assert_eq!(observed, named);
}

/// The wasm claims its own work on a widget's shadow root with the event the loader listens for.
#[test]
fn the_work_event_has_one_name() {
    let name: String = serde_json::from_str(&js_const(HOST, "WORK_EVENT").replace('\'', "\"")).unwrap();
    let element = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/embed/element.rs")).unwrap();
    assert!(element.contains(&format!("pub const WORK_EVENT: &str = \"{name}\";")));
}

/// What the loading summary reads from the theme, career, layout and heading-level attributes,
/// the widget reads alike (the JavaScript side of the same table is tests/js/mirrors.test.mjs).
#[test]
fn the_summary_reads_theme_and_career_as_the_widget_does() {
    use career_widget::embed::attrs::parse_attributes;
    let table: Value =
        serde_json::from_str(include_str!("fixtures/attribute-mirrors.json")).expect("the table is JSON");
    let dataset = bundled_dataset().as_ref().unwrap();
    for row in table["theme"].as_array().unwrap() {
        let value = row[0].as_str().map(String::from);
        let (config, _) = parse_attributes(|name| if name == "theme" { value.clone() } else { None }, dataset);
        assert_eq!(config.theme.as_str(), row[1], "theme={value:?}");
    }
    for row in table["bundled_career"].as_array().unwrap() {
        let value = row[0].as_str().map(String::from);
        let (config, warnings) = parse_attributes(|name| if name == "career" { value.clone() } else { None }, dataset);
        let bundled = config.career == 0 && warnings.is_empty();
        assert_eq!(bundled, row[1].as_bool().unwrap(), "career={value:?}");
    }
    for row in table["layout"].as_array().unwrap() {
        let value = row[0].as_str().map(String::from);
        let (config, _) = parse_attributes(|name| if name == "layout" { value.clone() } else { None }, dataset);
        let full = config.layout == career_widget::ui::Layout::Full;
        assert_eq!(full, row[1] == "full", "layout={value:?}");
    }
    for row in table["heading_level"].as_array().unwrap() {
        let value = row[0].as_str().map(String::from);
        let (config, _) = parse_attributes(|name| if name == "heading-level" { value.clone() } else { None }, dataset);
        assert_eq!(u64::from(config.outline.0), row[1].as_u64().unwrap(), "heading-level={value:?}");
    }
}
