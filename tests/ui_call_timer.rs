//! The call timer as a caller uses it: Start call on a line, On hold while the music
//! plays, Talking when someone answers, End call: the entry opens with start, end,
//! hold and talk filled in, is saved with them, and the line's details show your own
//! record with it. A running call survives a crash. The clock is the test's to move.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)] // test code

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use amex_desk::app::DeskApp;
use amex_desk::directory::Directory;
use amex_desk::opener::RecordingOpener;
use amex_desk::state::{AppState, View};
use common::{NOW, calling_from, choose, click, harness_with, settle, shows};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use jiff::Timestamp;
use jiff::tz::TimeZone;

/// A clock the test moves forward.
#[derive(Clone)]
struct TestClock(Arc<Mutex<Timestamp>>);

impl TestClock {
    fn new() -> TestClock {
        TestClock(Arc::new(Mutex::new(NOW.parse().unwrap())))
    }

    fn advance(&self, secs: i64) {
        let mut now = self.0.lock().unwrap();
        *now += jiff::SignedDuration::from_secs(secs);
    }
}

/// A window in London calling from GB, its journal in `dir`, reading `clock`.
fn window(dir: &std::path::Path, clock: &TestClock) -> Harness<'static, DeskApp> {
    let state = AppState::new(
        Directory::builtin().unwrap(),
        amex_desk::catalogs::Catalogs::load().unwrap(),
        calling_from("GB"),
        *clock.0.lock().unwrap(),
        TimeZone::get("Europe/London").unwrap(),
    );
    let shared = clock.0.clone();
    let clock: amex_desk::app::Clock = Box::new(move || *shared.lock().unwrap());
    let app = DeskApp::new(state, Box::new(RecordingOpener::default()), clock).with_journal(dir);
    harness_with(app)
}

/// Selects the first UK line (customer relations) so the details panel shows it.
fn select_first_uk_line(h: &mut Harness<'static, DeskApp>) {
    choose(h, "Country", "United Kingdom ·");
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    settle(h);
    h.key_press(Key::ArrowDown);
    settle(h);
    assert_eq!(
        h.state().state.selected_contact().unwrap().record.id,
        "gb-customer-relations"
    );
}

/// The shortest repaint delay asked for from now on, recorded by egui's callback.
fn record_repaints(h: &Harness<'static, DeskApp>) -> Arc<Mutex<Option<Duration>>> {
    let shortest = Arc::new(Mutex::new(None::<Duration>));
    let seen = shortest.clone();
    h.ctx.set_request_repaint_callback(move |info| {
        let mut s = seen.lock().unwrap();
        *s = Some(s.map_or(info.delay, |d: Duration| d.min(info.delay)));
    });
    shortest
}

#[test]
fn a_timed_call_is_logged_with_its_hold_and_talk_time() {
    let dir = tempfile::tempdir().unwrap();
    let clock = TestClock::new();
    let mut h = window(dir.path(), &clock);
    select_first_uk_line(&mut h);
    let repaints = record_repaints(&h);
    settle(&mut h);
    assert!(
        repaints
            .lock()
            .unwrap()
            .is_none_or(|d| d > Duration::from_secs(2)),
        "no call, no ticking: {:?}",
        repaints.lock().unwrap()
    );
    click(&mut h, "Start call");
    assert!(shows(
        &h,
        "On call with Consumer cards: lost, stolen, fraud and customer relations 00:00 (hold 00:00)"
    ));
    *repaints.lock().unwrap() = None;
    settle(&mut h);
    let tick = repaints
        .lock()
        .unwrap()
        .expect("the clock asks to be repainted");
    assert!(tick <= Duration::from_millis(1100), "{tick:?}");

    clock.advance(8 * 60 + 10);
    settle(&mut h);
    assert!(shows(
        &h,
        "On call with Consumer cards: lost, stolen, fraud and customer relations 08:10 (hold 08:10)"
    ));
    click(&mut h, "Talking");
    clock.advance(12 * 60);
    settle(&mut h);
    assert!(shows(&h, "20:10 (hold 08:10)"));
    click(&mut h, "End call");
    assert_eq!(h.state().state.view, View::Journal);
    assert!(h.state().state.journal.timer.is_none());
    assert!(!shows(&h, "On call with"));
    assert!(shows(
        &h,
        "Call timed 2026-11-18 10:00 to 2026-11-18 10:20: 20:10 (hold 08:10, talk 12:00)"
    ));
    click(&mut h, "Save entry");
    let saved = std::fs::read_to_string(dir.path().join("journal.ron")).unwrap();
    assert!(saved.contains("hold_secs: 490"), "{saved}");
    assert!(saved.contains("talk_secs: 720"), "{saved}");
    assert!(
        saved.contains("started: \"2026-11-18T10:00:00+00:00\""),
        "{saved}"
    );

    click(&mut h, "Numbers");
    assert!(shows(&h, "Your calls to this line: 1, median hold 8 min"));
}

#[test]
fn a_running_call_survives_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let clock = TestClock::new();
    let mut h = window(dir.path(), &clock);
    select_first_uk_line(&mut h);
    click(&mut h, "Start call");
    clock.advance(300);
    click(&mut h, "Talking");
    // No close: the window just dies.
    drop(h);
    let kept = std::fs::read_to_string(dir.path().join("unsaved.ron")).unwrap();
    assert!(kept.contains("gb-customer-relations"), "{kept}");

    clock.advance(60);
    let mut h = window(dir.path(), &clock);
    assert!(shows(
        &h,
        "Kept from last time, not saved yet: the running call's timer"
    ));
    assert!(shows(
        &h,
        "On call with Consumer cards: lost, stolen, fraud and customer relations 06:00 (hold 05:00)"
    ));
    click(&mut h, "End call");
    let times = h
        .state()
        .state
        .journal
        .editor
        .as_ref()
        .unwrap()
        .draft
        .call_times
        .unwrap();
    assert_eq!((times.hold_secs, times.talk_secs), (300, 60));
}

#[test]
fn start_call_on_the_prep_page_starts_the_timer_too() {
    let dir = tempfile::tempdir().unwrap();
    let clock = TestClock::new();
    let mut h = window(dir.path(), &clock);
    click(&mut h, "Call prep");
    click(&mut h, "Prepare: Lost or stolen card");
    click(&mut h, "Start call");
    assert!(shows(&h, "On call with"));
    clock.advance(90);
    settle(&mut h);
    click(&mut h, "End call");
    // The entry stays beside the prep sheet, now with the call's times.
    assert_eq!(h.state().state.view, View::Prep);
    assert!(shows(&h, "01:30 (hold 01:30, talk 00:00)"));
}

#[test]
fn end_call_never_drops_an_entry_being_written_the_call_waits_for_it() {
    let dir = tempfile::tempdir().unwrap();
    let clock = TestClock::new();
    let mut h = window(dir.path(), &clock);
    select_first_uk_line(&mut h);
    click(&mut h, "Start call");
    clock.advance(120);
    click(&mut h, "Journal");
    click(&mut h, "New entry");
    common::type_into(&mut h, "Summary", "Letter from the bank about my refund");
    click(&mut h, "End call");
    // The half-written entry stays open; the call's entry waits behind it.
    assert!(shows(&h, amex_desk::state::WAITS));
    assert!(shows(
        &h,
        "1 more entry waits to open: save or cancel this one."
    ));
    let editor = &h.state().state.journal.editor.as_ref().unwrap().draft;
    assert_eq!(editor.summary, "Letter from the bank about my refund");
    assert!(editor.call_times.is_none());
    // Kept on a crash too.
    let kept = h.state().state.unsaved_forms();
    assert_eq!(kept.waiting.len(), 1);

    click(&mut h, "Save entry");
    let draft = &h.state().state.journal.editor.as_ref().unwrap().draft;
    assert_eq!(draft.call_times.unwrap().hold_secs, 120);
    assert!(shows(&h, "02:00 (hold 02:00, talk 00:00)"));
    assert!(!shows(&h, "waits to open"));
    let saved = std::fs::read_to_string(dir.path().join("journal.ron")).unwrap();
    assert!(saved.contains("Letter from the bank about my refund"));
}
