//! Filters, calling-from country and theme survive a restart (through eframe's storage).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::HashMap;

use amex_desk::directory::Directory;
use amex_desk::opener::RecordingOpener;
use amex_desk::settings::{self, STORAGE_KEY, Settings, ThemePref};
use common::{app_with, choose, harness_with};
use egui_kittest::kittest::Queryable;

#[derive(Default)]
struct MemoryStorage(HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_string(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

fn harness(settings: Settings) -> egui_kittest::Harness<'static, amex_desk::app::DeskApp> {
    harness_with(app_with(
        settings,
        "UTC",
        RecordingOpener::default(),
        Directory::builtin().unwrap(),
    ))
}

#[test]
fn settings_survive_a_restart() {
    let first_settings = Settings {
        calling_from: "US".into(),
        ..Settings::default()
    };
    let mut h = harness(first_settings);
    choose(&mut h, "Country", "Canada ·");
    choose(&mut h, "Card", "Platinum ·");
    choose(&mut h, "Calling from", "Spain (ES)");
    h.get_by_label("System theme").click();
    h.run();
    assert!(h.query_by_label("Light theme").is_some());

    let mut storage = MemoryStorage::default();
    eframe::App::save(h.state_mut(), &mut storage);
    let saved = storage.0.get(STORAGE_KEY).cloned();
    drop(h);

    // A new process reads the same storage.
    let restored = settings::from_ron(saved.as_deref());
    let h = harness(restored);
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
}
