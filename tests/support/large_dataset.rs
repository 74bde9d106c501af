//! A generated dataset for scale tests: the bundled career with `groups × skills_per_group`
//! made-up skills (2,000 in 20 groups for the skill-map scale tests). Deterministic, so a
//! failure reproduces; clearly fake names, so it can never be mistaken for real data.

use serde_json::{Value, json};

const WORDS: [&str; 16] = [
    "Analytics",
    "Coaching",
    "CRM",
    "Escalation",
    "Forecasting",
    "Hiring",
    "Knowledge",
    "Leadership",
    "Metrics",
    "Onboarding",
    "Quality",
    "Routing",
    "Scheduling",
    "Self-Service",
    "Training",
    "Workflow",
];

pub fn large_dataset(base_json: &str, groups: usize, skills_per_group: usize) -> Value {
    let mut dataset: Value = serde_json::from_str(base_json).expect("the bundled dataset is JSON");
    let career = &mut dataset["careers"][0];
    let tier_ids: Vec<Value> = career["tiers"].as_array().unwrap().iter().map(|t| t["id"].clone()).collect();
    let skill_groups: Vec<Value> = (0..groups)
        .map(|g| {
            let skills: Vec<Value> = (0..skills_per_group)
                .map(|s| {
                    let word = WORDS[(g * 7 + s * 3) % WORDS.len()];
                    json!({ "id": format!("generated-{g}-{s}"), "name": format!("{word} practice {g}.{s}") })
                })
                .collect();
            json!({
                "id": format!("generated-group-{g}"),
                "title": format!("Generated group {g}"),
                "description": "A generated group for scale tests.",
                "skills": skills,
                "focus_tiers": { "value": [tier_ids[g % tier_ids.len()]], "derived": true, "rationale": "Generated." }
            })
        })
        .collect();
    career["skill_groups"] = Value::Array(skill_groups);
    dataset
}
