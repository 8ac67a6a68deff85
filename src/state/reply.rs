//! What the edge sends back: one [`Reply`] for every result of an [`Effect`] (a file
//! written, a dialog answered, a journal saved by the writer thread) and for what the
//! edge noticed by itself (a link that would not open, the journal changed on disk).
//! The app shell hands each one to [`AppState::reply`]; nothing outside `state` writes
//! the state's fields.

use std::path::PathBuf;

use jiff::Timestamp;

use super::errors::{DirectoryFileError, ExportError, JournalError};
use super::unsaved::UnsavedForms;
use super::{AppState, Choice, Effect, View};
use crate::directory::Directory;
use crate::directory::installed::{InstallError, RolledBack};
use crate::directory::signed::Update;
use crate::journal::Journal;
use crate::journal::backups::Backup;
use crate::journal::merge::MergeReport;
use crate::store::StoreError;

/// A result or a notice from the edge, for the state.
#[derive(Debug)]
#[expect(
    clippy::large_enum_variant,
    reason = "a few replies per user action, each moved once into the state"
)]
pub enum Reply {
    /// A new frame starts at this moment.
    Frame(Timestamp),
    /// Something failed at the edge that the user should know about (a link, the
    /// clipboard, a save of the settings).
    Problem(String),
    /// The phone app could not be opened: the number is copied instead.
    DialFailed {
        /// The number as shown.
        number: String,
    },
    /// An export was written (or not) for the page `from`.
    Exported {
        /// The page that asked.
        from: View,
        /// Where it went, or why not.
        result: Result<PathBuf, ExportError>,
    },
    /// The Save dialog was cancelled: nothing was written.
    ExportCancelled {
        /// The page that asked.
        from: View,
    },
    /// No Save dialog could be shown: written to the exports folder instead.
    ExportedToFallback {
        /// The page that asked.
        from: View,
        /// Where it went, or why not.
        result: Result<PathBuf, ExportError>,
    },
    /// The window closed with a Save dialog open: written to the exports folder.
    ExportedOnClose {
        /// The page that asked.
        from: View,
        /// Where it went, or why not.
        result: Result<PathBuf, ExportError>,
    },
    /// The user chose a file in an Open dialog.
    FileChosen {
        /// What the dialog was for.
        choice: Choice,
        /// The file.
        path: PathBuf,
    },
    /// The Open dialog was cancelled (`shown`) or could not be shown.
    ChoiceDropped {
        /// Whether a dialog was shown at all.
        shown: bool,
    },
    /// A directory file the user chose was read and checked.
    DirectoryChosen {
        /// The file.
        path: PathBuf,
        /// The directory, or why it was rejected.
        result: Result<Directory, DirectoryFileError>,
    },
    /// A directory update the user chose was read and its signature checked.
    UpdateOpened {
        /// The file.
        path: PathBuf,
        /// What it changes and its bytes, or why it was refused.
        result: Result<(Update, Vec<u8>), InstallError>,
    },
    /// A directory update was written to the data folder (or not).
    UpdateApplied(Result<(), InstallError>),
    /// The directory went back to the one before the last update (or not).
    RolledBack(Result<(RolledBack, Directory), InstallError>),
    /// A journal file to import was read (`Ok(None)`: there is no such file).
    Imported {
        /// The file.
        path: PathBuf,
        /// Its journal, or why it could not be read.
        result: Result<Option<Journal>, StoreError>,
    },
    /// The journal file was opened (loaded by the writer thread after the window
    /// showed): its journal, or why it cannot be read (the journal is then read-only).
    JournalOpened {
        /// The file.
        path: PathBuf,
        /// Its journal, or why not.
        result: Result<Journal, JournalError>,
    },
    /// The writer saved the journal (what is on disk now, and what the save merged in
    /// from another window), or could not.
    JournalSaved {
        /// What is on disk now and what the save merged in, or why it failed.
        result: Result<(Journal, MergeReport), JournalError>,
        /// Newer edits were made since this save's snapshot (another save follows):
        /// merge what was saved in rather than replace the journal shown.
        overtaken: bool,
        /// The failure makes the file read-only from now on.
        read_only: bool,
    },
    /// Reading the file failed in a way that makes it read-only from now on.
    JournalReadOnly(StoreError),
    /// Another window or the command line changed the journal file: what it holds now.
    JournalOnDisk(Journal),
    /// The list of the journal's earlier versions.
    BackupsListed(Result<Vec<Backup>, std::io::Error>),
    /// The journal was restored from the backup `name` (or not).
    Restored {
        /// The backup's name as the user chose it.
        name: String,
        /// The restored journal, or why not.
        result: Result<Journal, JournalError>,
    },
    /// Which of the open case's evidence files exist.
    FilesChecked(Vec<(String, bool)>),
    /// Forms kept with unsaved changes at the last close, to put back.
    FormsKept(UnsavedForms),
    /// Another window holds the data folder: this one shows the journal read-only.
    OtherWindowOpen,
    /// The window that held the data folder closed: this one may edit now.
    LockCameFree,
}

impl AppState {
    /// Takes in what the edge sends back; returns the effects that follow (a failed
    /// dial copies the number, an import saves the merged journal, ...).
    pub fn reply(&mut self, reply: Reply) -> Vec<Effect> {
        match reply {
            Reply::Frame(now) => {
                self.now = now;
                self.refresh_frame();
            }
            Reply::Problem(message) => self.toast(message),
            Reply::DialFailed { number } => return self.dial_failed(number),
            Reply::Exported { from, result } => self.exported(from, result),
            Reply::ExportCancelled { from } => self.export_cancelled(from),
            Reply::ExportedToFallback { from, result } => self.exported_to_fallback(from, result),
            Reply::ExportedOnClose { from, result } => self.exported_on_close(from, result),
            Reply::FileChosen { choice, path } => return self.file_chosen(choice, &path),
            Reply::ChoiceDropped { shown } => self.choice_dropped(shown),
            Reply::DirectoryChosen { path, result } => self.directory_chosen(&path, result),
            Reply::UpdateOpened { path, result } => self.update_opened(&path, result),
            Reply::UpdateApplied(result) => self.update_applied(result),
            Reply::RolledBack(result) => self.rolled_back(result),
            Reply::Imported { path, result } => return self.imported(&path, result),
            Reply::JournalOpened { path, result } => self.journal.opened(path, result),
            Reply::JournalSaved {
                result,
                overtaken,
                read_only,
            } => {
                if let (Err(e), true) = (&result, read_only) {
                    self.journal.became_read_only(e.to_string());
                }
                self.journal.saved(result, overtaken);
            }
            Reply::JournalReadOnly(reason) => self.journal.became_read_only(reason.to_string()),
            Reply::JournalOnDisk(disk) => {
                let (merged, _) = crate::journal::merge::merge(&self.journal.data, &disk);
                self.journal.refreshed(merged);
            }
            Reply::BackupsListed(result) => self.journal.backups_listed(result),
            Reply::Restored { name, result } => self.journal.restored(&name, result),
            Reply::FilesChecked(found) => self.disputes.files_checked(found),
            Reply::FormsKept(forms) => return self.restore_forms(forms),
            Reply::OtherWindowOpen => self.journal.other_window = true,
            Reply::LockCameFree => {
                self.journal.other_window = false;
                self.journal.message = Some(crate::t!("journal-other-window-closed"));
            }
        }
        Vec::new()
    }
}
