//! The skill-map viewer: the guide's skill groups as stages of a progression, linked to the
//! reader's tier, with search, skill details, and the career's other skill lists.

mod detail;
mod group_card;
mod highlight;
mod lists;
mod map;
mod search;
pub mod state;
mod tags;

use std::rc::Rc;

use yew::prelude::*;

use self::lists::OtherLists;
use self::map::SkillMap;
use self::search::{SkillSearchProps, skill_search};
use self::state::{SkillsAction, SkillsState};
use crate::core::career_handle::CareerHandle;
use crate::core::skills::{Focus, SkillRef};
use crate::ui::heading::Outline;
use crate::ui::words::Language;

#[derive(Properties, PartialEq)]
pub struct SkillsViewProps {
    pub career: CareerHandle,
    pub focus: Rc<Focus>,
    pub outline: Outline,
    pub language: Language,
}

/// Above this many matches, names are not marked (see [`Visible::highlight`]).
pub const MAX_HIGHLIGHTED: usize = 200;

/// What the search leaves visible: every skill when the query is blank.
#[derive(Debug, PartialEq)]
pub struct Visible {
    pub query: String,
    /// What to mark in skill names: the query, or nothing when marks would not help the eye
    /// and would rebuild thousands of names per keystroke (a one-letter query, or more than
    /// `MAX_HIGHLIGHTED` matches).
    pub highlight: String,
    /// `None` when nothing is filtered; else in map order (as `SkillIndex::search` gives them),
    /// which lets `shows` binary-search.
    pub matches: Option<Vec<SkillRef>>,
    pub count: usize,
}

impl Visible {
    pub fn shows(&self, skill: SkillRef) -> bool {
        self.matches.as_ref().is_none_or(|m| m.binary_search(&skill).is_ok())
    }

    /// One group's share: which of its skills show, and what to mark in them. Groups whose
    /// share did not change skip re-rendering entirely.
    pub fn of_group(&self, group: usize, skills: usize) -> GroupVisible {
        let shown: Vec<bool> = (0..skills).map(|skill| self.shows(SkillRef { group, skill })).collect();
        let highlight = if shown.iter().any(|&s| s) { self.highlight.clone() } else { String::new() };
        GroupVisible { shown, highlight }
    }
}

#[derive(Debug, PartialEq)]
pub struct GroupVisible {
    pub shown: Vec<bool>,
    pub highlight: String,
}

impl GroupVisible {
    pub fn any(&self) -> bool {
        self.shown.iter().any(|&s| s)
    }
}

#[component]
pub fn SkillsView(props: &SkillsViewProps) -> Html {
    let state = use_reducer(SkillsState::default);
    let language = props.language.clone();
    let w = &language.words;
    let visible = use_memo((props.career.clone(), state.query.clone()), |(career, query)| {
        let skills = career.skills();
        if query.trim().is_empty() {
            Visible { query: String::new(), highlight: String::new(), matches: None, count: skills.len() }
        } else {
            let hits = skills.search(query);
            let letters: usize = query.split_whitespace().map(|w| w.chars().count()).sum();
            let highlight = if letters >= 2 && hits.len() <= MAX_HIGHLIGHTED { query.clone() } else { String::new() };
            Visible { query: query.clone(), highlight, count: hits.len(), matches: Some(hits) }
        }
    });
    let on_action = state.dispatcher().to_callback();
    let on_search = on_action.reform(SkillsAction::Search);

    html! {
        <section class="cw-skills" aria-labelledby="cw-skills-heading">
            { props.outline.heading(1, "cw-section-title", Some("cw-skills-heading"), w.what_to_learn().into()) }
            <p class="cw-skills-legend">
                <span class="cw-badge cw-badge-now">{ w.focus_now() }</span>
                <span class="cw-badge cw-badge-next">{ w.learn_next() }</span>
                <span>{ w.skills_derived() }</span>
            </p>
            { skill_search(&SkillSearchProps { query: &state.query, count: visible.count, total: props.career.skills().len(), language: &language, on_search }) }
            <SkillMap career={props.career.clone()} focus={props.focus.clone()} {visible} {state} {on_action} outline={props.outline} language={language.clone()} />
            <OtherLists career={props.career.clone()} outline={props.outline} language={language.clone()} />
        </section>
    }
}
