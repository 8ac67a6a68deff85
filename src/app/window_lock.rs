//! One window, many writers (issue 16, item 5), at the window's edge: the data
//! folder's window lock, and the watcher that repaints when the journal changed on
//! disk. See [`crate::sharing`].

use std::path::Path;
use std::sync::Arc;

use super::DeskApp;
use crate::sharing::{POLL, Watcher, WindowLock};
use crate::state::OTHER_WINDOW;

/// The data folder's window lock and the journal watcher.
#[derive(Default)]
pub(super) struct Sharing {
    /// The data folder's window lock (none: not taken, as in most tests).
    pub(super) lock: Option<Arc<WindowLock>>,
    /// Watches the journal file for changes made elsewhere while the window is open.
    pub(super) watcher: Option<Watcher>,
}

impl DeskApp {
    /// Takes the data folder's window lock (call before [`DeskApp::with_journal`]).
    /// If another window holds it, this one is read-only: the journal shows but
    /// nothing is saved (settings and unsaved forms neither) until that window closes.
    pub fn with_window_lock(mut self, data_dir: &Path) -> DeskApp {
        let lock = WindowLock::new(data_dir);
        match lock.try_acquire() {
            Ok(true) => {
                // The one window now: temporary files of writes killed earlier are
                // left-overs (a write takes milliseconds; one a command is making now
                // is newer than the margin).
                let before = std::time::SystemTime::now() - crate::fsutil::STALE_TEMP_AGE;
                let removed = crate::fsutil::remove_stale_temps(data_dir, before);
                if removed > 0 {
                    log::warn!("removed {removed} temporary file(s) left by an interrupted save");
                }
            }
            Ok(false) => log::warn!("{OTHER_WINDOW}"),
            Err(e) => {
                log::warn!(
                    "cannot lock {} ({e}): another window on this folder would not be noticed",
                    lock.path().display()
                );
                return self;
            }
        }
        self.sharing.lock = Some(Arc::new(lock));
        self
    }

    /// Does another window hold the data folder (so this one saves nothing)?
    pub fn other_window_open(&self) -> bool {
        self.sharing.lock.as_ref().is_some_and(|lock| !lock.held())
    }

    /// Watches the journal file while the window is open: `ctx` repaints (and the
    /// frame asks the writer to read the file) within about [`POLL`] of another program
    /// writing it, or of the other window closing; never otherwise.
    pub(crate) fn watch_journal(mut self, ctx: &egui::Context) -> DeskApp {
        let Some(path) = self.journal_path.clone() else {
            return self;
        };
        let repaint = ctx.clone();
        match Watcher::spawn(path, self.sharing.lock.clone(), POLL, move || {
            repaint.request_repaint()
        }) {
            Ok(watcher) => self.sharing.watcher = Some(watcher),
            Err(e) => {
                log::warn!("changes made elsewhere will show on the next input only: {e}")
            }
        }
        self
    }

    /// Stops watching the journal (the window is closing).
    pub(super) fn stop_watching(&mut self) {
        self.sharing.watcher = None;
    }

    /// The other window closed (the watcher, or this frame, took the lock): this one
    /// edits now, with the forms that window kept.
    pub(super) fn lock_came_free(&mut self, ctx: &egui::Context) {
        if !self.state.journal.other_window {
            return;
        }
        let taken = self
            .sharing
            .lock
            .as_ref()
            .is_some_and(|lock| lock.held() || lock.try_acquire().unwrap_or(false));
        if !taken {
            return;
        }
        self.answer(ctx, crate::state::Reply::LockCameFree);
        let data_dir = self
            .journal_path
            .as_ref()
            .and_then(|f| f.parent())
            .map(Path::to_path_buf);
        if let Some(dir) = data_dir {
            self.open_unsaved_forms(&dir);
        }
    }

    /// Asks the writer to open the file of forms kept across a close; they are put
    /// back when it answers, and from then on forms with unsaved changes are kept.
    pub(super) fn open_unsaved_forms(&mut self, data_dir: &Path) {
        self.writer
            .send(super::writer::Job::OpenForms(data_dir.to_path_buf()));
    }
}
