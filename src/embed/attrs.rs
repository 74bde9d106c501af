//! `<career-widget>` attributes → [`WidgetConfig`]. Pure, so every bad value is tested natively.
//! A bad value never breaks the widget: it falls back (or, for years, is clamped) and the reason
//! is returned as one warning for the console.

use crate::core::dataset::Dataset;
use crate::core::decimal::parse_decimal;
use crate::core::text::is_locale_shaped;
use crate::core::text::outside;
use crate::core::years::{YEARS_DEFAULT, YEARS_MAX, YEARS_MIN, Years};
use crate::ui::{Layout, Outline, Theme, View};

#[derive(Debug, Clone, PartialEq)]
pub struct WidgetConfig {
    /// Index into the dataset's careers.
    pub career: usize,
    /// The reader chooses the career: the host named none and the dataset has several.
    pub picker: bool,
    pub years: Years,
    pub view: View,
    pub layout: Layout,
    /// The widget's top heading level (`heading-level`).
    pub outline: Outline,
    /// A BCP 47 tag, or `None` for the reader's browser language.
    pub locale: Option<String>,
    pub theme: Theme,
}

// `src` is read by the embed layer itself: it needs the network, and its problems are reported
// once per URL rather than per element.

/// One attribute's problem, for one `console.warn`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub attribute: &'static str,
    pub message: String,
}

/// Reads the attributes through `get` (attribute name → value, `None` when absent).
pub fn parse_attributes(get: impl Fn(&str) -> Option<String>, dataset: &Dataset) -> (WidgetConfig, Vec<Warning>) {
    let mut warnings = Vec::new();
    let mut warn = |attribute: &'static str, value: &str, why: String| {
        warnings.push(Warning {
            attribute,
            message: format!("<career-widget> {attribute}=\"{}\" {why}", outside(value, 40)),
        });
    };

    let career = match get("career") {
        None => 0,
        Some(v) => match dataset.careers.iter().position(|c| c.id == v.trim().to_ascii_lowercase()) {
            Some(i) => i,
            None => {
                let ids: Vec<&str> = dataset.careers.iter().map(|c| c.id.as_str()).collect();
                warn(
                    "career",
                    &v,
                    format!("is not in the dataset (it has: {}); showing \"{}\".", ids.join(", "), ids[0]),
                );
                0
            }
        },
    };

    let years = match get("years") {
        None => Years::DEFAULT,
        Some(v) => match plain_decimal(v.trim()) {
            Some(n) if Years::in_range(n) => Years::clamped(n).unwrap_or_default(),
            Some(n) => {
                let clamped = Years::clamped(n).unwrap_or_default();
                warn("years", &v, format!("is outside {}–{}; using {} years.", YEARS_MIN, YEARS_MAX, clamped.get()));
                clamped
            }
            None => {
                warn("years", &v, format!("is not a number of years; using {}.", YEARS_DEFAULT));
                Years::DEFAULT
            }
        },
    };

    let mut choose = |attribute: &'static str, options: &[&str]| -> usize {
        let Some(raw) = get(attribute) else { return 0 };
        let wanted = raw.trim().to_ascii_lowercase();
        options.iter().position(|o| *o == wanted).unwrap_or_else(|| {
            warn(attribute, &raw, format!("is not one of {}; using {}.", options.join(", "), options[0]));
            0
        })
    };
    // The first option is the default.
    let view = [View::Both, View::Salary, View::Skills][choose("view", &["both", "salary", "skills"])];
    let theme = [Theme::Auto, Theme::Light, Theme::Dark][choose("theme", &["auto", "light", "dark"])];
    let layout = [Layout::Compact, Layout::Full][choose("layout", &["compact", "full"])];
    let outline = Outline(match get("heading-level") {
        None => 2,
        Some(v) => match v.trim() {
            level @ ("1" | "2" | "3" | "4" | "5" | "6") => level.as_bytes()[0] - b'0',
            _ => {
                warn("heading-level", &v, "is not a heading level from 1 to 6; using 2.".into());
                2
            }
        },
    });

    let locale = match get("locale") {
        None => None,
        Some(v) if is_locale_shaped(v.trim()) => Some(v.trim().to_string()),
        Some(v) => {
            warn("locale", &v, "is not a BCP 47 language tag such as \"en-US\"; using the widget's language.".into());
            None
        }
    };

    let picker = get("career").is_none() && dataset.careers.len() > 1;
    (WidgetConfig { career, picker, years, view, layout, outline, locale, theme }, warnings)
}

/// A plain decimal such as `5`, `7.5`, `-1` or `.5`: no exponent, which no blog author means by
/// a number of years.
fn plain_decimal(s: &str) -> Option<f64> {
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    let plain = digits.bytes().any(|b| b.is_ascii_digit())
        && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && digits.bytes().filter(|&b| b == b'.').count() <= 1;
    if plain { parse_decimal(s) } else { None }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::bundled_dataset;

    fn parse(attrs: &[(&str, &str)]) -> (WidgetConfig, Vec<String>) {
        let d = bundled_dataset().as_ref().unwrap();
        let (config, warnings) =
            parse_attributes(|name| attrs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string()), d);
        (config, warnings.into_iter().map(|w| w.message).collect())
    }

    #[test]
    fn defaults_without_attributes() {
        let (c, w) = parse(&[]);
        assert_eq!(
            c,
            WidgetConfig {
                career: 0,
                picker: false,
                years: Years::DEFAULT,
                view: View::Both,
                layout: Layout::Compact,
                outline: Outline(2),
                locale: None,
                theme: Theme::Auto
            }
        );
        assert!(w.is_empty());
    }

    #[test]
    fn good_values() {
        let (c, w) = parse(&[
            ("career", "customer-support-manager"),
            ("years", " 7.5 "),
            ("view", "Salary"),
            ("locale", "de-DE"),
            ("theme", "DARK"),
            ("layout", " Full"),
            ("heading-level", " 4 "),
        ]);
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(c.years.get(), 7.5);
        assert_eq!((c.layout, c.outline), (Layout::Full, Outline(4)));
        assert_eq!((c.view, c.theme, c.locale.as_deref()), (View::Salary, Theme::Dark, Some("de-DE")));
    }

    #[test]
    fn each_bad_value_falls_back_with_one_warning() {
        let cases: [(&str, &str, &str); 14] = [
            (
                "career",
                "astronaut",
                "<career-widget> career=\"astronaut\" is not in the dataset (it has: customer-support-manager); showing \"customer-support-manager\".",
            ),
            ("years", "abc", "<career-widget> years=\"abc\" is not a number of years; using 5."),
            ("years", "", "<career-widget> years=\"\" is not a number of years; using 5."),
            ("years", "NaN", "<career-widget> years=\"NaN\" is not a number of years; using 5."),
            ("years", "1e1", "<career-widget> years=\"1e1\" is not a number of years; using 5."),
            ("years", "99", "<career-widget> years=\"99\" is outside 0–40; using 40 years."),
            ("years", "-2", "<career-widget> years=\"-2\" is outside 0–40; using 0 years."),
            ("view", "chart", "<career-widget> view=\"chart\" is not one of both, salary, skills; using both."),
            ("theme", "neon", "<career-widget> theme=\"neon\" is not one of auto, light, dark; using auto."),
            ("layout", "tabs", "<career-widget> layout=\"tabs\" is not one of compact, full; using compact."),
            ("heading-level", "7", "<career-widget> heading-level=\"7\" is not a heading level from 1 to 6; using 2."),
            (
                "heading-level",
                "h3",
                "<career-widget> heading-level=\"h3\" is not a heading level from 1 to 6; using 2.",
            ),
            (
                "heading-level",
                "2.0",
                "<career-widget> heading-level=\"2.0\" is not a heading level from 1 to 6; using 2.",
            ),
            (
                "locale",
                "<script>",
                "<career-widget> locale=\"<script>\" is not a BCP 47 language tag such as \"en-US\"; using the widget's language.",
            ),
        ];
        for (name, value, message) in cases {
            let (c, w) = parse(&[(name, value)]);
            assert_eq!(w, [message], "{name}={value:?}");
            assert_eq!(c.career, 0);
            assert!(Years::in_range(c.years.get()));
        }
    }

    #[test]
    fn long_values_are_shortened_in_warnings() {
        let long = "x".repeat(500);
        let (_, w) = parse(&[("view", &long)]);
        assert!(w[0].len() < 150, "{}", w[0]);
    }

    #[test]
    fn decimals() {
        assert_eq!(plain_decimal("5"), Some(5.0));
        assert_eq!(plain_decimal(".5"), Some(0.5));
        assert_eq!(plain_decimal("5."), Some(5.0));
        assert_eq!(plain_decimal("+3"), Some(3.0));
        for bad in ["", ".", "-", "inf", "NaN", "1e3", "5 years", "0x10", "1,5", "1.2.3"] {
            assert_eq!(plain_decimal(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn locales() {
        for good in ["en", "en-US", "de-DE", "zh-Hant-TW", "es-419"] {
            assert!(is_locale_shaped(good), "{good}");
        }
        for bad in ["", "e", "english-language-tag", "en_US", "<b>", "en-", "12-US"] {
            assert!(!is_locale_shaped(bad), "{bad}");
        }
    }
}
