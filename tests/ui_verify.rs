//! The verify box, used as a person would: paste what a text message said, read the
//! answer.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use amex_desk::app::DeskApp;
use common::{harness, type_into};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn paste(h: &mut Harness<'static, DeskApp>, text: &str) {
    type_into(h, "Verify", text);
}

#[test]
fn a_number_from_a_text_message_that_is_barclaycards() {
    let mut h = harness("GB");
    paste(&mut h, "0800 151 0900");
    assert!(h.query_by_label(" NOT AMERICAN EXPRESS ").is_some());
    assert!(
        h.query_by_label_contains("belongs to Barclaycard")
            .is_some()
    );
    assert!(
        h.query_by_label("Hang up or don't reply, and call the number on the back of your card.")
            .is_some()
    );
}

#[test]
fn a_real_amex_line_and_a_look_alike_link() {
    let mut h = harness("US");
    paste(&mut h, "1-800-528-4800");
    assert!(h.query_by_label(" AMERICAN EXPRESS ").is_some());
    assert!(
        h.query_by_label_contains("known American Express line")
            .is_some()
    );
    h.get_by_label("Clear").click();
    h.run();
    assert!(h.query_by_label(" AMERICAN EXPRESS ").is_none());

    paste(
        &mut h,
        "https://americanexpress.com.account-check.example/login",
    );
    assert!(h.query_by_label(" NOT AMERICAN EXPRESS ").is_some());
    assert!(h.query_by_label_contains("look-alike").is_some());
}

#[test]
fn an_unknown_number_gets_the_safe_advice() {
    let mut h = harness("US");
    paste(&mut h, "+1 212 555 0199");
    assert!(h.query_by_label(" UNKNOWN ").is_some());
    assert!(
        h.query_by_label_contains("not a known American Express line")
            .is_some()
    );
}

/// Issue 24: a US caller (the default) pasting the UK's line from abroad as Amex's UK
/// pages print it is told it is Amex's, whatever the spelling.
#[test]
fn the_uk_line_from_abroad_is_amex_for_a_us_caller_in_every_spelling() {
    for spelling in [
        "+44 1273 696 933",
        "+441273696933",
        "+44 (0)1273 696933",
        "00 44 1273 696933",
        "011 44 1273 696933",
    ] {
        let mut h = harness("US");
        paste(&mut h, spelling);
        assert!(
            h.query_by_label(" AMERICAN EXPRESS ").is_some(),
            "{spelling}"
        );
        assert!(
            h.query_by_label_contains("Consumer cards from abroad")
                .is_some(),
            "{spelling}"
        );
        assert!(h.query_by_label(" NOT AMERICAN EXPRESS ").is_none());
    }
}
