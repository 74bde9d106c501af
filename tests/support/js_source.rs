//! Reading constants out of the JavaScript the tests hold the Rust to.

/// The value of `const NAME = …;` in JavaScript source.
pub fn js_const<'a>(source: &'a str, name: &str) -> &'a str {
    let start = format!("const {name} = ");
    let line = source.lines().find(|l| l.starts_with(&start)).unwrap_or_else(|| panic!("the source declares {name}"));
    line[start.len()..].trim_end_matches(';')
}
