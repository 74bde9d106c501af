//! What one element shows: the widget, or a notice in its place. One Yew app per element, whose
//! props switch between the two in place, so switching never leaves an app (and its listeners)
//! behind.

use yew::prelude::*;

use super::notice::Notice;
use super::widget::{Widget, WidgetProps};
use super::words::{Language, fill};

#[derive(PartialEq)]
pub enum Content {
    /// Nothing: a root between two widgets (see `embed::element`'s spare roots).
    Empty,
    Widget(WidgetProps),
    /// Nothing to show yet: a `src` dataset on its way from `from` (as given, shortened); with
    /// `retry`, why the last attempt failed and in how many seconds the next one comes.
    Loading {
        from: AttrValue,
        retry: Option<(AttrValue, f64)>,
    },
    /// Nothing can be shown: the `src` dataset was refused, and why.
    Refused {
        from: AttrValue,
        reason: AttrValue,
    },
    /// Nothing can be shown: the bundled dataset itself is unusable, and why.
    Unreadable(AttrValue),
}

#[derive(Properties, PartialEq)]
pub struct ElementViewProps {
    /// Which mount of an element this is: a root reused by another element starts afresh.
    pub mount: u32,
    pub content: Content,
    pub language: Language,
}

#[component]
pub fn ElementView(props: &ElementViewProps) -> Html {
    let language = &props.language;
    let w = &language.words;
    let content = match &props.content {
        // Keyed by the dataset: another dataset starts with fresh state (within one, the widget
        // keys its per-career parts by career).
        Content::Widget(widget) => html! {
            <Widget key={format!("{}/{:p}", props.mount, std::rc::Rc::as_ptr(widget.career.dataset()))} ..widget.clone() />
        },
        Content::Loading { from, retry } => {
            let message = match retry {
                None => fill(w.loading_from(), &[("from", from)]),
                Some((reason, seconds)) => fill(
                    language.plural(w.loading_retry(), *seconds),
                    &[("from", from), ("reason", reason), ("seconds", &language.number(*seconds))],
                ),
            };
            html! { <Notice title={w.loading_data().clone()} {message} busy=true /> }
        }
        Content::Refused { from, reason } => {
            let message = fill(w.dataset_refused(), &[("from", from), ("reason", reason)]);
            html! { <Notice title={w.unavailable().clone()} {message} /> }
        }
        Content::Unreadable(reason) => {
            let message = fill(w.data_unreadable(), &[("reason", reason)]);
            html! { <Notice title={w.unavailable().clone()} {message} /> }
        }
        Content::Empty => return html! {},
    };
    content
}
