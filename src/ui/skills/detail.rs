use yew::prelude::*;

use super::state::SkillsAction;
use crate::core::dataset::Career;
use crate::core::skills::{SkillRef, focus_tiers_of};

pub struct SkillDetailProps<'a> {
    pub career: &'a Career,
    pub skill: SkillRef,
    /// Receives `SkillsAction::Close` from the close button.
    pub on_action: &'a Callback<SkillsAction>,
}

/// What the dataset says about one skill: its group, the tiers it is the focus of, and the
/// tech skills and tools it draws on where the dataset records that (derived, and says so).
pub fn skill_detail(props: &SkillDetailProps) -> Html {
    let career = props.career;
    let group = &career.skill_groups[props.skill.group];
    let skill = &group.skills[props.skill.skill];
    let tiers: Vec<String> = focus_tiers_of(career, props.skill)
        .iter()
        .map(|&t| format!("{} ({})", career.tiers[t].title, career.tiers[t].years_label()))
        .collect();
    let close = props.on_action.reform(|_: MouseEvent| SkillsAction::Close);
    let tags = |items: Vec<&String>| {
        html! {
            <ul class="cw-tags">
                { for items.into_iter().map(|i| html! { <li class="cw-tag">{ i.clone() }</li> }) }
            </ul>
        }
    };
    html! {
        <div class="cw-detail" role="region" aria-labelledby="cw-detail-title" tabindex="-1" data-testid="skill-detail">
            <div class="cw-detail-head">
                <h5 class="cw-detail-title" id="cw-detail-title">{ &skill.name }</h5>
                <button type="button" class="cw-detail-close" aria-label="Close details" onclick={close}>{ "×" }</button>
            </div>
            <dl class="cw-detail-facts">
                <div>
                    <dt>{ "Group" }</dt>
                    <dd>{ &group.title }{ ": " }{ &group.description }</dd>
                </div>
                <div>
                    <dt>{ "Focus at" }</dt>
                    <dd>{ tiers.join(", ") }<span class="cw-derived">{ " (derived)" }</span></dd>
                </div>
                if let Some(related) = &skill.related {
                    if !related.value.tech_skills.is_empty() {
                        <div>
                            <dt>{ "Related tech skills" }</dt>
                            <dd>{ tags(related.value.tech_skills.iter().map(|&i| &career.tech_skills[i]).collect()) }</dd>
                        </div>
                    }
                    if !related.value.tools.is_empty() {
                        <div>
                            <dt>{ "Related tools" }</dt>
                            <dd>{ tags(related.value.tools.iter().map(|&i| &career.tech_stack[i]).collect()) }</dd>
                        </div>
                    }
                }
            </dl>
            <p class="cw-detail-note">
                { format!("Why this group matters then: {}", group.focus_tiers.rationale) }
                if let Some(related) = &skill.related {
                    { format!(" Related items are derived: {}", related.rationale) }
                } else {
                    { " The dataset relates no specific tools to this skill." }
                }
            </p>
        </div>
    }
}
