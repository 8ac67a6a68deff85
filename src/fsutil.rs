//! Reading a text file with a size cap, shared by the directory loader and the store:
//! a file over the cap is refused without being read, let alone parsed.

use std::path::Path;

/// Why a capped read failed.
#[derive(Debug)]
pub enum CappedReadError {
    /// The file does not exist.
    Missing,
    /// The file has this many bytes, over the cap.
    TooLarge(u64),
    /// Any other I/O error (including text that is not UTF-8).
    Io(std::io::Error),
}

/// Reads `path` as UTF-8 text if it is at most `max_bytes` long.
pub fn read_capped(path: &Path, max_bytes: u64) -> Result<String, CappedReadError> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => CappedReadError::Missing,
        _ => CappedReadError::Io(e),
    })?;
    if meta.len() > max_bytes {
        return Err(CappedReadError::TooLarge(meta.len()));
    }
    std::fs::read_to_string(path).map_err(CappedReadError::Io)
}

/// Writes `bytes` to `path` atomically (temporary file in the same folder, then
/// rename), creating the folder if needed. Replaces an existing file at `path`.
pub fn write_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir)?;
    let mut temp = tempfile::Builder::new()
        .prefix(".amex-desk-")
        .suffix(".tmp")
        .tempfile_in(&dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
