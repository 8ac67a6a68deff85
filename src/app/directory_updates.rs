//! The app's side of directory updates (issue 30): an update file chosen in the Open
//! dialog or dropped on the window is read and checked off the UI thread; applying and
//! going back write the data folder's `directory/` files. Answers go to the state.

use std::path::{Path, PathBuf};
use std::sync::mpsc::channel;

use super::DeskApp;
use super::file_dialogs::{Opened, Waiting};
use crate::directory::{installed, signed};
use crate::state::Reply;

/// Where applied updates are kept, and the keys they may be signed with.
pub(super) struct Updates {
    /// The data folder that keeps applied directory updates (none: not kept).
    pub(super) dir: Option<PathBuf>,
    /// The keys a directory update may be signed with.
    pub(super) keys: Vec<signed::TrustedKey>,
}

impl Default for Updates {
    fn default() -> Updates {
        Updates {
            dir: None,
            keys: signed::app_keys(),
        }
    }
}

impl DeskApp {
    /// Keeps applied directory updates in `data_dir` (none: updates cannot be applied,
    /// as in most tests).
    pub fn with_directory_updates(mut self, data_dir: &Path) -> DeskApp {
        self.updates.dir = Some(data_dir.to_path_buf());
        self
    }

    /// Trusts these keys for updates instead of the app's own (tests: the test key).
    pub fn with_update_keys(mut self, keys: Vec<signed::TrustedKey>) -> DeskApp {
        self.updates.keys = keys;
        self
    }

    /// Reads and checks an update file off the UI thread.
    pub(super) fn read_update(&mut self, ctx: &egui::Context, path: PathBuf) {
        let (tx, rx) = channel();
        let woken = ctx.clone();
        let file = path.clone();
        let serial = self.state.verify_directory().serial;
        let keys = self.updates.keys.clone();
        let spawned = std::thread::Builder::new()
            .name("directory-update".to_string())
            .spawn(move || {
                let _ = tx.send(open_update(&file, &keys, serial));
                woken.request_repaint();
            });
        match spawned {
            Ok(_) => self.waiting.push(Waiting::Update(path, rx)),
            Err(e) => {
                log::warn!("cannot start reading {}: {e}", path.display());
                let result = Err(installed::InstallError::Stopped);
                self.answer(ctx, Reply::UpdateOpened { path, result });
            }
        }
    }

    /// Files dropped on the window: an update (.amexdir) is offered; a directory file
    /// (.ron) is opened for inspection, as "Load a directory file..." does.
    pub(super) fn take_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        for path in dropped {
            match path.extension().and_then(|e| e.to_str()) {
                Some("amexdir") => self.read_update(ctx, path),
                Some("ron") => self.read_directory(ctx, path),
                _ => {
                    let message = format!(
                        "{} was not opened: drop a directory update (.amexdir) or a directory file (.ron).",
                        path.display()
                    );
                    self.answer(ctx, Reply::Problem(message));
                }
            }
        }
    }

    /// Writes the update on offer as the directory in use (two small files, when the
    /// user says so: on the UI thread, so the directory shown changes with the click).
    pub(super) fn apply_update(&mut self, bytes: &[u8]) -> Reply {
        let result = match &self.updates.dir {
            Some(dir) => installed::apply(dir, bytes),
            None => Err(installed::InstallError::NoDataFolder),
        };
        Reply::UpdateApplied(result)
    }

    /// Goes back to the directory in use before the last update.
    pub(super) fn rollback_directory(&mut self) -> Reply {
        let result = match &self.updates.dir {
            Some(dir) => installed::rollback(dir).and_then(|done| {
                let used = installed::in_use(dir, &self.updates.keys)?;
                if let Some(w) = used.warning {
                    log::warn!("{w}");
                }
                Ok((done, used.directory))
            }),
            None => Err(installed::InstallError::NoDataFolder),
        };
        Reply::RolledBack(result)
    }
}

/// Opens and checks the update at `path` with `keys` against the directory in use
/// (`serial`).
pub(crate) fn open_update(path: &Path, keys: &[signed::TrustedKey], serial: u32) -> Opened {
    let today = jiff::Zoned::now().date().to_string();
    installed::open(path, keys, &today, serial)
}
