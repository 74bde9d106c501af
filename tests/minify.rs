//! build.rs minifies the stylesheet and the dataset compiled into the wasm; these check that it
//! only removes what CSS and JSON ignore.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../build/minify.rs"]
mod minify;

use career_widget::core::BUNDLED_JSON;
use serde_json::Value;

#[test]
fn the_minified_dataset_is_the_same_json() {
    let source = include_str!("../assets/careers.json");
    let a: Value = serde_json::from_str(source).unwrap();
    let b: Value = serde_json::from_str(BUNDLED_JSON).unwrap();
    assert_eq!(a, b);
    assert!(BUNDLED_JSON.len() < source.len() * 3 / 4, "{} of {} bytes", BUNDLED_JSON.len(), source.len());
    assert_eq!(minify::json(r#" { "a b" : [ "x \" y" , 1 ] } "#), r#"{"a b":["x \" y",1]}"#);
}

#[test]
fn css_keeps_strings_and_meaningful_spaces() {
    let css = "/* note */\n.a  .b ,\n.c > .d {\n  width: calc(100% - 2px); /* why */\n  content: \"a  /* b */ c\";\n}\n@container (width > 30em) { .e { font: 1em/1.5 \"Segoe UI\" , x } }\n.f :focus-visible { color: red }\n@container (min-width: 600px) { .g { top: 0 } }\n";
    assert_eq!(
        minify::css(css),
        ".a .b,.c > .d{width:calc(100% - 2px);content:\"a  /* b */ c\";}@container (width > 30em){.e{font:1em/1.5 \"Segoe UI\",x}}.f :focus-visible{color:red}@container (min-width:600px){.g{top:0}}"
    );
}

#[test]
fn the_minified_stylesheet_keeps_every_rule() {
    let source = include_str!("../assets/widget.css");
    let min = minify::css(source);
    assert!(!min.contains("/*") && !min.contains('\n'));
    let count = |s: &str, c: char| s.chars().filter(|&x| x == c).count();
    for c in ['{', '}', ';', ':', '"', '(', ')'] {
        // Comments may hold punctuation; the rules themselves must all survive.
        let without_comments: String = source
            .split("/*")
            .enumerate()
            .map(|(i, part)| if i == 0 { part } else { part.split_once("*/").map_or("", |(_, rest)| rest) })
            .collect();
        assert_eq!(count(&min, c), count(&without_comments, c), "{c}");
    }
}
