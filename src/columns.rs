//! Text in terminal columns, for the command line's tables: a wide character (CJK,
//! full-width forms) takes two columns, a combining mark (Thai vowels and tones, accents)
//! none, as `unicode-width` measures them, so a table lines up in Japanese, Chinese or
//! Thai as it does in English.

use unicode_width::UnicodeWidthStr;

/// How many terminal columns `text` takes.
pub fn display_width(text: &str) -> usize {
    text.width()
}

/// `text` padded with spaces to `width` columns (as it is when it is wider).
pub fn pad(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(display_width(text));
    format!("{text}{}", " ".repeat(fill))
}

/// The head of `text` that fits in `width` columns (a wide character that would cross
/// the edge is left out), padded to exactly `width`.
pub fn fit(text: &str, width: usize) -> String {
    let mut head = String::new();
    let mut used = 0;
    for grapheme in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(grapheme).unwrap_or(0);
        if used + w > width {
            break;
        }
        used += w;
        head.push(grapheme);
    }
    pad(&head, width)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_characters_take_two_columns_and_marks_none() {
        assert_eq!(display_width("Japan"), 5);
        assert_eq!(display_width("日本"), 4);
        let thai = "ศูนย์คุ้มครองผู้ใช้บริการทางการเงิน";
        assert!(
            display_width(thai) < thai.chars().count(),
            "vowel and tone marks take none"
        );
        assert_eq!(pad("日本", 6), "日本  ");
        assert_eq!(fit("財團法人金融消費評議中心", 7), "財團法 ");
        assert_eq!(fit("Financial Ombudsman Service", 9), "Financial");
        for text in [
            "財團法人金融消費評議中心",
            "ศูนย์คุ้มครองผู้ใช้บริการทางการเงิน",
            "Kifid (Klachteninstituut)",
        ] {
            for width in 0..30 {
                assert_eq!(display_width(&fit(text, width)), width, "{text} at {width}");
            }
        }
    }
}
