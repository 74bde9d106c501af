//! The JSON Schema (draft 2020-12) of a dataset, generated from the types of [`super::dataset`]
//! with schemars: `docs/career-dataset.schema.json`, printed by `career-data schema`. Native
//! only; the wasm never contains it.
//!
//! The schema is for editors and other tools. It states what JSON Schema can of the rules in
//! [`super::validate`], from the same constants ([`super::limits`], the years' range,
//! and the predicates the validator calls: `char::is_whitespace`, `char::is_control`,
//! [`super::text::is_format_char`], [`super::text::is_bidi_control`]). It never refuses a dataset the validator accepts; what it
//! cannot say (values in order, unique ids, references between ids, the skills of a career
//! together) is left to the validator, which stays the one authority. The field-by-field bounds
//! sit beside the fields as `schemars` attributes calling the transforms of
//! [`super::field_schema`].

use schemars::{SchemaGenerator, generate::SchemaSettings};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::Value;

use super::dataset::Dataset;
use super::limits::MAX_SKILLS_PER_CAREER;

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
