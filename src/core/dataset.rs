//! The validated dataset. Values of these types only come out of [`crate::core::validate`], so
//! every invariant the validator checks (ordering, references, bounds) holds wherever they are used.

/// The version of the JSON schema this build reads.
pub const SCHEMA_VERSION: u64 = 1;

#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    pub careers: Vec<Career>,
}

impl Dataset {
    pub fn career(&self, id: &str) -> Option<&Career> {
        self.careers.iter().find(|c| c.id == id)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Career {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub source: String,
    pub salary: Salary,
    pub outlook: Outlook,
    /// Ordered by `years_min`; only the last may be open-ended.
    pub tiers: Vec<Tier>,
    /// In progression order, from foundational to specialised.
    pub skill_groups: Vec<SkillGroup>,
    pub tech_skills: Vec<String>,
    pub soft_abilities: Vec<String>,
    pub tech_stack: Vec<String>,
    pub sources: Vec<Source>,
}

impl Career {
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
}

/// Annual pay figures, all in `currency`. Invariants: `low ≤ entry ≤ mid ≤ senior ≤
/// top_10_percent_from ≤ high` and `low ≤ median ≤ high`, all finite and positive.
#[derive(Debug, Clone, PartialEq)]
pub struct Salary {
    /// ISO 4217 code, e.g. `USD`.
    pub currency: String,
    pub region: String,
    pub source: String,
    pub low: f64,
    pub median: f64,
    pub high: f64,
    pub entry: f64,
    pub mid: f64,
    pub senior: f64,
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

#[derive(Debug, Clone, PartialEq)]
pub struct Outlook {
    pub job_growth_percent: f64,
    pub job_growth_status: Option<String>,
    pub job_growth_source: String,
    pub demand: Demand,
    pub demand_note: Option<String>,
    pub remote_friendly: bool,
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Demand {
    Low,
    Medium,
    High,
}

impl Demand {
    pub const NAMES: [&'static str; 3] = ["low", "medium", "high"];

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "low" => Some(Self::Low),
            "medium" => Some(Self::Medium),
            "high" => Some(Self::High),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Low => "Low",
            Self::Medium => "Medium",
            Self::High => "High",
        }
    }
}

/// Which of the guide's pay figures a tier is anchored to, in ascending order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PayLevel {
    Entry,
    Mid,
    Senior,
    Top10Percent,
}

impl PayLevel {
    pub const NAMES: [&'static str; 4] = ["entry", "mid", "senior", "top_10_percent"];

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "entry" => Some(Self::Entry),
            "mid" => Some(Self::Mid),
            "senior" => Some(Self::Senior),
            "top_10_percent" => Some(Self::Top10Percent),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Entry => "entry-level",
            Self::Mid => "mid-level",
            Self::Senior => "senior-level",
            Self::Top10Percent => "top 10% threshold",
        }
    }
}

/// A value the dataset does not take from its source but derives, with the reason.
#[derive(Debug, Clone, PartialEq)]
pub struct Derived<T> {
    pub value: T,
    pub rationale: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tier {
    pub id: String,
    pub title: String,
    pub years_min: f64,
    /// `None` for an open-ended tier such as "10+ years".
    pub years_max: Option<f64>,
    pub description: String,
    pub pay_level: Derived<PayLevel>,
}

impl Tier {
    /// The guide's own wording of the range, e.g. "1–3 years" or "10+ years".
    pub fn years_label(&self) -> String {
        match self.years_max {
            Some(max) => format!("{}–{} years", trim_number(self.years_min), trim_number(max)),
            None => format!("{}+ years", trim_number(self.years_min)),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SkillGroup {
    pub id: String,
    pub title: String,
    pub description: String,
    pub skills: Vec<Skill>,
    /// Indices into [`Career::tiers`] of the tiers this group is the focus of.
    pub focus_tiers: Derived<Vec<usize>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Skill {
    pub id: String,
    pub name: String,
    /// The career's tech skills and tools this skill draws on, where the dataset records it.
    pub related: Option<Derived<Related>>,
}

/// Indices into [`Career::tech_skills`] and [`Career::tech_stack`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Related {
    pub tech_skills: Vec<usize>,
    pub tools: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: Option<String>,
    /// Only `http`/`https` URLs pass validation.
    pub url: Option<String>,
}

/// `3.0` → "3", `2.5` → "2.5": years as the guide writes them.
pub fn trim_number(v: f64) -> String {
    super::text::num(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_whole_and_fractional_numbers() {
        assert_eq!(trim_number(3.0), "3");
        assert_eq!(trim_number(2.5), "2.5");
        assert_eq!(trim_number(9.25), "9.25");
        assert_eq!(trim_number(0.0), "0");
    }

    #[test]
    fn pay_levels_are_ordered() {
        assert!(PayLevel::Entry < PayLevel::Mid);
        assert!(PayLevel::Senior < PayLevel::Top10Percent);
        for name in PayLevel::NAMES {
            assert!(PayLevel::parse(name).is_some());
        }
    }
}
