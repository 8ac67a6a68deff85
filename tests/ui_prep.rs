//! Call prep as a person uses it: pick a purpose, see the line for the country called
//! from, Start call (copies the number, opens a pre-filled call-log entry), print.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)] // test code

mod common;

use common::{choose, click, copied_text, harness_in, settle, shows, type_into};
use egui_kittest::kittest::Queryable;

#[test]
fn start_call_copies_the_line_and_opens_a_prefilled_entry() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    click(&mut h, "Call prep");
    click(&mut h, "Prepare: Lost or stolen card");
    assert!(shows(&h, "Call prep: Lost or stolen card"));
    assert!(shows(&h, "Freeze the card in the app first"));
    assert!(
        shows(&h, "ask for a reference number"),
        "the last step is always there"
    );
    // A GB cardholder calling from GB: the UK line, as dialled at home.
    assert!(shows(&h, "0800 917 8047"));
    h.get_by_label("Start call").click();
    h.step();
    assert_eq!(copied_text(&h).as_deref(), Some("0800 917 8047"));
    settle(&mut h);
    let editor = h
        .state()
        .state
        .journal
        .editor
        .clone()
        .expect("the call-log editor opened");
    assert_eq!(
        editor.draft.contact.as_deref(),
        Some("gb-customer-relations")
    );
    assert_eq!(
        editor.draft.purpose,
        Some(amex_desk::directory::Purpose::LostCard)
    );
    assert_eq!(editor.draft.when, "2026-11-18 10:00");
    assert!(shows(&h, "New call-log entry"));
    // The call is logged beside the prep sheet: the script and the ladder stay.
    assert_eq!(h.state().state.view, amex_desk::state::View::Prep);
    assert!(shows(&h, "Freeze the card in the app first"));
    type_into(&mut h, "Reference", "R-9");
    click(&mut h, "Save entry");
    assert!(
        !shows(&h, "New call-log entry"),
        "the log closes, prep stays"
    );
    assert!(shows(&h, "Call prep: Lost or stolen card"));
}

#[test]
fn calling_from_abroad_changes_the_line_and_the_ladder_follows_the_card_country() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    click(&mut h, "Call prep");
    click(&mut h, "Prepare: Lost or stolen card");
    choose(&mut h, "Card from", "United States");
    // From the UK the US toll-free line gives way to the collect line, dialled with 00.
    assert!(
        shows(&h, "00 1 336-393-1111"),
        "the collect line, as dialled from the UK"
    );
    assert!(shows(&h, "escalation in United States"));
    assert!(shows(
        &h,
        "Consumer Financial Protection Bureau (CFPB) (not American Express)"
    ));
    choose(&mut h, "Calling from", "Spain");
    assert!(shows(&h, "00 1 336-393-1111"));
    choose(&mut h, "Card from", "Australia");
    assert!(shows(
        &h,
        "Australian Financial Complaints Authority (AFCA) (not American Express)"
    ));
    assert!(shows(&h, "Phone 1800 931 678"));
}

#[test]
fn print_writes_a_pdf_and_offers_to_open_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    click(&mut h, "Call prep");
    click(&mut h, "Prepare: Disputes");
    click(&mut h, "Print prep sheet (A4 PDF)");
    let exports: Vec<_> = std::fs::read_dir(dir.path().join("exports"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    assert_eq!(exports.len(), 1);
    let bytes = std::fs::read(&exports[0]).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    let text = common::pdf::pages(&bytes)[0].clone();
    assert!(text.contains("Call prep: Disputes"), "{text}");
    assert!(shows(&h, "Saved "));
    click(&mut h, "Open the saved file");
    assert!(!shows(&h, "refused"), "the PDF it wrote is allowed to open");
}

/// Issue 24: the card held is part of the call. A personal card in Germany gets the
/// only personal line there is, and is told it serves Blue cards only; a Corporate
/// Card gets the Corporate line; the choice is remembered in the settings.
#[test]
fn the_card_you_hold_picks_the_line_and_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    click(&mut h, "Call prep");
    click(&mut h, "Prepare: Lost or stolen card");
    choose(&mut h, "Card from", "Germany");
    assert!(shows(&h, "for Blue cards only"), "the tier is said");
    choose(&mut h, "Your card", "Corporate Card");
    assert!(!shows(&h, "for Blue cards only"));
    let line = h.state().state.prep_line().unwrap();
    assert_eq!(line.contact.record.countries, ["DE"]);
    assert!(
        line.contact.record.label.contains("Corporate"),
        "{}",
        line.contact.record.label
    );
    assert!(line.caveats.is_empty());
    assert_eq!(
        h.state().state.settings().card,
        amex_desk::directory::product::CardKind::Corporate
    );
}

/// India's complaints line from the US: a line that connects, never the 1800 number
/// that cannot be dialled from abroad; the UK ladder never shows a UK freephone to a
/// US caller.
#[test]
fn from_the_us_prep_names_lines_that_connect() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    choose(&mut h, "Calling from", "United States");
    click(&mut h, "Call prep");
    click(&mut h, "Prepare: Complaints");
    choose(&mut h, "Card from", "India");
    assert!(!shows(&h, "1800 419 3646"), "not dialable from the US");
    assert!(!shows(&h, "Cannot be dialled"));
    choose(&mut h, "Card from", "United Kingdom");
    assert!(!shows(&h, "0800"), "no UK freephone for a US caller");
    assert!(shows(&h, "011 44"), "the UK line from abroad");
}

/// Issue 27: call prep shows the time limits of the card's own market, each with what
/// kind of rule it is, and says so plainly where none is known.
#[test]
fn call_prep_shows_the_card_markets_own_time_limits() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    click(&mut h, "Call prep");
    choose(&mut h, "Card from", "Spain");
    assert!(shows(&h, "Time limits in Spain"));
    assert!(shows(
        &h,
        "American Express must resolve a formal complaint within: 15 business days after your complaint"
    ));
    assert!(shows(
        &h,
        "Last day to take it to the Banco de España: 12 months after your complaint"
    ));
    assert!(shows(&h, "law, as a secondary source reports it"));
    assert!(
        !shows(&h, "Billing-error notice"),
        "no US rule for a Spanish card"
    );
    choose(&mut h, "Card from", "Japan");
    assert!(shows(&h, "Time limits in Japan"));
    assert!(shows(
        &h,
        "Report unauthorised online use to American Express"
    ));
    assert!(shows(&h, "the issuer's stated policy"), "policy, not law");
    choose(&mut h, "Card from", "Switzerland");
    assert!(shows(&h, "Time limits in Switzerland"));
    assert!(
        h.query_by_label_contains("No deadline rules recorded for Switzerland")
            .is_some()
    );
}

/// Every market's prep sheet draws (each with a purpose in turn, so every purpose is
/// drawn too): its ladder, its bodies and its
/// time limits have glyphs the window can show (a name in a script the bundled fonts
/// lack would panic here rather than show empty boxes to the cardholder).
#[test]
fn every_markets_prep_sheet_draws() {
    use amex_desk::directory::Purpose;
    use amex_desk::state::{AppCommand, PrepCommand, View};
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    let codes: Vec<(String, String)> = h.state().state.countries.clone();
    h.state_mut().state.apply(AppCommand::ShowView(View::Prep));
    for (i, (code, name)) in codes.iter().enumerate() {
        let purpose = Purpose::ALL[i % Purpose::ALL.len()];
        h.state_mut().state.apply(PrepCommand::SetPurpose(purpose));
        h.state_mut()
            .state
            .apply(PrepCommand::SetCountry(code.clone()));
        settle(&mut h);
        assert!(
            shows(&h, &format!("Time limits in {name}")),
            "{code}, {purpose:?}"
        );
    }
}

/// Issue 27: call prep unfolds what the app has after the number for every market:
/// where its complaints end, its dated time limits, its own personal-card line and the
/// letters a case there can print.
#[test]
fn the_coverage_table_shows_every_market_after_the_number() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    click(&mut h, "Call prep");
    assert!(!shows(&h, "Complaints end at"), "folded until asked for");
    click(&mut h, "What Amex Desk has for each market");
    assert!(shows(&h, "Complaints end at"));
    let codes: Vec<(String, String)> = h.state().state.countries.clone();
    for (code, name) in codes.iter().filter(|(code, _)| code.len() == 2) {
        assert!(shows(&h, &format!("{code} {name}")), "{code}");
    }
    for expected in [
        "Financial Ombudsman Service",
        "Ombudsman for Financial Services (OFS)",
        "unauthorised payment, s.75 claim, complaint, referral",
        "billing-error notice (Regulation Z), referral",
        "ladder without an external body",
    ] {
        assert!(shows(&h, expected), "{expected:?}");
    }
}
