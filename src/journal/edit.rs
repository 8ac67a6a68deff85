//! Changing the journal: every change stamps `updated`, redacts card numbers and
//! security codes, and leaves a tombstone on delete.

use jiff::Timestamp;
use uuid::Uuid;

use super::clean::{has_unsafe, strip_in_place};
use super::model::{Entry, Journal, Note, Tombstone};
use super::sensitive;

/// Removes control and bidi characters, then masks card numbers and codes; returns
/// how many card numbers or codes were masked.
fn redact_in_place(text: &mut String) -> usize {
    strip_in_place(text);
    sensitive::redact_in_place(text)
}

impl Journal {
    /// The entry with this id.
    pub fn entry(&self, id: Uuid) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// The entries with these ids (a case's linked calls), in the ids' order; ids not
    /// in the journal are skipped.
    pub fn entries_with(&self, ids: &[Uuid]) -> Vec<&Entry> {
        ids.iter().filter_map(|id| self.entry(*id)).collect()
    }

    /// Adds or replaces an entry (by id), stamped `now`. Returns how many card numbers
    /// or codes were masked on the way in.
    pub fn upsert_entry(&mut self, mut entry: Entry, now: Timestamp) -> usize {
        let masked = redact_entry(&mut entry);
        entry.updated = now.max(entry.created);
        self.deleted.retain(|t| t.id != entry.id);
        match self.entries.iter_mut().find(|e| e.id == entry.id) {
            Some(slot) => *slot = entry,
            None => self.entries.push(entry),
        }
        masked
    }

    /// Deletes an entry and returns it (for undo).
    pub(crate) fn delete_entry(&mut self, id: Uuid, now: Timestamp) -> Option<Entry> {
        let position = self.entries.iter().position(|e| e.id == id)?;
        let entry = self.entries.remove(position);
        self.tombstone(id, now);
        Some(entry)
    }

    /// Puts back a deleted entry (undo).
    pub(crate) fn restore_entry(&mut self, entry: Entry, now: Timestamp) {
        self.upsert_entry(entry, now);
    }

    /// Notes pinned to a contact, oldest first.
    pub(crate) fn notes_for<'a>(&'a self, contact: &'a str) -> impl Iterator<Item = &'a Note> + 'a {
        self.notes.iter().filter(move |n| n.contact == contact)
    }

    /// Pins a new note to a contact; returns how many card numbers or codes were masked.
    /// Blank notes are ignored.
    pub fn add_note(&mut self, contact: &str, text: &str, now: Timestamp) -> usize {
        let mut text = text.trim().to_string();
        if text.is_empty() {
            return 0;
        }
        let masked = redact_in_place(&mut text);
        self.notes.push(Note {
            id: Uuid::new_v4(),
            contact: contact.to_string(),
            text,
            created: now,
            updated: now,
        });
        masked
    }

    /// Deletes a note and returns it (for undo).
    pub(crate) fn delete_note(&mut self, id: Uuid, now: Timestamp) -> Option<Note> {
        let position = self.notes.iter().position(|n| n.id == id)?;
        let note = self.notes.remove(position);
        self.tombstone(id, now);
        Some(note)
    }

    /// Puts back a deleted note (undo).
    pub(crate) fn restore_note(&mut self, mut note: Note, now: Timestamp) {
        note.updated = now;
        self.deleted.retain(|t| t.id != note.id);
        self.notes.push(note);
    }

    fn tombstone(&mut self, id: Uuid, now: Timestamp) {
        self.deleted.retain(|t| t.id != id);
        self.deleted.push(Tombstone { id, deleted: now });
    }

    /// Masks card numbers and security codes in every text field of every record;
    /// returns how many were found. Run before anything is written.
    pub fn redact_all(&mut self) -> usize {
        let mut masked = 0;
        for entry in &mut self.entries {
            masked += redact_entry(entry);
        }
        for note in &mut self.notes {
            strip_in_place(&mut note.contact);
            masked += redact_in_place(&mut note.text);
        }
        for case in &mut self.cases {
            masked += redact_case(case);
        }
        for card in &mut self.cards {
            masked += redact_card(card);
        }
        masked
    }

    /// The retention card with this id.
    pub fn card(&self, id: Uuid) -> Option<&crate::records::RetentionCard> {
        self.cards.iter().find(|c| c.id == id)
    }

    /// Adds or replaces a retention card (by id), stamped `now`, masked.
    pub fn upsert_card(
        &mut self,
        mut card: crate::records::RetentionCard,
        now: Timestamp,
    ) -> usize {
        let masked = redact_card(&mut card);
        card.updated = now.max(card.created);
        self.deleted.retain(|t| t.id != card.id);
        match self.cards.iter_mut().find(|c| c.id == card.id) {
            Some(slot) => *slot = card,
            None => self.cards.push(card),
        }
        masked
    }

    /// The dispute case with this id.
    pub fn case(&self, id: Uuid) -> Option<&crate::records::Case> {
        self.cases.iter().find(|c| c.id == id)
    }

    /// Adds or replaces a dispute case (by id), stamped `now`; masks card numbers and
    /// keeps at most five card digits. Returns how many things were masked.
    pub fn upsert_case(&mut self, mut case: crate::records::Case, now: Timestamp) -> usize {
        let masked = redact_case(&mut case);
        case.updated = now.max(case.created);
        self.deleted.retain(|t| t.id != case.id);
        match self.cases.iter_mut().find(|c| c.id == case.id) {
            Some(slot) => *slot = case,
            None => self.cases.push(case),
        }
        masked
    }

    /// Deletes a case and returns it (for undo).
    pub(crate) fn delete_case(&mut self, id: Uuid, now: Timestamp) -> Option<crate::records::Case> {
        let position = self.cases.iter().position(|c| c.id == id)?;
        let case = self.cases.remove(position);
        self.tombstone(id, now);
        Some(case)
    }
}

/// Digits of any script in `text`.
fn digit_count(text: &str) -> usize {
    text.chars().filter(|c| c.is_numeric()).count()
}

/// Masks card numbers and codes in a case's text, and cuts the card digits to five.
pub(crate) fn redact_case(case: &mut crate::records::Case) -> usize {
    let before = case.card_last5.clone();
    case.clamp_card_digits();
    let clamped = usize::from(digit_count(&before) > case.card_last5.len());
    clamped
        + case
            .text_fields_mut()
            .into_iter()
            .map(redact_in_place)
            .sum::<usize>()
}

/// Masks card numbers and codes in a retention card's text, and cuts its digits to five.
pub(crate) fn redact_card(card: &mut crate::records::RetentionCard) -> usize {
    let before = std::mem::take(&mut card.last5);
    card.last5 = super::sensitive::last_five(&before);
    let cut = usize::from(digit_count(&before) > card.last5.len());
    cut + card
        .text_fields_mut()
        .into_iter()
        .map(redact_in_place)
        .sum::<usize>()
}

/// Does any text field of the entry hold a card number, a code or a control character?
pub(crate) fn entry_has_secrets(entry: &Entry) -> bool {
    entry
        .checked_texts()
        .any(|text| has_unsafe(text) || !sensitive::scan(text).is_empty())
}

/// Does any text field of the entry hold a control or bidi-override character?
pub(crate) fn entry_has_unsafe(entry: &Entry) -> bool {
    entry.checked_texts().any(|text| has_unsafe(text))
}

/// Masks card numbers and codes in an entry's text fields.
pub(crate) fn redact_entry(entry: &mut Entry) -> usize {
    if let Some(contact) = entry.contact.as_mut() {
        strip_in_place(contact);
    }
    entry
        .text_fields_mut()
        .into_iter()
        .map(redact_in_place)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::tz::TimeZone;

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn delete_and_undo_round_trip() {
        let mut j = Journal::default();
        let now = at("2026-11-18T10:00:00Z");
        let mut e = Entry::new(now, &TimeZone::UTC);
        e.summary = "asked about a refund".into();
        let id = e.id;
        j.upsert_entry(e, now);
        let gone = j.delete_entry(id, at("2026-11-18T10:05:00Z")).unwrap();
        assert!(j.entry(id).is_none());
        assert_eq!(j.deleted.len(), 1);
        j.restore_entry(gone, at("2026-11-18T10:06:00Z"));
        assert_eq!(j.entry(id).unwrap().summary, "asked about a refund");
        assert!(j.deleted.is_empty());
    }

    #[test]
    fn upsert_masks_card_numbers_in_every_field() {
        let mut j = Journal::default();
        let now = at("2026-11-18T10:00:00Z");
        let mut e = Entry::new(now, &TimeZone::UTC);
        e.summary = "card 3782 822463 10005 cid 1234".into();
        e.promises.push(super::super::model::Promise {
            text: "refund to 371449635398431".into(),
            ..Default::default()
        });
        assert_eq!(j.upsert_entry(e, now), 3);
        let saved = &j.entries[0];
        assert_eq!(saved.summary, "card [card ending 10005] cid [removed]");
        assert_eq!(saved.promises[0].text, "refund to [card ending 98431]");
        assert_eq!(j.add_note("us-general", "cvv 999 press 0", now), 1);
        assert_eq!(j.notes[0].text, "cvv [removed] press 0");
        assert_eq!(j.add_note("us-general", "   ", now), 0);
        assert_eq!(j.notes.len(), 1);
    }

    #[test]
    fn upsert_and_save_remove_control_and_bidi_characters() {
        let mut j = Journal::default();
        let now = at("2026-11-18T10:00:00Z");
        let mut e = Entry::new(now, &TimeZone::UTC);
        e.summary = "\u{1b}[2Jcleared\r\n\u{202e}gnp.exe\tok".into();
        assert!(entry_has_unsafe(&e) && entry_has_secrets(&e));
        assert_eq!(j.upsert_entry(e, now), 0, "nothing masked, only removed");
        assert_eq!(j.entries[0].summary, "[2Jcleared\ngnp.exe\tok");
        j.add_note("us-\u{7}general", "ring \u{7}\u{2066}x", now);
        j.notes[0].contact = "us-\u{7}general".into();
        j.redact_all();
        assert_eq!(j.notes[0].text, "ring x");
        assert_eq!(j.notes[0].contact, "us-general");
    }
}
