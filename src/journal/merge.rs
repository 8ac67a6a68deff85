//! Merging two copies of a journal (another window's save, an import from another
//! machine): union by id, the newer `updated` wins, tombstones keep deletions deleted.

use std::collections::HashMap;

use jiff::Timestamp;
use uuid::Uuid;

use super::model::{JOURNAL_VERSION, Journal, Tombstone};

/// What a merge did, for the user.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Records only the other copy had.
    pub added: usize,
    /// Records the other copy had a newer version of.
    pub updated: usize,
    /// Records the other copy had deleted.
    pub removed: usize,
}

trait Record: Clone {
    fn id(&self) -> Uuid;
    fn updated(&self) -> Timestamp;
}

impl Record for super::model::Entry {
    fn id(&self) -> Uuid {
        self.id
    }
    fn updated(&self) -> Timestamp {
        self.updated
    }
}

impl Record for super::model::Note {
    fn id(&self) -> Uuid {
        self.id
    }
    fn updated(&self) -> Timestamp {
        self.updated
    }
}

impl Record for crate::records::Case {
    fn id(&self) -> Uuid {
        self.id
    }
    fn updated(&self) -> Timestamp {
        self.updated
    }
}

impl Record for crate::records::RetentionCard {
    fn id(&self) -> Uuid {
        self.id
    }
    fn updated(&self) -> Timestamp {
        self.updated
    }
}

fn merge_records<R: Record>(
    ours: &[R],
    theirs: &[R],
    deleted: &HashMap<Uuid, Timestamp>,
    report: &mut MergeReport,
) -> Vec<R> {
    let mut out: Vec<R> = Vec::with_capacity(ours.len().max(theirs.len()));
    let mut index: HashMap<Uuid, usize> = HashMap::with_capacity(ours.len());
    for record in ours {
        if let Some(&i) = index.get(&record.id()) {
            // A duplicate id inside one copy: keep the newer.
            if record.updated() > out[i].updated() {
                out[i] = record.clone();
            }
            continue;
        }
        index.insert(record.id(), out.len());
        out.push(record.clone());
    }
    for record in theirs {
        match index.get(&record.id()) {
            Some(&i) => {
                if record.updated() > out[i].updated() {
                    out[i] = record.clone();
                    report.updated += 1;
                }
            }
            None if deleted
                .get(&record.id())
                .is_some_and(|d| record.updated() <= *d) =>
            {
                // Deleted here already: not news.
            }
            None => {
                index.insert(record.id(), out.len());
                out.push(record.clone());
                report.added += 1;
            }
        }
    }
    let before = out.len();
    out.retain(|r| deleted.get(&r.id()).is_none_or(|d| r.updated() > *d));
    report.removed += before - out.len();
    out
}

/// `ours` and `theirs` combined. Order: ours first, then what only theirs had.
pub fn merge(ours: &Journal, theirs: &Journal) -> (Journal, MergeReport) {
    let mut deleted: HashMap<Uuid, Timestamp> = HashMap::new();
    for t in ours.deleted.iter().chain(&theirs.deleted) {
        let slot = deleted.entry(t.id).or_insert(t.deleted);
        *slot = (*slot).max(t.deleted);
    }
    let mut report = MergeReport::default();
    let mut entries = merge_records(&ours.entries, &theirs.entries, &deleted, &mut report);
    let mut notes = merge_records(&ours.notes, &theirs.notes, &deleted, &mut report);
    let cases = merge_records(&ours.cases, &theirs.cases, &deleted, &mut report);
    let cards = merge_records(&ours.cards, &theirs.cards, &deleted, &mut report);
    // A record newer than its tombstone was restored: drop the tombstone.
    let alive: std::collections::HashSet<Uuid> = entries
        .iter()
        .map(|e| e.id)
        .chain(notes.iter().map(|n| n.id))
        .chain(cases.iter().map(|c| c.id))
        .chain(cards.iter().map(|c| c.id))
        .collect();
    let mut tombstones: Vec<Tombstone> = deleted
        .into_iter()
        .filter(|(id, _)| !alive.contains(id))
        .map(|(id, deleted)| Tombstone { id, deleted })
        .collect();
    tombstones.sort_by_key(|t| (t.deleted, t.id));
    entries.shrink_to_fit();
    notes.shrink_to_fit();
    (
        Journal {
            version: JOURNAL_VERSION,
            entries,
            notes,
            cases,
            cards,
            deleted: tombstones,
        },
        report,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::model::Entry;
    use jiff::tz::TimeZone;

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn entry(summary: &str, t: &str) -> Entry {
        let mut e = Entry::new(at(t), &TimeZone::UTC);
        e.summary = summary.into();
        e
    }

    #[test]
    fn union_newer_wins_and_deletes_stick() {
        let a1 = entry("first", "2026-11-01T10:00:00Z");
        let b1 = entry("second", "2026-11-02T10:00:00Z");
        let mut ours = Journal::default();
        ours.entries.push(a1.clone());
        ours.entries.push(b1.clone());
        let mut theirs = ours.clone();
        // They edited a1 later, deleted b1, and added c1.
        let mut a2 = a1.clone();
        a2.summary = "first, edited".into();
        a2.updated = at("2026-11-03T10:00:00Z");
        theirs.entries[0] = a2;
        theirs.delete_entry(b1.id, at("2026-11-03T11:00:00Z"));
        let c1 = entry("third", "2026-11-04T10:00:00Z");
        theirs.entries.push(c1.clone());

        let (merged, report) = merge(&ours, &theirs);
        let summaries: Vec<&str> = merged.entries.iter().map(|e| e.summary.as_str()).collect();
        assert_eq!(summaries, vec!["first, edited", "third"]);
        assert_eq!(
            report,
            MergeReport {
                added: 1,
                updated: 1,
                removed: 1
            }
        );
        assert_eq!(merged.deleted.len(), 1);
        // Merging again changes nothing.
        let (again, report) = merge(&merged, &theirs);
        assert_eq!(again, merged);
        assert_eq!(report, MergeReport::default());
    }

    #[test]
    fn an_edit_after_a_delete_brings_the_entry_back() {
        let a = entry("keep me", "2026-11-01T10:00:00Z");
        let mut ours = Journal::default();
        ours.entries.push(a.clone());
        let mut theirs = ours.clone();
        theirs.delete_entry(a.id, at("2026-11-02T10:00:00Z"));
        let mut edited = a.clone();
        edited.summary = "edited later".into();
        ours.upsert_entry(edited, at("2026-11-03T10:00:00Z"));
        let (merged, _) = merge(&ours, &theirs);
        assert_eq!(merged.entries[0].summary, "edited later");
        assert!(merged.deleted.is_empty());
    }
}
