//! The widget's stylesheet, adopted by each shadow root. A constructed stylesheet needs no
//! `<style>` element or `style` attribute, so it works under `style-src 'self'`, and one sheet
//! object is shared by every widget on the page.

use js_sys::Array;
use web_sys::{CssStyleSheet, ShadowRoot};

// assets/widget.css, minified by build.rs.
const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

thread_local! {
    static SHEET: Option<CssStyleSheet> = CssStyleSheet::new().ok().filter(|s| s.replace_sync(CSS).is_ok());
}

/// Adopts the shared sheet; `false` if this browser cannot construct stylesheets.
pub fn adopt(root: &ShadowRoot) -> bool {
    SHEET.with(|sheet| match sheet {
        Some(sheet) => {
            root.set_adopted_style_sheets(&Array::of1(sheet));
            true
        }
        None => false,
    })
}
