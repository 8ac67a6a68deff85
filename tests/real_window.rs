//! The real window under a display server: the release binary starts, paints, and
//! writes a screenshot of itself; `find --copy` reaches the system clipboard.
//!
//! These need a display (and xclip), so plain `cargo test` skips them. `.ci/run` builds
//! the release binary and runs them against it under
//! `AMEX_DESK_BIN=target/release/amex-desk xvfb-run -a cargo test --test real_window -- --ignored`
//! (without `AMEX_DESK_BIN` they run the binary cargo built for the tests).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)] // test code

use std::process::Command;
use std::time::{Duration, Instant};

/// The binary under test: `AMEX_DESK_BIN` (the shipped release build), else the one
/// cargo built beside this test.
fn bin() -> Command {
    match std::env::var_os("AMEX_DESK_BIN") {
        Some(path) if !path.is_empty() => Command::new(path),
        _ => Command::new(env!("CARGO_BIN_EXE_amex-desk")),
    }
}

#[test]
#[ignore = "needs a display: run under xvfb-run (see .ci/run)"]
fn the_window_paints_the_ui_and_screenshots_itself() {
    let data = tempfile::tempdir().unwrap();
    let shot = data.path().join("window.png");
    let started = Instant::now();
    let status = bin()
        .arg("--screenshot")
        .arg(&shot)
        .env("AMEX_DESK_DATA_DIR", data.path())
        .env("LANG", "en_GB.UTF-8")
        .status()
        .expect("start amex-desk");
    assert!(status.success(), "amex-desk --screenshot failed: {status}");
    assert!(started.elapsed() < Duration::from_secs(60));

    let image = image::open(&shot).expect("a PNG").to_rgba8();
    let (w, h) = image.dimensions();
    assert!(w >= 800 && h >= 480, "window too small: {w}x{h}");
    // Not blank: many colours (text is anti-aliased) and a good share of pixels that
    // differ from the background.
    let background = *image.get_pixel(w / 2, h - 2);
    let mut colours = std::collections::HashSet::new();
    let mut differing = 0usize;
    for p in image.pixels() {
        colours.insert(p.0);
        if p != &background {
            differing += 1;
        }
    }
    assert!(
        colours.len() > 50,
        "only {} colours: blank window?",
        colours.len()
    );
    let share = differing as f64 / (w * h) as f64;
    assert!(
        share > 0.05,
        "only {:.1}% of pixels differ from the background",
        share * 100.0
    );
    // Settings were saved to the data folder on exit, and nowhere else.
    assert!(data.path().join("settings.ron").exists());
}

#[test]
#[ignore = "needs a display and xclip: run under xvfb-run (see .ci/run)"]
fn find_copy_reaches_the_system_clipboard() {
    let data = tempfile::tempdir().unwrap();
    let out = bin()
        .args(["find", "--country", "GB", "--from", "GB", "--copy"])
        .env("AMEX_DESK_DATA_DIR", data.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("Copied 0800 917 8047"));
    // The helper keeps serving the clipboard after the command returned.
    let pasted = Command::new("xclip")
        .args(["-o", "-selection", "clipboard"])
        .output()
        .expect("xclip installed");
    assert_eq!(String::from_utf8_lossy(&pasted.stdout), "0800 917 8047");
    // Another program taking the clipboard over ends the helper.
    let mut take = Command::new("xclip")
        .args(["-selection", "clipboard", "-i", "/dev/null"])
        .spawn()
        .unwrap();
    let _ = take.wait();
}

#[test]
#[ignore = "needs a display: run under xvfb-run (see .ci/run)"]
fn a_garbage_journal_opens_read_only_and_is_left_unchanged() {
    let data = tempfile::tempdir().unwrap();
    let journal = data.path().join("journal.ron");
    std::fs::write(&journal, "not a journal (").unwrap();
    let shot = data.path().join("window.png");
    let out = bin()
        .args(["--page", "journal", "--screenshot"])
        .arg(&shot)
        .env("AMEX_DESK_DATA_DIR", data.path())
        .output()
        .expect("start amex-desk");
    assert!(
        out.status.success(),
        "the window still opens: {:?}",
        out.status
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("{}:1:1", journal.display())) && stderr.contains("read-only"),
        "{stderr}"
    );
    assert!(shot.exists());
    assert_eq!(
        std::fs::read_to_string(&journal).unwrap(),
        "not a journal ("
    );
    let listed = bin()
        .args(["log", "list"])
        .env("AMEX_DESK_DATA_DIR", data.path())
        .output()
        .unwrap();
    assert_eq!(listed.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&listed.stderr).contains("journal.ron:1:1"));
    assert_eq!(
        std::fs::read_to_string(&journal).unwrap(),
        "not a journal ("
    );
}

#[test]
#[ignore = "needs a display: run under xvfb-run (see .ci/run)"]
fn window_size_sets_the_window_and_its_screenshot() {
    let data = tempfile::tempdir().unwrap();
    let shot = data.path().join("window.png");
    let status = bin()
        .args(["--window-size", "1024x600", "--screenshot"])
        .arg(&shot)
        .env("AMEX_DESK_DATA_DIR", data.path())
        .status()
        .expect("start amex-desk");
    assert!(status.success(), "amex-desk --screenshot failed: {status}");
    let image = image::open(&shot).expect("a PNG").to_rgba8();
    assert_eq!(image.dimensions(), (1024, 600));
}
