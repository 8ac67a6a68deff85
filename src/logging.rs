//! The app's log (issue 26): every `log` record of the core, the window and the
//! command line goes to stderr ("amex-desk: ..."; warnings and errors, and everything
//! with `--verbose`) and to `amex-desk.log` in the data folder (information and up),
//! so a problem can be reported with its log. Every record is masked first (card
//! numbers, security codes, control characters), the file is private (0600) and is
//! rotated at [`MAX_LOG_BYTES`] (one older file, `amex-desk.log.1`, is kept).

#![allow(clippy::disallowed_methods)] // edge adapter: appends to the data folder's log file

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use log::{Level, LevelFilter, Log, Metadata, Record};

/// The log file's name in the data folder.
pub(crate) const LOG_FILE: &str = "amex-desk.log";

/// Past this size the log is rotated when the app starts.
pub(crate) const MAX_LOG_BYTES: u64 = 256 * 1024;

/// The logger: stderr for what the user should see, the data folder's file for the
/// record.
struct Logger {
    verbose: bool,
    /// The data folder; the file is opened at the first record, so a command that logs
    /// nothing leaves nothing behind.
    dir: Option<PathBuf>,
    file: Mutex<Option<std::fs::File>>,
}

impl Log for Logger {
    fn enabled(&self, metadata: &Metadata) -> bool {
        metadata.level() <= Level::Info || self.verbose
    }

    fn log(&self, record: &Record) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let text = crate::journal::clean::echo_safe(&record.args().to_string());
        if record.level() <= Level::Warn || self.verbose {
            // Not eprintln!: a closed stderr (a GUI launch) must not stop the app.
            let _ = writeln!(std::io::stderr().lock(), "amex-desk: {text}");
        }
        if let Ok(mut file) = self.file.lock() {
            if file.is_none() {
                *file = self.dir.as_deref().and_then(open_log);
            }
            if let Some(file) = file.as_mut() {
                let when = jiff::Timestamp::now().strftime("%Y-%m-%dT%H:%M:%SZ");
                let _ = writeln!(file, "{when} {:<5} {text}", record.level());
            }
        }
    }

    fn flush(&self) {
        if let Ok(mut file) = self.file.lock()
            && let Some(file) = file.as_mut()
        {
            let _ = file.flush();
        }
    }
}

/// The log file of `data_dir`.
pub(crate) fn log_file(data_dir: &Path) -> PathBuf {
    data_dir.join(LOG_FILE)
}

/// Opens the log for appending (0600), rotating it first when it is over the limit.
/// `None` when the folder does not exist or the file cannot be opened: the app then
/// logs to stderr only.
pub(crate) fn open_log(data_dir: &Path) -> Option<std::fs::File> {
    if !data_dir.is_dir() {
        return None;
    }
    let path = log_file(data_dir);
    if std::fs::metadata(&path).is_ok_and(|m| m.is_file() && m.len() > MAX_LOG_BYTES) {
        let _ = std::fs::rename(&path, data_dir.join(format!("{LOG_FILE}.1")));
    }
    if std::fs::symlink_metadata(&path).is_ok_and(|m| !m.is_file()) {
        return None;
    }
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(&path).ok()
}

/// Installs the logger once for this process: `verbose` shows every record on stderr;
/// `data_dir` (when it exists) keeps the log file.
pub(crate) fn init(verbose: bool, data_dir: Option<&Path>) {
    let logger = Logger {
        verbose,
        dir: data_dir.map(Path::to_path_buf),
        file: Mutex::new(None),
    };
    if log::set_boxed_logger(Box::new(logger)).is_ok() {
        log::set_max_level(if verbose {
            LevelFilter::Debug
        } else {
            LevelFilter::Info
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_file_is_masked_private_and_rotated() {
        let dir = tempfile::tempdir().unwrap();
        let logger = Logger {
            verbose: false,
            dir: Some(dir.path().to_path_buf()),
            file: Mutex::new(None),
        };
        assert!(
            !log_file(dir.path()).exists(),
            "nothing before the first record"
        );
        logger.log(
            &Record::builder()
                .level(Level::Info)
                .args(format_args!(
                    "saved a note about card 3782 822463 10005 \u{1b}[31m"
                ))
                .build(),
        );
        logger.flush();
        let text = std::fs::read_to_string(log_file(dir.path())).unwrap();
        assert!(
            text.contains("INFO") && text.contains("saved a note"),
            "{text}"
        );
        assert!(
            !text.contains("3782 822463 10005") && !text.contains('\u{1b}'),
            "{text}"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(log_file(dir.path()))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::write(log_file(dir.path()), vec![b'x'; MAX_LOG_BYTES as usize + 1]).unwrap();
        drop(open_log(dir.path()));
        assert!(dir.path().join("amex-desk.log.1").is_file());
        assert_eq!(std::fs::metadata(log_file(dir.path())).unwrap().len(), 0);
        assert!(open_log(&dir.path().join("missing")).is_none());
    }
}
