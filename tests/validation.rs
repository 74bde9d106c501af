//! Each validation rule, broken one at a time on the bundled dataset: the error names the path
//! and the rule, and nothing panics on arbitrary input.
#![cfg(not(target_arch = "wasm32"))]

use career_widget::core::BUNDLED_JSON;
use career_widget::core::limits;
use career_widget::core::read::{read_dataset, read_dataset_bytes};
use proptest::prelude::*;
use serde_json::{Value, json};

fn bundled() -> Value {
    serde_json::from_str(BUNDLED_JSON).unwrap()
}

/// Applies `edit` to the bundled dataset and returns the error text.
fn errors_after(edit: impl FnOnce(&mut Value)) -> String {
    let mut v = bundled();
    edit(&mut v);
    match read_dataset(&v.to_string()) {
        Ok(_) => panic!("the edited dataset was accepted"),
        Err(e) => e.to_string(),
    }
}

fn expect(edit: impl FnOnce(&mut Value), message: &str) {
    let got = errors_after(edit);
    assert!(got.lines().any(|l| l == message), "expected {message:?}, got:\n{got}");
}

fn career(v: &mut Value) -> &mut Value {
    &mut v["careers"][0]
}

#[test]
fn required_fields() {
    expect(
        |v| {
            career(v).as_object_mut().unwrap().remove("title");
        },
        "careers[0].title: is required",
    );
    expect(|v| career(v)["salary"]["median"] = Value::Null, "careers[0].salary.median: is required");
    expect(
        |v| {
            v.as_object_mut().unwrap().remove("careers");
        },
        "careers: is required",
    );
    expect(
        |v| {
            career(v)["tiers"][1].as_object_mut().unwrap().remove("years_max");
        },
        "careers[0].tiers[1].years_max: is required (null for an open-ended tier)",
    );
}

#[test]
fn types_and_unknown_fields() {
    expect(|v| career(v)["salary"]["low"] = json!("60000"), "careers[0].salary.low: must be a number");
    expect(
        |v| career(v)["outlook"]["remote_friendly"] = json!("yes"),
        "careers[0].outlook.remote_friendly: must be true or false",
    );
    expect(|v| career(v)["salary"]["lowest"] = json!(1), "careers[0].salary.lowest: is not a field of this schema");
    expect(|v| *v = json!([]), "dataset: must be an object with $schema, schema_version, lang, careers");
    // An object written as an array of its fields in order (serde's convention) is refused too.
    expect(
        |v| career(v)["sources"][0] = json!(["bls", "Occupational Outlook Handbook", null, null]),
        "careers[0].sources[0]: must be an object with id, title, publisher, url",
    );
    expect(
        |v| career(v)["outlook"]["demand"] = json!("huge"),
        "careers[0].outlook.demand: must be one of low, medium, high",
    );
    expect(
        |v| career(v)["tiers"][0]["pay_level"]["value"] = json!("top"),
        "careers[0].tiers[0].pay_level.value: must be one of entry, mid, senior, top_10_percent",
    );
    expect(|v| career(v)["outlook"]["demand"] = json!(3), "careers[0].outlook.demand: must be a string");
    expect(|v| career(v)["outlook"]["demand"] = json!({ "low": null }), "careers[0].outlook.demand: must be a string");
    expect(|v| v["schema_version"] = json!(2), "schema_version: must be 1; this build reads version 1 only");
    expect(|v| v["schema_version"] = json!(1.5), "schema_version: must be a whole number");
    expect(|v| v["lang"] = json!("<b>"), "lang: must be a BCP 47 language tag such as \"en\", \"de-CH\" or \"he\"");
    expect(|v| v["lang"] = json!(3), "lang: must be a string");
    expect(|v| v["schema_version"] = json!(-1), "schema_version: must be a whole number");
    expect(|v| v["schema_version"] = json!("1"), "schema_version: must be a whole number");
}

#[test]
fn numbers_positive_and_bounded() {
    expect(|v| career(v)["salary"]["low"] = json!(-5), "careers[0].salary.low: must be positive");
    expect(|v| career(v)["salary"]["low"] = json!(0), "careers[0].salary.low: must be positive");
    expect(|v| career(v)["salary"]["high"] = json!(1e12), "careers[0].salary.high: must be at most 100000000");
    expect(
        |v| career(v)["tiers"][0]["years_min"] = json!(-1),
        "careers[0].tiers[0].years_min: must be between 0 and 40",
    );
    expect(
        |v| career(v)["tiers"][2]["years_max"] = json!(41),
        "careers[0].tiers[2].years_max: must be between 0 and 40",
    );
}

#[test]
fn pay_figures_are_ordered() {
    expect(
        |v| career(v)["salary"]["median"] = json!(120000),
        "careers[0].salary.median: must lie between low and high",
    );
    expect(|v| career(v)["salary"]["median"] = json!(50000), "careers[0].salary.median: must lie between low and high");
    // Either of two figures out of order may be the wrong one: the message names both.
    expect(
        |v| career(v)["salary"]["mid"] = json!(66000),
        "careers[0].salary.mid: must be at least entry (mid is 66000, entry 67500)",
    );
    expect(
        |v| career(v)["salary"]["entry"] = json!(59000),
        "careers[0].salary.entry: must be at least low (entry is 59000, low 60000)",
    );
    expect(
        |v| career(v)["salary"]["senior"] = json!(111000),
        "careers[0].salary.top_10_percent_from: must be at least senior (top_10_percent_from is 110000, senior 111000)",
    );
    expect(
        |v| career(v)["salary"]["currency"] = json!("usd"),
        "careers[0].salary.currency: must be a three-letter ISO 4217 code in capitals, such as \"USD\"",
    );
    // An empty code is one problem, not also "must not be empty".
    assert_eq!(
        errors_after(|v| career(v)["salary"]["currency"] = json!("")),
        "careers[0].salary.currency: must be a three-letter ISO 4217 code in capitals, such as \"USD\""
    );
}

#[test]
fn tiers_are_ordered() {
    expect(
        |v| career(v)["tiers"][1]["years_min"] = json!(1),
        "careers[0].tiers[1].years_min: must be greater than the previous tier's years_min: tiers are listed from junior to senior",
    );
    expect(
        |v| career(v)["tiers"][1]["years_max"] = json!(13),
        "careers[0].tiers[2].years_max: must not be less than the previous tier's years_max",
    );
    expect(
        |v| career(v)["tiers"][0]["years_max"] = json!(1),
        "careers[0].tiers[0].years_max: must be greater than years_min",
    );
    expect(
        |v| career(v)["tiers"][1]["years_max"] = Value::Null,
        "careers[0].tiers[1].years_max: is required: only the last tier may be open-ended",
    );
    expect(
        |v| career(v)["tiers"][3]["pay_level"]["value"] = json!("mid"),
        "careers[0].tiers[3].pay_level.value: must not pay less than the previous tier's level",
    );
}

#[test]
fn ids_unique_and_slug_shaped() {
    expect(
        |v| career(v)["id"] = json!("Customer Support"),
        "careers[0].id: must be lowercase letters and digits joined by hyphens, e.g. \"team-lead\"",
    );
    expect(|v| career(v)["tiers"][1]["id"] = json!("junior"), "careers[0].tiers[1].id: \"junior\" is used twice");
    expect(
        |v| career(v)["skill_groups"][1]["skills"][0]["id"] = json!("time-management"),
        "careers[0].skill_groups[1].skills[0].id: \"time-management\" is used twice",
    );
    expect(
        |v| {
            let c = v["careers"][0].clone();
            v["careers"].as_array_mut().unwrap().push(c);
        },
        "careers[1].id: \"customer-support-manager\" is used twice",
    );
}

#[test]
fn references_resolve() {
    expect(
        |v| career(v)["skill_groups"][0]["focus_tiers"]["value"] = json!(["intern"]),
        "careers[0].skill_groups[0].focus_tiers.value[0]: names tier \"intern\", which is not in tiers",
    );
    expect(
        |v| career(v)["salary"]["source"] = json!("glassdoor"),
        "careers[0].salary.source: names source \"glassdoor\", which is not in sources",
    );
}

#[test]
fn skill_relations_name_entries_of_the_lists() {
    expect(
        |v| career(v)["skill_groups"][0]["skills"][1]["related"]["value"]["tools"][0] = json!("Zendesk Pro"),
        "careers[0].skill_groups[0].skills[1].related.value.tools[0]: names \"Zendesk Pro\", which is not in tech_stack",
    );
    expect(
        |v| {
            career(v)["skill_groups"][0]["skills"][1]["related"]["value"]["tech_skills"] =
                json!(["Helpdesk ticketing systems", "Helpdesk ticketing systems"])
        },
        "careers[0].skill_groups[0].skills[1].related.value.tech_skills[1]: \"Helpdesk ticketing systems\" is listed twice",
    );
    expect(
        |v| career(v)["skill_groups"][0]["skills"][1]["related"]["derived"] = json!(false),
        "careers[0].skill_groups[0].skills[1].related.derived: must be true: this field always holds a derived value",
    );
}

#[test]
fn derived_values_are_marked_and_explained() {
    expect(
        |v| career(v)["tiers"][0]["pay_level"]["derived"] = json!(false),
        "careers[0].tiers[0].pay_level.derived: must be true: this field always holds a derived value",
    );
    expect(
        |v| {
            career(v)["tiers"][0]["pay_level"].as_object_mut().unwrap().remove("rationale");
        },
        "careers[0].tiers[0].pay_level.rationale: is required",
    );
    expect(
        |v| career(v)["tiers"][0]["pay_level"] = json!("entry"),
        "careers[0].tiers[0].pay_level: must be an object with value, derived, rationale",
    );
}

#[test]
fn urls_are_http_only() {
    for bad in ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "//evil.example", "ftp://x.example/"]
    {
        expect(
            |v| career(v)["sources"][0]["url"] = json!(bad),
            "careers[0].sources[0].url: must be an http:// or https:// URL",
        );
    }
    let mut v = bundled();
    career(&mut v)["sources"][0]["url"] = json!("https://example.org/guide");
    assert!(read_dataset(&v.to_string()).is_ok());
}

#[test]
fn strings_non_empty_and_bounded() {
    expect(|v| career(v)["title"] = json!(""), "careers[0].title: must not be empty");
    expect(|v| career(v)["title"] = json!("   "), "careers[0].title: must not be empty");
    expect(|v| career(v)["title"] = json!(" Padded"), "careers[0].title: must not start or end with white space");
    expect(|v| career(v)["title"] = json!("a\u{0}b"), "careers[0].title: must not contain control characters");
    expect(
        |v| career(v)["summary"] = json!("x".repeat(limits::MAX_TEXT_CHARS + 1)),
        "careers[0].summary: has 2001 characters; at most 2000 are allowed",
    );
}

#[test]
fn hostile_strings_are_accepted_as_text() {
    // Markup in a dataset is not a validation error: it is rendered as text, never as HTML.
    let mut v = bundled();
    career(&mut v)["title"] = json!("<img src=x onerror=alert(1)><script>alert(1)</script>");
    assert!(read_dataset(&v.to_string()).is_ok());
}

#[test]
fn list_sizes_bounded() {
    expect(
        |v| career(v)["tech_stack"] = json!(vec!["Tool"; limits::MAX_LIST_ITEMS + 1]),
        "careers[0].tech_stack: has 201 items; at most 200 are allowed",
    );
    expect(|v| career(v)["tiers"] = json!([]), "careers[0].tiers: must have at least 1 item");
    expect(|v| v["careers"] = json!([]), "careers: must have at least 1 item");
}

#[test]
fn many_errors_are_all_listed_for_authors_and_capped_in_the_widget() {
    let empty_lists = |v: &mut Value| {
        for list in ["tech_skills", "soft_abilities"] {
            for t in career(v)[list].as_array_mut().unwrap() {
                *t = json!("");
            }
        }
    };
    // 20 + 10 empty items: the authoring tools list all 30.
    let got = errors_after(empty_lists);
    assert_eq!(got.lines().count(), 30, "{got}");
    assert!(got.starts_with("careers[0].tech_skills[0]: must not be empty\n"), "{got}");
    assert!(got.ends_with("careers[0].soft_abilities[9]: must not be empty"), "{got}");
    // The widget's notice: the first 20 listed, the rest counted.
    let mut v = bundled();
    empty_lists(&mut v);
    let dataset: career_widget::core::dataset::Dataset = serde_json::from_value(v).unwrap();
    let widget = career_widget::core::validate::validate(&dataset).unwrap_err().to_string();
    assert_eq!(widget.lines().count(), limits::MAX_REPORTED_ERRORS + 1, "{widget}");
    assert!(widget.ends_with("\n…and 10 more"), "{widget}");
}

#[test]
fn broken_json_and_oversize_input() {
    let e = read_dataset("{\"careers\": [").unwrap_err().to_string();
    assert_eq!(e, "dataset: is not valid JSON: EOF while parsing a list (line 1, column 13)");
    let e = read_dataset_bytes(&vec![b' '; limits::MAX_DATASET_BYTES + 1]).unwrap_err().to_string();
    assert_eq!(e, "dataset: is 1000001 bytes; the limit is 1000000 bytes");
    let e = read_dataset_bytes(&[0xff, 0xfe]).unwrap_err().to_string();
    assert_eq!(e, "dataset: is not UTF-8 text");
    let deep = "[".repeat(10_000);
    assert!(read_dataset(&deep).is_err());
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = read_dataset_bytes(&bytes);
    }

    #[test]
    fn arbitrary_edits_of_one_number_never_panic(path in 0usize..7, n in any::<f64>()) {
        let key = ["low", "median", "high", "entry", "mid", "senior", "top_10_percent_from"][path];
        let mut v = bundled();
        v["careers"][0]["salary"][key] = serde_json::Number::from_f64(n).map(Value::Number).unwrap_or(Value::Null);
        let _ = read_dataset(&v.to_string());
    }
}

#[test]
fn a_key_given_twice_is_an_error_not_a_silent_choice() {
    let twice = BUNDLED_JSON.replacen("\"schema_version\":1", "\"schema_version\":1,\"schema_version\":1", 1);
    assert_ne!(twice, BUNDLED_JSON);
    let e = read_dataset(&twice).unwrap_err().to_string();
    assert_eq!(e, "schema_version: is given more than once");
}

#[test]
fn a_file_of_repeated_keys_is_refused_at_the_first_repeat() {
    // 50,000 copies of a known key, just under the size limit: refused at the second, so a
    // hostile file of repeats cannot stall the page.
    let body = "\"schema_version\":1,".repeat(50_000);
    let json = format!("{{{body}\"careers\":[]}}");
    assert!(json.len() < limits::MAX_DATASET_BYTES);
    let e = read_dataset(&json).unwrap_err();
    // And, read on past it, the file's other problem.
    assert_eq!(e.to_string(), "schema_version: is given more than once\ncareers: must have at least 1 item");
}

#[test]
fn an_unknown_key_is_named_shortened_and_cleaned() {
    let key = format!("x{}{}", "\u{202e}\u{0}\n".repeat(3), "k".repeat(10_000));
    let got = errors_after(|v| career(v)[key.as_str()] = json!(1));
    let line = got.lines().next().unwrap();
    assert!(line.starts_with("careers[0].x kkk"), "{line}");
    assert!(line.ends_with("…: is not a field of this schema"), "{line}");
    assert!(line.chars().count() < 100, "{line}");
}

#[test]
fn source_links_carry_no_user_name_and_no_invisible_characters() {
    for (url, rule) in [
        (
            "https://good.example@evil.example/",
            "must not contain a user name or password (the part before @ in user@host)",
        ),
        (
            "https://user:pass@example.org/guide",
            "must not contain a user name or password (the part before @ in user@host)",
        ),
        (
            "https://example.org\\@evil.example/",
            "must not contain a user name or password (the part before @ in user@host)",
        ),
        ("https://example.org/\u{202e}fdp.exe", "must not contain invisible formatting characters such as U+202E"),
        ("https://exa\u{200b}mple.org/", "must not contain invisible formatting characters such as U+202E"),
    ] {
        expect(|v| career(v)["sources"][0]["url"] = json!(url), &format!("careers[0].sources[0].url: {rule}"));
    }
    let mut v = bundled();
    career(&mut v)["sources"][0]["url"] = json!("https://example.org/a@b?x=@");
    assert!(read_dataset(&v.to_string()).is_ok(), "an @ in the path or query is fine");
}

#[test]
fn a_byte_order_mark_is_not_part_of_the_json() {
    let with_bom = format!("\u{feff}{BUNDLED_JSON}");
    assert!(read_dataset(&with_bom).is_ok());
    assert!(read_dataset_bytes(with_bom.as_bytes()).is_ok());
}

// ---- outside text in messages ----------------------------------------------------------------------

/// Text an attacker could put in a dataset to rewrite a terminal's line: clear it, return to its
/// start, print a verdict, and set a window title.
const REDRAW: &str = "\u{1b}[2K\r\u{9b}1Acareers.json: valid\u{1b}]0;title\u{7}\u{202e}";

/// Every line of the errors after `edit`, each checked to be one clean, short line.
fn clean_lines_after(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let got = errors_after(edit);
    for line in got.lines() {
        assert!(
            !line.chars().any(|c| c.is_control() || career_widget::core::text::is_format_char(c)),
            "a control or formatting character in {line:?}"
        );
        assert!(line.chars().count() < 200, "a line of {} characters: {}…", line.len(), &line[..80]);
    }
    got.lines().map(str::to_string).collect()
}

#[test]
fn dataset_text_in_a_rule_is_quoted_shortened_and_cleaned() {
    let id = format!("junior{REDRAW}");
    let lines = clean_lines_after(|v| {
        career(v)["tiers"][0]["id"] = json!(id);
        career(v)["tiers"][1]["id"] = json!(id);
    });
    assert!(
        lines.contains(
            &"careers[0].tiers[1].id: \"junior [2K 1Acareers.json: valid ]0;title\" is used twice".to_string()
        ),
        "{lines:#?}"
    );

    let lines = clean_lines_after(|v| career(v)["skill_groups"][0]["focus_tiers"]["value"] = json!([id, id]));
    assert!(
        lines.iter().any(|l| l.starts_with("careers[0].skill_groups[0].focus_tiers.value[1]: \"junior ")
            && l.ends_with("\" is listed twice")),
        "{lines:#?}"
    );

    let lines = clean_lines_after(|v| {
        career(v)["skill_groups"][0]["skills"][1]["related"]["value"]["tools"] = json!([id.clone(), id.clone()])
    });
    assert!(lines.iter().any(|l| l.ends_with("\" is listed twice")), "{lines:#?}");
    assert!(lines.iter().any(|l| l.ends_with("\", which is not in tech_stack")), "{lines:#?}");
}

#[test]
fn a_huge_related_name_makes_a_short_line() {
    let name = "x".repeat(900_000);
    let lines =
        clean_lines_after(|v| career(v)["skill_groups"][0]["skills"][1]["related"]["value"]["tools"][0] = json!(name));
    let quoted = format!("\"{}…\"", "x".repeat(limits::MAX_ID_CHARS));
    assert!(
        lines.contains(&format!(
            "careers[0].skill_groups[0].skills[1].related.value.tools[0]: names {quoted}, which is not in tech_stack"
        )),
        "{lines:#?}"
    );
}

#[test]
fn an_unknown_choice_lists_the_types_own_names_whatever_the_value_says() {
    // serde's message quotes the value, then lists the names: a value can spell out a list too.
    for value in [
        format!("x`, expected one of `{REDRAW}`, `b"),
        "one of `evil`".to_string(),
        format!("{REDRAW}`"),
        "`".to_string(),
    ] {
        let lines = clean_lines_after(|v| career(v)["outlook"]["demand"] = json!(value));
        assert_eq!(lines, ["careers[0].outlook.demand: must be one of low, medium, high"], "{value:?}");
        let lines = clean_lines_after(|v| career(v)["tiers"][2]["pay_level"]["value"] = json!(value));
        assert_eq!(
            lines,
            ["careers[0].tiers[2].pay_level.value: must be one of entry, mid, senior, top_10_percent"],
            "{value:?}"
        );
    }
}

#[test]
fn a_wrong_type_is_named_by_what_the_schema_expects_whatever_the_value_says() {
    let lines = clean_lines_after(|v| career(v)["salary"]["low"] = json!("1, expected a boolean"));
    assert_eq!(lines, ["careers[0].salary.low: must be a number"]);
    let lines = clean_lines_after(|v| career(v)["salary"]["low"] = json!(format!("{REDRAW}, expected {REDRAW}")));
    assert_eq!(lines, ["careers[0].salary.low: must be a number"]);
}

// ---- bidirectional controls ------------------------------------------------------------------------

const BIDI_RULE: &str = "must not contain bidirectional control characters (U+202A–U+202E, U+2066–U+2069): they can reverse the widget's own text";

const BIDI_CONTROLS: [char; 9] =
    ['\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'];

/// The path (in the widget's notation) of every string in `v`.
fn string_paths(v: &Value, path: String, out: &mut Vec<String>) {
    match v {
        Value::String(_) => out.push(path),
        Value::Object(map) => {
            for (k, x) in map {
                string_paths(x, if path.is_empty() { k.clone() } else { format!("{path}.{k}") }, out);
            }
        }
        Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                string_paths(x, format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

fn at<'a>(v: &'a mut Value, path: &str) -> &'a mut Value {
    let mut v = v;
    for part in path.split('.') {
        let (key, indices) = part.split_once('[').unwrap_or((part, ""));
        v = &mut v[key];
        for index in indices.split('[').filter(|s| !s.is_empty()) {
            v = &mut v[index.trim_end_matches(']').parse::<usize>().unwrap()];
        }
    }
    v
}

#[test]
fn bidirectional_controls_are_refused_in_every_text() {
    let mut paths = Vec::new();
    string_paths(&bundled(), String::new(), &mut paths);
    // Choices are refused as unknown names, and a currency code as too long, before any text rule.
    // A related name must be an entry of its list, whose own text is checked (below).
    paths.retain(|p| {
        !p.ends_with(".demand")
            && !p.ends_with("pay_level.value")
            && !p.ends_with(".currency")
            && !p.contains(".related.value.")
    });
    assert!(paths.len() > 100, "only {} texts in the bundled dataset", paths.len());
    for (i, path) in paths.iter().enumerate() {
        let c = BIDI_CONTROLS[i % BIDI_CONTROLS.len()];
        expect(
            |v| {
                let s = at(v, path);
                let text = s.as_str().unwrap().to_string();
                let middle = text.char_indices().nth(text.chars().count() / 2).unwrap().0;
                *s = json!(format!("{}{c}{}", &text[..middle], &text[middle..]));
            },
            &format!("{path}: {BIDI_RULE}"),
        );
    }
    // Each of them, in an optional text and in a list's name.
    for c in BIDI_CONTROLS {
        expect(
            |v| career(v)["outlook"]["demand_note"] = json!(format!("a{c}b")),
            &format!("careers[0].outlook.demand_note: {BIDI_RULE}"),
        );
        expect(
            |v| career(v)["tech_stack"][0] = json!(format!("Zen{c}desk")),
            &format!("careers[0].tech_stack[0]: {BIDI_RULE}"),
        );
    }
    // A related name with one names no entry, unless the entry has it too.
    let tool = bundled()["careers"][0]["skill_groups"][0]["skills"][1]["related"]["value"]["tools"][0].clone();
    let at_entry = bundled()["careers"][0]["tech_stack"].as_array().unwrap().iter().position(|t| *t == tool).unwrap();
    let hidden = format!("{}\u{202e}", tool.as_str().unwrap());
    let got = errors_after(|v| {
        career(v)["tech_stack"][at_entry] = json!(hidden);
        for g in career(v)["skill_groups"].as_array_mut().unwrap() {
            for s in g["skills"].as_array_mut().unwrap() {
                let tools = s.pointer_mut("/related/value/tools").and_then(Value::as_array_mut);
                for t in tools.into_iter().flatten() {
                    if *t == tool {
                        *t = json!(hidden);
                    }
                }
            }
        }
    });
    assert_eq!(got, format!("careers[0].tech_stack[{at_entry}]: {BIDI_RULE}"));
    // A link has its own rule, which names every invisible character.
    expect(
        |v| career(v)["sources"][0]["url"] = json!("https://example.org/\u{2067}x"),
        "careers[0].sources[0].url: must not contain invisible formatting characters such as U+202E",
    );
}

#[test]
fn marks_and_joiners_stay_allowed() {
    let mut v = bundled();
    // A family emoji is joined by U+200D; Persian writes with U+200C; LRM and RLM steer the text
    // they sit in and nothing around it.
    career(&mut v)["title"] = json!(
        "Support \u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467} \u{645}\u{6cc}\u{200c}\u{62e}\u{648}\u{627}\u{647}\u{645}"
    );
    career(&mut v)["summary"] = json!("Pay in \u{200f}USD\u{200e} and \u{200e}€\u{200f}.");
    career(&mut v)["soft_abilities"][0] = json!("Empathy\u{200d}");
    if let Err(e) = read_dataset(&v.to_string()) {
        panic!("refused:\n{e}");
    }
}

#[test]
fn the_schema_refuses_bidirectional_controls_too() {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/career-dataset.schema.json")).unwrap(),
    )
    .unwrap();
    let id = career_widget::core::schema::SCHEMA_ID;
    let mut compiler = boon::Compiler::new();
    let mut schemas = boon::Schemas::new();
    compiler.add_resource(id, schema).unwrap();
    let index = compiler.compile(id, &mut schemas).unwrap();
    for c in BIDI_CONTROLS {
        for text in [format!("a{c}b"), format!("{c}ab"), format!("ab{c}")] {
            let mut v = bundled();
            career(&mut v)["title"] = json!(text);
            assert!(schemas.validate(&v, index).is_err(), "the schema accepts {text:?}");
            assert!(read_dataset(&v.to_string()).is_err());
        }
    }
    for c in ['\u{200c}', '\u{200d}', '\u{200e}', '\u{200f}'] {
        let mut v = bundled();
        career(&mut v)["title"] = json!(format!("a{c}b"));
        assert!(schemas.validate(&v, index).is_ok(), "the schema refuses {c:?}");
        assert!(read_dataset(&v.to_string()).is_ok());
    }
}

#[test]
fn a_dataset_names_its_language() {
    for lang in ["en", "de-CH", "he", "pt-BR", "zh-Hant-TW"] {
        let mut v = bundled();
        v["lang"] = json!(lang);
        assert_eq!(read_dataset(&v.to_string()).unwrap().lang.as_deref(), Some(lang));
    }
    assert_eq!(read_dataset(BUNDLED_JSON).unwrap().lang, None, "English when absent");
}

#[test]
fn past_a_structural_problem_the_rest_are_reported_in_the_same_round() {
    // Structural problems where nothing else depends on the mended values: every problem, the
    // semantic one too.
    let got = errors_after(|v| {
        career(v)["outlook"]["demand"] = json!("huge");
        career(v)["salary"]["median"] = json!(1);
        career(v)["salary"]["midian"] = json!(85000);
        career(v)["title"] = json!(3);
    });
    let mut lines: Vec<&str> = got.lines().collect();
    lines.sort();
    assert_eq!(
        lines,
        [
            "careers[0].outlook.demand: must be one of low, medium, high",
            "careers[0].salary.median: must lie between low and high",
            "careers[0].salary.midian: is not a field of this schema: did you mean `median`?",
            "careers[0].title: must be a string",
        ],
        "every problem, none of the mended values' own:\n{got}"
    );
    // A pay level or a tier's years mended: other fields would seem wrong against the
    // placeholders, so the structural problems come all together and the rules after them.
    let got = errors_after(|v| {
        career(v)["salary"]["median"] = json!(1);
        career(v)["tiers"][0]["pay_level"] = json!("entry");
        career(v)["tiers"][1].as_object_mut().unwrap().remove("years_max");
        career(v)["tiers"][2]["title"] = json!(false);
    });
    let mut lines: Vec<&str> = got.lines().collect();
    lines.sort();
    assert_eq!(
        lines,
        [
            "careers[0].tiers[0].pay_level: must be an object with value, derived, rationale",
            "careers[0].tiers[1].years_max: is required (null for an open-ended tier)",
            "careers[0].tiers[2].title: must be a string",
        ],
        "{got}"
    );
    // Broken JSON stops at its first problem: nothing can be read past it.
    assert_eq!(read_dataset("{\"careers\": [1,").unwrap_err().errors.len(), 1);
}
