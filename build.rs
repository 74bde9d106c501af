//! Minifies the bundled dataset and the English words (the `widget` part of assets/lang/en.json)
//! into OUT_DIR before they are compiled into the wasm: indentation is for people reading the
//! source, not for readers' downloads. serde_json re-writes them without white space. (The
//! stylesheet goes into the entry script, minified by scripts/bundle-entry.mjs; so do the other
//! languages' loader words, and their widget words become dist/lang/*.json.)

use std::{env, fs, path::Path};

fn main() {
    const SOURCE: &str = "assets/careers.json";
    println!("cargo::rerun-if-changed={SOURCE}");
    let text = fs::read_to_string(SOURCE).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
    let value: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out).join("careers.json"), value.to_string()).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));

    const WORDS: &str = "assets/lang/en.json";
    println!("cargo::rerun-if-changed={WORDS}");
    let text = fs::read_to_string(WORDS).unwrap_or_else(|e| panic!("{WORDS}: {e}"));
    let value: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{WORDS}: {e}"));
    // As a list of messages by key in alphabetical order, each plural message as its six CLDR
    // forms (src/ui/words, `Words::from_list`; scripts/bundle-entry.mjs writes the other
    // languages alike). serde_json's map iterates its keys in that order.
    let list: Vec<serde_json::Value> = value["widget"]
        .as_object()
        .unwrap_or_else(|| panic!("{WORDS}: no widget object"))
        .values()
        .map(|m| match m.as_object() {
            Some(forms) => ["zero", "one", "two", "few", "many", "other"]
                .iter()
                .map(|c| forms.get(*c).cloned().unwrap_or_else(|| "".into()))
                .collect(),
            None => m.clone(),
        })
        .collect();
    fs::write(Path::new(&out).join("words-en.json"), serde_json::Value::from(list).to_string())
        .unwrap_or_else(|e| panic!("{WORDS}: {e}"));
}
