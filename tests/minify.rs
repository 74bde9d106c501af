//! build.rs minifies the dataset compiled into the wasm; this checks that only white space goes.
#![cfg(not(target_arch = "wasm32"))]

use career_widget::core::BUNDLED_JSON;
use serde_json::Value;

#[test]
fn the_minified_dataset_is_the_same_json() {
    let source = include_str!("../assets/careers.json");
    let a: Value = serde_json::from_str(source).unwrap();
    let b: Value = serde_json::from_str(BUNDLED_JSON).unwrap();
    assert_eq!(a, b);
    assert!(BUNDLED_JSON.len() < source.len() * 3 / 4, "{} of {} bytes", BUNDLED_JSON.len(), source.len());
}
