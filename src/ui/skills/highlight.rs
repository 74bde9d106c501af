use yew::prelude::*;

use crate::core::skills::SkillIndex;

#[derive(Properties, PartialEq)]
pub struct HighlightedProps {
    pub text: AttrValue,
    pub query: AttrValue,
}

/// `text` with every occurrence of the query's words wrapped in `<mark>`, as text nodes only.
#[component]
pub fn Highlighted(props: &HighlightedProps) -> Html {
    let ranges = SkillIndex::match_ranges(&props.text, &props.query);
    if ranges.is_empty() {
        return html! { { props.text.clone() } };
    }
    let text = props.text.as_str();
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
