//! The journal part of the window's state: the records, the editor, undo, and what
//! the edge must save.

use std::path::PathBuf;

use jiff::Timestamp;
use uuid::Uuid;

use super::errors::JournalError;
use crate::directory::{Kind, Purpose};
use crate::journal::clean::{has_unsafe, removed_note};
use crate::journal::elsewhere::Elsewhere;
pub use crate::journal::export::ExportFormat;
use crate::journal::{Draft, EntryStatus, Journal, LogQuery, MergeReport, Note};
use crate::store::StoreError;
use crate::t;

use super::{Ctx, Effect, Out, View};

/// Why nothing can be saved while the journal file is unreadable, in English: the
/// text [`read_only`] gives in English (the other pages still name it).
/// Why nothing can be saved while the journal file is unreadable.
pub(crate) fn read_only() -> String {
    t!("journal-read-only")
}

/// The journal's commands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JournalCommand {
    /// Open a blank entry.
    New,
    /// Open an entry pre-filled for a call to this contact, now, on the Journal page.
    LogCall(CallLog),
    /// The same, where the user is (Start call on the prep page).
    OpenLog(CallLog),
    /// Open an existing entry.
    Edit(Uuid),
    /// The editor's fields changed.
    UpdateDraft(Box<Draft>),
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
    /// Write follow-ups, promises, dispute deadlines and fee-refund windows as an
    /// iCalendar file in the exports folder.
    ExportCalendar,
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
    /// Start timing a call to this line (refused while another call is timed).
    StartTimer(CallLog),
    /// The running call is now on hold, or talking.
    SetCallPhase(crate::journal::Phase),
    /// Stop the timer and open the call's entry with its times filled in.
    EndCall,
}

/// A call about to be logged: who to, and what about (the problem chosen in the
/// filters or on the prep page; else the contact's own first purpose).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallLog {
    /// The contact's id.
    pub contact: String,
    /// What the call is about, when the user chose it.
    pub purpose: Option<Purpose>,
}

impl JournalCommand {
    /// The page this command brings forward (opening an entry shows the Journal).
    pub(crate) fn brings_forward(&self) -> Option<View> {
        matches!(
            self,
            JournalCommand::LogCall(_) | JournalCommand::New | JournalCommand::Edit(_)
        )
        .then_some(View::Journal)
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
    /// The fields as the editor opened with them (none: put back from last time, so
    /// treated as changed).
    pub opened: Option<Draft>,
}

impl Editor {
    /// An editor opening on `draft`.
    pub fn new(draft: Draft) -> Editor {
        Editor {
            opened: Some(draft.clone()),
            draft,
            error: None,
        }
    }

    /// An editor put back from the forms kept at the last close.
    pub fn restored(draft: Draft) -> Editor {
        Editor {
            draft,
            error: None,
            opened: None,
        }
    }
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
    /// Another window holds the data folder: read-only (banner [`super::OTHER_WINDOW`]).
    pub other_window: bool,
    /// The outside changes [`JournalState::message`] reports, added up over refreshes.
    pub elsewhere: Elsewhere,
    /// The call being timed, if any.
    pub timer: Option<crate::journal::CallTimer>,
    /// Entries asked for while the one being edited had unsaved changes; the first
    /// opens when that one is saved or cancelled.
    pub waiting: Vec<Draft>,
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
    pub(crate) fn refreshed(&mut self, data: Journal) {
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

    /// The file turned out read-only while saving: say why, and save nothing more.
    pub(crate) fn became_read_only(&mut self, reason: String) {
        self.problem = Some(reason);
    }

    /// Takes in the journal the writer loaded after the window showed (merged with
    /// anything recorded meanwhile), or why it cannot be read (read-only from now on).
    pub(crate) fn opened(&mut self, path: PathBuf, result: Result<Journal, JournalError>) {
        let other_window = self.other_window;
        let (data, problem) = match result {
            Ok(loaded) if self.data == Journal::default() => (loaded, None),
            Ok(loaded) => (crate::journal::merge::merge(&self.data, &loaded).0, None),
            Err(e) => (std::mem::take(&mut self.data), Some(e.to_string())),
        };
        let message = self.message.take();
        *self = JournalState::new(data, path, problem);
        self.other_window = other_window;
        self.message = message;
    }

    /// Takes in what the writer saved (it may hold another window's records). When
    /// `overtaken`, newer edits were made since the save's snapshot: what was saved is
    /// merged in (the newer edits win) instead of replacing the journal shown.
    pub(crate) fn saved(
        &mut self,
        result: Result<(Journal, MergeReport), JournalError>,
        overtaken: bool,
    ) {
        match result {
            Ok((data, report)) => {
                self.data = if overtaken {
                    crate::journal::merge::merge(&self.data, &data).0
                } else {
                    data
                };
                self.save_error = None;
                if report.added + report.updated + report.removed > 0 {
                    self.message = Some(t!(
                        "journal-merged",
                        added = report.added,
                        updated = report.updated,
                        removed = report.removed
                    ));
                }
            }
            Err(e) => self.save_error = Some(e.to_string()),
        }
    }
}

impl JournalState {
    /// Takes in the list of earlier versions the edge read.
    pub(crate) fn backups_listed(
        &mut self,
        result: Result<Vec<crate::journal::backups::Backup>, std::io::Error>,
    ) {
        match result {
            Ok(list) => self.backups = Some(list),
            Err(e) => {
                self.backups = None;
                self.message = Some(t!("journal-backups-not-listed", error = e.to_string()));
            }
        }
    }

    /// Takes in the journal restored from the backup `name`, or why it was not. A
    /// journal that could not be read becomes writable again once restored.
    pub(crate) fn restored(&mut self, name: &str, result: Result<Journal, JournalError>) {
        match result {
            Ok(data) => {
                self.message = Some(t!(
                    "journal-restored-version",
                    name = name,
                    calls = data.entries.len(),
                    cases = data.cases.len(),
                    cards = data.cards.len()
                ));
                self.integrity = crate::journal::integrity::check(&data);
                self.data = data;
                self.problem = None;
                self.save_error = None;
                self.editor = None;
                self.undo = None;
            }
            Err(e) => self.message = Some(t!("journal-not-restored", error = e.to_string())),
        }
        self.backups = None;
    }
}

impl JournalState {
    /// Applies a journal command.
    pub fn apply(&mut self, command: JournalCommand, ctx: &Ctx, out: &mut Out) {
        use JournalCommand as C;
        match command {
            C::New
            | C::LogCall(_)
            | C::OpenLog(_)
            | C::Edit(_)
            | C::UpdateDraft(_)
            | C::SaveDraft
            | C::CancelDraft => self.apply_editor(command, ctx, out),
            C::SetQuery(text) => self.query.text = text,
            C::SetStatusFilter(status) => self.query.status = status,
            C::SetNoteDraft(text) => self.note_draft = text,
            C::Export(format) => self.export(format, ctx, out),
            C::ExportCalendar => self.export_calendar(ctx, out),
            C::SetImportPath(path) => self.import_path = path,
            C::Import => {
                let path = self.import_path.trim();
                if !path.is_empty() && self.writable() {
                    out.push(Effect::ImportJournal(PathBuf::from(path)));
                }
            }
            C::StartTimer(_) | C::SetCallPhase(_) | C::EndCall => {
                self.apply_timer(command, ctx, out);
            }
            C::DismissIntegrity => self.integrity.clear(),
            C::ShowBackups => out.push(Effect::ListBackups),
            C::HideBackups => self.backups = None,
            // Allowed on an unreadable journal too: the unreadable file is kept first.
            C::RestoreBackup(name) => out.push(Effect::RestoreBackup(name)),
            records => {
                if self.writable() && self.apply_records(records, ctx.now, out) {
                    out.push(Effect::SaveJournal);
                }
            }
        }
    }

    /// The editor's commands: open, change, save, close.
    fn apply_editor(&mut self, command: JournalCommand, ctx: &Ctx, out: &mut Out) {
        let (now, zone) = (ctx.now, ctx.zone);
        match command {
            JournalCommand::New => self.open_or_wait(Draft::new(now, zone), out),
            JournalCommand::LogCall(call) | JournalCommand::OpenLog(call) => {
                self.open_or_wait(call_draft(call, ctx), out);
            }
            JournalCommand::Edit(id) => {
                if let Some(entry) = self.data.entry(id) {
                    self.open_or_wait(Draft::from_entry(entry), out);
                }
            }
            JournalCommand::UpdateDraft(draft) => {
                if let Some(editor) = &mut self.editor {
                    editor.draft = *draft;
                }
            }
            JournalCommand::SaveDraft => self.save_draft(now, ctx, out),
            JournalCommand::CancelDraft => self.open_next(),
            _ => {}
        }
    }

    fn open_or_wait(&mut self, draft: Draft, out: &mut Out) {
        if let Some(said) = self.open(draft) {
            out.toast(said);
        }
    }

    fn save_draft(&mut self, now: Timestamp, ctx: &Ctx, out: &mut Out) {
        let writable = self.writable();
        let Some(editor) = &mut self.editor else {
            return;
        };
        if !writable {
            editor.error = Some(read_only());
            return;
        }
        match editor.draft.to_entry(ctx.zone, now) {
            Ok(entry) => {
                let removed = removed_note(crate::journal::edit::entry_has_unsafe(&entry));
                let masked = self.data.upsert_entry(entry, now);
                self.open_next();
                let mut said = if masked > 0 {
                    t!("journal-saved-masked", count = masked)
                } else {
                    t!("journal-saved")
                };
                said.push_str(&removed);
                self.message = Some(said);
                out.push(Effect::SaveJournal);
            }
            Err(e) => editor.error = Some(e.to_string()),
        }
    }

    /// Changes to saved records (the journal is writable); true when one changed.
    fn apply_records(&mut self, command: JournalCommand, now: Timestamp, out: &mut Out) -> bool {
        match command {
            JournalCommand::Delete(id) => {
                let Some(entry) = self.data.delete_entry(id, now) else {
                    return false;
                };
                if self.editor.as_ref().is_some_and(|e| e.draft.id == id) {
                    self.editor = None;
                }
                self.undo = Some(Undo::Entry(entry));
                self.message = Some(t!("journal-entry-deleted"));
            }
            JournalCommand::Undo => {
                let Some(undo) = self.undo.take() else {
                    return false;
                };
                match undo {
                    Undo::Entry(entry) => self.data.restore_entry(entry, now),
                    Undo::Note(note) => self.data.restore_note(note, now),
                    Undo::Case(case) => {
                        self.data.upsert_case((*case).clone(), now);
                        // The case comes back open where it was deleted.
                        out.then(super::Command::reopen_case(case));
                    }
                }
                self.message = Some(t!("journal-restored"));
            }
            JournalCommand::PromiseDone(id, index) => {
                let Some(mut entry) = self.data.entry(id).cloned() else {
                    return false;
                };
                let Some(p) = entry.promises.get_mut(index) else {
                    return false;
                };
                p.done = true;
                self.data.upsert_entry(entry, now);
            }
            JournalCommand::Resolve(id) => {
                let Some(mut entry) = self.data.entry(id).cloned() else {
                    return false;
                };
                entry.status = EntryStatus::Resolved;
                self.data.upsert_entry(entry, now);
            }
            JournalCommand::AddNote(contact) => return self.add_note(&contact, now),
            JournalCommand::DeleteNote(id) => {
                let Some(note) = self.data.delete_note(id, now) else {
                    return false;
                };
                self.undo = Some(Undo::Note(note));
                self.message = Some(t!("journal-note-deleted"));
            }
            _ => return false,
        }
        true
    }

    fn add_note(&mut self, contact: &str, now: Timestamp) -> bool {
        if self.note_draft.trim().is_empty() {
            return false;
        }
        let removed = removed_note(has_unsafe(&self.note_draft));
        let masked = self.data.add_note(contact, &self.note_draft, now);
        self.note_draft.clear();
        if masked > 0 {
            self.message = Some(t!("journal-note-pinned-masked", count = masked) + &removed);
        } else if !removed.is_empty() {
            self.message = Some(t!("journal-note-pinned") + &removed);
        }
        true
    }

    /// Builds the export document (pure) and asks the edge to write it.
    fn export(&mut self, format: ExportFormat, ctx: &Ctx, out: &mut Out) {
        let label_of = |id: &str| {
            ctx.directory
                .contact(id)
                .map(|c| c.record.label.clone())
                .unwrap_or_else(|| id.to_string())
        };
        let local = ctx.now.to_zoned(ctx.zone.clone());
        let heading = local.strftime("%Y-%m-%d %H:%M").to_string();
        match crate::journal::export::document(&self.data, format, &label_of, &heading) {
            Ok(text) => out.push(Effect::WriteExport {
                name: format!(
                    "journal-{}.{}",
                    local.strftime("%Y%m%d-%H%M%S"),
                    format.extension()
                ),
                bytes: text.into_bytes(),
                from: View::Journal,
            }),
            Err(e) => self.message = Some(t!("journal-export-failed", error = e.to_string())),
        }
    }

    /// Builds the calendar (pure, [`crate::calendar`]) and asks the edge to write it.
    fn export_calendar(&mut self, ctx: &Ctx, out: &mut Out) {
        let label_of = |id: &str| {
            ctx.directory
                .contact(id)
                .map(|c| c.record.label.clone())
                .unwrap_or_else(|| id.to_string())
        };
        let events = crate::calendar::calendar_events(
            &self.data,
            ctx.catalogs.disputes,
            ctx.catalogs.retention,
            &label_of,
            ctx.today,
        );
        out.push(Effect::WriteExport {
            name: ctx.stamped(&crate::calendar::file_name(ctx.today)),
            bytes: crate::calendar::to_ics(&events, ctx.now).into_bytes(),
            from: View::Journal,
        });
    }

    /// Takes in a journal file the edge read for an import: merges it and asks for a
    /// save. `Ok(None)`: the file does not exist.
    pub(crate) fn imported(
        &mut self,
        path: &std::path::Path,
        result: Result<Option<Journal>, StoreError>,
        out: &mut Out,
    ) {
        match result {
            Ok(Some(theirs)) => {
                let problems = crate::journal::integrity::check(&theirs);
                let (merged, report) = crate::journal::merge(&self.data, &theirs);
                self.data = merged;
                out.push(Effect::SaveJournal);
                let imported = t!(
                    "journal-imported",
                    path = path.display().to_string(),
                    added = report.added,
                    updated = report.updated,
                    removed = report.removed
                );
                self.message = Some(imported + &import_problems(&problems));
            }
            Ok(None) => {
                self.message = Some(t!(
                    "journal-import-missing",
                    path = path.display().to_string()
                ));
            }
            Err(e) => self.message = Some(t!("journal-import-failed", error = e.to_string())),
        }
    }
}

/// " 2 problems in the file (first: …); `amex-desk check-journal FILE` lists them." or "".
fn import_problems(problems: &[crate::journal::integrity::Problem]) -> String {
    match problems.first() {
        None => String::new(),
        Some(first) => t!(
            "journal-import-problems",
            count = problems.len(),
            first = first.to_string()
        ),
    }
}

/// An entry pre-filled for a call to `call.contact`, now.
pub(super) fn call_draft(call: CallLog, ctx: &Ctx) -> Draft {
    let mut draft = Draft::new(ctx.now, ctx.zone);
    if let Some(contact) = ctx.directory.contact(&call.contact) {
        draft.channel = contact.record.kind.channel();
        draft.purpose = contact.grade.purposes.first().copied();
        draft.contact = Some(call.contact);
        if contact.record.kind == Kind::Postal {
            draft.summary = t!("journal-letter-sent");
        }
    }
    if call.purpose.is_some() {
        draft.purpose = call.purpose;
    }
    draft
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::Directory;
    use crate::state::testing::Env;
    use jiff::tz::TimeZone;

    /// One command, as the router would send it.
    fn apply_journal(
        js: &mut JournalState,
        command: JournalCommand,
        _directory: &Directory,
        now: Timestamp,
        _zone: &TimeZone,
    ) -> Vec<Effect> {
        let env = Env::at(now);
        let mut out = Out::default();
        js.apply(command, &env.ctx(), &mut out);
        out.effects
    }

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
            JournalCommand::LogCall(CallLog {
                contact: "us-general".into(),
                purpose: None,
            }),
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
        assert_eq!(effects, vec![Effect::SaveJournal]);
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
        assert_eq!(
            js.editor.unwrap().error.as_deref(),
            Some(read_only().as_str())
        );
        assert!(js.data.entries.is_empty());
    }
}
