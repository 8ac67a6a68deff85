//! Messages stay in their place: a huge paste, a bad import and a failed call each
//! give a short, wrapped message in plain words, and the page keeps its width.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)] // test code

mod common;

use amex_desk::app::DeskApp;
use amex_desk::directory::Directory;
use amex_desk::opener::{OpenError, Opener};
use amex_desk::state::AppState;
use common::{NOW, calling_from, choose, click, copied_text, harness_with, settle, type_into};
use egui::{Pos2, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use jiff::Timestamp;
use jiff::tz::TimeZone;

/// The harness window (see `common::harness_with`).
const WINDOW: [f32; 2] = [1400.0, 860.0];

/// A system with no phone app (nor browser, nor file viewer): every open fails the way
/// `open` reports it.
struct NoApps;

impl Opener for NoApps {
    fn open(&self, link: &str) -> Result<(), OpenError> {
        Err(failed(
            link.to_string(),
            "Launcher \"gio\" \"open\" failed with ExitStatus(unix_wait_status(512))",
        ))
    }

    fn open_export(&self, path: &std::path::Path) -> Result<(), OpenError> {
        Err(failed(path.display().to_string(), "no viewer"))
    }

    fn show_in_folder(&self, path: &std::path::Path) -> Result<(), OpenError> {
        Err(failed(
            format!("the folder of {}", path.display()),
            "no file manager",
        ))
    }
}

/// The error `open` gives when the system's handler fails.
fn failed(what: String, why: &str) -> OpenError {
    OpenError::System {
        what,
        source: std::io::Error::other(why.to_string()),
    }
}

fn without_apps(code: &str) -> Harness<'static, DeskApp> {
    let now: Timestamp = NOW.parse().unwrap();
    let state = AppState::new(
        Directory::builtin().unwrap(),
        amex_desk::catalogs::Catalogs::load().unwrap(),
        calling_from(code),
        now,
        TimeZone::get("Europe/London").unwrap(),
    );
    harness_with(DeskApp::new(state, Box::new(NoApps), Box::new(move || now)))
}

fn label_of<'t>(node: &impl NodeT<'t>) -> String {
    let n = node.accesskit_node();
    n.label().or_else(|| n.value()).unwrap_or_default()
}

/// No widget reaches past the window's right edge, and no text on screen is longer
/// than `max_chars`.
fn assert_page_bounded(h: &Harness<'static, DeskApp>, max_chars: usize) {
    let window = Rect::from_min_size(Pos2::ZERO, WINDOW.into());
    let root = h.root();
    let mut stack = vec![root];
    while let Some(node) = stack.pop() {
        let text = label_of(&node);
        assert!(
            text.chars().count() <= max_chars,
            "{} characters on screen: {}…",
            text.chars().count(),
            text.chars().take(80).collect::<String>()
        );
        if node.accesskit_node().bounding_box().is_some() {
            let rect = node.rect();
            assert!(
                rect.max.x <= window.max.x + 1.0,
                "{:?} reaches {rect:?}: {}",
                node.accesskit_node().role(),
                text.chars().take(80).collect::<String>()
            );
        }
        // A one-line field scrolls its own text: its runs are clipped to it.
        if node.accesskit_node().role() != egui::accesskit::Role::TextInput {
            stack.extend(node.children());
        }
    }
}

#[test]
fn a_ten_thousand_character_paste_into_verify_shows_its_start_only() {
    let mut h = common::harness("GB");
    let paste = format!("Call 0800 151 0900 {}", "9".repeat(10_000));
    type_into(&mut h, "Verify", &paste);
    assert!(h.state().state.verification.is_some());
    assert_page_bounded(&h, 800);
    assert!(
        h.query_by_label_contains("more characters not shown")
            .is_some()
    );
    // The page keeps its place: the list's heading is still on screen.
    let count = h.state().state.numbers.results.hits.len();
    let lines = h.get_by_label(&format!("{count} lines")).rect();
    assert!(lines.max.y < WINDOW[1] / 2.0, "pushed down to {lines:?}");
}

#[test]
fn a_bad_import_says_so_in_a_wrapped_line_that_never_widens_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::harness_in(dir.path());
    // A path of some 350 characters: unwrapped, about 2,500 pixels.
    let folder = dir.path().join("exports-from-the-old-laptop-".repeat(6));
    std::fs::create_dir(&folder).unwrap();
    let bad = folder.join(format!("{}.ron", "journal-backup-copy-".repeat(8)));
    std::fs::write(&bad, format!("({}", "x".repeat(5_000))).unwrap();
    click(&mut h, "Journal");
    type_into(&mut h, "Import file", &bad.display().to_string());
    click(&mut h, "Import and merge");
    assert!(
        h.query_by_label_contains("Import failed").is_some(),
        "{:?}",
        h.state().state.journal.message
    );
    assert_page_bounded(&h, 800);
    let button = h.get_by_label("Import and merge").rect();
    assert!(button.max.x <= WINDOW[0]);
}

#[test]
fn call_without_a_phone_app_copies_the_number_and_says_so_plainly() {
    let mut h = without_apps("GB");
    choose(&mut h, "Country", "United Kingdom ·");
    h.get_by_label("Call 0800 917 8047").click();
    h.step();
    assert_eq!(copied_text(&h).as_deref(), Some("0800 917 8047"));
    settle(&mut h);
    assert!(
        h.query_by_label_contains(
            "No phone app is set up to place calls; the number is copied instead."
        )
        .is_some()
    );
    assert!(h.query_by_label_contains("Launcher").is_none());
    assert!(h.query_by_label_contains("ExitStatus").is_none());
}
