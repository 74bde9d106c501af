//! A long text (the career's summary, a tier's description) shortened to its first lines in the
//! compact layout, behind a "Show more" control (the WAI-ARIA disclosure pattern). Screen
//! readers read the whole text either way: the shortening is only visual.

use yew::prelude::*;

use super::words::Words;

/// Texts longer than this many characters are shortened; shorter ones fit in the lines shown.
pub const SHORTENED_ABOVE: usize = 140;

pub fn is_long(text: &str) -> bool {
    text.chars().count() > SHORTENED_ABOVE
}

/// The text as a paragraph, shortened unless `open`; `open` is `None` in the long form (always
/// whole).
/// The text is the dataset's, in its language `lang` where that is not the widget's.
pub fn long_text(
    text: &str,
    class: &'static str,
    id: &'static str,
    open: Option<bool>,
    lang: Option<AttrValue>,
) -> Html {
    let shortened = open.is_some() && is_long(text);
    html! {
        <p class={classes!(class, shortened.then_some("cw-clamp"), (open == Some(true)).then_some("is-open"))} {id} {lang}>{ text }</p>
    }
}

/// The control that shows the texts with ids `controls` (space-separated) whole, or shortens
/// them again.
pub fn more_button(controls: &'static str, open: bool, on_toggle: &Callback<MouseEvent>, w: &Words) -> Html {
    html! {
        <button
            type="button"
            class="cw-more"
            aria-expanded={if open { "true" } else { "false" }}
            aria-controls={controls}
            onclick={on_toggle.clone()}
        >
            { if open { w.show_less() } else { w.show_more() } }
        </button>
    }
}
