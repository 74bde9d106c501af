//! The JSON Schema (`docs/career-dataset.schema.json`) against the one validator
//! (`core::read::read_dataset`): the committed file is what the types generate, the bundled
//! dataset passes it with a standard draft 2020-12 validator (boon), and the two agree on every
//! rule the schema can express: edits that break one are refused by both, edits that break none
//! are accepted by both, and every bound in the schema is where the validator puts it.
#![cfg(not(target_arch = "wasm32"))]

use career_widget::core::BUNDLED_JSON;
use career_widget::core::read::read_dataset;
use career_widget::core::schema::{SCHEMA_ID, schema_json};
use career_widget::core::validate::ValidationErrors;
use serde_json::{Value, json};

const SCHEMA_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/career-dataset.schema.json");
const REGENERATE: &str = "cargo run --release --bin career-data -- schema > docs/career-dataset.schema.json";

fn committed() -> String {
    std::fs::read_to_string(SCHEMA_PATH)
        .unwrap_or_else(|e| panic!("{SCHEMA_PATH}: {e}; generate it with `{REGENERATE}`"))
}

/// The committed schema, compiled by boon.
struct Checker {
    schemas: boon::Schemas,
    index: boon::SchemaIndex,
}

impl Checker {
    fn new() -> Self {
        let schema: Value = serde_json::from_str(&committed()).expect("the committed schema is JSON");
        let mut compiler = boon::Compiler::new();
        let mut schemas = boon::Schemas::new();
        compiler.add_resource(SCHEMA_ID, schema).expect("the schema is added");
        let index = compiler.compile(SCHEMA_ID, &mut schemas).unwrap_or_else(|e| panic!("the schema compiles: {e:#}"));
        Self { schemas, index }
    }

    fn accepts(&self, v: &Value) -> Result<(), String> {
        self.schemas.validate(v, self.index).map_err(|e| format!("{e:#}"))
    }
}

fn bundled() -> Value {
    serde_json::from_str(BUNDLED_JSON).unwrap()
}

fn read(v: &Value) -> Result<(), ValidationErrors> {
    read_dataset(&v.to_string()).map(|_| ())
}

/// The value at a path in the widget's notation (`careers[0].tiers[1].id`), to edit; a missing
/// field is added as `null`.
fn at<'a>(v: &'a mut Value, path: &str) -> &'a mut Value {
    let mut v = v;
    for part in path.split('.') {
        let (key, indices) = part.split_once('[').map_or((part, ""), |(k, rest)| (k, rest));
        if !key.is_empty() {
            let fields = v.as_object_mut().unwrap_or_else(|| panic!("no object for {key} in {path}"));
            v = fields.entry(key).or_insert(Value::Null);
        }
        for index in indices.split('[').filter(|s| !s.is_empty()) {
            let i: usize = index.trim_end_matches(']').parse().unwrap();
            v = v.get_mut(i).unwrap_or_else(|| panic!("no [{i}] in {path}"));
        }
    }
    v
}

#[test]
fn committed_schema_is_the_generated_one() {
    assert!(
        committed() == schema_json(),
        "docs/career-dataset.schema.json is not what the types in src/core/dataset.rs generate; regenerate it with\n    {REGENERATE}"
    );
}

#[test]
fn schema_names_itself_and_what_it_leaves_to_the_validator() {
    let schema: Value = serde_json::from_str(&committed()).unwrap();
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(schema["$id"], SCHEMA_ID);
    assert_eq!(schema["title"], "Career dataset");
    let description = schema["description"].as_str().unwrap();
    for rule in ["in order", "unique ids", "references", "skills per career", "career-data validate"] {
        assert!(description.contains(rule), "the description does not mention {rule:?}: {description}");
    }
}

#[test]
fn bundled_dataset_matches_the_schema() {
    let checker = Checker::new();
    let file = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/careers.json")).unwrap();
    let v: Value = serde_json::from_str(&file).unwrap();
    checker.accepts(&v).unwrap_or_else(|e| panic!("assets/careers.json does not match the schema:\n{e}"));
    read(&v).unwrap();
}

/// A change to the bundled dataset at a path.
enum Change {
    Set(Value),
    Remove,
    /// Appends a copy of the list's first entry.
    RepeatFirst,
}
use Change::*;

fn changed(path: &str, change: &Change) -> Value {
    let mut v = bundled();
    match change {
        Set(value) => *at(&mut v, path) = value.clone(),
        Remove => {
            let (parent, key) = path.rsplit_once('.').unwrap();
            at(&mut v, parent).as_object_mut().unwrap().remove(key).unwrap_or_else(|| panic!("no {path}"));
        }
        RepeatFirst => {
            let list = at(&mut v, path).as_array_mut().unwrap();
            list.push(list[0].clone());
        }
    }
    v
}

/// Edits the schema can express: each must be refused by the schema and by the reader, and the
/// reader must name the path (or an entry of the list there).
#[test]
fn schema_and_reader_refuse_the_same_edits() {
    let checker = Checker::new();
    let edits = [
        ("an unknown top-level field", "colour", Set(json!("blue"))),
        ("an unknown field in a tier", "careers[0].tiers[0].colour", Set(json!(1))),
        ("a missing field", "careers[0].salary.median", Remove),
        ("years_max left out", "careers[0].tiers[3].years_max", Remove),
        ("a wrong type", "careers[0].salary.median", Set(json!("85000"))),
        ("null for a required field", "careers[0].title", Set(Value::Null)),
        ("a list where an object belongs", "careers[0].salary", Set(json!([]))),
        ("another schema version", "schema_version", Set(json!(2))),
        ("a non-slug id", "careers[0].id", Set(json!("Customer Support"))),
        ("a doubled hyphen in an id", "careers[0].tiers[0].id", Set(json!("team--lead"))),
        ("a non-slug reference", "careers[0].salary.source", Set(json!("The Guide"))),
        ("a too long title", "careers[0].title", Set(json!("x".repeat(201)))),
        ("an empty title", "careers[0].title", Set(json!(""))),
        ("a blank title", "careers[0].title", Set(json!("   "))),
        ("a leading space", "careers[0].title", Set(json!(" Support"))),
        ("a trailing no-break space", "careers[0].title", Set(json!("Support\u{a0}"))),
        ("a trailing ideographic space", "careers[0].summary", Set(json!("Support\u{3000}"))),
        ("a control character", "careers[0].tiers[0].title", Set(json!("a\u{7}b"))),
        ("a line break", "careers[0].summary", Set(json!("one\ntwo"))),
        ("derived: false", "careers[0].tiers[0].pay_level.derived", Set(json!(false))),
        ("a javascript: URL", "careers[0].sources[0].url", Set(json!("javascript:alert(1)"))),
        ("a data: URL", "careers[0].sources[0].url", Set(json!("data:text/html,x"))),
        ("a relative URL", "careers[0].sources[0].url", Set(json!("/ooh/"))),
        ("a URL with a user name", "careers[0].sources[0].url", Set(json!("https://good.example@evil.example/"))),
        ("a URL with U+202E", "careers[0].sources[0].url", Set(json!("https://example.org/\u{202e}fdp.exe"))),
        ("a URL with a space", "careers[0].sources[0].url", Set(json!("https://example.org/a b"))),
        ("a URL without a host", "careers[0].sources[0].url", Set(json!("https:///path"))),
        ("an unknown demand", "careers[0].outlook.demand", Set(json!("very high"))),
        ("an unknown pay level", "careers[0].tiers[0].pay_level.value", Set(json!("top"))),
        ("a lowercase currency", "careers[0].salary.currency", Set(json!("usd"))),
        ("a pay figure of 0", "careers[0].salary.low", Set(json!(0))),
        ("a negative pay figure", "careers[0].salary.low", Set(json!(-5))),
        ("job growth above its range", "careers[0].outlook.job_growth_percent", Set(json!(1001))),
        ("years below 0", "careers[0].tiers[0].years_min", Set(json!(-1))),
        ("years above 40", "careers[0].tiers[2].years_max", Set(json!(41))),
        ("no careers", "careers", Set(json!([]))),
        ("no tiers", "careers[0].tiers", Set(json!([]))),
        ("no focus tiers", "careers[0].skill_groups[0].focus_tiers.value", Set(json!([]))),
        ("a focus tier twice", "careers[0].skill_groups[0].focus_tiers.value", RepeatFirst),
        ("a related tool twice", "careers[0].skill_groups[0].skills[1].related.value.tools", RepeatFirst),
        ("an empty entry in a list", "careers[0].tech_skills[0]", Set(json!(""))),
    ];
    let mut failures = Vec::new();
    for (what, path, change) in &edits {
        let v = changed(path, change);
        if checker.accepts(&v).is_ok() {
            failures.push(format!("{what}: the schema accepts it"));
        }
        match read(&v) {
            Ok(()) => failures.push(format!("{what}: read_dataset accepts it")),
            Err(errors) => {
                let paths: Vec<&str> = errors.errors.iter().map(|e| e.path.as_str()).collect();
                if !paths.iter().any(|p| *p == *path || p.starts_with(&format!("{path}["))) {
                    failures.push(format!("{what}: read_dataset names {paths:?}, not {path}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "the schema and the reader disagree:\n{}", failures.join("\n"));
}

/// Edits that break no rule: the schema must never refuse what the widget accepts.
#[test]
fn schema_accepts_what_the_reader_accepts() {
    let checker = Checker::new();
    let edits = [
        ("a $schema key", "$schema", Set(json!("./career-dataset.schema.json"))),
        ("a title of 200 characters", "careers[0].title", Set(json!("é".repeat(200)))),
        ("an emoji", "careers[0].title", Set(json!("Support 🎧"))),
        ("a zero-width space (a format character, not white space)", "careers[0].title", Set(json!("\u{200b}Support"))),
        ("a single character", "careers[0].tiers[0].title", Set(json!("X"))),
        ("inner spaces", "careers[0].summary", Set(json!("one  two\u{a0}three"))),
        ("an upper-case scheme", "careers[0].sources[0].url", Set(json!("HTTPS://EXAMPLE.ORG"))),
        ("a URL with a query only", "careers[0].sources[0].url", Set(json!("http://example.org?x=1#y"))),
        ("an international URL", "careers[0].sources[0].url", Set(json!("https://例え.jp/パス"))),
        ("no publisher", "careers[0].sources[0].publisher", Remove),
        ("a null URL", "careers[0].sources[0].url", Set(Value::Null)),
        ("a null optional text", "careers[0].outlook.demand_note", Set(Value::Null)),
        ("negative job growth", "careers[0].outlook.job_growth_percent", Set(json!(-100))),
        ("fractional years", "careers[0].tiers[0].years_min", Set(json!(0.5))),
        ("the largest pay", "careers[0].salary.high", Set(json!(100_000_000))),
        ("related without tools", "careers[0].skill_groups[0].skills[1].related.value.tools", Remove),
        ("no related", "careers[0].skill_groups[0].skills[1].related", Remove),
    ];
    let mut failures = Vec::new();
    for (what, path, change) in &edits {
        let v = changed(path, change);
        if let Err(e) = read(&v) {
            failures.push(format!("{what}: read_dataset refuses it: {e}"));
        }
        if let Err(e) = checker.accepts(&v) {
            failures.push(format!("{what}: the schema refuses it:\n{e}"));
        }
    }
    assert!(failures.is_empty(), "the schema and the reader disagree:\n{}", failures.join("\n"));
}

// ---- every bound in the schema is the validator's ----------------------------------------------

/// The bundled dataset with every optional field present (it has no links of its own).
fn sample() -> Value {
    let mut v = bundled();
    *at(&mut v, "careers[0].sources[0].url") = json!("https://example.org/guide");
    v
}

/// The schema that applies to a value: through `$ref` and to the non-null choice of `anyOf`.
fn resolve<'a>(root: &'a Value, mut schema: &'a Value) -> &'a Value {
    loop {
        if let Some(target) = schema.get("$ref").and_then(Value::as_str) {
            schema = &root["$defs"][target.strip_prefix("#/$defs/").unwrap()];
        } else if let Some(options) = schema.get("anyOf").and_then(Value::as_array) {
            schema = options.iter().find(|o| o["type"] != "null").unwrap();
        } else {
            return schema;
        }
    }
}

/// Every value of the bundled dataset with the schema that applies to it, by path.
fn walk<'a>(root: &'a Value, schema: &'a Value, value: &Value, path: String, out: &mut Vec<(String, &'a Value)>) {
    let schema = resolve(root, schema);
    out.push((path.clone(), schema));
    match value {
        Value::Object(fields) => {
            for (key, v) in fields {
                let child = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                walk(root, &schema["properties"][key], v, child, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                walk(root, &schema["items"], v, format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

/// The reader's rules at exactly `path` after setting it to `value`.
fn rules_at(path: &str, value: Value) -> Vec<String> {
    let mut v = sample();
    *at(&mut v, path) = value;
    match read(&v) {
        Ok(()) => Vec::new(),
        // A bound's own rule comes before the errors it causes elsewhere (duplicates, order), so
        // the first 20 errors hold it.
        Err(errors) => errors.errors.into_iter().filter(|e| e.path == path).map(|e| e.rule).collect(),
    }
}

/// For each value in the bundled dataset, each bound its schema sets (`maxLength`, `minItems`,
/// `maxItems`, `minimum`, `maximum`, `exclusiveMinimum`) is checked on the reader: a value just
/// inside passes the reader's check of that bound, a value just outside is refused at that path.
#[test]
fn every_bound_in_the_schema_is_the_validators() {
    let checker = Checker::new();
    let schema: Value = serde_json::from_str(&committed()).unwrap();
    let data = sample();
    let mut places = Vec::new();
    walk(&schema, &schema, &data, String::new(), &mut places);
    let mut failures = Vec::new();
    let mut checked = 0;
    let mut check = |path: &str, inside: Value, outside: Value, bound: &str, rule_of_bound: &[&str]| {
        checked += 1;
        let broken: Vec<String> = rules_at(path, inside.clone())
            .into_iter()
            .filter(|r| rule_of_bound.iter().any(|b| r.contains(b)))
            .collect();
        if !broken.is_empty() {
            failures.push(format!("{path}: the schema's {bound} allows it, the reader says {broken:?}"));
        }
        if rules_at(path, outside.clone()).is_empty() {
            failures.push(format!("{path}: the schema's {bound} refuses it, the reader says nothing at that path"));
        }
        let mut v = sample();
        *at(&mut v, path) = outside;
        if checker.accepts(&v).is_ok() {
            failures.push(format!("{path}: beyond the {bound}, yet the schema accepts it"));
        }
    };
    let number = |n: f64| json!(n);
    for (path, s) in &places {
        if let Some(max) = s.get("maxLength").and_then(Value::as_u64) {
            let max = max as usize;
            check(path, json!("a".repeat(max)), json!("a".repeat(max + 1)), "maxLength", &["characters"]);
        }
        let first = || at(&mut sample(), path).get(0).cloned();
        if let Some(max) = s.get("maxItems").and_then(Value::as_u64) {
            let item = first().unwrap_or(json!("a"));
            let copies = |n: u64| Value::Array((0..n).map(|_| item.clone()).collect());
            check(path, copies(max), copies(max + 1), "maxItems", &["items; at most"]);
        }
        if let Some(min) = s.get("minItems").and_then(Value::as_u64).filter(|&m| m > 0) {
            let item = first().unwrap();
            let copies = |n: u64| Value::Array((0..n).map(|_| item.clone()).collect());
            check(path, copies(min), copies(min - 1), "minItems", &["at least"]);
        }
        let range_rules = ["must be between", "must be at most", "must be positive"];
        if let Some(max) = s.get("maximum").and_then(Value::as_f64) {
            check(path, number(max), number(max + 1.0), "maximum", &range_rules);
        }
        if let Some(min) = s.get("minimum").and_then(Value::as_f64).filter(|_| s["type"] != "integer") {
            check(path, number(min), number(min - 1.0), "minimum", &range_rules);
        }
        if let Some(min) = s.get("exclusiveMinimum").and_then(Value::as_f64) {
            check(path, number(min + 0.5), number(min), "exclusiveMinimum", &range_rules);
        }
    }
    assert!(checked > 100, "only {checked} bounds were checked: the walk lost its way");
    assert!(failures.is_empty(), "the schema and the reader put bounds in different places:\n{}", failures.join("\n"));
}
