//! The skill map: the guide's skill groups in progression order, with the groups that matter
//! at the reader's tier marked.

use std::rc::Rc;

use yew::prelude::*;

use super::CareerRef;
use crate::core::skills::Focus;

#[derive(Properties, PartialEq)]
pub struct SkillMapProps {
    pub career: CareerRef,
    pub focus: Rc<Focus>,
}

#[component]
pub fn SkillMap(props: &SkillMapProps) -> Html {
    let career = props.career.career();
    html! {
        <section class="cw-skills" aria-labelledby="cw-skills-heading">
            <h3 id="cw-skills-heading" class="cw-section-title">{ "What to learn" }</h3>
            <p class="cw-skills-legend">
                <span class="cw-badge cw-badge-now">{ "Focus now" }</span>
                <span class="cw-badge cw-badge-next">{ "Learn next" }</span>
                { " Which groups matter at each tier is derived from the guide's tier descriptions." }
            </p>
            <ol class="cw-groups">
                { for career.skill_groups.iter().enumerate().map(|(gi, group)| {
                    let now = props.focus.now.contains(&gi);
                    let next = props.focus.next.contains(&gi);
                    let class = classes!("cw-group", now.then_some("is-now"), next.then_some("is-next"));
                    html! {
                        <li class={class} data-group={group.id.clone()}>
                            <h4 class="cw-group-title">
                                { &group.title }
                                if now { <span class="cw-badge cw-badge-now">{ "Focus now" }</span> }
                                if next { <span class="cw-badge cw-badge-next">{ "Learn next" }</span> }
                            </h4>
                            <p class="cw-group-description">{ &group.description }</p>
                            <ul class="cw-skill-list">
                                { for group.skills.iter().map(|s| html! {
                                    <li class="cw-skill" data-skill={s.id.clone()}>{ &s.name }</li>
                                }) }
                            </ul>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
