//! `career-data validate` for JavaScript: `assets/validator.mjs` wraps it for the authoring page,
//! and the npm package's command line (`npx career-widget validate`) runs it in Node.

use career_widget::core::file_check::check_file;
use career_widget::core::read::read_dataset;
use wasm_bindgen::prelude::*;

/// The problems `career-data validate` reports for this dataset text, one `path: rule` per line
/// (the last line may say how many more there are); empty when it is valid. One string rather
/// than a list: the wrapper splits it.
#[wasm_bindgen(js_name = datasetProblems)]
pub fn dataset_problems(text: &str) -> String {
    read_dataset(text).err().map(|errors| errors.to_string()).unwrap_or_default()
}

/// What `career-data validate [--max N]` prints for the file `name` holding `bytes`: its lines,
/// one per `\n`, preceded by `valid` or `invalid` on a line of its own (a valid file's line goes
/// to standard error, an invalid file's to standard output).
#[wasm_bindgen(js_name = validateFile)]
pub fn validate_file(name: &str, bytes: &[u8], max: Option<u32>) -> String {
    let report = check_file(name, bytes, max.map(|m| m as usize));
    let verdict = if report.valid { "valid" } else { "invalid" };
    std::iter::once(verdict.to_string()).chain(report.lines).collect::<Vec<_>>().join("\n")
}
