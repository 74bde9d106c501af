//! `career-data`: check, describe and start career datasets, natively, with the widget's own
//! reader and rules (`core::read`), so a file that passes here is a file the widget renders.
//!
//! ```text
//! cargo run --release --bin career-data -- validate FILE...   # every problem, as FILE: path: rule
//! cargo run --release --bin career-data -- schema             # the JSON Schema
//! cargo run --release --bin career-data -- new                # a skeleton dataset to fill in
//! ```
//!
//! `--no-default-features` builds it from the dataset core alone, without the widget's web stack.
//!
//! A native tool: for the wasm target (which Cargo skips anyway, see the `[[bin]]` section of
//! Cargo.toml) it compiles to an empty program.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use clap::Parser;
    cli::run(cli::Cli::parse())
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::{Read, Write};
    use std::path::PathBuf;
    use std::process::ExitCode;

    use career_widget::core::file_check::{check_file, unreadable_or_invalid};
    use career_widget::core::limits::MAX_DATASET_BYTES;
    use career_widget::core::schema::{dataset_schema, schema_json};
    use career_widget::core::validate::ValidationErrors;
    use clap::{Parser, Subcommand};
    use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
    use serde_json::Value;

    /// Check, describe and start career datasets for <career-widget>, with the widget's own
    /// reader and rules.
    #[derive(Parser)]
    #[command(name = "career-data", version)]
    pub struct Cli {
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Check dataset files exactly as the widget reads them.
        ///
        /// Prints every problem on stdout, one per line, as `FILE: path: rule`: a problem with
        /// the file as a whole as `FILE: dataset: rule`, an unreadable file as `FILE: file:
        /// cannot be read: …`; with `--max N`, the first N and a last line `FILE: …and M more`.
        /// Prints one line per valid file on stderr. Exits with 0 when every file is valid, 1
        /// otherwise, 2 on a usage error.
        Validate {
            /// List at most this many problems per file, and count the rest.
            #[arg(long, value_name = "N")]
            max: Option<usize>,
            /// Dataset files (JSON); `-` reads standard input.
            #[arg(required = true, value_name = "FILE")]
            files: Vec<PathBuf>,
        },
        /// Print the JSON Schema of a dataset (draft 2020-12), the text of
        /// docs/career-dataset.schema.json.
        Schema,
        /// Print a skeleton dataset to fill in: every required field, with empty strings, zero
        /// figures and one item in each list that needs one.
        ///
        /// `validate` of it lists what is still empty. The few values that are valid as they
        /// stand (a choice from a list, a yes/no, a figure that may be zero) are named on stderr:
        /// set them from your source too.
        New {
            /// The language of the dataset's text, a BCP 47 tag such as `de` or `pt-BR`
            /// (written as the dataset's `lang`; without it the dataset is English).
            #[arg(long, value_name = "TAG")]
            lang: Option<String>,
        },
    }

    pub fn run(cli: Cli) -> ExitCode {
        match cli.command {
            Command::Validate { files, max } => validate(&files, max),
            Command::Schema => {
                print!("{}", schema_json());
                ExitCode::SUCCESS
            }
            Command::New { lang } => {
                let (mut skeleton, to_set) = skeleton();
                if let Some(lang) = lang {
                    if !career_widget::core::text::is_locale_shaped(&lang) {
                        eprintln!(
                            "career-data: --lang {lang:?} is not a BCP 47 language tag such as \"de\" or \"pt-BR\""
                        );
                        return ExitCode::from(2);
                    }
                    if let Skeleton::Object(fields) = &mut skeleton {
                        let at = fields.iter().position(|(k, _)| k == "schema_version").map_or(0, |i| i + 1);
                        fields.insert(at, ("lang".to_string(), Skeleton::Value(lang.into())));
                    }
                }
                let mut text = serde_json::to_string_pretty(&skeleton).expect("a skeleton serialises");
                text.push('\n');
                print!("{text}");
                eprintln!(
                    "career-data: `career-data validate` lists the empty fields; these hold values that can look filled in, so set them from your source too: {}",
                    to_set.join(", ")
                );
                ExitCode::SUCCESS
            }
        }
    }

    fn validate(files: &[PathBuf], max: Option<usize>) -> ExitCode {
        let mut out = std::io::stdout().lock();
        let mut all_valid = true;
        for file in files {
            let (name, bytes) = if file.as_os_str() == "-" {
                ("<stdin>".to_string(), read_capped(std::io::stdin().lock()))
            } else {
                (file.display().to_string(), std::fs::File::open(file).and_then(read_capped))
            };
            let report = match bytes {
                Err(e) => {
                    unreadable_or_invalid(&name, ValidationErrors::single("file", format!("cannot be read: {e}")))
                }
                Ok(bytes) => check_file(&name, &bytes, max),
            };
            if report.valid {
                eprintln!("{}", report.lines.join("\n"));
                continue;
            }
            all_valid = false;
            for line in &report.lines {
                // A closed stdout (`| head`) ends the listing; the exit code still says invalid.
                if writeln!(out, "{line}").is_err() {
                    return ExitCode::FAILURE;
                }
            }
        }
        if all_valid { ExitCode::SUCCESS } else { ExitCode::FAILURE }
    }

    /// At most one byte more than a dataset may hold: enough to tell that it is too large, and an
    /// endless input (`/dev/zero`, a pipe) is never held whole.
    fn read_capped(input: impl Read) -> std::io::Result<Vec<u8>> {
        let mut bytes = Vec::new();
        input.take(MAX_DATASET_BYTES as u64 + 1).read_to_end(&mut bytes)?;
        Ok(bytes)
    }

    /// A JSON value whose objects keep the order they were built in (serde_json's own sorts
    /// them), so the skeleton reads in the schema's order.
    enum Skeleton {
        Object(Vec<(String, Skeleton)>),
        Array(Vec<Skeleton>),
        Value(Value),
    }

    impl Serialize for Skeleton {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            match self {
                Skeleton::Object(fields) => {
                    let mut map = serializer.serialize_map(Some(fields.len()))?;
                    for (key, value) in fields {
                        map.serialize_entry(key, value)?;
                    }
                    map.end()
                }
                Skeleton::Array(items) => {
                    let mut seq = serializer.serialize_seq(Some(items.len()))?;
                    for item in items {
                        seq.serialize_element(item)?;
                    }
                    seq.end()
                }
                Skeleton::Value(value) => value.serialize(serializer),
            }
        }
    }

    /// The skeleton, built from the schema: its required fields in their order, `""` for text,
    /// 0 for figures, one item for a list that needs at least one, constants as they must be;
    /// and the paths of the values that pass as they are (choices, yes/no, figures the schema
    /// allows to be 0).
    fn skeleton() -> (Skeleton, Vec<String>) {
        let schema = dataset_schema();
        let mut to_set = Vec::new();
        let skeleton = build(&schema, &schema, "", &mut to_set);
        (skeleton, to_set)
    }

    fn build(root: &Value, schema: &Value, path: &str, to_set: &mut Vec<String>) -> Skeleton {
        if let Some(target) = schema.get("$ref").and_then(Value::as_str) {
            let name = target.strip_prefix("#/$defs/").expect("local references only");
            return build(root, &root["$defs"][name], path, to_set);
        }
        if let Some(options) = schema.get("anyOf").and_then(Value::as_array) {
            let option = options.iter().find(|o| o["type"] != "null").expect("a non-null option");
            return build(root, option, path, to_set);
        }
        if let Some(value) = schema.get("const") {
            return Skeleton::Value(value.clone());
        }
        if let Some(choices) = schema.get("enum").and_then(Value::as_array) {
            to_set.push(path.to_string());
            return Skeleton::Value(choices[0].clone());
        }
        let ty = match &schema["type"] {
            Value::Array(types) => types.iter().find(|t| *t != "null").expect("a non-null type"),
            ty => ty,
        };
        match ty.as_str().expect("every schema here names its type") {
            "object" => {
                let required = schema["required"].as_array().map(Vec::as_slice).unwrap_or_default();
                Skeleton::Object(
                    required
                        .iter()
                        .map(|key| {
                            let key = key.as_str().expect("a field name");
                            let child = if path.is_empty() { key.to_string() } else { format!("{path}.{key}") };
                            (key.to_string(), build(root, &schema["properties"][key], &child, to_set))
                        })
                        .collect(),
                )
            }
            "array" if schema["minItems"].as_u64().unwrap_or(0) > 0 => {
                Skeleton::Array(vec![build(root, &schema["items"], &format!("{path}[0]"), to_set)])
            }
            "array" => Skeleton::Array(Vec::new()),
            "string" => Skeleton::Value("".into()),
            "boolean" => {
                to_set.push(path.to_string());
                Skeleton::Value(false.into())
            }
            "number" | "integer" => {
                let above_zero = schema.get("exclusiveMinimum").and_then(Value::as_f64).is_some_and(|m| m >= 0.0)
                    || schema.get("minimum").and_then(Value::as_f64).is_some_and(|m| m > 0.0);
                if !above_zero {
                    to_set.push(path.to_string());
                }
                Skeleton::Value(0.into())
            }
            other => unreachable!("no {other} in the dataset schema"),
        }
    }
}
