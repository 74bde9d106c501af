//! `career-data`, the built binary, as an author or a blog's CI runs it: `validate` (exit codes,
//! one `FILE: path: rule` line per problem on stdout, one line per valid file on stderr),
//! `schema` and `new`.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use career_widget::core::limits;
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
            format!("{typo}: careers[0].salary.medain: is not a field of this schema: did you mean `median`?"),
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
    assert_eq!(lines(&stdout(&o)), ["<stdin>: dataset: must be an object with $schema, schema_version, lang, careers"]);
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
    "must be a three-letter ISO 4217 code in capitals, such as \"USD\"",
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
    assert!(problems.len() > 20, "every problem, not the widget's twenty: {out}");
    // --max shortens the list and counts the rest.
    let short = stdout(&run(&["validate", "--max", "3", &name]));
    assert_eq!(lines(&short)[..3], problems[..3]);
    assert_eq!(lines(&short)[3], format!("{name}: …and {} more", problems.len() - 3));
    assert_eq!(lines(&short).len(), 4);
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

// ---- what reaches the terminal ---------------------------------------------------------------------

/// Text that, printed raw, clears the terminal's line, returns to its start and prints a verdict.
const REDRAW: &str = "\u{1b}[2K\r\u{9b}1Acareers.json: valid\u{1b}]0;title\u{7}\u{202e}";

/// Each line printed is one clean line: no control or formatting character, nothing huge.
fn assert_printable(text: &str) {
    for line in text.lines() {
        let bad: Vec<char> =
            line.chars().filter(|&c| c.is_control() || career_widget::core::text::is_format_char(c)).collect();
        assert!(bad.is_empty(), "{bad:?} in {line:?}");
        assert!(line.len() < 400, "a line of {} bytes", line.len());
    }
    assert!(!text.contains('\r'), "{text:?}");
}

#[test]
fn validate_never_prints_the_dataset_s_escape_sequences() {
    let mut v = bundled();
    let id = format!("junior{REDRAW}");
    let c = &mut v["careers"][0];
    c["tiers"][1]["id"] = json!(id);
    c["tiers"][0]["id"] = json!(id);
    c["skill_groups"][0]["focus_tiers"]["value"] = json!([id, id]);
    c["skill_groups"][0]["skills"][1]["related"]["value"]["tools"] = json!([id, "x".repeat(900_000)]);
    let file = scratch("redraw.json", &v.to_string());
    let name = file.display().to_string();
    let o = run(&["validate", &name]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert_printable(&out);
    assert!(lines(&out).len() >= 5, "{out}");
    for line in lines(&out) {
        assert!(line.starts_with(&format!("{name}: careers[0].")), "{line}");
    }
    assert_eq!(stderr(&o), "");

    for value in [format!("x`, expected one of `{REDRAW}`, `b"), REDRAW.to_string()] {
        let mut v = bundled();
        v["careers"][0]["outlook"]["demand"] = json!(value);
        let file = scratch("redraw-choice.json", &v.to_string());
        let name = file.display().to_string();
        let o = run(&["validate", &name]);
        assert_eq!(o.status.code(), Some(1));
        assert_eq!(
            lines(&stdout(&o)),
            [format!("{name}: careers[0].outlook.demand: must be one of low, medium, high")]
        );
    }
}

#[test]
fn validate_writes_a_file_name_s_control_characters_as_escapes() {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-\u{1b}[2K\rname\u{202e}.json");
    std::fs::write(&path, "[]").unwrap();
    let o = run(&["validate", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert_printable(&out);
    let shown = path
        .display()
        .to_string()
        .replace('\u{1b}', "\\u{1b}")
        .replace('\r', "\\u{d}")
        .replace('\u{202e}', "\\u{202e}");
    assert_eq!(
        lines(&out),
        [format!("{shown}: dataset: must be an object with $schema, schema_version, lang, careers")]
    );

    let valid = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-\u{1b}[31mvalid.json");
    std::fs::copy(Path::new(ROOT).join(BUNDLED), &valid).unwrap();
    let o = run(&["validate", valid.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    assert_printable(&stderr(&o));
    assert!(stderr(&o).contains("cli-\\u{1b}[31mvalid.json: valid (1 career)"), "{}", stderr(&o));
}

const TOO_LARGE: &str = "dataset: is larger than the limit of 1000000 bytes";

#[test]
fn validate_refuses_a_file_one_byte_over_the_cap() {
    let bundled = std::fs::read_to_string(Path::new(ROOT).join(BUNDLED)).unwrap();
    // The bundled dataset padded with white space to exactly the cap passes; one byte more fails.
    let exact = format!("{bundled}{}", " ".repeat(limits::MAX_DATASET_BYTES - bundled.len()));
    assert_eq!(exact.len(), limits::MAX_DATASET_BYTES);
    let file = scratch("exactly-the-cap.json", &exact);
    let o = run(&["validate", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));

    let over = format!("{exact} ");
    let file = scratch("over-the-cap.json", &over);
    let name = file.display().to_string();
    let o = run(&["validate", &name]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(lines(&stdout(&o)), [format!("{name}: {TOO_LARGE}")]);

    let o = run_with_stdin(&["validate", "-"], Some(over.as_bytes()));
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(lines(&stdout(&o)), [format!("<stdin>: {TOO_LARGE}")]);
}

/// `career-data ARGS`, killed if it has not finished within `limit`.
fn run_within(args: &[&str], limit: Duration) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(ROOT)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("career-data runs");
    let (mut out, mut err) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let (done, finished) = mpsc::channel();
    // The pipes close when the process ends; reading them to the end is waiting for it.
    std::thread::spawn(move || {
        use std::io::Read;
        let err_reader = std::thread::spawn(move || {
            let mut bytes = Vec::new();
            err.read_to_end(&mut bytes).map(|_| bytes)
        });
        let mut stdout = Vec::new();
        let read = out.read_to_end(&mut stdout);
        let _ = done.send((read.map(|_| stdout), err_reader.join().unwrap()));
    });
    match finished.recv_timeout(limit) {
        Ok((stdout, stderr)) => {
            let status = child.wait().unwrap();
            Output { status, stdout: stdout.unwrap(), stderr: stderr.unwrap() }
        }
        Err(_) => {
            let _ = child.kill();
            let _ = child.wait();
            panic!("career-data {args:?} did not finish within {limit:?}");
        }
    }
}

#[cfg(unix)]
#[test]
fn validate_reads_an_endless_file_only_up_to_the_cap() {
    let o = run_within(&["validate", "/dev/zero"], Duration::from_secs(20));
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(lines(&stdout(&o)), [format!("/dev/zero: {TOO_LARGE}")]);
}

#[test]
fn new_with_a_language_writes_it_and_refuses_a_tag_that_is_not_one() {
    let o = run(&["new", "--lang", "pt-BR"]);
    assert_eq!(o.status.code(), Some(0));
    let text = stdout(&o);
    let skeleton: Value = serde_json::from_str(&text).expect("the skeleton is JSON");
    assert_eq!(skeleton["lang"], "pt-BR");
    assert!(
        text.find("\"lang\"") > text.find("\"schema_version\"") && text.find("\"lang\"") < text.find("\"careers\"")
    );
    assert!(run(&["new"]).stdout.windows(6).all(|w| w != b"\"lang\""), "no language without --lang");
    let o = run(&["new", "--lang", "<script>"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("is not a BCP 47 language tag"), "{}", stderr(&o));
}
