//! `f64::clamp` without its panic: std's version asserts `min <= max` with a message that
//! formats both floats, which alone pulls float printing (about 8 KB of compressed wasm) into
//! the bundle. Every caller here passes constant or validated bounds.

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

#[cfg(test)]
mod tests {
    use super::clamp;

    #[test]
    fn agrees_with_std() {
        for v in [-1.0, 0.0, -0.0, 0.5, 1.0, 2.0, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(clamp(v, 0.0, 1.0).to_bits(), v.clamp(0.0, 1.0).to_bits(), "{v}");
        }
        assert!(clamp(f64::NAN, 0.0, 1.0).is_nan());
    }
}
