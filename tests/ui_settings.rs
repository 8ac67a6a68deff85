//! Filters, calling-from country and theme survive a restart (through eframe's storage).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashMap;

use amex_desk::app::DeskApp;
use amex_desk::directory::Directory;
use amex_desk::opener::RecordingOpener;
use amex_desk::settings::{self, STORAGE_KEY, Settings, ThemePref};
use amex_desk::state::AppState;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use jiff::Timestamp;
use jiff::tz::TimeZone;

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

fn harness(settings: Settings) -> Harness<'static, DeskApp> {
    let now: Timestamp = "2026-11-18T10:00:00Z".parse().unwrap();
    let state = AppState::new(Directory::builtin().unwrap(), settings, now, TimeZone::UTC);
    let app = DeskApp::new(
        state,
        Box::new(RecordingOpener::default()),
        Box::new(move || now),
    );
    let mut h = Harness::builder()
        .with_size([1280.0, 860.0])
        .build_ui_state(|ui, app: &mut DeskApp| app.frame_ui(ui), app);
    h.run();
    h
}

fn choose(h: &mut Harness<'static, DeskApp>, control: &str, option: &str) {
    h.get_by_label(control).click();
    h.run();
    let node = h
        .get_all_by_label_contains(option)
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with(option))
        })
        .unwrap();
    node.scroll_to_me();
    h.run();
    h.get_all_by_label_contains(option)
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with(option))
        })
        .unwrap()
        .click();
    h.run();
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
