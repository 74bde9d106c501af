use std::rc::Rc;

use yew::prelude::*;

use super::GroupVisible;
use super::detail::skill_detail;
use super::highlight::highlighted;
use super::state::SkillsAction;
use crate::core::career_handle::CareerHandle;
use crate::core::skills::SkillRef;
use crate::ui::heading::Outline;
use crate::ui::words::{Language, text_lang};

#[derive(Properties, PartialEq)]
pub struct GroupCardProps {
    pub career: CareerHandle,
    pub group: usize,
    pub now: bool,
    pub next: bool,
    pub visible: Rc<GroupVisible>,
    /// The open skill, when it is in this group.
    pub selected: Option<SkillRef>,
    /// The map's Tab stop, when it is in this group.
    pub active: Option<SkillRef>,
    /// Open in the narrow, accordion layout (the wide map always shows every group).
    pub open: bool,
    pub on_action: Callback<SkillsAction>,
    pub outline: Outline,
    pub language: Language,
}

/// One skill group: heading, description and its skills as buttons. On a narrow widget the
/// heading becomes an accordion toggle (CSS shows one or the other). The skill buttons carry
/// no listeners of their own: the map handles their clicks and focus by delegation, so a
/// search over thousands of skills does not re-register thousands of closures.
#[component]
pub fn GroupCard(props: &GroupCardProps) -> Html {
    let language = &props.language;
    let lang = text_lang(props.career.dataset().lang.as_deref(), language);
    let w = &language.words;
    let career = props.career.career();
    let group = &career.skill_groups[props.group];
    let body_id = format!("cw-group-body-{}", props.group);
    let badges = html! {
        <>
            if props.now { <span class="cw-badge cw-badge-now">{ w.focus_now() }</span> }
            if props.next { <span class="cw-badge cw-badge-next">{ w.learn_next() }</span> }
        </>
    };
    let toggle = {
        let (on_action, g) = (props.on_action.clone(), props.group);
        Callback::from(move |_: MouseEvent| on_action.emit(SkillsAction::Toggle(g)))
    };
    let class = classes!(
        "cw-group",
        props.now.then_some("is-now"),
        props.next.then_some("is-next"),
        if props.open { "is-open" } else { "is-closed" },
    );
    html! {
        <div class={class} hidden={!props.visible.any()} data-group={group.id.clone()} role="group" aria-labelledby={format!("cw-group-title-{}", props.group)}>
            { props.outline.heading(2, "cw-group-heading", None, html! { <>
                <span class="cw-group-title" id={format!("cw-group-title-{}", props.group)}><span lang={lang.clone()}>{ &group.title }</span>{ badges.clone() }</span>
                <button type="button" class="cw-group-toggle" aria-expanded={props.open.to_string()} aria-controls={body_id.clone()} onclick={toggle}>
                    <span>{ &group.title }</span>{ badges }<span class="cw-chevron" aria-hidden="true"></span>
                </button>
            </> }) }
            <div class="cw-group-body" id={body_id}>
                <p class="cw-group-description" lang={lang.clone()}>{ &group.description }</p>
                <ul class="cw-skill-list">
                    for (si, skill) in group.skills.iter().enumerate() {
                        { skill_item(props, si, &skill.id, &skill.name, lang.clone()) }
                    }
                </ul>
                if let Some(skill) = props.selected {
                    { skill_detail(&props.career, skill, &props.on_action, props.outline, language) }
                }
            </div>
        </div>
    }
}

/// One skill's button. It has no listeners of its own (see `GroupCard`).
fn skill_item(props: &GroupCardProps, index: usize, id: &str, name: &str, lang: Option<AttrValue>) -> Html {
    let r = SkillRef { group: props.group, skill: index };
    let shown = props.visible.shown.get(index).copied().unwrap_or(true);
    let selected = props.selected == Some(r);
    html! {
        <li key={id} class="cw-skill-item" hidden={!shown}>
            <button
                type="button"
                class={classes!("cw-skill", selected.then_some("is-selected"))}
                data-skill={id.to_string()}
                data-ref={format!("{}:{}", r.group, r.skill)}
                tabindex={if props.active == Some(r) { "0" } else { "-1" }}
                aria-expanded={selected.to_string()}
                {lang}
            >
                { highlighted(name, if shown { &props.visible.highlight } else { "" }) }
            </button>
        </li>
    }
}
