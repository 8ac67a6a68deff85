//! The verify box, used as a person would: paste what a text message said, read the
//! answer.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use amex_desk::app::DeskApp;
use amex_desk::directory::Directory;
use amex_desk::opener::RecordingOpener;
use amex_desk::settings::Settings;
use amex_desk::state::AppState;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jiff::Timestamp;
use jiff::tz::TimeZone;

fn harness(calling_from: &str) -> Harness<'static, DeskApp> {
    let now: Timestamp = "2026-11-18T10:00:00Z".parse().unwrap();
    let settings = Settings {
        calling_from: calling_from.into(),
        ..Settings::default()
    };
    let state = AppState::new(Directory::builtin().unwrap(), settings, now, TimeZone::UTC);
    let app = DeskApp::new(
        state,
        Box::new(RecordingOpener::default()),
        Box::new(move || now),
    );
    let mut h = Harness::builder()
        .with_size([1400.0, 860.0])
        .build_ui_state(|ui, app: &mut DeskApp| app.frame_ui(ui), app);
    h.run();
    h
}

fn paste(h: &mut Harness<'static, DeskApp>, text: &str) {
    h.get_by_label("Verify").click();
    h.run();
    h.get_by_label("Verify").type_text(text);
    h.run();
}

#[test]
fn a_number_from_a_text_message_that_is_barclaycards() {
    let mut h = harness("GB");
    paste(&mut h, "0800 151 0900");
    assert!(h.query_by_label(" NOT AMERICAN EXPRESS ").is_some());
    assert!(
        h.query_by_label_contains("belongs to Barclaycard")
            .is_some()
    );
    assert!(
        h.query_by_label("Hang up or don't reply, and call the number on the back of your card.")
            .is_some()
    );
}

#[test]
fn a_real_amex_line_and_a_look_alike_link() {
    let mut h = harness("US");
    paste(&mut h, "1-800-528-4800");
    assert!(h.query_by_label(" AMERICAN EXPRESS ").is_some());
    assert!(
        h.query_by_label_contains("known American Express line")
            .is_some()
    );
    h.get_by_label("Clear").click();
    h.run();
    assert!(h.query_by_label(" AMERICAN EXPRESS ").is_none());

    paste(
        &mut h,
        "https://americanexpress.com.account-check.example/login",
    );
    assert!(h.query_by_label(" NOT AMERICAN EXPRESS ").is_some());
    assert!(h.query_by_label_contains("look-alike").is_some());
}

#[test]
fn an_unknown_number_gets_the_safe_advice() {
    let mut h = harness("US");
    paste(&mut h, "+1 212 555 0199");
    assert!(h.query_by_label(" UNKNOWN ").is_some());
    assert!(
        h.query_by_label_contains("not a known American Express line")
            .is_some()
    );
}
