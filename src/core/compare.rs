//! "Compare your salary": reading what a reader types, and what it means against the model.

use super::decimal::parse_decimal;
use super::salary::SalaryModel;
use super::years::Years;

/// The largest annual salary the compare box accepts; larger input is almost surely a typo.
pub const MAX_SALARY_INPUT: f64 = 10_000_000.0;

/// Why typed text is not a usable salary (the UI words it). Empty input is not an error: it is no
/// comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SalaryInputError {
    NotANumber,
    NotPositive,
    TooLarge,
}

/// Reads a typed or pasted annual salary: `85000`, `$85,000`, `85.000 €`, `USD 85 000`,
/// `85k`, `85,000.50`. `Ok(None)` for blank input.
pub fn parse_salary_input(text: &str) -> Result<Option<f64>, SalaryInputError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    if trimmed.chars().count() > 40 {
        return Err(SalaryInputError::NotANumber);
    }
    let mut s: String = trimmed
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '$' | '€' | '£' | '¥' | '\'' | '’' | '_'))
        .collect();
    for code in ["USD", "usd", "US", "EUR", "eur", "GBP", "gbp"] {
        s = s.replace(code, "");
    }
    let negative = s.starts_with('-') || s.starts_with('−');
    let s = s.trim_start_matches(['-', '−', '+']);
    let (s, multiplier) = match s.strip_suffix(['k', 'K']) {
        Some(rest) => (rest, 1_000.0),
        None => (s, 1.0),
    };
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.') {
        return Err(SalaryInputError::NotANumber);
    }
    let normalised = normalise_separators(s).ok_or(SalaryInputError::NotANumber)?;
    let value = parse_decimal(&normalised).ok_or(SalaryInputError::NotANumber)?;
    let value = value * multiplier;
    if negative || value <= 0.0 {
        return Err(SalaryInputError::NotPositive);
    }
    if !value.is_finite() || value > MAX_SALARY_INPUT {
        return Err(SalaryInputError::TooLarge);
    }
    Ok(Some(value))
}

/// Decides which of `,` and `.` is the decimal mark and drops the other: with both, the last
/// one is decimal; with one kind whose every group after the first has three digits, it groups
/// thousands ("85,000", "1.234.567"); otherwise a single mark is decimal ("85.5", "85,5").
fn normalise_separators(s: &str) -> Option<String> {
    let decimal_at = match (s.rfind(','), s.rfind('.')) {
        (Some(c), Some(d)) => Some(c.max(d)),
        (Some(i), None) | (None, Some(i)) => {
            let groups: Vec<&str> = s.split(char::from(s.as_bytes()[i])).collect();
            let thousands = !groups[0].is_empty() && groups[1..].iter().all(|g| g.len() == 3);
            if thousands {
                None
            } else if groups.len() == 2 {
                Some(i)
            } else {
                return None;
            }
        }
        (None, None) => None,
    };
    if let Some(i) = decimal_at {
        let mark = s.as_bytes()[i];
        if s.bytes().filter(|&b| b == mark).count() > 1 {
            return None;
        }
    }
    Some(
        s.char_indices()
            .filter_map(|(i, c)| if Some(i) == decimal_at { Some('.') } else { c.is_ascii_digit().then_some(c) })
            .collect(),
    )
}

/// The reader's salary against the model at their years.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Comparison {
    pub salary: f64,
    pub percentile: f64,
    /// `salary − estimate`: positive above the estimate.
    pub difference: f64,
}

impl Comparison {
    pub fn new(model: &SalaryModel, years: Years, salary: f64) -> Option<Self> {
        Some(Self { salary, percentile: model.percentile(salary)?, difference: salary - model.estimate(years) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_readers_type_and_paste() {
        let cases: [(&str, f64); 14] = [
            ("85000", 85_000.0),
            ("$85,000", 85_000.0),
            ("  $ 85,000  ", 85_000.0),
            ("85.000 €", 85_000.0),
            ("USD 85 000", 85_000.0),
            ("85k", 85_000.0),
            ("85.5K", 85_500.0),
            ("85,000.50", 85_000.5),
            ("1.234.567,89", 1_234_567.89),
            ("1,234,567", 1_234_567.0),
            ("85.5", 85.5),
            ("85,5", 85.5),
            ("+90000", 90_000.0),
            ("\u{a0}72\u{202f}000\u{a0}$", 72_000.0),
        ];
        for (text, want) in cases {
            assert_eq!(parse_salary_input(text), Ok(Some(want)), "{text:?}");
        }
    }

    #[test]
    fn blank_is_no_comparison() {
        assert_eq!(parse_salary_input(""), Ok(None));
        assert_eq!(parse_salary_input("   "), Ok(None));
    }

    #[test]
    fn bad_input_gets_a_reason() {
        use SalaryInputError::*;
        let cases: [(&str, SalaryInputError); 12] = [
            ("abc", NotANumber),
            ("eighty thousand", NotANumber),
            ("85,00,000", NotANumber),
            ("1.2.3,4,5", NotANumber),
            ("<script>alert(1)</script>", NotANumber),
            ("1e9", NotANumber),
            ("NaN", NotANumber),
            ("-85000", NotPositive),
            ("−85000", NotPositive),
            ("0", NotPositive),
            ("999999999999999999999999999", TooLarge),
            ("20,000,000", TooLarge),
        ];
        for (text, want) in cases {
            assert_eq!(parse_salary_input(text), Err(want), "{text:?}");
        }
        assert_eq!(parse_salary_input(&"9".repeat(500)), Err(NotANumber));
    }
}
