//! A slow disk never stalls the window (issue 29, item 4): the journal, settings and
//! kept forms are read and written by the writer thread. Here the disk is as slow as
//! the test wants: the writer does each job only when the test lets it, and frames go
//! on meanwhile.

#![allow(clippy::disallowed_methods)] // test code: reads the files the window wrote

mod common;

use amex_desk::directory::Directory;
use amex_desk::opener::RecordingOpener;
use common::{app_with, calling_from, shows};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn journal_text(dir: &std::path::Path) -> String {
    std::fs::read_to_string(dir.join("journal.ron")).unwrap_or_default()
}

#[test]
fn frames_go_on_while_a_save_waits_for_the_disk() {
    let dir = tempfile::tempdir().unwrap();
    let (app, disk) = app_with(
        calling_from("GB"),
        "Europe/London",
        RecordingOpener::default(),
        Directory::builtin().unwrap(),
    )
    .with_write_gate();
    let app = app.with_journal(dir.path());
    let mut h = Harness::builder()
        .with_size([1400.0, 860.0])
        .build_ui_state(
            |ui, app: &mut amex_desk::app::DeskApp| app.frame_ui(ui),
            app,
        );
    h.run();
    // The disk has not even read the journal yet: the window is up and usable.
    assert!(h.state().writing());
    assert!(shows(&h, "Journal"));
    // Let the journal and the kept forms be read.
    let let_through = |h: &mut Harness<'static, amex_desk::app::DeskApp>| {
        for _ in 0..h.state().writes_pending() {
            disk.send(()).unwrap();
        }
        h.state_mut().wait_for_writes();
        h.run();
    };
    let_through(&mut h);

    h.get_by_label("Journal").click();
    h.run();
    h.get_by_label("New entry").click();
    h.run();
    h.get_by_label("Summary").click();
    h.run();
    h.get_by_label("Summary").type_text("asked about a refund");
    h.run();
    let_through(&mut h);
    h.get_by_label("Save entry").click();
    h.run();

    // The save is on its way and the disk has not taken it: frames go on, the entry
    // shows, and the page can change.
    assert!(h.state().writing());
    assert!(!journal_text(dir.path()).contains("asked about a refund"));
    assert!(
        h.state()
            .state
            .journal
            .data
            .entries
            .iter()
            .any(|e| e.summary == "asked about a refund")
    );
    for _ in 0..20 {
        h.step();
    }
    h.get_by_label("Numbers").click();
    h.run();
    assert!(h.query_by_label("Search").is_some());
    assert!(h.state().writing());
    assert!(!journal_text(dir.path()).contains("asked about a refund"));

    // The disk catches up: the entry is in the file, and nothing else changed.
    let_through(&mut h);
    drop(disk);
    assert!(journal_text(dir.path()).contains("asked about a refund"));
    assert_eq!(h.state().state.journal.data.entries.len(), 1);
}
