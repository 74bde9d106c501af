//! The compare box reads any text without panicking, and reads back what it is shown.
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
