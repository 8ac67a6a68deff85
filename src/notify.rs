//! Desktop notifications at the edge: the [`Notifier`] trait, the system one
//! ([`DesktopNotifier`]) and a recorder for tests ([`RecordingNotifier`]).
//!
//! Backends: `notify-rust` on Linux and the BSDs (the freedesktop notification service
//! over D-Bus, through the same `zbus` the accessibility bridge already links) and on
//! Windows (toast notifications); `osascript -e 'display notification …'` on macOS,
//! because `notify-rust`'s macOS backend compiles Objective-C, which the Mac type
//! checks without an Apple SDK cannot build. A notification is shown on a short-lived
//! thread, so a slow or missing notification service never holds up a frame; the first
//! failure (no session bus under Xvfb or CI, no notification daemon) is printed once
//! and kept: every later call returns it at once, without trying again.

use std::sync::{Arc, Mutex};

/// Why a notification was not shown (kept: later calls return it without trying).
#[derive(Clone, Debug, thiserror::Error)]
pub enum NotifyError {
    /// The thread that shows it could not start.
    #[error("cannot start the notification thread: {0}")]
    Thread(String),
    /// No notification service answered (no session bus under Xvfb or CI).
    #[error("no desktop notification service: {0}")]
    NoService(String),
    /// macOS: `osascript` could not run.
    #[error("cannot run osascript: {0}")]
    Osascript(String),
    /// macOS: `osascript` ran and failed.
    #[error("osascript failed ({0})")]
    OsascriptFailed(String),
}

/// Something that shows desktop notifications (the system, or a recorder in tests).
pub trait Notifier {
    /// Shows one notification; an error says why it could not be (or was not last time).
    fn notify(&mut self, title: &str, body: &str) -> Result<(), NotifyError>;
}

/// The operating system's notifications.
#[derive(Default)]
pub(crate) struct DesktopNotifier {
    /// The first failure, set by a notification thread; no more tries once set.
    failure: Arc<Mutex<Option<NotifyError>>>,
}

impl Notifier for DesktopNotifier {
    fn notify(&mut self, title: &str, body: &str) -> Result<(), NotifyError> {
        if let Some(e) = self.failure.lock().ok().and_then(|f| f.clone()) {
            return Err(e);
        }
        let failure = self.failure.clone();
        let (title, body) = (title.to_string(), body.to_string());
        std::thread::Builder::new()
            .name("amex-desk-notify".to_string())
            .spawn(move || {
                if let Err(e) = show(&title, &body) {
                    log::warn!("desktop notification not shown: {e}");
                    if let Ok(mut slot) = failure.lock() {
                        *slot = Some(e);
                    }
                }
            })
            .map(|_| ())
            .map_err(|e| NotifyError::Thread(e.to_string()))
    }
}

/// Shows a notification through `notify-rust` (D-Bus on Linux, toasts on Windows).
#[cfg(not(target_os = "macos"))]
fn show(title: &str, body: &str) -> Result<(), NotifyError> {
    notify_rust::Notification::new()
        .appname("Amex Desk")
        .summary(title)
        .body(&markup_escaped(body))
        .show()
        .map(|_| ())
        .map_err(|e| NotifyError::NoService(e.to_string()))
}

/// Shows a notification with `osascript` (macOS's Notification Centre).
#[cfg(target_os = "macos")]
fn show(title: &str, body: &str) -> Result<(), NotifyError> {
    let script = format!(
        "display notification {} with title {}",
        applescript_string(body),
        applescript_string(title)
    );
    let status = std::process::Command::new("osascript")
        .args(["-e", &script])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .map_err(|e| NotifyError::Osascript(e.to_string()))?;
    if status.success() {
        Ok(())
    } else {
        Err(NotifyError::OsascriptFailed(status.to_string()))
    }
}

/// `text` as an AppleScript string literal.
#[cfg_attr(not(target_os = "macos"), allow(dead_code))]
fn applescript_string(text: &str) -> String {
    let escaped = text.replace('\\', "\\\\").replace('"', "\\\"");
    format!("\"{escaped}\"")
}

/// The body with the characters freedesktop servers read as markup escaped (some
/// servers show nothing for a body that is not valid markup). Windows shows it as is.
#[cfg_attr(target_os = "macos", allow(dead_code))]
fn markup_escaped(body: &str) -> String {
    if cfg!(windows) {
        return body.to_string();
    }
    body.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Records notifications instead of showing them (tests). Clones share the record.
#[derive(Clone, Default)]
pub struct RecordingNotifier {
    /// Every (title, body) asked for, in order.
    pub sent: Arc<Mutex<Vec<(String, String)>>>,
}

impl RecordingNotifier {
    /// What was sent so far.
    pub fn sent(&self) -> Vec<(String, String)> {
        self.sent.lock().map(|s| s.clone()).unwrap_or_default()
    }
}

impl Notifier for RecordingNotifier {
    fn notify(&mut self, title: &str, body: &str) -> Result<(), NotifyError> {
        if let Ok(mut sent) = self.sent.lock() {
            sent.push((title.to_string(), body.to_string()));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_escaped_for_each_backend() {
        assert_eq!(
            applescript_string(r#"say "hi" \ bye"#),
            r#""say \"hi\" \\ bye""#
        );
        if !cfg!(windows) {
            assert_eq!(markup_escaped("A & B <i>"), "A &amp; B &lt;i&gt;");
        }
    }

    #[test]
    fn the_recorder_keeps_what_was_sent() {
        let recorder = RecordingNotifier::default();
        let mut boxed: Box<dyn Notifier> = Box::new(recorder.clone());
        boxed.notify("Amex Desk", "hello").unwrap();
        assert_eq!(recorder.sent(), vec![("Amex Desk".into(), "hello".into())]);
    }
}
