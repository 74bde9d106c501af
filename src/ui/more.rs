//! A long text (the career's summary, a tier's description) shortened to its first lines in the
//! compact layout, behind a "Show more" control (the WAI-ARIA disclosure pattern). Screen
//! readers read the whole text either way: the shortening is only visual.

use yew::prelude::*;

/// Texts longer than this many characters are shortened; shorter ones fit in the lines shown.
pub const SHORTENED_ABOVE: usize = 140;

/// `open` is `None` in the long form (the whole text, no control).
pub fn long_text(
    text: &str,
    class: &'static str,
    id: &'static str,
    open: Option<bool>,
    on_toggle: &Callback<MouseEvent>,
) -> Html {
    match open {
        Some(open) if text.chars().count() > SHORTENED_ABOVE => html! {
            <>
                <p class={classes!(class, "cw-clamp", open.then_some("is-open"))} {id}>{ text }</p>
                <button type="button" class="cw-more" aria-expanded={if open { "true" } else { "false" }} aria-controls={id} onclick={on_toggle.clone()}>
                    { if open { "Show less" } else { "Show more" } }
                </button>
            </>
        },
        _ => html! { <p {class}>{ text }</p> },
    }
}
