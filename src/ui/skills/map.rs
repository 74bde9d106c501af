use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::group_card::GroupCard;
use super::state::{SkillsAction, SkillsState};
use super::{GroupVisible, Visible};
use crate::core::career_handle::CareerHandle;
use crate::core::skills::{Focus, SkillRef};
use crate::ui::heading::Outline;
use crate::ui::tabs::{in_reading_order, with_modifier};
use crate::ui::words::Language;

#[derive(Properties, PartialEq)]
pub struct SkillMapProps {
    pub career: CareerHandle,
    pub focus: Rc<Focus>,
    pub visible: Rc<Visible>,
    pub state: UseReducerHandle<SkillsState>,
    pub on_action: Callback<SkillsAction>,
    pub outline: Outline,
    pub language: Language,
}

/// The groups as stages of a progression, joined by connectors; one Tab stop, arrow keys
/// between skills, Enter to open one, Escape to close it again.
#[component]
pub fn SkillMap(props: &SkillMapProps) -> Html {
    let container = use_node_ref();
    let stages = props.career.stages();

    {
        let container = container.clone();
        use_effect_with(props.state.focus_detail, move |&asked| {
            if asked > 0 {
                focus_in(&container, ".cw-detail");
            }
        });
    }

    // Clicks and focus on skill buttons, delegated (see GroupCard).
    let onclick = {
        let (on_action, selected) = (props.on_action.clone(), props.state.selected);
        Callback::from(move |e: MouseEvent| {
            if let Some(skill) = skill_of(e.target()) {
                on_action.emit(if selected == Some(skill) { SkillsAction::Close } else { SkillsAction::Select(skill) });
            }
        })
    };
    let onfocusin = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: FocusEvent| {
            if let Some(skill) = skill_of(e.target()) {
                on_action.emit(SkillsAction::Activate(skill));
            }
        })
    };
    let onkeydown = {
        let (container, on_action, selected) = (container.clone(), props.on_action.clone(), props.state.selected);
        Callback::from(move |e: KeyboardEvent| on_key(&e, &container, &on_action, selected))
    };

    let career = props.career.career();
    let visible = &props.visible;
    let per_group: Vec<Rc<GroupVisible>> = (0..career.skill_groups.len())
        .map(|g| Rc::new(visible.of_group(g, career.skill_groups[g].skills.len())))
        .collect();
    let has_match = |g: usize| per_group[g].any();
    // Everything stays in the DOM and a search only hides what does not match: each keystroke
    // then toggles attributes instead of rebuilding thousands of buttons.
    let shown: Vec<Vec<usize>> =
        stages.iter().map(|stage| stage.iter().copied().filter(|&g| has_match(g)).collect()).collect();
    // The one skill Tab lands on: the last one the reader used, if still shown, else the first.
    let first_shown = shown.iter().flatten().find_map(|&g| {
        (0..career.skill_groups[g].skills.len()).map(|s| SkillRef { group: g, skill: s }).find(|&r| visible.shows(r))
    });
    let active = props.state.active.filter(|&r| visible.shows(r)).or(first_shown);
    // Each shown stage but the first is joined to the shown stage before it.
    let previous_shown: Vec<Option<usize>> =
        (0..stages.len()).map(|si| (0..si).rev().find(|&p| !shown[p].is_empty())).collect();

    html! {
        <div class="cw-map" ref={container} {onkeydown} {onclick} {onfocusin}>
            for (si, stage) in stages.iter().enumerate() {
                <div class="cw-stage-slot" hidden={shown[si].is_empty()}>
                    if let (Some(p), false) = (previous_shown[si], shown[si].is_empty()) {
                        { connector(&shown[p], &shown[si], &props.focus) }
                    }
                    <div class="cw-stage">
                        for &g in stage {
                            <GroupCard
                                key={career.skill_groups[g].id.clone()}
                                career={props.career.clone()}
                                group={g}
                                now={props.focus.now.contains(&g)}
                                next={props.focus.next.contains(&g)}
                                visible={per_group[g].clone()}
                                selected={props.state.selected.filter(|s| s.group == g)}
                                active={active.filter(|s| s.group == g)}
                                open={props.state.is_open(g, props.focus.now.contains(&g), shown[si].contains(&g))}
                                on_action={props.on_action.clone()}
                                outline={props.outline}
                                language={props.language.clone()}
                            />
                        }
                    </div>
                </div>
            }
        </div>
    }
}

/// Curves from every group of one stage to every group of the next, drawn in a 100×100 box
/// stretched over the gap; group centres sit at equal fractions because cards share the height.
fn connector(from: &[usize], to: &[usize], focus: &Focus) -> Html {
    let centre = |i: usize, n: usize| (i as f64 + 0.5) / n as f64 * 100.0;
    html! {
        <div class="cw-connector" aria-hidden="true">
            <svg width="100%" height="100%" viewBox="0 0 100 100" preserveAspectRatio="none" focusable="false">
                for (i, j, g) in (0..from.len()).flat_map(|i| to.iter().enumerate().map(move |(j, &g)| (i, j, g))) {
                    <path
                        class={classes!(
                            "cw-connector-path",
                            if focus.next.contains(&g) { Some("is-next") } else { focus.now.contains(&g).then_some("is-now") }
                        )}
                        d={format!("M0 {a:.2} C50 {a:.2} 50 {b:.2} 100 {b:.2}", a = centre(i, from.len()), b = centre(j, to.len()))}
                        vector-effect="non-scaling-stroke"
                    />
                }
            </svg>
        </div>
    }
}

fn focus_in(container: &NodeRef, selector: &str) {
    if let Some(el) = container.cast::<Element>().and_then(|c| c.query_selector(selector).ok().flatten()) {
        if let Ok(el) = el.dyn_into::<HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// The skill whose button an event came from, if any.
fn skill_of(target: Option<web_sys::EventTarget>) -> Option<SkillRef> {
    let el = target?.dyn_into::<Element>().ok()?.closest("button.cw-skill").ok()??;
    parse_ref(&el)
}

fn parse_ref(el: &Element) -> Option<SkillRef> {
    let (g, s) = el.get_attribute("data-ref")?.split_once(':').map(|(g, s)| (g.parse().ok(), s.parse().ok()))?;
    Some(SkillRef { group: g?, skill: s? })
}

/// Arrow keys, Home and End move between the skills the reader can see; Escape closes the open
/// skill and returns focus to it. Handled keys stop here, so the host page never sees them.
fn on_key(e: &KeyboardEvent, container: &NodeRef, on_action: &Callback<SkillsAction>, selected: Option<SkillRef>) {
    if with_modifier(e) {
        return;
    }
    let key = match e.target().and_then(|t| t.dyn_into::<Element>().ok()) {
        Some(from) => in_reading_order(e.key(), &from),
        None => e.key(),
    };
    let handled = match key.as_str() {
        "Escape" => match selected {
            Some(skill) => {
                on_action.emit(SkillsAction::Close);
                focus_in(container, &format!("button.cw-skill[data-ref='{}:{}']", skill.group, skill.skill));
                true
            }
            None => false,
        },
        key @ ("ArrowRight" | "ArrowDown" | "ArrowLeft" | "ArrowUp" | "Home" | "End") => {
            let Some(target) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
            if !target.class_list().contains("cw-skill") {
                return;
            }
            let Some(root) = container.cast::<Element>() else { return };
            let Ok(list) = root.query_selector_all("button.cw-skill") else { return };
            let buttons: Vec<HtmlElement> = (0..list.length())
                .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
                .filter(|b| b.get_client_rects().length() > 0)
                .collect();
            let Some(at) = buttons.iter().position(|b| **b == target) else { return };
            let to = match key {
                "ArrowRight" | "ArrowDown" => (at + 1).min(buttons.len() - 1),
                "ArrowLeft" | "ArrowUp" => at.saturating_sub(1),
                "Home" => 0,
                _ => buttons.len() - 1,
            };
            if let Some(skill) = parse_ref(&buttons[to]) {
                on_action.emit(SkillsAction::Activate(skill));
            }
            let _ = buttons[to].focus();
            true
        }
        _ => false,
    };
    if handled {
        e.prevent_default();
        e.stop_propagation();
    }
}
