//! Decimal text → `f64`, the second place the core asks the JavaScript engine for help (the
//! first is `fold`).
//!
//! Rust's float parser carries its tables of powers (the largest single lever in
//! docs/performance.md) for
//! three numbers a reader or author types: years (attribute, slider) and a salary to compare. The
//! engine's `parseFloat` is as exact (both round correctly), so the wasm asks it; natively, and
//! so in every native test, it is Rust's own. Both see only text in the grammar below, which
//! they read alike.

/// `s` as a number, if it is a decimal literal: an optional sign, digits with at most one `.`
/// (at least one digit), then optionally an exponent (`e`, an optional sign, digits). No white
/// space, `inf`, `NaN`, hexadecimal or digit separators: callers say which forms they accept
/// before asking.
pub fn parse_decimal(s: &str) -> Option<f64> {
    is_decimal_literal(s).then(|| convert(s))
}

fn is_decimal_literal(s: &str) -> bool {
    let unsigned = s.strip_prefix(['+', '-']).unwrap_or(s);
    let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e.strip_prefix(['+', '-']).unwrap_or(e))),
        None => (unsigned, None),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    digits(whole)
        && digits(fraction)
        && !(whole.is_empty() && fraction.is_empty())
        && exponent.is_none_or(|e| !e.is_empty() && digits(e))
}

#[cfg(all(target_arch = "wasm32", feature = "web"))]
fn convert(s: &str) -> f64 {
    js_sys::Number::parse_float(s)
}

#[cfg(not(all(target_arch = "wasm32", feature = "web")))]
fn convert(s: &str) -> f64 {
    // The grammar above is a subset of Rust's: this never fails.
    s.parse().unwrap_or(f64::NAN)
}

#[cfg(test)]
mod tests {
    use super::parse_decimal;

    #[test]
    fn reads_decimal_literals() {
        for (text, value) in [
            ("5", 5.0),
            ("7.5", 7.5),
            ("-1", -1.0),
            ("+2", 2.0),
            (".5", 0.5),
            ("5.", 5.0),
            ("0085", 85.0),
            ("85000.25", 85000.25),
            ("1e3", 1000.0),
            ("2.5E-1", 0.25),
            ("1e400", f64::INFINITY),
        ] {
            assert_eq!(parse_decimal(text), Some(value), "{text}");
        }
    }

    #[test]
    fn refuses_everything_else() {
        for text in [
            "", ".", "-", "+.", "e5", "1e", "1e+", "1.2.3", " 5", "5 ", "inf", "NaN", "Infinity", "0x10", "1_000",
            "1,5", "٣",
        ] {
            assert_eq!(parse_decimal(text), None, "{text:?}");
        }
    }
}
