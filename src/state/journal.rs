//! The journal part of the window's state: the records, the editor, undo, and what
//! the edge must save.

use std::path::PathBuf;

use jiff::Timestamp;
use jiff::tz::TimeZone;
use uuid::Uuid;

use crate::directory::{Directory, Kind};
use crate::journal::clean::{has_unsafe, removed_note};
use crate::journal::elsewhere::Elsewhere;
use crate::journal::{Draft, EntryStatus, Journal, LogQuery, MergeReport, Note, PromiseDraft};

/// Why nothing can be saved while the journal file is unreadable.
pub const READ_ONLY: &str =
    "The journal is read-only, so nothing is saved (see the message at the top).";

/// The banner of a window opened while another holds the data folder.
pub const OTHER_WINDOW: &str =
    "Another Amex Desk window is open: this one is read-only; close it to edit here.";

/// The journal's commands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JournalCommand {
    /// Open a blank entry.
    New,
    /// Open an entry pre-filled for a call to this contact, now.
    LogCall(String),
    /// Open an existing entry.
    Edit(Uuid),
    /// The editor's fields changed.
    UpdateDraft(Box<Draft>),
    /// Add an empty promise line to the editor.
    AddPromise,
    /// Save the editor's entry.
    SaveDraft,
    /// Close the editor without saving.
    CancelDraft,
    /// Delete an entry (undo is offered).
    Delete(Uuid),
    /// Undo the last delete.
    Undo,
    /// Search text for the log.
    SetQuery(String),
    /// Status filter for the log.
    SetStatusFilter(Option<EntryStatus>),
    /// Mark a promise kept (from the follow-ups list).
    PromiseDone(Uuid, usize),
    /// Mark an entry resolved (clears its follow-up from the list).
    Resolve(Uuid),
    /// The note being typed for the selected contact.
    SetNoteDraft(String),
    /// Pin the typed note to this contact.
    AddNote(String),
    /// Remove a note (undo is offered).
    DeleteNote(Uuid),
    /// Write the journal to a Markdown or CSV file in the exports folder.
    Export(ExportFormat),
    /// The import path field changed.
    SetImportPath(String),
    /// Merge a journal file from another machine.
    Import,
    /// Hide the banner listing the problems found on load.
    DismissIntegrity,
    /// List the kept earlier versions of the journal.
    ShowBackups,
    /// Hide that list.
    HideBackups,
    /// Put this earlier version back (by backup name); the journal as it is now is kept
    /// as a backup first, so a restore can itself be undone.
    RestoreBackup(String),
}

/// Export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// Markdown, to read or print.
    Markdown,
    /// CSV, for a spreadsheet.
    Csv,
}

impl ExportFormat {
    /// File extension.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "md",
            ExportFormat::Csv => "csv",
        }
    }
}

/// Something deleted that can be put back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Undo {
    /// A call-log entry.
    Entry(crate::journal::Entry),
    /// A note.
    Note(Note),
    /// A dispute case, with its ticks, notes and files.
    Case(Box<crate::disputes::Case>),
}

/// The open editor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Editor {
    /// The fields as typed.
    pub draft: Draft,
    /// Why the last save was refused (field and reason).
    pub error: Option<String>,
}

/// The journal as the window sees it.
#[derive(Clone, Debug, Default)]
pub struct JournalState {
    /// The records.
    pub data: Journal,
    /// Where they are saved (shown in the window).
    pub path: PathBuf,
    /// Why the file could not be read: the journal is read-only until it is fixed.
    pub problem: Option<String>,
    /// What the journal held on load that loading would otherwise hide (shared ids,
    /// links to missing records), for the banner until dismissed.
    pub integrity: Vec<crate::journal::integrity::Problem>,
    /// The last save failure.
    pub save_error: Option<String>,
    /// Search and status filter.
    pub query: LogQuery,
    /// The entry being edited.
    pub editor: Option<Editor>,
    /// The last deleted record.
    pub undo: Option<Undo>,
    /// The note being typed in the details panel.
    pub note_draft: String,
    /// The import path being typed.
    pub import_path: String,
    /// The last export, import or merge result, for the user.
    pub message: Option<String>,
    /// The earlier versions listed on the page (none: the list is closed).
    pub backups: Option<Vec<crate::journal::backups::Backup>>,
    /// Another window holds the data folder: read-only (banner [`OTHER_WINDOW`]).
    pub other_window: bool,
    /// The outside changes [`JournalState::message`] reports, added up over refreshes.
    pub elsewhere: Elsewhere,
}

impl JournalState {
    /// A journal loaded from `path`, or the reason it could not be read.
    pub fn new(data: Journal, path: PathBuf, problem: Option<String>) -> JournalState {
        JournalState {
            integrity: crate::journal::integrity::check(&data),
            data,
            path,
            problem,
            ..JournalState::default()
        }
    }

    /// Can changes be saved?
    pub fn writable(&self) -> bool {
        self.problem.is_none() && !self.other_window
    }

    /// Takes in what a refresh read from the file (`data`: ours merged with it), and
    /// says what came from elsewhere ("200 entries added elsewhere."), added to what
    /// the message already said when it still shows the last refresh.
    pub fn refreshed(&mut self, data: Journal) {
        let found = crate::journal::elsewhere::compare(&self.data, &data);
        self.data = data;
        if found.is_empty() {
            return;
        }
        let shown = self.message.is_some() && self.message == self.elsewhere.message();
        self.elsewhere = if shown {
            self.elsewhere.plus(found)
        } else {
            found
        };
        self.message = self.elsewhere.message();
    }

    /// Takes in what the file adapter saved or re-read (it may hold another window's
    /// records).
    pub fn saved(&mut self, result: Result<(Journal, MergeReport), String>) {
        match result {
            Ok((data, report)) => {
                self.data = data;
                self.save_error = None;
                if report.added + report.updated + report.removed > 0 {
                    self.message = Some(format!(
                        "Merged changes from another window or file: {} added, {} updated, {} removed.",
                        report.added, report.updated, report.removed
                    ));
                }
            }
            Err(e) => self.save_error = Some(e),
        }
    }
}

impl JournalState {
    /// Takes in the list of earlier versions the edge read.
    pub fn backups_listed(&mut self, result: Result<Vec<crate::journal::backups::Backup>, String>) {
        match result {
            Ok(list) => self.backups = Some(list),
            Err(e) => {
                self.backups = None;
                self.message = Some(format!("Earlier versions could not be listed: {e}"));
            }
        }
    }

    /// Takes in the journal restored from the backup `name`, or why it was not. A
    /// journal that could not be read becomes writable again once restored.
    pub fn restored(&mut self, name: &str, result: Result<Journal, String>) {
        match result {
            Ok(data) => {
                self.message = Some(format!(
                    "Restored the version saved as {name}: {} call(s), {} case(s), {} card(s). The journal as it was is kept as the newest backup, so this can be undone the same way.",
                    data.entries.len(),
                    data.cases.len(),
                    data.cards.len()
                ));
                self.integrity = crate::journal::integrity::check(&data);
                self.data = data;
                self.problem = None;
                self.save_error = None;
                self.editor = None;
                self.undo = None;
            }
            Err(e) => self.message = Some(format!("Not restored: {e}")),
        }
        self.backups = None;
    }
}

/// What a journal command asks of the edge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JournalEffect {
    /// Save the journal.
    Save,
    /// Export it.
    Export(ExportFormat),
    /// Merge this file into it (then save).
    Import(PathBuf),
    /// Read the list of kept earlier versions (answer: [`JournalState::backups_listed`]).
    ListBackups,
    /// Restore this backup (answer: [`JournalState::restored`]).
    Restore(String),
}

/// Applies a journal command. `now`/`zone` stamp records; `directory` pre-fills calls.
pub fn apply_journal(
    js: &mut JournalState,
    command: JournalCommand,
    directory: &Directory,
    now: Timestamp,
    zone: &TimeZone,
) -> Vec<JournalEffect> {
    let writable = js.writable();
    match command {
        JournalCommand::New => {
            js.editor = Some(Editor {
                draft: Draft::new(now, zone),
                error: None,
            });
        }
        JournalCommand::LogCall(contact_id) => {
            let mut draft = Draft::new(now, zone);
            if let Some(contact) = directory.contact(&contact_id) {
                draft.channel = contact.record.kind.channel();
                draft.purpose = contact.grade.purposes.first().copied();
                draft.contact = Some(contact_id);
                if contact.record.kind == Kind::Postal {
                    draft.summary = "Letter sent: ".to_string();
                }
            }
            js.editor = Some(Editor { draft, error: None });
        }
        JournalCommand::Edit(id) => {
            if let Some(entry) = js.data.entry(id) {
                js.editor = Some(Editor {
                    draft: Draft::from_entry(entry),
                    error: None,
                });
            }
        }
        JournalCommand::UpdateDraft(draft) => {
            if let Some(editor) = &mut js.editor {
                editor.draft = *draft;
            }
        }
        JournalCommand::AddPromise => {
            if let Some(editor) = &mut js.editor {
                editor.draft.promises.push(PromiseDraft::default());
            }
        }
        JournalCommand::SaveDraft => {
            let Some(editor) = &mut js.editor else {
                return Vec::new();
            };
            if !writable {
                editor.error = Some(READ_ONLY.to_string());
                return Vec::new();
            }
            match editor.draft.to_entry(zone, now) {
                Ok(entry) => {
                    let removed = removed_note(crate::journal::edit::entry_has_unsafe(&entry));
                    let masked = js.data.upsert_entry(entry, now);
                    js.editor = None;
                    js.message = Some(if masked > 0 {
                        format!(
                            "Saved. {masked} card number(s) or security code(s) were masked.{removed}"
                        )
                    } else {
                        format!("Saved.{removed}")
                    });
                    return vec![JournalEffect::Save];
                }
                Err(e) => editor.error = Some(e.to_string()),
            }
        }
        JournalCommand::CancelDraft => js.editor = None,
        JournalCommand::Delete(id) => {
            if writable && let Some(entry) = js.data.delete_entry(id, now) {
                if js.editor.as_ref().is_some_and(|e| e.draft.id == id) {
                    js.editor = None;
                }
                js.undo = Some(Undo::Entry(entry));
                js.message = Some("Entry deleted.".to_string());
                return vec![JournalEffect::Save];
            }
        }
        JournalCommand::Undo => {
            if let Some(undo) = js.undo.take() {
                match undo {
                    Undo::Entry(entry) => js.data.restore_entry(entry, now),
                    Undo::Note(note) => js.data.restore_note(note, now),
                    Undo::Case(case) => {
                        js.data.upsert_case(*case, now);
                    }
                }
                js.message = Some("Restored.".to_string());
                return vec![JournalEffect::Save];
            }
        }
        JournalCommand::SetQuery(text) => js.query.text = text,
        JournalCommand::SetStatusFilter(status) => js.query.status = status,
        JournalCommand::PromiseDone(id, index) => {
            if let Some(mut entry) = js.data.entry(id).cloned()
                && writable
                && let Some(p) = entry.promises.get_mut(index)
            {
                p.done = true;
                js.data.upsert_entry(entry, now);
                return vec![JournalEffect::Save];
            }
        }
        JournalCommand::Resolve(id) => {
            if let Some(mut entry) = js.data.entry(id).cloned()
                && writable
            {
                entry.status = EntryStatus::Resolved;
                js.data.upsert_entry(entry, now);
                return vec![JournalEffect::Save];
            }
        }
        JournalCommand::SetNoteDraft(text) => js.note_draft = text,
        JournalCommand::AddNote(contact) => {
            if writable && !js.note_draft.trim().is_empty() {
                let removed = removed_note(has_unsafe(&js.note_draft));
                let masked = js.data.add_note(&contact, &js.note_draft, now);
                js.note_draft.clear();
                if masked > 0 {
                    js.message = Some(format!(
                        "Note pinned. {masked} card number(s) or code(s) were masked.{removed}"
                    ));
                } else if !removed.is_empty() {
                    js.message = Some(format!("Note pinned.{removed}"));
                }
                return vec![JournalEffect::Save];
            }
        }
        JournalCommand::DeleteNote(id) => {
            if writable && let Some(note) = js.data.delete_note(id, now) {
                js.undo = Some(Undo::Note(note));
                js.message = Some("Note deleted.".to_string());
                return vec![JournalEffect::Save];
            }
        }
        JournalCommand::Export(format) => return vec![JournalEffect::Export(format)],
        JournalCommand::SetImportPath(path) => js.import_path = path,
        JournalCommand::Import => {
            let path = js.import_path.trim();
            if !path.is_empty() && writable {
                return vec![JournalEffect::Import(PathBuf::from(path))];
            }
        }
        JournalCommand::DismissIntegrity => js.integrity.clear(),
        JournalCommand::ShowBackups => return vec![JournalEffect::ListBackups],
        JournalCommand::HideBackups => js.backups = None,
        // Allowed on an unreadable journal too: the unreadable file is kept first.
        JournalCommand::RestoreBackup(name) => return vec![JournalEffect::Restore(name)],
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup() -> (JournalState, Directory, Timestamp) {
        (
            JournalState::new(Journal::default(), PathBuf::from("/tmp/j.ron"), None),
            Directory::builtin().unwrap(),
            "2026-11-18T10:00:00Z".parse().unwrap(),
        )
    }

    #[test]
    fn log_call_prefills_contact_channel_purpose_and_time() {
        let (mut js, dir, now) = setup();
        apply_journal(
            &mut js,
            JournalCommand::LogCall("us-general".into()),
            &dir,
            now,
            &TimeZone::UTC,
        );
        let draft = &js.editor.as_ref().unwrap().draft;
        assert_eq!(draft.contact.as_deref(), Some("us-general"));
        assert_eq!(draft.channel, crate::directory::Channel::Phone);
        assert_eq!(draft.when, "2026-11-18 10:00");
        assert!(draft.purpose.is_some());
    }

    #[test]
    fn save_validates_masks_and_asks_the_edge_to_save() {
        let (mut js, dir, now) = setup();
        let z = TimeZone::UTC;
        apply_journal(&mut js, JournalCommand::New, &dir, now, &z);
        let mut draft = js.editor.as_ref().unwrap().draft.clone();
        draft.follow_up = "next week".into();
        draft.summary = "card 3782 822463 10005".into();
        apply_journal(
            &mut js,
            JournalCommand::UpdateDraft(Box::new(draft.clone())),
            &dir,
            now,
            &z,
        );
        assert!(apply_journal(&mut js, JournalCommand::SaveDraft, &dir, now, &z).is_empty());
        assert!(
            js.editor
                .as_ref()
                .unwrap()
                .error
                .as_ref()
                .unwrap()
                .starts_with("Follow-up date")
        );
        draft.follow_up = "2026-11-20".into();
        apply_journal(
            &mut js,
            JournalCommand::UpdateDraft(Box::new(draft)),
            &dir,
            now,
            &z,
        );
        let effects = apply_journal(&mut js, JournalCommand::SaveDraft, &dir, now, &z);
        assert_eq!(effects, vec![JournalEffect::Save]);
        assert!(js.editor.is_none());
        assert_eq!(js.data.entries[0].summary, "card [card ending 10005]");
        assert!(js.message.as_ref().unwrap().contains("masked"));
    }

    #[test]
    fn delete_undo_and_read_only() {
        let (mut js, dir, now) = setup();
        let z = TimeZone::UTC;
        apply_journal(&mut js, JournalCommand::New, &dir, now, &z);
        apply_journal(&mut js, JournalCommand::SaveDraft, &dir, now, &z);
        let id = js.data.entries[0].id;
        apply_journal(&mut js, JournalCommand::Delete(id), &dir, now, &z);
        assert!(js.data.entries.is_empty());
        apply_journal(&mut js, JournalCommand::Undo, &dir, now, &z);
        assert_eq!(js.data.entries[0].id, id);
        js.problem = Some("bad file".into());
        assert!(apply_journal(&mut js, JournalCommand::Delete(id), &dir, now, &z).is_empty());
        assert_eq!(js.data.entries.len(), 1);
        apply_journal(&mut js, JournalCommand::New, &dir, now, &z);
        assert!(apply_journal(&mut js, JournalCommand::SaveDraft, &dir, now, &z).is_empty());
        assert!(js.editor.as_ref().unwrap().error.is_some());
    }

    #[test]
    fn refreshes_add_up_in_the_message_until_something_else_is_said() {
        let (mut js, dir, now) = setup();
        let z = TimeZone::UTC;
        let mut outside = js.data.clone();
        for i in 0..3 {
            let mut e = crate::journal::Entry::new(now, &z);
            e.summary = format!("from the command line {i}");
            outside.upsert_entry(e, now);
            if i == 0 {
                js.refreshed(outside.clone());
            }
        }
        assert_eq!(js.message.as_deref(), Some("1 entry added elsewhere."));
        js.refreshed(outside.clone());
        assert_eq!(js.message.as_deref(), Some("3 entries added elsewhere."));
        js.refreshed(outside.clone());
        assert_eq!(js.data.entries.len(), 3);
        assert_eq!(js.message.as_deref(), Some("3 entries added elsewhere."));
        apply_journal(&mut js, JournalCommand::New, &dir, now, &z);
        apply_journal(&mut js, JournalCommand::SaveDraft, &dir, now, &z);
        assert_eq!(js.message.as_deref(), Some("Saved."));
        let mut outside = js.data.clone();
        let gone = outside.entries[0].id;
        outside.delete_entry(gone, now);
        js.refreshed(outside);
        assert_eq!(js.message.as_deref(), Some("1 entry removed elsewhere."));
    }

    #[test]
    fn a_second_window_is_read_only() {
        let (mut js, dir, now) = setup();
        let z = TimeZone::UTC;
        js.other_window = true;
        assert!(!js.writable());
        apply_journal(&mut js, JournalCommand::New, &dir, now, &z);
        assert!(apply_journal(&mut js, JournalCommand::SaveDraft, &dir, now, &z).is_empty());
        assert_eq!(js.editor.unwrap().error.as_deref(), Some(READ_ONLY));
        assert!(js.data.entries.is_empty());
    }
}
