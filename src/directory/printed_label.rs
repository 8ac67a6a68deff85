//! A line's name as its pages print it, for a reader of that page's language (issue 28):
//! a Japanese reader sees the Japanese name a Japanese page gives the line (カードの紛失時
//! の窓口, not "Lost or stolen cards"). The name is taken from the line's evidence as
//! printed, never translated here: the directory records each page's label with the
//! English gloss in brackets after it ("メンバーシップ・サービス・センター (紛失時の利用停止)
//! [Membership Service Center, lost card]"), and the part before the gloss is shown.

use super::model::ContactRecord;
use crate::i18n::{Lang, is_cjk};

impl ContactRecord {
    /// The line's name for the current reader: in Japanese, the Japanese name one of its
    /// pages prints, when one does; otherwise (and in every other language) the
    /// directory's own label.
    pub fn shown_label(&self) -> &str {
        match crate::i18n::current() {
            Lang::Ja => self.printed_japanese_label().unwrap_or(&self.label),
            _ => &self.label,
        }
    }

    /// The first Japanese name among the labels its pages print, without the bracketed
    /// English gloss and the "(third-party)" mark the directory adds.
    pub fn printed_japanese_label(&self) -> Option<&str> {
        self.evidence.iter().find_map(|citation| {
            let printed = citation.label.split(" [").next()?;
            let printed = printed.trim_end_matches("(third-party)").trim();
            printed.chars().any(is_cjk).then_some(printed)
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::directory::Directory;
    use crate::i18n::{Lang, in_language};

    /// Every line shows its own label in English, Spanish, French and German; in
    /// Japanese, a name its evidence prints word for word, or its own label.
    #[test]
    fn a_japanese_reader_sees_the_names_the_pages_print() {
        let dir = Directory::builtin().unwrap();
        let mut japanese = 0;
        for contact in &dir.contacts {
            let record = &contact.record;
            for lang in Lang::OFFERED.into_iter().filter(|l| *l != Lang::Ja) {
                assert_eq!(in_language(lang, || record.shown_label()), record.label);
            }
            let shown = in_language(Lang::Ja, || record.shown_label());
            if shown != record.label {
                japanese += 1;
                assert!(
                    record.evidence.iter().any(|c| c.label.contains(shown)),
                    "{}: {shown:?} is not printed on its pages",
                    record.id
                );
                assert!(
                    !shown.contains('[') && !shown.contains("third-party"),
                    "{shown}"
                );
            }
        }
        assert!(japanese >= 5, "{japanese} lines with a Japanese name");
        let lost = dir.contact("jp-lost-stolen").unwrap();
        assert_eq!(
            in_language(Lang::Ja, || lost.record.shown_label()),
            "メンバーシップ・サービス・センター (紛失時の利用停止)"
        );
    }
}
