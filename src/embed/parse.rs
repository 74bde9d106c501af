//! Dataset text → a checked dataset, parsed by the browser's `JSON.parse` and read into the
//! types by serde-wasm-bindgen: the widget's reader, much lighter than serde_json's
//! (docs/performance.md, "Levers") and lenient where `core::read` says.

use crate::core::dataset::Dataset;
use crate::core::read::{read_parsed, within_limit};
use crate::core::text::outside;
use crate::core::validate::ValidationErrors;

/// Reads and checks a dataset from its JSON text.
pub fn read_dataset_text(text: &str) -> Result<Dataset, ValidationErrors> {
    let text = within_limit(text)?;
    let parsed = js_sys::JSON::parse(text).map_err(|error| {
        // The engine's own account of where the JSON breaks, e.g. "Unexpected token '}', ... is
        // not valid JSON" or "expected ',' ... at line 3 column 5".
        let said = js_sys::Error::from(error).message().as_string().unwrap_or_default();
        ValidationErrors::single("", format!("is not valid JSON: {}", outside(&said, 120)))
    })?;
    read_parsed(serde_wasm_bindgen::Deserializer::from(parsed))
}
