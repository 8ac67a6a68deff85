//! What a refresh brought in from outside the window (the command line, another
//! window, a restore): counted by comparing the journal before and after, for the
//! "N entries added elsewhere" message.

use std::collections::HashMap;

use uuid::Uuid;

use super::model::Journal;
use crate::t;

/// Records changed elsewhere: call-log entries by kind of change, the rest together.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Elsewhere {
    /// Entries that are new.
    pub added: usize,
    /// Entries that changed.
    pub updated: usize,
    /// Entries that are gone.
    pub removed: usize,
    /// Notes, dispute cases and cards added, changed or removed.
    pub other: usize,
}

/// (added, updated, removed) between two lists of records with ids.
fn diff<T: PartialEq>(before: &[T], after: &[T], id: impl Fn(&T) -> Uuid) -> [usize; 3] {
    let old: HashMap<Uuid, &T> = before.iter().map(|r| (id(r), r)).collect();
    let mut counts = [0, 0, 0];
    let mut kept = 0;
    for record in after {
        match old.get(&id(record)) {
            None => counts[0] += 1,
            Some(was) => {
                kept += 1;
                if *was != record {
                    counts[1] += 1;
                }
            }
        }
    }
    counts[2] = old.len().saturating_sub(kept);
    counts
}

/// What changed from `before` to `after`.
pub fn compare(before: &Journal, after: &Journal) -> Elsewhere {
    let [added, updated, removed] = diff(&before.entries, &after.entries, |e| e.id);
    let notes = diff(&before.notes, &after.notes, |n| n.id);
    let cases = diff(&before.cases, &after.cases, |c| c.id);
    let cards = diff(&before.cards, &after.cards, |c| c.id);
    Elsewhere {
        added,
        updated,
        removed,
        other: [notes, cases, cards].iter().flatten().sum(),
    }
}

impl Elsewhere {
    /// Nothing changed.
    pub fn is_empty(&self) -> bool {
        *self == Elsewhere::default()
    }

    /// Both counts together (two refreshes shown as one message).
    pub fn plus(self, more: Elsewhere) -> Elsewhere {
        Elsewhere {
            added: self.added + more.added,
            updated: self.updated + more.updated,
            removed: self.removed + more.removed,
            other: self.other + more.other,
        }
    }

    /// "200 entries added elsewhere." (with "1 updated, 2 removed" and other records
    /// when there are any); `None` when nothing changed.
    pub fn message(&self) -> Option<String> {
        let mut parts: Vec<String> = Vec::new();
        // The first count names the entries and says "elsewhere"; the others follow it.
        if self.added > 0 {
            parts.push(t!("journal-elsewhere-added", count = self.added));
        }
        if self.updated > 0 {
            parts.push(if parts.is_empty() {
                t!("journal-elsewhere-updated", count = self.updated)
            } else {
                t!("journal-elsewhere-also-updated", count = self.updated)
            });
        }
        if self.removed > 0 {
            parts.push(if parts.is_empty() {
                t!("journal-elsewhere-removed", count = self.removed)
            } else {
                t!("journal-elsewhere-also-removed", count = self.removed)
            });
        }
        let entries = (!parts.is_empty()).then(|| {
            t!(
                "journal-elsewhere-entries",
                parts = parts.join(&t!("journal-list-separator"))
            )
        });
        let others = (self.other > 0).then(|| t!("journal-elsewhere-other", count = self.other));
        match (entries, others) {
            (Some(first), Some(second)) => {
                Some(t!("journal-two-sentences", first = first, second = second))
            }
            (one, other) => one.or(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::model::Entry;
    use jiff::Timestamp;
    use jiff::tz::TimeZone;

    fn now() -> Timestamp {
        "2026-11-18T10:00:00Z".parse().unwrap()
    }

    fn journal_of(n: usize) -> Journal {
        let mut journal = Journal::default();
        for i in 0..n {
            let mut e = Entry::new(now(), &TimeZone::UTC);
            e.summary = format!("call {i}");
            journal.upsert_entry(e, now());
        }
        journal
    }

    #[test]
    fn counts_entries_added_updated_and_removed() {
        let before = journal_of(3);
        let mut after = before.clone();
        assert!(compare(&before, &after).is_empty());
        assert_eq!(compare(&before, &after).message(), None);
        after.entries.extend(journal_of(200).entries);
        let found = compare(&before, &after);
        assert_eq!(
            found,
            Elsewhere {
                added: 200,
                ..Elsewhere::default()
            }
        );
        assert_eq!(
            found.message().as_deref(),
            Some("200 entries added elsewhere.")
        );
        after.entries[0].summary = "changed".into();
        let gone = after.entries[1].id;
        after.delete_entry(gone, now());
        after.add_note("us-general", "a note", now());
        let found = compare(&before, &after);
        assert_eq!((found.added, found.updated, found.removed), (200, 1, 1));
        assert_eq!(found.other, 1);
        assert_eq!(
            found.message().as_deref(),
            Some(
                "200 entries added elsewhere, 1 updated, 1 removed. 1 note, case or card changed elsewhere."
            )
        );
    }

    #[test]
    fn one_entry_and_changes_without_additions_read_well() {
        let one = Elsewhere {
            added: 1,
            ..Elsewhere::default()
        };
        assert_eq!(one.message().as_deref(), Some("1 entry added elsewhere."));
        let updated = Elsewhere {
            updated: 2,
            removed: 1,
            ..Elsewhere::default()
        };
        assert_eq!(
            updated.message().as_deref(),
            Some("2 entries updated elsewhere, 1 removed.")
        );
        let other = Elsewhere {
            other: 3,
            ..Elsewhere::default()
        };
        assert_eq!(
            other.message().as_deref(),
            Some("3 notes, cases or cards changed elsewhere.")
        );
    }

    #[test]
    fn two_refreshes_add_up() {
        let a = Elsewhere {
            added: 57,
            ..Elsewhere::default()
        };
        let b = Elsewhere {
            added: 143,
            removed: 1,
            ..Elsewhere::default()
        };
        assert_eq!(
            a.plus(b).message().as_deref(),
            Some("200 entries added elsewhere, 1 removed.")
        );
    }
}
