//! Save as... and Open... as a person uses them, with fake dialogs that answer at once
//! (a chosen path, Cancel, or "no dialog here"), and the system's dialogs where none
//! can be shown (no portal, no zenity: the fallback message).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)] // test code

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use amex_desk::app::DeskApp;
use amex_desk::dialogs::{FakeDialogs, FileDialogs, Picked, RfdDialogs};
use amex_desk::directory::Directory;
use amex_desk::opener::RecordingOpener;
use common::{app_with, calling_from, click, harness_with, settle, shows};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// A window with its journal in `data_dir`, recording what it opens, using `dialogs`.
fn window(
    data_dir: &Path,
    dialogs: Box<dyn FileDialogs>,
) -> (Harness<'static, DeskApp>, RecordingOpener) {
    let opener = RecordingOpener::default();
    let app = app_with(
        calling_from("GB"),
        "Europe/London",
        opener.clone(),
        Directory::builtin().unwrap(),
    )
    .with_journal(data_dir)
    .with_dialogs(dialogs);
    (harness_with(app), opener)
}

/// Steps frames until `done` holds (the answer comes from another thread).
fn wait_for(h: &mut Harness<'static, DeskApp>, done: impl Fn(&Harness<'static, DeskApp>) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !done(h) {
        assert!(Instant::now() < deadline, "gave up waiting");
        std::thread::sleep(Duration::from_millis(20));
        h.step();
    }
    settle(h);
}

#[test]
fn export_csv_goes_to_the_chosen_path_and_show_in_folder_opens_its_folder() {
    let data = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let chosen = elsewhere.path().join("my calls.csv");
    let fake = FakeDialogs::answering(Picked::Chosen(chosen.clone()));
    let (mut h, opener) = window(data.path(), Box::new(fake.clone()));
    click(&mut h, "Journal");
    click(&mut h, "Export CSV");
    let csv = std::fs::read_to_string(&chosen).unwrap();
    assert!(!csv.is_empty());
    assert!(
        !data.path().join("exports").exists()
            || std::fs::read_dir(data.path().join("exports"))
                .unwrap()
                .next()
                .is_none(),
        "nothing went to the exports folder"
    );
    let asked = fake.asked.lock().unwrap().clone();
    assert_eq!(asked.len(), 1);
    assert_eq!(asked[0].0, "save");
    assert_eq!(asked[0].1.folder, Some(data.path().join("exports")));
    assert!(shows(&h, &chosen.display().to_string()));
    click(&mut h, "Show in folder");
    assert_eq!(
        opener.opened.lock().unwrap().last().cloned(),
        Some(format!("folder:{}", elsewhere.path().display())),
        "{:?} {:?}",
        h.state().state.toast,
        h.state().state.last_export
    );
    assert_eq!(
        opener.opened.lock().unwrap().last().cloned(),
        Some(format!("folder:{}", elsewhere.path().display()))
    );
}

#[test]
fn a_cancelled_save_says_not_saved_and_writes_nothing() {
    let data = tempfile::tempdir().unwrap();
    let (mut h, _) = window(
        data.path(),
        Box::new(FakeDialogs::answering(Picked::Cancelled)),
    );
    click(&mut h, "Journal");
    click(&mut h, "Export Markdown");
    assert!(shows(&h, "Not saved."));
    // The exports folder exists (the dialog starts there) and holds nothing.
    let exports = data.path().join("exports");
    assert_eq!(std::fs::read_dir(&exports).unwrap().count(), 0);
}

#[test]
fn print_with_no_dialog_saves_in_the_exports_folder_and_says_so() {
    let data = tempfile::tempdir().unwrap();
    let (mut h, _) = window(
        data.path(),
        Box::new(FakeDialogs::answering(Picked::Unavailable)),
    );
    click(&mut h, "Call prep");
    click(&mut h, "Print prep sheet (A4 PDF)");
    let exports = data.path().join("exports");
    let written: Vec<PathBuf> = std::fs::read_dir(&exports)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    assert_eq!(written.len(), 1);
    assert!(std::fs::read(&written[0]).unwrap().starts_with(b"%PDF"));
    assert!(shows(
        &h,
        "No file dialog could be shown here, so it was saved in the exports folder"
    ));
    assert!(shows(&h, &exports.display().to_string()));
}

#[test]
fn import_via_choose_file_merges_the_chosen_journal() {
    let data = tempfile::tempdir().unwrap();
    let other = tempfile::tempdir().unwrap();
    let (mut file, _) = amex_desk::journal::JournalFile::open(other.path());
    file.save(&amex_desk::journal::Journal::default()).unwrap();
    let path = file.path().to_path_buf();
    let fake = FakeDialogs::answering(Picked::Chosen(path.clone()));
    let (mut h, _) = window(data.path(), Box::new(fake.clone()));
    click(&mut h, "Journal");
    click(&mut h, "Choose file...");
    assert_eq!(fake.asked.lock().unwrap()[0].0, "open");
    assert_eq!(
        h.state().state.journal.import_path,
        path.display().to_string()
    );
    assert!(
        shows(&h, &format!("Imported {}", path.display())),
        "{:?}",
        h.state().state.journal.message
    );
}

#[test]
fn attach_file_sets_the_evidence_items_file_like_typing_it() {
    let data = tempfile::tempdir().unwrap();
    let evidence = data.path().join("receipt.pdf");
    std::fs::write(&evidence, b"%PDF-1.4").unwrap();
    let fake = FakeDialogs::answering(Picked::Chosen(evidence.clone()));
    let (mut h, _) = window(data.path(), Box::new(fake));
    click(&mut h, "Disputes");
    click(&mut h, "New case: Goods or services not received");
    let attach = h.query_all_by_label("Attach file...").next().unwrap();
    attach.scroll_to_me();
    settle(&mut h);
    h.query_all_by_label("Attach file...")
        .next()
        .unwrap()
        .click();
    settle(&mut h);
    let draft = h.state().state.disputes.draft.clone().unwrap();
    let files: Vec<_> = draft
        .case
        .items
        .values()
        .filter_map(|s| s.file.clone())
        .collect();
    assert_eq!(files, vec![evidence.display().to_string()]);
    assert!(draft.dirty);
    assert!(h.state().state.disputes.missing_files.is_empty());
}

#[test]
fn a_rejected_directory_file_changes_nothing_and_says_why() {
    let data = tempfile::tempdir().unwrap();
    let bad = data.path().join("directory.ron");
    std::fs::write(&bad, "(countries: [").unwrap();
    let (mut h, _) = window(
        data.path(),
        Box::new(FakeDialogs::answering(Picked::Chosen(bad.clone()))),
    );
    let before = h.state().state.directory.contacts.len();
    click(&mut h, "Load a directory file...");
    wait_for(&mut h, |h| !h.state().dialog_open());
    assert_eq!(h.state().state.directory.contacts.len(), before);
    assert!(shows(
        &h,
        "could not be used, so the directory shown is unchanged"
    ));
}

/// The system's dialogs where none can be shown (CI's bare Xvfb, this test's own
/// process): the print still lands in the exports folder, with the plain message.
#[test]
fn with_no_portal_and_no_zenity_the_real_dialogs_fall_back_with_a_message() {
    if amex_desk::dialogs::can_show() {
        eprintln!("a file dialog can be shown here; not opening one in a test");
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let (mut h, _) = window(data.path(), Box::new(RfdDialogs::default()));
    click(&mut h, "Call prep");
    click(&mut h, "Print prep sheet (A4 PDF)");
    wait_for(&mut h, |h| !h.state().dialog_open());
    assert!(shows(&h, "No file dialog could be shown here"));
    assert_eq!(
        std::fs::read_dir(data.path().join("exports"))
            .unwrap()
            .count(),
        1
    );
}

/// Issue 25: closing the window while a Save dialog is open closes the dialog, saves
/// the export in the exports folder, says where, and stays open that once; closing
/// again quits.
#[test]
fn closing_with_a_save_dialog_open_keeps_the_export_and_says_where() {
    let data = tempfile::tempdir().unwrap();
    let fake = FakeDialogs::staying_open();
    let (mut h, _) = window(data.path(), Box::new(fake.clone()));
    click(&mut h, "Journal");
    click(&mut h, "Export CSV");
    assert_eq!(fake.open_count(), 1, "the Save dialog is open");
    let close = |h: &mut Harness<'static, DeskApp>| {
        h.input_mut()
            .viewports
            .entry(egui::ViewportId::ROOT)
            .or_default()
            .events
            .push(egui::ViewportEvent::Close);
        h.step();
        h.output()
            .viewport_output
            .get(&egui::ViewportId::ROOT)
            .is_some_and(|v| v.commands.contains(&egui::ViewportCommand::CancelClose))
    };
    assert!(close(&mut h), "the first close waits");
    settle(&mut h);
    assert_eq!(fake.open_count(), 0, "the dialog was closed");
    let saved = std::fs::read_dir(data.path().join("exports"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect::<Vec<_>>();
    assert_eq!(saved.len(), 1, "{saved:?}");
    let path = saved[0].display().to_string();
    assert!(shows(&h, &path), "the banner names {path}");
    assert!(!close(&mut h), "closing again quits");
}
