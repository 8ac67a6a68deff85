//! `journal.ron` in the data folder: loaded once, saved atomically through
//! [`crate::store::Store`], and merged with whatever another window saved meanwhile.
//!
//! Two windows (or the window and the command line) may share the folder. A save takes
//! an exclusive lock on `journal.ron.lock`, re-reads the file if it changed since we
//! last saw it, merges it with ours by id and `updated` time (tombstones keep deletions
//! deleted), writes the result and returns it so the caller shows the other window's
//! records too. Nobody's writes are lost, and nothing waits on a lock for longer than
//! [`LOCK_WAIT`].

#![allow(clippy::disallowed_methods)] // the journal file: its lock, reads and saves (issue 15)

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use jiff::Timestamp;

use super::backups;
use super::merge::{MergeReport, merge};
use super::model::{JOURNAL_VERSION, Journal};
use super::scanned::Scanned;
use super::{codec, decode};
use crate::sharing::{FileStamp, stamp};
use crate::store::{Store, StoreError, StoreErrorKind};

/// The journal's file name in the data folder.
pub(crate) const JOURNAL_FILE: &str = "journal.ron";

/// How long a save waits for another window to finish its own.
pub(crate) const LOCK_WAIT: Duration = Duration::from_secs(5);

/// Temporary files older than this, left by a crash, are removed when the journal opens.
const STALE_TEMP: Duration = Duration::from_secs(60);

/// The journal file of one data folder.
#[derive(Debug)]
pub struct JournalFile {
    store: Store,
    seen: Option<FileStamp>,
    /// The file (as `seen`) is what this `JournalFile` last wrote: masked, so when it
    /// becomes the `.bak` it needs no second look for card numbers.
    ours_on_disk: bool,
    /// Entries whose text was found clean: scanned again only when it changes.
    scanned: Scanned,
}

impl JournalFile {
    /// Opens the journal in `data_dir`. An unreadable file is reported and the returned
    /// `JournalFile` refuses to save over it; the app goes on with an empty journal.
    pub fn open(data_dir: &Path) -> (JournalFile, Result<Journal, StoreError>) {
        let path = data_dir.join(JOURNAL_FILE);
        let mut file = JournalFile {
            store: Store::new(path, JOURNAL_VERSION),
            seen: None,
            ours_on_disk: false,
            scanned: Scanned::default(),
        };
        sweep_stale_temps(data_dir);
        let result = file.load();
        (file, result)
    }

    fn load(&mut self) -> Result<Journal, StoreError> {
        let stamp_before = stamp(self.store.path());
        let journal = self.store.load_decoded(decode::decode)?.unwrap_or_default();
        self.seen = stamp_before;
        self.ours_on_disk = false;
        Ok(journal)
    }

    /// The file.
    pub fn path(&self) -> &Path {
        self.store.path()
    }

    /// Why saving is refused, if it is.
    pub(crate) fn read_only_reason(&self) -> Option<&StoreError> {
        self.store.read_only_reason()
    }

    fn lock_path(&self) -> PathBuf {
        let mut name = self
            .store
            .path()
            .file_name()
            .map(|n| n.to_os_string())
            .unwrap_or_default();
        name.push(".lock");
        self.store.path().with_file_name(name)
    }

    fn lock(&self) -> Result<File, StoreError> {
        let io = |e: String| StoreError {
            path: self.lock_path(),
            line: None,
            column: None,
            kind: StoreErrorKind::Io(e),
        };
        if let Some(dir) = self.store.path().parent() {
            crate::fsutil::create_private_dir_all(dir).map_err(|e| io(e.to_string()))?;
        }
        let file =
            crate::fsutil::open_lock_file(&self.lock_path()).map_err(|e| io(e.to_string()))?;
        let start = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(file),
                Err(std::fs::TryLockError::WouldBlock) if start.elapsed() < LOCK_WAIT => {
                    std::thread::sleep(Duration::from_millis(20));
                }
                Err(std::fs::TryLockError::WouldBlock) => {
                    return Err(io(
                        "another Amex Desk window is still saving the journal; try again"
                            .to_string(),
                    ));
                }
                Err(std::fs::TryLockError::Error(e)) => return Err(io(e.to_string())),
            }
        }
    }

    /// Saves `ours`, merged with any changes another window wrote since we last read
    /// the file. Card numbers and security codes are masked before writing. Returns
    /// what is now on disk when it is not `ours` as given (another window's changes
    /// merged in, or text masked: show it; `None`: `ours` was written as it is, and no
    /// copy of it is made), and what the merge brought in.
    pub fn save(&mut self, ours: &Journal) -> Result<(Option<Journal>, MergeReport), StoreError> {
        if let Some(reason) = self.store.read_only_reason() {
            return Err(reason.clone());
        }
        let _lock = self.lock()?;
        let now_on_disk = stamp(self.store.path());
        let merged = if now_on_disk != self.seen {
            let disk = self.load()?;
            Some(merge(ours, &disk))
        } else {
            None
        };
        let current = merged.as_ref().map_or(ours, |(j, _)| j);
        let masked = self.write(current)?;
        let report = merged.as_ref().map(|(_, r)| *r).unwrap_or_default();
        let saved = match (masked, merged) {
            (Some(j), _) => Some(j),
            (None, merged) => merged.map(|(j, _)| j),
        };
        Ok((saved, report))
    }

    /// Writes `current` (masked first if anything in it must be) and keeps the saved
    /// file as the newest backup. Returns the masked copy when one was made.
    fn write(&mut self, current: &Journal) -> Result<Option<Journal>, StoreError> {
        // Still what we wrote last (no merge re-read it): masked already.
        let previous_masked = self.ours_on_disk && stamp(self.store.path()) == self.seen;
        // Entries first (they stop at the first one to mask), then everything else.
        let needs = self.scanned.entries_need_mask(current) || others_need_mask(current);
        let masked = needs.then(|| {
            let mut copy = current.clone();
            copy.redact_all();
            self.scanned.remember(&copy);
            copy
        });
        let to_write = masked.as_ref().unwrap_or(current);
        let text = codec::encode(to_write).map_err(|e| StoreError {
            path: self.store.path().to_path_buf(),
            line: None,
            column: None,
            kind: StoreErrorKind::Io(format!("cannot encode: {e}")),
        })?;
        self.store.save_text(&text)?;
        // The previous copy becomes the .bak: one written by an older build (or by
        // hand) may hold a card number the journal would not.
        if !previous_masked && let Err(e) = mask_copy(&crate::store::backup_path(&self.real_path()))
        {
            log::warn!("the previous copy could not be checked for card numbers: {e}");
        }
        if text.len() as u64 > crate::store::NEARLY_FULL_BYTES {
            log::warn!(
                "the journal is {} bytes, nearly the {} byte limit: export it and delete the oldest entries soon",
                text.len(),
                crate::store::MAX_FILE_BYTES
            );
        }
        self.seen = stamp(self.store.path());
        self.ours_on_disk = true;
        // What was just written is masked: the backup is written from it.
        let written = crate::store::file_parts(&text);
        if let Err(e) = backups::keep_parts(&written, &self.backups_dir(), Timestamp::now()) {
            log::warn!("the save was not kept as a backup: {e}");
        }
        Ok(masked)
    }

    /// The real file behind the journal's path (the path itself unless it is a link).
    fn real_path(&self) -> PathBuf {
        std::fs::canonicalize(self.store.path()).unwrap_or_else(|_| self.path().to_path_buf())
    }

    /// The backups folder (beside the journal's path, in the data folder).
    pub(crate) fn backups_dir(&self) -> PathBuf {
        backups::backups_dir(self.store.path())
    }

    fn keep_backup(&self) -> std::io::Result<PathBuf> {
        let kept = backups::keep(&self.real_path(), &self.backups_dir(), Timestamp::now())?;
        mask_copy(&kept)?;
        Ok(kept)
    }

    /// Replaces the journal with the backup `name_or_path` (a name from
    /// [`backups::list`], or a path), through the same atomic save. The journal as it
    /// is now is kept as a backup first, even when it cannot be read, so a restore can
    /// always be undone. Returns the restored journal.
    pub fn restore(&mut self, name_or_path: &Path) -> Result<Journal, StoreError> {
        let path = backups::resolve(&self.backups_dir(), name_or_path);
        let restored = read_journal(&path)?.ok_or_else(|| StoreError {
            path: path.clone(),
            line: None,
            column: None,
            kind: StoreErrorKind::Io(
                "no such backup; `amex-desk log backups` lists them".to_string(),
            ),
        })?;
        let _lock = self.lock()?;
        let real = self.real_path();
        if real.exists() && !backups::newest_holds(&self.backups_dir(), &real) {
            self.keep_backup().map_err(|e| StoreError {
                path: self.backups_dir(),
                line: None,
                column: None,
                kind: StoreErrorKind::Io(format!(
                    "the current journal could not be kept as a backup ({e}); nothing was restored"
                )),
            })?;
        }
        // The backup replaces the journal, unreadable or not: it was kept above.
        self.store = Store::new(self.store.path().to_path_buf(), JOURNAL_VERSION);
        let masked = self.write(&restored)?;
        Ok(masked.unwrap_or(restored))
    }

    /// Re-reads the file if another window changed it, merged into `ours` (without
    /// writing). `None` when nothing changed.
    pub(crate) fn refresh(
        &mut self,
        ours: &Journal,
    ) -> Option<Result<(Journal, MergeReport), StoreError>> {
        if self.store.read_only_reason().is_some() || stamp(self.store.path()) == self.seen {
            return None;
        }
        Some(self.load().map(|disk| merge(ours, &disk)))
    }
}

/// Masks a copy of the journal (the `.bak`, a backup) that holds a card number or a
/// security code, as the journal itself would be: read as a journal when it is one
/// (its free text masked, everything else kept), else masked as text. Written
/// atomically beside itself; a copy with nothing to mask is left untouched.
fn mask_copy(path: &Path) -> std::io::Result<()> {
    let Ok(text) = crate::fsutil::read_capped(path, crate::store::MAX_FILE_BYTES) else {
        return Ok(());
    };
    if crate::sensitive::scan(&text).is_empty() {
        return Ok(());
    }
    let masked = match decode::decode(&text) {
        Ok(mut journal) => {
            journal.redact_all();
            codec::encode(&journal).map_err(|e| std::io::Error::other(e.to_string()))? + "\n"
        }
        Err(_) => crate::sensitive::redact(&text).0,
    };
    let dir = crate::fsutil::folder_of(path);
    let mut temp = tempfile::Builder::new()
        .prefix(".amex-desk-")
        .suffix(".tmp")
        .tempfile_in(&dir)?;
    std::io::Write::write_all(&mut temp, masked.as_bytes())?;
    temp.as_file().sync_all()?;
    temp.persist(path).map(|_| ()).map_err(|e| e.error)
}

/// Does anything in `journal` but its entries (those are [`Scanned`]'s) need masking or
/// cleaning? Records come in masked and clean (upsert, notes, import), but the file is
/// the last line of defence: check everything, copy only if something must change.
fn others_need_mask(journal: &Journal) -> bool {
    use super::clean::has_unsafe;
    journal.notes.iter().any(|n| {
        has_unsafe(&n.contact) || has_unsafe(&n.text) || !super::sensitive::scan(&n.text).is_empty()
    }) || journal.cases.iter().any(|c| {
        let mut copy = c.clone();
        super::edit::redact_case(&mut copy);
        copy != *c
    }) || journal.cards.iter().any(|c| {
        let mut copy = c.clone();
        super::edit::redact_card(&mut copy);
        copy != *c
    })
}

/// Reads a journal file that is not the data folder's own (an import), with the same
/// reader, size cap and error messages as the journal itself. `Ok(None)`: no such file.
pub fn read_journal(path: &Path) -> Result<Option<Journal>, StoreError> {
    Store::new(path.to_path_buf(), JOURNAL_VERSION).load_decoded(decode::decode)
}

/// Removes `.amex-desk-*.tmp` files a killed process left behind.
fn sweep_stale_temps(dir: &Path) {
    let Ok(listing) = std::fs::read_dir(dir) else {
        return;
    };
    for item in listing.flatten() {
        let name = item.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with(".amex-desk-") && name.ends_with(".tmp")) {
            continue;
        }
        let old = item
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > STALE_TEMP);
        if old {
            let _ = std::fs::remove_file(item.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::model::Entry;
    use jiff::tz::TimeZone;

    #[test]
    fn two_windows_keep_each_others_entries() {
        let dir = tempfile::tempdir().unwrap();
        let now = "2026-11-18T10:00:00Z".parse().unwrap();
        let (mut one, j1) = JournalFile::open(dir.path());
        let (mut two, j2) = JournalFile::open(dir.path());
        let (mut j1, mut j2) = (j1.unwrap(), j2.unwrap());
        let mut a = Entry::new(now, &TimeZone::UTC);
        a.summary = "from window one".into();
        j1.upsert_entry(a, now);
        j1 = one.save(&j1).unwrap().0.unwrap_or(j1);
        let mut b = Entry::new(now, &TimeZone::UTC);
        b.summary = "from window two".into();
        j2.upsert_entry(b, now);
        let (merged, report) = two.save(&j2).unwrap();
        let j2 = merged.expect("window one's entry merged in");
        assert_eq!(report.added, 1);
        assert_eq!(j2.entries.len(), 2);
        // Window one sees window two's entry on refresh.
        let (j1, _) = one.refresh(&j1).unwrap().unwrap();
        assert_eq!(j1.entries.len(), 2);
        assert!(one.refresh(&j1).is_none(), "nothing new");
        let (_, again) = JournalFile::open(dir.path());
        assert_eq!(again.unwrap().entries.len(), 2);
    }

    #[test]
    fn stale_temp_files_are_swept_fresh_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join(".amex-desk-old.tmp");
        let fresh = dir.path().join(".amex-desk-new.tmp");
        std::fs::write(&old, "x").unwrap();
        std::fs::write(&fresh, "x").unwrap();
        let past = std::time::SystemTime::now() - Duration::from_secs(3600);
        File::options()
            .write(true)
            .open(&old)
            .unwrap()
            .set_modified(past)
            .unwrap();
        let _ = JournalFile::open(dir.path());
        assert!(!old.exists());
        assert!(fresh.exists());
    }

    fn entry(summary: &str) -> Entry {
        let now = "2026-11-18T10:00:00Z".parse().unwrap();
        let mut e = Entry::new(now, &TimeZone::UTC);
        e.summary = summary.into();
        e
    }

    fn summaries(journal: &Journal) -> Vec<String> {
        journal.entries.iter().map(|e| e.summary.clone()).collect()
    }

    #[test]
    fn eleven_saves_keep_ten_private_backups() {
        let dir = tempfile::tempdir().unwrap();
        let (mut file, journal) = JournalFile::open(dir.path());
        let mut journal = journal.unwrap();
        let now = "2026-11-18T10:00:00Z".parse().unwrap();
        for i in 0..11 {
            journal.upsert_entry(entry(&format!("call {i}")), now);
            journal = file.save(&journal).unwrap().0.unwrap_or(journal);
        }
        let kept = backups::list(&file.backups_dir()).unwrap();
        assert_eq!(kept.len(), backups::KEEP);
        let newest = read_journal(&kept[0].path).unwrap().unwrap();
        assert_eq!(newest.entries.len(), 11);
        let oldest = read_journal(&kept[9].path).unwrap().unwrap();
        assert_eq!(oldest.entries.len(), 2, "the first save was rotated out");
        #[cfg(unix)]
        for backup in &kept {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&backup.path)
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600, "{}", backup.name);
        }
    }

    #[test]
    fn a_restore_keeps_the_current_journal_as_a_backup_first() {
        let dir = tempfile::tempdir().unwrap();
        let now = "2026-11-18T10:00:00Z".parse().unwrap();
        let (mut file, journal) = JournalFile::open(dir.path());
        let mut journal = journal.unwrap();
        journal.upsert_entry(entry("first"), now);
        journal = file.save(&journal).unwrap().0.unwrap_or(journal);
        let first = backups::list(&file.backups_dir()).unwrap()[0].name.clone();
        journal.upsert_entry(entry("second"), now);
        file.save(&journal).unwrap();
        // Someone edits the journal by hand: that version has no backup yet.
        let path = dir.path().join(JOURNAL_FILE);
        let by_hand = std::fs::read_to_string(&path)
            .unwrap()
            .replace("second", "by hand");
        std::fs::write(dir.path().join("x.tmp"), &by_hand).unwrap();
        std::fs::rename(dir.path().join("x.tmp"), &path).unwrap();

        let (mut file, _) = JournalFile::open(dir.path());
        let restored = file.restore(Path::new(&first)).unwrap();
        assert_eq!(summaries(&restored), ["first"]);
        let (_, reopened) = JournalFile::open(dir.path());
        assert_eq!(summaries(&reopened.unwrap()), ["first"]);
        let kept = backups::list(&file.backups_dir()).unwrap();
        assert_eq!(kept.len(), 4, "first, second, by hand, restored");
        let before = read_journal(&kept[1].path).unwrap().unwrap();
        assert_eq!(before.entries.len(), 2);
        assert!(before.entries.iter().any(|e| e.summary == "by hand"));

        let e = file
            .restore(Path::new("journal-20000101T000000Z.ron"))
            .unwrap_err();
        assert!(e.to_string().contains("log backups"), "{e}");
    }

    #[test]
    fn an_unreadable_journal_can_be_restored_and_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let now = "2026-11-18T10:00:00Z".parse().unwrap();
        let (mut file, journal) = JournalFile::open(dir.path());
        let mut journal = journal.unwrap();
        journal.upsert_entry(entry("good"), now);
        file.save(&journal).unwrap();
        let good = backups::list(&file.backups_dir()).unwrap()[0].path.clone();
        let path = dir.path().join(JOURNAL_FILE);
        std::fs::remove_file(&path).unwrap();
        std::fs::write(&path, "(version: 1, entries: [").unwrap();
        let (mut file, result) = JournalFile::open(dir.path());
        assert!(result.is_err());
        let restored = file.restore(&good).unwrap();
        assert_eq!(summaries(&restored), ["good"]);
        let kept = backups::list(&file.backups_dir()).unwrap();
        let broken = std::fs::read_to_string(&kept[1].path).unwrap();
        assert_eq!(broken, "(version: 1, entries: [");
    }
}
