//! The eframe application: owns the state, runs the UI, and carries out effects at the
//! edge (clipboard, links, screenshots, persistence).

#![allow(clippy::disallowed_methods)] // the edge: carries out file effects (issue 15)

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use jiff::Timestamp;

use crate::dialogs::FileDialogs;
use crate::directory::hours;
use crate::opener::Opener;
use crate::settings::{Settings, ThemePref};
use crate::state::{AppState, Commands, Effect, Reply, UnsavedForms};
use crate::ui;
use measure::Probe;
use writer::Writer;

mod directory_updates;
mod file_dialogs;
mod files;
pub mod measure;
mod run;
mod window_lock;
mod writer;

pub use run::{WindowOptions, run_window};

/// A clock (the real one, or a fixed one in tests).
pub type Clock = Box<dyn Fn() -> Timestamp>;

/// The result of a `--screenshot` run, filled in by the screenshot callback.
pub type ScreenshotOutcome = Arc<Mutex<Option<Result<(), String>>>>;

struct ScreenshotJob {
    path: PathBuf,
    requested: bool,
    outcome: ScreenshotOutcome,
}

/// The Amex Desk window.
pub struct DeskApp {
    /// Everything the window shows.
    pub state: AppState,
    opener: Box<dyn Opener>,
    clock: Clock,
    screenshot: Option<ScreenshotJob>,
    applied_theme: Option<ThemePref>,
    frames: u64,
    probe: Option<Probe>,
    /// The next moment a listed line opens or closes, for the results generation it was
    /// computed for (recomputed when the results change or the moment passes).
    next_hours_change: Option<(u64, Option<Timestamp>)>,
    /// The journal file, owned by the writer thread (none: the journal lives in memory
    /// only, as in some tests).
    journal_path: Option<PathBuf>,
    /// The thread that reads and writes the window's files.
    writer: Writer,
    /// The window's context, once the first frame ran (the writer wakes it).
    wake: Arc<std::sync::OnceLock<egui::Context>>,
    /// Where exports are written.
    exports_dir: Option<PathBuf>,
    /// The window title last sent (it carries the overdue count).
    title: String,
    /// Whether the settings are kept in a file (not in most tests).
    keeps_settings: bool,
    /// The settings last sent to the writer (a failed save is not retried until they
    /// change).
    settings_sent: Option<Settings>,
    /// Whether forms with unsaved changes are kept across a close.
    keeps_forms: bool,
    /// The forms last sent to the writer.
    forms_sent: Option<UnsavedForms>,
    /// When they were sent (typing reaches the file every few seconds).
    forms_sent_at: Option<Timestamp>,
    /// Effects asked for before the first frame (opening a case at start-up).
    pending: Vec<Effect>,
    /// The data folder's window lock (none: not taken, as in most tests).
    window_lock: Option<Arc<crate::sharing::WindowLock>>,
    /// Watches the journal file for changes made elsewhere while the window is open.
    watcher: Option<crate::sharing::Watcher>,
    /// Desktop reminders (none shown until [`DeskApp::with_notifier`]).
    reminders: crate::reminders::runner::Reminders,
    /// Save and Open dialogs (none: exports go to the exports folder, as in tests).
    dialogs: Option<Box<dyn FileDialogs>>,
    /// Dialogs open and files being read off the UI thread.
    waiting: Vec<file_dialogs::Waiting>,
    /// The data folder that keeps applied directory updates (none: not kept).
    updates_dir: Option<PathBuf>,
    /// The keys a directory update may be signed with.
    update_keys: Vec<crate::directory::signed::TrustedKey>,
}

impl DeskApp {
    /// A window over `state`, opening links with `opener` and reading time from `clock`.
    pub fn new(state: AppState, opener: Box<dyn Opener>, clock: Clock) -> DeskApp {
        let wake: Arc<std::sync::OnceLock<egui::Context>> = Arc::default();
        let writer = files::spawn_writer(&wake, None);
        DeskApp {
            state,
            opener,
            clock,
            screenshot: None,
            applied_theme: None,
            frames: 0,
            probe: None,
            next_hours_change: None,
            journal_path: None,
            writer,
            wake,
            exports_dir: None,
            // The title the viewport was built with: no title command until it changes.
            title: "Amex Desk".to_string(),
            keeps_settings: false,
            settings_sent: None,
            keeps_forms: false,
            forms_sent: None,
            forms_sent_at: None,
            pending: Vec::new(),
            window_lock: None,
            watcher: None,
            reminders: Default::default(),
            dialogs: None,
            waiting: Vec::new(),
            updates_dir: None,
            update_keys: crate::directory::signed::app_keys(),
        }
    }

    /// Hands a reply from the edge to the state and carries out what follows.
    fn answer(&mut self, ctx: &egui::Context, reply: Reply) {
        // Forms are kept only once those kept last time are back in the window (else
        // the first frame's empty forms would overwrite them).
        if let Reply::FormsKept(forms) = &reply {
            self.keeps_forms = true;
            self.forms_sent = Some(forms.clone());
        }
        for effect in self.state.reply(reply) {
            self.run_effect(ctx, effect);
        }
    }

    /// Shows desktop reminders with `notifier` (see [`crate::reminders`]).
    pub fn with_notifier(mut self, notifier: Box<dyn crate::notify::Notifier>) -> DeskApp {
        self.reminders.set_notifier(notifier);
        self
    }

    /// Notifies what fell due (at start, then at most once a minute, when the date or
    /// the journal changed) and asks for the one wake-up it needs, never within a minute.
    fn remind(&mut self, ctx: &egui::Context) {
        let state = &self.state;
        let step = self.reminders.step(
            &state.journal.data,
            state.frame.fingerprint,
            state.catalogs.disputes,
            state.now,
            &state.local_tz,
            state.reminders,
        );
        if let Some(note) = step.report {
            log::warn!("{note}");
            self.answer(ctx, Reply::Problem(note));
        }
        if let Some(wait) = step.wake_after {
            ctx.request_repaint_after(wait);
        }
    }

    /// The window is closing (close button, Ctrl+Q, the system): settings and forms
    /// with unsaved changes are written now, and every write asked for is finished.
    pub fn closing(&mut self) {
        if self.end_dialogs() {
            log::warn!("{}", self.state.warning.as_deref().unwrap_or_default());
        }
        self.save_settings();
        let ctx = egui::Context::default();
        self.keep_unsaved_forms(&ctx, true);
        self.wait_for_writes();
    }

    /// Turns on the measurement switches (see [`measure`]).
    pub fn with_probe(mut self, probe: Probe) -> DeskApp {
        self.probe = Some(probe);
        self
    }

    /// Takes a screenshot after the first frames, writes it to `path`, then closes.
    pub fn with_screenshot(mut self, path: PathBuf, outcome: ScreenshotOutcome) -> DeskApp {
        self.screenshot = Some(ScreenshotJob {
            path,
            requested: false,
            outcome,
        });
        self
    }

    /// Draws one frame and carries out what the user asked for.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        self.frames += 1;
        let ctx = ui.ctx().clone();
        if self.wake.get().is_none() {
            let _ = self.wake.set(ctx.clone());
        }
        for reply in self.writer.answers() {
            self.answer(&ctx, reply);
        }
        let now = (self.clock)();
        if let Some(probe) = &mut self.probe {
            probe.on_frame(&ctx);
        }
        if self.applied_theme != Some(self.state.theme) {
            ctx.set_theme(match self.state.theme {
                ThemePref::System => egui::ThemePreference::System,
                ThemePref::Light => egui::ThemePreference::Light,
                ThemePref::Dark => egui::ThemePreference::Dark,
            });
            self.applied_theme = Some(self.state.theme);
        }
        self.refresh_journal(&ctx);
        self.answer(&ctx, Reply::Frame(now));
        self.update_title(&ctx);
        self.remind(&ctx);
        for effect in std::mem::take(&mut self.pending) {
            self.run_effect(&ctx, effect);
        }
        self.poll_dialogs(&ctx);
        self.take_dropped_files(&ctx);
        // Closing with a file dialog open: close the dialog, keep the export, say where,
        // and stay open this once so the user sees it.
        if ctx.input(|i| i.viewport().close_requested()) && self.end_dialogs() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        }
        let mut commands = Commands::default();
        ui::app_ui(ui, &self.state, &mut commands);
        if let Some(probe) = &self.probe {
            let journal = &self.state.journal;
            probe.after_frame(journal.data.entries.len(), journal.writable());
        }
        for command in commands.into_vec() {
            for effect in self.state.apply(command) {
                self.run_effect(&ctx, effect);
            }
        }
        // Not while a button is held (a divider being dragged changes the settings
        // every frame): saved on release.
        if !ctx.input(|i| i.pointer.any_down()) {
            self.save_settings();
        }
        self.keep_unsaved_forms(&ctx, false);
        self.schedule_repaint(&ctx);
        self.screenshot_step(&ctx);
    }

    fn run_effect(&mut self, ctx: &egui::Context, effect: Effect) {
        match effect {
            Effect::CopyText(text) => ctx.copy_text(text),
            Effect::Open(link) => {
                if let Err(e) = self.opener.open(&link) {
                    log::warn!("{e}");
                    self.answer(ctx, Reply::Problem(crate::message::link_failed(&link)));
                }
            }
            Effect::Dial { tel, number } => {
                if let Err(e) = self.opener.open(&tel) {
                    log::warn!("{e}");
                    self.answer(ctx, Reply::DialFailed { number });
                }
            }
            Effect::OpenExport(path) => {
                if let Err(e) = self.opener.open_export(&path) {
                    log::warn!("{e}");
                    let message = crate::message::export_failed(&path, path.is_file());
                    self.answer(ctx, Reply::Problem(message));
                }
            }
            Effect::ShowInFolder(path) => {
                if let Err(e) = self.opener.show_in_folder(&path) {
                    log::warn!("{e}");
                    self.answer(
                        ctx,
                        Reply::Problem(format!("Could not show the folder: {e}")),
                    );
                }
            }
            Effect::WriteExport { name, bytes, from } => self.export(ctx, name, bytes, from),
            Effect::ChooseFile(choice) => self.choose(ctx, choice),
            file_effect => {
                if let Some(reply) = self.file_effect(file_effect) {
                    self.answer(ctx, reply);
                }
            }
        }
        ctx.request_repaint();
    }

    /// "Amex Desk (2 overdue)" when follow-ups are overdue.
    fn update_title(&mut self, ctx: &egui::Context) {
        let title = match self.state.frame.overdue {
            0 => "Amex Desk".to_string(),
            n => format!("Amex Desk ({n} overdue)"),
        };
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// The window title last set.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// Repaints only when something on screen will change: the toast expiring, a
    /// listed contact opening or closing, or a running call's clock. No continuous
    /// repaint.
    fn schedule_repaint(&mut self, ctx: &egui::Context) {
        let now = self.state.now;
        let generation = self.state.numbers.results_generation;
        let stale = match self.next_hours_change {
            Some((g, next)) => g != generation || next.is_some_and(|t| t <= now),
            None => true,
        };
        if stale {
            let states: Vec<_> = self
                .state
                .numbers
                .results
                .hits
                .iter()
                .map(|i| &self.state.directory.contacts[*i])
                .filter(|c| matches!(c.availability, hours::Availability::Weekly(_)))
                .map(|c| c.availability.state_at(now))
                .collect();
            self.next_hours_change = Some((generation, hours::next_change(&states)));
        }
        let hours_change = self.next_hours_change.and_then(|(_, next)| next);
        let toast = self.state.active_toast().map(|t| t.until);
        // A running call's clock moves once a second; no call, no tick.
        let call_tick = self.state.journal.timer.as_ref().map(|t| t.next_tick(now));
        let next = [toast, hours_change, call_tick].into_iter().flatten().min();
        if let Some(at) = next
            && let Ok(wait) = std::time::Duration::try_from(at.duration_since(now))
        {
            ctx.request_repaint_after(wait + std::time::Duration::from_millis(50));
        }
    }

    fn screenshot_step(&mut self, ctx: &egui::Context) {
        let Some(job) = &mut self.screenshot else {
            return;
        };
        let done = job.outcome.lock().map(|o| o.is_some()).unwrap_or(true);
        if done {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return;
        }
        // Let layout settle for a few frames before capturing.
        if !job.requested && self.frames >= 4 {
            job.requested = true;
            let path = job.path.clone();
            let outcome = job.outcome.clone();
            let repaint = ctx.clone();
            ctx.request_screenshot(move |image| {
                let result = save_png(&path, &image);
                if let Ok(mut slot) = outcome.lock() {
                    *slot = Some(result);
                }
                repaint.request_repaint();
            });
        }
        ctx.request_repaint();
    }
}

/// Writes an egui image as PNG, private to the user (0600 on Unix) as every file the
/// app writes; an existing file keeps its permissions.
pub fn save_png(path: &std::path::Path, image: &egui::ColorImage) -> Result<(), String> {
    let [w, h] = image.size;
    let bytes: Vec<u8> = image.pixels.iter().flat_map(|c| c.to_array()).collect();
    let buffer = image::RgbaImage::from_raw(w as u32, h as u32, bytes)
        .ok_or_else(|| "screenshot has the wrong size".to_string())?;
    let mut png = std::io::Cursor::new(Vec::new());
    buffer
        .write_to(&mut png, image::ImageFormat::Png)
        .map_err(|e| format!("cannot encode the screenshot: {e}"))?;
    crate::fsutil::write_new(path, png.get_ref())
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

impl eframe::App for DeskApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.closing();
        self.stop_watching();
    }
}
