//! The journal as a person uses it: log a call after copying a number, edit it,
//! delete and undo, chase follow-ups, pin notes; and a broken journal file.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)] // test code

mod common;

use common::{click, click_starting, harness_in, settle, shows, type_into};
use egui_kittest::kittest::{NodeT, Queryable};

fn journal_text(dir: &std::path::Path) -> String {
    std::fs::read_to_string(dir.join("journal.ron")).unwrap_or_default()
}

#[test]
fn log_this_call_after_copying_then_edit_delete_and_undo() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    assert!(!shows(&h, "Log this call"), "nothing copied yet");
    click(&mut h, "Copy 0800 917 8047");
    click(&mut h, "Log this call");
    // The editor opens on the journal page, pre-filled with the line and the time now.
    assert!(shows(&h, "New call-log entry"));
    let draft = &h.state().state.journal.editor.as_ref().unwrap().draft;
    assert_eq!(draft.when, "2026-11-18 10:00");
    assert_eq!(draft.contact.as_deref(), Some("gb-customer-relations"));
    type_into(&mut h, "Rep name or ID", "Dana");
    type_into(&mut h, "Reference", "R-77");
    type_into(&mut h, "Summary", "They asked for card 3782 822463 10005");
    assert!(
        shows(&h, "This looks like a full card number"),
        "warned while typing"
    );
    type_into(&mut h, "Follow-up date", "2026-11-25");
    click(&mut h, "Save entry");
    assert!(!shows(&h, "New call-log entry"), "the editor closed");
    assert!(shows(&h, "Edit entry 2026-11-18 10:00"));
    let disk = journal_text(dir.path());
    assert!(
        disk.contains("rep: \"Dana\"") && disk.contains("R-77"),
        "{disk}"
    );
    assert!(
        disk.contains("[card ending 10005]") && !disk.contains("822463"),
        "{disk}"
    );

    // Edit.
    click_starting(&mut h, "Edit entry");
    type_into(&mut h, "Reference", "-B");
    click(&mut h, "Save entry");
    assert!(journal_text(dir.path()).contains("R-77-B"));

    // Delete, then undo.
    click_starting(&mut h, "Delete entry");
    assert!(!shows(&h, "Edit entry"), "gone from the list");
    assert!(
        !journal_text(dir.path()).contains("R-77-B"),
        "gone from the file"
    );
    click(&mut h, "Undo");
    assert!(shows(&h, "Edit entry 2026-11-18 10:00"));
    assert!(
        journal_text(dir.path()).contains("R-77-B"),
        "back in the file"
    );
}

#[test]
fn overdue_follow_ups_show_first_and_count_in_the_tab_and_title() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    click(&mut h, "Journal");
    click(&mut h, "New entry");
    type_into(&mut h, "Summary", "Annual fee refund");
    type_into(&mut h, "Follow-up date", "2026-11-10");
    click(&mut h, "Add promise");
    type_into(&mut h, "Promise 1", "credit $95");
    type_into(&mut h, "Promise 1 due", "2026-12-01");
    click(&mut h, "Save entry");
    assert!(shows(&h, "Journal (1 overdue)"));
    assert_eq!(h.state().title(), "Amex Desk (1 overdue)");
    assert!(shows(&h, "8 days overdue"));
    assert!(shows(&h, "in 13 days"));
    // The follow-up list is ordered overdue first.
    let labels: Vec<String> = h
        .query_all_by_label_contains("Mark ")
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .collect();
    assert_eq!(labels.len(), 2, "{labels:?}");
    assert!(
        labels[0].contains("Follow up: Annual fee refund"),
        "{labels:?}"
    );
    click_starting(&mut h, "Mark resolved");
    assert!(!shows(&h, "overdue"));
    assert_eq!(h.state().title(), "Amex Desk");
    click_starting(&mut h, "Mark kept");
    assert!(shows(&h, "Nothing to chase"));
}

#[test]
fn a_bad_date_is_named_and_nothing_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    click(&mut h, "Journal");
    click(&mut h, "New entry");
    type_into(&mut h, "Follow-up date", "next week");
    // Named beside the field as it is typed; Save waits, with the reason.
    assert!(shows(&h, "Follow-up date: \"next week\" is not a date"));
    assert!(shows(&h, "Fix to save: Follow-up date"));
    assert!(h.get_by_label("Save entry").accesskit_node().is_disabled());
    click(&mut h, "Save entry");
    assert!(!dir.path().join("journal.ron").exists());
    // The calendar beside the field writes a valid date (it opens on today).
    click(&mut h, "Pick Follow-up date");
    click(&mut h, "Save");
    assert_eq!(
        h.get_by_label("Follow-up date").value().as_deref(),
        Some("2026-11-18"),
        "today in these tests"
    );
    assert!(!h.get_by_label("Save entry").accesskit_node().is_disabled());
    click(&mut h, "Cancel");
    assert!(shows(&h, "No calls logged yet"));
}

#[test]
fn notes_pinned_to_a_line_show_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    h.get_all_by_label("0800 917 8047").next().unwrap().click();
    settle(&mut h);
    type_into(&mut h, "New note", "press 0 twice for a person");
    click(&mut h, "Pin note");
    assert!(shows(&h, "Your note: press 0 twice for a person"));
    assert!(journal_text(dir.path()).contains("press 0 twice for a person"));
    click(&mut h, "Remove note press 0 twice for a person");
    assert!(!shows(&h, "Your note:"));
    click(&mut h, "Undo");
    assert!(shows(&h, "Your note: press 0 twice for a person"));
}

#[test]
fn a_garbage_journal_is_reported_read_only_and_left_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.ron");
    std::fs::write(&path, "garbage that is not RON {").unwrap();
    let mut h = harness_in(dir.path());
    let banner = format!("Your journal is read-only: {}:1:1", path.display());
    assert!(shows(&h, &banner), "the banner names the file and place");
    // The numbers still work.
    click(&mut h, "Copy 0800 917 8047");
    click(&mut h, "Journal");
    assert!(h.get_by_label("New entry").accesskit_node().is_disabled());
    assert!(
        h.get_by_label("Log this call")
            .accesskit_node()
            .is_disabled()
    );
    // Not "No calls logged yet", and no export of an empty journal.
    assert!(!shows(&h, "No calls logged yet"));
    assert!(shows(
        &h,
        "The journal could not be read, so no calls are shown"
    ));
    assert!(
        h.get_by_label("Export Markdown")
            .accesskit_node()
            .is_disabled()
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "garbage that is not RON {"
    );
}

#[test]
fn export_writes_markdown_into_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    click(&mut h, "Journal");
    click(&mut h, "New entry");
    type_into(&mut h, "Summary", "exported call");
    click(&mut h, "Save entry");
    let (_, md) = export_one(&mut h, dir.path(), "Export Markdown");
    assert!(md.contains("exported call"));
}

/// Clicks an export button; the one file it wrote into `exports/`: (name, text).
fn export_one(
    h: &mut egui_kittest::Harness<'static, amex_desk::app::DeskApp>,
    data_dir: &std::path::Path,
    button: &str,
) -> (String, String) {
    click(h, button);
    assert!(shows(h, "Exported to"));
    let exports: Vec<_> = std::fs::read_dir(data_dir.join("exports"))
        .unwrap()
        .flatten()
        .collect();
    assert_eq!(exports.len(), 1);
    let name = exports[0].file_name().to_string_lossy().into_owned();
    (name, std::fs::read_to_string(exports[0].path()).unwrap())
}

#[test]
fn export_calendar_writes_an_ics_file_with_the_follow_up() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    click(&mut h, "Journal");
    click(&mut h, "New entry");
    type_into(&mut h, "Summary", "call back about the credit");
    type_into(&mut h, "Follow-up date", "2026-11-25");
    click(&mut h, "Save entry");
    let (name, ics) = export_one(&mut h, dir.path(), "Export calendar (.ics)");
    assert!(name.starts_with("amex-desk-calendar-2026-11-18"), "{name}");
    assert!(name.ends_with(".ics"), "{name}");
    assert!(ics.starts_with("BEGIN:VCALENDAR"), "{ics}");
    assert!(ics.contains("DTSTART;VALUE=DATE:20261125"), "{ics}");
}

#[test]
fn two_windows_on_one_folder_keep_each_others_entries() {
    let dir = tempfile::tempdir().unwrap();
    let mut one = harness_in(dir.path());
    let mut two = harness_in(dir.path());
    for (h, text) in [(&mut one, "from window one"), (&mut two, "from window two")] {
        click(h, "Journal");
        click(h, "New entry");
        type_into(h, "Summary", text);
        click(h, "Save entry");
    }
    // Window two merged window one's entry when it saved; window one picks up window
    // two's on its next frame.
    settle(&mut one);
    for h in [&one, &two] {
        assert_eq!(h.query_all_by_label_contains("Edit entry").count(), 2);
    }
    let disk = journal_text(dir.path());
    assert!(disk.contains("from window one") && disk.contains("from window two"));
}

#[test]
fn a_journal_with_problems_opens_with_a_banner_listing_them_by_id() {
    use amex_desk::journal::{Entry, Journal, Link, codec};
    let dir = tempfile::tempdir().unwrap();
    let now = common::NOW.parse().unwrap();
    let mut journal = Journal::default();
    let entry = Entry::new(now, &jiff::tz::TimeZone::UTC);
    let shared = entry.id;
    journal.entries = vec![entry.clone(), entry];
    let mut linked = Entry::new(now, &jiff::tz::TimeZone::UTC);
    linked.links = vec![Link::Dispute(uuid::Uuid::from_u128(7))];
    let linking = linked.id;
    journal.entries.push(linked);
    std::fs::write(
        dir.path().join("journal.ron"),
        codec::encode(&journal).unwrap(),
    )
    .unwrap();

    let mut h = harness_in(dir.path());
    assert!(shows(&h, "The journal loaded with 2 problems"));
    assert!(shows(&h, &shared.to_string()));
    assert!(shows(&h, &linking.to_string()));
    click(&mut h, "Dismiss journal problems");
    assert!(!shows(&h, "The journal loaded with"));
}

/// Issue 14 item 6: earlier versions are listed and restorable in the window, and a
/// journal that cannot be read is brought back from one.
#[test]
fn an_earlier_version_is_restored_from_the_window_even_over_a_broken_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    click(&mut h, "Journal");
    click(&mut h, "New entry");
    type_into(&mut h, "Reference", "R-1");
    click(&mut h, "Save entry");
    click_starting(&mut h, "Edit entry");
    type_into(&mut h, "Reference", "-changed");
    click(&mut h, "Save entry");
    assert!(journal_text(dir.path()).contains("R-1-changed"));

    click(&mut h, "Show earlier versions");
    let restores: Vec<_> = h
        .query_all_by_label_contains("Restore the version of")
        .collect();
    assert_eq!(restores.len(), 2, "one per save, newest first");
    restores[1].click();
    settle(&mut h);
    assert!(shows(&h, "Restored the version saved as"));
    let disk = journal_text(dir.path());
    assert!(
        disk.contains("R-1") && !disk.contains("R-1-changed"),
        "{disk}"
    );
    drop(h);

    // A journal that cannot be read: read-only, and one click brings it back.
    std::fs::write(dir.path().join("journal.ron"), "garbage").unwrap();
    let mut h = harness_in(dir.path());
    click(&mut h, "Journal");
    assert!(shows(
        &h,
        "On the Journal page, Earlier versions puts back a version saved before"
    ));
    assert!(
        h.query_by_label("New entry")
            .is_none_or(|n| n.accesskit_node().is_disabled())
    );
    click(&mut h, "Show earlier versions");
    h.query_all_by_label_contains("Restore the version of")
        .next()
        .unwrap()
        .click();
    settle(&mut h);
    let message = h.state().state.journal.message.clone();
    assert!(shows(&h, "Restored the version saved as"), "{message:?}");
    assert!(!h.get_by_label("New entry").accesskit_node().is_disabled());
    assert!(journal_text(dir.path()).contains("R-1"));
    let kept = std::fs::read_dir(dir.path().join("backups"))
        .unwrap()
        .flatten()
        .any(|f| std::fs::read_to_string(f.path()).unwrap_or_default() == "garbage");
    assert!(kept, "the unreadable file is kept as a backup, not lost");
}

/// Issue 13 item 7: "Log this call" carries the problem chosen in the filters.
#[test]
fn log_this_call_is_about_the_problem_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    common::choose(&mut h, "Problem", "Lost or stolen card ·");
    let first = h.state().state.hit(0).unwrap().record.id.clone();
    h.state_mut()
        .state
        .apply(amex_desk::state::NumbersCommand::Copy(first));
    settle(&mut h);
    click(&mut h, "Log this call");
    let draft = &h.state().state.journal.editor.as_ref().unwrap().draft;
    assert_eq!(
        draft.purpose,
        Some(amex_desk::directory::Purpose::LostCard),
        "not the line's first purpose"
    );
}

#[test]
fn outside_additions_show_and_an_edit_saved_in_the_window_keeps_them_all() {
    let root = tempfile::tempdir().unwrap();
    // A folder of its own (the command line warns about a shared one).
    let dir = root.path().join("data");
    let mut h = harness_in(&dir);
    click(&mut h, "Journal");
    click(&mut h, "New entry");
    type_into(&mut h, "Summary", "made in the window");
    click(&mut h, "Save entry");
    // 200 calls logged from the command line while the window is open (older than
    // the window's entry, so that one stays at the top of the list), 8 at a time.
    let started = std::time::Instant::now();
    for batch in (0..200).collect::<Vec<_>>().chunks(8) {
        let children: Vec<_> = batch
            .iter()
            .map(|i| {
                std::process::Command::new(env!("CARGO_BIN_EXE_amex-desk"))
                    .args(["log", "add", "--summary", &format!("outside call {i}")])
                    .args(["--when", "2026-11-01 09:00"])
                    .env("AMEX_DESK_DATA_DIR", &dir)
                    .stdout(std::process::Stdio::null())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for mut child in children {
            assert!(child.wait().unwrap().success());
        }
    }
    eprintln!(
        "200 `log add` calls: {:.1} s",
        started.elapsed().as_secs_f64()
    );
    // The next frame (the real window's watcher asks for it) asks the writer to read
    // the file; its answer shows them.
    settle(&mut h);
    assert!(shows(&h, "200 entries added elsewhere."));
    assert_eq!(h.state().state.journal.data.entries.len(), 201);
    click_starting(&mut h, "Edit entry 2026-11-18");
    type_into(&mut h, "Summary", ", edited");
    click(&mut h, "Save entry");
    let disk = amex_desk::journal::read_journal(&dir.join("journal.ron"))
        .unwrap()
        .unwrap();
    assert_eq!(disk.entries.len(), 201);
    assert!(
        disk.entries
            .iter()
            .any(|e| e.summary == "made in the window, edited")
    );
    let outside = disk
        .entries
        .iter()
        .filter(|e| e.summary.starts_with("outside call "))
        .count();
    assert_eq!(outside, 200);
}

#[test]
fn a_second_window_on_the_folder_is_read_only_until_the_first_closes() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("data");
    std::fs::create_dir(&dir).unwrap();
    let open = |dir: &std::path::Path| {
        common::harness_with(
            common::app_with(
                common::calling_from("GB"),
                "Europe/London",
                amex_desk::opener::RecordingOpener::default(),
                amex_desk::directory::Directory::builtin().unwrap(),
            )
            .with_window_lock(dir)
            .with_journal(dir),
        )
    };
    let banner = "Another Amex Desk window is open: this one is read-only";
    let mut one = open(&dir);
    let mut two = open(&dir);
    assert!(!shows(&one, banner));
    assert!(shows(&two, banner));
    assert!(two.state().other_window_open());
    for h in [&mut one, &mut two] {
        click(h, "Journal");
    }
    assert!(!one.get_by_label("New entry").accesskit_node().is_disabled());
    assert!(two.get_by_label("New entry").accesskit_node().is_disabled());
    drop(one);
    settle(&mut two);
    assert!(!shows(&two, banner));
    assert!(shows(
        &two,
        "The other window closed: this one can edit now."
    ));
    click(&mut two, "New entry");
    type_into(&mut two, "Summary", "after the first window closed");
    click(&mut two, "Save entry");
    assert!(journal_text(&dir).contains("after the first window closed"));
}
