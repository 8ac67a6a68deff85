//! `reminders.ron` in the data folder: what was notified today ([`Reminded`]), so a
//! restart does not notify the same items again the same day. Written through
//! [`crate::store::Store`] like the other files: atomic, private (0600), and a file
//! that cannot be read is reported and never saved over.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::Reminded;
use crate::store::{Store, StoreError, Versioned};

/// The file's format version.
pub(crate) const REMINDERS_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct RemindedRecord {
    version: u32,
    reminded: Reminded,
}

impl Versioned for RemindedRecord {
    fn version(&self) -> u32 {
        self.version
    }
}

/// The reminders file of one data folder.
#[derive(Debug)]
pub(crate) struct RemindedFile {
    store: Store,
}

impl RemindedFile {
    /// Opens `reminders.ron` in `data_dir` and reads it (nothing notified yet when
    /// there is no file). An unreadable file is reported and left as it is: saves are
    /// refused.
    pub fn open(data_dir: &Path) -> (RemindedFile, Result<Reminded, StoreError>) {
        let mut file = RemindedFile {
            store: Store::new(crate::paths::reminders_file(data_dir), REMINDERS_VERSION),
        };
        let result = file
            .store
            .load::<RemindedRecord>()
            .map(|record| record.map(|r| r.reminded).unwrap_or_default());
        (file, result)
    }

    /// The file.
    #[cfg(test)]
    pub(crate) fn path(&self) -> &Path {
        self.store.path()
    }

    /// Why saving is refused (the file on disk could not be read), if it is.
    pub(crate) fn read_only_reason(&self) -> Option<&StoreError> {
        self.store.read_only_reason()
    }

    /// Saves `reminded` atomically. Refused while the file on disk is unreadable.
    pub fn save(&mut self, reminded: &Reminded) -> Result<(), StoreError> {
        self.store.save(&RemindedRecord {
            version: REMINDERS_VERSION,
            reminded: reminded.clone(),
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::disallowed_methods)] // test code
    use super::*;

    fn today() -> Reminded {
        Reminded {
            date: Some(jiff::civil::date(2026, 11, 18)),
            items: ["a/follow-up".to_string()].into(),
        }
    }

    #[test]
    fn what_was_notified_comes_back_from_a_private_file() {
        let dir = tempfile::tempdir().unwrap();
        let (mut file, loaded) = RemindedFile::open(dir.path());
        assert_eq!(loaded.unwrap(), Reminded::default());
        file.save(&today()).unwrap();
        assert_eq!(RemindedFile::open(dir.path()).1.unwrap(), today());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(file.path()).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn an_unreadable_file_is_reported_and_never_saved_over() {
        let dir = tempfile::tempdir().unwrap();
        let path = crate::paths::reminders_file(dir.path());
        let bad = b"(version: 1, reminded: (date: Tuesday";
        std::fs::write(&path, bad).unwrap();
        let (mut file, loaded) = RemindedFile::open(dir.path());
        assert!(loaded.unwrap_err().to_string().contains("reminders.ron"));
        assert!(file.read_only_reason().is_some());
        assert!(file.save(&today()).is_err());
        assert_eq!(std::fs::read(&path).unwrap(), bad);
    }
}
