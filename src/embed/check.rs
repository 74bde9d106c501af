//! The widget's own dataset validator, offered to authoring tools: `career-widget.js` exports it
//! as `datasetProblems(text)`, and the authoring page (`assets/author.js`) shows its answer as
//! the author types. The same `read_dataset` decides what a widget renders and what
//! `career-data validate` prints, so the three cannot disagree.

use wasm_bindgen::prelude::*;

use crate::core::read::read_dataset;

/// The problems the widget would report for this dataset text, one `path: rule` each (the last
/// one may say how many more there are); empty when the widget would render it.
#[wasm_bindgen(js_name = datasetProblems)]
pub fn dataset_problems(text: &str) -> Vec<String> {
    let Err(errors) = read_dataset(text) else { return Vec::new() };
    let mut lines: Vec<String> = errors.errors.iter().map(ToString::to_string).collect();
    if errors.more > 0 {
        lines.push(format!("…and {} more", errors.more));
    }
    lines
}
