//! The retention script card in the reader's language (issue 28): the texts of
//! `data/retention.ron` are English; each language's `locales/<tag>/content.ftl`
//! translates them by id: `content-retention-ready-<n>`,
//! `content-retention-step-<n>-<title|say-<m>|note-<m>>`, `content-retention-do-<n>`,
//! `content-retention-dont-<n>`, `content-retention-offers-source` and
//! `content-retention-refund-source`. A text without a translation stays as written.

use super::script::{Script, ScriptStep};
use crate::i18n::content;

/// Each text of `items` in the current language; ids `<prefix>-<n>` from 1.
fn each(prefix: &str, items: &[String]) -> Vec<String> {
    items
        .iter()
        .enumerate()
        .map(|(i, text)| content(&format!("{prefix}-{}", i + 1), text))
        .collect()
}

/// The ids of `items`, `<prefix>-<n>` from 1, with their English.
#[cfg(test)]
fn ids_of<'a>(prefix: &str, items: &'a [String]) -> Vec<(String, &'a str)> {
    items
        .iter()
        .enumerate()
        .map(|(i, text)| (format!("{prefix}-{}", i + 1), text.as_str()))
        .collect()
}

/// The id prefix of step number `n` (from 1).
fn step_prefix(n: usize) -> String {
    format!("content-retention-step-{n}")
}

impl ScriptStep {
    /// This step (number `n`, from 1) in the current language.
    fn localized(&self, n: usize) -> ScriptStep {
        let prefix = step_prefix(n);
        ScriptStep {
            title: content(&format!("{prefix}-title"), &self.title),
            say: each(&format!("{prefix}-say"), &self.say),
            notes: each(&format!("{prefix}-note"), &self.notes),
            sources: self.sources.clone(),
        }
    }
}

impl Script {
    /// Each translatable text of the script with its id, in file order.
    #[cfg(test)]
    pub(crate) fn content_ids(&self) -> Vec<(String, &str)> {
        let mut out = ids_of("content-retention-ready", &self.ready);
        for (i, step) in self.steps.iter().enumerate() {
            let prefix = step_prefix(i + 1);
            out.push((format!("{prefix}-title"), step.title.as_str()));
            out.extend(ids_of(&format!("{prefix}-say"), &step.say));
            out.extend(ids_of(&format!("{prefix}-note"), &step.notes));
        }
        out.extend(ids_of("content-retention-do", &self.dos));
        out.extend(ids_of("content-retention-dont", &self.donts));
        out.push((
            "content-retention-offers-source".to_string(),
            self.offers_source.as_str(),
        ));
        out.push((
            "content-retention-refund-source".to_string(),
            self.refund_source.as_str(),
        ));
        out
    }

    /// This script in the current language (for the window, the command line's text
    /// and the printed card; the calendar file and `--json` keep the data as written).
    pub fn localized(&self) -> Script {
        Script {
            ready: each("content-retention-ready", &self.ready),
            steps: self
                .steps
                .iter()
                .enumerate()
                .map(|(i, step)| step.localized(i + 1))
                .collect(),
            dos: each("content-retention-do", &self.dos),
            donts: each("content-retention-dont", &self.donts),
            offers_source: content("content-retention-offers-source", &self.offers_source),
            refund_source: content("content-retention-refund-source", &self.refund_source),
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use crate::i18n::Lang;

    /// Every id the built-in script has, with its English.
    fn ids() -> Vec<(String, String)> {
        let script = crate::retention::builtin().unwrap();
        script
            .content_ids()
            .into_iter()
            .map(|(id, text)| (id, text.to_string()))
            .collect()
    }

    #[test]
    fn every_language_translates_exactly_the_retention_content() {
        let wanted: BTreeSet<String> = ids().into_iter().map(|(id, _)| id).collect();
        crate::i18n::messages::assert_content_translates_exactly(&["content-retention-"], &wanted);
    }

    /// The ids are unique, each names the English it stands for, and English reads the
    /// data as written.
    #[test]
    fn every_id_stands_for_its_english_text() {
        let script = crate::retention::builtin().unwrap();
        let pairs = ids();
        crate::i18n::messages::assert_ids_stand_for_their_english(&pairs);
        crate::i18n::set_current(Lang::En);
        assert_eq!(&script.localized(), script);
        let steps: usize = script
            .steps
            .iter()
            .map(|s| 1 + s.say.len() + s.notes.len())
            .sum();
        let expected = script.ready.len() + steps + script.dos.len() + script.donts.len() + 2;
        assert_eq!(pairs.len(), expected);
    }

    /// In every other language each text is translated, a quoted line keeps its
    /// quotation marks in that language's style, and a `[placeholder]` stays one.
    #[test]
    fn the_script_reads_in_every_language_with_its_quotes_and_placeholders() {
        let script = crate::retention::builtin().unwrap();
        for lang in Lang::OFFERED.into_iter().filter(|l| *l != Lang::En) {
            crate::i18n::set_current(lang);
            for (id, english) in ids() {
                let local = crate::i18n::content(&id, &english);
                assert!(!local.trim().is_empty(), "{lang:?} {id}");
                if english.starts_with('"') {
                    assert!(
                        local.starts_with(crate::i18n::messages::opening_quote(lang)),
                        "{lang:?} {id}: {local}"
                    );
                }
                let brackets = |t: &str| t.matches('[').count();
                assert_eq!(brackets(&local), brackets(&english), "{lang:?} {id}");
            }
            let local = script.localized();
            assert_eq!(local.steps.len(), script.steps.len());
            assert_eq!(local.refund_window_days, script.refund_window_days);
        }
        crate::i18n::set_current(Lang::En);
    }

    #[test]
    fn in_japanese_every_text_of_the_script_reads_in_japanese() {
        let script = crate::retention::builtin().unwrap();
        crate::i18n::set_current(Lang::Ja);
        let local = script.localized();
        crate::i18n::set_current(Lang::En);
        for (mine, theirs) in [
            (&local.ready, &script.ready),
            (&local.dos, &script.dos),
            (&local.donts, &script.donts),
        ] {
            for (a, b) in mine.iter().zip(theirs) {
                assert_ne!(a, b);
            }
        }
        for (mine, theirs) in local.steps.iter().zip(&script.steps) {
            assert_ne!(mine.title, theirs.title);
            for (a, b) in mine
                .say
                .iter()
                .chain(&mine.notes)
                .zip(theirs.say.iter().chain(&theirs.notes))
            {
                assert_ne!(a, b, "{}", theirs.title);
            }
            assert_eq!(mine.sources, theirs.sources);
        }
        assert_ne!(local.offers_source, script.offers_source);
        assert_ne!(local.refund_source, script.refund_source);
    }
}
