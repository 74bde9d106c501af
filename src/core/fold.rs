//! Lower-casing for search, one of two places the core asks the JavaScript engine for help (the
//! other is `decimal`).
//!
//! Rust's `str::to_lowercase` carries Unicode's case tables: 7 KB of the compressed wasm. In the
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
    #[test]
    fn lowercases_beyond_ascii() {
        assert_eq!(super::lowercase("Éclair CRM ÜBER İ"), "Éclair CRM ÜBER İ".to_lowercase());
        assert_eq!(super::lowercase("Éclair"), "éclair");
    }
}
