use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::core::model::CareerHandle;

#[derive(Properties, PartialEq)]
pub struct OtherListsProps {
    pub career: CareerHandle,
}

/// The guide's other skill lists as tabs (arrow keys move between tabs, as the ARIA tabs
/// pattern has it).
#[component]
pub fn OtherLists(props: &OtherListsProps) -> Html {
    let current = use_state(|| 0usize);
    let tablist = use_node_ref();
    let c = props.career.career();
    let lists: [(&str, &[String]); 3] =
        [("Tech skills", &c.tech_skills), ("Soft abilities", &c.soft_abilities), ("Tools", &c.tech_stack)];
    let onkeydown = {
        let (current, tablist) = (current.clone(), tablist.clone());
        Callback::from(move |e: KeyboardEvent| {
            let to = match e.key().as_str() {
                "ArrowRight" => (*current + 1) % 3,
                "ArrowLeft" => (*current + 2) % 3,
                "Home" => 0,
                "End" => 2,
                _ => return,
            };
            e.prevent_default();
            e.stop_propagation();
            current.set(to);
            if let Some(tab) = tablist
                .cast::<Element>()
                .and_then(|l| l.query_selector(&format!("#cw-tab-{to}")).ok().flatten())
                .and_then(|t| t.dyn_into::<HtmlElement>().ok())
            {
                let _ = tab.focus();
            }
        })
    };
    let (_, items) = lists[*current];
    html! {
        <div class="cw-lists">
            <h4 class="cw-lists-title">{ "Also in the guide" }</h4>
            <div class="cw-tablist" role="tablist" aria-label="Other skill lists" ref={tablist} {onkeydown}>
                for (i, (name, items)) in lists.iter().enumerate() {
                    <button
                        type="button"
                        role="tab"
                        class="cw-tab"
                        id={format!("cw-tab-{i}")}
                        aria-selected={(i == *current).to_string()}
                        aria-controls="cw-tabpanel"
                        tabindex={if i == *current { "0" } else { "-1" }}
                        onclick={{ let current = current.clone(); move |_: MouseEvent| current.set(i) }}
                    >
                        { *name }<span class="cw-tab-count">{ items.len() }</span>
                    </button>
                }
            </div>
            <div class="cw-tabpanel" id="cw-tabpanel" role="tabpanel" aria-labelledby={format!("cw-tab-{}", *current)} tabindex="0">
                <ul class="cw-tags">
                    for item in items.iter() {
                        <li class="cw-tag">{ item }</li>
                    }
                </ul>
            </div>
        </div>
    }
}
