//! The eframe application: owns the state, runs the UI, and carries out effects at the
//! edge (clipboard, links, screenshots, persistence).

#![allow(clippy::disallowed_methods)] // the edge: carries out file effects (issue 15)

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::dialogs::FileDialogs;
use crate::directory::{Directory, hours};
use crate::journal::{Journal, JournalFile};
use crate::opener::{Opener, SystemOpener};
use crate::settings::file::SettingsFile;
use crate::settings::{Settings, ThemePref};
use crate::state::{AppCommand, AppState, Commands, Effect, JournalState, Reply, UnsavedForms};
use crate::ui;
use measure::{Probe, Switches};
use writer::{Job, Writer};

mod directory_updates;
mod file_dialogs;
pub mod measure;
mod writer;
mod writers;

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

/// Opens the journal in `data_dir` for the window: the file adapter and the state to
/// show (an unreadable file gives an empty, read-only journal and the reason).
pub fn open_journal(data_dir: &std::path::Path) -> (JournalFile, JournalState) {
    let (file, result) = JournalFile::open(data_dir);
    let path = file.path().to_path_buf();
    let state = match result {
        Ok(journal) => JournalState::new(journal, path, None),
        Err(e) => {
            log::warn!("the journal is read-only: {e}");
            JournalState::new(Journal::default(), path, Some(e.to_string()))
        }
    };
    (file, state)
}

/// How long the writer thread pauses before every job, from `AMEX_DESK_WRITE_DELAY_MS`
/// (debug builds only: a slow disk, to see that frames go on meanwhile).
fn write_delay() -> Option<writer::Pause> {
    if !cfg!(debug_assertions) {
        return None;
    }
    let ms: u64 = std::env::var("AMEX_DESK_WRITE_DELAY_MS")
        .ok()?
        .parse()
        .ok()?;
    Some(writer::Pause::Sleep(std::time::Duration::from_millis(ms)))
}

/// Starts a writer thread that wakes the window behind `wake` when it answers.
fn spawn_writer(
    wake: &Arc<std::sync::OnceLock<egui::Context>>,
    pause: Option<writer::Pause>,
) -> Writer {
    let woken = wake.clone();
    Writer::spawn(
        Arc::new(move || {
            if let Some(ctx) = woken.get() {
                ctx.request_repaint();
            }
        }),
        pause,
    )
}

impl DeskApp {
    /// A window over `state`, opening links with `opener` and reading time from `clock`.
    pub fn new(state: AppState, opener: Box<dyn Opener>, clock: Clock) -> DeskApp {
        let wake: Arc<std::sync::OnceLock<egui::Context>> = Arc::default();
        let writer = spawn_writer(&wake, write_delay());
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

    /// Keeps the settings in `file`: saved whenever they change and on exit.
    pub fn with_settings_file(mut self, file: SettingsFile) -> DeskApp {
        self.writer.send(Job::AdoptSettings(Box::new(file)));
        self.keeps_settings = true;
        self
    }

    /// Sends the settings to the writer if they changed since last sent. A file that
    /// could not be read at start is left alone (the window said so then); any other
    /// failure is reported once and not retried until the settings change again.
    pub fn save_settings(&mut self) {
        if !self.keeps_settings || self.other_window_open() {
            return;
        }
        let settings = self.state.settings();
        if self.settings_sent.as_ref() == Some(&settings) {
            return;
        }
        self.writer.send(Job::SaveSettings(settings.clone()));
        self.settings_sent = Some(settings);
    }

    /// Keeps the journal in `data_dir`: the writer thread loads it (the window shows
    /// first) and saves every change.
    pub fn with_journal(mut self, data_dir: &std::path::Path) -> DeskApp {
        if self.other_window_open() {
            self.answer(&egui::Context::default(), Reply::OtherWindowOpen);
        }
        self.writer.send(Job::OpenJournal(data_dir.to_path_buf()));
        self.journal_path = Some(data_dir.join(crate::journal::file::JOURNAL_FILE));
        self.exports_dir = Some(crate::paths::exports_dir(data_dir));
        // A read-only window leaves the kept forms to the window that edits.
        if !self.other_window_open() {
            self.open_unsaved_forms(data_dir);
        }
        if let Some(note) = self.reminders.open_file(data_dir) {
            self.answer(&egui::Context::default(), Reply::Problem(note));
        }
        self
    }

    /// A slow disk, for tests (call first): the writer thread does each job only after
    /// a token arrives on the returned channel (dropping it ends the pauses).
    pub fn with_write_gate(mut self) -> (DeskApp, std::sync::mpsc::Sender<()>) {
        let (tokens, gate) = std::sync::mpsc::channel();
        self.writer = spawn_writer(&self.wake, Some(writer::Pause::Gate(gate)));
        (self, tokens)
    }

    /// Waits until the writer thread has done everything asked of it and takes in its
    /// answers (closing; tests that read the files the window wrote).
    pub fn wait_for_writes(&mut self) {
        let ctx = self.wake.get().cloned().unwrap_or_default();
        for reply in self.writer.wait() {
            self.answer(&ctx, reply);
        }
    }

    /// Is the writer thread still busy with something the window asked?
    pub fn writing(&self) -> bool {
        self.writer.busy()
    }

    /// How many jobs the writer thread has not answered yet (tests with a write gate:
    /// one token each lets them all through).
    pub fn writes_pending(&self) -> u64 {
        self.writer.pending()
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

    /// Keeps forms with unsaved changes in the data folder: every few seconds while
    /// typing, and always when `closing`.
    pub fn keep_unsaved_forms(&mut self, ctx: &egui::Context, closing: bool) {
        if !self.keeps_forms {
            return;
        }
        let forms = self.state.unsaved_forms();
        if self.forms_sent.as_ref() == Some(&forms) {
            return;
        }
        let now = self.state.now;
        let since = self.forms_sent_at.map(|t| now.duration_since(t).as_secs());
        if let Some(since) = since
            && !closing
            && since < crate::unsaved_file::KEEP_EVERY_SECONDS
        {
            let wait = (crate::unsaved_file::KEEP_EVERY_SECONDS - since).unsigned_abs();
            ctx.request_repaint_after(std::time::Duration::from_secs(wait));
            return;
        }
        self.writer.send(Job::KeepForms(forms.clone()));
        self.forms_sent = Some(forms);
        self.forms_sent_at = Some(now);
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

    /// The effects that read or write files: sent to the writer thread (its answer
    /// comes back on a later frame), or answered at once when there is nothing to do.
    fn file_effect(&mut self, effect: Effect) -> Option<Reply> {
        let journal_kept = self.journal_path.is_some();
        match effect {
            Effect::SaveJournal if self.other_window_open() => {
                return Some(Reply::JournalSaved {
                    result: Err(crate::state::OTHER_WINDOW.to_string()),
                    overtaken: false,
                    read_only: false,
                });
            }
            Effect::SaveJournal if journal_kept => {
                let journal = self.state.journal.data.clone();
                self.writer.send(Job::SaveJournal { journal, seen: 0 });
            }
            Effect::ImportJournal(path) => self.writer.send(Job::Import(path)),
            Effect::ListBackups if journal_kept => self.writer.send(Job::ListBackups),
            Effect::ListBackups => return Some(Reply::BackupsListed(Ok(Vec::new()))),
            Effect::RestoreBackup(name) if self.other_window_open() => {
                return Some(Reply::Restored {
                    name,
                    result: Err(crate::state::OTHER_WINDOW.to_string()),
                });
            }
            Effect::RestoreBackup(name) if journal_kept => self.writer.send(Job::Restore(name)),
            Effect::RestoreBackup(name) => {
                return Some(Reply::Restored {
                    name,
                    result: Err("this window keeps no journal file".to_string()),
                });
            }
            Effect::ApplyUpdate(bytes) => return Some(self.apply_update(&bytes)),
            Effect::RollbackDirectory => return Some(self.rollback_directory()),
            Effect::CheckFiles(paths) => self.writer.send(Job::CheckFiles(paths)),
            Effect::SaveJournal
            | Effect::CopyText(_)
            | Effect::Open(_)
            | Effect::Dial { .. }
            | Effect::OpenExport(_)
            | Effect::ShowInFolder(_)
            | Effect::WriteExport { .. }
            | Effect::ChooseFile(_) => {}
        }
        None
    }

    /// Asks the writer to read the journal again if another window or the command line
    /// changed it (at most one such read on its way; frames are rare, and the watcher
    /// repaints when the file changes).
    fn refresh_journal(&mut self, ctx: &egui::Context) {
        self.lock_came_free(ctx);
        if self.journal_path.is_some() {
            self.writer.send(Job::Refresh);
        }
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

/// Two optional notes as one (one per line).
fn join_notes(first: Option<String>, second: Option<String>) -> Option<String> {
    match (first, second) {
        (Some(a), Some(b)) => Some(format!("{a}\n{b}")),
        (a, b) => a.or(b),
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

/// What the window needs to start.
pub struct WindowOptions {
    /// The directory to show.
    pub directory: Directory,
    /// The directory in use, when the one shown is a file nobody signed (Verify uses it).
    pub trusted: Option<Directory>,
    /// A warning to show at the top (e.g. a rejected --directory file).
    pub warning: Option<String>,
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
}

/// The window icon, from assets/.
fn icon() -> Option<egui::IconData> {
    let image = image::load_from_memory(include_bytes!("../assets/icon.png")).ok()?;
    let rgba = image.to_rgba8();
    let (width, height) = rgba.dimensions();
    Some(egui::IconData {
        rgba: rgba.into_raw(),
        width,
        height,
    })
}

/// Opens the window and blocks until it closes.
pub fn run_window(options: WindowOptions) -> Result<(), String> {
    // Every catalog is read and checked before the window opens: a broken one stops
    // here with its name, not later on the page that needs it.
    let catalogs = crate::catalogs::Catalogs::load()?;
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
        ..Default::default()
    };
    let outcome: ScreenshotOutcome = Arc::new(Mutex::new(None));
    let screenshot_outcome = outcome.clone();
    let WindowOptions {
        directory,
        trusted,
        warning,
        screenshot,
        data_dir,
        size: _,
        page,
        open_case,
        paste,
    } = options;
    let wants_screenshot = screenshot.is_some();
    eframe::run_native(
        "amex-desk",
        native,
        Box::new(move |cc| {
            let (settings_file, settings, note) =
                crate::settings::file::load(&data_dir, &directory);
            if let Some(note) = &note {
                log::warn!("{note}");
            }
            let local = TimeZone::try_system().unwrap_or(TimeZone::UTC);
            let mut state = AppState::new(directory, catalogs, settings, Timestamp::now(), local);
            state.warning = join_notes(warning, note);
            state.trusted_directory = trusted;
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
    .map_err(|e| format!("cannot open the window: {e}"))?;
    match outcome.lock().map(|o| o.clone()) {
        Ok(Some(Err(e))) => Err(e),
        Ok(None) if wants_screenshot => {
            Err("the window closed before the screenshot was taken".to_string())
        }
        _ => Ok(()),
    }
}
