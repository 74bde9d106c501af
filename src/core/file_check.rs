//! What `career-data validate` says of one dataset file. The command line and its build for
//! Node (the validator's wasm, `npx career-widget validate`) both print these lines, so a blog's
//! CI gets the same messages with or without Rust.

use super::limits::MAX_DATASET_BYTES;
use super::read::read_dataset_bytes;
use super::text::is_format_char;
use super::validate::ValidationErrors;

/// A file's verdict: whether it is valid, and the lines to print (for a valid file one line,
/// for standard error; for an invalid one a line per problem, for standard output).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileReport {
    pub valid: bool,
    pub lines: Vec<String>,
}

/// Checks the bytes read from the file `name` (at most one byte more than a dataset may hold:
/// enough to tell one that is too large). Every problem is listed, or the first `max` and a
/// count of the rest.
pub fn check_file(name: &str, bytes: &[u8], max: Option<usize>) -> FileReport {
    let outcome = if bytes.len() > MAX_DATASET_BYTES {
        // The widget's own words for a dataset over the cap.
        Err(ValidationErrors::single("", format!("is larger than the limit of {MAX_DATASET_BYTES} bytes")))
    } else {
        read_dataset_bytes(bytes).map(|dataset| dataset.careers.len())
    };
    match outcome {
        Ok(n) => FileReport {
            valid: true,
            lines: vec![printable(&format!("{name}: valid ({n} career{})", if n == 1 { "" } else { "s" }))],
        },
        Err(errors) => unreadable_or_invalid(
            name,
            match max {
                Some(max) => errors.shortened(max),
                None => errors,
            },
        ),
    }
}

/// The lines for a file that could not be checked, or whose problems are `errors`.
pub fn unreadable_or_invalid(name: &str, errors: ValidationErrors) -> FileReport {
    // One line per error, in the widget's words (`ValidationErrors`' Display).
    FileReport {
        valid: false,
        lines: errors.to_string().lines().map(|problem| printable(&format!("{name}: {problem}"))).collect(),
    }
}

/// A line as it may reach a terminal: every control and invisible formatting character written
/// as its escape (`\u{1b}`). The messages are clean already; a file's name or the system's
/// words are not, and an escape sequence or a carriage return could redraw what was printed.
pub fn printable(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        if c.is_control() || is_format_char(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::BUNDLED_JSON;

    #[test]
    fn a_valid_file_says_how_many_careers() {
        let report = check_file("careers.json", BUNDLED_JSON.as_bytes(), None);
        assert_eq!(report, FileReport { valid: true, lines: vec!["careers.json: valid (1 career)".into()] });
    }

    #[test]
    fn an_invalid_file_gives_a_line_per_problem_with_its_name() {
        let report = check_file("a\u{1b}[2J.json", b"{\"schema_version\": 1}", None);
        assert!(!report.valid);
        assert_eq!(report.lines, ["a\\u{1b}[2J.json: careers: is required"]);
        let big = vec![b' '; MAX_DATASET_BYTES + 1];
        assert_eq!(
            check_file("big.json", &big, None).lines,
            [format!("big.json: dataset: is larger than the limit of {MAX_DATASET_BYTES} bytes")]
        );
    }
}
