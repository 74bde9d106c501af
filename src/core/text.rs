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

/// Characters that draw nothing but can reorder or hide the text around them: bidirectional
/// controls (U+202E turns what follows around), zero-width spaces and joiners, the byte-order
/// mark. Unicode calls them format characters (category Cf); this is the list of those a URL or
/// a message could carry, without pulling Unicode's property tables into the wasm.
pub fn is_format_char(c: char) -> bool {
    matches!(c,
        '\u{ad}' | '\u{600}'..='\u{605}' | '\u{61c}' | '\u{6dd}' | '\u{70f}' | '\u{180e}'
        | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{206f}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}' | '\u{110bd}'
        | '\u{1d173}'..='\u{1d17a}' | '\u{e0001}' | '\u{e0020}'..='\u{e007f}')
}

/// Text that came from outside (an attribute, a dataset key, a server's status line) made safe
/// to put in a message: one line, no control or format characters, white space collapsed, and at
/// most `max_chars` characters (then ending in "…").
pub fn outside(text: &str, max_chars: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max_chars * 4));
    let mut count = 0;
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() || c.is_control() {
            space = !out.is_empty();
            continue;
        }
        if is_format_char(c) {
            continue;
        }
        if count + usize::from(space) >= max_chars {
            out.push('…');
            return out;
        }
        if space {
            out.push(' ');
            count += 1;
            space = false;
        }
        out.push(c);
        count += 1;
    }
    out
}

#[cfg(test)]
mod outside_tests {
    use super::*;

    #[test]
    fn one_clean_line() {
        assert_eq!(outside("  a\nb\t\tc\u{0}d\u{202e}e\u{200b}f  ", 80), "a b c def");
        assert_eq!(outside("\u{7f}\u{9f}x", 80), "x");
    }

    #[test]
    fn bounded() {
        assert_eq!(outside("abcdef", 3), "abc…");
        assert_eq!(outside("abc", 3), "abc");
        assert_eq!(outside("ab cd", 3), "ab…");
        assert_eq!(outside(&"é".repeat(10_000), 40).chars().count(), 41);
    }

    #[test]
    fn format_characters() {
        for c in ['\u{202e}', '\u{2066}', '\u{200d}', '\u{feff}', '\u{e0041}'] {
            assert!(is_format_char(c), "{c:?}");
        }
        for c in ['a', 'é', ' ', '\u{5d0}', '😀'] {
            assert!(!is_format_char(c), "{c:?}");
        }
    }
}
