//! The widget's words in every language (assets/lang/*.json): complete, with English's
//! placeholders, and plural forms the language has.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use career_widget::ui::words::{KEYS, english_words, words_from_json};
use serde_json::{Map, Value};

/// Each language, its CLDR cardinal categories and its ordinal ones (as `Intl.PluralRules`).
const LANGUAGES: [(&str, &[&str], &[&str]); 7] = [
    ("en", &["one", "other"], &["one", "two", "few", "other"]),
    ("de", &["one", "other"], &["other"]),
    ("es", &["one", "many", "other"], &["other"]),
    ("fr", &["one", "many", "other"], &["one", "other"]),
    ("pt", &["one", "many", "other"], &["other"]),
    ("ja", &["other"], &["other"]),
    ("ar", &["zero", "one", "two", "few", "many", "other"], &["other"]),
];

fn file(code: &str) -> Value {
    let path = format!("{}/assets/lang/{code}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn placeholders(text: &str) -> Vec<String> {
    let mut found: Vec<String> =
        text.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string())).collect();
    found.sort();
    found
}

fn section<'a>(v: &'a Value, name: &str, code: &str) -> &'a Map<String, Value> {
    v[name].as_object().unwrap_or_else(|| panic!("{code}.json: no \"{name}\" object"))
}

#[test]
fn every_language_has_englishs_messages_and_placeholders() {
    let en = file("en");
    let mut problems = Vec::new();
    for (code, cardinal, ordinal) in LANGUAGES {
        let other = file(code);
        for name in ["loader", "widget", "snippet"] {
            let (theirs, ours) = (section(&other, name, code), section(&en, name, "en"));
            let (a, b): (BTreeSet<&String>, BTreeSet<&String>) = (theirs.keys().collect(), ours.keys().collect());
            for missing in b.difference(&a) {
                problems.push(format!("{code}.json: {name}.{missing} is missing"));
            }
            for extra in a.difference(&b) {
                problems.push(format!("{code}.json: {name}.{extra} is not in en.json"));
            }
            for (key, english) in ours {
                let Some(message) = theirs.get(key) else { continue };
                let want = match english {
                    Value::Object(forms) => placeholders(forms["other"].as_str().unwrap()),
                    other => placeholders(other.as_str().unwrap()),
                };
                let forms: Vec<(String, &Value)> = match message {
                    Value::Object(forms) => forms.iter().map(|(k, v)| (k.clone(), v)).collect(),
                    text => vec![(String::new(), text)],
                };
                if english.is_object() != message.is_object() {
                    problems.push(format!(
                        "{code}.json: {name}.{key} must be {}",
                        if english.is_object() { "plural forms" } else { "a text" }
                    ));
                    continue;
                }
                if let Value::Object(forms) = message {
                    let allowed = if key == "ordinal" { ordinal } else { cardinal };
                    let given: Vec<&str> = forms.keys().map(String::as_str).collect();
                    if !given.contains(&"other") || given.iter().any(|g| !allowed.contains(g)) {
                        problems.push(format!("{code}.json: {name}.{key} has forms {given:?}; {code} has {allowed:?}"));
                    }
                }
                for (form, text) in forms {
                    let Some(text) = text.as_str().filter(|t| !t.trim().is_empty()) else {
                        problems.push(format!("{code}.json: {name}.{key} {form} is not a text"));
                        continue;
                    };
                    if placeholders(text) != want {
                        problems.push(format!(
                            "{code}.json: {name}.{key} {form} has {:?}; English has {want:?}",
                            placeholders(text)
                        ));
                    }
                    if text.chars().any(|c| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')) {
                        problems.push(format!("{code}.json: {name}.{key} {form} has a direction control"));
                    }
                }
            }
        }
        // The widget reads them as the list scripts/bundle-entry.mjs writes.
        let list = list_from_object(other["widget"].as_object().unwrap());
        if words_from_json(&list).is_none() {
            problems.push(format!("{code}.json: the widget cannot read its words"));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_languages_here_are_the_loaders() {
    let loader = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/loader/language.mjs")).unwrap();
    let line =
        loader.lines().find(|l| l.starts_with("export const LANGUAGES = ")).expect("language.mjs declares LANGUAGES");
    let listed: Vec<String> =
        serde_json::from_str(&line["export const LANGUAGES = ".len()..].trim_end_matches(';').replace('\'', "\""))
            .unwrap();
    assert_eq!(listed, LANGUAGES.map(|(code, ..)| code));
    let mut files: Vec<String> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/lang"))
        .unwrap()
        .filter_map(|e| e.unwrap().file_name().into_string().ok()?.strip_suffix(".json").map(str::to_string))
        .collect();
    files.sort();
    let mut codes = listed;
    codes.sort();
    assert_eq!(files, codes);
}

#[test]
fn the_english_compiled_in_is_en_json() {
    let words = words_from_json(&list_from_object(file("en")["widget"].as_object().unwrap())).unwrap();
    assert_eq!(*english_words(), words);
}

#[test]
fn the_keys_are_en_jsons_in_alphabetical_order() {
    let en = file("en");
    let mut keys: Vec<&str> = en["widget"].as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(KEYS.iter().map(|(k, _)| *k).collect::<Vec<_>>(), keys);
    for (key, plural) in KEYS {
        assert_eq!(*plural, en["widget"][key].is_object(), "{key}");
    }
}

/// A language file's `widget` object as the list words travel in (what build.rs and
/// scripts/bundle-entry.mjs write): by key in alphabetical order, plural forms as six CLDR forms.
fn list_from_object(widget: &Map<String, Value>) -> Vec<Value> {
    const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
    KEYS.iter()
        .map(|(key, _)| match widget.get(*key) {
            Some(Value::Object(forms)) => {
                Value::Array(CATEGORIES.iter().map(|c| forms.get(*c).cloned().unwrap_or_else(|| "".into())).collect())
            }
            Some(text) => text.clone(),
            None => Value::Null,
        })
        .collect()
}
