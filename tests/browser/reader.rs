//! The widget's dataset reader (`JSON.parse` and serde-wasm-bindgen) against the strict one
//! (serde_json, what `career-data validate` runs): the same dataset, the same answer, except
//! where the product chose leniency (a repeated key, a key the schema does not have) and that a
//! structural problem is said without its path.

use career_widget::core::BUNDLED_JSON;
use career_widget::core::read::read_dataset;
use career_widget::embed::read_dataset_text;
use serde_json::{Value, json};
use wasm_bindgen_test::*;

fn widget(text: &str) -> Result<career_widget::core::dataset::Dataset, String> {
    read_dataset_text(text).map_err(|e| e.to_string())
}

fn strict(text: &str) -> Result<career_widget::core::dataset::Dataset, String> {
    read_dataset(text).map_err(|e| e.to_string())
}

fn edited(edit: impl FnOnce(&mut Value)) -> String {
    let mut v: Value = serde_json::from_str(BUNDLED_JSON).unwrap();
    edit(&mut v);
    v.to_string()
}

#[wasm_bindgen_test]
fn the_bundled_dataset_reads_the_same_both_ways() {
    assert_eq!(widget(BUNDLED_JSON).unwrap(), strict(BUNDLED_JSON).unwrap());
}

const SAYS_WHERE: &str = "(the authoring page or career-data validate says where)";

#[wasm_bindgen_test]
fn each_broken_rule_gets_the_strict_readers_message() {
    let cases: Vec<Box<dyn FnOnce(&mut Value)>> = vec![
        Box::new(|v| drop(v["careers"][0].as_object_mut().unwrap().remove("title"))),
        Box::new(|v| v["careers"][0]["salary"]["median"] = Value::Null),
        Box::new(|v| drop(v.as_object_mut().unwrap().remove("careers"))),
        Box::new(|v| drop(v["careers"][0]["tiers"][1].as_object_mut().unwrap().remove("years_max"))),
        Box::new(|v| v["careers"][0]["salary"]["low"] = json!("60000")),
        Box::new(|v| v["careers"][0]["outlook"]["remote_friendly"] = json!("yes")),
        Box::new(|v| v["careers"][0]["outlook"]["demand"] = json!("huge")),
        Box::new(|v| v["careers"][0]["outlook"]["demand"] = json!(3)),
        Box::new(|v| v["careers"][0]["outlook"]["demand"] = json!({ "low": null })),
        Box::new(|v| v["careers"][0]["tiers"][0]["pay_level"]["value"] = json!("top")),
        Box::new(|v| v["careers"][0]["tiers"][0]["pay_level"]["derived"] = json!("yes")),
        Box::new(|v| v["careers"] = json!({})),
        Box::new(|v| v["careers"] = json!("all")),
        Box::new(|v| v["careers"] = json!(3)),
        Box::new(|v| v["careers"][0]["tiers"] = json!(true)),
        Box::new(|v| v["careers"][0]["tiers"][0] = json!("a tier")),
        Box::new(|v| v["careers"][0]["tiers"][0]["title"] = json!(7)),
        Box::new(|v| v["schema_version"] = json!(2)),
        Box::new(|v| v["schema_version"] = json!(1.5)),
        Box::new(|v| v["schema_version"] = json!(-1)),
        Box::new(|v| v["schema_version"] = json!(1e10)),
        Box::new(|v| v["careers"][0]["salary"]["low"] = json!(-5)),
        Box::new(|v| v["careers"][0]["salary"]["high"] = json!(1e12)),
        Box::new(|v| v["careers"][0]["tiers"][2]["years_max"] = json!(41)),
        Box::new(|v| v["careers"][0]["id"] = json!("Not a slug")),
        Box::new(|v| v["careers"][0]["source"] = json!("nowhere")),
        Box::new(|v| v["careers"][0]["summary"] = json!("")),
        Box::new(|v| v["careers"][0]["summary"] = json!("\u{202e}evil")),
        Box::new(|v| v["careers"][0]["tiers"] = json!([])),
        Box::new(|v| v["careers"][0]["title"] = json!(["<img src=x onerror=alert(1)>"])),
    ];
    let mut differ = Vec::new();
    for (i, edit) in cases.into_iter().enumerate() {
        let text = edited(edit);
        let strict = strict(&text).map(drop);
        assert!(strict.is_err(), "case {i} is a broken dataset");
        let widget = widget(&text).map(drop);
        // A structural problem (serde's) is said without its path, which the authoring tools
        // give; the rule is the same, with the field where serde names one.
        let same = match (&widget, &strict) {
            (Err(w), Err(s)) if w.ends_with(SAYS_WHERE) => {
                let (path, rule) = s.split_once(": ").unwrap();
                let field = path.rsplit(['.', '[']).next().unwrap();
                let what =
                    if w.starts_with("dataset: a value ") { "a value".to_string() } else { format!("`{field}`") };
                *w == format!("dataset: {what} {rule} {SAYS_WHERE}") && s.lines().count() == 1
            }
            _ => widget == strict,
        };
        if !same {
            differ.push(format!("case {i}: {widget:?} where the strict reader says {strict:?}"));
        }
    }
    assert!(differ.is_empty(), "{differ:#?}");
}

#[wasm_bindgen_test]
fn broken_json_oversize_and_a_byte_order_mark() {
    let broken = widget("{\"schema_version\": 1,").unwrap_err();
    assert!(broken.starts_with("dataset: is not valid JSON: "), "{broken}");
    assert_eq!(broken.lines().count(), 1, "{broken}");
    let huge = format!("{{\"x\":\"{}\"}}", "a".repeat(1_000_001));
    assert_eq!(widget(&huge).unwrap_err(), strict(&huge).unwrap_err());
    let marked = format!("\u{feff}{BUNDLED_JSON}");
    assert_eq!(widget(&marked).unwrap(), strict(BUNDLED_JSON).unwrap());
}

#[wasm_bindgen_test]
fn a_key_from_a_newer_schema_is_passed_over() {
    let text = edited(|v| {
        v["illustration"] = json!("cover.png");
        v["careers"][0]["salary"]["currency_symbol"] = json!("€");
    });
    assert!(strict(&text).unwrap_err().contains("is not a field of this schema"));
    assert_eq!(widget(&text).unwrap(), strict(BUNDLED_JSON).unwrap());
}

#[wasm_bindgen_test]
fn a_repeated_key_keeps_its_last_value_as_json_parse_does() {
    let text = BUNDLED_JSON.replacen("\"title\":", "\"title\":\"A first title\",\"title\":", 1);
    assert!(strict(&text).unwrap_err().contains("is given more than once"));
    assert_eq!(widget(&text).unwrap(), strict(BUNDLED_JSON).unwrap());
}

#[wasm_bindgen_test]
fn an_array_where_an_object_belongs_is_refused() {
    let text = edited(|v| v["careers"][0]["sources"][0] = json!(["bls", "Occupational Outlook Handbook", null, null]));
    let message = widget(&text).unwrap_err();
    assert!(message.starts_with("dataset: `id` is required"), "{message}");
}
