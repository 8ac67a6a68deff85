//! Closing the window never loses an edit: every form with unsaved changes (call-log
//! entry, dispute case, retention card) is kept at close and put back at the next
//! start, with a note saying so. Card numbers typed into a kept form are masked.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)] // test code

mod common;

use common::{click, harness_in, shows, type_into};
use egui_kittest::kittest::Queryable;

#[test]
fn a_case_with_unsaved_changes_survives_closing_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    click(&mut h, "Disputes");
    click(&mut h, "New case: Duplicate charge");
    type_into(&mut h, "Merchant", "Cafe Roma");
    type_into(
        &mut h,
        "What happened",
        "charged twice on card 3782 822463 10005",
    );
    assert!(shows(&h, "Unsaved changes"));
    // Ctrl+Q, the close button and the system all end in eframe's on_exit.
    h.state_mut().closing();
    drop(h);
    assert!(
        !dir.path().join("journal.ron").exists(),
        "nothing was saved as a case"
    );
    let kept = std::fs::read_to_string(dir.path().join("unsaved.ron")).unwrap();
    assert!(kept.contains("Cafe Roma"), "{kept}");
    assert!(!kept.contains("822463"), "no card number on disk: {kept}");

    let mut h = harness_in(dir.path());
    assert!(shows(
        &h,
        "Kept from last time, not saved yet: the dispute case (Cafe Roma)"
    ));
    click(&mut h, "Disputes");
    assert!(shows(&h, "Dispute: Cafe Roma"));
    assert!(shows(&h, "Unsaved changes"));
    click(&mut h, "Save case");
    assert!(shows(&h, "Case saved."));
    h.state_mut().closing();
    drop(h);
    let h = harness_in(dir.path());
    assert!(
        !shows(&h, "Kept from last time"),
        "a saved case is not kept again"
    );
}

#[test]
fn a_call_log_entry_and_a_retention_card_survive_closing_too() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    click(&mut h, "Journal");
    click(&mut h, "New entry");
    type_into(&mut h, "Summary", "Rep promised a callback");
    assert!(
        shows(&h, "Unsaved changes"),
        "beside Save, in the bar under the entry"
    );
    click(&mut h, "Retention");
    click(&mut h, "New card");
    type_into(&mut h, "Nickname", "Platinum");
    h.state_mut().closing();
    drop(h);

    let mut h = harness_in(dir.path());
    assert!(shows(
        &h,
        "Kept from last time, not saved yet: the call-log entry and the retention card (Platinum)"
    ));
    click(&mut h, "Journal");
    let summary = h.get_by_label("Summary");
    assert_eq!(summary.value().as_deref(), Some("Rep promised a callback"));
    click(&mut h, "Dismiss");
    assert!(!shows(&h, "Kept from last time"));
}

/// The window compares the forms with what it last kept every frame, in place (no
/// copy); at every step of editing each form, that comparison agrees with the copy,
/// and it notices each change.
#[test]
fn the_in_place_comparison_agrees_with_the_copy_at_every_step() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    let mut before = h.state().state.unsaved_forms();
    let mut step = |h: &mut egui_kittest::Harness<'static, amex_desk::app::DeskApp>,
                    what: &str,
                    changes: bool| {
        let state = &h.state().state;
        let now = state.unsaved_forms();
        assert!(state.unsaved_forms_are(&now), "{what}: the same forms");
        assert_eq!(!state.unsaved_forms_are(&before), changes, "{what}");
        assert_eq!(now != before, changes, "{what}");
        before = now;
    };
    click(&mut h, "Journal");
    click(&mut h, "New entry");
    step(&mut h, "a new entry", true);
    type_into(&mut h, "Summary", "Rep promised a callback");
    step(&mut h, "its summary", true);
    click(&mut h, "Retention");
    click(&mut h, "New card");
    step(&mut h, "an empty new card", false);
    type_into(&mut h, "Nickname", "Platinum");
    step(&mut h, "its nickname", true);
    click(&mut h, "Save card");
    step(&mut h, "the card saved", true);
    assert!(h.state().state.unsaved_forms().card.is_none());
    type_into(&mut h, "Annual fee", "695");
    step(&mut h, "the saved card's fee", true);
    click(&mut h, "Disputes");
    click(&mut h, "New case: Duplicate charge");
    type_into(&mut h, "Merchant", "Cafe Roma");
    step(&mut h, "a case", true);
}
