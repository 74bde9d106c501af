//! The widget's state: the years the reader chose, if any, and which tab and texts the reader
//! opened. Pure: tested natively. It outlives a change of career (the picker), so what the
//! reader opened stays open.
//!
//! The host sets years through the `years` attribute (props); the reader through the slider.
//! The reader's choice holds until the host sets another value: it remembers which attribute
//! value it was made against, so following the host needs no effect, only this comparison.

use std::rc::Rc;

use yew::Reducible;

use crate::core::years::Years;

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct WidgetState {
    choice: Option<Choice>,
    /// The compact layout's tab the reader chose.
    pub tab: Tab,
    /// Long texts the reader expanded, by [`Part`].
    pub more: [bool; 2],
}

/// The compact layout's tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Pays,
    Learn,
    Outlook,
}

/// A long text the compact layout shortens behind a "Show more" control.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Summary,
    Tier,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Choice {
    /// The host's years when the reader chose.
    host: Years,
    years: Years,
}

impl WidgetState {
    /// The years to show while the host asks for `host`.
    pub fn years(&self, host: Years) -> Years {
        match self.choice {
            Some(c) if c.host == host => c.years,
            _ => host,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum WidgetAction {
    /// The reader chose `years` while the host asked for `host`.
    Choose {
        host: Years,
        years: Years,
    },
    Show(Tab),
    Toggle(Part),
}

impl Reducible for WidgetState {
    type Action = WidgetAction;

    fn reduce(self: Rc<Self>, action: WidgetAction) -> Rc<Self> {
        let mut next = *self;
        match action {
            WidgetAction::Choose { host, years } if self.years(host) == years => return self,
            WidgetAction::Choose { host, years } => next.choice = Some(Choice { host, years }),
            WidgetAction::Show(tab) if tab == self.tab => return self,
            WidgetAction::Show(tab) => next.tab = tab,
            WidgetAction::Toggle(part) => next.more[part as usize] ^= true,
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn y(v: f64) -> Years {
        Years::clamped(v).unwrap()
    }

    #[test]
    fn the_reader_s_choice_holds_until_the_host_sets_another_value() {
        let s = Rc::new(WidgetState::default());
        assert_eq!(s.years(y(5.0)), y(5.0), "the host's years until the reader moves");
        let s = s.reduce(WidgetAction::Choose { host: y(5.0), years: y(9.5) });
        assert_eq!(s.years(y(5.0)), y(9.5));
        assert_eq!(s.years(y(2.0)), y(2.0), "the host set another value: it wins");
        let s = s.reduce(WidgetAction::Choose { host: y(2.0), years: y(3.0) });
        assert_eq!(s.years(y(2.0)), y(3.0));
    }

    #[test]
    fn choosing_the_shown_years_keeps_the_same_state() {
        let s = Rc::new(WidgetState::default());
        let same = s.clone().reduce(WidgetAction::Choose { host: y(5.0), years: y(5.0) });
        assert!(Rc::ptr_eq(&s, &same));
        let same = s.clone().reduce(WidgetAction::Show(Tab::Pays));
        assert!(Rc::ptr_eq(&s, &same), "the tab already shown");
    }

    #[test]
    fn the_tab_and_opened_texts_outlive_a_change_of_years() {
        let s = Rc::new(WidgetState::default());
        let s = s.reduce(WidgetAction::Show(Tab::Learn)).reduce(WidgetAction::Toggle(Part::Tier));
        let s = s.reduce(WidgetAction::Choose { host: y(5.0), years: y(12.0) });
        assert_eq!((s.tab, s.more), (Tab::Learn, [false, true]));
        assert_eq!(s.years(y(5.0)), y(12.0));
        let s = s.reduce(WidgetAction::Toggle(Part::Tier)).reduce(WidgetAction::Toggle(Part::Summary));
        assert_eq!(s.more, [true, false], "a second toggle closes");
    }
}
