//! What the pages show that is derived from the state, refreshed once per frame before
//! drawing. What comes from the whole journal (the due list, the selected line's own
//! call record) is recomputed only when the journal's fingerprint, the day or the
//! selected line changed; a frame with nothing new costs one pass over the ids.

use jiff::civil::Date;

use super::AppState;
use crate::fields::FieldError;
use crate::journal::{Due, LineStats};

/// What the pages show that is derived from the state: refreshed by
/// [`AppState::refresh_frame`], read by every panel that needs it.
#[derive(Clone, Debug, Default)]
pub struct FrameView {
    /// Follow-ups, promises and dispute deadlines still to chase, earliest first.
    pub due: Vec<Due>,
    /// How many of them are overdue (the Journal tab and the window title).
    pub overdue: usize,
    /// What is wrong with the open dispute case's fields (empty: it can be saved).
    pub case_problems: Vec<FieldError>,
    /// What is wrong with the open retention card's fields.
    pub card_problems: Vec<FieldError>,
    /// The journal's fingerprint this frame ([`crate::journal::Journal::fingerprint`]).
    pub fingerprint: u64,
    /// The selected line's id and your own calls to it (count, median hold).
    pub line: Option<(String, LineStats)>,
    /// The day and fingerprint `due` was computed for (none: recompute).
    due_for: Option<(Date, u64)>,
}

impl FrameView {
    /// A command was applied: what was derived from the journal is computed again at
    /// the next refresh, whatever the fingerprint says (an edit at the same instant
    /// as the last one leaves it unchanged).
    pub(crate) fn invalidate(&mut self) {
        self.due_for = None;
        self.line = None;
    }

    /// Your own record with the line `contact`, when it is the selected one.
    pub(crate) fn line_stats(&self, contact: &str) -> Option<&LineStats> {
        self.line
            .as_ref()
            .filter(|(id, _)| id == contact)
            .map(|(_, stats)| stats)
    }
}

impl AppState {
    /// Refreshes [`AppState::frame`]: once per frame, before drawing.
    pub(crate) fn refresh_frame(&mut self) {
        let today = self.today();
        let fingerprint = self.journal.data.fingerprint();
        let journal_changed = self.frame.fingerprint != fingerprint || self.frame.due_for.is_none();
        self.frame.fingerprint = fingerprint;
        if self.frame.due_for != Some((today, fingerprint)) {
            let due =
                crate::followups::due_items(&self.journal.data, self.catalogs.disputes, today);
            self.frame.overdue = due.iter().filter(|d| d.overdue()).count();
            self.frame.due = due;
            self.frame.due_for = Some((today, fingerprint));
        }
        let selected = self.selected_contact().map(|c| c.record.id.clone());
        let line_moved = self.frame.line.as_ref().map(|(id, _)| id) != selected.as_ref();
        if journal_changed || line_moved {
            self.frame.line = selected.map(|id| {
                let stats = crate::journal::line_stats(&self.journal.data.entries, &id);
                (id, stats)
            });
        }
        self.frame.case_problems = self
            .disputes
            .draft
            .as_ref()
            .map(|d| d.checked(today).1)
            .unwrap_or_default();
        self.frame.card_problems = self
            .retention
            .card
            .as_ref()
            .map(|d| d.checked(today).1)
            .unwrap_or_default();
    }
}

#[cfg(test)]
mod tests {
    use crate::catalogs::Catalogs;
    use crate::directory::Directory;
    use crate::settings::Settings;
    use crate::state::{AppState, NumbersCommand};

    #[test]
    fn the_due_list_and_the_line_record_follow_the_journal_and_the_selection() {
        let mut s = AppState::new(
            Directory::builtin().unwrap(),
            Catalogs::load().unwrap(),
            Settings::default(),
            "2026-11-18T10:00:00Z".parse().unwrap(),
            jiff::tz::TimeZone::UTC,
        );
        s.refresh_frame();
        assert!(s.frame.due.is_empty());
        assert!(s.frame.line.is_none());
        s.apply(NumbersCommand::Select(0));
        s.refresh_frame();
        let id = s.selected_contact().unwrap().record.id.clone();
        assert_eq!(s.frame.line_stats(&id).map(|l| l.calls), Some(0));

        let now = "2026-11-18T10:00:00Z".parse().unwrap();
        let mut entry = crate::journal::Entry::new(now, &jiff::tz::TimeZone::UTC);
        entry.contact = Some(id.clone());
        entry.follow_up = Some(jiff::civil::date(2026, 11, 17));
        s.journal.data.entries.push(entry);
        s.refresh_frame();
        assert_eq!(s.frame.overdue, 1);
        assert_eq!(s.frame.line_stats(&id).map(|l| l.calls), Some(1));
    }
}
