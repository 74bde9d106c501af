//! Float helpers that keep core's float machinery out of the wasm:
//! - `clamp`: std's `f64::clamp` asserts `min <= max` with a message that formats both floats,
//!   which alone pulls float printing (about 8 KB of compressed wasm) into the bundle.
//! - `parse`: std's float parser carries a 10 KB table of powers of five for the rare inputs
//!   that need more than 15 significant digits or a large exponent. Every number a dataset,
//!   an attribute or a reader gives the widget is far simpler (salaries, years, percentages).

/// `v` limited to `lo..=hi`; NaN stays NaN, as with `f64::clamp`.
pub fn clamp(v: f64, lo: f64, hi: f64) -> f64 {
    if v < lo {
        lo
    } else if v > hi {
        hi
    } else {
        v
    }
}

/// Reads a decimal number: an optional sign, digits with an optional point (at least one
/// digit), an optional exponent (`e`/`E`, optional sign, digits). No `inf`, `NaN` or hex.
///
/// Exact (the nearest f64, as `str::parse` gives) whenever the digits, leading and trailing
/// zeros aside, fit in 15 significant digits and the result is an integer below 2^53 or a
/// decimal whose scale is within 10^±22: every salary, year count and percentage. Other
/// inputs are within a few units in the last place. `None` on bad syntax or overflow to
/// infinity.
pub fn parse(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let mut i = 0;
    let negative = match bytes.first() {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    // The significant digits in `mantissa` (up to 19), the rest only counted.
    let mut mantissa: u64 = 0;
    let mut digits = 0; // digits seen, leading zeros excluded
    let mut exponent: i64 = 0; // the power of ten `mantissa` is scaled by
    let mut inexact = false;
    let mut any_digit = false;
    let mut seen_point = false;
    while i < bytes.len() {
        match bytes[i] {
            b @ b'0'..=b'9' => {
                any_digit = true;
                if digits < 19 {
                    if mantissa > 0 || b != b'0' {
                        digits += 1;
                    }
                    mantissa = mantissa * 10 + u64::from(b - b'0');
                    if seen_point {
                        exponent -= 1;
                    }
                } else {
                    inexact |= b != b'0';
                    if !seen_point {
                        exponent += 1;
                    }
                }
            }
            b'.' if !seen_point => seen_point = true,
            _ => break,
        }
        i += 1;
    }
    if !any_digit {
        return None;
    }
    if let Some(b'e' | b'E') = bytes.get(i) {
        i += 1;
        let sign = match bytes.get(i) {
            Some(b'-') => {
                i += 1;
                -1
            }
            Some(b'+') => {
                i += 1;
                1
            }
            _ => 1,
        };
        let start = i;
        let mut e: i64 = 0;
        while let Some(b @ b'0'..=b'9') = bytes.get(i) {
            e = (e * 10 + i64::from(b - b'0')).min(100_000);
            i += 1;
        }
        if i == start {
            return None;
        }
        exponent += sign * e;
    }
    if i != bytes.len() {
        return None;
    }
    let magnitude = scale(mantissa, exponent, digits <= 15 && !inexact);
    if magnitude.is_infinite() {
        return None;
    }
    Some(if negative { -magnitude } else { magnitude })
}

/// Exact powers of ten: every one up to 10^22 is representable.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22,
];

/// `mantissa × 10^exponent`.
fn scale(mantissa: u64, exponent: i64, short: bool) -> f64 {
    if mantissa == 0 {
        return 0.0;
    }
    let m = mantissa as f64;
    // One correctly rounded operation on exact operands gives the nearest f64 (Clinger).
    if short && (0..=22).contains(&exponent) {
        return m * POW10[exponent as usize];
    }
    if short && (-22..0).contains(&exponent) {
        return m / POW10[(-exponent) as usize];
    }
    // Rare inputs: step by exact powers of ten. Each step rounds once, so the error stays
    // within a few units in the last place; large steps first keep clear of overflow and
    // underflow in between.
    let mut v = m;
    let mut e = exponent;
    while e > 0 {
        let step = e.min(22);
        v *= POW10[step as usize];
        e -= step;
        if v.is_infinite() {
            return v;
        }
    }
    while e < 0 {
        let step = (-e).min(22);
        v /= POW10[step as usize];
        e += step;
        if v == 0.0 {
            return v;
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::{clamp, parse};

    #[test]
    fn reads_what_the_widget_is_given() {
        for (text, want) in [
            ("85000", 85000.0),
            ("7.5", 7.5),
            (".5", 0.5),
            ("5.", 5.0),
            ("-1", -1.0),
            ("+2", 2.0),
            ("4.8", 4.8),
            ("1e5", 1e5),
            ("2.5E-3", 2.5e-3),
            ("0.1", 0.1),
            ("-0", -0.0),
            ("00012.3400", 12.34),
            ("9007199254740993", 9007199254740992.0),
        ] {
            assert_eq!(parse(text).map(f64::to_bits), Some(f64::to_bits(want)), "{text}");
        }
        for bad in ["", "-", ".", "1e", "1e+", "inf", "NaN", "1.2.3", "1 ", " 1", "0x10", "1_000", "1e400", "--1"] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn agrees_with_std() {
        for v in [-1.0, 0.0, -0.0, 0.5, 1.0, 2.0, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(clamp(v, 0.0, 1.0).to_bits(), v.clamp(0.0, 1.0).to_bits(), "{v}");
        }
        assert!(clamp(f64::NAN, 0.0, 1.0).is_nan());
    }
}
