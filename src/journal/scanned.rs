//! What a journal save already knows is clean: the free text of every entry the last
//! save found clean, so the next save scans only the entries whose text changed (issue
//! 29, item 4).
//!
//! Every save is still the last line of defence against a card number or a security
//! code on disk (`JournalFile::write` in `file.rs`). The scan is a pure function of an entry's
//! text, so an entry whose text is exactly one found clean before needs no second look,
//! whoever wrote it (this window, another one, an import). "Exactly" is a keyed 64-bit
//! hash (SipHash with this process's own random keys, `RandomState`) of every field the
//! scan reads: nobody can choose text to collide with one in the set, and an accidental
//! match has a chance of about one in 2^64 per entry. The first save of a session scans
//! everything.

use std::collections::HashSet;
use std::hash::{BuildHasher, Hash, Hasher};

use super::model::{Entry, Journal};

/// The entries written clean by the last save, by the hash of their free text.
#[derive(Debug, Default)]
pub(crate) struct Scanned {
    keys: std::collections::hash_map::RandomState,
    clean: HashSet<u64>,
}

impl Scanned {
    /// The hash of the texts the scan reads ([`Entry::checked_texts`], in order; each
    /// text ends with a marker byte, so no two different lists feed the hasher the same
    /// bytes). The scan's verdict depends on those texts alone.
    fn key(&self, entry: &Entry) -> u64 {
        let mut hasher = self.keys.build_hasher();
        for text in entry.checked_texts() {
            text.hash(&mut hasher);
        }
        hasher.finish()
    }

    /// Whether any entry of `journal` holds a card number, a security code or a control
    /// character, scanning only the entries not known clean. When none does, the entries
    /// are remembered as clean (what the save is about to write).
    pub(crate) fn entries_need_mask(&mut self, journal: &Journal) -> bool {
        let mut clean = HashSet::with_capacity(journal.entries.len());
        for entry in &journal.entries {
            let key = self.key(entry);
            if !self.clean.contains(&key) && super::edit::entry_has_secrets(entry) {
                return true;
            }
            clean.insert(key);
        }
        self.clean = clean;
        false
    }

    /// Remembers the entries of `written` (masked, just written) as clean.
    pub(crate) fn remember(&mut self, written: &Journal) {
        self.clean = written.entries.iter().map(|e| self.key(e)).collect();
    }

    /// How many entries are known clean.
    #[cfg(test)]
    pub(crate) fn known(&self) -> usize {
        self.clean.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::model::Promise;

    fn with_texts(summaries: &[&str]) -> Journal {
        let mut journal = crate::journal::sample::journal(summaries.len());
        for (entry, text) in journal.entries.iter_mut().zip(summaries) {
            entry.summary = (*text).to_string();
        }
        journal
    }

    #[test]
    fn a_clean_journal_is_remembered_and_a_changed_entry_is_scanned_again() {
        let mut scanned = Scanned::default();
        let mut journal = with_texts(&["called about a refund", "asked for a credit"]);
        assert!(!scanned.entries_need_mask(&journal));
        assert_eq!(scanned.known(), 2);
        // Every field the scan reads, changed to hold a card number, is seen again.
        let card = "card 3782 822463 10005";
        let edits: [fn(&mut Entry, &str); 5] = [
            |e, t| e.rep = t.to_string(),
            |e, t| e.reference = t.to_string(),
            |e, t| e.summary = t.to_string(),
            |e, t| e.contact = Some(t.to_string()),
            |e, t| {
                e.promises.push(Promise {
                    text: t.to_string(),
                    due: None,
                    done: false,
                })
            },
        ];
        for edit in edits {
            let mut changed = journal.clone();
            edit(&mut changed.entries[1], card);
            assert!(scanned.entries_need_mask(&changed));
            // Still known: the clean journal as it was.
            assert!(!scanned.entries_need_mask(&journal));
        }
        journal.entries[0].summary.push_str(" \u{202e}");
        assert!(scanned.entries_need_mask(&journal), "a bidi override");
    }

    #[test]
    fn remembering_a_written_journal_knows_each_entry() {
        let mut scanned = Scanned::default();
        let journal = with_texts(&["one", "two", "three"]);
        scanned.remember(&journal);
        assert_eq!(scanned.known(), 3);
    }

    #[test]
    fn moving_text_between_fields_changes_the_key() {
        let scanned = Scanned::default();
        let mut a = crate::journal::sample::journal(1);
        a.entries[0].rep = "ab".into();
        a.entries[0].reference = "c".into();
        let mut b = a.clone();
        b.entries[0].rep = "a".into();
        b.entries[0].reference = "bc".into();
        assert_ne!(scanned.key(&a.entries[0]), scanned.key(&b.entries[0]));
    }
}
