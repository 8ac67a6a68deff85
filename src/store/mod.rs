//! RON persistence for the user's own records: files that never lose a byte.
//!
//! - **Atomic saves**: write a temporary file in the same folder, fsync it, keep the
//!   previous good copy as `<name>.bak`, rename the new file over the old one, fsync the
//!   folder. A crash leaves either the old or the new file, never a mix.
//! - **Private**: files are created 0600 on Unix (by `tempfile`), and the `.bak` keeps
//!   the mode.
//! - **Never overwrite what we cannot read**: a file that is too large, does not parse,
//!   is truncated, or has a newer `version` than this build understands is reported with
//!   its path, line and column and what to do; [`Store::save`] then refuses to replace it.
//!
//! Every file is a RON struct with a `version: u32` field.

#![allow(clippy::disallowed_methods)] // the store reads and writes the user's files (issue 15)

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::fsutil::{CappedReadError, read_capped};
use serde::de::DeserializeOwned;

/// Files larger than this are refused without being parsed, and never written.
pub(crate) const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Past this share of [`MAX_FILE_BYTES`] a save warns that the file is nearly full.
pub(crate) const NEARLY_FULL_BYTES: u64 = MAX_FILE_BYTES / 10 * 9;

/// Why a file could not be read or written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreErrorKind {
    /// Reading or writing failed.
    Io(String),
    /// Larger than [`MAX_FILE_BYTES`]: not parsed.
    TooLarge(u64),
    /// Would be larger than [`MAX_FILE_BYTES`] once saved: not written, since it could
    /// not be read back.
    TooLargeToSave(u64),
    /// Not valid RON for this file (including a truncated file).
    Parse(String),
    /// Written by a newer Amex Desk.
    NewerVersion {
        /// The file's version.
        found: u32,
        /// The newest this build reads.
        supported: u32,
    },
}

/// A file that could not be read or written, with where and what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoreError {
    /// The file.
    pub path: PathBuf,
    /// 1-based line, for parse errors.
    pub line: Option<usize>,
    /// 1-based column, for parse errors.
    pub column: Option<usize>,
    /// What went wrong.
    pub kind: StoreErrorKind,
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let (Some(line), Some(col)) = (self.line, self.column) {
            write!(f, ":{line}:{col}")?;
        }
        match &self.kind {
            StoreErrorKind::Io(e) => write!(f, ": {e}"),
            StoreErrorKind::TooLarge(n) => write!(
                f,
                ": {n} bytes, over the {MAX_FILE_BYTES} byte limit; not read. Move it aside (the app will not change it)."
            ),
            StoreErrorKind::TooLargeToSave(n) => write!(
                f,
                ": not saved: it would be {n} bytes, over the {MAX_FILE_BYTES} byte limit the app reads back. The file on disk is unchanged. Export the journal (Export, or `amex-desk log export`), keep the export, then delete the oldest entries to make room."
            ),
            StoreErrorKind::Parse(e) => {
                write!(
                    f,
                    ": cannot be read ({e}). It was left untouched and the app will not save over it: fix the line shown"
                )?;
                // Beside the real file when the journal is a symbolic link.
                let real = std::fs::canonicalize(&self.path).unwrap_or_else(|_| self.path.clone());
                let bak = backup_path(&real);
                if bak.exists() {
                    write!(f, ", or restore the previous copy {}", bak.display())
                } else {
                    write!(f, ", or move it aside to start a new one")
                }
            }
            StoreErrorKind::NewerVersion { found, supported } => write!(
                f,
                ": written by a newer Amex Desk (file version {found}, this build reads up to {supported}). Update Amex Desk; the file was left untouched."
            ),
        }
    }
}

impl std::error::Error for StoreError {}

/// A record with a format `version` field (the outer record of every file).
pub trait Versioned {
    /// The file format version the record was read with.
    fn version(&self) -> u32;
}

#[derive(serde::Deserialize)]
struct VersionOnly {
    version: u32,
}

/// One RON file of records.
#[derive(Clone, Debug)]
pub struct Store {
    path: PathBuf,
    version: u32,
    /// Set when the file on disk could not be read: saving is refused.
    blocked: Option<StoreError>,
}

impl Store {
    /// A store for `path`, whose format this build writes at `version`.
    pub fn new(path: PathBuf, version: u32) -> Store {
        Store {
            path,
            version,
            blocked: None,
        }
    }

    /// The file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The problem that makes this store read-only, if any.
    pub(crate) fn read_only_reason(&self) -> Option<&StoreError> {
        self.blocked.as_ref()
    }

    /// Reads the file: `Ok(None)` when it does not exist yet. On error the store becomes
    /// read-only, so the unreadable file is never replaced.
    pub fn load<T: DeserializeOwned + Versioned>(&mut self) -> Result<Option<T>, StoreError> {
        self.load_with(|store, text| store.parse(text))
    }

    /// [`Store::load`] with a faster reader for the same RON (`decode` must return
    /// what `ron::from_str` returns for every text, errors included).
    pub(crate) fn load_decoded<T: Versioned>(
        &mut self,
        decode: impl FnOnce(&str) -> Result<T, ron::error::SpannedError>,
    ) -> Result<Option<T>, StoreError> {
        self.load_with(|store, text| store.parse_with(text, decode))
    }

    fn load_with<T>(
        &mut self,
        decode: impl FnOnce(&Store, &str) -> Result<T, StoreError>,
    ) -> Result<Option<T>, StoreError> {
        let result = self.read_text().and_then(|text| match text {
            Some(text) => decode(self, &text).map(Some),
            None => Ok(None),
        });
        self.blocked = result.as_ref().err().cloned();
        result
    }

    fn error(&self, kind: StoreErrorKind) -> StoreError {
        StoreError {
            path: self.path.clone(),
            line: None,
            column: None,
            kind,
        }
    }

    fn read_text(&self) -> Result<Option<String>, StoreError> {
        match read_capped(&self.path, MAX_FILE_BYTES) {
            Ok(text) => Ok(Some(text)),
            Err(CappedReadError::Missing) => match std::fs::read_link(&self.path) {
                // A link whose file is gone is not "no file yet": saving would put a
                // new file where the link points, or fail; say what is wrong.
                Ok(target) => Err(self.error(StoreErrorKind::Io(format!(
                    "is a symbolic link to {}, which does not exist. Restore that file, or remove the link to start a new one",
                    target.display()
                )))),
                Err(_) => Ok(None),
            },
            Err(CappedReadError::TooLarge(n)) => Err(self.error(StoreErrorKind::TooLarge(n))),
            Err(e) => Err(self.error(StoreErrorKind::Io(e.to_string()))),
        }
    }

    /// A RON parse error at its line and column in this store's file.
    pub(crate) fn spanned_error(&self, e: ron::error::SpannedError) -> StoreError {
        StoreError {
            path: self.path.clone(),
            line: Some(e.span.start.line),
            column: Some(e.span.start.col),
            kind: StoreErrorKind::Parse(crate::fsutil::ron_message(&e.code)),
        }
    }

    /// Reads only the `version` field of `text` and refuses a version newer than this
    /// build's.
    fn check_version(&self, text: &str) -> Result<u32, StoreError> {
        let version: VersionOnly = ron::from_str(text).map_err(|e| {
            let mut error = self.spanned_error(e);
            if let StoreErrorKind::Parse(message) = &mut error.kind {
                *message = message.replace(
                    "struct `VersionOnly`",
                    "an Amex Desk record starting `(version: ...`",
                );
            }
            error
        })?;
        if version.version > self.version {
            return Err(self.error(StoreErrorKind::NewerVersion {
                found: version.version,
                supported: self.version,
            }));
        }
        Ok(version.version)
    }

    /// Parses the text of this store's file, reporting errors with this store's path,
    /// line and column. A file from a newer build is named as such, whether or not it
    /// parses (its version is read on its own when the whole does not parse).
    pub fn parse<T: DeserializeOwned + Versioned>(&self, text: &str) -> Result<T, StoreError> {
        self.parse_with(text, |text| ron::from_str::<T>(text))
    }

    /// [`Store::parse`] with a faster reader for the same RON (see
    /// [`Store::load_decoded`]).
    pub(crate) fn parse_with<T: Versioned>(
        &self,
        text: &str,
        decode: impl FnOnce(&str) -> Result<T, ron::error::SpannedError>,
    ) -> Result<T, StoreError> {
        match decode(text) {
            Ok(value) if value.version() > self.version => {
                Err(self.error(StoreErrorKind::NewerVersion {
                    found: value.version(),
                    supported: self.version,
                }))
            }
            Ok(value) => Ok(value),
            Err(e) => {
                self.check_version(text)?;
                Err(self.spanned_error(e))
            }
        }
    }

    /// Saves `value` atomically, keeping the previous file as `.bak`. Refused while the
    /// file on disk is unreadable (see [`Store::load`]).
    pub fn save<T: Serialize>(&self, value: &T) -> Result<(), StoreError> {
        let text = ron::ser::to_string_pretty(value, ron::ser::PrettyConfig::new())
            .map_err(|e| self.error(StoreErrorKind::Io(format!("cannot encode: {e}"))))?;
        self.save_text(&text)
    }

    /// Saves already-encoded RON `text` the same way as [`Store::save`]. A symbolic
    /// link is followed: the temporary file, the `.bak` and the rename happen beside
    /// the real file, and the link stays. A dangling link, a directory, a FIFO or a
    /// device is refused.
    pub(crate) fn save_text(&self, text: &str) -> Result<(), StoreError> {
        if let Some(reason) = &self.blocked {
            return Err(reason.clone());
        }
        // Never write what cannot be read back (the text and its final line break).
        let size = text.len() as u64 + 1;
        if size > MAX_FILE_BYTES {
            return Err(self.error(StoreErrorKind::TooLargeToSave(size)));
        }
        let io = |e: std::io::Error| self.error(StoreErrorKind::Io(e.to_string()));
        let (target, existing) = crate::fsutil::write_target(&self.path).map_err(io)?;
        let dir = crate::fsutil::folder_of(&target);
        crate::fsutil::create_private_dir_all(&dir).map_err(io)?;
        let mut temp = tempfile::Builder::new()
            .prefix(".amex-desk-")
            .suffix(".tmp")
            .tempfile_in(&dir)
            .map_err(io)?;
        // The text and its final line break, written as they are (no 7 MB copy).
        for part in file_parts(text) {
            temp.write_all(part).map_err(io)?;
        }
        temp.as_file().sync_all().map_err(io)?;
        if existing.is_some() {
            keep_backup(&target, &dir).map_err(|e| StoreError {
                path: backup_path(&target),
                line: None,
                column: None,
                kind: StoreErrorKind::Io(format!("the previous copy cannot be kept here: {e}")),
            })?;
        }
        temp.persist(&target).map_err(|e| io(e.error))?;
        sync_dir(&dir).map_err(io)?;
        Ok(())
    }
}

/// The parts a saved `text` is written as: the text and its final line break.
pub(crate) fn file_parts(text: &str) -> [&[u8]; 2] {
    [text.as_bytes(), b"\n"]
}

/// Makes `<file>.bak` the current file's contents. Files are only ever replaced by
/// rename, never changed in place, so a hard link is as good as a copy and costs
/// nothing; the link is made under a temporary name and renamed over the old `.bak`,
/// so a crash leaves either backup whole. Falls back to copying where links fail.
/// A `.bak` that is a symbolic link keeps its link: the copy goes to its target.
fn keep_backup(path: &Path, _dir: &Path) -> std::io::Result<()> {
    let (bak, _) = crate::fsutil::write_target(&backup_path(path))?;
    let dir = crate::fsutil::folder_of(&bak);
    let staging = tempfile::Builder::new()
        .prefix(".amex-desk-")
        .suffix(".tmp")
        .make_in(&dir, |p| std::fs::hard_link(path, p));
    match staging {
        Ok(link) => link.persist(&bak).map(|_| ()).map_err(|e| e.error),
        Err(_) => std::fs::copy(path, &bak).map(|_| ()),
    }
}

/// `<file>.bak` beside the file.
pub(crate) fn backup_path(path: &Path) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> std::io::Result<()> {
    // Windows cannot open a directory as a file; the rename itself is durable there
    // once the file was flushed.
    Ok(())
}

#[cfg(test)]
mod tests;
