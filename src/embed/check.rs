//! The widget's own dataset validator, offered to authoring tools: `career-widget.js` exports it
//! as `datasetProblems(text)`, and the authoring page (`assets/author.js`) shows its answer as
//! the author types. The same `read_dataset` decides what a widget renders and what
//! `career-data validate` prints, so the three cannot disagree.

use wasm_bindgen::prelude::*;

use crate::core::read::read_dataset;

/// The problems the widget would report for this dataset text, one `path: rule` per line (the
/// last line may say how many more there are); empty when the widget would render it. One
/// string rather than a list: a `Vec<String>` return would add its own marshalling to the wasm.
#[wasm_bindgen(js_name = datasetProblems)]
pub fn dataset_problems(text: &str) -> String {
    // A trap in work that is no widget's own, for the failure model's tests.
    #[cfg(feature = "test-hooks")]
    assert_ne!(text, "test hook: trap", "test hook: a trap in the validator");
    read_dataset(text).err().map(|errors| errors.to_string()).unwrap_or_default()
}
