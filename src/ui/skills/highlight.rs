use yew::prelude::*;

use crate::core::skills::SkillIndex;

/// `text` with every occurrence of the query's words wrapped in `<mark>`, as text nodes only.
pub fn highlighted(text: &str, query: &str) -> Html {
    let ranges = SkillIndex::match_ranges(text, query);
    if ranges.is_empty() {
        return html! { { text.to_string() } };
    }
    let mut parts = Vec::with_capacity(ranges.len() * 2 + 1);
    let mut at = 0;
    for (start, end) in ranges {
        if start > at {
            parts.push(html! { { text[at..start].to_string() } });
        }
        parts.push(html! { <mark class="cw-mark">{ text[start..end].to_string() }</mark> });
        at = end;
    }
    if at < text.len() {
        parts.push(html! { { text[at..].to_string() } });
    }
    html! { { for parts } }
}
