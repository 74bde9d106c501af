//! Build-time minifiers for the two text assets compiled into the wasm: the stylesheet and the
//! bundled dataset. Both only drop what their languages ignore (comments, white space between
//! tokens) and copy quoted strings untouched. Shared by build.rs and tests/minify.rs.

/// Drops comments and the white space CSS ignores; keeps one space wherever white space can
/// matter (descendant selectors, `calc(a + b)`, shorthand values).
pub fn css(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut chars = src.chars().peekable();
    let mut pending_space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                pending_space = true;
            }
            c if c.is_whitespace() => pending_space = true,
            '"' | '\'' => {
                flush_space(&mut out, &mut pending_space, c);
                out.push(c);
                copy_string(&mut chars, &mut out, c);
            }
            c => {
                flush_space(&mut out, &mut pending_space, c);
                out.push(c);
            }
        }
    }
    out
}

/// Writes a held space unless the characters on either side make it meaningless. After a colon
/// a space never matters (`color: red`, `(min-width: 600px)`); before one it can, as in the
/// descendant selector `.cw :focus-visible`.
fn flush_space(out: &mut String, pending: &mut bool, next: char) {
    const TIGHT: [char; 4] = ['{', '}', ';', ','];
    if *pending && !out.is_empty() && !out.ends_with(TIGHT) && !out.ends_with(':') && !TIGHT.contains(&next) {
        out.push(' ');
    }
    *pending = false;
}

/// Copies the rest of a string that opened with `quote`, escapes included.
fn copy_string(chars: &mut impl Iterator<Item = char>, out: &mut String, quote: char) {
    let mut escaped = false;
    for c in chars {
        out.push(c);
        match c {
            '\\' if !escaped => escaped = true,
            c if c == quote && !escaped => return,
            _ => escaped = false,
        }
    }
}

/// Drops the white space between JSON tokens.
pub fn json(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut chars = src.chars();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' | '\n' | '\r' => {}
            '"' => {
                out.push(c);
                copy_string(&mut chars, &mut out, '"');
            }
            c => out.push(c),
        }
    }
    out
}
