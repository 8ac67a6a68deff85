//! The retention coach end to end, as on a real call: set up the card, read the prep
//! (tenure, refund window), step through the script with one key, record an accepted
//! offer, and find it in the history, the call log and the follow-ups.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)] // test code

mod common;

use common::{choose, click, harness_in, settle, shows, type_into};
use egui::Key;
use egui_kittest::kittest::{NodeT, Queryable};

#[test]
fn set_up_step_through_record_an_offer_and_see_it_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    click(&mut h, "Retention");
    click(&mut h, "New card");
    type_into(&mut h, "Nickname", "Gold");
    type_into(&mut h, "Member since", "2015");
    type_into(&mut h, "Annual fee", "325");
    type_into(&mut h, "Fee statement closes", "2026-11-05");
    // The window calls from the UK: no US refund rule for a UK account.
    assert!(shows(
        &h,
        "No annual-fee refund rule is recorded for GB accounts"
    ));
    choose(&mut h, "Account country", "United States");
    click(&mut h, "Save card");
    assert!(shows(&h, "Card saved."));
    // Today is 2026-11-18: 11 years a member; refund window until 2026-12-05.
    assert!(shows(&h, "Member for: 11 years (since 2015)"));
    assert!(shows(&h, "close by 2026-12-05 for a refund (17 days left)"));
    assert!(shows(
        &h,
        "Retention offer accepted in the last 12 months: no"
    ));

    // The script, one step at a time with the N key (no text field focused).
    assert!(shows(&h, "Step 1 of 7: Open politely"));
    h.key_press(Key::N);
    settle(&mut h);
    assert!(
        shows(&h, "Step 2 of 7: If they make an offer"),
        "N moves to the next step"
    );
    click(&mut h, "Next step");
    assert!(shows(&h, "Step 3 of 7"));

    click(&mut h, "Record the outcome");
    type_into(&mut h, "Offer 1", "30,000 points");
    type_into(&mut h, "Offer 1 spend", "$3,000 in 3 months");
    type_into(&mut h, "Offer 1 deadline", "2027-02-18");
    click(&mut h, "Offer 1 accepted");
    type_into(&mut h, "Rep name or ID", "Marcus");
    type_into(&mut h, "Reference", "RT-5521");
    click(&mut h, "Save outcome");
    assert!(shows(&h, "Outcome recorded"));
    assert!(shows(
        &h,
        "Retention offer accepted in the last 12 months: yes"
    ));
    assert!(shows(
        &h,
        "2026-11-18: Points: 30,000 points after $3,000 in 3 months by 2027-02-18 (accepted), ref RT-5521"
    ));

    click(&mut h, "Journal");
    assert!(
        shows(&h, "Promised: Meet the spend requirement for 30,000 points"),
        "a follow-up for the spend deadline"
    );
    assert!(shows(&h, "Edit entry 2026-11-18 10:00"), "a call-log entry");
    let disk = std::fs::read_to_string(dir.path().join("journal.ron")).unwrap();
    assert!(
        disk.contains("RT-5521") && disk.contains("Retention("),
        "{disk}"
    );
}

/// Issue 13 item 4: the card form checks fields as they are typed and says why Save
/// waits; a decimal comma is read as written.
#[test]
fn the_card_form_names_wrong_fields_as_you_type() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    click(&mut h, "Retention");
    click(&mut h, "New card");
    assert!(shows(&h, "Fix to save: Nickname"));
    type_into(&mut h, "Nickname", "Gold");
    type_into(&mut h, "Annual fee", "1.234");
    type_into(&mut h, "Fee posted", "2099-01-01");
    assert!(shows(&h, "Annual fee: \"1.234\" could mean 1234.00"));
    assert!(shows(&h, "Fee posted: 2099-01-01 is in the future"));
    assert!(shows(&h, "Fix to save: Annual fee, Fee posted"));
    assert!(h.get_by_label("Save card").accesskit_node().is_disabled());
}
