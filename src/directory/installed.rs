//! The directory in use, kept in the data folder (issue 30): the signed update last
//! applied (`directory/active.amexdir`) and the one before it (`previous.amexdir`), each
//! kept byte for byte as signed and checked again at every start. With neither, or when
//! the built-in directory is newer, the built-in one is used.

use std::path::{Path, PathBuf};

use super::load::{Directory, MAX_FILE_BYTES};
use super::signed::{self, TrustedKey, Update, UpdateError};

/// The folder of the data folder that holds applied updates.
pub fn folder(data_dir: &Path) -> PathBuf {
    data_dir.join("directory")
}

/// The update in use.
pub(crate) fn active_file(data_dir: &Path) -> PathBuf {
    folder(data_dir).join("active.amexdir")
}

/// The update it replaced, for "Go back to the previous directory".
pub(crate) fn previous_file(data_dir: &Path) -> PathBuf {
    folder(data_dir).join("previous.amexdir")
}

/// Why an update file could not be read, opened, applied or undone.
#[derive(Debug, thiserror::Error)]
pub enum InstallError {
    /// The built-in directory did not load (a broken build).
    #[error("{0}")]
    Builtin(super::load_error::LoadErrors),
    /// The file could not be opened (not a regular file, unreadable).
    #[error("{0}")]
    Open(crate::fsutil::CappedReadError),
    /// Reading its bytes failed.
    #[error("cannot read: {0}")]
    Read(std::io::Error),
    /// It is over the size limit.
    #[error("{0}")]
    TooLarge(UpdateError),
    /// The file chosen does not exist.
    #[error("no such file")]
    Missing,
    /// The file chosen could not be read (the path, and why).
    #[error("{} cannot be read: {source}", path.display())]
    Unreadable {
        /// The file chosen.
        path: PathBuf,
        /// Why.
        source: Box<InstallError>,
    },
    /// The file was read and refused: bad signature, out of date, malformed.
    #[error("{} was refused: {source}. Nothing was changed.", path.display())]
    Refused {
        /// The file chosen.
        path: PathBuf,
        /// Why.
        source: UpdateError,
    },
    /// Writing or removing one of the data folder's directory files failed.
    #[error("{}: {source}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The thread reading the file could not start or stopped.
    #[error("reading it stopped unexpectedly")]
    Stopped,
    /// The window keeps no data folder (tests).
    #[error("this window keeps no data folder")]
    NoDataFolder,
}

/// A write to `path` that failed.
fn write_failed(path: &Path) -> impl FnOnce(std::io::Error) -> InstallError + '_ {
    move |source| InstallError::Write {
        path: path.to_path_buf(),
        source,
    }
}

/// The directory to use and, when an applied update could not be used, why.
#[derive(Debug)]
pub(crate) struct InUse {
    /// The directory.
    pub directory: Directory,
    /// A problem with the data folder's update (the built-in directory is used then).
    pub warning: Option<String>,
}

/// The directory in use: the applied update if its signature still checks out and it
/// is newer than the built-in one, else the built-in one. A bad update file is left as
/// it is and named in the warning.
pub(crate) fn in_use(data_dir: &Path, keys: &[TrustedKey]) -> Result<InUse, InstallError> {
    let builtin = Directory::builtin().map_err(InstallError::Builtin)?;
    let path = active_file(data_dir);
    let bytes = match read_update(&path) {
        Ok(None) => return Ok(plain(builtin)),
        Ok(Some(bytes)) => bytes,
        Err(e) => return Ok(warned(builtin, &path, &e.to_string())),
    };
    let loaded = signed::check_signature(&bytes, keys)
        .and_then(|(key, text)| signed::load_signed(&text, key));
    match loaded {
        Ok(update) if update.serial > builtin.serial => Ok(plain(update)),
        Ok(_) => Ok(plain(builtin)),
        Err(e) => Ok(warned(builtin, &path, &e.to_string())),
    }
}

fn plain(directory: Directory) -> InUse {
    InUse {
        directory,
        warning: None,
    }
}

fn warned(directory: Directory, path: &Path, why: &str) -> InUse {
    InUse {
        directory,
        warning: Some(format!(
            "The directory update in {} could not be used ({why}); the built-in directory is shown. The file was left as it is.",
            path.display()
        )),
    }
}

/// The bytes of an update file, `None` when there is none.
pub(crate) fn read_update(path: &Path) -> Result<Option<Vec<u8>>, InstallError> {
    use std::io::Read;
    let file = match crate::fsutil::open_regular(path) {
        Ok(file) => file,
        Err(crate::fsutil::CappedReadError::Missing) => return Ok(None),
        Err(e) => return Err(InstallError::Open(e)),
    };
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(InstallError::Read)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(InstallError::TooLarge(UpdateError::TooLarge(bytes.len())));
    }
    Ok(Some(bytes))
}

/// Opens the update file at `path` for the user to confirm: checked against `keys`,
/// `today` and the update number of the directory in use.
pub fn open(
    path: &Path,
    keys: &[TrustedKey],
    today: &str,
    active_serial: u32,
) -> Result<(Update, Vec<u8>), InstallError> {
    let bytes = read_update(path)
        .and_then(|b| b.ok_or(InstallError::Missing))
        .map_err(|e| InstallError::Unreadable {
            path: path.to_path_buf(),
            source: Box::new(e),
        })?;
    let update = signed::open_update(&bytes, keys, today, active_serial).map_err(|source| {
        InstallError::Refused {
            path: path.to_path_buf(),
            source,
        }
    })?;
    Ok((update, bytes))
}

/// Applies a checked update (`bytes`, as signed): the update in use becomes the
/// previous one, the new one the active one. Each file is written atomically (0600).
pub fn apply(data_dir: &Path, bytes: &[u8]) -> Result<(), InstallError> {
    let active = active_file(data_dir);
    if let Some(current) = read_update(&active)? {
        let previous = previous_file(data_dir);
        crate::fsutil::write_new(&previous, &current).map_err(write_failed(&previous))?;
    }
    crate::fsutil::write_new(&active, bytes).map_err(write_failed(&active))
}

/// What "Go back to the previous directory" did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RolledBack {
    /// The update applied before the last one is in use again.
    ToPrevious,
    /// The last update was removed: the built-in directory is in use again.
    ToBuiltIn,
    /// No update was ever applied: nothing to undo.
    Nothing,
}

/// Undoes the last update: the previous update becomes the active one again (and is
/// no longer kept as previous), or with none, the active one is removed.
pub fn rollback(data_dir: &Path) -> Result<RolledBack, InstallError> {
    let active = active_file(data_dir);
    let previous = previous_file(data_dir);
    if let Some(bytes) = read_update(&previous)? {
        crate::fsutil::write_new(&active, &bytes).map_err(write_failed(&active))?;
        crate::fsutil::remove_if_exists(&previous).map_err(write_failed(&previous))?;
        return Ok(RolledBack::ToPrevious);
    }
    match crate::fsutil::remove_if_exists(&active) {
        Ok(true) => Ok(RolledBack::ToBuiltIn),
        Ok(false) => Ok(RolledBack::Nothing),
        Err(e) => Err(write_failed(&active)(e)),
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // the tests write the files they check
mod tests {
    use super::super::signed::test_key::{key, sign};
    use super::*;

    const BUILTIN: &str = include_str!("../../data/directory.ron");

    fn update(serial: u32) -> Vec<u8> {
        sign(&BUILTIN.replacen("serial: 1,", &format!("serial: {serial},"), 1))
    }

    fn serial_in_use(dir: &Path) -> u32 {
        in_use(dir, &[key("2030-01-01")]).unwrap().directory.serial
    }

    #[test]
    fn apply_then_roll_back_twice_comes_back_to_the_builtin() {
        let tmp = tempfile::tempdir().unwrap();
        let keys = [key("2030-01-01")];
        assert_eq!(serial_in_use(tmp.path()), 1);
        for serial in [2, 3] {
            let file = tmp.path().join(format!("u{serial}.amexdir"));
            std::fs::write(&file, update(serial)).unwrap();
            let active = in_use(tmp.path(), &keys).unwrap().directory;
            let (u, bytes) = open(&file, &keys, "2026-12-05", active.serial).unwrap();
            assert_eq!(u.directory.serial, serial);
            apply(tmp.path(), &bytes).unwrap();
            assert_eq!(serial_in_use(tmp.path()), serial);
        }
        assert_eq!(rollback(tmp.path()).unwrap(), RolledBack::ToPrevious);
        assert_eq!(serial_in_use(tmp.path()), 2);
        assert_eq!(rollback(tmp.path()).unwrap(), RolledBack::ToBuiltIn);
        assert_eq!(serial_in_use(tmp.path()), 1);
        assert_eq!(rollback(tmp.path()).unwrap(), RolledBack::Nothing);
    }

    #[test]
    fn a_refused_update_leaves_the_active_file_byte_identical() {
        let tmp = tempfile::tempdir().unwrap();
        let keys = [key("2030-01-01")];
        apply(tmp.path(), &update(3)).unwrap();
        let before = std::fs::read(active_file(tmp.path())).unwrap();
        let active = in_use(tmp.path(), &keys).unwrap().directory;
        let mut tampered = update(4);
        let last = tampered.len() - 2;
        tampered[last] ^= 1;
        let older = update(2);
        for (name, bytes) in [("tampered", tampered), ("older", older)] {
            let file = tmp.path().join(name);
            std::fs::write(&file, bytes).unwrap();
            let e = open(&file, &keys, "2026-12-05", active.serial).unwrap_err();
            assert!(e.to_string().contains("Nothing was changed"), "{e}");
        }
        // A newer, correctly signed update whose key has expired.
        let file = tmp.path().join("expired");
        std::fs::write(&file, update(5)).unwrap();
        let e = open(&file, &[key("2026-06-30")], "2026-12-05", active.serial).unwrap_err();
        assert!(
            e.to_string().contains("expired on 2026-06-30")
                && e.to_string().contains("Nothing was changed"),
            "{e}"
        );
        assert_eq!(std::fs::read(active_file(tmp.path())).unwrap(), before);
    }

    #[test]
    fn an_active_file_that_no_longer_checks_out_is_named_and_left_alone() {
        let tmp = tempfile::tempdir().unwrap();
        let mut bytes = update(2);
        let last = bytes.len() - 2;
        bytes[last] ^= 1;
        apply(tmp.path(), &bytes).unwrap();
        let used = in_use(tmp.path(), &[key("2030-01-01")]).unwrap();
        assert_eq!(used.directory.serial, 1);
        let warning = used.warning.unwrap();
        assert!(warning.contains("active.amexdir") && warning.contains("changed after"));
        assert_eq!(std::fs::read(active_file(tmp.path())).unwrap(), bytes);
    }

    #[cfg(unix)]
    #[test]
    fn applied_updates_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().unwrap();
        apply(tmp.path(), &update(2)).unwrap();
        apply(tmp.path(), &update(3)).unwrap();
        for path in [active_file(tmp.path()), previous_file(tmp.path())] {
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "{}", path.display());
        }
    }
}
