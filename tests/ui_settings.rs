//! Filters, calling-from country and theme survive a restart (through `settings.ron`,
//! saved atomically by the app's own store); a corrupt file is left as it is.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)] // test code

mod common;

use amex_desk::directory::Directory;
use amex_desk::opener::RecordingOpener;
use amex_desk::settings::{Settings, ThemePref, file};
use common::{app_with, choose, harness_with, settle, shows};
use egui_kittest::kittest::Queryable;

/// The window as `run_window` starts it over `data_dir`'s settings file.
fn harness_over(
    data_dir: &std::path::Path,
) -> egui_kittest::Harness<'static, amex_desk::app::DeskApp> {
    let directory = Directory::builtin().unwrap();
    let (settings_file, settings, note) = file::load(data_dir, &directory);
    let mut app = app_with(settings, "UTC", RecordingOpener::default(), directory)
        .with_settings_file(settings_file);
    app.state = app.state.starting_with(note, None);
    harness_with(app)
}

#[test]
fn settings_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let first_settings = Settings {
        calling_from: "US".into(),
        ..Settings::default()
    };
    let (settings_file, _) = file::SettingsFile::open(dir.path());
    let mut h = harness_with(
        app_with(
            first_settings,
            "UTC",
            RecordingOpener::default(),
            Directory::builtin().unwrap(),
        )
        .with_settings_file(settings_file),
    );
    choose(&mut h, "Country", "Canada ·");
    choose(&mut h, "Card", "Platinum ·");
    choose(&mut h, "Calling from", "Spain (ES)");
    h.get_by_label("System theme").click();
    settle(&mut h);
    assert!(h.query_by_label("Light theme").is_some());
    drop(h);

    // A new process reads the same file.
    let h = harness_over(dir.path());
    assert!(
        h.get_by_label("Country")
            .value()
            .unwrap()
            .starts_with("Canada")
    );
    assert!(
        h.get_by_label("Card")
            .value()
            .unwrap()
            .starts_with("Platinum")
    );
    assert_eq!(
        h.get_by_label("Calling from").value().as_deref(),
        Some("Spain (ES)")
    );
    assert!(h.query_by_label("Light theme").is_some());
    assert_eq!(h.state().state.theme, ThemePref::Light);
    assert!(h.state().state.warning.is_none());
}

#[cfg(unix)]
#[test]
fn the_settings_file_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_over(dir.path());
    h.get_by_label("System theme").click();
    settle(&mut h);
    let path = amex_desk::paths::settings_file(dir.path());
    let mode = std::fs::metadata(&path).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn a_corrupt_settings_file_is_left_untouched_and_the_window_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = amex_desk::paths::settings_file(dir.path());
    let bad = b"(version: 1, settings: (theme: Dark, calling_from: \x22ES";
    std::fs::write(&path, bad).unwrap();
    let mut h = harness_over(dir.path());
    assert!(shows(&h, "Settings not loaded"));
    assert_eq!(h.state().state.theme, ThemePref::System, "defaults");
    h.get_by_label("System theme").click();
    settle(&mut h);
    assert_eq!(h.state().state.theme, ThemePref::Light);
    drop(h);
    assert_eq!(std::fs::read(&path).unwrap(), bad, "byte for byte");
}
