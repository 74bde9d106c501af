//! Headings at the host's level: the widget's outline continues the page's (the
//! `heading-level` attribute sets the widget's top heading; its parts sit below it).

use yew::prelude::*;

/// The level of the widget's top heading, 1–6. Passed down as a prop: a context would cost a
/// provider component and a lookup per heading.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Outline(pub u8);

impl Default for Outline {
    fn default() -> Self {
        Outline(2)
    }
}

impl Outline {
    /// The tag of a heading `depth` levels below the top; HTML stops at h6.
    pub fn tag(self, depth: u8) -> &'static str {
        ["h1", "h2", "h3", "h4", "h5", "h6"][usize::from(self.0.saturating_add(depth).clamp(1, 6) - 1)]
    }

    /// A heading `depth` levels below the widget's top heading.
    pub fn heading(self, depth: u8, class: &'static str, id: Option<&'static str>, children: Html) -> Html {
        html! { <@{self.tag(depth)} {class} {id}>{ children }</@> }
    }
}

#[cfg(test)]
mod tests {
    use super::Outline;

    #[test]
    fn levels_follow_the_top_and_stop_at_h6() {
        assert_eq!(Outline::default().tag(0), "h2");
        assert_eq!(Outline(3).tag(1), "h4");
        assert_eq!(Outline(1).tag(2), "h3");
        assert_eq!(Outline(5).tag(2), "h6");
        assert_eq!(Outline(6).tag(0), "h6");
    }
}
