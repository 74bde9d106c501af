//! JSON → a checked [`Dataset`], or errors that each name a path and a rule.
//!
//! serde reads the JSON into the typed values (structural problems: a missing or unknown field, a
//! wrong type; the first one found is reported), then `validate` checks the semantic rules on
//! them (ordering, references, bounds; every problem is reported), so whatever the widget renders
//! has passed the same rules as what `career-data validate` accepts.
//!
//! Two readers share that path. [`read_dataset`] reads the text with serde_json: strict, it
//! refuses a key given twice and a key the schema does not have; `career-data` and the authoring
//! tools' validator use it. The widget parses with the browser's `JSON.parse` and reads the values
//! through [`read_parsed`] (`embed::parse`): much lighter (docs/performance.md), and, by the product's
//! decision, lenient where `JSON.parse` is (the last of a repeated key wins) and where
//! serde-wasm-bindgen is (a struct is read by its known fields, so a key from a newer schema is
//! passed over).

use serde::{Deserialize, Deserializer};

use super::dataset::Dataset;
use super::limits::MAX_DATASET_BYTES;
use super::mend::every_problem;
use super::serde_words::{from_json, json_path, structural};
use super::validate::{ValidationErrors, validate, validate_all};

/// Reads and checks a dataset from raw bytes (UTF-8, an optional byte-order mark).
pub fn read_dataset_bytes(bytes: &[u8]) -> Result<Dataset, ValidationErrors> {
    read_dataset(dataset_text(bytes)?)
}

/// Reads and checks a dataset from JSON text, strictly, with every problem it has: past a
/// structural one, the reading goes on in a mended copy (`core::mend`).
pub fn read_dataset(text: &str) -> Result<Dataset, ValidationErrors> {
    let text = within_limit(text)?;
    let mut json = serde_json::Deserializer::from_str(text);
    let dataset: Dataset = serde_path_to_error::deserialize(&mut json)
        .map_err(|e| every_problem(text, from_json(&json_path(e.path()), e.inner())))?;
    json.end().map_err(|e| ValidationErrors::from(from_json("", &e)))?;
    validate_all(&dataset)?;
    Ok(dataset)
}

/// Reads and checks a dataset from values already parsed from its JSON, e.g. by `JSON.parse`.
///
/// A structural problem is reported without its path, which the authoring tools give: tracking
/// the path as it reads (serde_path_to_error) would weigh on the widget's wasm. Every semantic
/// rule still names its path.
pub fn read_parsed<'de, D: Deserializer<'de>>(parsed: D) -> Result<Dataset, ValidationErrors> {
    let dataset = <Dataset as Deserialize>::deserialize(parsed).map_err(|e| {
        // serde-wasm-bindgen's errors are JavaScript `Error`s, whose text starts with their name.
        let message = e.to_string();
        let problem = structural("", message.strip_prefix("Error: ").unwrap_or(&message));
        let what = if problem.path.is_empty() { "a value".to_string() } else { format!("`{}`", problem.path) };
        ValidationErrors::single(
            "",
            format!("{what} {} (the authoring page or career-data validate says where)", problem.rule),
        )
    })?;
    validate(&dataset)?;
    Ok(dataset)
}

/// Bytes as the dataset's text: UTF-8, within the size limit.
pub fn dataset_text(bytes: &[u8]) -> Result<&str, ValidationErrors> {
    match std::str::from_utf8(bytes) {
        Ok(text) => within_limit(text),
        Err(_) => Err(ValidationErrors::single("", "is not UTF-8 text")),
    }
}

/// The text without a byte-order mark (some editors save one; it is not part of the JSON), if it
/// is within the size limit.
pub fn within_limit(text: &str) -> Result<&str, ValidationErrors> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() > MAX_DATASET_BYTES {
        return Err(ValidationErrors::single(
            "",
            format!("is {} bytes; the limit is {MAX_DATASET_BYTES} bytes", text.len()),
        ));
    }
    Ok(text)
}
