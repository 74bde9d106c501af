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
//! through [`read_parsed`] (`embed::parse`): 12 KB of brotli lighter, and, by the product's
//! decision, lenient where `JSON.parse` is (the last of a repeated key wins) and where
//! serde-wasm-bindgen is (a struct is read by its known fields, so a key from a newer schema is
//! passed over).

use serde::{Deserialize, Deserializer};

use super::dataset::{Dataset, Demand, PayLevel};
use super::limits::MAX_DATASET_BYTES;
use super::text::outside;
use super::validate::{ValidationError, ValidationErrors, validate};

/// Reads and checks a dataset from raw bytes (UTF-8, an optional byte-order mark).
pub fn read_dataset_bytes(bytes: &[u8]) -> Result<Dataset, ValidationErrors> {
    read_dataset(dataset_text(bytes)?)
}

/// Reads and checks a dataset from JSON text, strictly.
pub fn read_dataset(text: &str) -> Result<Dataset, ValidationErrors> {
    let text = within_limit(text)?;
    let mut json = serde_json::Deserializer::from_str(text);
    let dataset: Dataset = serde_path_to_error::deserialize(&mut json)
        .map_err(|e| ValidationErrors::from(from_json(&json_path(e.path()), e.inner())))?;
    json.end().map_err(|e| ValidationErrors::from(from_json("", &e)))?;
    validate(&dataset)?;
    Ok(dataset)
}

/// Reads and checks a dataset from values already parsed from its JSON, e.g. by `JSON.parse`.
///
/// A structural problem is reported without its path, which the authoring tools give: tracking
/// the path as it reads (serde_path_to_error) cost the widget 2.4 KB of brotli. Every semantic
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

/// A path as the widget writes one (`careers[0].salary.median`), with the dataset's own keys
/// shortened and cleaned: an unknown key is outside text.
fn json_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(&outside(key, 40));
            }
            Segment::Unknown => out.push_str(if out.is_empty() { "?" } else { ".?" }),
        }
    }
    out
}

/// serde_json's account: broken JSON in the widget's own words, with its line and column, or a
/// structural problem.
fn from_json(path: &str, error: &serde_json::Error) -> ValidationError {
    // serde_json appends where it was: the path says it better.
    let full = error.to_string();
    let message = full.strip_suffix(&format!(" at line {} column {}", error.line(), error.column())).unwrap_or(&full);
    if error.is_syntax() || error.is_eof() {
        return ValidationError::new(
            "",
            format!("is not valid JSON: {message} (line {}, column {})", error.line(), error.column()),
        );
    }
    structural(path, message)
}

/// serde's account of a structural problem in the dataset's own words: the path (with the
/// field, for a missing, unknown or repeated one) and the rule. serde's messages are the
/// defaults of `serde::de::Error` ("missing field `x`", "invalid type: …, expected …"), the same
/// from serde_json and serde-wasm-bindgen; anything else is passed on, cleaned.
fn structural(path: &str, message: &str) -> ValidationError {
    // The path ends at the field for an unknown or repeated one, at its object for a missing one.
    let at = |field: &str| {
        let field = outside(field, 40);
        if path.is_empty() {
            field
        } else if path == field || path.ends_with(&format!(".{field}")) {
            path.to_string()
        } else {
            format!("{path}.{field}")
        }
    };
    let quoted = |s: &str| s.split('`').nth(1).unwrap_or_default().to_string();
    if let Some(rest) = message.strip_prefix("missing field ") {
        let field = quoted(rest);
        let rule = if field == "years_max" { "is required (null for an open-ended tier)" } else { "is required" };
        return ValidationError::new(&at(&field), rule);
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        return ValidationError::new(&at(&quoted(rest)), "is not a field of this schema");
    }
    if let Some(rest) = message.strip_prefix("duplicate field ") {
        return ValidationError::new(&at(&quoted(rest)), "is given more than once");
    }
    // The value serde quotes is the dataset's, free to spell out a list of its own; serde's list
    // of the names comes last and identifies the type, whose own names are the choices.
    if message.starts_with("unknown variant ") {
        for names in [&Demand::NAMES[..], &PayLevel::NAMES[..]] {
            if message.ends_with(&format!("one of `{}`", names.join("`, `"))) {
                return ValidationError::new(path, format!("must be one of {}", names.join(", ")));
            }
        }
    }
    // serde_json's null is serde-wasm-bindgen's unit.
    if message.starts_with("invalid type: null") || message.starts_with("invalid type: unit value") {
        return ValidationError::new(path, "is required");
    }
    // What serde expected comes last, after the value, which is the dataset's text.
    if let Some((_, expected)) = message.strip_prefix("invalid type: ").and_then(|m| m.rsplit_once(", expected ")) {
        let rule = match expected {
            "f64" => "must be a number",
            "u32" => "must be a whole number",
            "a string" => "must be a string",
            "a boolean" => "must be true or false",
            "a sequence" => "must be a list",
            e if e.starts_with("struct ") || e == "a map" => "must be an object",
            _ => return ValidationError::new(path, format!("must be {}", outside(expected, 60))),
        };
        return ValidationError::new(path, rule);
    }
    if message.starts_with("invalid value: ") && message.ends_with("expected u32") {
        return ValidationError::new(path, "must be a whole number");
    }
    // serde-wasm-bindgen reads a list by asking the value for its iterator, which JavaScript
    // refuses for a string, number or boolean.
    if message.starts_with("TypeError: ") {
        return ValidationError::new(path, "must be a list");
    }
    ValidationError::new(path, outside(message, 120))
}
