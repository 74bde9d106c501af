//! Names as a row of tags: the career's other skill lists and a skill's related skills and tools.

use yew::prelude::*;

pub fn tag_list(items: &[String]) -> Html {
    html! {
        <ul class="cw-tags">
            for item in items {
                <li class="cw-tag">{ item }</li>
            }
        </ul>
    }
}
