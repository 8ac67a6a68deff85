//! Disputes as a person handles one: start a case, fill it in, tick evidence, watch the
//! progress and the deadline, save, print; and an overdue deadline reaching the
//! journal's follow-ups.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)] // test code

mod common;

use common::{choose, click, harness_in, settle, shows, type_into};
use egui_kittest::kittest::{NodeT, Queryable};

#[test]
fn create_a_case_tick_evidence_see_deadlines_save_and_print() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    click(&mut h, "Disputes");
    click(&mut h, "New case: Goods or services not received");
    assert!(shows(&h, "New dispute"));
    type_into(&mut h, "Merchant", "Acme Outdoor");
    // The window calls from the UK: the UK's own clocks wait for their dates.
    assert!(shows(
        &h,
        "You may take it to the Financial Ombudsman Service: enter the date you filed to date it."
    ));
    assert!(
        !shows(&h, "Billing-error notice"),
        "no US rule for a UK account"
    );
    // This account is American.
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
    // Letter after A4, then A4 again: three files, none written over.
    click(&mut h, "Print packet (Letter PDF)");
    click(&mut h, "Print packet (PDF)");
    let mut names: Vec<String> = std::fs::read_dir(dir.path().join("exports"))
        .unwrap()
        .flatten()
        .map(|f| f.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(names.iter().any(|n| n.contains("-letter-")), "{names:?}");
    assert_eq!(
        names.iter().filter(|n| n.contains("-a4-")).count(),
        2,
        "{names:?}"
    );
    // Another case opened: the messages and the saved file of this one go with it.
    assert!(shows(&h, "Open the saved file"));
    click(&mut h, "New case: Goods or services not received");
    assert!(shows(&h, "New dispute"));
    assert!(!shows(&h, "Case saved."), "a message about the other case");
    assert!(!shows(&h, "Open the saved file"), "the other case's packet");
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
    settle(&mut h);
    assert!(shows(&h, "Dispute: Cafe Roma"), "Open goes to the case");
}

#[test]
fn every_wrong_field_is_named_beside_it_as_you_type_and_save_waits() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    click(&mut h, "Disputes");
    click(&mut h, "New case: Wrong amount charged");
    // A blank case: the merchant is the one thing missing, and Save says so.
    assert!(shows(&h, "Fix 1 field to save: Merchant"));
    assert!(h.get_by_label("Save case").accesskit_node().is_disabled());
    type_into(&mut h, "Merchant", "Shop");
    type_into(&mut h, "Filed on", "last Tuesday");
    type_into(&mut h, "Currency", "Z");
    // Both messages show at once, each under its own field, before any Save.
    assert!(shows(&h, "Filed on: \"last Tuesday\" is not a date"));
    assert!(shows(&h, "is not a currency code; use three letters"));
    assert!(shows(&h, "Fix 2 fields to save: Currency, Filed on"));
    click(&mut h, "Save case");
    assert!(!dir.path().join("journal.ron").exists(), "nothing saved");
    assert!(
        shows(&h, "Unsaved changes"),
        "beside the disabled Save button"
    );
}

#[test]
fn a_decimal_comma_is_read_as_written_and_an_ambiguous_amount_is_asked_about() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    click(&mut h, "Disputes");
    click(&mut h, "New case: Wrong amount charged");
    type_into(&mut h, "Merchant", "Bar Pepe");
    type_into(&mut h, "Amount", "185,50");
    assert!(
        shows(&h, "= 185.50 GBP"),
        "the parsed value beside the field"
    );
    click(&mut h, "Save case");
    let disk = std::fs::read_to_string(dir.path().join("journal.ron")).unwrap();
    assert!(
        disk.contains("amount_minor: 18550"),
        "185,50 is 185.50: {disk}"
    );

    // "1.234": thousands, or a decimal? Asked, never guessed.
    click(&mut h, "New case: Wrong amount charged");
    type_into(&mut h, "Merchant", "Hotel");
    type_into(&mut h, "Amount", "1.234");
    assert!(shows(&h, "could mean 1234.00"));
    assert!(h.get_by_label("Save case").accesskit_node().is_disabled());
    click(&mut h, "I mean 1234.00");
    assert!(shows(&h, "= 1,234.00 GBP"));
    click(&mut h, "Save case");
    let disk = std::fs::read_to_string(dir.path().join("journal.ron")).unwrap();
    assert!(disk.contains("amount_minor: 123400"), "{disk}");
}

#[test]
fn a_deleted_case_comes_back_with_undo_or_ctrl_z() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    click(&mut h, "Disputes");
    click(&mut h, "New case: Duplicate charge");
    type_into(&mut h, "Merchant", "Cafe Roma");
    click(&mut h, "Both charges on the statement");
    click(&mut h, "Save case");
    click(&mut h, "Delete case");
    assert!(!shows(&h, "Open case Cafe Roma"));
    assert!(shows(&h, "Case deleted. Undo (Ctrl+Z) puts it back."));
    click(&mut h, "Undo delete");
    assert!(shows(&h, "Case restored."));
    assert!(shows(&h, "Dispute: Cafe Roma"), "it comes back open");
    assert!(shows(&h, "Evidence: 1 of"), "with its ticks");

    click(&mut h, "Delete case");
    assert!(!shows(&h, "Open case Cafe Roma"));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    settle(&mut h);
    assert!(shows(&h, "Open case Cafe Roma"), "Ctrl+Z puts it back too");
    let disk = std::fs::read_to_string(dir.path().join("journal.ron")).unwrap();
    assert!(disk.contains("Cafe Roma"), "and it is saved again");
}

/// Issue 27: a UK case shows the UK's own clocks once its dates are in, offers the
/// complaint letter (not the US one) and a letter to the Financial Ombudsman Service
/// that carries the time limits and their pages; accented names print as written.
#[test]
fn a_uk_case_goes_to_the_ombudsman_with_its_own_clocks() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    click(&mut h, "Disputes");
    click(&mut h, "New case: Goods or services not received");
    type_into(&mut h, "Merchant", "Café Müller");
    type_into(&mut h, "Amount", "80");
    type_into(&mut h, "Filed on", "2026-10-01");
    type_into(&mut h, "Final response on", "2026-11-10");
    // 35 business days after 2026-10-01; six months after the final response.
    assert!(shows(
        &h,
        "You may take it to the Financial Ombudsman Service: 2026-11-19"
    ));
    assert!(shows(
        &h,
        "Last day to take it to the Financial Ombudsman Service: 2027-05-10"
    ));
    assert!(shows(&h, "the ombudsman's rule"));
    assert!(
        h.query_by_label("Print billing-error letter (PDF)")
            .is_none()
    );
    assert!(h.query_by_label("Print complaint letter (PDF)").is_some());
    click(&mut h, "Print letter to Financial Ombudsman Service (PDF)");
    let exports: Vec<_> = std::fs::read_dir(dir.path().join("exports"))
        .unwrap()
        .flatten()
        .collect();
    assert_eq!(exports.len(), 1);
    let text = common::pdf::file_text(exports[0].path());
    for expected in [
        "referred to Financial Ombudsman Service",
        "Café Müller",
        "final response on 2026-11-10",
        "2027-05-10",
        "financial-ombudsman.org.uk",
    ] {
        assert!(text.contains(expected), "{expected:?} missing:\n{text}");
    }
    // The UK's own right for goods that never came: the section 75 claim, naming the
    // law it relies on and its conditions (issue 27), and no US letter.
    click(&mut h, "Print section 75 claim (PDF)");
    let claim = std::fs::read_dir(dir.path().join("exports"))
        .unwrap()
        .flatten()
        .find(|f| f.file_name().to_string_lossy().contains("section-75"))
        .expect("the claim is written");
    let text = common::pdf::file_text(claim.path());
    for expected in [
        "Claim under section 75 of the Consumer Credit Act 1974",
        "Café Müller",
        "equally liable",
        "not a charge card",
    ] {
        assert!(text.contains(expected), "{expected:?} missing:\n{text}");
    }
    assert!(!text.contains("Regulation Z"));
}

/// Issue 27: an unauthorised charge on a German account offers the notice of an
/// unauthorised payment first, dated 13 months from the charge, with its page; a
/// Canadian one does not (no such rule is recorded there), only the complaint.
#[test]
fn an_unauthorised_charge_in_germany_gets_the_eu_notice_and_canada_does_not() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    click(&mut h, "Disputes");
    click(&mut h, "New case: Unauthorized or card-not-present fraud");
    choose(&mut h, "Account", "Germany");
    type_into(&mut h, "Merchant", "Unbekannt GmbH");
    type_into(&mut h, "Amount", "49,90");
    type_into(&mut h, "Transaction date", "2026-11-05");
    click(&mut h, "Print notice of an unauthorised payment (PDF)");
    let notice = std::fs::read_dir(dir.path().join("exports"))
        .unwrap()
        .flatten()
        .find(|f| {
            f.file_name()
                .to_string_lossy()
                .contains("unauthorised-payment")
        })
        .expect("the notice is written");
    let text = common::pdf::file_text(notice.path());
    for expected in [
        "Notice of an unauthorised payment",
        "49.90 EUR",
        "13 months",
        "2027-12-05",
        "2015/2366",
    ] {
        assert!(text.contains(expected), "{expected:?} missing:\n{text}");
    }
    choose(&mut h, "Account", "Canada");
    assert!(!shows(&h, "Print notice of an unauthorised payment (PDF)"));
    assert!(shows(&h, "Print complaint letter (PDF)"));
}
