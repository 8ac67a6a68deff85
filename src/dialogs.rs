//! Native Save and Open dialogs (rfd), shown off the UI thread so the window keeps
//! painting. A dialog's answer comes back through a channel that the app polls once
//! per frame; the worker asks for a repaint when it is done, so no frame is drawn
//! while a dialog is open.
//!
//! Backends: Windows and macOS use their own dialogs. On Linux rfd's `xdg-portal`
//! backend talks to the desktop portal through libdbus, loaded at run time (no async
//! runtime, no GTK at build time), and falls back to `zenity`. rfd answers "no file"
//! both for Cancel and for "nothing could be shown", so [`RfdDialogs`] first checks
//! that a portal with a file chooser or `zenity` is there ([`can_show`]); when neither
//! is, the answer is [`Picked::Unavailable`] and the app falls back (exports go to the
//! exports folder, with a message saying so).
//!
//! [`FakeDialogs`] answers without a window, for tests.

#[cfg(all(unix, not(target_os = "macos")))]
mod zenity;

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};

/// What a dialog gave back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Picked {
    /// The user chose this file.
    Chosen(PathBuf),
    /// The user closed the dialog without choosing.
    Cancelled,
    /// No dialog could be shown here (no portal, no zenity).
    Unavailable,
}

/// What a dialog shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Request {
    /// The dialog's title.
    pub title: String,
    /// The folder it starts in.
    pub folder: Option<PathBuf>,
    /// The file name it proposes (Save dialogs).
    pub name: Option<String>,
    /// The file types offered: a name and extensions without dots (none: any file).
    pub filter: Option<(String, Vec<String>)>,
}

/// The answer to a dialog, once it is closed.
pub(crate) type Pending = Receiver<Picked>;

/// Something that shows file dialogs: the system's ([`RfdDialogs`]) or a fake.
pub trait FileDialogs {
    /// Asks where to save a file. The system's dialog itself asks before replacing an
    /// existing file.
    fn save(&self, ctx: &egui::Context, request: Request) -> Pending;

    /// Asks for a file to open.
    fn open(&self, ctx: &egui::Context, request: Request) -> Pending;

    /// Closes every dialog still open (the window is going): their answers come back
    /// as [`Picked::Cancelled`]. A dialog the desktop shows for us (a portal) cannot
    /// be closed from here and stays until the user closes it.
    fn end_open(&self) {}
}

/// The system's dialogs, through rfd; on Linux without a desktop portal, `zenity`
/// started by the app itself, so that it can be ended with the window.
#[derive(Clone, Debug, Default)]
pub struct RfdDialogs {
    /// The `zenity` processes showing a dialog now.
    zenity: Arc<Mutex<Vec<Arc<Mutex<std::process::Child>>>>>,
}

impl RfdDialogs {
    fn dialog(request: &Request, shown_by: ShownBy) -> rfd::AsyncFileDialog {
        let mut dialog = rfd::AsyncFileDialog::new().set_title(&request.title);
        if let Some(folder) = &request.folder {
            dialog = dialog.set_directory(folder);
        }
        if let Some(name) = proposed_name(request, shown_by) {
            dialog = dialog.set_file_name(name);
        }
        if let Some((name, extensions)) = &request.filter {
            dialog = dialog.add_filter(name, extensions);
        }
        dialog
    }

    /// The dialog's answer, to await.
    fn answer(request: &Request, shown_by: ShownBy, save: bool) -> Answer {
        let dialog = RfdDialogs::dialog(request, shown_by);
        if save {
            Box::pin(dialog.save_file())
        } else {
            Box::pin(dialog.pick_file())
        }
    }
}

/// What a system dialog gives back, once closed.
type Answer = std::pin::Pin<Box<dyn Future<Output = Option<rfd::FileHandle>> + Send>>;

/// Who shows the dialog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ShownBy {
    /// The system's own dialog (Windows, macOS, a desktop portal).
    System,
    /// `zenity`, rfd's fallback on Linux: it is given no starting folder, only a file
    /// name, which it reads relative to the working directory.
    #[cfg_attr(any(windows, target_os = "macos"), allow(dead_code))]
    Zenity,
}

/// The name to propose: for zenity, the full path in the request's folder, so the
/// dialog starts there rather than in the working directory.
pub(crate) fn proposed_name(request: &Request, shown_by: ShownBy) -> Option<String> {
    let name = request.name.as_ref()?;
    match (&request.folder, shown_by) {
        (Some(folder), ShownBy::Zenity) => Some(folder.join(name).display().to_string()),
        _ => Some(name.clone()),
    }
}

/// Shows the dialog on a worker thread and sends what it gave back; the window keeps
/// painting. On macOS the dialog is made on this (the main) thread, as rfd advises.
fn show(dialogs: &RfdDialogs, ctx: &egui::Context, request: Request, save: bool) -> Pending {
    let (tx, rx) = channel();
    let ctx = ctx.clone();
    let made = made_on_main_thread(&request, save);
    let zenity = dialogs.zenity.clone();
    let spawned = std::thread::Builder::new()
        .name("file-dialog".to_string())
        .spawn(move || {
            let picked = match shown_by() {
                None => Picked::Unavailable,
                Some(ShownBy::Zenity) => show_zenity(&zenity, &request, save),
                Some(by) => {
                    let answer = made.unwrap_or_else(|| RfdDialogs::answer(&request, by, save));
                    match pollster::block_on(answer) {
                        Some(file) => Picked::Chosen(file.path().to_path_buf()),
                        None => Picked::Cancelled,
                    }
                }
            };
            let _ = tx.send(picked);
            ctx.request_repaint();
        });
    if spawned.is_err() {
        return answered(Picked::Unavailable);
    }
    rx
}

/// `zenity`, run by the app itself so it ends with the window (Linux and the BSDs).
#[cfg(all(unix, not(target_os = "macos")))]
fn show_zenity(open: &zenity::Open, request: &Request, save: bool) -> Picked {
    zenity::show(open, request, save)
}

/// Elsewhere nobody shows a dialog through zenity.
#[cfg(not(all(unix, not(target_os = "macos"))))]
fn show_zenity(
    _open: &Arc<Mutex<Vec<Arc<Mutex<std::process::Child>>>>>,
    _request: &Request,
    _save: bool,
) -> Picked {
    Picked::Unavailable
}

/// macOS: the dialog, made on the main thread (rfd's advice) to be awaited elsewhere.
#[cfg(target_os = "macos")]
fn made_on_main_thread(request: &Request, save: bool) -> Option<Answer> {
    Some(RfdDialogs::answer(request, ShownBy::System, save))
}

/// Elsewhere the worker makes the dialog, once it knows who shows it.
#[cfg(not(target_os = "macos"))]
fn made_on_main_thread(_request: &Request, _save: bool) -> Option<Answer> {
    None
}

impl FileDialogs for RfdDialogs {
    fn save(&self, ctx: &egui::Context, request: Request) -> Pending {
        show(self, ctx, request, true)
    }

    fn open(&self, ctx: &egui::Context, request: Request) -> Pending {
        show(self, ctx, request, false)
    }

    fn end_open(&self) {
        if let Ok(open) = self.zenity.lock() {
            for child in open.iter() {
                if let Ok(mut child) = child.lock() {
                    let _ = child.kill();
                }
            }
        }
    }
}

/// A channel that already holds `picked`.
fn answered(picked: Picked) -> Pending {
    let (tx, rx) = channel();
    let _ = tx.send(picked);
    rx
}

/// Whether a file dialog can be shown here. Windows and macOS always have one; on
/// Linux and the BSDs it takes a desktop portal with a file chooser, or `zenity` with
/// a display to show it on.
pub fn can_show() -> bool {
    shown_by().is_some()
}

/// Who would show a file dialog here (none: nobody can).
pub(crate) fn shown_by() -> Option<ShownBy> {
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        if portal_file_chooser() {
            Some(ShownBy::System)
        } else {
            zenity_usable().then_some(ShownBy::Zenity)
        }
    }
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    {
        Some(ShownBy::System)
    }
}

/// `zenity` is on the PATH and there is a display for it.
#[cfg(all(unix, not(target_os = "macos")))]
fn zenity_usable() -> bool {
    let display = ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|d| !d.is_empty()));
    let on_path = std::env::var_os("PATH").is_some_and(|path| {
        std::env::split_paths(&path).any(|dir| crate::fsutil::is_executable(&dir.join("zenity")))
    });
    display && on_path
}

/// The session bus has a desktop portal with a file chooser (reading its version
/// starts the portal if it is installed but not running).
#[cfg(all(unix, not(target_os = "macos")))]
fn portal_file_chooser() -> bool {
    // With no session bus, asking for one would start a private D-Bus daemon (and
    // portals) that outlive the app: then there is no portal.
    if !session_bus_present() {
        return false;
    }
    let Ok(bus) = zbus::blocking::Connection::session() else {
        return false;
    };
    let proxy = zbus::blocking::Proxy::new(
        &bus,
        "org.freedesktop.portal.Desktop",
        "/org/freedesktop/portal/desktop",
        "org.freedesktop.portal.FileChooser",
    );
    proxy.is_ok_and(|p| p.get_property::<u32>("version").is_ok())
}

/// A session bus is already running: its address is set, or its socket is where
/// systemd puts it.
#[cfg(all(unix, not(target_os = "macos")))]
fn session_bus_present() -> bool {
    std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|a| !a.is_empty())
        || std::env::var_os("XDG_RUNTIME_DIR")
            .is_some_and(|d| crate::fsutil::exists(&std::path::Path::new(&d).join("bus")))
}

/// Dialogs that answer at once with a set answer and remember what they were asked
/// (tests).
#[derive(Clone, Debug)]
pub struct FakeDialogs {
    /// The answer every dialog gives.
    pub answer: Arc<Mutex<Picked>>,
    /// Every dialog asked for, in order, as ("save" or "open", request).
    pub asked: Arc<Mutex<Vec<(&'static str, Request)>>>,
    /// Dialogs that stay open until ended ([`FakeDialogs::staying_open`]).
    open: Option<Arc<Mutex<Vec<std::sync::mpsc::Sender<Picked>>>>>,
}

impl FakeDialogs {
    /// Dialogs that all answer `answer`.
    pub fn answering(answer: Picked) -> FakeDialogs {
        FakeDialogs {
            answer: Arc::new(Mutex::new(answer)),
            asked: Arc::default(),
            open: None,
        }
    }

    /// Dialogs that stay open (no answer) until [`FileDialogs::end_open`].
    pub fn staying_open() -> FakeDialogs {
        FakeDialogs {
            open: Some(Arc::default()),
            ..FakeDialogs::answering(Picked::Cancelled)
        }
    }

    /// How many dialogs are open now.
    pub fn open_count(&self) -> usize {
        self.open
            .as_ref()
            .and_then(|o| o.lock().ok().map(|o| o.len()))
            .unwrap_or(0)
    }

    fn answer(&self, kind: &'static str, request: Request) -> Pending {
        if let Ok(mut asked) = self.asked.lock() {
            asked.push((kind, request));
        }
        if let Some(open) = &self.open {
            let (tx, rx) = channel();
            if let Ok(mut open) = open.lock() {
                open.push(tx);
            }
            return rx;
        }
        let picked = self
            .answer
            .lock()
            .map(|a| a.clone())
            .unwrap_or(Picked::Unavailable);
        answered(picked)
    }
}

impl FileDialogs for FakeDialogs {
    fn save(&self, _ctx: &egui::Context, request: Request) -> Pending {
        self.answer("save", request)
    }

    fn open(&self, _ctx: &egui::Context, request: Request) -> Pending {
        self.answer("open", request)
    }

    fn end_open(&self) {
        if let Some(open) = &self.open
            && let Ok(mut open) = open.lock()
        {
            for tx in open.drain(..) {
                let _ = tx.send(Picked::Cancelled);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fake_answers_and_remembers() {
        let fake = FakeDialogs::answering(Picked::Cancelled);
        let ctx = egui::Context::default();
        let request = Request {
            title: "Save".to_string(),
            ..Request::default()
        };
        assert_eq!(
            fake.save(&ctx, request.clone()).recv().unwrap(),
            Picked::Cancelled
        );
        *fake.answer.lock().unwrap() = Picked::Chosen(PathBuf::from("/tmp/a.csv"));
        assert_eq!(
            fake.open(&ctx, request.clone()).recv().unwrap(),
            Picked::Chosen(PathBuf::from("/tmp/a.csv"))
        );
        assert_eq!(
            *fake.asked.lock().unwrap(),
            vec![("save", request.clone()), ("open", request)]
        );
    }

    #[test]
    fn zenity_is_given_the_whole_path_so_it_starts_in_the_folder() {
        let request = Request {
            title: "Save as".to_string(),
            folder: Some(PathBuf::from("/data/exports")),
            name: Some("journal-2.csv".to_string()),
            filter: None,
        };
        assert_eq!(
            proposed_name(&request, ShownBy::Zenity).as_deref(),
            Some("/data/exports/journal-2.csv")
        );
        assert_eq!(
            proposed_name(&request, ShownBy::System).as_deref(),
            Some("journal-2.csv")
        );
        let no_name = Request {
            name: None,
            ..request
        };
        assert_eq!(proposed_name(&no_name, ShownBy::Zenity), None);
    }

    /// Where no dialog can be shown (no portal, no zenity: CI's bare Xvfb), the real
    /// dialogs say so rather than answering Cancel. Skipped where one can be shown.
    #[test]
    fn the_system_dialogs_say_unavailable_where_none_can_be_shown() {
        if can_show() {
            // A dialog can be shown here: a test does not open one.
            return;
        }
        let ctx = egui::Context::default();
        let pending = RfdDialogs::default().save(&ctx, Request::default());
        let picked = pending.recv_timeout(std::time::Duration::from_secs(60));
        assert_eq!(picked, Ok(Picked::Unavailable));
    }
}
