//! Reading a text file with a size cap, shared by the directory loader and the store:
//! only a regular file is read (a directory, FIFO, socket or device is refused by name,
//! without blocking), and never more than the cap plus one byte, whatever size the
//! file reports.

#![allow(clippy::disallowed_methods)] // the file-system utilities every other module goes through (issue 15)

use std::fs::{File, Metadata, OpenOptions, Permissions};
use std::io::Read;
use std::path::{Path, PathBuf};

/// Why a capped read failed.
#[derive(Debug)]
pub enum CappedReadError {
    /// The file does not exist.
    Missing,
    /// The file has at least this many bytes, over the cap.
    TooLarge(u64),
    /// The path names something other than a regular file: "a directory", "a FIFO"...
    NotAFile(&'static str),
    /// The bytes are not UTF-8: the first bad byte is at this offset.
    NotUtf8(usize),
    /// Any other I/O error.
    Io(std::io::Error),
}

impl std::fmt::Display for CappedReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CappedReadError::Missing => write!(f, "no such file"),
            CappedReadError::TooLarge(n) => write!(f, "at least {n} bytes, over the limit"),
            CappedReadError::NotAFile(what) => {
                write!(f, "not a regular file but {what}; refused")
            }
            CappedReadError::NotUtf8(at) => write!(
                f,
                "not UTF-8 text: invalid byte at offset {at}; save the file as UTF-8 (it may be binary or in another encoding)"
            ),
            CappedReadError::Io(e) => write!(f, "{e}"),
        }
    }
}

/// What a file type is, in words, if it is not a regular file.
pub(crate) fn special_kind(meta: &Metadata) -> Option<&'static str> {
    let kind = meta.file_type();
    if kind.is_file() {
        return None;
    }
    if kind.is_dir() {
        return Some("a directory");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Some("a FIFO (named pipe)");
        }
        if kind.is_socket() {
            return Some("a socket");
        }
        if kind.is_char_device() || kind.is_block_device() {
            return Some("a device");
        }
    }
    Some("not a regular file")
}

/// Opens `path` for reading without ever blocking (a FIFO with no writer would).
fn open_nonblocking(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    options.open(path)
}

/// Opens `path` if it is a regular file, checking both the path and the opened file.
pub(crate) fn open_regular(path: &Path) -> Result<File, CappedReadError> {
    let missing = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::NotFound => CappedReadError::Missing,
        _ => CappedReadError::Io(e),
    };
    let meta = std::fs::metadata(path).map_err(missing)?;
    if let Some(what) = special_kind(&meta) {
        return Err(CappedReadError::NotAFile(what));
    }
    let file = open_nonblocking(path).map_err(missing)?;
    let meta = file.metadata().map_err(CappedReadError::Io)?;
    match special_kind(&meta) {
        Some(what) => Err(CappedReadError::NotAFile(what)),
        None => Ok(file),
    }
}

/// Reads at most `max_bytes` from `file`, refusing anything longer.
fn read_bounded(file: File, max_bytes: u64) -> Result<Vec<u8>, CappedReadError> {
    let reported = file.metadata().map_err(CappedReadError::Io)?.len();
    if reported > max_bytes {
        return Err(CappedReadError::TooLarge(reported));
    }
    let mut bytes = Vec::new();
    file.take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(CappedReadError::Io)?;
    let read = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if read > max_bytes {
        return Err(CappedReadError::TooLarge(read));
    }
    Ok(bytes)
}

/// UTF-8 text from `bytes`, without a leading byte-order mark.
pub(crate) fn utf8_text(bytes: Vec<u8>) -> Result<String, CappedReadError> {
    let text = String::from_utf8(bytes)
        .map_err(|e| CappedReadError::NotUtf8(e.utf8_error().valid_up_to()))?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

/// Reads `path` as UTF-8 text (a leading BOM dropped) if it is a regular file of at
/// most `max_bytes`.
pub(crate) fn read_capped(path: &Path, max_bytes: u64) -> Result<String, CappedReadError> {
    let file = open_regular(path)?;
    utf8_text(read_bounded(file, max_bytes)?)
}

/// Where a write to `path` must land: the path itself, or the real file behind a
/// symbolic link (so the link is kept), and that file's permissions if it exists.
/// A dangling link, a directory, a FIFO, a socket or a device is refused.
pub(crate) fn write_target(path: &Path) -> std::io::Result<(PathBuf, Option<Permissions>)> {
    let link = match std::fs::symlink_metadata(path) {
        Ok(meta) => meta.file_type().is_symlink(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok((path.to_path_buf(), None));
        }
        Err(e) => return Err(e),
    };
    let target = if link {
        std::fs::canonicalize(path).map_err(|e| {
            std::io::Error::new(
                e.kind(),
                format!(
                    "is a symbolic link to a file that cannot be reached ({e}); refused: fix or remove the link"
                ),
            )
        })?
    } else {
        path.to_path_buf()
    };
    let meta = std::fs::metadata(&target)?;
    if let Some(what) = special_kind(&meta) {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!(
                "{} is {what}, not a regular file; refused",
                target.display()
            ),
        ));
    }
    Ok((target, Some(meta.permissions())))
}

/// How old a temporary file of the app's must be before it counts as left over: no
/// save takes this long, so one a running command is writing is never touched.
pub(crate) const STALE_TEMP_AGE: std::time::Duration = std::time::Duration::from_secs(30);

/// The names of the app's own temporary files: `.amex-desk-<random>.tmp`.
pub(crate) fn is_own_temp(name: &str) -> bool {
    name.starts_with(".amex-desk-") && name.ends_with(".tmp")
}

/// Removes the app's own temporary files in `dir` and its `backups` and `directory`
/// folders that were last written before `before` (left by a write that was killed;
/// one still being written by another process is newer). Returns how many were removed.
pub(crate) fn remove_stale_temps(dir: &Path, before: std::time::SystemTime) -> usize {
    let mut removed = 0;
    for folder in [
        dir.to_path_buf(),
        dir.join("backups"),
        dir.join("directory"),
    ] {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let stale = entry
                .metadata()
                .ok()
                .filter(std::fs::Metadata::is_file)
                .and_then(|m| m.modified().ok())
                .is_some_and(|t| t < before);
            if is_own_temp(&name.to_string_lossy())
                && stale
                && std::fs::remove_file(entry.path()).is_ok()
            {
                removed += 1;
            }
        }
    }
    removed
}

/// The folder a file lives in ("." for a bare name).
pub(crate) fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Creates `dir` and any missing parents, private to the user (0700 on Unix).
pub(crate) fn create_private_dir_all(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Writes `bytes` to `path` atomically (temporary file beside the real file, then
/// rename), creating the folder if needed. Replaces an existing regular file and
/// keeps its permissions (a new file is 0600 on Unix); writes through a symbolic link
/// to its target, keeping the link; refuses directories, FIFOs, sockets and devices.
pub(crate) fn write_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_new_parts(path, &[bytes])
}

/// [`write_new`] for bytes held in several parts, written one after the other.
pub(crate) fn write_new_parts(path: &Path, parts: &[&[u8]]) -> std::io::Result<()> {
    use std::io::Write;
    let (target, permissions) = write_target(path)?;
    let dir = folder_of(&target);
    create_private_dir_all(&dir)?;
    let mut temp = tempfile::Builder::new()
        .prefix(".amex-desk-")
        .suffix(".tmp")
        .tempfile_in(&dir)?;
    for part in parts {
        temp.write_all(part)?;
    }
    if let Some(permissions) = permissions {
        temp.as_file().set_permissions(permissions)?;
    }
    temp.as_file().sync_all()?;
    temp.persist(&target).map_err(|e| e.error)?;
    Ok(())
}

/// Opens (creating, 0600 on Unix) the lock file at `path` for writing, never blocking:
/// a FIFO, socket, device or folder where the lock file belongs is refused with a
/// message naming it and what it is.
pub(crate) fn open_lock_file(path: &Path) -> std::io::Result<File> {
    let not_regular = |what: &str| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!(
                "{} is {what}, not a regular file, so it cannot be used as a lock file; remove it and the app makes a new one",
                path.display()
            ),
        )
    };
    if let Ok(meta) = std::fs::metadata(path)
        && let Some(what) = special_kind(&meta)
    {
        return Err(not_regular(what));
    }
    let mut options = std::fs::OpenOptions::new();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Never block on a FIFO put where the lock file belongs.
        options.mode(0o600).custom_flags(libc::O_NONBLOCK);
    }
    let file = options
        .open(path)
        .map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
    match file.metadata().ok().as_ref().and_then(special_kind) {
        Some(what) => Err(not_regular(what)),
        None => Ok(file),
    }
}

/// Removes the file at `path`: `Ok(false)` when there was none.
pub(crate) fn remove_if_exists(path: &Path) -> std::io::Result<bool> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

/// Whether anything (a file, folder or socket) is at `path` (links followed).
pub fn exists(path: &Path) -> bool {
    path.exists()
}

/// Whether `path` is an existing regular file (links followed).
pub fn is_file(path: &Path) -> bool {
    path.is_file()
}

/// Whether `path` is a regular file someone may execute (a program found on PATH).
#[cfg(unix)]
#[cfg_attr(target_os = "macos", allow(dead_code))] // zenity is looked for on Linux and the BSDs
pub(crate) fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// `dir/name`, or `dir/stem-2.ext`, `-3`… when that is taken: exports never replace
/// a file already there.
pub(crate) fn free_path(dir: &Path, name: &str) -> std::path::PathBuf {
    let (stem, ext) = match name.rsplit_once('.') {
        Some((stem, ext)) => (stem, format!(".{ext}")),
        None => (name, String::new()),
    };
    std::iter::once(dir.join(name))
        .chain((2..).map(|n| dir.join(format!("{stem}-{n}{ext}"))))
        .find(|p| std::fs::symlink_metadata(p).is_err())
        .unwrap_or_else(|| dir.join(name))
}

/// A RON parser error in the user's terms: the parser's own advice on its nesting limit
/// (a setting of ours, not theirs) becomes what it means for the file.
pub(crate) fn ron_message(code: &ron::Error) -> String {
    match code {
        ron::Error::ExceededRecursionLimit => "brackets are nested too deeply here (over 128 levels); a file this app writes never nests like this, so it was damaged or made by another program".to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_our_old_temporary_files_are_removed() {
        use std::time::{Duration, SystemTime};
        let dir = tempfile::tempdir().unwrap();
        let backups = dir.path().join("backups");
        std::fs::create_dir_all(&backups).unwrap();
        let old = SystemTime::now() - Duration::from_secs(3600);
        for i in 0..300 {
            let folder = if i % 3 == 0 {
                &backups
            } else {
                &dir.path().to_path_buf()
            };
            let path = folder.join(format!(".amex-desk-{i:05}.tmp"));
            let f = std::fs::File::create(&path).unwrap();
            f.set_modified(old).unwrap();
        }
        let fresh = dir.path().join(".amex-desk-fresh.tmp");
        std::fs::File::create(&fresh).unwrap();
        for other in ["journal.ron", ".amex-desk-notes.txt", "mine.tmp"] {
            let f = std::fs::File::create(dir.path().join(other)).unwrap();
            f.set_modified(old).unwrap();
        }
        let removed =
            super::remove_stale_temps(dir.path(), SystemTime::now() - super::STALE_TEMP_AGE);
        assert_eq!(removed, 300);
        assert!(fresh.exists(), "a write in progress is left alone");
        for other in ["journal.ron", ".amex-desk-notes.txt", "mine.tmp"] {
            assert!(dir.path().join(other).exists(), "{other}");
        }
    }

    use super::*;

    #[test]
    fn free_path_never_names_an_existing_file() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(free_path(dir.path(), "a.pdf"), dir.path().join("a.pdf"));
        std::fs::write(dir.path().join("a.pdf"), "1").unwrap();
        assert_eq!(free_path(dir.path(), "a.pdf"), dir.path().join("a-2.pdf"));
        std::fs::write(dir.path().join("a-2.pdf"), "2").unwrap();
        assert_eq!(free_path(dir.path(), "a.pdf"), dir.path().join("a-3.pdf"));
    }
    use std::time::{Duration, Instant};

    fn refused_quickly(path: &Path) -> CappedReadError {
        let start = Instant::now();
        let result = read_capped(path, 1024);
        assert!(
            start.elapsed() < Duration::from_secs(1),
            "{path:?} took too long"
        );
        match result {
            Err(e) => e,
            Ok(text) => panic!("{path:?} was read: {} bytes", text.len()),
        }
    }

    #[test]
    fn a_directory_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let e = refused_quickly(dir.path());
        assert!(matches!(e, CappedReadError::NotAFile("a directory")), "{e}");
        assert!(e.to_string().contains("directory"));
    }

    #[cfg(unix)]
    #[test]
    fn dev_zero_is_refused_without_reading() {
        let e = refused_quickly(Path::new("/dev/zero"));
        assert!(matches!(e, CappedReadError::NotAFile("a device")), "{e}");
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("journal.ron");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let e = refused_quickly(&fifo);
        assert!(matches!(e, CappedReadError::NotAFile(_)), "{e}");
        assert!(e.to_string().contains("FIFO"));
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_to_dev_zero_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("journal.ron");
        std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
        let e = refused_quickly(&link);
        assert!(matches!(e, CappedReadError::NotAFile("a device")), "{e}");
    }

    #[test]
    fn reads_stop_at_the_cap_plus_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.ron");
        std::fs::write(&path, vec![b'a'; 2000]).unwrap();
        assert!(matches!(
            read_capped(&path, 1000),
            Err(CappedReadError::TooLarge(2000))
        ));
        let file = File::open(&path).unwrap();
        // A file whose reported length lies (as a device's does) is still cut off.
        assert!(matches!(
            read_bounded(file, 1999),
            Err(CappedReadError::TooLarge(2000))
        ));
        assert_eq!(read_capped(&path, 2000).unwrap().len(), 2000);
    }

    #[test]
    fn invalid_utf8_names_its_offset_and_a_bom_is_accepted() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.ron");
        std::fs::write(&path, b"(version: 1,\xff)").unwrap();
        let e = read_capped(&path, 100).unwrap_err();
        assert!(matches!(e, CappedReadError::NotUtf8(12)), "{e}");
        assert!(e.to_string().contains("offset 12"), "{e}");
        std::fs::write(&path, "\u{feff}(version: 1)").unwrap();
        assert_eq!(read_capped(&path, 100).unwrap(), "(version: 1)");
    }

    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[cfg(unix)]
    #[test]
    fn writes_keep_links_and_modes_and_refuse_special_files() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let new = dir.path().join("new.md");
        write_new(&new, b"one").unwrap();
        assert_eq!(mode(&new), 0o600, "new files are private");
        std::fs::set_permissions(&new, Permissions::from_mode(0o640)).unwrap();
        write_new(&new, b"two").unwrap();
        assert_eq!(mode(&new), 0o640, "an existing file keeps its mode");
        assert_eq!(std::fs::read(&new).unwrap(), b"two");

        let real_dir = dir.path().join("synced");
        std::fs::create_dir(&real_dir).unwrap();
        let real = real_dir.join("out.md");
        std::fs::write(&real, b"old").unwrap();
        let link = dir.path().join("link.md");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_new(&link, b"new").unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read(&real).unwrap(), b"new");

        let dangling = dir.path().join("dangling.md");
        std::os::unix::fs::symlink(dir.path().join("nowhere/x.md"), &dangling).unwrap();
        let e = write_new(&dangling, b"x").unwrap_err();
        assert!(e.to_string().contains("symbolic link"), "{e}");

        let fifo = dir.path().join("fifo");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        for (path, what) in [
            (Path::new("/dev/null"), "a device"),
            (fifo.as_path(), "a FIFO"),
            (real_dir.as_path(), "a directory"),
        ] {
            let e = write_new(path, b"x").unwrap_err();
            assert!(e.to_string().contains(what), "{path:?}: {e}");
        }
        use std::os::unix::fs::FileTypeExt;
        let null = std::fs::metadata("/dev/null").unwrap().file_type();
        assert!(null.is_char_device(), "/dev/null is still a device");
    }
}
