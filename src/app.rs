//! The eframe application: a thin shell over [`AppState`]. Each frame takes in the
//! writer's answers, draws the pages, applies the commands they gave, and hands the
//! effects to the executor ([`effects`]); what comes back reaches the state as one
//! [`Reply`].

#![allow(clippy::disallowed_methods)] // the edge: carries out file effects (issue 15)

use std::path::PathBuf;
use std::sync::Arc;

use jiff::Timestamp;

use crate::opener::Opener;
use crate::settings::ThemePref;
use crate::state::{AppState, Commands, Effect, Reply};
use crate::ui;
use measure::Probe;
use writer::Writer;

mod directory_updates;
mod effects;
mod file_dialogs;
mod files;
mod fonts;
pub mod measure;
mod run;
mod screenshot;
mod wakeups;
mod window_lock;
mod writer;

pub use run::{ReadShown, Shown, Unreadable, WindowError, WindowOptions, run_window};
pub use screenshot::{ScreenshotError, ScreenshotOutcome, save_png};

/// A clock (the real one, or a fixed one in tests).
pub type Clock = Box<dyn Fn() -> Timestamp>;

/// The Amex Desk window.
pub struct DeskApp {
    /// Everything the window shows.
    pub state: AppState,
    opener: Box<dyn Opener>,
    clock: Clock,
    screenshot: Option<screenshot::ScreenshotJob>,
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
    /// The settings and unsaved forms kept in files, and what was last sent.
    kept: files::Kept,
    /// Effects asked for before the first frame (opening a case at start-up).
    pending: Vec<Effect>,
    /// The window lock and the journal watcher.
    sharing: window_lock::Sharing,
    /// Desktop reminders (none shown until [`DeskApp::with_notifier`]).
    reminders: crate::reminders::runner::Reminders,
    /// Save and Open dialogs (none: exports go to the exports folder, as in tests).
    dialogs: Option<Box<dyn crate::dialogs::FileDialogs>>,
    /// Dialogs open and files being read off the UI thread.
    waiting: Vec<file_dialogs::Waiting>,
    /// Where applied directory updates are kept and the keys they are checked with.
    updates: directory_updates::Updates,
    /// System fonts for what egui's fonts lack, searched only when needed.
    fonts: fonts::Fonts,
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
            kept: Default::default(),
            pending: Vec::new(),
            sharing: Default::default(),
            reminders: Default::default(),
            dialogs: None,
            waiting: Vec::new(),
            updates: Default::default(),
            fonts: Default::default(),
        }
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
        crate::i18n::set_current(self.state.lang());
        if let Some(note) = self.fonts.frame(&ctx, self.state.lang()) {
            self.state.add_warning(note);
        }
        if let Some(probe) = &mut self.probe {
            probe.on_frame(&ctx);
        }
        self.apply_theme(&ctx);
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
        measure::mark_first_frame(self.frames, "first frame: laying out");
        ui::app_ui(ui, &self.state, &mut commands);
        measure::mark_first_frame(self.frames, "first frame: laid out");
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
        measure::mark_first_frame(self.frames, "first frame: laid out, painting");
    }

    /// Whether the system's fonts were searched (an English window never does).
    pub fn searched_system_fonts(&self) -> bool {
        self.fonts.searched()
    }

    /// Follows the theme setting when it changed.
    fn apply_theme(&mut self, ctx: &egui::Context) {
        if self.applied_theme != Some(self.state.theme) {
            ctx.set_theme(match self.state.theme {
                ThemePref::System => egui::ThemePreference::System,
                ThemePref::Light => egui::ThemePreference::Light,
                ThemePref::Dark => egui::ThemePreference::Dark,
            });
            self.applied_theme = Some(self.state.theme);
            crate::ui::style::house_text(ctx);
        }
    }
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
