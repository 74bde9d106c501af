//! serde's account of a dataset's structural problem in the dataset's own words: the path as the
//! widget writes one and the rule it broke. Both readers (`core::read`) and the authoring tools'
//! reading on past a problem (`core::mend`) word their problems here.

use super::dataset::{Demand, PayLevel};
use super::text::outside;
use super::validate::ValidationError;

/// A path as the widget writes one (`careers[0].salary.median`), with the dataset's own keys
/// shortened and cleaned: an unknown key is outside text.
pub fn json_path(path: &serde_path_to_error::Path) -> String {
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
pub fn from_json(path: &str, error: &serde_json::Error) -> ValidationError {
    // serde_json appends where it was: the path says it better.
    let full = error.to_string();
    let message = full.strip_suffix(&format!(" at line {} column {}", error.line(), error.column())).unwrap_or(&full);
    if error.is_syntax() || error.is_eof() {
        return ValidationError::new(
            "",
            format!("is not valid JSON: {message} (line {}, column {})", error.line(), error.column()),
        );
    }
    let mut problem = structural(path, message);
    if let Some(name) = nearest_field(message) {
        problem.rule = format!("{}: did you mean `{name}`?", problem.rule);
    }
    problem
}

/// For serde's "unknown field `midian`, expected one of `low`, `median`, …": the known field
/// nearest the unknown one, when it is near enough to be a typo (an edit or two, by
/// Damerau–Levenshtein distance: a letter wrong, missing, extra or two swapped).
fn nearest_field(message: &str) -> Option<&str> {
    let rest = message.strip_prefix("unknown field `")?;
    let (unknown, expected) = rest.split_once('`')?;
    let near_enough = (unknown.chars().count() / 4).clamp(1, 2);
    expected
        .split('`')
        .skip(1)
        .step_by(2)
        .map(|name| (strsim::damerau_levenshtein(unknown, name), name))
        .filter(|&(distance, _)| distance <= near_enough)
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, name)| name)
}

/// serde's account of a structural problem in the dataset's own words: the path (with the
/// field, for a missing, unknown or repeated one) and the rule. Reworded because serde speaks of
/// Rust ("invalid type: string \"60000\", expected f64", "expected struct Salary") and keeps the
/// field out of the path. serde's messages are the defaults of `serde::de::Error`'s constructors,
/// the same from serde_json and serde-wasm-bindgen: the tests below make each kind with its
/// constructor, so a change of serde's wording fails them. Anything else is passed on, cleaned.
pub fn structural(path: &str, message: &str) -> ValidationError {
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
            // The authoring tools' reader names the fields (`core::dataset`'s `WithFields`).
            e if e.starts_with("an object with ") => return ValidationError::new(path, format!("must be {e}")),
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

#[cfg(test)]
mod tests {
    //! Each kind of structural error, made by serde's own `de::Error` constructor (whose wording
    //! serde_json and serde-wasm-bindgen share; tests/browser/reader.rs holds the widget's reader
    //! to the same messages), against the rule the reader words it as. A change in serde's
    //! wording fails here rather than reaching an author as serde's raw text.
    use serde::de::{Error, Unexpected};

    use super::*;

    type E = serde_json::Error;

    fn worded(path: &str, error: E) -> (String, String) {
        let problem = structural(path, &error.to_string());
        (problem.path, problem.rule)
    }

    fn says(path: &str, rule: &str) -> (String, String) {
        (path.to_string(), rule.to_string())
    }

    #[test]
    fn a_missing_unknown_or_repeated_field_is_named_in_the_path() {
        assert_eq!(worded("careers[0]", E::missing_field("title")), says("careers[0].title", "is required"));
        assert_eq!(
            worded("careers[0].tiers[1]", E::missing_field("years_max")),
            says("careers[0].tiers[1].years_max", "is required (null for an open-ended tier)")
        );
        assert_eq!(
            worded("careers[0].salary.medain", E::unknown_field("medain", &["low", "median"])),
            says("careers[0].salary.medain", "is not a field of this schema")
        );
        assert_eq!(worded("", E::duplicate_field("schema_version")), says("schema_version", "is given more than once"));
    }

    #[test]
    fn a_typo_in_a_field_s_name_gets_the_name_it_was_meant_to_be() {
        let typo = |unknown: &str| {
            from_json("careers[0].salary", &E::unknown_field(unknown, &["low", "median", "high", "currency", "region"]))
                .rule
        };
        assert_eq!(typo("midian"), "is not a field of this schema: did you mean `median`?");
        assert_eq!(typo("lwo"), "is not a field of this schema: did you mean `low`?", "two letters swapped");
        assert_eq!(typo("currencey"), "is not a field of this schema: did you mean `currency`?");
        assert_eq!(typo("lowest"), "is not a field of this schema", "too far from any to guess");
        assert_eq!(typo("x"), "is not a field of this schema");
    }

    #[test]
    fn an_unknown_name_lists_the_names_of_its_type() {
        assert_eq!(
            worded("careers[0].outlook.demand", E::unknown_variant("huge", &Demand::NAMES)),
            says("careers[0].outlook.demand", "must be one of low, medium, high")
        );
        assert_eq!(
            worded("careers[0].tiers[0].pay_level.value", E::unknown_variant("low", &PayLevel::NAMES)),
            says("careers[0].tiers[0].pay_level.value", "must be one of entry, mid, senior, top_10_percent")
        );
    }

    #[test]
    fn a_wrong_type_says_what_belongs_there() {
        let p = "careers[0].salary.low";
        for (unexpected, expected, rule) in [
            (Unexpected::Unit, "f64", "is required"),
            (Unexpected::Str("60000"), "f64", "must be a number"),
            (Unexpected::Float(1.5), "u32", "must be a whole number"),
            (Unexpected::Unsigned(1), "a string", "must be a string"),
            (Unexpected::Str("yes"), "a boolean", "must be true or false"),
            (Unexpected::Str("a"), "a sequence", "must be a list"),
            (Unexpected::Seq, "struct Salary", "must be an object"),
            (Unexpected::Bool(true), "a map", "must be an object"),
        ] {
            assert_eq!(worded(p, E::invalid_type(unexpected, &expected)), says(p, rule), "{unexpected} for {expected}");
        }
        assert_eq!(worded(p, E::invalid_value(Unexpected::Signed(-1), &"u32")), says(p, "must be a whole number"));
    }
}
