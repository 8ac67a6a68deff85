//! Messages shown to people: capped so a long paste or path cannot push the window
//! apart, and failures worded as what happened and what to do, not as a program error.

/// How much echoed input a message shows (characters).
pub(crate) const ECHO_CHARS: usize = 200;
/// How long a message line may get before it is cut (characters).
pub(crate) const MESSAGE_CHARS: usize = 600;

/// The message shown when Call cannot reach a phone app (the number is copied).
pub(crate) const NO_PHONE_APP: &str =
    "No phone app is set up to place calls; the number is copied instead.";

/// `text` cut to its first `max` characters, saying how much was left out.
pub(crate) fn cap(text: &str, max: usize) -> String {
    let total = text.chars().count();
    if total <= max {
        return text.to_string();
    }
    let kept: String = text.chars().take(max).collect();
    format!("{kept}… ({} more characters not shown)", total - max)
}

/// Cuts a message to [`MESSAGE_CHARS`] and every run of text in it that would
/// otherwise be an unbroken line longer than [`ECHO_CHARS`] (a pasted blob).
pub(crate) fn for_display(text: &str) -> String {
    let words: Vec<String> = text.split(' ').map(|word| cap(word, ECHO_CHARS)).collect();
    cap(&words.join(" "), MESSAGE_CHARS)
}

/// The plain message for Call failing on `number`.
pub(crate) fn call_failed(number: &str) -> String {
    format!("{NO_PHONE_APP} ({number})")
}

/// The plain message for a web page that could not be opened.
pub(crate) fn link_failed(link: &str) -> String {
    format!(
        "No web browser could be opened for {}. Copy the address into your browser instead.",
        cap(link, ECHO_CHARS)
    )
}

/// The plain message for an export that could not be opened (`exists`: the file is
/// still there).
pub(crate) fn export_failed(path: &std::path::Path, exists: bool) -> String {
    if exists {
        format!(
            "No program is set up to open this kind of file; it is saved at {}.",
            path.display()
        )
    } else {
        format!("{} is no longer there; export it again.", path.display())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_unchanged() {
        assert_eq!(cap("0800 917 8047", 200), "0800 917 8047");
    }

    #[test]
    fn long_text_is_cut_and_says_so() {
        let paste = "x".repeat(10_000);
        let shown = cap(&paste, ECHO_CHARS);
        assert!(shown.starts_with(&"x".repeat(200)));
        assert!(shown.ends_with("(9800 more characters not shown)"));
        assert!(shown.chars().count() < 250);
    }

    #[test]
    fn cutting_respects_characters_not_bytes() {
        assert_eq!(cap("ééé", 2), "éé… (1 more characters not shown)");
    }

    #[test]
    fn a_pasted_blob_inside_a_sentence_is_cut() {
        let finding = format!(
            "{} is not a known American Express line.",
            "9".repeat(10_000)
        );
        let shown = for_display(&finding);
        assert!(shown.chars().count() < 300, "{}", shown.len());
        assert!(shown.ends_with("is not a known American Express line."));
    }

    #[test]
    fn call_failure_is_plain_and_names_the_number() {
        let text = call_failed("00 1 336-393-1111");
        assert!(text.starts_with(NO_PHONE_APP));
        assert!(text.contains("00 1 336-393-1111"));
        assert!(!text.contains("gio") && !text.contains("ExitStatus"));
    }
}
