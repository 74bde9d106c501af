//! ARCHITECTURE.md's layout names real paths: each entry of its tree (a name at the start of a
//! line, its folder given by indentation) exists in the checkout, and so does each file its
//! `scripts/` entry lists.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

/// The column where the layout's descriptions start; a name never reaches it.
const DESCRIPTION_COLUMN: usize = 26;

fn layout() -> String {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/ARCHITECTURE.md")).unwrap();
    let start = text.find("## Layout\n```\n").expect("ARCHITECTURE.md has a Layout block") + "## Layout\n```\n".len();
    let end = start + text[start..].find("```").expect("the Layout block ends");
    text[start..end].to_string()
}

/// Every path the tree names, as (line number in the block, path).
fn named_paths(block: &str) -> Vec<(usize, String)> {
    let mut folders: Vec<String> = Vec::new();
    let mut paths = Vec::new();
    for (n, line) in block.lines().enumerate() {
        let indent = line.len() - line.trim_start().len();
        if line.trim().is_empty() || indent >= DESCRIPTION_COLUMN {
            continue; // a description's next line
        }
        let depth = indent / 2;
        folders.truncate(depth);
        let names = line.get(indent..DESCRIPTION_COLUMN.min(line.len())).unwrap_or("").trim();
        for name in names.split(", ") {
            let path = format!("{}{name}", folders.concat());
            if !name.contains('*') {
                paths.push((n + 1, path.clone()));
            }
            if name.ends_with('/') {
                folders.push(name.to_string());
            }
        }
    }
    paths
}

#[test]
fn every_path_the_layout_names_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let block = layout();
    let paths = named_paths(&block);
    assert!(paths.len() > 60, "the layout names {} paths: did the parsing break?", paths.len());
    let missing: Vec<_> = paths.iter().filter(|(_, p)| !root.join(p).exists()).collect();
    assert!(missing.is_empty(), "named in ARCHITECTURE.md's layout but not in the checkout: {missing:?}");
}

#[test]
fn every_script_listed_under_scripts_exists() {
    let block = layout();
    // The scripts/ entry: its line and the description lines under it.
    let lines: Vec<&str> = block.lines().skip_while(|l| !l.starts_with("scripts/")).collect();
    let under = 1 + lines[1..].iter().take_while(|l| l.len() - l.trim_start().len() >= DESCRIPTION_COLUMN).count();
    let scripts = lines[..under].join(" ");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts");
    let named: Vec<&str> = scripts
        .split(|c: char| c.is_whitespace() || "(),:".contains(c))
        .filter(|w| w.ends_with(".mjs") || w.ends_with(".sh") || (w.ends_with('/') && !w.contains('.')))
        .filter(|w| !["scripts/", "dist/", "validator/"].contains(w) && !w.starts_with("dist/"))
        .collect();
    assert!(named.len() > 10, "{named:?}");
    let missing: Vec<_> = named.iter().filter(|w| !root.join(w).exists()).collect();
    assert!(missing.is_empty(), "listed under scripts/ but not there: {missing:?}");
}
