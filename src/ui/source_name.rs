//! A source by its name: linked where the dataset knows its URL, cited otherwise. The sources
//! line and each outlook figure name their sources this way.

use yew::prelude::*;

/// `title` as a link that opens in a new tab without telling the source where the reader came
/// from, or as a `<cite>` when there is no URL.
pub fn source_name(url: &Option<String>, title: String) -> Html {
    html! {
        if let Some(url) = url {
            <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ title }</a>
        } else {
            <cite>{ title }</cite>
        }
    }
}
