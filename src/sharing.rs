//! One data folder, many writers (issue 16, item 5): the window's lock on the data
//! folder, and the watcher that notices what others wrote.
//!
//! - [`WindowLock`]: one window at a time edits a data folder. The window holds an
//!   exclusive [`File::try_lock`] on [`WINDOW_LOCK_FILE`] for its lifetime; a second
//!   window finds it taken and opens read-only. The command line never takes it (it
//!   keeps working while the window is open: saves merge, see
//!   [`crate::journal::file`]).
//! - [`Watcher`]: a thread that looks at a file's [`FileStamp`] every [`POLL`] and calls
//!   back only when it changed (or when a read-only window's lock came free), so the
//!   window shows outside changes without input and without repainting while idle.
//!   A `stat` a second costs nothing measurable, needs no dependency, and behaves the
//!   same on every platform and on network folders, where change notifications (the
//!   `notify` crate) may never arrive.
//!
//! Standard library only: no egui here (the callback repaints).

#![allow(clippy::disallowed_methods)] // an edge adapter: the window lock file and the journal file's stamp (issue 15)

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, SystemTime};

/// The window's lock file in the data folder.
pub(crate) const WINDOW_LOCK_FILE: &str = "window.lock";

/// How often the [`Watcher`] looks at the file.
pub(crate) const POLL: Duration = Duration::from_secs(1);

/// What identifies one version of a file: size, modification time and inode (an
/// atomic save replaces the file, so the inode changes even within one clock tick).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FileStamp {
    len: u64,
    modified: Option<SystemTime>,
    inode: u64,
}

/// The stamp of the file at `path` now; `None` when there is none.
pub(crate) fn stamp(path: &Path) -> Option<FileStamp> {
    let meta = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(&meta);
    #[cfg(not(unix))]
    let inode = 0;
    Some(FileStamp {
        len: meta.len(),
        modified: meta.modified().ok(),
        inode,
    })
}

/// The window's exclusive lock on its data folder (see the module docs). Shared with
/// the [`Watcher`], which takes it when the window that held it closes.
#[derive(Debug)]
pub(crate) struct WindowLock {
    path: PathBuf,
    held: Mutex<Option<File>>,
}

impl WindowLock {
    /// The lock of `data_dir` (not taken yet: see [`WindowLock::try_acquire`]).
    pub fn new(data_dir: &Path) -> WindowLock {
        WindowLock {
            path: data_dir.join(WINDOW_LOCK_FILE),
            held: Mutex::new(None),
        }
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Takes the lock unless another window holds it. `Ok(true)`: held now (also when
    /// it already was); `Ok(false)`: another window has it; `Err`: the lock file cannot
    /// be opened or locked (e.g. a read-only folder, where nothing can be saved anyway).
    pub(crate) fn try_acquire(&self) -> std::io::Result<bool> {
        let mut held = self
            .held
            .lock()
            .map_err(|_| std::io::Error::other("the window lock was poisoned"))?;
        if held.is_some() {
            return Ok(true);
        }
        let file = crate::fsutil::open_lock_file(&self.path)?;
        match file.try_lock() {
            Ok(()) => {
                *held = Some(file);
                Ok(true)
            }
            Err(std::fs::TryLockError::WouldBlock) => Ok(false),
            Err(std::fs::TryLockError::Error(e)) => Err(e),
        }
    }

    /// Does this window hold the lock?
    pub fn held(&self) -> bool {
        self.held.lock().map(|h| h.is_some()).unwrap_or(false)
    }
}

/// A thread watching one file (see the module docs); it ends when this is dropped.
#[derive(Debug)]
pub(crate) struct Watcher {
    stop: Option<Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Watcher {
    /// Watches the file at `path` every `every`, calling `on_change` when its stamp
    /// differs from the last one seen (the first is taken now). With a `lock` that is
    /// not held, each look also tries to take it, and `on_change` is called when it
    /// is taken.
    pub fn spawn(
        path: PathBuf,
        lock: Option<Arc<WindowLock>>,
        every: Duration,
        on_change: impl Fn() + Send + 'static,
    ) -> std::io::Result<Watcher> {
        let (stop, stopped) = mpsc::channel::<()>();
        let mut seen = stamp(&path);
        let thread = std::thread::Builder::new()
            .name("amex-desk-watcher".to_string())
            .spawn(move || {
                while let Err(RecvTimeoutError::Timeout) = stopped.recv_timeout(every) {
                    let now = stamp(&path);
                    let mut changed = now != seen;
                    seen = now;
                    if let Some(lock) = &lock
                        && !lock.held()
                        && lock.try_acquire().unwrap_or(false)
                    {
                        changed = true;
                    }
                    if changed {
                        on_change();
                    }
                }
            })?;
        Ok(Watcher {
            stop: Some(stop),
            thread: Some(thread),
        })
    }
}

impl Drop for Watcher {
    fn drop(&mut self) {
        // Dropping the sender wakes the thread at once; it then ends.
        self.stop.take();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Instant;

    #[test]
    fn a_second_window_finds_the_lock_taken_until_the_first_lets_go() {
        let dir = tempfile::tempdir().unwrap();
        let first = WindowLock::new(dir.path());
        let second = WindowLock::new(dir.path());
        assert!(first.try_acquire().unwrap());
        assert!(first.held());
        assert!(first.try_acquire().unwrap(), "taking it again is fine");
        assert!(!second.try_acquire().unwrap());
        assert!(!second.held());
        drop(first);
        assert!(second.try_acquire().unwrap());
        assert!(second.held());
        assert!(dir.path().join(WINDOW_LOCK_FILE).exists());
    }

    #[test]
    fn a_lock_in_a_missing_folder_is_an_error_not_another_window() {
        let dir = tempfile::tempdir().unwrap();
        let lock = WindowLock::new(&dir.path().join("no such folder"));
        assert!(lock.try_acquire().is_err());
        assert!(!lock.held());
    }

    fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
        let start = Instant::now();
        while !done() {
            assert!(start.elapsed() < Duration::from_secs(10), "{what}");
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    #[test]
    fn the_watcher_calls_back_on_changes_only_and_ends_when_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.ron");
        std::fs::write(&path, "one").unwrap();
        let calls = Arc::new(AtomicUsize::new(0));
        let counted = calls.clone();
        let every = Duration::from_millis(10);
        let watcher = Watcher::spawn(path.clone(), None, every, move || {
            counted.fetch_add(1, Ordering::SeqCst);
        })
        .unwrap();
        std::thread::sleep(every * 10);
        assert_eq!(calls.load(Ordering::SeqCst), 0, "no change, no call");
        std::fs::write(dir.path().join("new"), "two, longer").unwrap();
        std::fs::rename(dir.path().join("new"), &path).unwrap();
        wait_for("a call after the change", || {
            calls.load(Ordering::SeqCst) == 1
        });
        std::thread::sleep(every * 10);
        assert_eq!(calls.load(Ordering::SeqCst), 1, "one call per change");
        drop(watcher);
        std::fs::write(&path, "three").unwrap();
        std::thread::sleep(every * 10);
        assert_eq!(calls.load(Ordering::SeqCst), 1, "the thread has ended");
    }

    #[test]
    fn the_watcher_takes_the_lock_when_the_other_window_closes() {
        let dir = tempfile::tempdir().unwrap();
        let first = WindowLock::new(dir.path());
        assert!(first.try_acquire().unwrap());
        let second = Arc::new(WindowLock::new(dir.path()));
        assert!(!second.try_acquire().unwrap());
        let calls = Arc::new(AtomicUsize::new(0));
        let counted = calls.clone();
        let path = dir.path().join("journal.ron");
        let _watcher = Watcher::spawn(
            path,
            Some(second.clone()),
            Duration::from_millis(10),
            move || {
                counted.fetch_add(1, Ordering::SeqCst);
            },
        )
        .unwrap();
        std::thread::sleep(Duration::from_millis(100));
        assert!(!second.held());
        drop(first);
        wait_for("the lock taken", || second.held());
        wait_for("a call for it", || calls.load(Ordering::SeqCst) == 1);
    }
}
