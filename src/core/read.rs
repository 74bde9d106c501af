//! JSON text → a checked [`Dataset`], or errors that each name a path and a rule.
//!
//! serde reads the text into the typed values (structural problems: not JSON, a missing or
//! unknown field, a wrong type; the first one found is reported), then `validate` checks the
//! semantic rules on them (ordering, references, bounds; every problem is reported). One code
//! path serves the bundled dataset, any `src` dataset and `career-data validate`, in the widget
//! and natively alike, so whatever the widget renders has passed the same checks.
//!
//! serde_json rather than the browser's `JSON.parse` with serde-wasm-bindgen: serde-wasm-bindgen
//! reads a struct by looking up its known fields, so it cannot see an unknown one, and a typo
//! would silently drop a value; and `JSON.parse` keeps the last of a key given twice, which
//! serde_json's derived readers refuse.

use super::dataset::{Dataset, Demand, PayLevel};
use super::limits::MAX_DATASET_BYTES;
use super::text::outside;
use super::validate::{ValidationError, ValidationErrors, validate};

/// Reads and checks a dataset from raw bytes (UTF-8, an optional byte-order mark).
pub fn read_dataset_bytes(bytes: &[u8]) -> Result<Dataset, ValidationErrors> {
    match std::str::from_utf8(bytes) {
        Ok(text) => read_dataset(text),
        Err(_) => Err(ValidationErrors::single("", "is not UTF-8 text")),
    }
}

/// Reads and checks a dataset from JSON text.
pub fn read_dataset(text: &str) -> Result<Dataset, ValidationErrors> {
    // A byte-order mark, as some editors save one, is not part of the JSON.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() > MAX_DATASET_BYTES {
        return Err(ValidationErrors::single(
            "",
            format!("is {} bytes; the limit is {MAX_DATASET_BYTES} bytes", text.len()),
        ));
    }
    let mut json = serde_json::Deserializer::from_str(text);
    let dataset: Dataset = serde_path_to_error::deserialize(&mut json)
        .map_err(|e| ValidationErrors::from(structural(&json_path(e.path()), e.inner())))?;
    json.end().map_err(|e| ValidationErrors::from(structural("", &e)))?;
    validate(&dataset)?;
    Ok(dataset)
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

/// serde's account of a structural problem in the dataset's own words: the path (with the
/// field, for a missing, unknown or repeated one) and the rule. serde's messages are the
/// defaults of `serde::de::Error` ("missing field `x`", "invalid type: …, expected …"); anything
/// else is passed on, cleaned.
fn structural(path: &str, error: &serde_json::Error) -> ValidationError {
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
    // serde_json appends where it was: the path says it better, and broken JSON gives its line
    // and column in the widget's own words.
    let full = error.to_string();
    let message = full.strip_suffix(&format!(" at line {} column {}", error.line(), error.column())).unwrap_or(&full);
    let quoted = |s: &str| s.split('`').nth(1).unwrap_or_default().to_string();
    if error.is_syntax() || error.is_eof() {
        return ValidationError::new(
            "",
            format!("is not valid JSON: {message} (line {}, column {})", error.line(), error.column()),
        );
    }
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
    if message.starts_with("invalid type: null") {
        return ValidationError::new(path, "is required");
    }
    // What serde expected comes last, after the value, which is the dataset's text.
    if let Some((_, expected)) = message.strip_prefix("invalid type: ").and_then(|m| m.rsplit_once(", expected ")) {
        let rule = match expected {
            "f64" | "u32" => "must be a number",
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
    ValidationError::new(path, outside(message, 120))
}
