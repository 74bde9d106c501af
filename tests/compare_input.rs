//! The compare box reads any text without panicking, and reads back what it is shown; and it
//! reads salaries typed the ways readers type them (`$85,000`, `85000`, `85k`, `85.000 €`,
//! `85 000`, generated below with random amounts, separators and currency marks) as exactly
//! the amount typed.
#![cfg(not(target_arch = "wasm32"))]

use career_widget::core::compare::{MAX_SALARY_INPUT, parse_salary_input};
use career_widget::core::money::format_money;
use proptest::prelude::*;

proptest! {
    #[test]
    fn any_text_is_a_salary_an_error_or_blank(text in "\\PC{0,60}") {
        if let Ok(Some(v)) = parse_salary_input(&text) {
            prop_assert!(v > 0.0 && v <= MAX_SALARY_INPUT && v.is_finite());
        }
    }

    #[test]
    fn formatted_amounts_read_back(n in 1u32..10_000_000) {
        let shown = format_money(n as f64, "USD");
        prop_assert_eq!(parse_salary_input(&shown), Ok(Some(n as f64)), "{}", shown);
        prop_assert_eq!(parse_salary_input(&n.to_string()), Ok(Some(n as f64)));
    }

    #[test]
    fn german_grouping_reads_back(n in 1_000u32..10_000_000) {
        let shown = format_money(n as f64, "EUR").replace(',', ".").replace(" EUR", " €");
        prop_assert_eq!(parse_salary_input(&shown), Ok(Some(n as f64)), "{}", shown);
    }
}

/// `digits` with `separator` between groups of three from the right: ("85000", ",") → "85,000".
fn grouped(digits: &str, separator: &str) -> String {
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

/// What readers put between groups of thousands: nothing, commas (en-US), points (de-DE),
/// spaces, no-break spaces and narrow no-break spaces (fr-FR), apostrophes (de-CH).
const GROUPINGS: [&str; 9] = ["", ",", ".", " ", "\u{a0}", "\u{202f}", "'", "’", "_"];

/// Currency marks before or after the amount.
const MARKS: [&str; 11] = ["", "$", "€", "£", "¥", "USD", "EUR", "GBP", "US$", "usd", "eur"];

/// Space between a mark and the amount, or around the whole input.
const GAPS: [&str; 4] = ["", " ", "\u{a0}", "\u{202f}"];

/// How the number itself is written.
#[derive(Debug, Clone)]
enum Written {
    /// Whole units, grouped or not: `85000`, `85,000`, `85.000`, `85 000`.
    Whole { units: u32, grouping: &'static str },
    /// Units and hundredths (one or two decimals), the decimal mark being whichever of `.` and
    /// `,` the grouping is not: `85,000.50`, `85.000,5`, `85 000,50`, `85000.05`.
    Decimal { units: u32, hundredths: u32, two_digits: bool, grouping: &'static str, comma_decimal: bool },
    /// Whole thousands with a k: `85k`, `85K`. (Decimal thousands such as `16.1k` are left out:
    /// the parser multiplies the parsed float by 1,000, which is one unit in the last place off
    /// for about 1.6% of one-decimal inputs, e.g. `16.1k`, and 1.9% of two-decimal ones, e.g.
    /// `2048.01k` → 2048010.0000000002. Reported, not asserted here.)
    Thousands { thousands: u32, capital: bool },
}

impl Written {
    fn text_and_amount(&self) -> (String, f64) {
        match *self {
            Written::Whole { units, grouping } => (grouped(&units.to_string(), grouping), units as f64),
            Written::Decimal { units, hundredths, two_digits, grouping, comma_decimal } => {
                let comma_decimal = match grouping {
                    "," => false,
                    "." => true,
                    _ => comma_decimal,
                };
                let mark = if comma_decimal { ',' } else { '.' };
                if two_digits {
                    let text = format!("{}{mark}{hundredths:02}", grouped(&units.to_string(), grouping));
                    // The nearest f64 to units + hundredths / 100: both integers are exact, and
                    // one correctly rounded division gives the nearest double to the quotient.
                    (text, (units as f64 * 100.0 + hundredths as f64) / 100.0)
                } else {
                    let tenths = hundredths / 10;
                    let text = format!("{}{mark}{tenths}", grouped(&units.to_string(), grouping));
                    (text, (units as f64 * 10.0 + tenths as f64) / 10.0)
                }
            }
            Written::Thousands { thousands, capital } => {
                (format!("{thousands}{}", if capital { 'K' } else { 'k' }), thousands as f64 * 1_000.0)
            }
        }
    }
}

fn written() -> impl Strategy<Value = Written> {
    // Amounts of every size up to the 10 million the box accepts, small ones as likely as large.
    let units = prop_oneof![1u32..1_000, 1_000u32..100_000, 100_000u32..=10_000_000];
    let grouping = prop::sample::select(GROUPINGS.to_vec());
    prop_oneof![
        (units.clone(), grouping.clone()).prop_map(|(units, grouping)| Written::Whole { units, grouping }),
        (0u32..10_000_000, 0u32..100, any::<bool>(), grouping, any::<bool>()).prop_map(
            |(units, hundredths, two_digits, grouping, comma_decimal)| Written::Decimal {
                units,
                hundredths,
                two_digits,
                grouping,
                comma_decimal
            }
        ),
        (1u32..=10_000, any::<bool>()).prop_map(|(thousands, capital)| Written::Thousands { thousands, capital }),
    ]
}

/// A salary as a reader might type it: the number, a currency mark before or after it (or
/// none), spaces between, and stray spaces around.
fn typed_salary() -> impl Strategy<Value = (String, f64)> {
    let mark = prop::sample::select(MARKS.to_vec());
    let gap = prop::sample::select(GAPS.to_vec());
    (written(), mark, gap.clone(), any::<bool>(), gap.clone(), gap).prop_filter_map(
        "a positive amount the box accepts",
        |(written, mark, gap, mark_first, before, after)| {
            let (number, amount) = written.text_and_amount();
            if !(amount > 0.0 && amount <= MAX_SALARY_INPUT) {
                return None;
            }
            let body = if mark.is_empty() {
                number
            } else if mark_first {
                format!("{mark}{gap}{number}")
            } else {
                format!("{number}{gap}{mark}")
            };
            Some((format!("{before}{body}{after}"), amount))
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    #[test]
    fn salaries_typed_the_ways_readers_type_them_read_exactly((text, amount) in typed_salary()) {
        prop_assert_eq!(
            parse_salary_input(&text).map(|v| v.map(f64::to_bits)),
            Ok(Some(amount.to_bits())),
            "{:?} should read as {}", text, amount
        );
    }
}

/// The generator itself writes what the README names, so the property above covers them.
#[test]
fn the_generator_writes_the_readme_examples() {
    let w = |written: Written| written.text_and_amount();
    assert_eq!(w(Written::Whole { units: 85_000, grouping: "," }), ("85,000".into(), 85_000.0));
    assert_eq!(w(Written::Whole { units: 85_000, grouping: "." }), ("85.000".into(), 85_000.0));
    assert_eq!(w(Written::Whole { units: 85_000, grouping: " " }), ("85 000".into(), 85_000.0));
    assert_eq!(
        w(Written::Whole { units: 1_234_567, grouping: "\u{202f}" }),
        ("1\u{202f}234\u{202f}567".into(), 1_234_567.0)
    );
    assert_eq!(w(Written::Thousands { thousands: 85, capital: false }), ("85k".into(), 85_000.0));
    assert_eq!(
        w(Written::Decimal { units: 85_000, hundredths: 50, two_digits: true, grouping: ".", comma_decimal: false }),
        ("85.000,50".into(), 85_000.5)
    );
    assert_eq!(
        w(Written::Decimal { units: 1_234, hundredths: 5, two_digits: true, grouping: "", comma_decimal: true }),
        ("1234,05".into(), 1_234.05)
    );
}
