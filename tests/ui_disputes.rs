//! Disputes as a person handles one: start a case, fill it in, tick evidence, watch the
//! progress and the deadline, save, print; and an overdue deadline reaching the
//! journal's follow-ups.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{choose, click, harness_in, shows, type_into};
use egui_kittest::kittest::Queryable;

#[test]
fn create_a_case_tick_evidence_see_deadlines_save_and_print() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    click(&mut h, "Disputes");
    click(&mut h, "New case: Goods or services not received");
    assert!(shows(&h, "New dispute"));
    type_into(&mut h, "Merchant", "Acme Outdoor");
    // The window calls from the UK; this account is American.
    assert!(shows(&h, "No deadline rules recorded for United Kingdom"));
    choose(&mut h, "Account", "United States");
    type_into(&mut h, "Amount", "212.40");
    type_into(&mut h, "Statement closing", "2026-10-31");
    // Today is 2026-11-18 in these tests: the notice is due 60 days after the statement.
    assert!(shows(
        &h,
        "Billing-error notice must reach the issuer: 2026-12-30"
    ));
    assert!(shows(&h, "in 42 days"));
    assert!(shows(&h, "Evidence: 0 of 5 gathered"));
    click(&mut h, "Order confirmation or receipt");
    click(&mut h, "Tracking record, or proof it was never delivered");
    assert!(shows(&h, "Evidence: 2 of 5 gathered"));
    type_into(
        &mut h,
        "Note for Order confirmation or receipt",
        "order 7781",
    );
    type_into(
        &mut h,
        "File for Order confirmation or receipt",
        "/nowhere/receipt.pdf",
    );
    assert!(
        shows(&h, "file missing"),
        "a linked file that does not exist is flagged"
    );
    assert!(shows(&h, "Unsaved changes"));
    click(&mut h, "Save case");
    assert!(shows(&h, "Case saved."));
    assert!(!shows(&h, "Unsaved changes"));
    let disk = std::fs::read_to_string(dir.path().join("journal.ron")).unwrap();
    assert!(
        disk.contains("merchant: \"Acme Outdoor\"") && disk.contains("order 7781"),
        "{disk}"
    );
    // The case list shows it with its nearest deadline.
    assert!(shows(&h, "Open case Acme Outdoor"));

    click(&mut h, "Print packet (PDF)");
    let exports: Vec<_> = std::fs::read_dir(dir.path().join("exports"))
        .unwrap()
        .flatten()
        .collect();
    assert_eq!(exports.len(), 1);
    let text = common::pdf::file_text(exports[0].path());
    for expected in [
        "Acme Outdoor",
        "212.40 USD",
        "2 of 5 gathered",
        "order 7781",
        "2026-12-30",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from the packet"
        );
    }
}

#[test]
fn an_overdue_dispute_deadline_reaches_the_follow_ups() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    click(&mut h, "Disputes");
    click(&mut h, "New case: Duplicate charge");
    type_into(&mut h, "Merchant", "Cafe Roma");
    choose(&mut h, "Account", "United States");
    type_into(&mut h, "Statement closing", "2026-08-01");
    click(&mut h, "Save case");
    assert!(shows(&h, "Journal (1 overdue)"));
    assert_eq!(h.state().title(), "Amex Desk (1 overdue)");
    click(&mut h, "Journal (1 overdue)");
    assert!(shows(
        &h,
        "Dispute Cafe Roma: Billing-error notice must reach the issuer"
    ));
    h.get_by_label_contains("Open Dispute Cafe Roma").click();
    h.run();
    assert!(shows(&h, "Dispute: Cafe Roma"), "Open goes to the case");
}

#[test]
fn a_bad_date_is_named_and_the_case_is_not_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    click(&mut h, "Disputes");
    click(&mut h, "New case: Wrong amount charged");
    type_into(&mut h, "Merchant", "Shop");
    type_into(&mut h, "Filed on", "last Tuesday");
    click(&mut h, "Save case");
    assert!(shows(
        &h,
        "Not saved: Filed on: \"last Tuesday\" is not a date"
    ));
    assert!(!dir.path().join("journal.ron").exists());
}
