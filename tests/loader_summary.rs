//! The summary the loader shows before the wasm is ready is the bundled dataset's own.
#![cfg(not(target_arch = "wasm32"))]

use career_widget::core::bundled_dataset;
use serde_json::Value;

const LOADER: &str = include_str!("../assets/career-widget.js");

#[test]
fn the_loading_summary_matches_the_dataset() {
    let line = LOADER.lines().find(|l| l.starts_with("const SUMMARY = ")).expect("the loader declares SUMMARY");
    let json = line.trim_start_matches("const SUMMARY = ").trim_end_matches(';');
    let summary: Value = serde_json::from_str(json).expect("SUMMARY is a JSON object literal");
    let c = &bundled_dataset().as_ref().unwrap().careers[0];
    assert_eq!(summary["id"], c.id.as_str());
    assert_eq!(summary["title"], c.title.as_str());
    assert_eq!(summary["summary"], c.summary.as_str());
    assert_eq!(summary["median"].as_f64(), Some(c.salary.median));
    assert_eq!(summary["currency"], c.salary.currency.as_str());
    assert_eq!(summary["region"], c.salary.region.as_str());
}
