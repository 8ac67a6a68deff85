//! The pseudo-language: English text with accented letters and 40 % more length, so a
//! string that never went through the messages, or a layout that cannot take longer
//! words, shows at once. Only the messages' own text changes: numbers, names and
//! references put into them stay as they are.

use std::borrow::Cow;

/// The accented form of an ASCII letter (others unchanged).
fn accented(c: char) -> char {
    match c {
        'a' => 'á',
        'e' => 'é',
        'i' => 'í',
        'o' => 'ö',
        'u' => 'ü',
        'c' => 'ç',
        'n' => 'ñ',
        'y' => 'ý',
        'A' => 'Å',
        'E' => 'É',
        'I' => 'Î',
        'O' => 'Ø',
        'U' => 'Ü',
        'C' => 'Ç',
        'N' => 'Ñ',
        other => other,
    }
}

/// One text element of a message, accented and padded by 40 % of its letters.
pub(crate) fn transform(text: &str) -> Cow<'_, str> {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 0 {
        return Cow::Borrowed(text);
    }
    let mut out: String = text.chars().map(accented).collect();
    let padding = (letters * 2).div_ceil(5);
    let (body, trailing) = match out.rfind(|c: char| !c.is_whitespace()) {
        Some(end) => {
            let end = end + out[end..].chars().next().map_or(1, char::len_utf8);
            let trailing = out.split_off(end);
            (out, trailing)
        }
        None => (out, String::new()),
    };
    Cow::Owned(format!("{body}{}{trailing}", "~".repeat(padding)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_grows_by_two_fifths_and_keeps_its_spaces() {
        assert_eq!(transform("Calling from "), "Çállíñg fröm~~~~~ ");
        assert_eq!(transform("  "), "  ");
        assert_eq!(transform(": "), ": ");
        let long = "Have ready";
        let out = transform(long);
        assert_eq!(out.chars().count(), long.chars().count() + 4);
    }
}
