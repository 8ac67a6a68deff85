//! Helpers shared by the egui_kittest flows and the CLI tests: a window over the built-in directory at a
//! fixed moment, and the gestures a person makes.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

pub mod pdf;

use amex_desk::app::DeskApp;
use amex_desk::directory::Directory;
use amex_desk::opener::RecordingOpener;
use amex_desk::settings::Settings;
use amex_desk::state::AppState;
use egui::OutputCommand;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use jiff::Timestamp;
use jiff::tz::TimeZone;

/// Wednesday 18 Nov 2026, 10:00 UTC (10:00 in London).
pub const NOW: &str = "2026-11-18T10:00:00Z";

/// The app over `directory`, calling from `calling_from`, at [`NOW`] in `zone`.
pub fn app_with(
    settings: Settings,
    zone: &str,
    opener: RecordingOpener,
    directory: Directory,
) -> DeskApp {
    let now: Timestamp = NOW.parse().unwrap();
    let catalogs = amex_desk::catalogs::Catalogs::load().unwrap();
    let state = AppState::new(
        directory,
        catalogs,
        settings,
        now,
        TimeZone::get(zone).unwrap(),
    );
    DeskApp::new(state, Box::new(opener), Box::new(move || now))
}

/// Settings with only the calling-from country set.
pub fn calling_from(code: &str) -> Settings {
    Settings {
        calling_from: code.to_string(),
        ..Settings::default()
    }
}

/// A harness running `app`, settled.
pub fn harness_with(app: DeskApp) -> Harness<'static, DeskApp> {
    // The writer thread's answers each wake the window for a frame: an import, say, is
    // read, merged, saved and answered over several frames.
    let mut harness = Harness::builder()
        .with_size([1400.0, 860.0])
        .with_max_steps(32)
        .build_ui_state(|ui, app: &mut DeskApp| app.frame_ui(ui), app);
    settle(&mut harness);
    harness
}

/// Runs frames until the window is still, including what its writer thread was asked
/// to read or write (a person would not see the few milliseconds between).
pub fn settle(harness: &mut Harness<'static, DeskApp>) {
    harness.run();
    for _ in 0..3 {
        if !harness.state().writing() {
            break;
        }
        harness.state_mut().wait_for_writes();
        harness.run();
    }
}

/// A harness over the built-in directory, in London time, calling from `code`.
pub fn harness(code: &str) -> Harness<'static, DeskApp> {
    harness_with(app_with(
        calling_from(code),
        "Europe/London",
        RecordingOpener::default(),
        Directory::builtin().unwrap(),
    ))
}

fn option_starting<'h>(
    harness: &'h Harness<'static, DeskApp>,
    option: &'h str,
) -> Option<egui_kittest::Node<'h>> {
    harness.get_all_by_label_contains(option).find(|n| {
        n.accesskit_node()
            .label()
            .is_some_and(|l| l.starts_with(option))
    })
}

/// Opens a labelled drop-down and picks the option whose text starts with `option`.
pub fn choose(harness: &mut Harness<'static, DeskApp>, control: &str, option: &str) {
    harness.get_by_label(control).click();
    settle(harness);
    // Long lists scroll inside the popup: bring the option into view, as a person would.
    option_starting(harness, option)
        .unwrap_or_else(|| panic!("no option {option:?} in {control}"))
        .scroll_to_me();
    settle(harness);
    option_starting(harness, option)
        .unwrap_or_else(|| panic!("option {option:?} in {control} vanished"))
        .click();
    settle(harness);
}

/// Types into a labelled text field.
pub fn type_into(harness: &mut Harness<'static, DeskApp>, field: &str, text: &str) {
    harness.get_by_label(field).scroll_to_me();
    settle(harness);
    harness.get_by_label(field).click();
    settle(harness);
    harness.get_by_label(field).type_text(text);
    settle(harness);
}

/// The text the last frame put on the clipboard.
pub fn copied_text(harness: &Harness<'static, DeskApp>) -> Option<String> {
    harness
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
}

/// A window at [`NOW`] in London, calling from GB, with its journal in `data_dir`.
pub fn harness_in(data_dir: &std::path::Path) -> Harness<'static, DeskApp> {
    let app = app_with(
        calling_from("GB"),
        "Europe/London",
        RecordingOpener::default(),
        Directory::builtin().unwrap(),
    )
    .with_journal(data_dir);
    harness_with(app)
}

/// Scrolls the only widget labelled `label` into view, as a person would, clicks it,
/// and lets the frame settle.
pub fn click(harness: &mut Harness<'static, DeskApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    settle(harness);
    harness.get_by_label(label).click();
    settle(harness);
}

/// Clicks the widget whose label starts with `prefix` (e.g. "Edit entry").
pub fn click_starting(harness: &mut Harness<'static, DeskApp>, prefix: &str) {
    option_starting(harness, prefix)
        .unwrap_or_else(|| panic!("nothing labelled {prefix:?}…"))
        .click();
    settle(harness);
}

/// Is there a widget whose label contains `text`?
pub fn shows(harness: &Harness<'static, DeskApp>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

/// Whether a Japanese font is installed (Debian: fonts-noto-cjk; CI installs it).
pub fn japanese_font_installed() -> bool {
    std::process::Command::new("fc-list")
        .arg(":lang=ja")
        .output()
        .is_ok_and(|out| !out.stdout.is_empty())
}
