//! Every input in fuzz/regressions (edge cases written by hand, and any crash the fuzzer ever
//! finds) goes through the fuzz target's body on every test run.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../fuzz/exercise.rs"]
mod exercise;

use exercise::exercise;

#[test]
fn every_regression_input_passes() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz/regressions");
    let mut count = 0;
    for entry in std::fs::read_dir(dir).expect("fuzz/regressions exists") {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let outcome = std::panic::catch_unwind(|| exercise(&bytes));
        assert!(outcome.is_ok(), "{} makes the models panic", path.display());
        count += 1;
    }
    assert!(count >= 8, "the regression inputs are missing: {count}");
}

#[test]
fn the_edge_case_datasets_are_valid_so_the_models_really_run() {
    use career_widget::core::read::read_dataset_bytes;
    for name in ["flat-pay.json", "one-open-tier-from-zero.json", "unicode-names.json"] {
        let bytes = std::fs::read(format!("{}/fuzz/regressions/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        if let Err(e) = read_dataset_bytes(&bytes) {
            panic!("{name}: {e}");
        }
    }
}
