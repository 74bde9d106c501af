//! Lower-casing for search, one of two places the core asks the JavaScript engine for help (the
//! other is `decimal`).
//!
//! Rust's `str::to_lowercase` carries Unicode's case tables into the wasm. In the
//! browser, JavaScript's `toLowerCase` applies the same Unicode default case conversion (final
//! sigma included) from tables the engine already has. Natively, and so in every native test,
//! it is Rust's own; the browser tests run the JavaScript one.

/// `s` lower-cased by Unicode's default case conversion.
#[cfg(all(target_arch = "wasm32", feature = "web"))]
pub fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    js_sys::JsString::from(s).to_lower_case().into()
}

/// `s` lower-cased by Unicode's default case conversion.
#[cfg(not(all(target_arch = "wasm32", feature = "web")))]
pub fn lowercase(s: &str) -> String {
    s.to_lowercase()
}

#[cfg(test)]
mod tests {
    // Written out, not computed: a comparison with `to_lowercase` would pass whatever it does.
    #[test]
    fn lowercases_beyond_ascii() {
        for (text, lower) in [
            ("Éclair CRM ÜBER", "éclair crm über"),
            ("ÀÇÑØÞ", "àçñøþ"),
            ("already lower 123 -_.", "already lower 123 -_."),
            // The dotted capital I becomes i and a combining dot above: two characters.
            ("İ", "i\u{307}"),
            ("İstanbul", "i\u{307}stanbul"),
            // The dotless small ı has no other case to fold into; the plain capital I is i.
            ("ıI", "ıi"),
            // Σ at the end of a word is ς, elsewhere σ, alone σ.
            ("ΟΔΟΣ", "οδος"),
            ("ΣΟΦΙΑ", "σοφια"),
            ("ΟΔΟΣ ΟΔΟΣ.", "οδος οδος."),
            ("Σ", "σ"),
            ("ẞ", "ß"),
            ("ǅ", "ǆ"),
            ("ДЖ", "дж"),
            ("Ａ", "ａ"),
            ("𐐀", "𐐨"),
        ] {
            assert_eq!(super::lowercase(text), lower, "{text:?}");
        }
    }
}
