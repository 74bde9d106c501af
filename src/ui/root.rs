//! What one element shows: the widget, or a notice in its place. One Yew root per element, whose
//! props switch between the two in place, so switching never leaves a root (and its listeners)
//! behind.

use yew::prelude::*;

use super::notice::Notice;
use super::widget::{Widget, WidgetProps};

#[derive(PartialEq)]
pub enum Content {
    /// Nothing: a root between two widgets (see `embed::element`'s spare roots).
    Empty,
    Widget(WidgetProps),
    /// Nothing to show yet (a `src` dataset on its way).
    Loading(AttrValue),
    /// Nothing can be shown (the bundled dataset itself is unusable).
    Unavailable(AttrValue),
}

#[derive(Properties, PartialEq)]
pub struct RootProps {
    /// Which mount of an element this is: a root reused by another element starts afresh.
    pub mount: u32,
    pub content: Content,
}

#[component]
pub fn Root(props: &RootProps) -> Html {
    match &props.content {
        // Keyed by the dataset: another dataset starts with fresh state (within one, the widget
        // keys its per-career parts by career).
        Content::Widget(widget) => html! {
            <Widget key={format!("{}/{:p}", props.mount, std::rc::Rc::as_ptr(widget.career.dataset()))} ..widget.clone() />
        },
        Content::Loading(message) => {
            html! { <Notice title="Loading career data" message={message.clone()} busy=true /> }
        }
        Content::Unavailable(message) => {
            html! { <Notice title="Career widget unavailable" message={message.clone()} /> }
        }
        Content::Empty => html! {},
    }
}
