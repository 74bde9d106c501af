//! The dataset's types, mirroring the JSON schema (`docs/dataset.md`) field for field. They are
//! read by serde (`core::read`) and then checked by the semantic rules (`core::validate`);
//! values of these types that the widget renders have passed both, so every invariant the rules
//! check (ordering, references, bounds) holds wherever they are used.

use serde::Deserialize;

/// The version of the JSON schema this build reads.
pub const SCHEMA_VERSION: u32 = 1;

/// A file of careers.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Always 1: the version of this schema.
    pub schema_version: u32,
    /// 1–50 careers; the first is the widget's default.
    pub careers: Vec<Career>,
}

impl Dataset {
    pub fn career(&self, id: &str) -> Option<&Career> {
        self.careers.iter().find(|c| c.id == id)
    }
}

/// One career: its pay, outlook, tiers and skills, and the sources they come from.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Career {
    /// A slug (`a-z`, `0-9`, single hyphens), unique in the file: what `career="…"` names.
    pub id: String,
    pub title: String,
    /// One paragraph, at most 2,000 characters.
    pub summary: String,
    /// The id of the source (in `sources`) the career as a whole comes from.
    pub source: String,
    pub salary: Salary,
    pub outlook: Outlook,
    /// 1–12 tiers, from junior to senior; only the last may be open-ended.
    pub tiers: Vec<Tier>,
    /// 1–50 groups, in progression order from foundational to specialised.
    pub skill_groups: Vec<SkillGroup>,
    /// The source's technical skills (at most 200 entries).
    pub tech_skills: Vec<String>,
    /// The source's soft skills (at most 200 entries).
    pub soft_abilities: Vec<String>,
    /// The tools the source names (at most 200 entries).
    pub tech_stack: Vec<String>,
    /// 1–20 sources; every figure and name in the career comes from one of them.
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
#[serde(deny_unknown_fields)]
pub struct Salary {
    /// An ISO 4217 code such as `USD`.
    pub currency: String,
    /// Where the figures apply, e.g. `US`.
    pub region: String,
    /// The id of the source of these figures.
    pub source: String,
    /// The low end of the range, read as its 10th percentile.
    pub low: f64,
    pub median: f64,
    /// The high end of the range, read as its 90th percentile.
    pub high: f64,
    /// Entry-level pay.
    pub entry: f64,
    /// Mid-level pay.
    pub mid: f64,
    /// Senior-level pay.
    pub senior: f64,
    /// Where the top 10% of earners start.
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
#[serde(deny_unknown_fields)]
pub struct Outlook {
    /// Projected job growth in percent, −100 to 1,000.
    pub job_growth_percent: f64,
    /// The source's own words for the growth, e.g. "Growing much faster than average".
    #[serde(default)]
    pub job_growth_status: Option<String>,
    /// The id of the source of the growth figure.
    pub job_growth_source: String,
    pub demand: Demand,
    #[serde(default)]
    pub demand_note: Option<String>,
    pub remote_friendly: bool,
    /// The id of the source of the demand and remote figures.
    pub source: String,
}

/// Market demand, as the source rates it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Demand {
    Low,
    Medium,
    High,
}

impl Demand {
    pub fn label(self) -> &'static str {
        match self {
            Self::Low => "Low",
            Self::Medium => "Medium",
            Self::High => "High",
        }
    }
}

/// Which of the source's pay figures a tier is anchored to, in ascending order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PayLevel {
    Entry,
    Mid,
    Senior,
    #[serde(rename = "top_10_percent")]
    Top10Percent,
}

impl PayLevel {
    pub fn label(self) -> &'static str {
        match self {
            Self::Entry => "entry-level",
            Self::Mid => "mid-level",
            Self::Senior => "senior-level",
            Self::Top10Percent => "top 10% threshold",
        }
    }
}

/// A value the dataset does not take from its source but derives, with the reason: the widget
/// labels it as derived.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Derived<T> {
    pub value: T,
    /// Always `true`: says that the value is not in the source.
    pub derived: bool,
    /// One line, at most 300 characters: why this value.
    pub rationale: String,
}

/// A stage of the career and the years it spans.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    pub id: String,
    pub title: String,
    /// 0–40.
    pub years_min: f64,
    /// Greater than `years_min`, at most 40; `null` for an open-ended tier such as "10+ years".
    #[serde(deserialize_with = "Option::deserialize")]
    pub years_max: Option<f64>,
    pub description: String,
    /// The pay figure the tier is anchored to.
    pub pay_level: Derived<PayLevel>,
}

impl Tier {
    /// The source's own wording of the range, e.g. "1–3 years" or "10+ years".
    pub fn years_label(&self) -> String {
        match self.years_max {
            Some(max) => format!("{}–{} years", self.years_min, max),
            None => format!("{}+ years", self.years_min),
        }
    }
}

/// Skills that belong together, and the tiers at which they matter.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillGroup {
    pub id: String,
    pub title: String,
    pub description: String,
    /// 1–500 skills.
    pub skills: Vec<Skill>,
    /// The ids of the tiers this group is the focus of.
    pub focus_tiers: Derived<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Skill {
    /// A slug, unique among all skills of the career.
    pub id: String,
    pub name: String,
    /// The career's tech skills and tools this skill draws on, where the dataset records it.
    #[serde(default)]
    pub related: Option<Derived<Related>>,
}

/// Entries of the career's `tech_skills` and `tech_stack`, by their exact text.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Related {
    #[serde(default)]
    pub tech_skills: Vec<String>,
    #[serde(default)]
    pub tools: Vec<String>,
}

/// Where figures and names come from.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub publisher: Option<String>,
    /// An absolute `http://` or `https://` URL, without a user name or password.
    #[serde(default)]
    pub url: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pay_levels_are_ordered() {
        assert!(PayLevel::Entry < PayLevel::Mid);
        assert!(PayLevel::Senior < PayLevel::Top10Percent);
    }
}
