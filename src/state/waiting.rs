//! Opening an entry never drops another one's unsaved changes. While the entry being
//! edited has changes not saved yet, an entry asked for (Log this call, New entry,
//! Edit, the entry End call fills in) waits; it opens when the one being edited is
//! saved or cancelled. Cancel is the user's say to drop changes; nothing else is.

use super::journal::{Editor, JournalState};

use crate::journal::Draft;
use crate::t;

/// Said when an entry waits behind the one being edited, in English: the text
/// [`waits`] gives in English (tests look for it on screen).
pub const WAITS: &str =
    "The entry you are editing has unsaved changes: save or cancel it, and the next one opens.";

/// Said when an entry waits behind the one being edited.
pub(crate) fn waits() -> String {
    t!("journal-entry-waits")
}

/// "1 more entry waits to open: save or cancel this one." (none: nothing waits).
pub(crate) fn waiting_note(waiting: usize) -> Option<String> {
    (waiting > 0).then(|| t!("journal-more-waiting", count = waiting))
}

impl JournalState {
    /// The entry being edited has changes not saved yet (or was never saved).
    pub(crate) fn editor_unsaved(&self) -> bool {
        self.editor
            .as_ref()
            .is_some_and(|e| match self.data.entry(e.draft.id) {
                Some(saved) => Draft::from_entry(saved) != e.draft,
                None => true,
            })
    }

    /// Replacing the editor would lose something: changes typed into it, or a new
    /// entry's call times.
    fn editor_holds_work(&self) -> bool {
        self.editor
            .as_ref()
            .is_some_and(|e| match self.data.entry(e.draft.id) {
                Some(saved) => Draft::from_entry(saved) != e.draft,
                None => e.opened.as_ref() != Some(&e.draft) || e.draft.call_times.is_some(),
            })
    }

    /// Opens `draft` in the editor, or, while the entry being edited holds work not
    /// saved, keeps it waiting and returns what to say. Asking again for the entry
    /// already open keeps its changes.
    pub(super) fn open(&mut self, draft: Draft) -> Option<String> {
        let same = self.editor.as_ref().is_some_and(|e| e.draft.id == draft.id);
        if same && self.editor_unsaved() {
            return None;
        }
        if self.editor_holds_work() {
            self.waiting.push(draft);
            return Some(waits());
        }
        self.editor = Some(Editor::new(draft));
        None
    }

    /// The editor closed (saved or cancelled): the first waiting entry opens.
    pub(crate) fn open_next(&mut self) {
        self.editor = (!self.waiting.is_empty()).then(|| Editor::new(self.waiting.remove(0)));
    }

    /// The draft for a call to `contact` not yet timed: the one being edited, or one
    /// waiting (Start call on the prep page opens one).
    pub(super) fn untimed_call_draft(&mut self, contact: &str) -> Option<&mut Draft> {
        let fits =
            |d: &Draft| d.is_new && d.call_times.is_none() && d.contact.as_deref() == Some(contact);
        let editing = self.editor.as_mut().map(|e| &mut e.draft);
        match editing {
            Some(draft) if fits(draft) => Some(draft),
            _ => self.waiting.iter_mut().find(|d| fits(d)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::Journal;
    use crate::state::testing::Env;
    use crate::state::{JournalCommand, Out};
    use jiff::Timestamp;

    fn run(js: &mut JournalState, command: JournalCommand) -> Out {
        let env = Env::at("2026-11-18T10:00:00Z".parse::<Timestamp>().unwrap());
        let mut out = Out::default();
        js.apply(command, &env.ctx(), &mut out);
        out
    }

    fn typing(js: &mut JournalState, summary: &str) {
        let mut draft = js.editor.as_ref().unwrap().draft.clone();
        draft.summary = summary.to_string();
        run(js, JournalCommand::UpdateDraft(Box::new(draft)));
    }

    #[test]
    fn a_new_entry_waits_behind_unsaved_changes_and_opens_after_cancel() {
        let mut js = JournalState::new(Journal::default(), "j.ron".into(), None);
        run(&mut js, JournalCommand::New);
        typing(&mut js, "half-written");
        let out = run(&mut js, JournalCommand::New);
        assert_eq!(out.toast.as_deref(), Some(WAITS));
        assert_eq!(js.editor.as_ref().unwrap().draft.summary, "half-written");
        assert_eq!(js.waiting.len(), 1);
        run(&mut js, JournalCommand::CancelDraft);
        assert_eq!(js.editor.as_ref().unwrap().draft.summary, "");
        assert!(js.waiting.is_empty());
    }

    #[test]
    fn the_waiting_entry_opens_after_save() {
        let mut js = JournalState::new(Journal::default(), "j.ron".into(), None);
        run(&mut js, JournalCommand::New);
        typing(&mut js, "first");
        run(&mut js, JournalCommand::New);
        let out = run(&mut js, JournalCommand::SaveDraft);
        assert!(out.effects.contains(&crate::state::Effect::SaveJournal));
        assert_eq!(js.data.entries.len(), 1);
        assert_eq!(js.editor.as_ref().unwrap().draft.summary, "");
    }

    #[test]
    fn editing_the_entry_already_open_keeps_its_changes() {
        let mut js = JournalState::new(Journal::default(), "j.ron".into(), None);
        run(&mut js, JournalCommand::New);
        typing(&mut js, "saved once");
        run(&mut js, JournalCommand::SaveDraft);
        let id = js.data.entries[0].id;
        run(&mut js, JournalCommand::Edit(id));
        typing(&mut js, "changed");
        run(&mut js, JournalCommand::Edit(id));
        assert_eq!(js.editor.as_ref().unwrap().draft.summary, "changed");
        assert!(js.waiting.is_empty());
    }

    #[test]
    fn an_untouched_new_entry_is_simply_replaced() {
        let mut js = JournalState::new(Journal::default(), "j.ron".into(), None);
        run(&mut js, JournalCommand::New);
        let first = js.editor.as_ref().unwrap().draft.id;
        let out = run(&mut js, JournalCommand::New);
        assert_eq!(out.toast, None);
        assert_ne!(js.editor.as_ref().unwrap().draft.id, first);
        assert!(js.waiting.is_empty());
    }

    #[test]
    fn an_unchanged_editor_is_simply_replaced() {
        let mut js = JournalState::new(Journal::default(), "j.ron".into(), None);
        run(&mut js, JournalCommand::New);
        typing(&mut js, "saved");
        run(&mut js, JournalCommand::SaveDraft);
        let id = js.data.entries[0].id;
        run(&mut js, JournalCommand::Edit(id));
        let out = run(&mut js, JournalCommand::New);
        assert_eq!(out.toast, None);
        assert!(js.editor.as_ref().unwrap().draft.is_new);
        assert!(js.waiting.is_empty());
    }
}
