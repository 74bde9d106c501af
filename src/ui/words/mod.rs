//! The widget's own words in one language, and how that language counts and writes numbers.
//!
//! The words are `assets/lang/<code>.json` (its `widget` part; `assets/lang/README.md` says what
//! each one is): English is compiled in, another language arrives from the loader. Components
//! take them from the [`Language`] in context ([`use_language`]) and fill their placeholders
//! with [`fill`]: the numbers already written for the language, dataset text already isolated.
//! `core` returns numbers and kinds; every word a reader sees is here.

use std::rc::Rc;

use yew::AttrValue;

use crate::core::dataset::{Demand, PayLevel, Tier};

/// The CLDR plural categories, as `Intl.PluralRules` names them.
const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// A message that depends on a number: one text per CLDR plural category (`other` always).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plural {
    /// By place in [`CATEGORIES`]; empty where the language gives none.
    forms: [String; 6],
}

impl Plural {
    /// The text for a category `Intl.PluralRules` chose; `other` where the language gives none.
    pub fn pick(&self, category: &str) -> &str {
        match CATEGORIES.iter().position(|c| *c == category).map(|i| &self.forms[i]) {
            Some(form) if !form.is_empty() => form,
            _ => &self.forms[5],
        }
    }
}

/// One message as a file gives it: a text, or plural forms.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Message {
    #[default]
    Missing,
    Text(AttrValue),
    Forms(Plural),
}

// Messages live in one list, in the order of KEYS, each read through a method of its name: one
// list to fill and drop, where a field per message made the wasm move and drop each one
// (docs/performance.md, "Levers").
macro_rules! words {
    ($($key:ident: $kind:ident $index:literal),* $(,)?) => {
        /// Every message of one language; each method is named for its JSON key.
        #[derive(Debug, Clone, PartialEq, Default)]
        pub struct Words {
            list: Vec<Message>,
            /// What a message missing from an incomplete list reads as (never, once checked).
            none: AttrValue,
        }

        /// The JSON keys, alphabetical, and whether each is plural forms.
        pub const KEYS: &[(&str, bool)] = &[$((stringify!($key), words!(@plural $kind))),*];

        impl Words {
            $(pub fn $key(&self) -> &$kind { words!(@get self $kind $index) })*
        }
    };
    (@plural AttrValue) => { false };
    (@plural Plural) => { true };
    (@get $self:ident AttrValue $index:literal) => { $self.text($index) };
    (@get $self:ident Plural $index:literal) => { $self.forms($index) };
}

words! {
    also_listed: AttrValue 0,
    career: AttrValue 1,
    chart_from: AttrValue 2,
    chart_points: AttrValue 3,
    chart_range_low: AttrValue 4,
    chart_salary: AttrValue 5,
    chart_tier_level: AttrValue 6,
    chart_title: AttrValue 7,
    chart_years: AttrValue 8,
    close_details: AttrValue 9,
    compare: AttrValue 10,
    compare_above: AttrValue 11,
    compare_below: AttrValue 12,
    compare_hint: AttrValue 13,
    compare_placeholder: AttrValue 14,
    compare_result: AttrValue 15,
    compare_same: AttrValue 16,
    data_unreadable: AttrValue 17,
    dataset_refused: AttrValue 18,
    demand_high: AttrValue 19,
    demand_low: AttrValue 20,
    demand_medium: AttrValue 21,
    derived: AttrValue 22,
    estimate_at: AttrValue 23,
    estimate_derived: AttrValue 24,
    estimate_percentile: AttrValue 25,
    first_tier_starts: AttrValue 26,
    focus_at: AttrValue 27,
    focus_now: AttrValue 28,
    group: AttrValue 29,
    how_end: AttrValue 30,
    how_estimated: AttrValue 31,
    how_intro: AttrValue 32,
    how_last_tier: AttrValue 33,
    how_point: AttrValue 34,
    how_range_low: AttrValue 35,
    how_tier: AttrValue 36,
    job_growth: AttrValue 37,
    learn_next: AttrValue 38,
    level_entry: AttrValue 39,
    level_mid: AttrValue 40,
    level_senior: AttrValue 41,
    level_top_10_percent: AttrValue 42,
    loading_data: AttrValue 43,
    loading_from: AttrValue 44,
    loading_retry: Plural 45,
    market_demand: AttrValue 46,
    median_salary: AttrValue 47,
    no: AttrValue 48,
    no_tools: AttrValue 49,
    one_year_less: AttrValue 50,
    one_year_more: AttrValue 51,
    ordinal: Plural 52,
    other_lists: AttrValue 53,
    outlook: AttrValue 54,
    percentile: AttrValue 55,
    percentile_about: AttrValue 56,
    percentile_above: AttrValue 57,
    percentile_below: AttrValue 58,
    range_estimate: AttrValue 59,
    range_high: AttrValue 60,
    range_low: AttrValue 61,
    range_median: AttrValue 62,
    range_summary: AttrValue 63,
    range_title: AttrValue 64,
    range_top: AttrValue 65,
    related_derived: AttrValue 66,
    related_tech: AttrValue 67,
    related_tools: AttrValue 68,
    remote_friendly: AttrValue 69,
    salary_not_a_number: AttrValue 70,
    salary_not_positive: AttrValue 71,
    salary_too_large: AttrValue 72,
    search_clear: AttrValue 73,
    search_count: Plural 74,
    search_none: AttrValue 75,
    search_placeholder: AttrValue 76,
    search_skills: AttrValue 77,
    sections: AttrValue 78,
    show_less: AttrValue 79,
    show_more: AttrValue 80,
    skills_derived: AttrValue 81,
    slider_value: AttrValue 82,
    soft_abilities: AttrValue 83,
    source: AttrValue 84,
    sources: AttrValue 85,
    tech_skills: AttrValue 86,
    tools: AttrValue 87,
    two_tiers: AttrValue 88,
    unavailable: AttrValue 89,
    what_it_pays: AttrValue 90,
    what_to_learn: AttrValue 91,
    why_group: AttrValue 92,
    widget_label: AttrValue 93,
    years: Plural 94,
    years_exact: AttrValue 95,
    years_exactly: AttrValue 96,
    years_from: Plural 97,
    years_of_experience: AttrValue 98,
    years_span: Plural 99,
    yes: AttrValue 100,
    your_estimate: AttrValue 101,
    your_salary: AttrValue 102,
}

impl Words {
    #[inline(never)]
    fn text(&self, index: usize) -> &AttrValue {
        match self.list.get(index) {
            Some(Message::Text(text)) => text,
            _ => &self.none,
        }
    }

    #[inline(never)]
    fn forms(&self, index: usize) -> &Plural {
        static NONE: Plural = Plural { forms: [const { String::new() }; 6] };
        match self.list.get(index) {
            Some(Message::Forms(forms)) => forms,
            _ => &NONE,
        }
    }
}

/// `template` with each `{name}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after
            .find('}')
            .and_then(|close| values.iter().find(|(n, _)| *n == &after[..close]).map(|(_, v)| (close, v)))
        {
            Some((close, value)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `template` split around `{name}`, for a message whose placeholder gets markup of its own.
pub fn around<'a>(template: &'a str, name: &str) -> (&'a str, &'a str) {
    let mark = format!("{{{name}}}");
    template.split_once(mark.as_str()).unwrap_or((template, ""))
}

/// Dataset text inside one of the widget's sentences, between FIRST STRONG ISOLATE and POP
/// DIRECTIONAL ISOLATE (Unicode's `<bdi>`): whatever its direction, it cannot move the
/// sentence's punctuation, figures or words around it.
pub fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

/// `lang` for the dataset's own text: its language (English when it names none) where that is
/// not the widget's, so that screen readers read it in its language.
pub fn text_lang(dataset: Option<&str>, language: &Language) -> Option<AttrValue> {
    let given = dataset.unwrap_or("en");
    let primary = |t: &str| t.split('-').next().unwrap_or_default().to_ascii_lowercase();
    (primary(given) != primary(&language.tag)).then(|| AttrValue::from(given.to_string()))
}

/// How a language chooses a plural category: `Intl.PluralRules` in the browser.
pub type PluralRule = Rc<dyn Fn(f64, Count) -> String>;
/// How a language writes a plain number or a percentage: `Intl.NumberFormat` in the browser.
pub type NumberRule = Rc<dyn Fn(f64, Count) -> String>;

/// What a number counts, for [`PluralRule`] and [`NumberRule`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    /// How many (cardinal plurals; numbers with up to one decimal, as years are).
    Cardinal,
    /// Which one (ordinal plurals: "73rd"; whole numbers).
    Ordinal,
    /// A percentage (numbers only: 12 is "12%").
    Percent,
}

/// The widget's language: its words, its tag and direction, its plural and number rules.
#[derive(Clone)]
pub struct Language {
    /// The BCP 47 tag of the words, for the widget's `lang` attribute (e.g. "de").
    pub tag: Rc<str>,
    /// The page's tag for the language (e.g. "de-AT"): what numbers and amounts are written for
    /// unless the host's `locale` says otherwise.
    pub numbers: Rc<str>,
    pub rtl: bool,
    pub words: Rc<Words>,
    plural: PluralRule,
    number: NumberRule,
}

impl PartialEq for Language {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.words, &other.words)
            && Rc::ptr_eq(&self.plural, &other.plural)
            && Rc::ptr_eq(&self.number, &other.number)
    }
}

impl Language {
    pub fn new(tag: &str, numbers: &str, rtl: bool, words: Rc<Words>, plural: PluralRule, number: NumberRule) -> Self {
        Self { tag: tag.into(), numbers: numbers.into(), rtl, words, plural, number }
    }

    /// English, with English plural rules and plain numbers: the default, and the tests'.
    pub fn english() -> Self {
        thread_local! {
            static ENGLISH: Language = Language::new(
                "en",
                "en",
                false,
                english_words(),
                Rc::new(|n, count| english_plural(n, count).to_string()),
                Rc::new(|n, count| if count == Count::Percent { format!("{n}%") } else { n.to_string() }),
            );
        }
        ENGLISH.with(Language::clone)
    }

    pub fn number(&self, n: f64) -> String {
        (self.number)(n, Count::Cardinal)
    }

    pub fn percent(&self, n: f64) -> String {
        (self.number)(n, Count::Percent)
    }

    /// The text of `message` for `n`.
    pub fn plural<'a>(&self, message: &'a Plural, n: f64) -> &'a str {
        message.pick(&(self.plural)(n, Count::Cardinal))
    }

    /// "73rd", as the language writes it.
    pub fn ordinal(&self, n: u32) -> String {
        let n = f64::from(n);
        fill(self.words.ordinal().pick(&(self.plural)(n, Count::Ordinal)), &[("n", &(self.number)(n, Count::Ordinal))])
    }

    /// "5 years".
    pub fn years(&self, years: f64) -> String {
        fill(self.plural(self.words.years(), years), &[("n", &self.number(years))])
    }

    /// A tier's experience range: "2–5 years", "12+ years".
    pub fn tier_years(&self, tier: &Tier) -> String {
        let from = self.number(tier.years_min);
        match tier.years_max {
            Some(to) => fill(self.plural(self.words.years_span(), to), &[("from", &from), ("to", &self.number(to))]),
            None => fill(self.plural(self.words.years_from(), tier.years_min), &[("from", &from)]),
        }
    }

    /// A percentile in a sentence: "about the 73rd percentile", or past the ends "below the 1st
    /// percentile" and "above the 99th percentile".
    pub fn percentile_in_sentence(&self, p: f64) -> String {
        let w = &self.words;
        let (template, n) = match p.round() {
            r if r < 1.0 => (w.percentile_below(), 1),
            r if r > 99.0 => (w.percentile_above(), 99),
            r => (w.percentile_about(), r as u32),
        };
        fill(template, &[("nth", &self.ordinal(n))])
    }

    /// A percentile on its own: "73rd percentile" (past the ends as in a sentence).
    pub fn percentile(&self, p: f64) -> String {
        match p.round() {
            r if (1.0..=99.0).contains(&r) => fill(self.words.percentile(), &[("nth", &self.ordinal(r as u32))]),
            _ => self.percentile_in_sentence(p),
        }
    }

    pub fn pay_level(&self, level: PayLevel) -> &str {
        let w = &self.words;
        match level {
            PayLevel::Entry => w.level_entry(),
            PayLevel::Mid => w.level_mid(),
            PayLevel::Senior => w.level_senior(),
            PayLevel::Top10Percent => w.level_top_10_percent(),
        }
    }

    pub fn demand(&self, demand: Demand) -> &str {
        let w = &self.words;
        match demand {
            Demand::Low => w.demand_low(),
            Demand::Medium => w.demand_medium(),
            Demand::High => w.demand_high(),
        }
    }
}

/// English's CLDR plural rules, for rendering without `Intl`.
fn english_plural(n: f64, count: Count) -> &'static str {
    match count {
        Count::Ordinal => match (n as u64 % 10, n as u64 % 100) {
            (_, 11..=13) => "other",
            (1, _) => "one",
            (2, _) => "two",
            (3, _) => "few",
            _ => "other",
        },
        _ if n == 1.0 => "one",
        _ => "other",
    }
}

impl Words {
    /// Words as they travel: a list of messages in the order of [`KEYS`] (alphabetical), each a
    /// text or the six plural forms by [`CATEGORIES`] (empty
    /// where the language gives none). scripts/bundle-entry.mjs and build.rs write them so;
    /// a list needs no reader of its own in the wasm, as an object of named keys would.
    pub fn from_list(list: &[Message]) -> Option<Self> {
        let complete = list.len() == KEYS.len()
            && list.iter().zip(KEYS).all(|(m, (_, plural))| match m {
                Message::Text(text) => !plural && !text.is_empty(),
                Message::Forms(p) => *plural && !p.forms[5].is_empty(),
                Message::Missing => false,
            });
        complete.then(|| Self { list: list.to_vec(), none: AttrValue::default() })
    }
}

impl Message {
    /// A text, or the six plural forms.
    pub fn new(text: Option<String>, forms: Option<[String; 6]>) -> Self {
        match (text, forms) {
            (Some(text), _) => Message::Text(text.into()),
            (None, Some(forms)) => Message::Forms(Plural { forms }),
            (None, None) => Message::Missing,
        }
    }
}

/// The English words compiled into the widget (`assets/lang/en.json`, as a list: build.rs).
pub const ENGLISH_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/words-en.json"));

/// The English words, read once per thread.
pub fn english_words() -> Rc<Words> {
    thread_local! {
        static WORDS: Rc<Words> = Rc::new(read_english());
    }
    WORDS.with(Rc::clone)
}

// The wasm reads them with the engine's JSON.parse (no serde_json in the bundle), as it reads
// the other languages' lists from the loader; natively serde_json does. tests/words.rs checks
// the file, so neither can fail.
#[cfg(all(target_arch = "wasm32", feature = "web"))]
fn read_english() -> Words {
    let parsed = js_sys::JSON::parse(ENGLISH_JSON).unwrap_or_default();
    words_from_js(&parsed).unwrap_or_default()
}

/// Words from a list the loader passes (see [`Words::from_list`]); `None` if it is not one.
#[cfg(all(target_arch = "wasm32", feature = "web"))]
pub fn words_from_js(list: &wasm_bindgen::JsValue) -> Option<Words> {
    use wasm_bindgen::JsCast;
    let list = list.dyn_ref::<js_sys::Array>()?;
    let messages: Vec<Message> = list
        .iter()
        .map(|m| match m.dyn_ref::<js_sys::Array>() {
            Some(forms) if forms.length() == 6 => {
                Message::new(None, Some(std::array::from_fn(|i| forms.get(i as u32).as_string().unwrap_or_default())))
            }
            _ => Message::new(m.as_string(), None),
        })
        .collect();
    Words::from_list(&messages)
}

#[cfg(not(all(target_arch = "wasm32", feature = "web")))]
fn read_english() -> Words {
    let list: Vec<serde_json::Value> = serde_json::from_str(ENGLISH_JSON).unwrap_or_default();
    words_from_json(&list).unwrap_or_default()
}

/// Words from a list read natively (see [`Words::from_list`]).
#[cfg(not(all(target_arch = "wasm32", feature = "web")))]
pub fn words_from_json(list: &[serde_json::Value]) -> Option<Words> {
    let messages: Vec<Message> = list
        .iter()
        .map(|m| match m.as_array() {
            Some(forms) if forms.len() == 6 => {
                Message::new(None, Some(std::array::from_fn(|i| forms[i].as_str().unwrap_or_default().to_string())))
            }
            _ => Message::new(m.as_str().map(str::to_string), None),
        })
        .collect();
    Words::from_list(&messages)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_and_others_left() {
        assert_eq!(fill("{a} and {b}", &[("a", "1"), ("b", "2")]), "1 and 2");
        assert_eq!(fill("{a} {x} {", &[("a", "1")]), "1 {x} {");
        assert_eq!(fill("{a}", &[("a", "{b}"), ("b", "no")]), "{b}", "a value is never filled again");
        assert_eq!(around("That is {where} of it", "where"), ("That is ", " of it"));
    }

    #[test]
    fn english_counts_and_ordinals() {
        let en = Language::english();
        assert_eq!(en.years(1.0), "1 year");
        assert_eq!(en.years(7.5), "7.5 years");
        assert_eq!(en.years(0.0), "0 years");
        let got: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 50, 99, 101, 111].map(|n| en.ordinal(n)).into();
        assert_eq!(
            got,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "50th", "99th", "101st",
                "111th"
            ]
        );
        assert_eq!(en.percentile_in_sentence(73.2), "about the 73rd percentile");
        assert_eq!(en.percentile_in_sentence(99.9), "above the 99th percentile");
        assert_eq!(en.percentile_in_sentence(0.1), "below the 1st percentile");
        assert_eq!(en.percentile(50.0), "50th percentile");
        assert_eq!(en.percentile(0.2), "below the 1st percentile");
    }
}
