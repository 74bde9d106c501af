//! The skill viewer's own state: the search, the open skill, the roving focus and which
//! accordion groups the reader opened or closed. Pure: tested natively.

use std::rc::Rc;

use yew::Reducible;

use crate::core::skills::SkillRef;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SkillsState {
    pub query: String,
    /// The skill whose details are open.
    pub selected: Option<SkillRef>,
    /// The skill that takes Tab into the map (roving tabindex).
    pub active: Option<SkillRef>,
    /// Groups whose accordion state the reader flipped from the default (open when in focus),
    /// ascending. A sorted `Vec` rather than a `BTreeSet`: a few groups, and the set's tree code
    /// would weigh on the wasm for them (docs/performance.md, "Levers").
    pub toggled: Vec<usize>,
    /// Bumped when the detail panel should take focus.
    pub focus_detail: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SkillsAction {
    Search(String),
    Select(SkillRef),
    Close,
    Activate(SkillRef),
    Toggle(usize),
}

impl Reducible for SkillsState {
    type Action = SkillsAction;

    fn reduce(self: Rc<Self>, action: SkillsAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            SkillsAction::Search(query) => {
                if query == self.query {
                    return self;
                }
                next.query = query;
            }
            SkillsAction::Select(skill) => {
                next.selected = Some(skill);
                next.active = Some(skill);
                next.focus_detail = self.focus_detail.wrapping_add(1);
            }
            SkillsAction::Close => {
                if self.selected.is_none() {
                    return self;
                }
                next.selected = None;
            }
            SkillsAction::Activate(skill) => {
                if self.active == Some(skill) {
                    return self;
                }
                next.active = Some(skill);
            }
            SkillsAction::Toggle(group) => match next.toggled.binary_search(&group) {
                Ok(at) => {
                    next.toggled.remove(at);
                }
                Err(at) => next.toggled.insert(at, group),
            },
        }
        Rc::new(next)
    }
}

impl SkillsState {
    /// Is `group` open in the narrow (accordion) layout? Groups in focus start open; a search
    /// opens every group with a match.
    pub fn is_open(&self, group: usize, in_focus: bool, has_matches: bool) -> bool {
        if !self.query.trim().is_empty() {
            return has_matches;
        }
        in_focus != self.toggled.binary_search(&group).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: SkillRef = SkillRef { group: 0, skill: 1 };

    #[test]
    fn selecting_opens_details_and_asks_for_focus() {
        let s = Rc::new(SkillsState::default()).reduce(SkillsAction::Select(A));
        assert_eq!((s.selected, s.active, s.focus_detail), (Some(A), Some(A), 1));
        let s = s.reduce(SkillsAction::Close);
        assert_eq!((s.selected, s.active), (None, Some(A)), "closing keeps the skill as the way back in");
    }

    #[test]
    fn accordion_defaults_follow_focus_and_toggles_flip_them() {
        let s = Rc::new(SkillsState::default());
        assert!(s.is_open(0, true, true));
        assert!(!s.is_open(1, false, true));
        let s = s.reduce(SkillsAction::Toggle(0)).reduce(SkillsAction::Toggle(1));
        assert!(!s.is_open(0, true, true));
        assert!(s.is_open(1, false, true));
        let flipped = |order: [usize; 4]| {
            order.into_iter().fold(Rc::new(SkillsState::default()), |s, g| s.reduce(SkillsAction::Toggle(g)))
        };
        assert_eq!(flipped([3, 0, 5, 0]), flipped([5, 3, 2, 2]), "the same flips in any order are the same state");
        assert!(flipped([2, 2, 2, 2]).toggled.is_empty(), "flipping twice flips back");
        let s = s.reduce(SkillsAction::Search("crm".into()));
        assert!(
            s.is_open(0, true, true) && !s.is_open(2, true, false),
            "a search opens exactly the groups with matches"
        );
    }

    #[test]
    fn no_op_actions_keep_the_same_state() {
        let s = Rc::new(SkillsState::default());
        assert!(Rc::ptr_eq(&s, &s.clone().reduce(SkillsAction::Close)));
        assert!(Rc::ptr_eq(&s, &s.clone().reduce(SkillsAction::Search(String::new()))));
    }
}
