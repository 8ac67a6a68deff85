//! `unsaved.ron` in the data folder: the forms that had unsaved changes when the window
//! last closed (see [`crate::state::UnsavedForms`]), written through
//! [`crate::store::Store`] like the journal: atomic, private (0600), card numbers
//! masked, and a file that cannot be read is reported and never saved over.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::state::UnsavedForms;
use crate::store::{Store, StoreError, Versioned};

/// The file's format version.
pub(crate) const UNSAVED_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct UnsavedRecord {
    version: u32,
    forms: UnsavedForms,
}

impl Versioned for UnsavedRecord {
    fn version(&self) -> u32 {
        self.version
    }
}

/// The unsaved-forms file of one data folder.
#[derive(Debug)]
pub(crate) struct UnsavedFile {
    store: Store,
    /// What the file holds now (saves that would change nothing are skipped).
    on_disk: UnsavedForms,
}

impl UnsavedFile {
    /// Opens `unsaved.ron` in `data_dir` and reads the forms kept there (none when
    /// there is no file yet).
    pub fn open(data_dir: &Path) -> (UnsavedFile, Result<UnsavedForms, StoreError>) {
        let mut file = UnsavedFile {
            store: Store::new(crate::paths::unsaved_file(data_dir), UNSAVED_VERSION),
            on_disk: UnsavedForms::default(),
        };
        let result = file
            .store
            .load::<UnsavedRecord>()
            .map(|record| record.map(|r| r.forms).unwrap_or_default());
        if let Ok(forms) = &result {
            file.on_disk = forms.clone();
        }
        (file, result)
    }

    /// Keeps `forms` (masked), unless the file already holds them; returns whether it
    /// wrote.
    pub fn save(&mut self, forms: &UnsavedForms) -> Result<bool, StoreError> {
        let forms = forms.clone().masked();
        if forms == self.on_disk {
            return Ok(false);
        }
        self.store.save(&UnsavedRecord {
            version: UNSAVED_VERSION,
            forms: forms.clone(),
        })?;
        self.on_disk = forms;
        Ok(true)
    }
}

/// How often, at most, typing reaches the file (the close always writes).
pub(crate) const KEEP_EVERY_SECONDS: i64 = 2;

#[cfg(test)]
mod tests {
    #![allow(clippy::disallowed_methods)] // test code
    use super::*;
    use crate::journal::Draft;

    #[test]
    fn forms_are_kept_masked_and_an_unchanged_save_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let (mut file, kept) = UnsavedFile::open(dir.path());
        assert_eq!(kept.unwrap(), UnsavedForms::default());
        let t0: jiff::Timestamp = "2026-11-23T10:00:00Z".parse().unwrap();
        let mut forms = UnsavedForms {
            entry: Some(Draft::new(t0, &jiff::tz::TimeZone::UTC)),
            ..UnsavedForms::default()
        };
        assert_eq!(file.save(&forms), Ok(true));
        assert_eq!(file.save(&forms), Ok(false));
        if let Some(d) = &mut forms.entry {
            d.summary = "card 371449635398431".into();
        }
        assert_eq!(file.save(&forms), Ok(true));
        let text = std::fs::read_to_string(crate::paths::unsaved_file(dir.path())).unwrap();
        assert!(!text.contains("371449635398431"), "{text}");
        let (_, kept) = UnsavedFile::open(dir.path());
        assert!(kept.unwrap().entry.unwrap().summary.contains("8431"));
    }
}
