//! The widget's state and the actions that change it. Pure: tested natively.

use std::rc::Rc;

use yew::Reducible;

use crate::core::years::Years;

/// Who changed the years: the reader (which the host page hears about) or the page itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Reader,
    Host,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WidgetState {
    pub years: Years,
    /// Who made the last change, so only the reader's changes are announced to the page.
    pub origin: Origin,
    /// Bumped on every reader change so two equal values in a row still count as two events.
    pub revision: u32,
}

impl WidgetState {
    pub fn new(years: Years) -> Self {
        Self { years, origin: Origin::Host, revision: 0 }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Action {
    /// The reader moved the slider or typed a value.
    SetYears(Years),
    /// The host page set the `years` attribute.
    SyncYears(Years),
}

impl Reducible for WidgetState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::SetYears(years) if years != self.years => {
                Rc::new(Self { years, origin: Origin::Reader, revision: self.revision.wrapping_add(1) })
            }
            Action::SyncYears(years) if years != self.years => {
                Rc::new(Self { years, origin: Origin::Host, revision: self.revision })
            }
            _ => self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn y(v: f64) -> Years {
        Years::clamped(v).unwrap()
    }

    #[test]
    fn reader_changes_are_counted_host_changes_are_not() {
        let s = Rc::new(WidgetState::new(y(5.0)));
        let s = s.reduce(Action::SetYears(y(6.0)));
        assert_eq!((s.years, s.origin, s.revision), (y(6.0), Origin::Reader, 1));
        let s = s.reduce(Action::SyncYears(y(2.0)));
        assert_eq!((s.years, s.origin, s.revision), (y(2.0), Origin::Host, 1));
    }

    #[test]
    fn unchanged_years_keep_the_same_state() {
        let s = Rc::new(WidgetState::new(y(5.0)));
        let same = s.clone().reduce(Action::SetYears(y(5.0)));
        assert!(Rc::ptr_eq(&s, &same));
    }
}
