//! Where the user's files live: `--data-dir`, else `AMEX_DESK_DATA_DIR`, else the OS
//! data folder (`directories`): `~/.local/share/amex-desk` on Linux,
//! `~/Library/Application Support/amex-desk` on macOS, `%APPDATA%\amex-desk\data` on
//! Windows.

#![allow(clippy::disallowed_methods)] // edge adapter: creates the data folder and makes it private (issue 15)

use std::path::{Path, PathBuf};

/// The environment variable that overrides the data folder.
pub(crate) const DATA_DIR_ENV: &str = "AMEX_DESK_DATA_DIR";

/// Why the data folder is unknown or cannot be made private.
#[derive(Debug, thiserror::Error)]
pub enum DataDirError {
    /// No flag, no environment variable, and the system names no home folder.
    #[error("cannot find a home folder for the data; pass --data-dir DIR or set {DATA_DIR_ENV}")]
    NoHome,
    /// The folder is open to others and holds files that are not ours.
    #[error("{} is {mode:o}, open to other users; left as it is because it holds other files (use a folder of its own)", dir.display())]
    Shared {
        /// The folder.
        dir: PathBuf,
        /// Its permission bits.
        mode: u32,
    },
    /// The folder is open to others and its permissions cannot be changed.
    #[error("{} is {mode:o}, open to others, and cannot be made private: {source}", dir.display())]
    Locked {
        /// The folder.
        dir: PathBuf,
        /// Its permission bits.
        mode: u32,
        /// Why.
        source: std::io::Error,
    },
}

/// The data folder, from the flag, the environment, or the OS default.
pub fn data_dir(flag: Option<&Path>) -> Result<PathBuf, DataDirError> {
    if let Some(dir) = flag {
        return Ok(dir.to_path_buf());
    }
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "amex-desk")
        .map(|p| p.data_dir().to_path_buf())
        .ok_or(DataDirError::NoHome)
}

/// The window settings file inside the data folder.
pub fn settings_file(data_dir: &Path) -> PathBuf {
    data_dir.join("settings.ron")
}

/// The forms kept unsaved at the last close, inside the data folder.
pub fn unsaved_file(data_dir: &Path) -> PathBuf {
    data_dir.join("unsaved.ron")
}

/// What desktop reminders were shown today, inside the data folder.
pub(crate) fn reminders_file(data_dir: &Path) -> PathBuf {
    data_dir.join("reminders.ron")
}

/// The exports folder inside the data folder.
pub(crate) fn exports_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("exports")
}

/// Everything Amex Desk keeps in its data folder: exact names, or prefixes ending in
/// `*` (a file's `.bak`, `.lock` and the app's temporary files). The one list the
/// folder checks read (on Unix, where folders are made private).
#[cfg_attr(not(unix), allow(dead_code))]
pub(crate) const OWN_FILES: &[&str] = &[
    "journal.ron*",
    "settings.ron*",
    "unsaved.ron*",
    "reminders.ron*",
    crate::sharing::WINDOW_LOCK_FILE,
    "exports",
    crate::journal::backups::BACKUPS_DIR,
    "directory",
    ".amex-desk-*",
    "amex-desk.log*",
];

/// Whether `name` is one of [`OWN_FILES`].
#[cfg_attr(not(unix), allow(dead_code))]
pub(crate) fn is_own_file(name: &str) -> bool {
    OWN_FILES.iter().any(|own| match own.strip_suffix('*') {
        Some(prefix) => name.starts_with(prefix),
        None => name == *own,
    })
}

/// Does `dir` hold only what Amex Desk puts there? A shared folder given as the data
/// folder by mistake (a home folder, /tmp) is never made private. The app's own
/// sub-folders hold only its files.
#[cfg(unix)]
fn holds_only_our_files(dir: &Path) -> bool {
    let Ok(listing) = std::fs::read_dir(dir) else {
        return false;
    };
    let own_folder = dir.file_name().and_then(|d| d.to_str()).is_some_and(|d| {
        ["exports", crate::journal::backups::BACKUPS_DIR, "directory"].contains(&d)
    });
    own_folder
        || listing
            .flatten()
            .all(|item| is_own_file(&item.file_name().to_string_lossy()))
}

/// Makes an existing folder private (0700) if others can read, enter or write it;
/// returns a note saying so. Nothing happens to a missing folder or off Unix.
#[cfg(unix)]
pub(crate) fn tighten(dir: &Path) -> Result<Option<String>, DataDirError> {
    use std::os::unix::fs::PermissionsExt;
    let Ok(meta) = std::fs::metadata(dir) else {
        return Ok(None);
    };
    let mode = meta.permissions().mode() & 0o777;
    if !meta.is_dir() || mode & 0o077 == 0 {
        return Ok(None);
    }
    if !holds_only_our_files(dir) {
        return Err(DataDirError::Shared {
            dir: dir.to_path_buf(),
            mode,
        });
    }
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).map_err(|source| {
        DataDirError::Locked {
            dir: dir.to_path_buf(),
            mode,
            source,
        }
    })?;
    Ok(Some(format!(
        "{} was {mode:o} (open to other users); made it 700 (private)",
        dir.display()
    )))
}

/// Off Unix, folders keep the system's access rules.
#[cfg(not(unix))]
pub(crate) fn tighten(_dir: &Path) -> Result<Option<String>, DataDirError> {
    Ok(None)
}

/// The journal's backups folder inside the data folder.
pub(crate) fn backups_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(crate::journal::backups::BACKUPS_DIR)
}

/// Makes the data folder, its exports folder and its backups folder private where
/// they exist; returns a note for each one changed (or that could not be changed).
pub(crate) fn secure_data_dir(data_dir: &Path) -> Vec<String> {
    [
        data_dir.to_path_buf(),
        exports_dir(data_dir),
        backups_dir(data_dir),
        data_dir.join("directory"),
    ]
    .iter()
    .filter_map(|dir| tighten(dir).unwrap_or_else(|e| Some(e.to_string())))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_wins() {
        let dir = data_dir(Some(Path::new("/tmp/x"))).unwrap();
        assert_eq!(dir, PathBuf::from("/tmp/x"));
        assert_eq!(settings_file(&dir), PathBuf::from("/tmp/x/settings.ron"));
    }

    #[cfg(unix)]
    #[test]
    fn loose_folders_are_made_private_with_a_note() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir(&data).unwrap();
        std::fs::create_dir(exports_dir(&data)).unwrap();
        std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).unwrap();
        let exports = std::fs::Permissions::from_mode(0o777);
        std::fs::set_permissions(exports_dir(&data), exports).unwrap();
        let notes = secure_data_dir(&data);
        assert_eq!(notes.len(), 2, "{notes:?}");
        assert!(
            notes[0].contains("was 755") && notes[1].contains("was 777"),
            "{notes:?}"
        );
        for d in [data.clone(), exports_dir(&data)] {
            let mode = std::fs::metadata(&d).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o700, "{d:?}");
        }
        assert!(
            secure_data_dir(&data).is_empty(),
            "private folders are left alone"
        );
        assert!(secure_data_dir(&dir.path().join("missing")).is_empty());
    }

    /// Issue 25: a loose folder holding every file the app makes (and nothing else) is
    /// made private; one more file of someone else's and it is left alone.
    #[cfg(unix)]
    #[test]
    fn a_folder_of_only_our_files_is_tightened_and_one_with_others_is_not() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir(&data).unwrap();
        for own in OWN_FILES {
            let name = own.replace('*', "");
            let name = if name.ends_with('-') {
                format!("{name}x.tmp")
            } else {
                name
            };
            std::fs::write(data.join(&name), "").unwrap();
            assert!(is_own_file(&name), "{name}");
        }
        for name in [
            "journal.ron.bak",
            "journal.ron.lock",
            "settings.ron.bak",
            "unsaved.ron",
        ] {
            assert!(is_own_file(name), "{name}");
        }
        let loose = std::fs::Permissions::from_mode(0o755);
        std::fs::set_permissions(&data, loose.clone()).unwrap();
        assert_eq!(secure_data_dir(&data).len(), 1);
        let mode = std::fs::metadata(&data).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700);
        std::fs::write(data.join("holiday.jpg"), "").unwrap();
        std::fs::set_permissions(&data, loose).unwrap();
        let notes = secure_data_dir(&data);
        assert!(notes[0].contains("holds other files"), "{notes:?}");
        let mode = std::fs::metadata(&data).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o755, "someone else's folder is left as it is");
    }
}
