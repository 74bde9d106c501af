//! The widget's state: the years the reader chose, if any. Pure: tested natively.
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

/// The reader chose `years` while the host asked for `host`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Choose {
    pub host: Years,
    pub years: Years,
}

impl Reducible for WidgetState {
    type Action = Choose;

    fn reduce(self: Rc<Self>, Choose { host, years }: Choose) -> Rc<Self> {
        if self.years(host) == years {
            return self;
        }
        Rc::new(Self { choice: Some(Choice { host, years }) })
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
        let s = s.reduce(Choose { host: y(5.0), years: y(9.5) });
        assert_eq!(s.years(y(5.0)), y(9.5));
        assert_eq!(s.years(y(2.0)), y(2.0), "the host set another value: it wins");
        let s = s.reduce(Choose { host: y(2.0), years: y(3.0) });
        assert_eq!(s.years(y(2.0)), y(3.0));
    }

    #[test]
    fn choosing_the_shown_years_keeps_the_same_state() {
        let s = Rc::new(WidgetState::default());
        let same = s.clone().reduce(Choose { host: y(5.0), years: y(5.0) });
        assert!(Rc::ptr_eq(&s, &same));
    }
}
