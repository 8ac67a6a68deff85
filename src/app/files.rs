//! The window's files, through the writer thread (issue 29, item 4): the journal, the
//! settings and the forms kept across a close are sent to [`super::writer`] as jobs
//! with snapshots; its answers come back as [`Reply`]s at the start of a frame.

use std::sync::Arc;

use super::DeskApp;
use super::writer::{self, Job, Writer};
use crate::settings::file::SettingsFile;
use crate::state::{Effect, JournalError, Reply};

/// What the window keeps in files besides the journal, and what it last sent.
#[derive(Default)]
pub(super) struct Kept {
    /// Whether the settings are kept in a file (not in most tests).
    pub(super) settings_on: bool,
    /// The settings last sent to the writer (a failed save is not retried until they
    /// change).
    pub(super) settings_sent: Option<crate::settings::Settings>,
    /// Whether forms with unsaved changes are kept across a close.
    pub(super) forms_on: bool,
    /// The forms last sent to the writer.
    pub(super) forms_sent: Option<crate::state::UnsavedForms>,
    /// When they were sent (typing reaches the file every few seconds).
    pub(super) forms_sent_at: Option<jiff::Timestamp>,
}

/// Starts a writer thread that wakes the window behind `wake` when it answers.
pub(super) fn spawn_writer(
    wake: &Arc<std::sync::OnceLock<egui::Context>>,
    gate: Option<writer::Gate>,
) -> Writer {
    let woken = wake.clone();
    Writer::spawn(
        Arc::new(move || {
            if let Some(ctx) = woken.get() {
                ctx.request_repaint();
            }
        }),
        gate,
    )
}

impl DeskApp {
    /// The window is closing (close button, Ctrl+Q, the system): settings and forms
    /// with unsaved changes are written now, and every write asked for is finished.
    pub fn closing(&mut self) {
        if self.end_dialogs() {
            log::warn!("{}", self.state.warning.as_deref().unwrap_or_default());
        }
        self.save_settings();
        let ctx = egui::Context::default();
        self.keep_unsaved_forms(&ctx, true);
        self.wait_for_writes();
    }

    /// Keeps the settings in `file`: saved whenever they change and on exit.
    pub fn with_settings_file(mut self, file: SettingsFile) -> DeskApp {
        self.writer.send(Job::AdoptSettings(Box::new(file)));
        self.kept.settings_on = true;
        self
    }

    /// Sends the settings to the writer if they changed since last sent. A file that
    /// could not be read at start is left alone (the window said so then); any other
    /// failure is reported once and not retried until the settings change again.
    pub(crate) fn save_settings(&mut self) {
        if !self.kept.settings_on || self.other_window_open() {
            return;
        }
        if let Some(sent) = &self.kept.settings_sent
            && self.state.settings_are(sent)
        {
            return;
        }
        let settings = self.state.settings();
        self.writer.send(Job::SaveSettings(settings.clone()));
        self.kept.settings_sent = Some(settings);
    }

    /// Keeps the journal in `data_dir`: the writer thread loads it (the window shows
    /// first) and saves every change.
    pub fn with_journal(mut self, data_dir: &std::path::Path) -> DeskApp {
        if self.other_window_open() {
            self.answer(&egui::Context::default(), Reply::OtherWindowOpen);
        }
        self.writer.send(Job::OpenJournal(data_dir.to_path_buf()));
        self.journal_path = Some(data_dir.join(crate::journal::file::JOURNAL_FILE));
        self.exports_dir = Some(crate::paths::exports_dir(data_dir));
        // A read-only window leaves the kept forms to the window that edits.
        if !self.other_window_open() {
            self.open_unsaved_forms(data_dir);
        }
        if let Some(note) = self.reminders.open_file(data_dir) {
            self.answer(&egui::Context::default(), Reply::Problem(note));
        }
        self
    }

    /// A slow disk, for tests (call first): the writer thread does each job only after
    /// a token arrives on the returned channel (dropping it ends the pauses).
    pub fn with_write_gate(mut self) -> (DeskApp, std::sync::mpsc::Sender<()>) {
        let (tokens, gate) = std::sync::mpsc::channel();
        self.writer = spawn_writer(&self.wake, Some(gate));
        (self, tokens)
    }

    /// Waits until the writer thread has done everything asked of it and takes in its
    /// answers (closing; tests that read the files the window wrote).
    pub fn wait_for_writes(&mut self) {
        let ctx = self.wake.get().cloned().unwrap_or_default();
        for reply in self.writer.wait() {
            self.answer(&ctx, reply);
        }
    }

    /// Is the writer thread still busy with something the window asked?
    pub fn writing(&self) -> bool {
        self.writer.busy()
    }

    /// How many jobs the writer thread has not answered yet (tests with a write gate:
    /// one token each lets them all through).
    pub fn writes_pending(&self) -> u64 {
        self.writer.pending()
    }

    /// Keeps forms with unsaved changes in the data folder: every few seconds while
    /// typing, and always when `closing`.
    pub(crate) fn keep_unsaved_forms(&mut self, ctx: &egui::Context, closing: bool) {
        if !self.kept.forms_on {
            return;
        }
        if let Some(sent) = &self.kept.forms_sent
            && self.state.unsaved_forms_are(sent)
        {
            return;
        }
        let forms = self.state.unsaved_forms();
        let now = self.state.now;
        let since = self
            .kept
            .forms_sent_at
            .map(|t| now.duration_since(t).as_secs());
        if let Some(since) = since
            && !closing
            && since < crate::unsaved_file::KEEP_EVERY_SECONDS
        {
            let wait = (crate::unsaved_file::KEEP_EVERY_SECONDS - since).unsigned_abs();
            ctx.request_repaint_after(std::time::Duration::from_secs(wait));
            return;
        }
        self.writer.send(Job::KeepForms(forms.clone()));
        self.kept.forms_sent = Some(forms);
        self.kept.forms_sent_at = Some(now);
    }

    /// The effects that read or write files: sent to the writer thread (its answer
    /// comes back on a later frame), or answered at once when there is nothing to do.
    pub(super) fn file_effect(&mut self, effect: Effect) -> Option<Reply> {
        let journal_kept = self.journal_path.is_some();
        match effect {
            Effect::SaveJournal if self.other_window_open() => {
                return Some(Reply::JournalSaved {
                    result: Err(JournalError::OtherWindow),
                    overtaken: false,
                    read_only: false,
                });
            }
            Effect::SaveJournal if journal_kept => {
                let journal = self.state.journal.data.clone();
                self.writer.send(Job::SaveJournal { journal, seen: 0 });
            }
            Effect::ImportJournal(path) => self.writer.send(Job::Import(path)),
            Effect::ListBackups if journal_kept => self.writer.send(Job::ListBackups),
            Effect::ListBackups => return Some(Reply::BackupsListed(Ok(Vec::new()))),
            Effect::RestoreBackup(name) if self.other_window_open() => {
                return Some(Reply::Restored {
                    name,
                    result: Err(JournalError::OtherWindow),
                });
            }
            Effect::RestoreBackup(name) if journal_kept => self.writer.send(Job::Restore(name)),
            Effect::RestoreBackup(name) => {
                return Some(Reply::Restored {
                    name,
                    result: Err(JournalError::NoFile),
                });
            }
            Effect::ApplyUpdate(bytes) => return Some(self.apply_update(&bytes)),
            Effect::RollbackDirectory => return Some(self.rollback_directory()),
            Effect::CheckFiles(paths) => self.writer.send(Job::CheckFiles(paths)),
            Effect::SaveJournal
            | Effect::CopyText(_)
            | Effect::Open(_)
            | Effect::Dial { .. }
            | Effect::OpenExport(_)
            | Effect::ShowInFolder(_)
            | Effect::WriteExport { .. }
            | Effect::ChooseFile(_) => {}
        }
        None
    }

    /// Asks the writer to read the journal again if another window or the command line
    /// changed it (at most one such read on its way; frames are rare, and the watcher
    /// repaints when the file changes).
    pub(super) fn refresh_journal(&mut self, ctx: &egui::Context) {
        self.lock_came_free(ctx);
        if self.journal_path.is_some() {
            self.writer.send(Job::Refresh);
        }
    }
}
