//! The dataset's types, mirroring the JSON schema (`docs/dataset.md`) field for field. They are
//! read by serde (`core::read`) and then checked by the semantic rules (`core::validate`);
//! values of these types that the widget renders have passed both, so every invariant the rules
//! check (ordering, references, bounds) holds wherever they are used.
//!
//! Natively, the same types also generate the JSON Schema (`core::schema`,
//! `docs/career-dataset.schema.json`): the doc comments become its descriptions, and the
//! `schemars` attributes state the bounds of each field with the validator's own constants
//! (`limits`). Neither schemars nor those attributes are compiled into the wasm.

use serde::{Deserialize, Deserializer, de};

#[cfg(not(target_arch = "wasm32"))]
use super::{field_schema as js, limits::*, years::*};

/// The version of the JSON schema this build reads.
pub const SCHEMA_VERSION: u32 = 1;

/// A file of careers for the `<career-widget>` element.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(title = "Career dataset"))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Dataset {
    /// The address of this JSON Schema, for editors that read it from the file; the widget
    /// ignores it.
    #[serde(rename = "$schema", default)]
    pub json_schema: Option<String>,
    /// The version of this schema: always 1.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(extend("const" = SCHEMA_VERSION)))]
    pub schema_version: u32,
    /// The language of the dataset's text, a BCP 47 tag such as "en", "de-CH" or "he" (one
    /// language a file); "en" when absent. The widget marks the dataset's text with it.
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::language))]
    pub lang: Option<String>,
    /// The careers; the first is the widget's default.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1, max = MAX_CAREERS)))]
    pub careers: Vec<Career>,
}

/// One career: its pay, outlook, tiers and skills, and the sources they come from.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Career {
    /// A slug (`a-z`, `0-9`, single hyphens), unique in the file: what `career="…"` names.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::slug))]
    pub id: String,
    /// The career's name, e.g. "Customer Support Manager".
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::text::<MAX_NAME_CHARS>))]
    pub title: String,
    /// One paragraph about the career.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::text::<MAX_TEXT_CHARS>))]
    pub summary: String,
    /// The id of the source (in `sources`) the career as a whole comes from.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::slug))]
    pub source: String,
    pub salary: Salary,
    pub outlook: Outlook,
    /// The tiers, from junior to senior; only the last may be open-ended.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1, max = MAX_TIERS)))]
    pub tiers: Vec<Tier>,
    /// The skill groups, in progression order from foundational to specialised.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1, max = MAX_SKILL_GROUPS)))]
    pub skill_groups: Vec<SkillGroup>,
    /// The source's technical skills.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::names))]
    pub tech_skills: Vec<String>,
    /// The source's soft skills.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::names))]
    pub soft_abilities: Vec<String>,
    /// The tools the source names.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::names))]
    pub tech_stack: Vec<String>,
    /// The sources; every figure and name in the career comes from one of them.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1, max = MAX_SOURCES)))]
    pub sources: Vec<Source>,
}

impl Career {
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The index of the tier with this id.
    pub fn tier_index(&self, id: &str) -> Option<usize> {
        self.tiers.iter().position(|t| t.id == id)
    }
}

/// Annual pay figures, all in `currency`, ordered
/// `low ≤ entry ≤ mid ≤ senior ≤ top_10_percent_from ≤ high` and `low ≤ median ≤ high`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Salary {
    /// A three-letter ISO 4217 code such as `USD`.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::currency))]
    pub currency: String,
    /// Where the figures apply, e.g. `US`.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::text::<MAX_NAME_CHARS>))]
    pub region: String,
    /// The id of the source of these figures.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::slug))]
    pub source: String,
    /// The low end of the range, read as its 10th percentile.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::pay))]
    pub low: f64,
    /// The median pay.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::pay))]
    pub median: f64,
    /// The high end of the range, read as its 90th percentile.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::pay))]
    pub high: f64,
    /// Entry-level pay.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::pay))]
    pub entry: f64,
    /// Mid-level pay.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::pay))]
    pub mid: f64,
    /// Senior-level pay.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::pay))]
    pub senior: f64,
    /// Where the top 10% of earners start.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::pay))]
    pub top_10_percent_from: f64,
}

impl Salary {
    pub fn level(&self, level: PayLevel) -> f64 {
        match level {
            PayLevel::Entry => self.entry,
            PayLevel::Mid => self.mid,
            PayLevel::Senior => self.senior,
            PayLevel::Top10Percent => self.top_10_percent_from,
        }
    }
}

/// How the field is expected to develop.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Outlook {
    /// Projected job growth in percent; negative for a shrinking field.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = MIN_JOB_GROWTH_PERCENT, max = MAX_JOB_GROWTH_PERCENT)))]
    pub job_growth_percent: f64,
    /// The source's own words for the growth, e.g. "Growing much faster than average".
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::text::<MAX_NAME_CHARS>))]
    pub job_growth_status: Option<String>,
    /// The id of the source of the growth figure.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::slug))]
    pub job_growth_source: String,
    pub demand: Demand,
    /// The source's own words about the demand.
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::text::<MAX_TEXT_CHARS>))]
    pub demand_note: Option<String>,
    /// Whether the source calls the role remote-friendly.
    pub remote_friendly: bool,
    /// The id of the source of the demand and remote figures.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::slug))]
    pub source: String,
}

/// Market demand, as the source rates it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "lowercase"))]
pub enum Demand {
    Low,
    Medium,
    High,
}

impl Demand {
    /// The names the dataset gives the variants, in order (the schema's, checked by a test).
    pub const NAMES: [&'static str; 3] = ["low", "medium", "high"];
    const ALL: [Self; 3] = [Self::Low, Self::Medium, Self::High];
}

/// Which of the source's pay figures a tier is anchored to, in ascending order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "snake_case"))]
pub enum PayLevel {
    Entry,
    Mid,
    Senior,
    #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "top_10_percent"))]
    Top10Percent,
}

impl PayLevel {
    /// The names the dataset gives the variants, in order (the schema's, checked by a test).
    pub const NAMES: [&'static str; 4] = ["entry", "mid", "senior", "top_10_percent"];
    const ALL: [Self; 4] = [Self::Entry, Self::Mid, Self::Senior, Self::Top10Percent];
}

// The two enums are read by name through the one string reader every dataset text uses, rather
// than by derived enum readers of their own, whose code would weigh more than two lists of
// names. The wording of an unknown name is serde's own (`unknown_variant`), as derived.
impl<'de> Deserialize<'de> for Demand {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        variant_named(deserializer, &Self::NAMES).map(|i| Self::ALL[i])
    }
}

impl<'de> Deserialize<'de> for PayLevel {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        variant_named(deserializer, &Self::NAMES).map(|i| Self::ALL[i])
    }
}

// Every struct is read as an object only (`Deserializer::deserialize_map`): serde's derived
// readers also take an array of the fields in order, which the schema does not allow, and that
// second reader per struct weighs on the wasm. An array where an object belongs is
// refused as the wrong type ("must be an object"), as one of the wrong length was before.
macro_rules! read_as_object {
    ($($t:ident $(<$p:ident>)?),*) => {$(
        impl<'de $(, $p: Deserialize<'de>)?> Deserialize<'de> for $t $(<$p>)? {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                Self::deserialize(AsObject(deserializer))
            }
        }
    )*};
}
read_as_object!(Dataset, Career, Salary, Outlook, Derived<T>, Tier, SkillGroup, Skill, Related, Source);

/// A deserializer that reads a struct as a map, never as a sequence.
struct AsObject<D>(D);

impl<'de, D: Deserializer<'de>> Deserializer<'de> for AsObject<D> {
    type Error = D::Error;

    #[cfg(not(all(target_arch = "wasm32", feature = "web")))]
    fn deserialize_struct<V: de::Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(WithFields { visitor, fields })
    }

    // In the widget, serde-wasm-bindgen reads a struct by looking up its known fields, which is
    // never a sequence either, and passes over a key from a newer schema (`core::read`).
    #[cfg(all(target_arch = "wasm32", feature = "web"))]
    fn deserialize_struct<V: de::Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_struct(name, fields, visitor)
    }

    fn deserialize_any<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_any(visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
        unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
    }
}

/// A struct's reader that, in the authoring tools, says which fields belong where something else
/// stands ("expected an object with value, derived, rationale"), where serde names a Rust type
/// ("expected struct Derived"). Not in the widget, whose notice sends authors to those tools.
#[cfg(not(all(target_arch = "wasm32", feature = "web")))]
struct WithFields<V> {
    visitor: V,
    fields: &'static [&'static str],
}

#[cfg(not(all(target_arch = "wasm32", feature = "web")))]
impl<'de, V: de::Visitor<'de>> de::Visitor<'de> for WithFields<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "an object with {}", self.fields.join(", "))
    }

    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_map(map)
    }
}

/// The index in `names` of the string `deserializer` holds.
fn variant_named<'de, D: Deserializer<'de>>(
    deserializer: D,
    names: &'static [&'static str],
) -> Result<usize, D::Error> {
    let name = String::deserialize(deserializer)?;
    names.iter().position(|n| *n == name).ok_or_else(|| de::Error::unknown_variant(&name, names))
}

/// A value the dataset does not take from its source but derives, with the reason: the widget
/// labels it as derived.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(rename = "Derived{T}"))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Derived<T> {
    /// The derived value.
    pub value: T,
    /// Always `true`: marks the value as worked out by the dataset's author.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(extend("const" = true)))]
    pub derived: bool,
    /// One line: why this value.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::text::<MAX_RATIONALE_CHARS>))]
    pub rationale: String,
}

/// A stage of the career and the years it spans.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Tier {
    /// A slug, unique among the career's tiers: what `focus_tiers` names.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::slug))]
    pub id: String,
    /// The tier's name, e.g. "Junior Customer Support Manager".
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::text::<MAX_NAME_CHARS>))]
    pub title: String,
    /// The years of experience the tier starts at.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = YEARS_MIN, max = YEARS_MAX)))]
    pub years_min: f64,
    /// The years of experience the tier ends at, greater than `years_min`; required, and `null`
    /// for an open-ended tier such as "10+ years" (the last tier only).
    #[serde(deserialize_with = "Option::deserialize")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(schema_with = "js::years_max"))]
    pub years_max: Option<f64>,
    /// What the tier's work is.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::text::<MAX_TEXT_CHARS>))]
    pub description: String,
    /// The pay figure the tier is anchored to.
    pub pay_level: Derived<PayLevel>,
}

/// Skills that belong together, and the tiers at which they matter.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct SkillGroup {
    /// A slug, unique among the career's skill groups.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::slug))]
    pub id: String,
    /// The group's name, e.g. "Foundational Skills".
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::text::<MAX_NAME_CHARS>))]
    pub title: String,
    /// What the skills of the group have in common.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::text::<MAX_TEXT_CHARS>))]
    pub description: String,
    /// The group's skills.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1, max = MAX_SKILLS_PER_GROUP)))]
    pub skills: Vec<Skill>,
    /// The ids of the tiers this group is the focus of, each once.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(schema_with = "js::focus_tiers::<Derived<Vec<String>>>"))]
    pub focus_tiers: Derived<Vec<String>>,
}

/// One skill of a group.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Skill {
    /// A slug, unique among all skills of the career.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::slug))]
    pub id: String,
    /// The skill's name, as the source writes it.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::text::<MAX_NAME_CHARS>))]
    pub name: String,
    /// The career's tech skills and tools this skill draws on, where the dataset records it.
    #[serde(default)]
    pub related: Option<Derived<Related>>,
}

/// Entries of the career's `tech_skills` and `tech_stack`, by their exact text.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Related {
    /// Entries of the career's `tech_skills`, each once.
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::unique_names))]
    pub tech_skills: Vec<String>,
    /// Entries of the career's `tech_stack`, each once.
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::unique_names))]
    pub tools: Vec<String>,
}

/// Where figures and names come from.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Source {
    /// A slug, unique among the career's sources: what the `source` fields name.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::slug))]
    pub id: String,
    /// The source's title.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::text::<MAX_NAME_CHARS>))]
    pub title: String,
    /// Who published the source.
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::text::<MAX_NAME_CHARS>))]
    pub publisher: Option<String>,
    /// An absolute `http://` or `https://` URL, without a user name or password.
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(transform = js::url))]
    pub url: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn variant_names_are_the_schemas() {
        let names = |schema: schemars::Schema| -> Vec<String> {
            let list = schema.get("enum").and_then(|e| e.as_array()).expect("an enum schema").clone();
            list.into_iter().map(|v| v.as_str().unwrap().to_string()).collect()
        };
        assert_eq!(names(schemars::schema_for!(Demand)), Demand::NAMES);
        assert_eq!(names(schemars::schema_for!(PayLevel)), PayLevel::NAMES);
    }

    #[test]
    fn pay_levels_are_ordered() {
        assert!(PayLevel::Entry < PayLevel::Mid);
        assert!(PayLevel::Senior < PayLevel::Top10Percent);
    }
}
