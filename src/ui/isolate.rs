//! Dataset text inside the widget's own sentences, isolated: whatever its direction (a Hebrew
//! tier title, say), it cannot move the sentence's punctuation, figures or words around it. The
//! validator refuses bidirectional controls in dataset text; this keeps strong right-to-left
//! letters in their place too. Text in an element of its own is isolated by the stylesheet
//! (`unicode-bidi: isolate`) instead.

use std::fmt;

/// `text` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (Unicode's `<bdi>`), for
/// `format!`: it takes its direction from its own first strong letter.
pub fn iso(text: &str) -> Isolated<'_> {
    Isolated(text)
}

pub struct Isolated<'a>(&'a str);

impl fmt::Display for Isolated<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\u{2068}{}\u{2069}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn between_first_strong_isolate_and_its_pop() {
        assert_eq!(format!("{} (2–4 years)", iso("מנהל")), "\u{2068}מנהל\u{2069} (2–4 years)");
        assert_eq!(iso("").to_string(), "\u{2068}\u{2069}");
    }
}
