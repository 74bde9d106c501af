//! Whole-unit money text for places without `Intl` (the native tests, and props built without a
//! browser's formatter). In the
//! browser the embed layer formats with `Intl.NumberFormat` for the reader's locale instead.

/// `85000.0, "USD"` → "$85,000"; other currencies → "85,000 EUR". Rounds to whole units.
pub fn format_money(amount: f64, currency: &str) -> String {
    if !amount.is_finite() {
        return "—".to_string();
    }
    let rounded = amount.round();
    let sign = if rounded < 0.0 { "-" } else { "" };
    let digits = group_thousands(rounded.abs() as u64);
    match currency {
        "USD" => format!("{sign}${digits}"),
        _ => format!("{sign}{digits} {currency}"),
    }
}

fn group_thousands(n: u64) -> String {
    let raw = n.to_string();
    let mut out = String::with_capacity(raw.len() + raw.len() / 3);
    for (i, c) in raw.chars().enumerate() {
        if i > 0 && (raw.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_whole_dollars() {
        assert_eq!(format_money(85_000.0, "USD"), "$85,000");
        assert_eq!(format_money(67_500.4, "USD"), "$67,500");
        assert_eq!(format_money(999.5, "USD"), "$1,000");
        assert_eq!(format_money(-2_500.0, "USD"), "-$2,500");
        assert_eq!(format_money(0.0, "USD"), "$0");
        assert_eq!(format_money(1_234_567.0, "EUR"), "1,234,567 EUR");
        assert_eq!(format_money(f64::NAN, "USD"), "—");
    }
}
