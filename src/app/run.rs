//! Opening the window: the options the command line gathers, the icon, and the
//! eframe start-up that builds the [`DeskApp`].

use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

use jiff::Timestamp;
use jiff::tz::TimeZone;

use super::DeskApp;
use super::measure::{Probe, Switches};
use super::screenshot::{ScreenshotError, ScreenshotOutcome};
use crate::directory::Directory;
use crate::opener::SystemOpener;
use crate::state::{AppCommand, AppState};

/// The directories the window shows, read by [`WindowOptions::read`].
pub struct Shown {
    /// The directory to show.
    pub directory: Directory,
    /// The directory in use, when the one shown is a file nobody signed (Verify uses it).
    pub trusted: Option<Directory>,
    /// A warning to show at the top (e.g. a rejected --directory file).
    pub warning: Option<String>,
}

/// The directories to show could not be read: what the command line prints (the file
/// and the problem).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Unreadable(pub String);

/// Reads the directories to show.
pub type ReadShown = Box<dyn FnOnce() -> Result<Shown, Unreadable> + Send>;

/// What the window needs to start.
pub struct WindowOptions {
    /// Reads the directories to show: run on a thread of its own while the window is
    /// being created, with the catalogs and the time zones (see [`run_window`]).
    pub read: ReadShown,
    /// Where settings are persisted.
    pub data_dir: PathBuf,
    /// Take a screenshot to this path and exit.
    pub screenshot: Option<PathBuf>,
    /// The window's inner size in logical pixels (default 1180x720).
    pub size: Option<[f32; 2]>,
    /// The page to open on.
    pub page: crate::state::View,
    /// A dispute case to open.
    pub open_case: Option<uuid::Uuid>,
    /// Text to put in the Verify box.
    pub paste: Option<String>,
    /// `--lang`: the language for this run, over the one chosen in the window.
    pub language: Option<crate::i18n::Lang>,
}

/// The window icon, from assets/.
fn icon() -> Option<egui::IconData> {
    let image = image::load_from_memory(include_bytes!("../../assets/icon.png")).ok()?;
    let rgba = image.to_rgba8();
    let (width, height) = rgba.dimensions();
    Some(egui::IconData {
        rgba: rgba.into_raw(),
        width,
        height,
    })
}

/// Why the window did not run to the end.
#[derive(Debug, thiserror::Error)]
pub enum WindowError {
    /// A built-in catalog is broken (checked before the first frame).
    #[error(transparent)]
    Catalog(#[from] crate::catalogs::CatalogError),
    /// The directory could not be read (the message names the file and the problem).
    #[error(transparent)]
    Directory(Unreadable),
    /// The start-up reading stopped unexpectedly (a bug: it panicked).
    #[error("the window's start-up reading stopped unexpectedly")]
    Reading,
    /// The system gave no window (no display, no OpenGL).
    #[error("cannot open the window: {0}")]
    Open(#[from] eframe::Error),
    /// `--screenshot` was asked for and not written.
    #[error(transparent)]
    Screenshot(#[from] ScreenshotError),
}

/// Why the start-up thread read nothing (what [`WindowError`] says of it).
enum Unread {
    Catalog(crate::catalogs::CatalogError),
    Directory(Unreadable),
}

impl From<Unread> for WindowError {
    fn from(unread: Unread) -> WindowError {
        match unread {
            Unread::Catalog(e) => WindowError::Catalog(e),
            Unread::Directory(unreadable) => WindowError::Directory(unreadable),
        }
    }
}

/// What the start-up thread read.
struct Read {
    shown: Shown,
    catalogs: crate::catalogs::Catalogs,
    local: TimeZone,
}

/// Reads the directories, the catalogs and the local time zone on a thread of its own,
/// speaking `lang` (a warning it writes is in the window's language). Creating the
/// window (the display, the graphics driver) takes most of a start, on the main thread:
/// this reading (about 4 ms here, with the system's list of time zones that the
/// directory's opening hours need) happens meanwhile, not before it.
fn read_in_background(
    read: ReadShown,
    lang: crate::i18n::Lang,
) -> std::thread::JoinHandle<Result<Read, Unread>> {
    std::thread::spawn(move || {
        crate::i18n::set_current(lang);
        let shown = read().map_err(Unread::Directory)?;
        // Every catalog is read and checked before the first frame: a broken one stops
        // the start with its name, not later on the page that needs it.
        let catalogs = crate::catalogs::Catalogs::load().map_err(Unread::Catalog)?;
        let local = TimeZone::try_system().unwrap_or(TimeZone::UTC);
        super::measure::mark("directory, catalogs and time zone read (beside the window)");
        Ok(Read {
            shown,
            catalogs,
            local,
        })
    })
}

/// Opens the window and blocks until it closes.
pub fn run_window(options: WindowOptions) -> Result<(), WindowError> {
    let reading = read_in_background(options.read, crate::i18n::current());
    for note in crate::paths::secure_data_dir(&options.data_dir) {
        log::warn!("{note}");
    }
    if let Err(e) = crate::fsutil::create_private_dir_all(&options.data_dir) {
        log::warn!(
            "cannot create the data folder {}: {e}; settings will not be saved",
            options.data_dir.display()
        );
    }
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Amex Desk")
        .with_app_id("amex-desk")
        .with_inner_size(options.size.unwrap_or([1180.0, 720.0]))
        .with_min_inner_size([800.0, 480.0]);
    if let Some(icon) = icon() {
        viewport = viewport.with_icon(icon);
    }
    let native = eframe::NativeOptions {
        viewport,
        renderer: eframe::Renderer::Glow,
        // The window installs its own on-demand system-font search (src/app/fonts.rs).
        system_font_fallback: false,
        ..Default::default()
    };
    let outcome: ScreenshotOutcome = Arc::new(Mutex::new(None));
    let screenshot_outcome = outcome.clone();
    // Why the window closed before its first frame, if it did.
    let failed: Rc<RefCell<Option<WindowError>>> = Rc::new(RefCell::new(None));
    let failed_in_window = failed.clone();
    let WindowOptions {
        read: _,
        screenshot,
        data_dir,
        size: _,
        page,
        open_case,
        paste,
        language,
    } = options;
    let wants_screenshot = screenshot.is_some();
    super::measure::mark("creating the window");
    eframe::run_native(
        "amex-desk",
        native,
        Box::new(move |cc| {
            super::measure::mark("window created");
            // Before the first pass, so its glyphs are rasterized once, not again when
            // the first frame applies the style.
            crate::ui::style::house_text(&cc.egui_ctx);
            let read = reading
                .join()
                .map_err(|_| WindowError::Reading)
                .and_then(|read| read.map_err(WindowError::from))
                .map_err(|e| {
                    let message = e.to_string();
                    *failed_in_window.borrow_mut() = Some(e);
                    message
                })?;
            let Read {
                shown,
                catalogs,
                local,
            } = read;
            let (settings_file, settings, note) =
                crate::settings::file::load(&data_dir, &shown.directory);
            if let Some(note) = &note {
                log::warn!("{note}");
            }
            let state = AppState::new(shown.directory, catalogs, settings, Timestamp::now(), local);
            let state = state
                .starting_with(join_notes(shown.warning, note), shown.trusted)
                .speaking(crate::i18n::system_language(), language);
            let mut app = DeskApp::new(state, Box::new(SystemOpener), Box::new(Timestamp::now))
                .with_window_lock(&data_dir)
                .with_journal(&data_dir)
                .with_directory_updates(&data_dir)
                .with_settings_file(settings_file)
                .with_notifier(Box::new(crate::notify::DesktopNotifier::default()))
                .with_dialogs(Box::new(crate::dialogs::RfdDialogs::default()))
                .watch_journal(&cc.egui_ctx);
            if let Some(path) = screenshot {
                app = app.with_screenshot(path, screenshot_outcome);
            }
            app.state.apply(AppCommand::ShowView(page));
            if let Some(text) = paste {
                app.state.apply(AppCommand::SetVerifyInput(text));
            }
            if let Some(id) = open_case {
                let effects = app.state.open_case(id);
                app.pending.extend(effects);
            }
            let switches = Switches::from_env();
            if switches.active() {
                app = app.with_probe(Probe::new(switches));
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| match failed.borrow_mut().take() {
        Some(reason) => reason,
        None => e.into(),
    })?;
    match outcome.lock().map(|o| o.clone()) {
        Ok(Some(Err(e))) => Err(e.into()),
        Ok(None) if wants_screenshot => Err(ScreenshotError::NotTaken.into()),
        _ => Ok(()),
    }
}

/// Two optional notes as one (one per line).
fn join_notes(first: Option<String>, second: Option<String>) -> Option<String> {
    match (first, second) {
        (Some(a), Some(b)) => Some(format!("{a}\n{b}")),
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn the_background_reading_brings_the_directory_catalogs_and_zone() {
        let read: ReadShown = Box::new(|| {
            Ok(Shown {
                directory: Directory::builtin().map_err(|e| Unreadable(e.to_string()))?,
                trusted: None,
                warning: Some(crate::t!("cli-directory-errors")),
            })
        });
        let Ok(Ok(read)) = read_in_background(read, Lang::Es).join() else {
            panic!("the reading failed");
        };
        assert!(!read.shown.directory.contacts.is_empty());
        // The thread speaks the window's language, not English by default.
        let warning = read.shown.warning.unwrap_or_default();
        let spanish = crate::i18n::in_language(Lang::Es, || crate::t!("cli-directory-errors"));
        assert_eq!(warning, spanish);
    }

    #[test]
    fn a_directory_that_cannot_be_read_is_the_window_error_with_its_message() {
        let read: ReadShown = Box::new(|| {
            Err(Unreadable(
                "/data/directory.ron: line 3: unknown field".to_string(),
            ))
        });
        let Ok(Err(unread)) = read_in_background(read, Lang::En).join() else {
            panic!("the reading should fail");
        };
        let error = WindowError::from(unread);
        assert!(matches!(error, WindowError::Directory(_)));
        assert_eq!(
            error.to_string(),
            "/data/directory.ron: line 3: unknown field"
        );
    }
}
