//! Issue 30 in the window, as a person uses it: the directory's age beside the numbers
//! and the staleness notice seven months on; a signed update dropped on the window shows
//! what it changes and applies on "Apply this update"; "Go back to the previous
//! directory" undoes it; a file nobody signed shows NOT VERIFIED and Verify ignores it;
//! "Report a problem with this number" copies a report with no card number in it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)]

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use amex_desk::app::DeskApp;
use amex_desk::directory::Directory;
use amex_desk::opener::RecordingOpener;
use amex_desk::state::AppState;
use common::{calling_from, harness_with, type_into};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jiff::Timestamp;
use jiff::tz::TimeZone;

const DATA: &str = include_str!("../data/directory.ron");

fn app_at(now: &str, data_dir: Option<&Path>) -> DeskApp {
    let now: Timestamp = now.parse().unwrap();
    let state = AppState::new(
        Directory::builtin().unwrap(),
        amex_desk::catalogs::Catalogs::load().unwrap(),
        calling_from("GB"),
        now,
        TimeZone::get("Europe/London").unwrap(),
    );
    let app = DeskApp::new(
        state,
        Box::new(RecordingOpener::default()),
        Box::new(move || now),
    );
    match data_dir {
        Some(dir) => app.with_directory_updates(dir),
        None => app,
    }
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn drop_file(h: &mut Harness<'static, DeskApp>, path: PathBuf) {
    h.input_mut().dropped_files.push(Arc::new(Dropped(path)));
    // The file is read off the UI thread: a few frames until the answer is in.
    for _ in 0..200 {
        h.run();
        if !h.state().dialog_open() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    h.run();
}

fn signed(serial: u32, number: &str) -> Vec<u8> {
    let text = DATA
        .replacen("serial: 1,", &format!("serial: {serial},"), 1)
        .replace("917 8047", number);
    let secret = minisign::SecretKey::from_bytes(include_bytes!("keys/test.key.bin")).unwrap();
    let sig = minisign::sign(None, &secret, text.as_bytes(), None, None).unwrap();
    let mut out = sig.into_string().into_bytes();
    out.extend_from_slice(text.as_bytes());
    out
}

#[test]
fn the_age_is_shown_and_seven_months_on_the_numbers_say_they_may_be_old() {
    let h = harness_with(app_at("2026-12-05T10:00:00Z", None));
    assert!(
        h.query_by_label_contains("Numbers checked on 2026-11-23 (12 days ago)")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("may have changed a line since")
            .is_none()
    );
    let h = harness_with(app_at("2027-06-25T10:00:00Z", None));
    assert!(
        h.query_by_label_contains("may have changed a line since")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("2026-11-23, 7 months ago")
            .is_some()
    );
}

#[test]
fn a_dropped_signed_update_shows_its_changes_applies_and_goes_back() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("u2.amexdir");
    std::fs::write(&file, signed(2, "917 8099")).unwrap();
    let test_key = amex_desk::directory::signed::TrustedKey {
        id: "578954DDF938BC68".into(),
        public: "RWRovDj53VSJV4FSX3URjoqbNlirT1WQ7yz5gn9FyMm+wNmMjHIh8m3W".into(),
        expires: "2099-12-31".into(),
        note: "test".into(),
    };
    let app = app_at("2026-12-05T10:00:00Z", Some(tmp.path())).with_update_keys(vec![test_key]);
    let mut h = harness_with(app);
    drop_file(&mut h, file);
    assert!(
        h.query_by_label_contains("0800 917 8047 -> 0800 917 8099")
            .is_some()
    );
    h.get_by_label("Apply this update").click();
    h.run();
    assert_eq!(h.state().state.warning, None);
    assert_eq!(h.state().state.directory.serial, 2);
    assert!(tmp.path().join("directory/active.amexdir").is_file());
    type_into(&mut h, "Verify", "0800 917 8099");
    assert!(h.query_by_label(" AMERICAN EXPRESS ").is_some());
    h.get_by_label("Go back to the previous directory").click();
    h.run();
    assert_eq!(h.state().state.directory.serial, 1);
    assert!(h.query_by_label(" AMERICAN EXPRESS ").is_none());
    assert!(!tmp.path().join("directory/active.amexdir").exists());
}

#[test]
fn a_dropped_file_nobody_signed_is_marked_and_verify_ignores_it() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("scam.ron");
    std::fs::write(&file, DATA.replace("917 8047", "917 8099")).unwrap();
    let mut h = harness_with(app_at("2026-12-05T10:00:00Z", Some(tmp.path())));
    drop_file(&mut h, file);
    assert!(h.query_by_label_contains("for inspection").is_some());
    type_into(&mut h, "Search", "917 8099");
    assert!(h.query_by_label(" NOT VERIFIED ").is_some());
    type_into(&mut h, "Verify", "0800 917 8099");
    assert!(h.query_by_label(" AMERICAN EXPRESS ").is_none());
    assert!(h.query_by_label_contains("never used to verify").is_some());
    assert!(!tmp.path().join("directory").exists());
}

#[test]
fn a_problem_report_is_copied_with_no_card_number_in_it() {
    let mut h = harness_with(app_at("2026-12-05T10:00:00Z", None));
    type_into(&mut h, "Search", "917 8047");
    h.key_press(egui::Key::ArrowDown);
    h.run();
    h.get_by_label("Report a problem with this number").click();
    h.run();
    h.get_by_label("It does not connect").click();
    h.run();
    type_into(
        &mut h,
        "What happened (optional)",
        "card 3782 822463 10005 no answer",
    );
    h.get_by_label("Copy report").click();
    h.step();
    let copied = common::copied_text(&h).expect("the report was copied");
    assert!(copied.contains("amex-desk-correction/1") && copied.contains("DoesNotConnect"));
    assert!(!copied.contains("3782 822463 10005"), "{copied}");
}
