//! Text from outside made safe for messages.

/// Characters that draw nothing but can reorder or hide the text around them: bidirectional
/// controls (U+202E turns what follows around), zero-width spaces and joiners, the byte-order
/// mark. Unicode calls them format characters (category Cf, listed here as of Unicode 16);
/// the Hangul fillers, invisible too, are added. A list rather than Unicode's property tables,
/// which would cost the wasm far more than the few characters a URL or message can carry.
pub fn is_format_char(c: char) -> bool {
    matches!(c,
        '\u{ad}' | '\u{600}'..='\u{605}' | '\u{61c}' | '\u{6dd}' | '\u{70f}' | '\u{890}'..='\u{891}'
        | '\u{8e2}' | '\u{115f}' | '\u{1160}' | '\u{180e}' | '\u{200b}'..='\u{200f}'
        | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206f}' | '\u{3164}'
        | '\u{feff}' | '\u{ffa0}' | '\u{fff9}'..='\u{fffb}' | '\u{110bd}' | '\u{110cd}'
        | '\u{13430}'..='\u{1343f}' | '\u{1bca0}'..='\u{1bca3}' | '\u{1d173}'..='\u{1d17a}'
        | '\u{e0001}' | '\u{e0020}'..='\u{e007f}')
}

/// Bidirectional embeddings, overrides and isolates: in a name they can turn the widget's own
/// words around it backwards. The marks (U+200E, U+200F) and the joiners stay allowed: they
/// only steer the text they sit in.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Text that came from outside (an attribute, a dataset key, a server's status line) made safe
/// to put in a message: one line, no control or format characters, white space collapsed, and at
/// most `max_chars` characters (then ending in "…").
pub fn outside(text: &str, max_chars: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max_chars * 4));
    let mut count = 0;
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() || c.is_control() {
            space = !out.is_empty();
            continue;
        }
        if is_format_char(c) {
            continue;
        }
        if count + usize::from(space) >= max_chars {
            out.push('…');
            return out;
        }
        if space {
            out.push(' ');
            count += 1;
            space = false;
        }
        out.push(c);
        count += 1;
    }
    out
}

#[cfg(test)]
mod outside_tests {
    use super::*;

    #[test]
    fn one_clean_line() {
        assert_eq!(outside("  a\nb\t\tc\u{0}d\u{202e}e\u{200b}f  ", 80), "a b c def");
        assert_eq!(outside("\u{7f}\u{9f}x", 80), "x");
    }

    #[test]
    fn bounded() {
        assert_eq!(outside("abcdef", 3), "abc…");
        assert_eq!(outside("abc", 3), "abc");
        assert_eq!(outside("ab cd", 3), "ab…");
        assert_eq!(outside(&"é".repeat(10_000), 40).chars().count(), 41);
    }

    #[test]
    fn format_characters() {
        for c in ['\u{202e}', '\u{2066}', '\u{200d}', '\u{feff}', '\u{e0041}', '\u{890}', '\u{3164}', '\u{13430}'] {
            assert!(is_format_char(c), "{c:?}");
        }
        for c in ['a', 'é', ' ', '\u{5d0}', '😀'] {
            assert!(!is_format_char(c), "{c:?}");
        }
    }
}

/// Language-tag shaped: letters first, then letter/digit subtags of 1–8 characters. Intl has the
/// final word in the browser; this only keeps nonsense away from it.
pub fn is_locale_shaped(s: &str) -> bool {
    let mut parts = s.split('-');
    let first_ok =
        parts.next().is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    first_ok
        && s.len() <= 35
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}
