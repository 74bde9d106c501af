//! Minifies the bundled dataset into OUT_DIR before it is compiled into the wasm: indentation is
//! for people reading the source, not for readers' downloads. serde_json re-writes it without
//! white space. (The stylesheet goes into the entry script, minified by scripts/bundle-entry.mjs.)

use std::{env, fs, path::Path};

fn main() {
    const SOURCE: &str = "assets/careers.json";
    println!("cargo::rerun-if-changed={SOURCE}");
    let text = fs::read_to_string(SOURCE).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
    let value: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out).join("careers.json"), value.to_string()).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
}
