//! Desktop reminders in the window (issue 16, item 2): an overdue promise is notified
//! once at start with the action in the text, not again on later frames the same day,
//! again on a new day, and never while the "Desktop reminders" box is unticked.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)] // test code

mod common;

use std::sync::{Arc, Mutex};

use amex_desk::app::DeskApp;
use amex_desk::directory::Directory;
use amex_desk::journal::{Entry, Journal, Promise};
use amex_desk::notify::RecordingNotifier;
use amex_desk::opener::RecordingOpener;
use amex_desk::state::AppState;
use common::*;
use jiff::Timestamp;
use jiff::tz::TimeZone;

/// A journal with a callback promised for 15 Nov 2026 on the call with ref 4471.
fn journal() -> Journal {
    let now: Timestamp = NOW.parse().unwrap();
    let mut entry = Entry::new(now, &TimeZone::UTC);
    entry.reference = "4471".into();
    entry.summary = "Annual fee refund".into();
    entry.promises = vec![Promise {
        text: "callback".into(),
        due: Some(jiff::civil::date(2026, 11, 15)),
        done: false,
    }];
    let mut journal = Journal::default();
    journal.entries.push(entry);
    journal
}

/// The window at a clock the test moves, in London, with `recorder` as its notifier.
fn window(
    reminders: bool,
    recorder: &RecordingNotifier,
) -> (
    egui_kittest::Harness<'static, DeskApp>,
    Arc<Mutex<Timestamp>>,
) {
    let clock = Arc::new(Mutex::new(NOW.parse::<Timestamp>().unwrap()));
    let settings = amex_desk::settings::Settings {
        reminders,
        ..calling_from("GB")
    };
    let zone = TimeZone::get("Europe/London").unwrap();
    let mut state = AppState::new(
        Directory::builtin().unwrap(),
        amex_desk::catalogs::Catalogs::load().unwrap(),
        settings,
        NOW.parse().unwrap(),
        zone,
    );
    state.journal.data = journal();
    let read = clock.clone();
    let app = DeskApp::new(
        state,
        Box::new(RecordingOpener::default()),
        Box::new(move || *read.lock().unwrap()),
    )
    .with_notifier(Box::new(recorder.clone()));
    (harness_with(app), clock)
}

#[test]
fn an_overdue_promise_is_notified_once_a_day_and_never_when_turned_off() {
    let recorder = RecordingNotifier::default();
    let (mut h, clock) = window(true, &recorder);
    let expected = (
        "Amex Desk: promise due".to_string(),
        "Chase Amex about ref 4471: promised callback, was due 3 days ago".to_string(),
    );
    assert_eq!(recorder.sent(), vec![expected.clone()]);

    // More frames, later the same day: still one.
    for minutes in [1, 30, 600] {
        *clock.lock().unwrap() += jiff::SignedDuration::from_mins(minutes);
        h.run();
    }
    assert_eq!(recorder.sent().len(), 1);

    // Turned off: a new day brings nothing.
    click(&mut h, "Desktop reminders");
    assert!(!h.state().state.reminders);
    assert!(
        !h.state().state.settings().reminders,
        "kept in the settings"
    );
    *clock.lock().unwrap() += jiff::SignedDuration::from_hours(24);
    h.run();
    assert_eq!(recorder.sent().len(), 1);

    // Back on: that day's reminder comes.
    click(&mut h, "Desktop reminders");
    h.run();
    let sent = recorder.sent();
    assert_eq!(sent.len(), 2);
    assert_eq!(
        sent[1].1,
        "Chase Amex about ref 4471: promised callback, was due 4 days ago"
    );
}

#[test]
fn a_window_started_with_reminders_off_notifies_nothing() {
    let recorder = RecordingNotifier::default();
    let (mut h, _clock) = window(false, &recorder);
    h.run();
    assert!(recorder.sent().is_empty());
    assert!(shows(&h, "Desktop reminders"));
}
