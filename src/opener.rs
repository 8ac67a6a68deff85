//! Opening links. The app only ever opens `tel:` and `https:` links it built itself,
//! and PDF, Markdown or CSV files it wrote; anything else is refused before it reaches
//! the operating system.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// Why a link or file was not opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// Only the app's own PDF, Markdown and CSV exports are opened.
    #[error("refused to open {}: not an export", .0.display())]
    NotAnExport(PathBuf),
    /// The export was moved or deleted since it was written.
    #[error("{} no longer exists", .0.display())]
    Gone(PathBuf),
    /// A `tel:` link that is not `tel:+` and 5 to 15 digits.
    #[error("refused to open \"{0}\": not a tel:+E.164 link")]
    BadTel(String),
    /// An `https:` link with no host, spaces or control characters.
    #[error("refused to open \"{0}\": malformed https link")]
    BadHttps(String),
    /// Any other scheme.
    #[error("refused to open \"{0}\": only tel: and https: links are opened")]
    Scheme(String),
    /// The system's handler failed.
    #[error("could not open {what}: {source}")]
    System {
        /// The link, the file, or "the folder …".
        what: String,
        /// Why.
        source: std::io::Error,
    },
}

/// Something that opens links (the system, or a recorder in tests).
pub trait Opener {
    /// Opens a link already checked by [`check_link`].
    fn open(&self, link: &str) -> Result<(), OpenError>;

    /// Opens a file the app wrote (a PDF, Markdown or CSV export) in the system viewer.
    fn open_export(&self, path: &std::path::Path) -> Result<(), OpenError>;

    /// Shows the folder holding a file the app wrote, in the system's file manager.
    fn show_in_folder(&self, path: &std::path::Path) -> Result<(), OpenError>;
}

/// Only existing PDF, Markdown and CSV files are opened.
pub(crate) fn check_export(path: &std::path::Path) -> Result<(), OpenError> {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    if !matches!(ext, "pdf" | "md" | "csv") {
        return Err(OpenError::NotAnExport(path.to_path_buf()));
    }
    if !crate::fsutil::is_file(path) {
        return Err(OpenError::Gone(path.to_path_buf()));
    }
    Ok(())
}

/// The folder holding `path` ("." for a bare name).
fn folder_of(path: &std::path::Path) -> &std::path::Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => std::path::Path::new("."),
    }
}

/// Refuses anything but `tel:+<digits>` and `https://<host>...` without spaces or
/// control characters.
pub(crate) fn check_link(link: &str) -> Result<(), OpenError> {
    if let Some(number) = link.strip_prefix("tel:+") {
        let ok = (5..=15).contains(&number.len()) && number.chars().all(|c| c.is_ascii_digit());
        return if ok {
            Ok(())
        } else {
            Err(OpenError::BadTel(link.to_string()))
        };
    }
    if let Some(rest) = link.strip_prefix("https://") {
        let host = rest.split('/').next().unwrap_or("");
        let ok = !host.is_empty()
            && !link.chars().any(|c| c.is_whitespace() || c.is_control())
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
        return if ok {
            Ok(())
        } else {
            Err(OpenError::BadHttps(link.to_string()))
        };
    }
    Err(OpenError::Scheme(link.to_string()))
}

/// Opens links with the operating system's handler.
#[derive(Default)]
pub(crate) struct SystemOpener;

impl Opener for SystemOpener {
    fn open(&self, link: &str) -> Result<(), OpenError> {
        check_link(link)?;
        open::that_detached(link).map_err(|source| OpenError::System {
            what: link.to_string(),
            source,
        })
    }

    fn open_export(&self, path: &std::path::Path) -> Result<(), OpenError> {
        check_export(path)?;
        open::that_detached(path).map_err(|source| OpenError::System {
            what: path.display().to_string(),
            source,
        })
    }

    fn show_in_folder(&self, path: &std::path::Path) -> Result<(), OpenError> {
        check_export(path)?;
        let folder = folder_of(path);
        open::that_detached(folder).map_err(|source| OpenError::System {
            what: format!("the folder {}", folder.display()),
            source,
        })
    }
}

/// Records links instead of opening them (tests, screenshots).
#[derive(Clone, Default)]
pub struct RecordingOpener {
    /// Every link asked for, in order.
    pub opened: Arc<Mutex<Vec<String>>>,
}

impl Opener for RecordingOpener {
    fn open(&self, link: &str) -> Result<(), OpenError> {
        check_link(link)?;
        if let Ok(mut opened) = self.opened.lock() {
            opened.push(link.to_string());
        }
        Ok(())
    }

    fn open_export(&self, path: &std::path::Path) -> Result<(), OpenError> {
        check_export(path)?;
        if let Ok(mut opened) = self.opened.lock() {
            opened.push(format!("file:{}", path.display()));
        }
        Ok(())
    }

    fn show_in_folder(&self, path: &std::path::Path) -> Result<(), OpenError> {
        check_export(path)?;
        if let Ok(mut opened) = self.opened.lock() {
            opened.push(format!("folder:{}", folder_of(path).display()));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_links_pass() {
        assert!(check_link("tel:+18005284800").is_ok());
        assert!(check_link("https://www.americanexpress.com/uk/").is_ok());
        assert!(check_link("tel:18005284800").is_err());
        assert!(check_link("tel:+1800;ext=1").is_err());
        assert!(check_link("http://example.com").is_err());
        assert!(check_link("file:///etc/passwd").is_err());
        assert!(check_link("https://evil example.com").is_err());
        assert!(check_link("https://").is_err());
        assert!(check_link("javascript:alert(1)").is_err());
    }

    #[test]
    fn recorder_keeps_links_and_refuses_others() {
        let rec = RecordingOpener::default();
        rec.open("tel:+448009178047").unwrap();
        assert!(rec.open("ftp://x").is_err());
        assert_eq!(*rec.opened.lock().unwrap(), vec!["tel:+448009178047"]);
    }
}
