//! Issue 27: no text the app shows or prints names a file of the project (the review
//! VERIFICATION.md, the source articles' .txt files): every market's prep sheet for every
//! purpose and card, every market's dispute packet and letter, and the retention sheet
//! for a card of every market.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use amex_desk::directory::Directory;
use amex_desk::directory::product::CardKind;
use amex_desk::disputes::docs::{packet_doc, to_markdown};
use amex_desk::disputes::letters::{doc as letter, letters_for};
use amex_desk::guidance::{Call, prep_doc};
use amex_desk::print::Doc;

fn internal_names(doc: &Doc) -> Vec<String> {
    let text = to_markdown(doc);
    let mut found: Vec<String> = text
        .split(|c: char| c.is_whitespace() || "()[],;\"".contains(c))
        .filter(|w| {
            let w = w.trim_end_matches(['.', ':']);
            w.ends_with(".md") || w.ends_with(".txt") || w.ends_with(".ron")
        })
        .map(str::to_string)
        .collect();
    if text.contains("VERIFICATION") {
        found.push("VERIFICATION".to_string());
    }
    found
}

#[test]
fn nothing_shown_or_printed_names_an_internal_file() {
    let dir = Directory::builtin().unwrap();
    let guidance = amex_desk::guidance::builtin().unwrap();
    let disputes = amex_desk::disputes::builtin().unwrap();
    let script = amex_desk::retention::builtin().unwrap();
    let today = jiff::civil::date(2026, 12, 5);
    let now: jiff::Timestamp = "2026-12-05T10:00:00Z".parse().unwrap();
    let markets: Vec<&str> = dir.countries.iter().map(|c| c.code.as_str()).collect();
    let mut checked = 0;
    for market in &markets {
        for purpose in amex_desk::directory::Purpose::ALL {
            for card in [CardKind::Personal, CardKind::Business, CardKind::Corporate] {
                let call = Call {
                    purpose,
                    country: market,
                    calling_from: market,
                    card,
                };
                let doc = prep_doc(&dir, guidance, call, "2026-12-05");
                assert_eq!(
                    internal_names(&doc),
                    Vec::<String>::new(),
                    "{market} {purpose:?}"
                );
                checked += 1;
            }
        }
        // Every letter a case there can print, whatever its dispute type.
        for kind in &disputes.types {
            let mut case = amex_desk::disputes::Case::new(now, &kind.slug, market);
            case.merchant = "Acme".into();
            let mut docs = vec![packet_doc(&case, disputes, &[], today)];
            docs.extend(
                letters_for(&case, disputes)
                    .into_iter()
                    .map(|l| letter(l, &case, disputes, today)),
            );
            for doc in docs {
                assert_eq!(internal_names(&doc), Vec::<String>::new(), "{market}");
                checked += 1;
            }
        }
        let mut card = amex_desk::records::RetentionCard::new(now, "Gold");
        card.country = market.to_string();
        let doc = amex_desk::retention::doc::script_doc(Some(&card), script, today);
        assert_eq!(internal_names(&doc), Vec::<String>::new(), "{market}");
        checked += 1;
    }
    eprintln!("{checked} documents checked");
    assert!(checked > 1000);
}
