//! `unsaved.ron` in the data folder: the forms that had unsaved changes when the window
//! last closed (see [`crate::state::UnsavedForms`]), written through
//! [`crate::store::Store`] like the journal: atomic, private (0600), card numbers
//! masked, and a file that cannot be read is reported and never saved over.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::state::UnsavedForms;
use crate::store::{Store, StoreError, Versioned};

/// The file's format version.
pub const UNSAVED_VERSION: u32 = 1;

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
pub struct UnsavedFile {
    store: Store,
    /// What the file holds now (saves that would change nothing are skipped).
    on_disk: UnsavedForms,
    /// The forms last compared with `on_disk` (as typed) and whether they differed:
    /// masking runs once per change, not on every frame.
    seen: Option<(UnsavedForms, bool)>,
}

impl UnsavedFile {
    /// Opens `unsaved.ron` in `data_dir` and reads the forms kept there (none when
    /// there is no file yet).
    pub fn open(data_dir: &Path) -> (UnsavedFile, Result<UnsavedForms, StoreError>) {
        let mut file = UnsavedFile {
            store: Store::new(crate::paths::unsaved_file(data_dir), UNSAVED_VERSION),
            on_disk: UnsavedForms::default(),
            seen: None,
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
        self.seen = None;
        Ok(true)
    }

    /// Whether `forms` would change what the file holds (masked only when they changed
    /// since the last call).
    pub fn differs(&mut self, forms: &UnsavedForms) -> bool {
        if let Some((seen, differs)) = &self.seen
            && seen == forms
        {
            return *differs;
        }
        let differs = forms.clone().masked() != self.on_disk;
        self.seen = Some((forms.clone(), differs));
        differs
    }
}

/// How often, at most, typing reaches the file (the close always writes).
pub const KEEP_EVERY_SECONDS: i64 = 2;

/// What [`UnsavedFile::keep`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kept {
    /// Nothing changed since the last write.
    Unchanged,
    /// Written now.
    Written,
    /// Changed, but written less than [`KEEP_EVERY_SECONDS`] ago: ask again after this
    /// many seconds.
    Later(i64),
    /// The write failed (the message says why).
    Failed(String),
}

impl UnsavedFile {
    /// Writes `forms` if they changed, at most every [`KEEP_EVERY_SECONDS`] unless
    /// `now_or_never` (the window is closing). `last` is when it last wrote.
    pub fn keep(
        &mut self,
        forms: &UnsavedForms,
        now: jiff::Timestamp,
        last: &mut Option<jiff::Timestamp>,
        now_or_never: bool,
    ) -> Kept {
        if self.store.read_only_reason().is_some() || !self.differs(forms) {
            return Kept::Unchanged;
        }
        let since = last.map(|t| now.duration_since(t).as_secs());
        if let Some(since) = since
            && !now_or_never
            && since < KEEP_EVERY_SECONDS
        {
            return Kept::Later(KEEP_EVERY_SECONDS - since);
        }
        match self.save(forms) {
            Ok(_) => {
                *last = Some(now);
                Kept::Written
            }
            Err(e) => {
                // Retried after the same pause, not on every frame.
                *last = Some(now);
                Kept::Failed(e.to_string())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::disallowed_methods)] // test code
    use super::*;
    use crate::journal::Draft;

    #[test]
    fn typing_is_kept_every_few_seconds_and_closing_writes_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let (mut file, kept) = UnsavedFile::open(dir.path());
        assert_eq!(kept.unwrap(), UnsavedForms::default());
        let t0: jiff::Timestamp = "2026-11-23T10:00:00Z".parse().unwrap();
        let mut forms = UnsavedForms {
            entry: Some(Draft::new(t0, &jiff::tz::TimeZone::UTC)),
            ..UnsavedForms::default()
        };
        let mut last = None;
        assert_eq!(file.keep(&forms, t0, &mut last, false), Kept::Written);
        assert_eq!(file.keep(&forms, t0, &mut last, false), Kept::Unchanged);
        if let Some(d) = &mut forms.entry {
            d.summary = "card 371449635398431".into();
        }
        let t1 = t0 + jiff::SignedDuration::from_secs(1);
        assert_eq!(file.keep(&forms, t1, &mut last, false), Kept::Later(1));
        assert_eq!(file.keep(&forms, t1, &mut last, true), Kept::Written);
        let text = std::fs::read_to_string(crate::paths::unsaved_file(dir.path())).unwrap();
        assert!(!text.contains("371449635398431"), "{text}");
        let (_, kept) = UnsavedFile::open(dir.path());
        assert!(kept.unwrap().entry.unwrap().summary.contains("8431"));
    }
}
