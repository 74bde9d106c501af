//! `career-data`, the built binary, as an author or a blog's CI runs it: `validate` (exit codes,
//! one `FILE: path: rule` line per problem on stdout, one line per valid file on stderr),
//! `schema` and `new`.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::{Value, json};

const BIN: &str = env!("CARGO_BIN_EXE_career-data");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const BUNDLED: &str = "assets/careers.json";

/// Runs `career-data ARGS` from the repository's root, as the docs show it.
fn run(args: &[&str]) -> Output {
    run_with_stdin(args, None)
}

fn run_with_stdin(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(ROOT)
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("career-data runs");
    if let Some(bytes) = stdin {
        use std::io::Write;
        child.stdin.take().unwrap().write_all(bytes).unwrap();
    }
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("stderr is UTF-8")
}

fn lines(text: &str) -> Vec<&str> {
    text.lines().collect()
}

/// A file of this test's own in Cargo's scratch directory for integration tests.
fn scratch(name: &str, text: &str) -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}"));
    std::fs::write(&path, text).unwrap();
    path
}

fn bundled() -> Value {
    serde_json::from_str(&std::fs::read_to_string(Path::new(ROOT).join(BUNDLED)).unwrap()).unwrap()
}

/// The bundled dataset with two rules broken, in a file named for the test (tests run in
/// parallel: one rewriting a file another's command is reading made them flaky).
fn broken(name: &str) -> PathBuf {
    let mut v = bundled();
    v["careers"][0]["title"] = json!(" Customer Support Manager");
    v["careers"][0]["salary"]["median"] = json!(200_000);
    scratch(&format!("broken-{name}.json"), &serde_json::to_string_pretty(&v).unwrap())
}

#[test]
fn validate_passes_the_bundled_dataset() {
    let o = run(&["validate", BUNDLED]);
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    assert_eq!(stdout(&o), "");
    assert_eq!(lines(&stderr(&o)), ["assets/careers.json: valid (1 career)"]);
}

#[test]
fn validate_lists_every_problem_as_file_path_rule() {
    let file = broken("every-problem");
    let name = file.display().to_string();
    let o = run(&["validate", &name]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        lines(&stdout(&o)),
        [
            format!("{name}: careers[0].title: must not start or end with white space"),
            format!("{name}: careers[0].salary.median: must lie between low and high"),
        ]
    );
    assert_eq!(stderr(&o), "");
}

#[test]
fn validate_reports_structural_and_document_problems() {
    let mut v = bundled();
    v["careers"][0]["salary"]["medain"] = json!(85_000);
    let typo = scratch("typo.json", &v.to_string());
    let not_json = scratch("not-json.json", "{ \"schema_version\": 1,");
    let (typo, not_json) = (typo.display().to_string(), not_json.display().to_string());
    let o = run(&["validate", &typo, &not_json]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        lines(&stdout(&o)),
        [
            format!("{typo}: careers[0].salary.medain: is not a field of this schema"),
            format!("{not_json}: dataset: is not valid JSON: EOF while parsing a value (line 1, column 22)"),
        ]
    );
}

#[test]
fn validate_checks_every_file_and_fails_if_one_fails() {
    let file = broken("every-file");
    let name = file.display().to_string();
    let o = run(&["validate", BUNDLED, &name]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert_eq!(lines(&out).len(), 2, "{out}");
    assert!(lines(&out).iter().all(|l| l.starts_with(&format!("{name}: careers[0]."))), "{out}");
    assert_eq!(lines(&stderr(&o)), ["assets/careers.json: valid (1 career)"]);

    // The order of the files is the order of the report.
    let o = run(&["validate", &name, BUNDLED, BUNDLED]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(lines(&stdout(&o)).len(), 2);
    assert_eq!(lines(&stderr(&o)).len(), 2);
}

#[test]
fn validate_reports_a_missing_file_and_goes_on() {
    let o = run(&["validate", "no-such-file.json", BUNDLED]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert_eq!(lines(&out).len(), 1, "{out}");
    assert!(out.starts_with("no-such-file.json: file: cannot be read: "), "{out}");
    assert_eq!(lines(&stderr(&o)), ["assets/careers.json: valid (1 career)"]);
}

#[test]
fn validate_reads_standard_input_for_a_dash() {
    let bytes = std::fs::read(Path::new(ROOT).join(BUNDLED)).unwrap();
    let o = run_with_stdin(&["validate", "-"], Some(&bytes));
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(lines(&stderr(&o)), ["<stdin>: valid (1 career)"]);

    let o = run_with_stdin(&["validate", "-"], Some(b"[]"));
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(lines(&stdout(&o)), ["<stdin>: dataset: must be an object"]);
}

#[test]
fn usage_errors_exit_with_2() {
    for args in [&["validate"][..], &[], &["frobnicate"], &["validate", "--strict", BUNDLED]] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "career-data {args:?}");
        assert_eq!(stdout(&o), "", "career-data {args:?}");
    }
}

#[test]
fn schema_prints_the_committed_schema() {
    let o = run(&["schema"]);
    assert_eq!(o.status.code(), Some(0));
    let committed = std::fs::read_to_string(Path::new(ROOT).join("docs/career-dataset.schema.json")).unwrap();
    assert!(stdout(&o) == committed, "`career-data schema` differs from docs/career-dataset.schema.json");
}

/// The rules a skeleton may break: only fields still to fill in, never a structural problem.
const FILL_IN: [&str; 4] = [
    "must not be empty",
    "must be positive",
    "must be a three-letter ISO 4217 code such as \"USD\"",
    "must be greater than years_min",
];

#[test]
fn new_prints_a_skeleton_that_validate_lists_as_empty() {
    let o = run(&["new"]);
    assert_eq!(o.status.code(), Some(0));
    let text = stdout(&o);
    let skeleton: Value = serde_json::from_str(&text).expect("the skeleton is JSON");

    // Nothing in it that could pass for a real figure or name.
    fn leaves(v: &Value, out: &mut Vec<Value>) {
        match v {
            Value::Object(m) => m.values().for_each(|v| leaves(v, out)),
            Value::Array(a) => a.iter().for_each(|v| leaves(v, out)),
            v => out.push(v.clone()),
        }
    }
    let mut values = Vec::new();
    leaves(&skeleton, &mut values);
    for v in &values {
        let allowed =
            v == "" || v == 0 || v == 1 || v.is_boolean() || ["low", "entry"].contains(&v.as_str().unwrap_or(""));
        assert!(allowed, "the skeleton holds {v}");
    }
    assert_eq!(skeleton["schema_version"], 1);
    assert_eq!(skeleton["careers"].as_array().unwrap().len(), 1);

    // The values that pass as they are get named, so the author sets them too.
    let note = stderr(&o);
    for path in
        ["careers[0].outlook.demand", "careers[0].outlook.remote_friendly", "careers[0].outlook.job_growth_percent"]
    {
        assert!(note.contains(path), "`new` does not name {path}: {note}");
    }

    let file = scratch("new.json", &text);
    let name = file.display().to_string();
    let o = run(&["validate", &name]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let problems = lines(&out);
    assert!(problems.len() >= 10, "{out}");
    for line in &problems {
        let rest = line.strip_prefix(&format!("{name}: ")).unwrap_or_else(|| panic!("{line}"));
        if rest.starts_with("…and ") && rest.ends_with(" more") {
            continue;
        }
        let (path, rule) = rest.split_once(": ").unwrap_or_else(|| panic!("{line}"));
        assert!(path.starts_with("careers[0]."), "{line}");
        assert!(FILL_IN.contains(&rule), "not a fill-in problem: {line}");
    }
}
