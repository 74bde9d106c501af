//! Console warnings for the page's developer, each said once: a bad attribute re-read on every
//! update, or a `src` refused for every widget that names it, is one line in the console.

/// How many different warnings one set remembers. Beyond this many an element is clearly being
/// fed nonsense, and the rest may repeat.
const MAX_REMEMBERED: usize = 64;

/// The warnings already said, per element (`embed::element`) or per page (`embed::remote`).
#[derive(Default)]
pub struct Warnings(Vec<String>);

impl Warnings {
    pub const fn new() -> Self {
        Self(Vec::new())
    }

    /// Whether `message` is said for the first time; it is remembered from now on.
    pub fn is_new(&mut self, message: &str) -> bool {
        let known = self.0.iter().any(|m| m == message);
        if !known && self.0.len() < MAX_REMEMBERED {
            self.0.push(message.into());
        }
        !known
    }

    /// Says `message` with `console.warn`, unless this set has said it.
    #[cfg(target_arch = "wasm32")]
    pub fn warn(&mut self, message: &str) {
        if self.is_new(message) {
            web_sys::console::warn_1(&message.into());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_message_is_new_once() {
        let mut said = Warnings::new();
        assert!(said.is_new("a"));
        assert!(!said.is_new("a"));
        assert!(said.is_new("b"));
        assert!(!said.is_new("a"));
    }

    #[test]
    fn past_the_limit_messages_are_said_but_not_remembered() {
        let mut said = Warnings::new();
        for i in 0..MAX_REMEMBERED {
            assert!(said.is_new(&i.to_string()));
        }
        assert!(said.is_new("one too many"));
        assert!(said.is_new("one too many"), "not remembered: said again");
        assert!(!said.is_new("0"), "the first ones are still remembered");
    }
}
