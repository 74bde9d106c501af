//! How each field of [`super::dataset`] is described in the JSON Schema ([`super::schema`]): the
//! transforms its `schemars` attributes name, from the validator's own constants
//! ([`super::limits`], the years' range) and predicates (`char::is_whitespace`,
//! `char::is_control`, [`super::text::is_format_char`], [`super::text::is_bidi_control`]).
//! Native only, like the schema.

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use super::limits::*;
use super::text::is_bidi_control;
use super::text::is_format_char;
use super::years::{YEARS_MAX, YEARS_MIN};

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
/// (`str::trim`), no control characters and no bidirectional controls
/// (`text::is_bidi_control`). The length is `maxLength`.
pub fn text_pattern() -> String {
    let control = class(|c| c.is_control() || is_bidi_control(c));
    let edge = class(|c| c.is_control() || c.is_whitespace() || is_bidi_control(c));
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

/// A BCP 47 language tag, as the validator checks it (`text::is_locale_shaped`).
pub fn language(schema: &mut Schema) {
    schema.insert("maxLength".into(), 35.into());
    schema.insert("pattern".into(), "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$".into());
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

/// `focus_tiers`: a derived list of tier ids, at least one, each once; `D` is the field's type
/// (`Derived<Vec<String>>`), whose schema this narrows.
pub fn focus_tiers<D: JsonSchema>(generator: &mut SchemaGenerator) -> Schema {
    let mut schema = D::json_schema(generator);
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
