//! Data honesty: every figure and name in the bundled dataset is found in the seed guide, in the
//! place the guide gives it. Derived values (marked `"derived": true`) are the only exception.
//!
//! The catch-all at the end walks the raw JSON and requires, for every string, number and
//! boolean outside a derived wrapper, a rule naming the place in the guide where that value is
//! written (a tier's years under that tier's title, a skill in its group's list, the median on
//! the line "Median: $…"): a value that is merely somewhere in the guide does not pass, and a
//! field added later without such a rule fails until someone writes one.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::OnceLock;

use career_widget::core::dataset::SCHEMA_VERSION;

use career_widget::core::{BUNDLED_JSON, bundled_dataset};
use serde_json::{Value, json};

const SEED_PATH: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seed/customer-support-manager-career-guide.txt");

/// The committed copy of the seed guide. Missing, every test here fails (never skips): the
/// honesty checks mean nothing without it.
fn seed_raw() -> &'static str {
    static RAW: OnceLock<String> = OnceLock::new();
    RAW.get_or_init(|| {
        std::fs::read_to_string(SEED_PATH).unwrap_or_else(|e| {
            panic!("the seed copy {SEED_PATH} cannot be read ({e}): the data-honesty tests need it; restore it from ../shared/seed/")
        })
    })
}

/// The seed with its mis-encoded characters (UTF-8 read as a legacy code page) put right.
fn seed() -> String {
    [("β€”", "—"), ("β€Ί", "›"), ("Γ£", "ã"), ("πŸ“ˆ ", ""), ("πŸ‡ΊπŸ‡Έ ", ""), ("βœ… ", ""), ("❌ ", "")]
        .iter()
        .fold(seed_raw().to_string(), |s, (bad, good)| s.replace(bad, good))
}

#[test]
fn the_seed_copy_is_present() {
    assert!(seed_raw().starts_with("Customer Support Manager Career Path Guide\n"), "{SEED_PATH} is not the guide");
}

fn with_commas(n: f64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn assert_in_seed(needle: &str, what: &str) {
    assert!(seed().contains(needle), "{what}: {needle:?} is not in the seed guide");
}

fn bullets(items: &[String]) -> String {
    items.iter().map(|i| format!("  • {i}\n")).collect()
}

/// The one check that may skip: CI has shared/ beside the clone, a contributor's clone may not.
/// Every other test here reads the committed copy, so none of them depends on it.
#[test]
fn the_shared_seed_is_the_committed_copy() {
    let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seed/customer-support-manager-career-guide.txt");
    match std::fs::read_to_string(shared) {
        Ok(text) => assert!(text == seed_raw(), "tests/fixtures/seed is out of date with {shared}"),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            eprintln!("note: {shared} is absent, so the committed copy was not compared with it")
        }
        // Present but unreadable (not UTF-8, a directory, no permission) is a broken setup.
        Err(e) => panic!("{shared} cannot be read: {e}"),
    }
}

#[test]
fn the_bundled_dataset_is_valid() {
    if let Err(e) = bundled_dataset() {
        panic!("assets/careers.json is invalid:\n{e}");
    }
}

#[test]
fn the_cleaned_seed_has_no_mis_encoded_characters() {
    let s = seed();
    for bad in ["β€", "πŸ", "Γ", "βœ", "❌"] {
        assert!(!s.contains(bad), "{bad}");
    }
}

#[test]
fn salary_figures_are_the_guides() {
    let d = bundled_dataset().as_ref().unwrap();
    let s = &d.careers[0].salary;
    assert_in_seed("Annual Salary (US, USD)", "region and currency");
    assert_eq!((s.region.as_str(), s.currency.as_str()), ("US", "USD"));
    assert_in_seed(&format!("{}—{}", with_commas(s.low), with_commas(s.high)), "range");
    assert_in_seed(&format!("Median: ${}", with_commas(s.median)), "median");
    assert_in_seed(&format!("${}\n\nmedian salary", with_commas(s.median)), "headline median");
    assert_in_seed(&format!("Entry-Level\n${}\n", with_commas(s.entry)), "entry");
    assert_in_seed(&format!("Mid-Level\n${}\n", with_commas(s.mid)), "mid");
    assert_in_seed(&format!("Senior-Level\n${}\n", with_commas(s.senior)), "senior");
    assert_in_seed(
        &format!(
            "Top 10% of earners in this field can expect salaries starting from ${}+",
            with_commas(s.top_10_percent_from)
        ),
        "top 10%",
    );
    // The figures, so a consistent edit of dataset and seed still gets noticed.
    assert_eq!(
        [s.low, s.median, s.high, s.entry, s.mid, s.senior, s.top_10_percent_from],
        [60_000.0, 85_000.0, 110_000.0, 67_500.0, 85_000.0, 102_500.0, 110_000.0]
    );
}

#[test]
fn outlook_is_the_guides() {
    let c = &bundled_dataset().as_ref().unwrap().careers[0];
    let o = &c.outlook;
    assert_in_seed(&format!("{}%\n\ngrowth rate", o.job_growth_percent), "growth");
    assert_in_seed(&format!("Growth Rate: {}%", o.job_growth_percent), "growth");
    assert_in_seed(&format!("Status: {}", o.job_growth_status.as_deref().unwrap()), "growth status");
    let bls = c.source(&o.job_growth_source).unwrap();
    assert_in_seed(&format!("Source: {}", bls.title), "growth source");
    assert_in_seed(
        &format!("Market Demand\n\nLow\nHigh\n{}\n", career_widget::ui::Language::english().demand(o.demand)),
        "demand",
    );
    assert_in_seed(o.demand_note.as_deref().unwrap(), "demand note");
    assert!(o.remote_friendly);
    assert_in_seed("\n\nremote-friendly\n\n", "remote-friendly");
}

#[test]
fn title_summary_and_sources_are_the_guides() {
    let c = &bundled_dataset().as_ref().unwrap().careers[0];
    assert_in_seed(&format!("{} Career Path Guide\n\n{}\n", c.title, c.summary), "title and summary");
    let guide = c.source(&c.source).unwrap();
    assert!(seed().starts_with(&guide.title), "the guide's title is its first line");
    assert_in_seed(guide.publisher.as_deref().unwrap(), "publisher");
    for s in &c.sources {
        assert_in_seed(&s.title, "source title");
        assert!(s.url.is_none(), "the seed gives no URL for {}: do not invent one", s.title);
    }
}

#[test]
fn tiers_are_the_guides() {
    let c = &bundled_dataset().as_ref().unwrap().careers[0];
    let titles: Vec<&str> = c.tiers.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Junior Customer Support Manager",
            "Customer Support Manager",
            "Senior Customer Support Manager",
            "Director of Customer Support"
        ]
    );
    for t in &c.tiers {
        let years = match t.years_max {
            Some(max) => format!("{}-{}", t.years_min, max),
            None => format!("{}+", t.years_min),
        };
        assert_in_seed(&format!("\n{}\n\nExperience: {} years\n\n{}\n", t.title, years, t.description), "tier");
    }
}

#[test]
fn skill_groups_and_lists_are_the_guides() {
    let c = &bundled_dataset().as_ref().unwrap().careers[0];
    assert_eq!(c.skill_groups.len(), 4);
    for g in &c.skill_groups {
        let names: Vec<String> = g.skills.iter().map(|s| s.name.clone()).collect();
        assert_eq!(names.len(), 5, "{}", g.title);
        assert_in_seed(&format!("\n{}\n\n{}\n\n{}", g.title, g.description, bullets(&names)), "skill group");
    }
    assert_in_seed(&format!("Tech Skills\n\n{}", bullets(&c.tech_skills)), "tech skills");
    assert_in_seed(&format!("Soft Abilities\n\n{}", bullets(&c.soft_abilities)), "soft abilities");
    assert_in_seed(&format!("Tech Stack\n\n{}", bullets(&c.tech_stack)), "tech stack");
    assert_eq!((c.tech_skills.len(), c.soft_abilities.len(), c.tech_stack.len()), (20, 10, 20));
}

/// Where in the seed a value is written: `text` (which contains the value, or for ids and
/// references the name they stand for) at the very start of the guide, or after a heading.
#[derive(Debug, Clone)]
struct Place {
    at_start: bool,
    after: Option<&'static str>,
    text: String,
}

impl Place {
    fn start(text: String) -> Self {
        Place { at_start: true, after: None, text }
    }

    fn after(heading: &'static str, text: String) -> Self {
        Place { at_start: false, after: Some(heading), text }
    }

    fn holds(&self, seed: &str) -> bool {
        if self.at_start {
            return seed.starts_with(&self.text);
        }
        let from = match self.after {
            Some(heading) => match seed.find(heading) {
                Some(at) => at + heading.len(),
                None => return false,
            },
            None => 0,
        };
        seed[from..].contains(&self.text)
    }
}

/// Does the place quote the value itself (a name or a figure), or stand for it (an id names its
/// entity, a reference its source, a flag the guide's badge)?
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Quoted,
    Named,
}

fn text(v: &Value) -> &str {
    v.as_str().unwrap_or("")
}

fn money(v: &Value) -> String {
    with_commas(v.as_f64().unwrap_or(f64::NAN))
}

fn number(v: &Value) -> String {
    v.as_f64().unwrap_or(f64::NAN).to_string()
}

fn bullet_list(items: &Value) -> String {
    items.as_array().map_or(String::new(), |a| a.iter().map(|i| format!("  • {}\n", text(i))).collect())
}

/// The guide's opening: title, summary, the headline figures, the remote badge and the demand.
fn opening(c: &Value) -> Place {
    let o = &c["outlook"];
    let demand = text(&o["demand"]);
    let demand = demand.get(..1).map_or(String::new(), |f| f.to_uppercase() + &demand[1..]);
    Place::start(format!(
        "{} Career Path Guide\n\n{}\n\n{}%\n\ngrowth rate\n\n${}\n\nmedian salary\n\n{}Market Demand\n\nLow\nHigh\n{}\n\n{}\n\n",
        text(&c["title"]),
        text(&c["summary"]),
        number(&o["job_growth_percent"]),
        money(&c["salary"]["median"]),
        if o["remote_friendly"] == json!(true) { "remote-friendly\n\n" } else { "" },
        demand,
        text(&o["demand_note"]),
    ))
}

/// The salary block: region and currency in its heading, then the range, median and levels.
fn salary_block(c: &Value) -> Place {
    let s = &c["salary"];
    Place::after(
        "Market Demand",
        format!(
            "Annual Salary ({}, {})\n\n{}—{}\nMedian: ${}\nEntry-Level\n${}\nMid-Level\n${}\nSenior-Level\n${}\n\n\
             Top 10% of earners in this field can expect salaries starting from ${}+ per year",
            text(&s["region"]),
            text(&s["currency"]),
            money(&s["low"]),
            money(&s["high"]),
            money(&s["median"]),
            money(&s["entry"]),
            money(&s["mid"]),
            money(&s["senior"]),
            money(&s["top_10_percent_from"]),
        ),
    )
}

/// The job outlook block: growth, its status and the source the guide cites for them.
fn growth_block(c: &Value) -> Result<Place, String> {
    let o = &c["outlook"];
    let source = source_by_id(c, text(&o["job_growth_source"]))?;
    Ok(Place::after(
        "Job Outlook & Related Roles",
        format!(
            "\n\nGrowth Rate: {}%\nStatus: {}\nSource: {}\n",
            number(&o["job_growth_percent"]),
            text(&o["job_growth_status"]),
            text(&source["title"])
        ),
    ))
}

/// Every tier, in order, under "Career Path Tiers": title, years, description.
fn tiers_section(c: &Value) -> Place {
    let mut section = String::from("\n\n");
    for t in c["tiers"].as_array().into_iter().flatten() {
        let years = match &t["years_max"] {
            Value::Null => format!("{}+", number(&t["years_min"])),
            max => format!("{}-{}", number(&t["years_min"]), number(max)),
        };
        section += &format!("{}\n\nExperience: {years} years\n\n{}\n\n", text(&t["title"]), text(&t["description"]));
    }
    Place::after("Career Path Tiers", section)
}

/// Every skill group, in order, under "Skill Map": title, description and its skills.
fn skill_map(c: &Value) -> Place {
    let mut section = String::from("\n\n");
    for g in c["skill_groups"].as_array().into_iter().flatten() {
        let names = Value::Array(g["skills"].as_array().into_iter().flatten().map(|s| s["name"].clone()).collect());
        section += &format!("{}\n\n{}\n\n{}\n", text(&g["title"]), text(&g["description"]), bullet_list(&names));
    }
    Place::after("\nSkill Map\n", section)
}

/// A whole list under its heading, in order and complete (a blank line ends it).
fn list(c: &Value, field: &str, heading: &'static str) -> Place {
    Place::after(heading, format!("\n\n{}\n", bullet_list(&c[field])))
}

fn source_by_id<'a>(c: &'a Value, id: &str) -> Result<&'a Value, String> {
    c["sources"].as_array().into_iter().flatten().find(|s| s["id"] == json!(id)).ok_or(format!("no source {id:?}"))
}

/// A source where the guide names it: the guide itself is the seed's first line; others are
/// cited on a "Source:" line.
fn source_place(c: &Value, s: &Value) -> Place {
    if s["id"] == c["source"] {
        Place::start(format!("{}\n\n", text(&s["title"])))
    } else {
        Place::after("\n", format!("\nSource: {}\n", text(&s["title"])))
    }
}

/// A reference to the guide itself (its own figures carry no "Source:" line).
fn the_guide(c: &Value, id: &str) -> Result<Vec<Place>, String> {
    let s = source_by_id(c, id)?;
    Ok(vec![Place::start(format!("{}\n\n", text(&s["title"])))])
}

/// An id names its entity: each part is a word of the name, or the initials of consecutive
/// capitalised words ("bls" in "U.S. Bureau of Labor Statistics").
fn id_names(id: &str, name: &str) -> Result<(), String> {
    let words: Vec<String> =
        name.split(|ch: char| !ch.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    let initials: String = name
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| w.starts_with(|ch: char| ch.is_uppercase()))
        .map(|w| w.chars().next().unwrap().to_ascii_lowercase())
        .collect();
    for part in id.split('-') {
        if part.is_empty() || !(words.iter().any(|w| w == part) || initials.contains(part)) {
            return Err(format!("id {id:?}: {part:?} is not a word of {name:?}"));
        }
    }
    Ok(())
}

/// The places in the seed that hold the leaf at `pattern` (its path with `[]` for indices
/// `ix`), and whether they quote it. `Err` for a leaf no rule covers, or a broken reference.
fn places_for(pattern: &str, ix: &[usize], v: &Value, d: &Value) -> Result<(Vec<Place>, Kind), String> {
    use Kind::*;
    let c = &d["careers"][ix.first().copied().unwrap_or(0)];
    let at = |i: usize| ix.get(i).copied().unwrap_or(0);
    Ok(match pattern {
        // The format's version: the one number that is not the guide's. It must be the version
        // this build reads, nothing else.
        "schema_version" => {
            return if v.as_u64() == Some(u64::from(SCHEMA_VERSION)) {
                Ok((Vec::new(), Named))
            } else {
                Err(format!("schema_version {v} is not {SCHEMA_VERSION}"))
            };
        }
        "careers[].id" => {
            id_names(text(v), text(&c["title"]))?;
            (vec![opening(c)], Named)
        }
        "careers[].title" | "careers[].summary" => (vec![opening(c)], Quoted),
        "careers[].source" | "careers[].salary.source" | "careers[].outlook.source" => (the_guide(c, text(v))?, Named),
        "careers[].salary.currency"
        | "careers[].salary.region"
        | "careers[].salary.low"
        | "careers[].salary.high"
        | "careers[].salary.entry"
        | "careers[].salary.mid"
        | "careers[].salary.senior"
        | "careers[].salary.top_10_percent_from" => (vec![salary_block(c)], Quoted),
        "careers[].salary.median" => (vec![salary_block(c), opening(c)], Quoted),
        "careers[].outlook.job_growth_percent" => (vec![opening(c), growth_block(c)?], Quoted),
        "careers[].outlook.job_growth_status" => (vec![growth_block(c)?], Quoted),
        "careers[].outlook.job_growth_source" => (vec![growth_block(c)?], Named),
        // Written capitalised under "Market Demand" ("high" → "High").
        "careers[].outlook.demand" => (vec![opening(c)], Named),
        "careers[].outlook.demand_note" | "careers[].outlook.remote_friendly" => (vec![opening(c)], Quoted),
        "careers[].tiers[].id" => {
            id_names(text(v), text(&c["tiers"][at(1)]["title"]))?;
            (vec![tiers_section(c)], Named)
        }
        "careers[].tiers[].title"
        | "careers[].tiers[].description"
        | "careers[].tiers[].years_min"
        | "careers[].tiers[].years_max" => (vec![tiers_section(c)], Quoted),
        "careers[].skill_groups[].id" => {
            id_names(text(v), text(&c["skill_groups"][at(1)]["title"]))?;
            (vec![skill_map(c)], Named)
        }
        "careers[].skill_groups[].title" | "careers[].skill_groups[].description" => (vec![skill_map(c)], Quoted),
        "careers[].skill_groups[].skills[].id" => {
            id_names(text(v), text(&c["skill_groups"][at(1)]["skills"][at(2)]["name"]))?;
            (vec![skill_map(c)], Named)
        }
        "careers[].skill_groups[].skills[].name" => (vec![skill_map(c)], Quoted),
        "careers[].tech_skills[]" => (vec![list(c, "tech_skills", "\nTech Skills")], Quoted),
        "careers[].soft_abilities[]" => (vec![list(c, "soft_abilities", "\nSoft Abilities")], Quoted),
        "careers[].tech_stack[]" => (vec![list(c, "tech_stack", "\nTech Stack")], Quoted),
        "careers[].sources[].id" => {
            let s = &c["sources"][at(1)];
            id_names(text(v), text(&s["title"]))?;
            (vec![source_place(c, s)], Named)
        }
        "careers[].sources[].title" => (vec![source_place(c, &c["sources"][at(1)])], Quoted),
        // The publisher, where the guide's page names it below its references.
        "careers[].sources[].publisher" => {
            (vec![Place::after("\nSources & References\n", format!("\n\n{}\n\n", text(v)))], Quoted)
        }
        _ => return Err("no rule gives this value's place in the guide".into()),
    })
}

/// Every value of `dataset` outside derived wrappers that is not where the guide gives it.
fn honesty_problems(dataset: &Value, seed: &str) -> Vec<String> {
    honesty_check(dataset, seed).0
}

/// Those problems, and how many values were checked (so an empty list means something).
fn honesty_check(dataset: &Value, seed: &str) -> (Vec<String>, usize) {
    struct Out {
        problems: Vec<String>,
        checked: usize,
    }
    fn walk(v: &Value, path: &str, pattern: &str, ix: &mut Vec<usize>, d: &Value, seed: &str, out: &mut Out) {
        match v {
            Value::Object(map) => {
                if map.get("derived") == Some(&Value::Bool(true)) {
                    return;
                }
                for (k, x) in map {
                    let sep = if path.is_empty() { "" } else { "." };
                    walk(x, &format!("{path}{sep}{k}"), &format!("{pattern}{sep}{k}"), ix, d, seed, out);
                }
            }
            Value::Array(items) => {
                for (i, x) in items.iter().enumerate() {
                    ix.push(i);
                    walk(x, &format!("{path}[{i}]"), &format!("{pattern}[]"), ix, d, seed, out);
                    ix.pop();
                }
            }
            // No value: an open-ended tier's end, written as "10+" with its start.
            Value::Null => {}
            leaf => match places_for(pattern, ix, leaf, d) {
                Err(why) => out.problems.push(format!("{path} = {leaf}: {why}")),
                Ok((places, kind)) => {
                    out.checked += 1;
                    let quoted: Vec<String> = match leaf {
                        Value::String(s) => vec![s.clone()],
                        Value::Number(n) => vec![with_commas(n.as_f64().unwrap()), n.as_f64().unwrap().to_string()],
                        _ => Vec::new(),
                    };
                    for place in &places {
                        if kind == Kind::Quoted && !quoted.is_empty() && !quoted.iter().any(|q| place.text.contains(q))
                        {
                            out.problems.push(format!("{path} = {leaf}: the rule's place does not quote it"));
                        } else if !place.holds(seed) {
                            let shown: String = place.text.chars().take(100).collect();
                            let whence = match (place.at_start, place.after) {
                                (true, _) => "at the start".to_string(),
                                (false, Some(h)) => format!("after {h:?}"),
                                (false, None) => "anywhere".to_string(),
                            };
                            out.problems
                                .push(format!("{path} = {leaf}: not where the guide gives it: {shown:?}… {whence}"));
                        }
                    }
                }
            },
        }
    }
    let mut out = Out { problems: Vec::new(), checked: 0 };
    walk(dataset, "", "", &mut Vec::new(), dataset, seed, &mut out);
    (out.problems, out.checked)
}

/// The catch-all: every string, number and flag outside derived values, at its place in the
/// guide, so a field added later, or a value moved to the wrong place, cannot dodge the checks.
#[test]
fn every_string_and_number_outside_derived_values_is_where_the_guide_gives_it() {
    let dataset: Value = serde_json::from_str(BUNDLED_JSON).unwrap();
    let (problems, checked) = honesty_check(&dataset, &seed());
    assert!(problems.is_empty(), "not where the seed guide gives them:\n{}", problems.join("\n"));
    // Every leaf outside derived values, counted independently of the walk.
    fn leaves(v: &Value) -> usize {
        match v {
            Value::Object(map) if map.get("derived") == Some(&Value::Bool(true)) => 0,
            Value::Object(map) => map.values().map(leaves).sum(),
            Value::Array(items) => items.iter().map(leaves).sum(),
            Value::Null => 0,
            _ => 1,
        }
    }
    assert!(checked > 100, "only {checked} values were checked: the walk lost its way");
    assert_eq!(checked, leaves(&dataset), "the walk checked fewer values than the dataset holds");
}

/// The catch-all fails for values that are in the guide, only not in their place (each of
/// these would pass a check that a value is somewhere in the text), and for unknown fields.
#[test]
fn the_catch_all_rejects_values_from_the_wrong_place() {
    let seed = seed();
    let bundled: Value = serde_json::from_str(BUNDLED_JSON).unwrap();
    type Edit = Box<dyn Fn(&mut Value)>;
    let edits: Vec<(&str, Edit)> = vec![
        ("careers[0].salary.entry", Box::new(|d| d["careers"][0]["salary"]["entry"] = json!(102_500))),
        ("careers[0].salary.low", Box::new(|d| d["careers"][0]["salary"]["low"] = json!(85_000))),
        ("careers[0].salary.region", Box::new(|d| d["careers"][0]["salary"]["region"] = json!("USD"))),
        ("careers[0].tiers[0].years_min", Box::new(|d| d["careers"][0]["tiers"][0]["years_min"] = json!(3))),
        (
            "careers[0].tiers[0].description",
            Box::new(|d| {
                let other = d["careers"][0]["tiers"][1]["description"].clone();
                d["careers"][0]["tiers"][0]["description"] = other;
            }),
        ),
        (
            "careers[0].tiers[2].title",
            Box::new(|d| d["careers"][0]["tiers"][2]["title"] = json!("Customer Support Manager")),
        ),
        (
            "careers[0].skill_groups[0].skills[0].name",
            Box::new(|d| {
                // A real skill of the guide, in another group.
                d["careers"][0]["skill_groups"][0]["skills"][0] =
                    json!({ "id": "change-management", "name": "Change Management" });
            }),
        ),
        ("careers[0].tech_stack[0]", Box::new(|d| d["careers"][0]["tech_stack"][0] = json!("Freshdesk"))),
        // A list cut short: every item is still in the guide, but the list is not.
        (
            "careers[0].tech_skills[0]",
            Box::new(|d| {
                d["careers"][0]["tech_skills"].as_array_mut().unwrap().pop();
            }),
        ),
        ("careers[0].outlook.demand", Box::new(|d| d["careers"][0]["outlook"]["demand"] = json!("low"))),
        (
            "careers[0].outlook.job_growth_source",
            Box::new(|d| d["careers"][0]["outlook"]["job_growth_source"] = json!("guide")),
        ),
        ("careers[0].salary.source", Box::new(|d| d["careers"][0]["salary"]["source"] = json!("bls"))),
        ("careers[0].sources[1].title", Box::new(|d| d["careers"][0]["sources"][1]["title"] = json!("Jobicy"))),
        ("careers[0].tiers[3].id", Box::new(|d| d["careers"][0]["tiers"][3]["id"] = json!("vp"))),
        ("careers[0].salary.note", Box::new(|d| d["careers"][0]["salary"]["note"] = json!("Median"))),
        (
            "careers[0].outlook.remote_friendly",
            Box::new(|d| d["careers"][0]["outlook"]["remote_friendly"] = json!(false)),
        ),
        ("schema_version", Box::new(|d| d["schema_version"] = json!(2))),
    ];
    for (path, edit) in edits {
        let mut d = bundled.clone();
        edit(&mut d);
        let problems = honesty_problems(&d, &seed);
        assert!(
            problems.iter().any(|p| p.starts_with(&format!("{path} "))),
            "editing {path} went unnoticed; problems: {:#?}",
            &problems[..problems.len().min(5)]
        );
    }
}

#[test]
fn derived_values_say_why() {
    let c = &bundled_dataset().as_ref().unwrap().careers[0];
    for t in &c.tiers {
        assert!(!t.pay_level.rationale.is_empty());
    }
    for g in &c.skill_groups {
        assert!(!g.focus_tiers.rationale.is_empty());
        assert!(!g.focus_tiers.value.is_empty());
    }
}
