//! `career-data validate` for JavaScript: `assets/validator.mjs` wraps it for the authoring page.

use career_widget::core::read::read_dataset;
use wasm_bindgen::prelude::*;

/// The problems `career-data validate` reports for this dataset text, one `path: rule` per line
/// (the last line may say how many more there are); empty when it is valid. One string rather
/// than a list: the wrapper splits it.
#[wasm_bindgen(js_name = datasetProblems)]
pub fn dataset_problems(text: &str) -> String {
    read_dataset(text).err().map(|errors| errors.to_string()).unwrap_or_default()
}
