//! The authoring tools' validator module (assets/validator.mjs) says what `career-data` says.
#![cfg(not(target_arch = "wasm32"))]

const WRAPPER: &str = include_str!("../assets/validator.mjs");

#[path = "support/js_source.rs"]
mod js_source;
use js_source::js_const;

/// validator.mjs refuses an over-size dataset before it reaches the wasm, with the wasm's own words.
#[test]
fn the_wrapper_refuses_an_oversize_dataset_as_the_validator_does() {
    use career_widget::core::limits::MAX_DATASET_BYTES;
    use career_widget::core::read::read_dataset;
    assert_eq!(js_const(WRAPPER, "MAX_DATASET_BYTES").replace('_', ""), MAX_DATASET_BYTES.to_string());
    let template = WRAPPER
        .lines()
        .find_map(|l| l.split("return [`").nth(1))
        .and_then(|rest| rest.split("`]").next())
        .expect("datasetProblems returns the over-size message");
    let text = " ".repeat(MAX_DATASET_BYTES + 1);
    let message = template
        .replace("${bytes}", &(MAX_DATASET_BYTES + 1).to_string())
        .replace("${MAX_DATASET_BYTES}", &MAX_DATASET_BYTES.to_string());
    assert_eq!(message, read_dataset(&text).unwrap_err().to_string());
}
