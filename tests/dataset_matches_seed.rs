//! Data honesty: every figure and name in the bundled dataset is found in the seed guide, in the
//! place the guide gives it. Derived values (marked `"derived": true`) are the only exception.
#![cfg(not(target_arch = "wasm32"))]

use career_widget::core::{BUNDLED_JSON, bundled_dataset, dataset::trim_number};
use serde_json::Value;

const SEED_RAW: &str = include_str!("fixtures/seed/customer-support-manager-career-guide.txt");

/// The seed with its mis-encoded characters (UTF-8 read as a legacy code page) put right.
fn seed() -> String {
    [("β€”", "—"), ("β€Ί", "›"), ("Γ£", "ã"), ("πŸ“ˆ ", ""), ("πŸ‡ΊπŸ‡Έ ", ""), ("βœ… ", ""), ("❌ ", "")]
        .iter()
        .fold(SEED_RAW.to_string(), |s, (bad, good)| s.replace(bad, good))
}

fn with_commas(n: f64) -> String {
    let digits = trim_number(n);
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

#[test]
fn the_shared_seed_is_the_committed_copy() {
    // CI has shared/ beside the clone; a developer's clone may not.
    let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seed/customer-support-manager-career-guide.txt");
    if let Ok(text) = std::fs::read_to_string(shared) {
        assert_eq!(text, SEED_RAW, "tests/fixtures/seed is out of date with shared/seed");
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
    assert_in_seed(&format!("{}%\n\ngrowth rate", trim_number(o.job_growth_percent)), "growth");
    assert_in_seed(&format!("Growth Rate: {}%", trim_number(o.job_growth_percent)), "growth");
    assert_in_seed(&format!("Status: {}", o.job_growth_status.as_deref().unwrap()), "growth status");
    let bls = c.source(&o.job_growth_source).unwrap();
    assert_in_seed(&format!("Source: {}", bls.title), "growth source");
    assert_in_seed(&format!("Market Demand\n\nLow\nHigh\n{}\n", o.demand.label()), "demand");
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
            Some(max) => format!("{}-{}", trim_number(t.years_min), trim_number(max)),
            None => format!("{}+", trim_number(t.years_min)),
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

/// A catch-all over the raw JSON, so a field added later cannot dodge the checks above.
#[test]
fn every_string_and_number_outside_derived_values_is_in_the_seed() {
    fn walk(key: &str, v: &Value, path: &str, found: &mut Vec<String>) {
        match v {
            Value::Object(map) => {
                if map.get("derived") == Some(&Value::Bool(true)) {
                    return;
                }
                for (k, v) in map {
                    walk(k, v, &format!("{path}.{k}"), found);
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    walk(key, v, &format!("{path}[{i}]"), found);
                }
            }
            // Ids and source references are keys the schema invents, not figures or names.
            Value::String(_) if key == "id" || key.ends_with("source") => {}
            Value::String(s) if !seed().contains(s.as_str()) => {
                found.push(format!("{path}: {s:?}"));
            }
            Value::Number(n) if key != "schema_version" => {
                let n = n.as_f64().unwrap();
                if !seed().contains(&with_commas(n)) {
                    found.push(format!("{path}: {n}"));
                }
            }
            _ => {}
        }
    }
    let mut missing = Vec::new();
    walk("", &serde_json::from_str(BUNDLED_JSON).unwrap(), "", &mut missing);
    assert!(missing.is_empty(), "not in the seed guide:\n{}", missing.join("\n"));
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
