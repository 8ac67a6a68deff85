//! Dispute content in the reader's language (issue 28): the texts of
//! `data/disputes.ron` are English; each language's `locales/<tag>/content.ftl`
//! translates the general advice and each type's name, summary and checklist by id:
//! `content-dispute-general-<n>`, `content-dispute-<slug>-<name|summary>` and
//! `content-dispute-<slug>-item-<n>-<title|why|example>`. A text without a translation
//! stays as written. Each deadline rule's label, our own words, is translated by an id
//! made from the rule's country, kind and anchor:
//! `content-rule-<country, lower case>-<kind>-<anchor>` (`content-rule-us-notice-due-statement`);
//! each country note's text by `content-note-<country, lower case>-<its heading>`, the
//! heading being the words before its first colon or parenthesis
//! (`content-note-gb-consumer-credit-act-1974-section-75`). The quotes the rules and
//! notes stand on stay as printed, and so does a rule's source.
//!
//! A checklist item's title is also the key a case's tick is stored under: look ticks
//! up with the type as written, and show the localized copy's title.

use super::catalog::{Advice, Anchor, Catalog, CountryNote, DisputeType, Item, Rule, RuleKind};
use crate::i18n::content;

/// The id of a type's `name` or `summary`.
fn type_id(slug: &str, field: &str) -> String {
    format!("content-dispute-{slug}-{field}")
}

/// The id of a field of a type's checklist item number `n` (from 1).
fn item_id(slug: &str, n: usize, field: &str) -> String {
    format!("content-dispute-{slug}-item-{n}-{field}")
}

/// The id of the general advice number `n` (from 1).
fn general_id(n: usize) -> String {
    format!("content-dispute-general-{n}")
}

/// A rule kind's part of its id.
fn kind_slug(kind: RuleKind) -> &'static str {
    match kind {
        RuleKind::NoticeDue => "notice-due",
        RuleKind::Acknowledgement => "acknowledgement",
        RuleKind::Resolution => "resolution",
        RuleKind::Escalation => "escalation",
        RuleKind::Ombudsman => "ombudsman",
        RuleKind::OmbudsmanDeadline => "ombudsman-deadline",
    }
}

/// An anchor's part of a rule's id.
fn anchor_slug(anchor: Anchor) -> &'static str {
    match anchor {
        Anchor::StatementDate => "statement",
        Anchor::FiledDate => "filed",
        Anchor::TransactionDate => "charge",
        Anchor::FinalResponseDate => "final-response",
    }
}

/// The first `at_most` words of `text`, lower case, joined by `-` (ASCII letters and
/// digits only: a Fluent id's characters).
fn slug_words(text: &str, at_most: usize) -> String {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(at_most)
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join("-")
}

impl Rule {
    /// The id of this rule's label: its country, kind and anchor
    /// (`content-rule-us-notice-due-statement`), never its place in the file.
    pub(crate) fn content_id(&self) -> String {
        format!(
            "content-rule-{}-{}-{}",
            self.country.to_ascii_lowercase(),
            kind_slug(self.kind),
            anchor_slug(self.from)
        )
    }

    /// The rule's label in the current language (the window, the papers, the command
    /// line's text); the label as written in English, in JSON and in calendar files.
    pub fn localized_label(&self) -> String {
        content(&self.content_id(), &self.label)
    }
}

impl CountryNote {
    /// The id of this note's text: its country and the words of its heading (before the
    /// first colon or parenthesis, at most six):
    /// `content-note-gb-consumer-credit-act-1974-section-75`.
    pub(crate) fn content_id(&self) -> String {
        let heading = self.text.split([':', '(']).next().unwrap_or_default();
        format!(
            "content-note-{}-{}",
            self.country.to_ascii_lowercase(),
            slug_words(heading, 6)
        )
    }

    /// The note's text in the current language (its quoted pages stay as printed).
    pub fn localized_text(&self) -> String {
        content(&self.content_id(), &self.text)
    }
}

impl DisputeType {
    /// Each translatable text of this type with its id, in file order.
    #[cfg(test)]
    pub(crate) fn content_ids(&self) -> Vec<(String, &str)> {
        let slug = self.slug.as_str();
        let mut out = vec![
            (type_id(slug, "name"), self.name.as_str()),
            (type_id(slug, "summary"), self.summary.as_str()),
        ];
        for (i, item) in self.items.iter().enumerate() {
            for (field, text) in [
                ("title", &item.title),
                ("why", &item.why),
                ("example", &item.example),
            ] {
                out.push((item_id(slug, i + 1, field), text.as_str()));
            }
        }
        out
    }

    /// The type's name in the current language (lists, pickers, letters).
    pub fn localized_name(&self) -> String {
        content(&type_id(&self.slug, "name"), &self.name)
    }

    /// This type in the current language; its slug and the order of its items as
    /// written (item `n` here is item `n` of the type as written).
    pub fn localized(&self) -> DisputeType {
        let slug = self.slug.as_str();
        let items = self
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| Item {
                title: content(&item_id(slug, i + 1, "title"), &item.title),
                why: content(&item_id(slug, i + 1, "why"), &item.why),
                example: content(&item_id(slug, i + 1, "example"), &item.example),
            })
            .collect();
        DisputeType {
            slug: self.slug.clone(),
            name: self.localized_name(),
            summary: content(&type_id(slug, "summary"), &self.summary),
            items,
        }
    }
}

impl Catalog {
    /// Each translatable text of the catalogue with its id: the general advice, then
    /// each type's.
    #[cfg(test)]
    pub(crate) fn content_ids(&self) -> Vec<(String, &str)> {
        let mut out: Vec<(String, &str)> = self
            .general
            .iter()
            .enumerate()
            .map(|(i, advice)| (general_id(i + 1), advice.text.as_str()))
            .collect();
        for kind in &self.types {
            out.extend(kind.content_ids());
        }
        out
    }

    /// Each rule's label and each country note's text with its id, in file order.
    #[cfg(test)]
    pub(crate) fn rule_content_ids(&self) -> Vec<(String, &str)> {
        self.rules
            .iter()
            .map(|r| (r.content_id(), r.label.as_str()))
            .chain(self.notes.iter().map(|n| (n.content_id(), n.text.as_str())))
            .collect()
    }

    /// The general advice in the current language, in file order.
    pub fn general_advice(&self) -> Vec<String> {
        self.general
            .iter()
            .enumerate()
            .map(|(i, advice)| content(&general_id(i + 1), &advice.text))
            .collect()
    }

    /// The checklist item titled `title` as written (the key a case's tick is stored
    /// under) in the current language; `title` itself when no type has that item.
    pub fn item_title(&self, title: &str) -> String {
        self.types
            .iter()
            .find_map(|kind| {
                let n = kind.items.iter().position(|item| item.title == title)?;
                Some(content(&item_id(&kind.slug, n + 1, "title"), title))
            })
            .unwrap_or_else(|| title.to_string())
    }

    /// This catalogue with its advice and types in the current language; its rules and
    /// notes as written (see [`Rule::localized_label`] and
    /// [`CountryNote::localized_text`]: a rule's English label is also what a calendar
    /// file and the journal match it by).
    pub fn localized(&self) -> Catalog {
        let general = self
            .general
            .iter()
            .zip(self.general_advice())
            .map(|(advice, text)| Advice {
                text,
                sources: advice.sources.clone(),
            })
            .collect();
        Catalog {
            general,
            types: self.types.iter().map(DisputeType::localized).collect(),
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use crate::i18n::Lang;

    /// Every id the built-in dispute content has, with its English.
    fn ids() -> Vec<(String, String)> {
        let catalog = crate::disputes::builtin().unwrap();
        catalog
            .content_ids()
            .into_iter()
            .map(|(id, text)| (id, text.to_string()))
            .collect()
    }

    #[test]
    fn every_language_translates_exactly_the_dispute_content() {
        let wanted: BTreeSet<String> = ids().into_iter().map(|(id, _)| id).collect();
        crate::i18n::messages::assert_content_translates_exactly(&["content-dispute-"], &wanted);
    }

    /// The ids are unique, each names the English it stands for, and English reads the
    /// data as written.
    #[test]
    fn every_id_stands_for_its_english_text() {
        let catalog = crate::disputes::builtin().unwrap();
        let pairs = ids();
        crate::i18n::messages::assert_ids_stand_for_their_english(&pairs);
        crate::i18n::set_current(Lang::En);
        assert_eq!(&catalog.localized(), catalog);
        let expected: usize = catalog.general.len()
            + catalog
                .types
                .iter()
                .map(|t| 2 + 3 * t.items.len())
                .sum::<usize>();
        assert_eq!(pairs.len(), expected);
    }

    /// In every other language each text is translated, keeps its quotation marks in
    /// that language's style, and the slugs and checklist order stay as written.
    #[test]
    fn the_catalogue_reads_in_every_language_with_its_quotes() {
        let catalog = crate::disputes::builtin().unwrap();
        for lang in Lang::OFFERED.into_iter().filter(|l| *l != Lang::En) {
            crate::i18n::set_current(lang);
            for (id, english) in ids() {
                let local = crate::i18n::content(&id, &english);
                assert!(!local.trim().is_empty(), "{lang:?} {id}");
                if english.contains('"') {
                    assert!(
                        local.contains(crate::i18n::messages::opening_quote(lang)),
                        "{lang:?} {id}: {local}"
                    );
                }
            }
            let local = catalog.localized();
            // A title two types share reads the same in both (a tick's dialog names it
            // by its title as written).
            let mut titles = std::collections::BTreeMap::new();
            for (mine, theirs) in local.types.iter().zip(&catalog.types) {
                for (a, b) in mine.items.iter().zip(&theirs.items) {
                    let first = titles.entry(b.title.clone()).or_insert(a.title.clone());
                    assert_eq!(first, &a.title, "{lang:?}: {}", b.title);
                }
            }
            assert_eq!(
                local.rules, catalog.rules,
                "{lang:?}: rules stay as written"
            );
            assert_eq!(
                local.notes, catalog.notes,
                "{lang:?}: notes stay as written"
            );
            for (mine, theirs) in local.types.iter().zip(&catalog.types) {
                assert_eq!(mine.slug, theirs.slug);
                assert_eq!(mine.items.len(), theirs.items.len());
            }
        }
        crate::i18n::set_current(Lang::En);
    }

    #[test]
    fn in_japanese_every_type_and_the_advice_read_in_japanese() {
        let catalog = crate::disputes::builtin().unwrap();
        crate::i18n::set_current(Lang::Ja);
        let local = catalog.localized();
        crate::i18n::set_current(Lang::En);
        for (mine, theirs) in local.general.iter().zip(&catalog.general) {
            assert_ne!(mine.text, theirs.text);
            assert_eq!(mine.sources, theirs.sources);
        }
        crate::i18n::set_current(Lang::Ja);
        let first = &catalog.types[0].items[0].title;
        assert_eq!(catalog.item_title(first), local.types[0].items[0].title);
        assert_eq!(catalog.item_title("No such item"), "No such item");
        crate::i18n::set_current(Lang::En);
        for (mine, theirs) in local.types.iter().zip(&catalog.types) {
            let slug = &theirs.slug;
            assert_ne!(mine.name, theirs.name, "{slug}");
            assert_ne!(mine.summary, theirs.summary, "{slug}");
            for (a, b) in mine.items.iter().zip(&theirs.items) {
                assert_ne!(a.title, b.title, "{slug}");
                assert_ne!(a.why, b.why, "{slug}: {}", b.title);
                assert_ne!(a.example, b.example, "{slug}: {}", b.title);
            }
        }
    }

    /// Every rule's and note's id with its English.
    fn rule_ids() -> Vec<(String, String)> {
        let catalog = crate::disputes::builtin().unwrap();
        catalog
            .rule_content_ids()
            .into_iter()
            .map(|(id, text)| (id, text.to_string()))
            .collect()
    }

    #[test]
    fn every_language_translates_exactly_the_rules_labels_and_the_notes() {
        let wanted: BTreeSet<String> = rule_ids().into_iter().map(|(id, _)| id).collect();
        crate::i18n::messages::assert_content_translates_exactly(
            &["content-rule-", "content-note-"],
            &wanted,
        );
    }

    /// The ids come from each rule's country, kind and anchor (and each note's country
    /// and heading), are unique over the built-in catalogue, and English reads the data
    /// as written.
    #[test]
    fn rule_and_note_ids_are_unique_and_english_reads_the_data_as_written() {
        let catalog = crate::disputes::builtin().unwrap();
        let pairs = rule_ids();
        assert_eq!(pairs.len(), catalog.rules.len() + catalog.notes.len());
        crate::i18n::messages::assert_ids_stand_for_their_english(&pairs);
        assert_eq!(
            catalog.rules[0].content_id(),
            "content-rule-us-notice-due-statement"
        );
        assert!(
            pairs
                .iter()
                .any(|(id, _)| id == "content-note-gb-consumer-credit-act-1974-section-75")
        );
        assert!(
            pairs
                .iter()
                .any(|(id, _)| id == "content-note-us-15-usc-1666i")
        );
        crate::i18n::set_current(Lang::En);
        for rule in &catalog.rules {
            assert_eq!(rule.localized_label(), rule.label);
        }
        for note in &catalog.notes {
            assert_eq!(note.localized_text(), note.text);
        }
    }

    /// Days, months, amounts and sections are never lost in translation.
    #[test]
    fn every_translation_keeps_the_numbers_of_the_english_label() {
        crate::i18n::messages::assert_translations_keep_the_numbers(&rule_ids());
    }

    #[test]
    fn in_japanese_every_label_and_note_reads_in_japanese() {
        let catalog = crate::disputes::builtin().unwrap();
        crate::i18n::set_current(Lang::Ja);
        let labels: Vec<String> = catalog.rules.iter().map(|r| r.localized_label()).collect();
        let notes: Vec<String> = catalog.notes.iter().map(|n| n.localized_text()).collect();
        crate::i18n::set_current(Lang::En);
        for (local, rule) in labels.iter().zip(&catalog.rules) {
            assert_ne!(local, &rule.label, "{}", rule.content_id());
            assert!(!local.trim().is_empty());
        }
        for (local, note) in notes.iter().zip(&catalog.notes) {
            assert_ne!(local, &note.text, "{}", note.content_id());
        }
    }
}
