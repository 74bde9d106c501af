//! The widget's language in the browser: the loader resolves it for each element (its `lang`,
//! else the nearest ancestor's, else the reader's browser; assets/loader/language.mjs) and hands
//! over the words of a language other than English; `Intl` gives its plural and number rules.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

use super::intl::NumberFormat;
use crate::ui::words::{Count, Language, english_words, words_from_js};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = PluralRules)]
    type PluralRules;

    // `catch`: an unknown locale makes the constructor throw a RangeError.
    #[wasm_bindgen(constructor, catch, js_namespace = Intl, js_class = "PluralRules")]
    fn new(locales: &JsValue, options: &JsValue) -> Result<PluralRules, JsValue>;

    #[wasm_bindgen(method)]
    fn select(this: &PluralRules, value: f64) -> String;
}

/// The languages written right to left among those the widget speaks or may be given.
const RIGHT_TO_LEFT: [&str; 4] = ["ar", "he", "fa", "ur"];

thread_local! {
    // One Language per (words' language, numbers' locale), shared by every widget on the page,
    // so an unchanged language compares equal and re-renders nothing.
    static CACHE: RefCell<Vec<((String, String), Language)>> = const { RefCell::new(Vec::new()) };
}

/// The language the loader chose: `{ code, tag, words }` (`words` absent for English, or when
/// its file could not be loaded), with numbers written for `locale` when the host set one, else
/// for the language's own tag. A warning when the words given cannot be read (English is used).
pub fn language(given: &JsValue, locale: Option<&str>) -> (Language, Option<String>) {
    let field = |name: &str| Reflect::get(given, &name.into()).ok().filter(|v| !v.is_undefined() && !v.is_null());
    let code = field("code").and_then(|v| v.as_string()).unwrap_or_else(|| "en".into());
    let tag = field("tag").and_then(|v| v.as_string()).unwrap_or_else(|| code.clone());
    let numbers = locale.map_or_else(|| tag.clone(), str::to_string);
    let key = (code.clone(), format!("{tag} {numbers}"));
    if let Some(found) = CACHE.with(|c| c.borrow().iter().find(|(k, _)| *k == key).map(|(_, l)| l.clone())) {
        return (found, None);
    }
    let (words, warning) = match field("words") {
        None => (english_words(), None),
        Some(words) => match words_from_js(&words) {
            Some(words) => (Rc::new(words), None),
            None => (
                english_words(),
                Some(format!("<career-widget> the words for lang=\"{code}\" are incomplete; using English.")),
            ),
        },
    };
    let code = if warning.is_some() { "en".to_string() } else { code };
    let rtl = RIGHT_TO_LEFT.contains(&code.split('-').next().unwrap_or_default());
    let language = Language::new(&code, &tag, rtl, words, plural_rule(&code), number_rule(&numbers));
    CACHE.with(|c| c.borrow_mut().push((key, language.clone())));
    (language, warning)
}

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let options = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&options, &JsValue::from_str(k), v);
    }
    options
}

/// `Intl.PluralRules` for the words' language, cardinal and ordinal; English's if the browser
/// does not know it.
fn plural_rule(code: &str) -> Rc<dyn Fn(f64, Count) -> String> {
    let rules = |kind: &str| {
        let o = options(&[("type", kind.into())]);
        PluralRules::new(&code.into(), &o).or_else(|_| PluralRules::new(&"en".into(), &o)).ok()
    };
    let (cardinal, ordinal) = (rules("cardinal"), rules("ordinal"));
    Rc::new(move |n, count| {
        let rules = if count == Count::Ordinal { &ordinal } else { &cardinal };
        rules.as_ref().map_or_else(|| "other".to_string(), |r| r.select(n))
    })
}

/// `Intl.NumberFormat` for plain numbers (years: up to one decimal) and percentages.
fn number_rule(locale: &str) -> Rc<dyn Fn(f64, Count) -> String> {
    let format = |pairs: &[(&str, JsValue)]| {
        let o = options(pairs);
        NumberFormat::new(&locale.into(), &o).or_else(|_| NumberFormat::new(&JsValue::UNDEFINED, &o)).ok()
    };
    let plain = format(&[("maximumFractionDigits", 1.into())]);
    let percent = format(&[("style", "percent".into()), ("maximumFractionDigits", 1.into())]);
    Rc::new(move |n, count| match (count, &plain, &percent) {
        (Count::Percent, _, Some(p)) => p.format(n / 100.0),
        (Count::Percent, _, None) => format!("{n}%"),
        (_, Some(f), _) => f.format(n),
        (_, None, _) => n.to_string(),
    })
}
