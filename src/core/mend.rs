//! Reading on past a structural problem, for the authoring tools: serde stops at the first one
//! (a wrong type, an unknown name), which would hide every other problem of the file. The text is
//! read again as plain JSON, and each structural problem is reported, then mended in that copy
//! with a value of the kind that belongs there, until the dataset reads. Problems at or under a
//! mended value (its placeholder's own, like "must not be empty") are not the author's and are
//! left out. The semantic rules then run too, when every mend was of a kind no other rule reads
//! (an unknown field taken out; a placeholder in a field that no rule compares or looks up, such
//! as a title or `demand`): a placeholder tier list or pay level would make other fields seem
//! wrong. The widget reports the first problem only.

use serde_json::Value;
use serde_path_to_error::{Path, Segment};

use super::dataset::Dataset;
use super::serde_words::{from_json, json_path};
use super::validate::{ValidationError, ValidationErrors, validate_all};

/// Enough rounds for every field of a small career to be mended; a file with more structural
/// problems than this gets the ones found so far.
const MAX_ROUNDS: usize = 500;

/// Fields that no rule reads beside their own: a placeholder in one cannot make another field
/// seem wrong. (Ids, pay figures, years, pay levels and the lists that others name are read
/// across fields.)
const READ_ALONE: [&str; 13] = [
    "title",
    "summary",
    "description",
    "region",
    "currency",
    "demand",
    "remote_friendly",
    "rationale",
    "derived",
    "publisher",
    "url",
    "lang",
    "$schema",
];

/// Every problem of `text`, whose first structural problem is `first`.
pub fn every_problem(text: &str, first: ValidationError) -> ValidationErrors {
    let mut errors = vec![first];
    // Unreadable as JSON at all (a syntax error was the first problem): nothing more to say.
    let Ok(mut value) = serde_json::from_str::<Value>(text) else { return ValidationErrors { errors, more: 0 } };
    let mut mended: Vec<String> = Vec::new();
    let mut read_alone = true;
    for _ in 0..MAX_ROUNDS {
        match serde_path_to_error::deserialize::<_, Dataset>(value.clone()) {
            Ok(dataset) => {
                if read_alone && let Err(semantic) = validate_all(&dataset) {
                    errors.extend(semantic.errors.into_iter().filter(|e| !within_any(&e.path, &mended)));
                }
                break;
            }
            Err(e) => {
                let problem = from_json(&json_path(e.path()), e.inner());
                let message = e.inner().to_string();
                if !within_any(&problem.path, &mended) && !errors.contains(&problem) {
                    errors.push(problem.clone());
                }
                let Some((at, alone)) = mend(&mut value, e.path(), &message) else { break };
                read_alone &= alone;
                mended.push(at);
            }
        }
    }
    ValidationErrors { errors, more: 0 }
}

/// Whether `path` is `mended` or lies under it (everything lies under the document, "").
fn within(path: &str, mended: &str) -> bool {
    mended.is_empty()
        || path
            .strip_prefix(mended)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('.') || rest.starts_with('['))
}

fn within_any(path: &str, mended: &[String]) -> bool {
    mended.iter().any(|m| within(path, m))
}

/// Mends `value` where serde's `message` about `path` stands, and returns the path mended (as
/// the messages write it) and whether no other rule reads what was mended; `None` when it
/// cannot be mended.
fn mend(value: &mut Value, path: &Path, message: &str) -> Option<(String, bool)> {
    let segments: Vec<&Segment> = path.iter().collect();
    let quoted = |s: &str| s.split('`').nth(1).map(str::to_string);
    if message.starts_with("unknown field ") {
        // The path ends at the field: take it out of its object.
        let (Segment::Map { key }, parent) = segments.split_last()? else { return None };
        slot(value, parent)?.as_object_mut()?.remove(key);
        return Some((json_path(path), true));
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        // The path ends at the object: the field goes in as null, mended next round to its kind.
        let field = quoted(rest)?;
        slot(value, &segments)?.as_object_mut()?.insert(field.clone(), Value::Null);
        let at = json_path(path);
        let alone = READ_ALONE.contains(&field.as_str());
        return Some((if at.is_empty() { field } else { format!("{at}.{field}") }, alone));
    }
    let placeholder = if message.starts_with("unknown variant ") {
        // The first of the names serde lists.
        Value::String(message.split("expected one of `").nth(1)?.split('`').next()?.to_string())
    } else if message.starts_with("invalid type: ") || message.starts_with("invalid value: ") {
        let expected = message.rsplit_once(", expected ")?.1;
        match expected {
            "f64" | "u32" => Value::from(0),
            "a string" => Value::from(""),
            "a boolean" => Value::Bool(false),
            "a sequence" => Value::Array(Vec::new()),
            e if e.starts_with("an object with ") => Value::Object(Default::default()),
            // An optional field's value (`Option<T>`): null is always one.
            e if e.starts_with("option") => Value::Null,
            _ => return None,
        }
    } else {
        return None;
    };
    *slot(value, &segments)? = placeholder;
    let alone = matches!(segments.last(), Some(Segment::Map { key }) if READ_ALONE.contains(&key.as_str()));
    Some((json_path(path), alone))
}

/// The value at `segments` within `value`.
fn slot<'v>(value: &'v mut Value, segments: &[&Segment]) -> Option<&'v mut Value> {
    segments.iter().try_fold(value, |v, segment| match segment {
        Segment::Seq { index } => v.get_mut(*index),
        Segment::Map { key } => v.get_mut(key.as_str()),
        Segment::Enum { .. } | Segment::Unknown => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_lies_within_the_mended_one_or_not() {
        assert!(within("careers[0].salary", "careers[0].salary"));
        assert!(within("careers[0].salary.low", "careers[0].salary"));
        assert!(within("careers[0].tiers[1]", "careers[0].tiers"));
        assert!(!within("careers[0].salary_note", "careers[0].salary"));
        assert!(!within("careers[1]", "careers[10]"));
        assert!(within("schema_version", ""), "the document mended whole");
    }
}
