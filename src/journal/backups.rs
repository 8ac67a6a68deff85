//! Version history: the last [`KEEP`] saves of the journal, kept as timestamped files in
//! `backups/` beside it (`journal-YYYYMMDDTHHMMSSZ.ron`, with `-2`, `-3`... for saves
//! within the same second). A backup is a private copy of the file just saved, never a
//! hard link (an editor that rewrites the journal in place would change a linked
//! backup with it), 0600 on Unix like the journal. The oldest beyond [`KEEP`] are
//! removed after each save.

#![allow(clippy::disallowed_methods)] // the journal file's helper: its kept versions (issue 15)

use std::path::{Path, PathBuf};

use jiff::Timestamp;

/// How many backups are kept.
pub(crate) const KEEP: usize = 10;

/// The backups folder's name, beside the journal.
pub(crate) const BACKUPS_DIR: &str = "backups";

const PREFIX: &str = "journal-";
const SUFFIX: &str = ".ron";
const STAMP: &str = "%Y%m%dT%H%M%S";

/// The backups folder of the journal at `journal`.
pub(crate) fn backups_dir(journal: &Path) -> PathBuf {
    crate::fsutil::folder_of(journal).join(BACKUPS_DIR)
}

/// The name of the backup made at `at`; `seq` above 1 tells apart saves within the
/// same second.
pub(crate) fn backup_name(at: Timestamp, seq: u32) -> String {
    let stamp = at.strftime(STAMP);
    match seq {
        0 | 1 => format!("{PREFIX}{stamp}Z{SUFFIX}"),
        n => format!("{PREFIX}{stamp}Z-{n}{SUFFIX}"),
    }
}

/// When a backup was made and its sequence number in that second, from its name;
/// `None` for a name Amex Desk did not give.
pub(crate) fn parse_name(name: &str) -> Option<(Timestamp, u32)> {
    let core = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    let (stamp, rest) = core.split_once('Z')?;
    let seq = match rest {
        "" => 1,
        _ => rest.strip_prefix('-')?.parse().ok().filter(|n| *n > 1)?,
    };
    let civil = jiff::civil::DateTime::strptime(STAMP, stamp).ok()?;
    let at = civil.to_zoned(jiff::tz::TimeZone::UTC).ok()?.timestamp();
    Some((at, seq))
}

/// One kept version of the journal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backup {
    /// The file name (what `log restore` takes).
    pub name: String,
    /// The file.
    pub path: PathBuf,
    /// When it was saved.
    pub at: Timestamp,
    /// Its size in bytes.
    pub bytes: u64,
    seq: u32,
}

/// The backups in `dir`, newest first (none when the folder does not exist). Files
/// that are not Amex Desk backups, or not regular files, are ignored.
pub fn list(dir: &Path) -> std::io::Result<Vec<Backup>> {
    let listing = match std::fs::read_dir(dir) {
        Ok(listing) => listing,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut backups: Vec<Backup> = listing
        .flatten()
        .filter_map(|item| {
            let name = item.file_name().to_str()?.to_string();
            let (at, seq) = parse_name(&name)?;
            let meta = std::fs::symlink_metadata(item.path()).ok()?;
            meta.is_file().then(|| Backup {
                path: item.path(),
                name,
                at,
                bytes: meta.len(),
                seq,
            })
        })
        .collect();
    backups.sort_by_key(|b| std::cmp::Reverse((b.at, b.seq)));
    Ok(backups)
}

/// A free name for a backup made at `now` in `dir`.
fn free_name(dir: &Path, now: Timestamp) -> PathBuf {
    (1..)
        .map(|seq| dir.join(backup_name(now, seq)))
        .find(|path| !path.exists())
        .unwrap_or_else(|| dir.join(backup_name(now, 1)))
}

/// Keeps the file `saved` (the journal just written, not a link to it) as the newest
/// backup in `dir`, then removes the oldest beyond [`KEEP`]. Returns the new backup.
///
/// The backup is a copy, never a hard link: the file just written is the live
/// journal, and an editor that rewrites it in place would otherwise change the
/// backup with it.
pub(crate) fn keep(saved: &Path, dir: &Path, now: Timestamp) -> std::io::Result<PathBuf> {
    keep_parts(&[&std::fs::read(saved)?], dir, now)
}

/// [`keep`] for the bytes this app just wrote (masked), in the parts it wrote them in:
/// written from memory, not read back or copied into one buffer.
pub(crate) fn keep_parts(parts: &[&[u8]], dir: &Path, now: Timestamp) -> std::io::Result<PathBuf> {
    crate::fsutil::create_private_dir_all(dir)?;
    let path = free_name(dir, now);
    crate::fsutil::write_new_parts(&path, parts)?;
    prune(dir)?;
    Ok(path)
}

/// Removes the oldest backups beyond [`KEEP`].
fn prune(dir: &Path) -> std::io::Result<()> {
    for old in list(dir)?.iter().skip(KEEP) {
        std::fs::remove_file(&old.path)?;
    }
    Ok(())
}

/// Does the newest backup in `dir` already hold what `current` holds?
pub(crate) fn newest_holds(dir: &Path, current: &Path) -> bool {
    let Ok(backups) = list(dir) else {
        return false;
    };
    let Some(newest) = backups.first() else {
        return false;
    };
    match (std::fs::read(&newest.path), std::fs::read(current)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// The backup `name_or_path` names: a bare name is looked up in `dir`, anything with
/// a folder in it is taken as a path.
pub fn resolve(dir: &Path, name_or_path: &Path) -> PathBuf {
    let bare = name_or_path
        .parent()
        .is_none_or(|p| p.as_os_str().is_empty());
    if bare {
        dir.join(name_or_path)
    } else {
        name_or_path.to_path_buf()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_backup_is_a_copy_so_an_in_place_edit_of_the_journal_leaves_it_whole() {
        let dir = tempfile::tempdir().unwrap();
        let journal = dir.path().join("journal.ron");
        std::fs::write(&journal, "(version: 1)").unwrap();
        let kept = keep(&journal, &backups_dir(&journal), Timestamp::UNIX_EPOCH).unwrap();
        // An editor that rewrites the file in place (same inode).
        std::fs::write(&journal, "garbage").unwrap();
        assert_eq!(std::fs::read_to_string(kept).unwrap(), "(version: 1)");
    }

    #[test]
    fn names_round_trip_and_sort_by_time_then_sequence() {
        let at: Timestamp = "2026-11-23T13:30:05Z".parse().unwrap();
        assert_eq!(backup_name(at, 1), "journal-20261123T133005Z.ron");
        assert_eq!(backup_name(at, 3), "journal-20261123T133005Z-3.ron");
        assert_eq!(parse_name("journal-20261123T133005Z.ron"), Some((at, 1)));
        assert_eq!(parse_name("journal-20261123T133005Z-3.ron"), Some((at, 3)));
        for bad in [
            "journal.ron",
            "journal-20261123T133005Z-1.ron",
            "journal-20261123T133005Z-x.ron",
            "journal-2026.ron",
            "notes-20261123T133005Z.ron",
        ] {
            assert_eq!(parse_name(bad), None, "{bad}");
        }
    }

    #[test]
    fn saves_in_one_second_get_their_own_names_and_only_ten_stay() {
        let dir = tempfile::tempdir().unwrap();
        let journal = dir.path().join("journal.ron");
        let backups = backups_dir(&journal);
        let at: Timestamp = "2026-11-23T13:30:05Z".parse().unwrap();
        for i in 0..11 {
            // Saves replace the file by rename (a backup is a link to the old one).
            let temp = dir.path().join("journal.tmp");
            std::fs::write(&temp, format!("save {i}")).unwrap();
            std::fs::rename(&temp, &journal).unwrap();
            keep(&journal, &backups, at).unwrap();
        }
        let kept = list(&backups).unwrap();
        assert_eq!(kept.len(), KEEP);
        assert_eq!(kept[0].name, "journal-20261123T133005Z-11.ron");
        assert_eq!(std::fs::read_to_string(&kept[0].path).unwrap(), "save 10");
        assert_eq!(std::fs::read_to_string(&kept[9].path).unwrap(), "save 1");
        assert!(newest_holds(&backups, &journal));
    }

    #[test]
    fn bare_names_are_looked_up_in_the_folder() {
        let dir = Path::new("/data/backups");
        let name = Path::new("journal-20261123T133005Z.ron");
        assert_eq!(resolve(dir, name), dir.join(name));
        let path = Path::new("./elsewhere.ron");
        assert_eq!(resolve(dir, path), path);
    }
}
