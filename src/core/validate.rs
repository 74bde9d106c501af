//! The semantic rules of a dataset (`docs/dataset.md`), checked on the typed values serde read
//! (`core::read`): pay figures in order, tiers in order, slug ids that are unique, references that
//! resolve, http(s) links, bounded strings and lists. Every violation is reported, each naming
//! its JSON path and its rule: all of them to the authoring tools ([`validate_all`]), the first
//! [`MAX_REPORTED_ERRORS`] and a count of the rest to the widget's notice ([`validate`]).

use std::collections::HashSet;
use std::fmt;

use super::dataset::*;
use super::limits::*;
use super::text::{is_bidi_control, is_format_char, is_locale_shaped, outside};
use super::years::{YEARS_MAX, YEARS_MIN};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    /// Where, as a JSON path: `careers[0].tiers[2].years_max`; empty for the document itself.
    pub path: String,
    /// What rule was broken, phrased to follow the path: "must lie between low and high".
    pub rule: String,
}

impl ValidationError {
    pub fn new(path: &str, rule: impl Into<String>) -> Self {
        Self { path: path.to_string(), rule: rule.into() }
    }
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
    pub fn single(path: &str, rule: impl Into<String>) -> Self {
        ValidationError::new(path, rule).into()
    }

    /// The first `max` errors, the rest counted (a command line's `--max`).
    pub fn shortened(mut self, max: usize) -> Self {
        if self.errors.len() > max {
            self.more += self.errors.len() - max;
            self.errors.truncate(max);
        }
        self
    }
}

impl From<ValidationError> for ValidationErrors {
    fn from(error: ValidationError) -> Self {
        Self { errors: vec![error], more: 0 }
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

/// Checks every semantic rule of `dataset`, keeping the first [`MAX_REPORTED_ERRORS`] errors
/// and counting the rest: what a widget's notice lists, in memory it keeps small.
pub fn validate(dataset: &Dataset) -> Result<(), ValidationErrors> {
    check(dataset, MAX_REPORTED_ERRORS)
}

/// Checks every semantic rule of `dataset`, keeping every error: what the authoring tools list.
pub fn validate_all(dataset: &Dataset) -> Result<(), ValidationErrors> {
    check(dataset, usize::MAX)
}

fn check(dataset: &Dataset, keep: usize) -> Result<(), ValidationErrors> {
    let mut cx = Checker { keep, ..Checker::default() };
    cx.dataset(dataset);
    if cx.errors.is_empty() { Ok(()) } else { Err(ValidationErrors { errors: cx.errors, more: cx.more }) }
}

/// Dataset text inside a rule, quoted, shortened and cleaned like any outside text: a name there
/// could otherwise carry escape sequences to a terminal or fill it. Long enough for any id.
fn quoted(s: &str) -> String {
    format!("\"{}\"", outside(s, MAX_ID_CHARS))
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

fn child(path: &str, key: &str) -> String {
    if path.is_empty() { key.to_string() } else { format!("{path}.{key}") }
}

fn index(path: &str, i: usize) -> String {
    format!("{path}[{i}]")
}

/// Which of a career's lists broke no rule.
#[derive(Clone, Copy)]
struct Lists {
    tech_skills: bool,
    tools: bool,
}

#[derive(Default)]
struct Checker {
    errors: Vec<ValidationError>,
    more: usize,
    /// How many errors to keep; the rest are counted.
    keep: usize,
}

impl Checker {
    fn fail(&mut self, path: &str, rule: impl Into<String>) {
        if self.errors.len() < self.keep {
            self.errors.push(ValidationError::new(path, rule));
        } else {
            self.more += 1;
        }
    }

    // ---- values -------------------------------------------------------------------------------

    fn text(&mut self, s: &str, path: &str, max_chars: usize) {
        if self.plain(s, path, max_chars) && s.chars().any(is_bidi_control) {
            self.fail(
                path,
                "must not contain bidirectional control characters (U+202A–U+202E, U+2066–U+2069): they can reverse the widget's own text",
            );
        }
    }

    /// The rules of every text but the bidirectional one; `true` when it broke none.
    fn plain(&mut self, s: &str, path: &str, max_chars: usize) -> bool {
        let chars = s.chars().count();
        if s.trim().is_empty() {
            self.fail(path, "must not be empty");
        } else if s.trim() != s {
            self.fail(path, "must not start or end with white space");
        } else if chars > max_chars {
            self.fail(path, format!("has {chars} characters; at most {max_chars} are allowed"));
        } else if s.chars().any(char::is_control) {
            self.fail(path, "must not contain control characters");
        } else {
            return true;
        }
        false
    }

    fn optional_text(&mut self, s: &Option<String>, path: &str, max_chars: usize) {
        if let Some(s) = s {
            self.text(s, path, max_chars);
        }
    }

    /// [`Self::text`] of the field `key` of the object at `path`: one copy of building the path,
    /// rather than one at each of the many fields checked.
    fn text_at(&mut self, s: &str, path: &str, key: &str, max_chars: usize) {
        self.text(s, &child(path, key), max_chars);
    }

    /// [`Self::id`] of the field `key` of the object at `path`.
    fn id_at(&mut self, s: &str, path: &str, key: &str) {
        self.id(s, &child(path, key));
    }

    fn id(&mut self, s: &str, path: &str) {
        let before = self.errors.len() + self.more;
        self.text(s, path, MAX_ID_CHARS);
        if self.errors.len() + self.more == before && !is_slug(s) {
            self.fail(path, "must be lowercase letters and digits joined by hyphens, e.g. \"team-lead\"");
        }
    }

    fn number(&mut self, n: f64, path: &str, min: f64, max: f64) -> bool {
        if !n.is_finite() {
            self.fail(path, "must be a finite number");
        } else if n < min || n > max {
            self.fail(path, format!("must be between {} and {}", min, max));
        } else {
            return true;
        }
        false
    }

    fn pay(&mut self, n: f64, path: &str) -> bool {
        if !n.is_finite() {
            self.fail(path, "must be a finite number");
        } else if n <= 0.0 {
            self.fail(path, "must be positive");
        } else if n > MAX_PAY {
            self.fail(path, format!("must be at most {}", MAX_PAY));
        } else {
            return true;
        }
        false
    }

    fn list<T>(&mut self, items: &[T], path: &str, min: usize, max: usize) {
        if items.len() < min {
            self.fail(path, format!("must have at least {min} item{}", if min == 1 { "" } else { "s" }));
        } else if items.len() > max {
            self.fail(path, format!("has {} items; at most {max} are allowed", items.len()));
        }
    }

    /// `true` when the list broke no rule (then references into it can be checked).
    fn string_list(&mut self, items: &[String], path: &str) -> bool {
        let before = self.errors.len() + self.more;
        self.list(items, path, 0, MAX_LIST_ITEMS);
        for (i, item) in items.iter().enumerate() {
            self.text(item, &index(path, i), MAX_NAME_CHARS);
        }
        self.errors.len() + self.more == before
    }

    /// `"derived": true` and a rationale.
    fn derived<T>(&mut self, d: &Derived<T>, path: &str) {
        // The authoring tools say why; the widget's notice, which sends authors there, is short.
        if !d.derived {
            #[cfg(not(all(target_arch = "wasm32", feature = "web")))]
            self.fail(&child(path, "derived"), "must be true: this field always holds a derived value");
            #[cfg(all(target_arch = "wasm32", feature = "web"))]
            self.fail(&child(path, "derived"), "must be true");
        }
        self.text_at(&d.rationale, path, "rationale", MAX_RATIONALE_CHARS);
    }

    fn unique<'a>(&mut self, ids: impl IntoIterator<Item = (String, &'a str)>) {
        let mut seen = HashSet::new();
        for (path, id) in ids {
            if !seen.insert(id) {
                self.fail(&path, format!("{} is used twice", quoted(id)));
            }
        }
    }

    // ---- the schema ---------------------------------------------------------------------------

    fn dataset(&mut self, d: &Dataset) {
        if d.schema_version != SCHEMA_VERSION {
            self.fail(
                "schema_version",
                format!("must be {SCHEMA_VERSION}; this build reads version {SCHEMA_VERSION} only"),
            );
        }
        if d.lang.as_deref().is_some_and(|l| !is_locale_shaped(l)) {
            self.fail("lang", "must be a BCP 47 language tag such as \"en\", \"de-CH\" or \"he\"");
        }
        self.list(&d.careers, "careers", 1, MAX_CAREERS);
        for (i, c) in d.careers.iter().enumerate() {
            self.career(c, &index("careers", i));
        }
        self.unique(d.careers.iter().enumerate().map(|(i, c)| (format!("careers[{i}].id"), c.id.as_str())));
    }

    fn career(&mut self, c: &Career, path: &str) {
        self.id_at(&c.id, path, "id");
        self.text_at(&c.title, path, "title", MAX_NAME_CHARS);
        self.text_at(&c.summary, path, "summary", MAX_TEXT_CHARS);
        self.salary(&c.salary, &child(path, "salary"));
        self.outlook(&c.outlook, &child(path, "outlook"));
        self.tiers(c, &child(path, "tiers"));
        // References into a list that is itself wrong would only repeat its errors.
        let lists = Lists {
            tech_skills: self.string_list(&c.tech_skills, &child(path, "tech_skills")),
            tools: self.string_list(&c.tech_stack, &child(path, "tech_stack")),
        };
        self.string_list(&c.soft_abilities, &child(path, "soft_abilities"));
        self.skill_groups(c, &child(path, "skill_groups"), lists);
        self.sources(&c.sources, &child(path, "sources"));
        let references = [
            ("source", &c.source),
            ("salary.source", &c.salary.source),
            ("outlook.source", &c.outlook.source),
            ("outlook.job_growth_source", &c.outlook.job_growth_source),
        ];
        for (key, id) in references {
            let p = child(path, key);
            self.id(id, &p);
            if is_slug(id) && c.source(id).is_none() {
                self.fail(&p, format!("names source {}, which is not in sources", quoted(id)));
            }
        }
    }

    fn salary(&mut self, s: &Salary, path: &str) {
        // One message for every way to miss it, an empty code included.
        if !(s.currency.len() == 3 && s.currency.bytes().all(|b| b.is_ascii_uppercase())) {
            self.fail(&child(path, "currency"), "must be a three-letter ISO 4217 code in capitals, such as \"USD\"");
        }
        self.text_at(&s.region, path, "region", MAX_NAME_CHARS);
        let figures = [
            ("low", s.low),
            ("median", s.median),
            ("high", s.high),
            ("entry", s.entry),
            ("mid", s.mid),
            ("senior", s.senior),
            ("top_10_percent_from", s.top_10_percent_from),
        ];
        let mut valid = true;
        for (key, n) in figures {
            valid &= self.pay(n, &child(path, key));
        }
        if !valid {
            return;
        }
        if s.low >= s.high {
            self.fail(&child(path, "high"), "must be greater than low");
        }
        if !(s.low <= s.median && s.median <= s.high) {
            self.fail(&child(path, "median"), "must lie between low and high");
        }
        let chain = [
            ("low", s.low),
            ("entry", s.entry),
            ("mid", s.mid),
            ("senior", s.senior),
            ("top_10_percent_from", s.top_10_percent_from),
            ("high", s.high),
        ];
        for pair in chain.windows(2) {
            let ((a, av), (b, bv)) = (pair[0], pair[1]);
            // Either figure may be the wrong one: the authoring tools' message names both and
            // their values (the widget's notice sends authors there, and keeps its bytes).
            if av > bv {
                #[cfg(not(all(target_arch = "wasm32", feature = "web")))]
                self.fail(&child(path, b), format!("must be at least {a} ({b} is {bv}, {a} {av})"));
                #[cfg(all(target_arch = "wasm32", feature = "web"))]
                self.fail(&child(path, b), format!("must be at least {a}"));
            }
        }
    }

    fn outlook(&mut self, o: &Outlook, path: &str) {
        // Growth may be negative for a shrinking field; it is a percentage change, not a size.
        self.number(
            o.job_growth_percent,
            &child(path, "job_growth_percent"),
            MIN_JOB_GROWTH_PERCENT,
            MAX_JOB_GROWTH_PERCENT,
        );
        self.optional_text(&o.job_growth_status, &child(path, "job_growth_status"), MAX_NAME_CHARS);
        self.optional_text(&o.demand_note, &child(path, "demand_note"), MAX_TEXT_CHARS);
    }

    fn tiers(&mut self, c: &Career, path: &str) {
        let tiers = &c.tiers;
        self.list(tiers, path, 1, MAX_TIERS);
        let mut ranges_valid = true;
        for (i, t) in tiers.iter().enumerate() {
            let p = index(path, i);
            self.id_at(&t.id, &p, "id");
            self.text_at(&t.title, &p, "title", MAX_NAME_CHARS);
            self.text_at(&t.description, &p, "description", MAX_TEXT_CHARS);
            self.derived(&t.pay_level, &child(&p, "pay_level"));
            ranges_valid &= self.number(t.years_min, &child(&p, "years_min"), YEARS_MIN, YEARS_MAX);
            if let Some(max) = t.years_max {
                let ok = self.number(max, &child(&p, "years_max"), YEARS_MIN, YEARS_MAX);
                if ok && t.years_min.is_finite() && max <= t.years_min {
                    self.fail(&child(&p, "years_max"), "must be greater than years_min");
                }
                ranges_valid &= ok;
            }
        }
        self.unique(tiers.iter().enumerate().map(|(i, t)| (format!("{}.id", index(path, i)), t.id.as_str())));
        if !ranges_valid {
            return;
        }
        for (i, pair) in tiers.windows(2).enumerate() {
            let (a, b) = (&pair[0], &pair[1]);
            let p = index(path, i + 1);
            if b.years_min <= a.years_min {
                self.fail(
                    &child(&p, "years_min"),
                    "must be greater than the previous tier's years_min: tiers are listed from junior to senior",
                );
            }
            match (a.years_max, b.years_max) {
                (None, _) => {
                    self.fail(&child(&index(path, i), "years_max"), "is required: only the last tier may be open-ended")
                }
                (Some(amax), Some(bmax)) if bmax < amax => {
                    self.fail(&child(&p, "years_max"), "must not be less than the previous tier's years_max")
                }
                _ => {}
            }
            if c.salary.level(b.pay_level.value) < c.salary.level(a.pay_level.value) {
                self.fail(&format!("{p}.pay_level.value"), "must not pay less than the previous tier's level");
            }
        }
    }

    fn skill_groups(&mut self, c: &Career, path: &str, lists: Lists) {
        let groups = &c.skill_groups;
        self.list(groups, path, 1, MAX_SKILL_GROUPS);
        for (gi, g) in groups.iter().enumerate() {
            let p = index(path, gi);
            self.id_at(&g.id, &p, "id");
            self.text_at(&g.title, &p, "title", MAX_NAME_CHARS);
            self.text_at(&g.description, &p, "description", MAX_TEXT_CHARS);
            self.list(&g.skills, &child(&p, "skills"), 1, MAX_SKILLS_PER_GROUP);
            for (si, s) in g.skills.iter().enumerate() {
                let sp = index(&child(&p, "skills"), si);
                self.id_at(&s.id, &sp, "id");
                self.text_at(&s.name, &sp, "name", MAX_NAME_CHARS);
                if let Some(related) = &s.related {
                    let rp = child(&sp, "related");
                    self.derived(related, &rp);
                    let vp = child(&rp, "value");
                    if lists.tech_skills {
                        self.references(
                            &related.value.tech_skills,
                            &c.tech_skills,
                            &child(&vp, "tech_skills"),
                            "tech_skills",
                        );
                    }
                    if lists.tools {
                        self.references(&related.value.tools, &c.tech_stack, &child(&vp, "tools"), "tech_stack");
                    }
                }
            }
            let fp = child(&p, "focus_tiers");
            self.derived(&g.focus_tiers, &fp);
            let vp = child(&fp, "value");
            self.list(&g.focus_tiers.value, &vp, 1, MAX_TIERS);
            for (i, tier) in g.focus_tiers.value.iter().enumerate() {
                let ip = index(&vp, i);
                self.id(tier, &ip);
                if g.focus_tiers.value[..i].contains(tier) {
                    self.fail(&ip, format!("{} is listed twice", quoted(tier)));
                } else if is_slug(tier) && c.tier_index(tier).is_none() {
                    self.fail(&ip, format!("names tier {}, which is not in tiers", quoted(tier)));
                }
            }
        }
        self.unique(groups.iter().enumerate().map(|(i, g)| (format!("{}.id", index(path, i)), g.id.as_str())));
        let total: usize = groups.iter().map(|g| g.skills.len()).sum();
        if total > MAX_SKILLS_PER_CAREER {
            self.fail(path, format!("hold {total} skills; at most {MAX_SKILLS_PER_CAREER} are allowed"));
        }
        self.unique(groups.iter().enumerate().flat_map(|(gi, g)| {
            g.skills.iter().enumerate().map(move |(si, s)| (format!("{path}[{gi}].skills[{si}].id"), s.id.as_str()))
        }));
    }

    /// Names that must be entries of `list` (the career's `what`), each at most once.
    fn references(&mut self, names: &[String], list: &[String], path: &str, what: &str) {
        self.list(names, path, 0, MAX_LIST_ITEMS);
        for (i, name) in names.iter().enumerate() {
            let ip = index(path, i);
            if names[..i].contains(name) {
                self.fail(&ip, format!("{} is listed twice", quoted(name)));
            } else if !list.contains(name) {
                self.fail(&ip, format!("names {}, which is not in {what}", quoted(name)));
            }
        }
    }

    fn sources(&mut self, sources: &[Source], path: &str) {
        self.list(sources, path, 1, MAX_SOURCES);
        for (i, s) in sources.iter().enumerate() {
            let p = index(path, i);
            self.id_at(&s.id, &p, "id");
            self.text_at(&s.title, &p, "title", MAX_NAME_CHARS);
            self.optional_text(&s.publisher, &child(&p, "publisher"), MAX_NAME_CHARS);
            if let Some(url) = &s.url {
                // A link's own rule refuses every invisible character, the bidirectional ones too.
                let up = child(&p, "url");
                if self.plain(url, &up, MAX_URL_CHARS) {
                    if let Some(rule) = link_problem(url) {
                        self.fail(&up, rule);
                    }
                }
            }
        }
        self.unique(sources.iter().enumerate().map(|(i, s)| (format!("{}.id", index(path, i)), s.id.as_str())));
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
    fn links() {
        assert_eq!(link_problem("https://www.bls.gov/ooh/"), None);
        assert_eq!(link_problem("HTTP://example.org"), None);
        for bad in
            ["javascript:alert(1)", "data:text/html,x", "//example.org", "https://", "https:// x", "ftp://x", "/x"]
        {
            assert_eq!(link_problem(bad), Some("must be an http:// or https:// URL"), "{bad:?}");
        }
    }

    #[test]
    fn error_display_names_path_and_rule() {
        let e = ValidationError::new("careers[0].salary.median", "must lie between low and high");
        assert_eq!(e.to_string(), "careers[0].salary.median: must lie between low and high");
    }
}
