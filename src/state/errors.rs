//! What can go wrong at the edge, as the replies carry it: an export, a directory
//! file chosen for inspection, the journal file. The messages are the ones the window
//! shows.

use std::path::PathBuf;

use crate::directory::LoadErrors;
use crate::store::StoreError;

/// The banner of a window that is read-only because another window edits the data
/// folder.
pub(crate) const OTHER_WINDOW: &str =
    "Another Amex Desk window is open: this one is read-only; close it to edit here.";

/// Why an export was not written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The window keeps no data folder, so there is no exports folder (tests).
    #[error("no data folder to save into")]
    NoFolder,
    /// The file chosen in the Save dialog could not be written.
    #[error("{}: {source}", path.display())]
    Chosen {
        /// The file chosen.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file could not be written into the exports folder.
    #[error("{0}")]
    Exports(std::io::Error),
}

/// Why a directory file chosen for inspection was not shown.
#[derive(Debug, thiserror::Error)]
pub enum DirectoryFileError {
    /// It was read and has problems.
    #[error("{0}")]
    Rejected(LoadErrors),
    /// The thread reading it could not start or stopped.
    #[error("reading it stopped unexpectedly")]
    Stopped,
}

impl DirectoryFileError {
    /// One sentence for the banner, naming the file at `path`.
    pub fn summary(&self, path: &std::path::Path) -> String {
        match self {
            DirectoryFileError::Rejected(errors) => errors.summary(path),
            DirectoryFileError::Stopped => self.to_string(),
        }
    }
}

/// Why the journal file could not be read, saved or restored.
#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    /// The file itself: unreadable, too large, written by a newer build...
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Another window edits this data folder; this one is read-only.
    #[error("{}", OTHER_WINDOW)]
    OtherWindow,
    /// The window keeps its journal in memory only (tests).
    #[error("this window keeps no journal file")]
    NoFile,
}
