use yew::prelude::*;

use super::state::SkillsAction;
use super::tags::tag_list;
use crate::core::career_handle::CareerHandle;
use crate::core::skills::SkillRef;
use crate::ui::heading::Outline;
use crate::ui::words::{Language, around, fill, isolate};

/// What the dataset says about one skill: its group, the tiers it is the focus of, and the
/// tech skills and tools it draws on where the dataset records that (derived, and says so).
/// `on_action` receives `SkillsAction::Close` from the close button.
pub fn skill_detail(
    handle: &CareerHandle,
    at: SkillRef,
    on_action: &Callback<SkillsAction>,
    outline: Outline,
    language: &Language,
) -> Html {
    let w = &language.words;
    let career = handle.career();
    let Some((group, skill)) = career.skill_groups.get(at.group).and_then(|g| Some((g, g.skills.get(at.skill)?)))
    else {
        return Html::default();
    };
    let tiers: Vec<String> = handle
        .focus_tiers()
        .of_group(at.group)
        .iter()
        .map(|&t| format!("{} ({})", isolate(&career.tiers[t].title), language.tier_years(&career.tiers[t])))
        .collect();
    let close = on_action.reform(|_: MouseEvent| SkillsAction::Close);
    html! {
        <div class="cw-detail" role="region" aria-labelledby="cw-detail-title" tabindex="-1" data-testid="skill-detail">
            <div class="cw-detail-head">
                { outline.heading(3, "cw-detail-title", Some("cw-detail-title"), html! { { &skill.name } }) }
                <button type="button" class="cw-detail-close" aria-label={w.close_details().clone()} onclick={close}>{ "×" }</button>
            </div>
            <dl class="cw-detail-facts">
                <div>
                    <dt>{ w.group() }</dt>
                    <dd>{ format!("{}: {}", isolate(&group.title), isolate(&group.description)) }</dd>
                </div>
                <div>
                    <dt>{ w.focus_at() }</dt>
                    <dd>{ around(w.derived(), "value").0 }{ tiers.join(", ") }<span class="cw-derived">{ around(w.derived(), "value").1 }</span></dd>
                </div>
                if let Some(related) = &skill.related {
                    if !related.value.tech_skills.is_empty() {
                        <div>
                            <dt>{ w.related_tech() }</dt>
                            <dd>{ tag_list(&related.value.tech_skills) }</dd>
                        </div>
                    }
                    if !related.value.tools.is_empty() {
                        <div>
                            <dt>{ w.related_tools() }</dt>
                            <dd>{ tag_list(&related.value.tools) }</dd>
                        </div>
                    }
                }
            </dl>
            <p class="cw-detail-note">
                { fill(w.why_group(), &[("rationale", &isolate(&group.focus_tiers.rationale))]) }
                { " " }
                if let Some(related) = &skill.related {
                    { fill(w.related_derived(), &[("rationale", &isolate(&related.rationale))]) }
                } else {
                    { w.no_tools() }
                }
            </p>
        </div>
    }
}
