//! `core::float::parse` (which keeps std's float parser and its tables out of the wasm) against
//! std's `str::parse`: exact on the numbers the widget is given, close on all others.
#![cfg(not(target_arch = "wasm32"))]

use career_widget::core::float::parse;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    #[test]
    fn exact_on_short_decimals(
        digits in 0u64..1_000_000_000_000_000,
        point in 0usize..16,
        exp in prop::option::of(-7i32..8),
        negative in any::<bool>(),
    ) {
        let mut text = digits.to_string();
        let point = point.min(text.len());
        text.insert(text.len() - point, '.');
        if let Some(e) = exp { text.push_str(&format!("e{e}")); }
        if negative { text.insert(0, '-'); }
        let want: f64 = text.parse().unwrap();
        prop_assert_eq!(parse(&text).map(f64::to_bits), Some(want.to_bits()), "{}", text);
    }

    #[test]
    fn close_on_any_float(v in any::<f64>().prop_filter("finite", |v| v.is_finite()), exp_form in any::<bool>()) {
        let text = if exp_form { format!("{v:e}") } else { format!("{v}") };
        let got = parse(&text).expect("a printed float reads back");
        if v == 0.0 || v.abs() < 1e-290 {
            // Subnormals may lose more in the steps; they only need to stay tiny.
            prop_assert!(got.abs() < 1e-280, "{} -> {}", text, got);
        } else {
            prop_assert!(((got - v) / v).abs() < 1e-14, "{} -> {}", text, got);
        }
    }

    #[test]
    fn accepts_exactly_the_decimal_syntax(text in "[-+]?[0-9.eE+x-]{0,8}") {
        let shape = regex_like(&text);
        prop_assert_eq!(parse(&text).is_some(), shape && text.parse::<f64>().map(f64::is_finite).unwrap_or(false), "{}", text);
    }
}

/// `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`, by hand.
fn regex_like(text: &str) -> bool {
    let t = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (num, exp) = match t.find(['e', 'E']) {
        Some(i) => (&t[..i], Some(&t[i + 1..])),
        None => (t, None),
    };
    let (int, frac) = num.split_once('.').unwrap_or((num, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let num_ok = digits(int) && digits(frac) && !(int.is_empty() && frac.is_empty());
    let exp_ok = exp.is_none_or(|e| {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    num_ok && exp_ok
}
