//! What an apply produces: [`Effect`]s, the one kind of work the app carries out at
//! the edge (clipboard, links, files), and, inside the state, follow-up commands for
//! other pages and a confirmation to show. Every page's `apply` pushes into an [`Out`].

use std::path::PathBuf;

use super::{Command, View};

/// Work for the app's edge. Results come back as one [`super::Reply`] each, through
/// [`super::AppState::reply`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Put this text on the system clipboard.
    CopyText(String),
    /// Open this link (already checked to be tel: or https:).
    Open(String),
    /// Dial with the phone app; if none is set up, copy `number` instead.
    Dial {
        /// The `tel:` link.
        tel: String,
        /// The number as shown (copied when dialling fails).
        number: String,
    },
    /// Save the journal (answer: [`super::Reply::JournalSaved`]).
    SaveJournal,
    /// Read this journal file and merge it (answer: [`super::Reply::Imported`]).
    ImportJournal(PathBuf),
    /// Read the list of kept earlier versions (answer: [`super::Reply::BackupsListed`]).
    ListBackups,
    /// Restore this backup (answer: [`super::Reply::Restored`]).
    RestoreBackup(String),
    /// Write a document built by pure code into the exports folder under a free name
    /// (answer: [`super::Reply::Exported`]).
    WriteExport {
        /// File name wanted (a free one is chosen next to it if taken).
        name: String,
        /// Contents.
        bytes: Vec<u8>,
        /// The page that asked (it says where the file went).
        from: View,
    },
    /// Open a file the app wrote.
    OpenExport(PathBuf),
    /// Show the folder holding a file the app wrote.
    ShowInFolder(PathBuf),
    /// Ask the user for a file with an Open dialog (answer:
    /// [`super::Reply::FileChosen`]).
    ChooseFile(super::Choice),
    /// Write this signed directory update (already checked) to the data folder as the
    /// directory in use (answer: [`super::Reply::UpdateApplied`]).
    ApplyUpdate(Vec<u8>),
    /// Go back to the directory in use before the last update (answer:
    /// [`super::Reply::RolledBack`]).
    RollbackDirectory,
    /// Check which of these evidence files exist (answer:
    /// [`super::Reply::FilesChecked`]); asked when a case opens or changes, never
    /// per frame.
    CheckFiles(Vec<String>),
}

/// What one command produced.
#[derive(Debug, Default)]
pub struct Out {
    /// Work for the edge, in order.
    pub effects: Vec<Effect>,
    /// Commands to apply next (cross-page moves, made explicit).
    pub then: Vec<Command>,
    /// A short confirmation for the status bar.
    pub toast: Option<String>,
}

impl Out {
    /// Adds work for the edge.
    pub fn push(&mut self, effect: Effect) {
        self.effects.push(effect);
    }

    /// Applies `command` after this one.
    pub fn then(&mut self, command: impl Into<Command>) {
        self.then.push(command.into());
    }

    /// Shows `text` as a confirmation.
    pub fn toast(&mut self, text: impl Into<String>) {
        self.toast = Some(text.into());
    }
}

/// The commands a frame's UI pushed, in order: every page's command goes in as it is
/// (`commands.push(NumbersCommand::Copy(id))`).
#[derive(Debug, Default)]
pub struct Commands(Vec<Command>);

impl Commands {
    /// Adds a command.
    pub fn push(&mut self, command: impl Into<Command>) {
        self.0.push(command.into());
    }

    /// The commands, in order.
    pub(crate) fn into_vec(self) -> Vec<Command> {
        self.0
    }

    /// Whether none was pushed.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
