//! Raw JSON → validated [`Dataset`], or a list of errors that each name the path and the rule.
//!
//! One code path serves the bundled dataset and any dataset loaded later (`src`), so whatever the
//! widget renders has passed the same checks. The checks are written against a parsed [`Json`] tree
//! rather than derived deserialisers so that every error carries a JSON path such as
//! `careers[0].salary.median`, not a line and column.

use std::collections::HashSet;
use std::fmt;

use super::dataset::*;
use super::json::{self, Json, member};
use super::text::{is_format_char, outside};
use super::years::YEARS_MAX;

/// An object's members, in document order.
type Members = [(String, Json)];

/// Hard limits: they keep a hostile or runaway dataset from freezing the reader's page.
pub mod limits {
    pub const MAX_DATASET_BYTES: usize = 1_000_000;
    pub const MAX_CAREERS: usize = 50;
    pub const MAX_TIERS: usize = 12;
    pub const MAX_SKILL_GROUPS: usize = 50;
    pub const MAX_SKILLS_PER_GROUP: usize = 500;
    pub const MAX_SKILLS_PER_CAREER: usize = 5_000;
    pub const MAX_LIST_ITEMS: usize = 200;
    pub const MAX_SOURCES: usize = 20;
    pub const MAX_ID_CHARS: usize = 64;
    pub const MAX_NAME_CHARS: usize = 200;
    pub const MAX_TEXT_CHARS: usize = 2_000;
    pub const MAX_RATIONALE_CHARS: usize = 300;
    pub const MAX_URL_CHARS: usize = 2_000;
    pub const MAX_PAY: f64 = 100_000_000.0;
    /// Errors beyond this many are summarised, so a wholly wrong file still gives a short message.
    pub const MAX_REPORTED_ERRORS: usize = 20;
}
use limits::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    /// Where, as a JSON path: `careers[0].tiers[2].years_max`; empty for the document itself.
    pub path: String,
    /// What rule was broken, phrased to follow the path: "must lie between low and high".
    pub rule: String,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "dataset: {}", self.rule)
        } else {
            write!(f, "{}: {}", self.path, self.rule)
        }
    }
}

/// At least one error; displayed one per line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationErrors {
    pub errors: Vec<ValidationError>,
    /// How many further errors were found but not kept.
    pub more: usize,
}

impl ValidationErrors {
    fn single(path: &str, rule: impl Into<String>) -> Self {
        Self { errors: vec![ValidationError { path: path.into(), rule: rule.into() }], more: 0 }
    }
}

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.errors.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        if self.more > 0 {
            write!(f, "\n…and {} more", self.more)?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationErrors {}

/// Parses and validates a dataset from raw bytes, refusing oversized input before parsing it.
pub fn parse_dataset_bytes(bytes: &[u8]) -> Result<Dataset, ValidationErrors> {
    if bytes.len() > MAX_DATASET_BYTES {
        return Err(ValidationErrors::single(
            "",
            format!("is {} bytes; the limit is {} bytes", bytes.len(), MAX_DATASET_BYTES),
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => parse_dataset(text),
        Err(_) => Err(ValidationErrors::single("", "is not UTF-8 text")),
    }
}

/// Parses and validates a dataset from JSON text.
pub fn parse_dataset(json: &str) -> Result<Dataset, ValidationErrors> {
    // A byte-order mark, as some editors save one, is not part of the JSON.
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    if json.len() > MAX_DATASET_BYTES {
        return Err(ValidationErrors::single(
            "",
            format!("is {} bytes; the limit is {} bytes", json.len(), MAX_DATASET_BYTES),
        ));
    }
    let value = json::parse(json).map_err(|e| ValidationErrors::single("", format!("is not valid JSON: it {e}")))?;
    validate_dataset(&value)
}

/// Validates an already parsed JSON value.
pub fn validate_dataset(value: &Json) -> Result<Dataset, ValidationErrors> {
    let mut cx = Checker::default();
    let dataset = cx.dataset(value);
    match (dataset, cx.errors.is_empty()) {
        (Some(d), true) => Ok(d),
        _ => {
            if cx.errors.is_empty() {
                // Unreachable by construction (every `None` records an error); kept total anyway.
                cx.errors.push(ValidationError { path: String::new(), rule: "is invalid".into() });
            }
            Err(ValidationErrors { errors: cx.errors, more: cx.more })
        }
    }
}

/// Is `s` a slug: lowercase ASCII letters and digits in hyphen-separated words?
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// What is wrong with a source's link, if anything. Only absolute `http:`/`https:` URLs with a
/// host pass, so a dataset link can never run script (`javascript:`, `data:`); nor may a link
/// carry a user name or password (`https://good.example@evil.example/` leads to evil.example)
/// or invisible formatting characters (U+202E shows the rest of the address reversed).
pub fn link_problem(s: &str) -> Option<&'static str> {
    let lower = s.to_ascii_lowercase();
    let Some(rest) = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://")) else {
        return Some("must be an http:// or https:// URL");
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.is_empty() || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Some("must be an http:// or https:// URL");
    }
    if authority.contains(['@', '\\']) {
        return Some("must not contain a user name or password (the part before @ in user@host)");
    }
    if s.chars().any(is_format_char) {
        return Some("must not contain invisible formatting characters such as U+202E");
    }
    None
}

/// Is `s` a link the widget may show? See [`link_problem`].
pub fn is_http_url(s: &str) -> bool {
    link_problem(s).is_none()
}

fn child(path: &str, key: &str) -> String {
    if path.is_empty() { key.to_string() } else { format!("{path}.{key}") }
}

fn index(path: &str, i: usize) -> String {
    format!("{path}[{i}]")
}

/// The career's lists that skill relations may name.
struct Lists<'a> {
    tech_skills: Option<&'a [String]>,
    tools: Option<&'a [String]>,
}

#[derive(Default)]
struct Checker {
    errors: Vec<ValidationError>,
    more: usize,
}

impl Checker {
    fn fail<T>(&mut self, path: &str, rule: impl Into<String>) -> Option<T> {
        if self.errors.len() < MAX_REPORTED_ERRORS {
            self.errors.push(ValidationError { path: path.to_string(), rule: rule.into() });
        } else {
            self.more += 1;
        }
        None
    }

    // ---- shapes -------------------------------------------------------------------------------

    fn object<'v>(&mut self, v: &'v Json, path: &str, known: &[&str]) -> Option<&'v Members> {
        let Some(map) = v.as_object() else {
            return self.fail(path, "must be an object");
        };
        // Linear in the members, so a hostile file of many repeated keys cannot stall the page.
        let mut seen = vec![false; known.len()];
        for (key, _) in map {
            match known.iter().position(|k| k == key) {
                // The key is the dataset's, not ours: shortened and cleaned for the message.
                None => self.fail::<()>(&child(path, &outside(key, 40)), "is not a field of this schema"),
                Some(at) if seen[at] => self.fail::<()>(&child(path, key), "is given more than once"),
                Some(at) => {
                    seen[at] = true;
                    None
                }
            };
        }
        Some(map)
    }

    fn required<'v>(&mut self, obj: &'v Members, path: &str, key: &str) -> Option<&'v Json> {
        match member(obj, key) {
            None | Some(Json::Null) => self.fail(&child(path, key), "is required"),
            Some(v) => Some(v),
        }
    }

    fn array<'v>(&mut self, v: &'v Json, path: &str, min: usize, max: usize) -> Option<&'v [Json]> {
        let Some(items) = v.as_array() else {
            return self.fail(path, "must be a list");
        };
        if items.len() < min {
            return self.fail(path, format!("must have at least {min} item{}", if min == 1 { "" } else { "s" }));
        }
        if items.len() > max {
            return self.fail(path, format!("has {} items; at most {max} are allowed", items.len()));
        }
        Some(items)
    }

    fn text_value(&mut self, v: &Json, path: &str, max_chars: usize) -> Option<String> {
        let Some(s) = v.as_str() else {
            return self.fail(path, "must be a string");
        };
        if s.trim().is_empty() {
            return self.fail(path, "must not be empty");
        }
        if s.trim() != s {
            return self.fail(path, "must not start or end with white space");
        }
        let chars = s.chars().count();
        if chars > max_chars {
            return self.fail(path, format!("has {chars} characters; at most {max_chars} are allowed"));
        }
        if s.chars().any(char::is_control) {
            return self.fail(path, "must not contain control characters");
        }
        Some(s.to_string())
    }

    fn text(&mut self, obj: &Members, path: &str, key: &str, max_chars: usize) -> Option<String> {
        let v = self.required(obj, path, key)?;
        self.text_value(v, &child(path, key), max_chars)
    }

    /// `Some(None)` when absent, `Some(Some(_))` when valid, `None` after recording an error.
    fn optional_text(&mut self, obj: &Members, path: &str, key: &str, max_chars: usize) -> Option<Option<String>> {
        match member(obj, key) {
            None | Some(Json::Null) => Some(None),
            Some(v) => self.text_value(v, &child(path, key), max_chars).map(Some),
        }
    }

    fn id_value(&mut self, v: &Json, path: &str) -> Option<String> {
        let s = self.text_value(v, path, MAX_ID_CHARS)?;
        if !is_slug(&s) {
            return self.fail(path, "must be lowercase letters and digits joined by hyphens, e.g. \"team-lead\"");
        }
        Some(s)
    }

    fn id(&mut self, obj: &Members, path: &str, key: &str) -> Option<String> {
        let v = self.required(obj, path, key)?;
        self.id_value(v, &child(path, key))
    }

    fn number_value(&mut self, v: &Json, path: &str, min: f64, max: f64) -> Option<f64> {
        let Some(n) = v.as_f64() else {
            return self.fail(path, "must be a number");
        };
        if !n.is_finite() {
            return self.fail(path, "must be a finite number");
        }
        if n < min || n > max {
            return self.fail(path, format!("must be between {} and {}", trim_number(min), trim_number(max)));
        }
        Some(n)
    }

    fn number(&mut self, obj: &Members, path: &str, key: &str, min: f64, max: f64) -> Option<f64> {
        let v = self.required(obj, path, key)?;
        self.number_value(v, &child(path, key), min, max)
    }

    fn pay(&mut self, obj: &Members, path: &str, key: &str) -> Option<f64> {
        let v = self.required(obj, path, key)?;
        let p = child(path, key);
        let n = self.number_value(v, &p, f64::MIN, f64::MAX)?;
        if n <= 0.0 {
            return self.fail(&p, "must be positive");
        }
        if n > MAX_PAY {
            return self.fail(&p, format!("must be at most {}", trim_number(MAX_PAY)));
        }
        Some(n)
    }

    fn boolean(&mut self, obj: &Members, path: &str, key: &str) -> Option<bool> {
        let v = self.required(obj, path, key)?;
        match v.as_bool() {
            Some(b) => Some(b),
            None => self.fail(&child(path, key), "must be true or false"),
        }
    }

    fn string_list(&mut self, obj: &Members, path: &str, key: &str) -> Option<Vec<String>> {
        let v = self.required(obj, path, key)?;
        let p = child(path, key);
        let items = self.array(v, &p, 0, MAX_LIST_ITEMS)?;
        let mut out = Vec::with_capacity(items.len());
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            match self.text_value(item, &index(&p, i), MAX_NAME_CHARS) {
                Some(s) => out.push(s),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    /// A `{ "value": …, "derived": true, "rationale": "…" }` object.
    fn derived<T>(
        &mut self,
        obj: &Members,
        path: &str,
        key: &str,
        read: impl FnOnce(&mut Self, &Json, &str) -> Option<T>,
    ) -> Option<Derived<T>> {
        let v = self.required(obj, path, key)?;
        let p = child(path, key);
        let o = self.object(v, &p, &["value", "derived", "rationale"])?;
        let derived = self.boolean(o, &p, "derived");
        if derived == Some(false) {
            self.fail::<()>(&child(&p, "derived"), "must be true: this value is not in the source");
        }
        let rationale = self.text(o, &p, "rationale", MAX_RATIONALE_CHARS);
        let value = self.required(o, &p, "value").and_then(|v| read(self, v, &child(&p, "value")));
        Some(Derived { value: value?, rationale: rationale? }).filter(|_| derived == Some(true))
    }

    fn unique<'a>(&mut self, ids: impl IntoIterator<Item = (String, &'a str)>) {
        let mut seen = HashSet::new();
        for (path, id) in ids {
            if !seen.insert(id) {
                self.fail::<()>(&path, format!("\"{id}\" is used twice"));
            }
        }
    }

    // ---- the schema ---------------------------------------------------------------------------

    fn dataset(&mut self, v: &Json) -> Option<Dataset> {
        let root = self.object(v, "", &["schema_version", "careers"])?;
        if let Some(version) = self.required(root, "", "schema_version") {
            if version.as_f64() != Some(SCHEMA_VERSION as f64) {
                self.fail::<()>(
                    "schema_version",
                    format!("must be {SCHEMA_VERSION}; this build reads version {SCHEMA_VERSION} only"),
                );
            }
        }
        let list = self.required(root, "", "careers")?;
        let items = self.array(list, "careers", 1, MAX_CAREERS)?;
        let careers: Vec<Option<Career>> =
            items.iter().enumerate().map(|(i, c)| self.career(c, &index("careers", i))).collect();
        let careers: Option<Vec<Career>> = careers.into_iter().collect();
        let careers = careers?;
        self.unique(careers.iter().enumerate().map(|(i, c)| (format!("careers[{i}].id"), c.id.as_str())));
        Some(Dataset { careers })
    }

    fn career(&mut self, v: &Json, path: &str) -> Option<Career> {
        let o = self.object(
            v,
            path,
            &[
                "id",
                "title",
                "summary",
                "source",
                "salary",
                "outlook",
                "tiers",
                "skill_groups",
                "tech_skills",
                "soft_abilities",
                "tech_stack",
                "sources",
            ],
        )?;
        let id = self.id(o, path, "id");
        let title = self.text(o, path, "title", MAX_NAME_CHARS);
        let summary = self.text(o, path, "summary", MAX_TEXT_CHARS);
        let source = self.id(o, path, "source");
        let salary = self.required(o, path, "salary").and_then(|v| self.salary(v, &child(path, "salary")));
        let outlook = self.required(o, path, "outlook").and_then(|v| self.outlook(v, &child(path, "outlook")));
        let tiers = self.required(o, path, "tiers").and_then(|v| self.tiers(v, &child(path, "tiers")));
        let tech_skills = self.string_list(o, path, "tech_skills");
        let soft_abilities = self.string_list(o, path, "soft_abilities");
        let tech_stack = self.string_list(o, path, "tech_stack");
        let skill_groups = match (&tiers, self.required(o, path, "skill_groups")) {
            (Some(tiers), Some(v)) => {
                let lists = Lists { tech_skills: tech_skills.as_deref(), tools: tech_stack.as_deref() };
                self.skill_groups(v, &child(path, "skill_groups"), tiers, &lists)
            }
            _ => None,
        };
        let sources = self.required(o, path, "sources").and_then(|v| self.sources(v, &child(path, "sources")));

        if let Some(sources) = &sources {
            let known = |id: &str| sources.iter().any(|s| s.id == id);
            let mut refs: Vec<(String, &str)> = Vec::new();
            if let Some(s) = &source {
                refs.push((child(path, "source"), s));
            }
            if let Some(s) = &salary {
                refs.push((child(path, "salary.source"), &s.source));
            }
            if let Some(o) = &outlook {
                refs.push((child(path, "outlook.source"), &o.source));
                refs.push((child(path, "outlook.job_growth_source"), &o.job_growth_source));
            }
            for (p, id) in refs {
                if !known(id) {
                    self.fail::<()>(&p, format!("names source \"{id}\", which is not in sources"));
                }
            }
        }
        if let (Some(tiers), Some(salary)) = (&tiers, &salary) {
            self.tier_pay_is_ascending(tiers, salary, path);
        }

        Some(Career {
            id: id?,
            title: title?,
            summary: summary?,
            source: source?,
            salary: salary?,
            outlook: outlook?,
            tiers: tiers?,
            skill_groups: skill_groups?,
            tech_skills: tech_skills?,
            soft_abilities: soft_abilities?,
            tech_stack: tech_stack?,
            sources: sources?,
        })
    }

    fn salary(&mut self, v: &Json, path: &str) -> Option<Salary> {
        let o = self.object(
            v,
            path,
            &["currency", "region", "source", "low", "median", "high", "entry", "mid", "senior", "top_10_percent_from"],
        )?;
        let currency = self.text(o, path, "currency", 3).and_then(|c| {
            if c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()) {
                Some(c)
            } else {
                self.fail(&child(path, "currency"), "must be a three-letter ISO 4217 code such as \"USD\"")
            }
        });
        let region = self.text(o, path, "region", MAX_NAME_CHARS);
        let source = self.id(o, path, "source");
        let low = self.pay(o, path, "low");
        let median = self.pay(o, path, "median");
        let high = self.pay(o, path, "high");
        let entry = self.pay(o, path, "entry");
        let mid = self.pay(o, path, "mid");
        let senior = self.pay(o, path, "senior");
        let top = self.pay(o, path, "top_10_percent_from");
        let (low, median, high, entry, mid, senior, top) = (low?, median?, high?, entry?, mid?, senior?, top?);

        let before = self.errors.len() + self.more;
        if low >= high {
            self.fail::<()>(&child(path, "high"), "must be greater than low");
        }
        if !(low <= median && median <= high) {
            self.fail::<()>(&child(path, "median"), "must lie between low and high");
        }
        let chain = [
            ("low", low),
            ("entry", entry),
            ("mid", mid),
            ("senior", senior),
            ("top_10_percent_from", top),
            ("high", high),
        ];
        for pair in chain.windows(2) {
            let ((a, av), (b, bv)) = (pair[0], pair[1]);
            if av > bv {
                self.fail::<()>(&child(path, b), format!("must be at least {a}"));
            }
        }
        if self.errors.len() + self.more > before {
            return None;
        }
        Some(Salary {
            currency: currency?,
            region: region?,
            source: source?,
            low,
            median,
            high,
            entry,
            mid,
            senior,
            top_10_percent_from: top,
        })
    }

    fn outlook(&mut self, v: &Json, path: &str) -> Option<Outlook> {
        let o = self.object(
            v,
            path,
            &[
                "job_growth_percent",
                "job_growth_status",
                "job_growth_source",
                "demand",
                "demand_note",
                "remote_friendly",
                "source",
            ],
        )?;
        // Growth may be negative for a shrinking field; it is a percentage change, not a size.
        let growth = self.number(o, path, "job_growth_percent", -100.0, 1000.0);
        let status = self.optional_text(o, path, "job_growth_status", MAX_NAME_CHARS);
        let growth_source = self.id(o, path, "job_growth_source");
        let demand = self.text(o, path, "demand", MAX_NAME_CHARS).and_then(|d| match Demand::parse(&d) {
            Some(d) => Some(d),
            None => self.fail(&child(path, "demand"), format!("must be one of {}", Demand::NAMES.join(", "))),
        });
        let note = self.optional_text(o, path, "demand_note", MAX_TEXT_CHARS);
        let remote = self.boolean(o, path, "remote_friendly");
        let source = self.id(o, path, "source");
        Some(Outlook {
            job_growth_percent: growth?,
            job_growth_status: status?,
            job_growth_source: growth_source?,
            demand: demand?,
            demand_note: note?,
            remote_friendly: remote?,
            source: source?,
        })
    }

    fn tiers(&mut self, v: &Json, path: &str) -> Option<Vec<Tier>> {
        let items = self.array(v, path, 1, MAX_TIERS)?;
        let tiers: Vec<Option<Tier>> = items.iter().enumerate().map(|(i, t)| self.tier(t, &index(path, i))).collect();
        let tiers: Vec<Tier> = tiers.into_iter().collect::<Option<_>>()?;
        self.unique(tiers.iter().enumerate().map(|(i, t)| (format!("{}.id", index(path, i)), t.id.as_str())));
        let before = self.errors.len() + self.more;
        for (i, pair) in tiers.windows(2).enumerate() {
            let (a, b) = (&pair[0], &pair[1]);
            let p = index(path, i + 1);
            if b.years_min <= a.years_min {
                self.fail::<()>(
                    &child(&p, "years_min"),
                    "must be greater than the previous tier's years_min: tiers are listed from junior to senior",
                );
            }
            match (a.years_max, b.years_max) {
                (None, _) => {
                    self.fail::<()>(
                        &child(&index(path, i), "years_max"),
                        "is required: only the last tier may be open-ended",
                    );
                }
                (Some(amax), Some(bmax)) if bmax < amax => {
                    self.fail::<()>(&child(&p, "years_max"), "must not be less than the previous tier's years_max");
                }
                _ => {}
            }
        }
        (self.errors.len() + self.more == before).then_some(tiers)
    }

    fn tier(&mut self, v: &Json, path: &str) -> Option<Tier> {
        let o = self.object(v, path, &["id", "title", "years_min", "years_max", "description", "pay_level"])?;
        let id = self.id(o, path, "id");
        let title = self.text(o, path, "title", MAX_NAME_CHARS);
        let years_min = self.number(o, path, "years_min", 0.0, YEARS_MAX);
        let years_max = match member(o, "years_max") {
            None => self.fail(&child(path, "years_max"), "is required (null for an open-ended tier)"),
            Some(Json::Null) => Some(None),
            Some(v) => self.number_value(v, &child(path, "years_max"), 0.0, YEARS_MAX).map(Some),
        };
        if let (Some(min), Some(Some(max))) = (years_min, years_max) {
            if max <= min {
                self.fail::<()>(&child(path, "years_max"), "must be greater than years_min");
            }
        }
        let description = self.text(o, path, "description", MAX_TEXT_CHARS);
        let pay_level = self.derived(o, path, "pay_level", |cx, v, p| {
            let name = cx.text_value(v, p, MAX_ID_CHARS)?;
            match PayLevel::parse(&name) {
                Some(l) => Some(l),
                None => cx.fail(p, format!("must be one of {}", PayLevel::NAMES.join(", "))),
            }
        });
        let (years_min, years_max) = (years_min?, years_max?);
        if years_max.is_some_and(|max| max <= years_min) {
            return None;
        }
        Some(Tier { id: id?, title: title?, years_min, years_max, description: description?, pay_level: pay_level? })
    }

    fn tier_pay_is_ascending(&mut self, tiers: &[Tier], salary: &Salary, path: &str) {
        for (i, pair) in tiers.windows(2).enumerate() {
            let (a, b) = (pair[0].pay_level.value, pair[1].pay_level.value);
            if salary.level(b) < salary.level(a) {
                self.fail::<()>(
                    &format!("{path}.tiers[{}].pay_level.value", i + 1),
                    "must not pay less than the previous tier's level",
                );
            }
        }
    }

    fn skill_groups(&mut self, v: &Json, path: &str, tiers: &[Tier], lists: &Lists) -> Option<Vec<SkillGroup>> {
        let items = self.array(v, path, 1, MAX_SKILL_GROUPS)?;
        let groups: Vec<Option<SkillGroup>> =
            items.iter().enumerate().map(|(i, g)| self.skill_group(g, &index(path, i), tiers, lists)).collect();
        let groups: Vec<SkillGroup> = groups.into_iter().collect::<Option<_>>()?;
        self.unique(groups.iter().enumerate().map(|(i, g)| (format!("{}.id", index(path, i)), g.id.as_str())));
        let total: usize = groups.iter().map(|g| g.skills.len()).sum();
        if total > MAX_SKILLS_PER_CAREER {
            return self.fail(path, format!("hold {total} skills; at most {MAX_SKILLS_PER_CAREER} are allowed"));
        }
        let before = self.errors.len() + self.more;
        self.unique(groups.iter().enumerate().flat_map(|(gi, g)| {
            g.skills.iter().enumerate().map(move |(si, s)| (format!("{path}[{gi}].skills[{si}].id"), s.id.as_str()))
        }));
        (self.errors.len() + self.more == before).then_some(groups)
    }

    fn skill_group(&mut self, v: &Json, path: &str, tiers: &[Tier], lists: &Lists) -> Option<SkillGroup> {
        let o = self.object(v, path, &["id", "title", "description", "skills", "focus_tiers"])?;
        let id = self.id(o, path, "id");
        let title = self.text(o, path, "title", MAX_NAME_CHARS);
        let description = self.text(o, path, "description", MAX_TEXT_CHARS);
        let skills = self.required(o, path, "skills").and_then(|v| {
            let p = child(path, "skills");
            let items = self.array(v, &p, 1, MAX_SKILLS_PER_GROUP)?;
            let skills: Vec<Option<Skill>> = items
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let sp = index(&p, i);
                    let so = self.object(s, &sp, &["id", "name", "related"])?;
                    let id = self.id(so, &sp, "id");
                    let name = self.text(so, &sp, "name", MAX_NAME_CHARS);
                    let related = if member(so, "related").is_some() {
                        self.derived(so, &sp, "related", |cx, v, p| cx.related(v, p, lists)).map(Some)
                    } else {
                        Some(None)
                    };
                    Some(Skill { id: id?, name: name?, related: related? })
                })
                .collect();
            skills.into_iter().collect::<Option<Vec<_>>>()
        });
        let focus_tiers = self.derived(o, path, "focus_tiers", |cx, v, p| {
            let items = cx.array(v, p, 1, MAX_TIERS)?;
            let mut out = Vec::with_capacity(items.len());
            let mut ok = true;
            for (i, item) in items.iter().enumerate() {
                let ip = index(p, i);
                let Some(tier_id) = cx.id_value(item, &ip) else {
                    ok = false;
                    continue;
                };
                match tiers.iter().position(|t| t.id == tier_id) {
                    Some(t) if out.contains(&t) => {
                        ok = false;
                        cx.fail::<()>(&ip, format!("\"{tier_id}\" is listed twice"));
                    }
                    Some(t) => out.push(t),
                    None => {
                        ok = false;
                        cx.fail::<()>(&ip, format!("names tier \"{tier_id}\", which is not in tiers"));
                    }
                }
            }
            ok.then_some(out)
        });
        Some(SkillGroup {
            id: id?,
            title: title?,
            description: description?,
            skills: skills?,
            focus_tiers: focus_tiers?,
        })
    }

    /// `{ "tech_skills": [names], "tools": [names] }`, each name an entry of the career's lists.
    fn related(&mut self, v: &Json, path: &str, lists: &Lists) -> Option<Related> {
        let o = self.object(v, path, &["tech_skills", "tools"])?;
        let mut refs = |key: &str, list: Option<&[String]>, what: &str| -> Option<Vec<usize>> {
            let Some(v) = member(o, key) else { return Some(Vec::new()) };
            let p = child(path, key);
            let items = self.array(v, &p, 0, MAX_LIST_ITEMS)?;
            let list = list?;
            let mut out = Vec::with_capacity(items.len());
            let mut ok = true;
            for (i, item) in items.iter().enumerate() {
                let ip = index(&p, i);
                let Some(name) = self.text_value(item, &ip, MAX_NAME_CHARS) else {
                    ok = false;
                    continue;
                };
                match list.iter().position(|x| *x == name) {
                    Some(at) if !out.contains(&at) => out.push(at),
                    Some(_) => {
                        ok = false;
                        self.fail::<()>(&ip, format!("\"{name}\" is listed twice"));
                    }
                    None => {
                        ok = false;
                        self.fail::<()>(&ip, format!("names \"{name}\", which is not in {what}"));
                    }
                }
            }
            ok.then_some(out)
        };
        let tech_skills = refs("tech_skills", lists.tech_skills, "tech_skills");
        let tools = refs("tools", lists.tools, "tech_stack");
        Some(Related { tech_skills: tech_skills?, tools: tools? })
    }

    fn sources(&mut self, v: &Json, path: &str) -> Option<Vec<Source>> {
        let items = self.array(v, path, 1, MAX_SOURCES)?;
        let sources: Vec<Option<Source>> = items
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let p = index(path, i);
                let o = self.object(s, &p, &["id", "title", "publisher", "url"])?;
                let id = self.id(o, &p, "id");
                let title = self.text(o, &p, "title", MAX_NAME_CHARS);
                let publisher = self.optional_text(o, &p, "publisher", MAX_NAME_CHARS);
                let url = self.optional_text(o, &p, "url", MAX_URL_CHARS).and_then(|url| match url {
                    Some(u) => match link_problem(&u) {
                        Some(rule) => self.fail(&child(&p, "url"), rule),
                        None => Some(Some(u)),
                    },
                    other => Some(other),
                });
                Some(Source { id: id?, title: title?, publisher: publisher?, url: url? })
            })
            .collect();
        let sources: Vec<Source> = sources.into_iter().collect::<Option<_>>()?;
        let before = self.errors.len() + self.more;
        self.unique(sources.iter().enumerate().map(|(i, s)| (format!("{}.id", index(path, i)), s.id.as_str())));
        (self.errors.len() + self.more == before).then_some(sources)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("customer-support-manager"));
        assert!(is_slug("a1"));
        for bad in ["", "-a", "a-", "a--b", "A", "a b", "a_b", "ü"] {
            assert!(!is_slug(bad), "{bad:?}");
        }
    }

    #[test]
    fn urls() {
        assert!(is_http_url("https://www.bls.gov/ooh/"));
        assert!(is_http_url("HTTP://example.org"));
        for bad in
            ["javascript:alert(1)", "data:text/html,x", "//example.org", "https://", "https:// x", "ftp://x", "/x"]
        {
            assert!(!is_http_url(bad), "{bad:?}");
        }
    }

    #[test]
    fn error_display_names_path_and_rule() {
        let e =
            ValidationError { path: "careers[0].salary.median".into(), rule: "must lie between low and high".into() };
        assert_eq!(e.to_string(), "careers[0].salary.median: must lie between low and high");
    }
}
