use yew::prelude::*;

use super::tags::tag_list;
use crate::core::career_handle::CareerHandle;
use crate::ui::heading::Outline;
use crate::ui::tabs::{TabListProps, tab_list};
use crate::ui::words::Language;

#[derive(Properties, PartialEq)]
pub struct OtherListsProps {
    pub career: CareerHandle,
    pub outline: Outline,
    pub language: Language,
}

/// The guide's other skill lists, as tabs over one panel.
#[component]
pub fn OtherLists(props: &OtherListsProps) -> Html {
    let current = use_state(|| 0usize);
    let language = &props.language;
    let w = &language.words;
    let c = props.career.career();
    let lists: [(&str, &[String]); 3] =
        [(w.tech_skills(), &c.tech_skills), (w.soft_abilities(), &c.soft_abilities), (w.tools(), &c.tech_stack)];
    let on_select = {
        let current = current.clone();
        Callback::from(move |i| current.set(i))
    };
    let (_, items) = lists[*current];
    html! {
        <div class="cw-lists">
            { props.outline.heading(2, "cw-lists-title", None, w.also_listed().into()) }
            { tab_list(&TabListProps {
                ids: &["cw-tab-0", "cw-tab-1", "cw-tab-2"],
                label: w.other_lists(),
                tabs: lists.iter().map(|(name, items)| html! { <>{ *name }<span class="cw-tab-count">{ items.len() }</span></> }).collect(),
                panels: &["cw-tabpanel"],
                current: *current,
                on_select: &on_select,
            }) }
            <div class="cw-tabpanel" id="cw-tabpanel" role="tabpanel" aria-labelledby={["cw-tab-0", "cw-tab-1", "cw-tab-2"][*current]} tabindex="0">
                { tag_list(items) }
            </div>
        </div>
    }
}
