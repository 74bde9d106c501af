//! The JSON Schema (draft 2020-12) of a dataset, generated from the types of [`super::dataset`]
//! with schemars: `docs/career-dataset.schema.json`, printed by `career-data schema`. Native
//! only; the wasm never contains it.
//!
//! The schema is for editors and other tools. It states what JSON Schema can of the rules in
//! [`super::validate`], from the same constants ([`super::validate::limits`], the years' range,
//! and the predicates the validator calls: `char::is_whitespace`, `char::is_control`,
//! [`super::text::is_format_char`]). It never refuses a dataset the validator accepts; what it
//! cannot say (values in order, unique ids, references between ids, the skills of a career
//! together) is left to the validator, which stays the one authority. The field-by-field bounds
//! sit beside the fields as `schemars` attributes calling the transforms below.

use schemars::{JsonSchema, Schema, SchemaGenerator, generate::SchemaSettings, json_schema};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::Value;

use super::dataset::{Dataset, Derived};
use super::text::is_format_char;
use super::validate::limits::*;
use super::years::{YEARS_MAX, YEARS_MIN};

/// The schema's `$id`: a stable name for it, not an address it is served from.
pub const SCHEMA_ID: &str = "https://career-widget.example/career-dataset.schema.json";

/// The schema as a JSON value.
pub fn dataset_schema() -> Value {
    let generator = SchemaGenerator::new(SchemaSettings::draft2020_12());
    let mut root = generator.into_root_schema_for::<Dataset>().to_value();
    let Value::Object(top) = &mut root else { unreachable!("a struct's schema is an object") };
    top.insert("$id".into(), SCHEMA_ID.into());
    let described = top.get("description").and_then(Value::as_str).unwrap_or_default().to_string();
    top.insert(
        "description".into(),
        format!(
            "{described} This schema checks each value on its own; the rules that relate values \
             (pay figures and tiers in order, unique ids, references between ids, at most \
             {MAX_SKILLS_PER_CAREER} skills per career) are checked by the widget's validator, as \
             `career-data validate` does."
        )
        .into(),
    );
    tidy(&mut root);
    root
}

/// The schema as the committed file holds it: pretty-printed, its identity first, a final newline.
pub fn schema_json() -> String {
    /// The top-level keys in reading order; nested objects keep serde_json's sorted keys.
    struct Ordered<'a>(&'a serde_json::Map<String, Value>);
    impl Serialize for Ordered<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            const FIRST: [&str; 8] =
                ["$schema", "$id", "title", "description", "type", "required", "properties", "additionalProperties"];
            let mut map = serializer.serialize_map(Some(self.0.len()))?;
            for key in FIRST {
                if let Some(value) = self.0.get(key) {
                    map.serialize_entry(key, value)?;
                }
            }
            for (key, value) in self.0.iter().filter(|(k, _)| !FIRST.contains(&k.as_str())) {
                map.serialize_entry(key, value)?;
            }
            map.end()
        }
    }
    let schema = dataset_schema();
    let Value::Object(top) = &schema else { unreachable!("a struct's schema is an object") };
    let mut text = serde_json::to_string_pretty(&Ordered(top)).expect("a JSON value serialises");
    text.push('\n');
    text
}

/// Descriptions as one line per paragraph (doc comments are wrapped at 100 columns), and whole
/// numbers written as such (`40`, not `40.0`).
fn tidy(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                match v {
                    Value::String(s) if key == "description" => {
                        *s = s
                            .split("\n\n")
                            .map(|p| p.split('\n').collect::<Vec<_>>().join(" "))
                            .collect::<Vec<_>>()
                            .join("\n\n")
                    }
                    Value::Number(n) if n.is_f64() => {
                        let f = n.as_f64().expect("an f64");
                        if f.fract() == 0.0 && f.abs() < 9e15 {
                            *v = Value::from(f as i64);
                        }
                    }
                    _ => tidy(v),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(tidy),
        _ => {}
    }
}

// ---- regular expressions -------------------------------------------------------------------------
//
// Patterns are ECMA-262 regular expressions, as JSON Schema asks, valid with and without the `u`
// flag: character classes list Basic Multilingual Plane characters only (as `\uXXXX` escapes), so
// they never refuse a character the validator accepts; the few format characters beyond it are
// left to the validator.

/// A class body (`\u0000-\u001F…`) of the BMP characters for which `pick` holds.
fn class(pick: impl Fn(char) -> bool) -> String {
    let mut runs: Vec<(u32, u32)> = Vec::new();
    for code in (0..=0xFFFF_u32).filter(|&code| char::from_u32(code).is_some_and(&pick)) {
        match runs.last_mut() {
            Some((_, end)) if *end + 1 == code => *end = code,
            _ => runs.push((code, code)),
        }
    }
    runs.iter()
        .map(
            |&(start, end)| {
                if start == end { format!("\\u{start:04X}") } else { format!("\\u{start:04X}-\\u{end:04X}") }
            },
        )
        .collect()
}

/// Text as `Checker::text` requires it: not empty, no white space at either end
/// (`str::trim`), no control characters. The length is `maxLength`.
pub fn text_pattern() -> String {
    let control = class(char::is_control);
    let edge = class(|c| c.is_control() || c.is_whitespace());
    format!("^[^{edge}](?:[^{control}]*[^{edge}])?$")
}

/// A slug, as `validate::is_slug` reads one.
pub const SLUG_PATTERN: &str = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

/// A link as `validate::link_problem` accepts one: `http://` or `https://` in any case, a host
/// part without `@` or `\`, and no white space, control or invisible formatting characters.
pub fn url_pattern() -> String {
    let bad = class(|c| c.is_control() || c.is_whitespace() || is_format_char(c));
    format!("^[Hh][Tt][Tt][Pp][Ss]?://[^/?#@\\\\{bad}]+(?:[/?#][^{bad}]*)?$")
}

// ---- the transforms the attributes in `core::dataset` name ---------------------------------------

/// A text field of at most `MAX` characters (also for an optional one: `null` stays allowed).
pub fn text<const MAX: usize>(schema: &mut Schema) {
    schema.insert("minLength".into(), 1.into());
    schema.insert("maxLength".into(), MAX.into());
    schema.insert("pattern".into(), text_pattern().into());
}

/// An id, or a reference to one.
pub fn slug(schema: &mut Schema) {
    schema.insert("minLength".into(), 1.into());
    schema.insert("maxLength".into(), MAX_ID_CHARS.into());
    schema.insert("pattern".into(), SLUG_PATTERN.into());
}

/// A three-letter ISO 4217 code, as the validator checks it: three ASCII capitals.
pub fn currency(schema: &mut Schema) {
    schema.insert("pattern".into(), "^[A-Z]{3}$".into());
}

/// A pay figure: positive, at most [`MAX_PAY`].
pub fn pay(schema: &mut Schema) {
    schema.insert("exclusiveMinimum".into(), 0.into());
    schema.insert("maximum".into(), MAX_PAY.into());
}

/// A source's link.
pub fn url(schema: &mut Schema) {
    text::<MAX_URL_CHARS>(schema);
    schema.insert("pattern".into(), url_pattern().into());
}

/// One of a career's lists of names (`tech_skills`, `soft_abilities`, `tech_stack`).
pub fn names(schema: &mut Schema) {
    schema.insert("maxItems".into(), MAX_LIST_ITEMS.into());
    if let Some(items) = schema.get_mut("items").and_then(|i| <&mut Schema>::try_from(i).ok()) {
        text::<MAX_NAME_CHARS>(items);
    }
}

/// Entries of one of those lists, each at most once (a skill's `related`).
pub fn unique_names(schema: &mut Schema) {
    names(schema);
    schema.insert("uniqueItems".into(), true.into());
}

/// `years_max`: required, a number of years or `null` for an open-ended tier.
pub fn years_max(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "type": ["number", "null"], "minimum": YEARS_MIN, "maximum": YEARS_MAX })
}

/// `focus_tiers`: a derived list of tier ids, at least one, each once.
pub fn focus_tiers(generator: &mut SchemaGenerator) -> Schema {
    let mut schema = Derived::<Vec<String>>::json_schema(generator);
    if let Some(value) = schema.get_mut("properties").and_then(|p| p.get_mut("value")) {
        let mut id = json_schema!({ "type": "string" });
        slug(&mut id);
        *value = serde_json::json!({
            "description": "The ids of the tiers (in `tiers`).",
            "type": "array",
            "items": id,
            "minItems": 1,
            "maxItems": MAX_TIERS,
            "uniqueItems": true,
        });
    }
    schema
}
