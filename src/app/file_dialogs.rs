//! The app's side of the file dialogs: Save as... for every print and export, Open...
//! for a journal import, an evidence file and a directory file. The dialog runs off
//! the UI thread ([`crate::dialogs`]); its answer is polled once per frame and handed
//! to the state. With no dialogs set (most tests), exports go to the exports folder
//! under a free name as before, and Open... says to type the path.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::DeskApp;
use crate::dialogs::{FileDialogs, Pending, Picked, Request};
use crate::directory::Directory;
use crate::state::{Choice, DirectoryFileError, ExportError, Reply, View};

/// What to do with a dialog's answer.
pub(super) enum Then {
    /// Write these bytes where the user chose.
    Export {
        /// The file name the state asked for.
        name: String,
        /// Contents.
        bytes: Vec<u8>,
        /// The page that asked.
        from: View,
    },
    /// Use the file the user chose.
    Choose(Choice),
}

/// Work going on off the UI thread.
pub(super) enum Waiting {
    /// A dialog is open.
    Dialog(Pending, Then),
    /// A chosen directory file is being read and checked.
    Directory(PathBuf, Receiver<Result<Directory, DirectoryFileError>>),
    /// A chosen directory update is being read and checked.
    Update(PathBuf, Receiver<Opened>),
}

/// Said when a thread reading a file ended without an answer.
/// What reading an update file gives: the checked update and its bytes, or why not.
pub(super) type Opened =
    Result<(crate::directory::signed::Update, Vec<u8>), crate::directory::installed::InstallError>;

impl DeskApp {
    /// Uses these dialogs for Save as... and Open... (none: exports go to the exports
    /// folder and Open... asks for a typed path).
    pub fn with_dialogs(mut self, dialogs: Box<dyn FileDialogs>) -> DeskApp {
        self.dialogs = Some(dialogs);
        self
    }

    /// Whether a dialog (or a directory read) is still open.
    pub fn dialog_open(&self) -> bool {
        !self.waiting.is_empty()
    }

    /// Saves an export: asks where with a Save dialog starting in the exports folder
    /// under a free name; with no dialogs, writes it there at once.
    pub(super) fn export(&mut self, ctx: &egui::Context, name: String, bytes: Vec<u8>, from: View) {
        let Some(dialogs) = &self.dialogs else {
            let result = self.write_to_exports(&name, &bytes);
            self.answer(ctx, Reply::Exported { from, result });
            return;
        };
        let (folder, free) = match &self.exports_dir {
            // The dialog can only start in a folder that exists (zenity and the portal
            // otherwise start in the working directory).
            Some(dir) if crate::fsutil::create_private_dir_all(dir).is_ok() => {
                let path = crate::fsutil::free_path(dir, &name);
                let free = path.file_name().map(|n| n.to_string_lossy().into_owned());
                (Some(dir.clone()), free.unwrap_or_else(|| name.clone()))
            }
            _ => (None, name.clone()),
        };
        let request = Request {
            title: "Save as".to_string(),
            folder,
            name: Some(free),
            filter: export_filter(&name),
        };
        let pending = dialogs.save(ctx, request);
        self.waiting
            .push(Waiting::Dialog(pending, Then::Export { name, bytes, from }));
    }

    /// Asks for a file with an Open dialog.
    pub(super) fn choose(&mut self, ctx: &egui::Context, choice: Choice) {
        let Some(dialogs) = &self.dialogs else {
            self.answer(ctx, Reply::ChoiceDropped { shown: false });
            return;
        };
        let request = Request {
            title: choice.title(),
            folder: None,
            name: None,
            filter: choice.filter().map(|(name, extensions)| {
                let extensions = extensions.iter().map(|e| (*e).to_string()).collect();
                (name.to_string(), extensions)
            }),
        };
        let pending = dialogs.open(ctx, request);
        self.waiting
            .push(Waiting::Dialog(pending, Then::Choose(choice)));
    }

    /// The window is closing: every dialog still open is closed, and an export whose
    /// Save dialog was open goes to the exports folder, with the banner saying where.
    /// Returns whether there was any (then the close waits for the user to see it).
    pub(super) fn end_dialogs(&mut self) -> bool {
        let mut ended = false;
        if let Some(dialogs) = &self.dialogs {
            dialogs.end_open();
        }
        for waiting in std::mem::take(&mut self.waiting) {
            match waiting {
                Waiting::Dialog(_, Then::Export { name, bytes, from }) => {
                    let result = self.write_to_exports(&name, &bytes);
                    let reply = Reply::ExportedOnClose { from, result };
                    self.answer(&egui::Context::default(), reply);
                    ended = true;
                }
                Waiting::Dialog(_, Then::Choose(_)) => {}
                other => self.waiting.push(other),
            }
        }
        ended
    }

    /// Takes in the answers that came since the last frame.
    pub(super) fn poll_dialogs(&mut self, ctx: &egui::Context) {
        for waiting in std::mem::take(&mut self.waiting) {
            match waiting {
                Waiting::Dialog(pending, then) => match pending.try_recv() {
                    Ok(picked) => self.answered(ctx, picked, then),
                    Err(TryRecvError::Empty) => self.waiting.push(Waiting::Dialog(pending, then)),
                    Err(TryRecvError::Disconnected) => {
                        self.answered(ctx, Picked::Unavailable, then)
                    }
                },
                Waiting::Directory(path, read) => match read.try_recv() {
                    Ok(result) => self.answer(ctx, Reply::DirectoryChosen { path, result }),
                    Err(TryRecvError::Empty) => self.waiting.push(Waiting::Directory(path, read)),
                    Err(TryRecvError::Disconnected) => {
                        let result = Err(DirectoryFileError::Stopped);
                        self.answer(ctx, Reply::DirectoryChosen { path, result });
                    }
                },
                Waiting::Update(path, read) => match read.try_recv() {
                    Ok(result) => self.answer(ctx, Reply::UpdateOpened { path, result }),
                    Err(TryRecvError::Empty) => self.waiting.push(Waiting::Update(path, read)),
                    Err(TryRecvError::Disconnected) => {
                        let result = Err(crate::directory::installed::InstallError::Stopped);
                        self.answer(ctx, Reply::UpdateOpened { path, result });
                    }
                },
            }
        }
    }

    /// What a dialog gave back, carried out.
    fn answered(&mut self, ctx: &egui::Context, picked: Picked, then: Then) {
        match then {
            Then::Export { name, bytes, from } => match picked {
                Picked::Chosen(path) => {
                    // The dialog asked before replacing a file; write_new keeps a
                    // replaced file's permissions and writes through a link.
                    let result = crate::fsutil::write_new(&path, &bytes)
                        .map(|()| path.clone())
                        .map_err(|source| ExportError::Chosen {
                            path: path.clone(),
                            source,
                        });
                    self.answer(ctx, Reply::Exported { from, result });
                }
                Picked::Cancelled => self.answer(ctx, Reply::ExportCancelled { from }),
                Picked::Unavailable => {
                    let result = self.write_to_exports(&name, &bytes);
                    self.answer(ctx, Reply::ExportedToFallback { from, result });
                }
            },
            Then::Choose(choice) => match picked {
                Picked::Chosen(path) if choice == Choice::Directory => {
                    self.read_directory(ctx, path);
                }
                Picked::Chosen(path) if choice == Choice::DirectoryUpdate => {
                    self.read_update(ctx, path);
                }
                Picked::Chosen(path) => self.answer(ctx, Reply::FileChosen { choice, path }),
                Picked::Cancelled => self.answer(ctx, Reply::ChoiceDropped { shown: true }),
                Picked::Unavailable => self.answer(ctx, Reply::ChoiceDropped { shown: false }),
            },
        }
        ctx.request_repaint();
    }

    /// Reads and checks a directory file off the UI thread (as `--directory` does).
    pub(super) fn read_directory(&mut self, ctx: &egui::Context, path: PathBuf) {
        let (tx, rx) = channel();
        let woken = ctx.clone();
        let file = path.clone();
        let spawned = std::thread::Builder::new()
            .name("directory-file".to_string())
            .spawn(move || {
                let _ = tx.send(read_directory_file(&file));
                woken.request_repaint();
            });
        match spawned {
            Ok(_) => self.waiting.push(Waiting::Directory(path, rx)),
            Err(e) => {
                log::warn!("cannot start reading {}: {e}", path.display());
                let result = Err(DirectoryFileError::Stopped);
                self.answer(ctx, Reply::DirectoryChosen { path, result });
            }
        }
    }

    /// Writes an export into the exports folder under a free name.
    fn write_to_exports(&self, name: &str, bytes: &[u8]) -> Result<PathBuf, ExportError> {
        let Some(dir) = &self.exports_dir else {
            return Err(ExportError::NoFolder);
        };
        let path = crate::fsutil::free_path(dir, name);
        crate::fsutil::write_new(&path, bytes)
            .map(|()| path)
            .map_err(ExportError::Exports)
    }
}

/// A directory file read and checked; the error lists the problems.
pub(crate) fn read_directory_file(path: &Path) -> Result<Directory, DirectoryFileError> {
    Directory::from_path(path).map_err(DirectoryFileError::Rejected)
}

/// The file type a Save dialog offers for an export name.
fn export_filter(name: &str) -> Option<(String, Vec<String>)> {
    let ext = Path::new(name).extension()?.to_str()?.to_ascii_lowercase();
    let kind = match ext.as_str() {
        "pdf" => "PDF document",
        "md" => "Markdown",
        "csv" => "CSV table",
        "ics" => "Calendar",
        _ => return None,
    };
    Some((kind.to_string(), vec![ext]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dialogs::FakeDialogs;
    use crate::opener::RecordingOpener;
    use crate::settings::Settings;
    use crate::state::AppState;

    fn app(answer: Picked) -> (DeskApp, tempfile::TempDir, FakeDialogs) {
        let dir = tempfile::tempdir().unwrap();
        let now: jiff::Timestamp = "2026-11-18T10:00:00Z".parse().unwrap();
        let state = AppState::new(
            Directory::builtin().unwrap(),
            crate::catalogs::Catalogs::load().unwrap(),
            Settings::default(),
            now,
            jiff::tz::TimeZone::UTC,
        );
        let fake = FakeDialogs::answering(answer);
        let app = DeskApp::new(
            state,
            Box::new(RecordingOpener::default()),
            Box::new(move || now),
        )
        .with_journal(dir.path())
        .with_dialogs(Box::new(fake.clone()));
        (app, dir, fake)
    }

    fn export(app: &mut DeskApp, name: &str) {
        let ctx = egui::Context::default();
        app.export(&ctx, name.to_string(), b"a,b\n".to_vec(), View::Journal);
        app.poll_dialogs(&ctx);
    }

    #[test]
    fn an_export_goes_where_the_user_chose() {
        let out = tempfile::tempdir().unwrap();
        let chosen = out.path().join("mine.csv");
        let (mut app, dir, fake) = app(Picked::Chosen(chosen.clone()));
        std::fs::create_dir_all(dir.path().join("exports")).unwrap();
        std::fs::write(dir.path().join("exports/journal.csv"), "old").unwrap();
        export(&mut app, "journal.csv");
        assert_eq!(std::fs::read(&chosen).unwrap(), b"a,b\n");
        assert_eq!(app.state.last_export, Some(chosen));
        // The dialog started in the exports folder with a name that is free there.
        let asked = fake.asked.lock().unwrap();
        let (kind, request) = &asked[0];
        assert_eq!(*kind, "save");
        assert_eq!(request.folder, Some(dir.path().join("exports")));
        assert_eq!(request.name.as_deref(), Some("journal-2.csv"));
        assert_eq!(request.filter.as_ref().unwrap().1, vec!["csv"]);
        assert!(!app.dialog_open());
    }

    #[test]
    fn the_save_dialog_starts_in_an_exports_folder_that_exists() {
        let (mut app, dir, fake) = app(Picked::Cancelled);
        assert!(!dir.path().join("exports").exists());
        export(&mut app, "calendar.ics");
        let asked = fake.asked.lock().unwrap();
        let folder = asked[0].1.folder.clone().unwrap();
        assert_eq!(folder, dir.path().join("exports"));
        assert!(folder.is_dir());
    }

    #[test]
    fn a_cancelled_export_writes_nothing_and_says_not_saved() {
        let (mut app, dir, _) = app(Picked::Cancelled);
        export(&mut app, "journal.csv");
        assert!(!dir.path().join("exports/journal.csv").exists());
        assert_eq!(app.state.journal.message.as_deref(), Some("Not saved."));
        assert!(app.state.last_export.is_none());
    }

    #[test]
    fn with_no_dialog_the_export_goes_to_the_exports_folder_and_says_so() {
        let (mut app, dir, _) = app(Picked::Unavailable);
        export(&mut app, "journal.csv");
        let path = dir.path().join("exports/journal.csv");
        assert_eq!(std::fs::read(&path).unwrap(), b"a,b\n");
        let message = app.state.journal.message.clone().unwrap();
        assert!(message.contains("No file dialog could be shown here"));
        assert!(message.contains(&path.display().to_string()));
    }

    #[test]
    fn a_chosen_directory_file_is_checked_like_the_directory_flag() {
        let (mut app, dir, _) = app(Picked::Unavailable);
        let bad = dir.path().join("bad.ron");
        std::fs::write(&bad, "(not a directory").unwrap();
        let ctx = egui::Context::default();
        *app.state.warning.get_or_insert_default() = String::new();
        app.answered(
            &ctx,
            Picked::Chosen(bad.clone()),
            Then::Choose(Choice::Directory),
        );
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while app.dialog_open() && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(20));
            app.poll_dialogs(&ctx);
        }
        let warning = app.state.warning.clone().unwrap();
        assert!(
            warning.contains("bad.ron") && warning.contains("unchanged"),
            "{warning}"
        );
    }

    #[test]
    fn an_open_dialog_that_cannot_be_shown_says_to_type_the_path() {
        let (mut app, _dir, _) = app(Picked::Unavailable);
        let ctx = egui::Context::default();
        app.choose(&ctx, Choice::JournalImport);
        app.poll_dialogs(&ctx);
        assert!(
            app.state
                .toast
                .clone()
                .unwrap()
                .text
                .contains("type the file")
        );
    }

    #[test]
    fn export_filters_follow_the_extension() {
        assert_eq!(export_filter("a.pdf").unwrap().1, vec!["pdf"]);
        assert_eq!(export_filter("a.md").unwrap().0, "Markdown");
        assert!(export_filter("a").is_none());
    }
}
