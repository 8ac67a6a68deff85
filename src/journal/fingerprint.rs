//! A cheap fingerprint of the journal's records: it changes when an entry, case or
//! card is added, removed or edited (edits set `updated`). Computed once per frame, it
//! tells the window and the reminders whether what they derived from the journal is
//! still good.

use std::hash::{Hash, Hasher};

use jiff::Timestamp;
use uuid::Uuid;

use super::Journal;

impl Journal {
    /// Counts and wrapping sums over ids and change times: O(records), no allocation.
    pub(crate) fn fingerprint(&self) -> u64 {
        let mix = |id: &Uuid, updated: &Timestamp| {
            let (high, low) = id.as_u64_pair();
            (high ^ low).wrapping_add(updated.as_nanosecond() as u64)
        };
        let sum = |pairs: &mut dyn Iterator<Item = (&Uuid, &Timestamp)>| {
            pairs.fold(0u64, |sum, (id, updated)| {
                sum.wrapping_add(mix(id, updated))
            })
        };
        let entries = sum(&mut self.entries.iter().map(|e| (&e.id, &e.updated)));
        let cases = sum(&mut self.cases.iter().map(|c| (&c.id, &c.updated)));
        let cards = sum(&mut self.cards.iter().map(|c| (&c.id, &c.updated)));
        let counts = (self.entries.len(), self.cases.len(), self.cards.len());
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        (counts, entries, cases, cards).hash(&mut hasher);
        hasher.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::Entry;
    use jiff::tz::TimeZone;

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn the_fingerprint_follows_edits_additions_and_removals() {
        let now = at("2026-11-18T10:00:00Z");
        let mut j = Journal::default();
        j.entries.push(Entry::new(now, &TimeZone::UTC));
        let first = j.fingerprint();
        j.entries[0].updated = at("2026-11-18T10:00:01Z");
        let edited = j.fingerprint();
        assert_ne!(first, edited);
        j.entries.push(Entry::new(now, &TimeZone::UTC));
        assert_ne!(j.fingerprint(), edited);
        j.entries.pop();
        assert_eq!(j.fingerprint(), edited);
    }
}
