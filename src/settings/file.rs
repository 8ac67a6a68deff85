//! `settings.ron` in the data folder, read and written through [`crate::store::Store`]
//! like the journal: atomic saves, private (0600) files, and a file that cannot be read
//! is reported and never saved over (the window starts with defaults instead).
//!
//! Builds before this one let eframe write the file (a map of strings with the
//! settings under [`LEGACY_KEY`]); such a file is still read, and replaced by the new
//! layout on the next save.

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{Settings, from_ron};
use crate::store::{Store, StoreError, Versioned};

/// The settings file's format version.
pub(crate) const SETTINGS_VERSION: u32 = 1;

/// The key eframe's storage kept the settings under (files written before 0.1).
pub(crate) const LEGACY_KEY: &str = "amex-desk-settings";

/// The file's outer record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct SettingsRecord {
    version: u32,
    settings: Settings,
}

impl Versioned for SettingsRecord {
    fn version(&self) -> u32 {
        self.version
    }
}

/// Reads the current layout, else eframe's old map of strings; the error is always
/// the current layout's.
fn decode(text: &str) -> Result<SettingsRecord, ron::error::SpannedError> {
    ron::from_str::<SettingsRecord>(text).or_else(|e| {
        let legacy = ron::from_str::<HashMap<String, String>>(text).map_err(|_| e.clone())?;
        match legacy.get(LEGACY_KEY) {
            Some(saved) => Ok(SettingsRecord {
                version: SETTINGS_VERSION,
                settings: from_ron(Some(saved)),
            }),
            None => Err(e),
        }
    })
}

/// The settings file of one data folder.
#[derive(Debug)]
pub struct SettingsFile {
    store: Store,
    /// What the file holds now (skips saves that would change nothing).
    on_disk: Option<Settings>,
}

impl SettingsFile {
    /// Opens `settings.ron` in `data_dir` and reads it: `Ok(None)` when there is none
    /// yet. An unreadable file is reported and left as it is: saves are refused.
    pub fn open(data_dir: &Path) -> (SettingsFile, Result<Option<Settings>, StoreError>) {
        let path = crate::paths::settings_file(data_dir);
        let mut file = SettingsFile {
            store: Store::new(path, SETTINGS_VERSION),
            on_disk: None,
        };
        let result = file
            .store
            .load_decoded(decode)
            .map(|record| record.map(|r| r.settings));
        if let Ok(saved) = &result {
            file.on_disk = saved.clone();
        }
        (file, result)
    }

    /// The file.
    pub fn path(&self) -> &Path {
        self.store.path()
    }

    /// Why saving is refused (the file on disk could not be read), if it is.
    pub(crate) fn read_only_reason(&self) -> Option<&StoreError> {
        self.store.read_only_reason()
    }

    /// Saves `settings` atomically unless the file already holds them; returns whether
    /// it wrote. Refused while the file on disk is unreadable.
    pub fn save(&mut self, settings: &Settings) -> Result<bool, StoreError> {
        if self.on_disk.as_ref() == Some(settings) {
            return Ok(false);
        }
        let record = SettingsRecord {
            version: SETTINGS_VERSION,
            settings: settings.clone(),
        };
        self.store.save(&record)?;
        self.on_disk = Some(settings.clone());
        Ok(true)
    }
}

/// The settings to start the window with, their file, and a note for the user when
/// the file could not be read (defaults are used and the file is left untouched).
pub fn load(
    data_dir: &Path,
    directory: &crate::directory::Directory,
) -> (SettingsFile, Settings, Option<String>) {
    let (file, result) = SettingsFile::open(data_dir);
    match result {
        Ok(saved) => (file, super::initial(saved, directory), None),
        Err(e) => {
            let note = format!(
                "Settings not loaded, defaults in use: {e} Settings will not be saved until the file is fixed or removed."
            );
            (file, super::initial(None, directory), Some(note))
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::disallowed_methods)] // test code
    use super::*;
    use crate::directory::{Directory, Filters};
    use crate::settings::ThemePref;

    fn spanish_dark() -> Settings {
        Settings {
            filters: Filters {
                country: Some("ES".into()),
                ..Filters::default()
            },
            calling_from: "ES".into(),
            theme: ThemePref::Dark,
            ..Settings::default()
        }
    }

    #[cfg(unix)]
    #[test]
    fn saved_settings_are_private_and_come_back() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let (mut file, loaded) = SettingsFile::open(dir.path());
        assert_eq!(loaded.unwrap(), None);
        assert!(file.save(&spanish_dark()).unwrap());
        assert!(!file.save(&spanish_dark()).unwrap(), "nothing changed");
        let mode = std::fs::metadata(file.path()).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        let (_, settings, note) = load(dir.path(), &Directory::builtin().unwrap());
        assert_eq!((settings, note), (spanish_dark(), None));
    }

    #[test]
    fn a_corrupt_file_is_left_untouched_and_defaults_are_used() {
        let dir = tempfile::tempdir().unwrap();
        let path = crate::paths::settings_file(dir.path());
        let bad = b"(version: 1, settings: (theme: Purple\n";
        std::fs::write(&path, bad).unwrap();
        let directory = Directory::builtin().unwrap();
        let (mut file, settings, note) = load(dir.path(), &directory);
        assert_eq!(settings, crate::settings::initial(None, &directory));
        let note = note.unwrap();
        assert!(
            note.contains("settings.ron") && note.contains("defaults"),
            "{note}"
        );
        assert!(file.save(&spanish_dark()).is_err(), "never saved over");
        assert_eq!(std::fs::read(&path).unwrap(), bad);
    }

    #[test]
    fn eframes_old_file_is_read_and_replaced_on_save() {
        let dir = tempfile::tempdir().unwrap();
        let path = crate::paths::settings_file(dir.path());
        let inner = crate::settings::to_ron(&spanish_dark());
        let old: HashMap<&str, String> =
            [(LEGACY_KEY, inner), ("window", "(inner_size: None)".into())].into();
        std::fs::write(&path, ron::to_string(&old).unwrap()).unwrap();
        let (mut file, loaded) = SettingsFile::open(dir.path());
        assert_eq!(loaded.unwrap(), Some(spanish_dark()));
        let light = Settings {
            theme: ThemePref::Light,
            ..spanish_dark()
        };
        assert!(file.save(&light).unwrap());
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("version: 1"), "{text}");
        assert_eq!(SettingsFile::open(dir.path()).1.unwrap(), Some(light));
    }
}
