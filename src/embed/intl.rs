//! `Intl.NumberFormat` behind [`MoneyFormat`]: the reader's locale, the dataset's currency.

use std::cell::RefCell;

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::ui::MoneyFormat;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = NumberFormat)]
    pub(super) type NumberFormat;

    // `catch`: an unknown locale makes the constructor throw a RangeError, which must become a
    // warning and a fallback, not a trap.
    #[wasm_bindgen(constructor, catch, js_namespace = Intl, js_class = "NumberFormat")]
    pub(super) fn new(locales: &JsValue, options: &JsValue) -> Result<NumberFormat, JsValue>;

    #[wasm_bindgen(method)]
    pub(super) fn format(this: &NumberFormat, value: f64) -> String;

    #[wasm_bindgen(method, js_name = resolvedOptions)]
    fn resolved_options(this: &NumberFormat) -> Object;
}

/// The POSIX locale a browser reports when its environment has no language (`LANG=C`): WebKit
/// then formats without digit grouping ("$ 85000"). The widget reads that as "no preference".
fn is_posix(nf: &NumberFormat) -> bool {
    Reflect::get(&nf.resolved_options(), &"locale".into())
        .ok()
        .and_then(|l| l.as_string())
        .is_some_and(|l| l.contains("-u-va-posix"))
}

/// (locale, currency)
type FormatKey = (String, String);

thread_local! {
    // One formatter per (locale, currency), shared by every widget on the page.
    // A list, not a map: there are one or two pairs on a page, and a list is smaller in the wasm.
    static CACHE: RefCell<Vec<(FormatKey, MoneyFormat)>> = const { RefCell::new(Vec::new()) };
}

/// A whole-unit currency formatter for `locale`, else for `fallback` (the widget's language on
/// this page), which is also used, with a reason, when the browser rejects the locale.
pub fn money_format(locale: Option<&str>, fallback: &str, currency: &str) -> (MoneyFormat, Option<String>) {
    let key = (locale.unwrap_or(fallback).to_string(), currency.to_string());
    if let Some(f) = CACHE.with(|c| c.borrow().iter().find(|(k, _)| *k == key).map(|(_, f)| f.clone())) {
        return (f, None);
    }
    let (format, warning) = match build(Some(locale.unwrap_or(fallback)), currency) {
        Some(f) => (f, None),
        None => {
            let warning = locale.map(|l| {
                format!("<career-widget> locale=\"{l}\" is not supported by this browser; using the widget's language.")
            });
            (
                build(Some(fallback), currency)
                    .or_else(|| build(None, currency))
                    .unwrap_or_else(|| MoneyFormat::plain(currency)),
                warning,
            )
        }
    };
    CACHE.with(|c| c.borrow_mut().push((key, format.clone())));
    (format, warning)
}

fn build(locale: Option<&str>, currency: &str) -> Option<MoneyFormat> {
    let options = Object::new();
    let set = |k: &str, v: JsValue| Reflect::set(&options, &JsValue::from_str(k), &v).ok();
    set("style", "currency".into())?;
    set("currency", currency.into())?;
    set("minimumFractionDigits", 0.into())?;
    set("maximumFractionDigits", 0.into())?;
    let locales = locale.map_or(JsValue::UNDEFINED, JsValue::from_str);
    let mut nf = NumberFormat::new(&locales, &options).ok()?;
    if locale.is_none() && is_posix(&nf) {
        nf = NumberFormat::new(&"en-US".into(), &options).ok()?;
    }
    Some(MoneyFormat::new(move |amount| nf.format(amount)))
}
