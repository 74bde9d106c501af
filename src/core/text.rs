//! Numbers as text without `f64`'s `Display`, whose float-printing machinery (Grisu and Dragon)
//! would add some 15 KB to the wasm for what is only ever a fixed number of decimals here.

/// `v` with exactly `decimals` digits after the point (0–6), like `format!("{v:.2}")`.
/// Ties round away from zero. Non-finite values print as "0".
pub fn fixed(v: f64, decimals: u32) -> String {
    let decimals = decimals.min(6);
    if !v.is_finite() {
        return "0".to_string();
    }
    let scale = 10u64.pow(decimals);
    let scaled = (v.abs() * scale as f64).round();
    if scaled >= u64::MAX as f64 {
        return "0".to_string();
    }
    let scaled = scaled as u64;
    let sign = if v < 0.0 && scaled != 0 { "-" } else { "" };
    if decimals == 0 {
        return format!("{sign}{scaled}");
    }
    format!("{sign}{}.{:0width$}", scaled / scale, scaled % scale, width = decimals as usize)
}

/// `v` with at most two decimals and no trailing zeros: 3 → "3", 2.5 → "2.5", 9.25 → "9.25".
pub fn num(v: f64) -> String {
    let s = fixed(v, 2);
    match s.find('.') {
        Some(_) => s.trim_end_matches('0').trim_end_matches('.').to_string(),
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_matches_std_formatting() {
        for v in [0.0, 1.0, 2.5, 47.5, 99.999, 100.0, 0.004, 12.3456, -3.26, 1e9] {
            assert_eq!(fixed(v, 2), format!("{v:.2}"), "{v}");
            assert_eq!(fixed(v, 1), format!("{v:.1}"), "{v}");
        }
        assert_eq!(fixed(f64::NAN, 2), "0");
        assert_eq!(fixed(-0.0001, 2), "0.00");
    }

    #[test]
    fn num_trims() {
        assert_eq!(num(3.0), "3");
        assert_eq!(num(2.5), "2.5");
        assert_eq!(num(9.25), "9.25");
        assert_eq!(num(0.0), "0");
        assert_eq!(num(40.0), "40");
        assert_eq!(num(-1.5), "-1.5");
        assert_eq!(num(100_000_000.0), "100000000");
    }
}
