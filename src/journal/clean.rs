//! Text that cannot rewrite a terminal or reorder what is read: control characters
//! other than tab and line feed (ESC sequences, carriage returns, C1 controls) and the
//! bidirectional embedding, override and isolate characters (U+202A–U+202E,
//! U+2066–U+2069) are removed from what is saved ([`strip_in_place`]) and shown as
//! `\u{…}` escapes in what is printed or exported ([`escape`]).

use std::borrow::Cow;

/// Is `c` a control character (other than tab and line feed) or a bidi control?
pub(crate) fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\t' && c != '\n')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Does `text` hold any character [`is_unsafe`] refuses?
pub(crate) fn has_unsafe(text: &str) -> bool {
    text.chars().any(is_unsafe)
}

/// Removes unsafe characters from `text`; returns how many were removed.
pub(crate) fn strip_in_place(text: &mut String) -> usize {
    if !has_unsafe(text) {
        return 0;
    }
    let before = text.chars().count();
    text.retain(|c| !is_unsafe(c));
    before - text.chars().count()
}

/// The note shown after saving when input held unsafe characters ("" otherwise).
pub(crate) fn removed_note(removed: bool) -> String {
    if removed {
        crate::t!("journal-unsafe-removed")
    } else {
        String::new()
    }
}

/// `text` with each unsafe character written as a visible `\u{1b}` escape.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !has_unsafe(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `text` safe to print back to a terminal: card numbers cut to their last five
/// digits, security codes removed, and unsafe characters written as visible escapes.
/// Every message that repeats what someone typed goes through it.
pub(crate) fn echo_safe(text: &str) -> String {
    let (masked, _) = crate::sensitive::redact(text);
    escape(&masked).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn echoes_are_escaped_and_masked() {
        assert_eq!(echo_safe("Saved n\u{1b}[2J"), "Saved n\\u{1b}[2J");
        assert_eq!(
            echo_safe("nick 378282246310005\r"),
            "nick [card ending 10005]\\u{d}"
        );
        assert_eq!(echo_safe("two\nlines\tok"), "two\nlines\tok");
        assert_eq!(echo_safe("\u{202e}abc"), "\\u{202e}abc");
    }

    #[test]
    fn escapes_and_bidi_are_removed_tab_and_newline_kept() {
        let mut text = "\u{1b}[31mred\u{1b}[0m\tand\nmore\r\u{202e}cba\u{2066}\u{85}".to_string();
        assert_eq!(strip_in_place(&mut text), 6);
        assert_eq!(text, "[31mred[0m\tand\nmorecba");
        let mut clean = "plain text, é, 日本".to_string();
        assert_eq!(strip_in_place(&mut clean), 0);
    }

    #[test]
    fn output_shows_escapes_visibly() {
        assert_eq!(escape("\u{1b}[31mred"), "\\u{1b}[31mred");
        assert_eq!(escape("a\u{202e}b"), "a\\u{202e}b");
        assert!(matches!(escape("tab\tline\n"), Cow::Borrowed(_)));
    }
}
