//! The shipped data against its sources: every contact validates and is sourced, every
//! official number in VERIFICATION.md ships as official, every number in the three
//! source articles is in the directory, and known impostors never come back as Amex
//! lines.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use amex_desk::directory::filter::{self, Filters};
use amex_desk::directory::{Directory, Status, phone};

const VERIFICATION: &str = include_str!("../data/sources/VERIFICATION.md");
const ARTICLES: [(&str, &str); 3] = [
    (
        "guide",
        include_str!("../data/sources/us-customer-service-guide.txt"),
    ),
    (
        "howto",
        include_str!("../data/sources/contact-customer-care-howto.txt"),
    ),
    (
        "directory",
        include_str!("../data/sources/worldwide-helpline-directory.txt"),
    ),
];

fn dir() -> Directory {
    Directory::builtin().expect("built-in directory must validate")
}

/// Finds the contact whose number matches `written` (read for `country`).
fn contact_for<'a>(
    dir: &'a Directory,
    written: &str,
    country: &str,
) -> Option<&'a amex_desk::directory::Contact> {
    let wanted = phone::parse(written, Some(country))
        .ok()
        .map(|n| phone::e164(&n));
    let digits = phone::digits(written);
    dir.contacts.iter().find(|c| {
        (wanted.is_some() && c.e164 == wanted) || phone::digits(&c.record.value) == digits
    })
}

/// Markdown table rows of a VERIFICATION.md section: (first cell, last cell).
fn rows_of(section: &str) -> Vec<(String, String)> {
    section
        .lines()
        .filter(|l| {
            l.starts_with('|')
                && !l.starts_with("|---")
                && !l.starts_with("| number")
                && !l.starts_with("| country")
        })
        .map(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split('|').map(str::trim).collect();
            (cells[0].to_string(), cells[cells.len() - 1].to_string())
        })
        .collect()
}

/// The sections of VERIFICATION.md with the country their numbers are read for.
fn sections() -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    for part in VERIFICATION.split("\n## ").skip(1) {
        let title = part.lines().next().unwrap_or("");
        let country = match title {
            t if t.starts_with("United States") => "US",
            t if t.starts_with("Canada") => "CA",
            t if t.starts_with("United Kingdom") => "GB",
            t if t.starts_with("Australia") => "AU",
            t if t.starts_with("India") => "IN",
            t if t.starts_with("Mexico") => "MX",
            _ => continue,
        };
        out.push((country, part.to_string()));
    }
    out
}

fn is_phone_like(cell: &str) -> bool {
    let d = phone::digits(cell);
    d.len() >= 7
        && cell
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c))
}

#[test]
fn every_contact_validates_and_has_a_known_source() {
    let d = dir();
    assert!(d.contacts.len() >= 60, "{} contacts", d.contacts.len());
    for c in &d.contacts {
        assert!(!c.grade.sources.is_empty(), "{} has no source", c.record.id);
        for s in &c.grade.sources {
            assert!(d.source(s).is_some(), "{}: unknown source {s}", c.record.id);
        }
        if c.record.kind.is_phone()
            && c.grade.status.shown_by_default()
            && c.record.format_note.is_none()
        {
            assert!(c.e164.is_some(), "{} has no E.164", c.record.id);
        }
    }
}

#[test]
fn every_official_number_in_verification_ships_as_official() {
    let d = dir();
    let mut checked = 0;
    for (country, section) in sections() {
        for (first, last) in rows_of(&section) {
            if !last.starts_with("official") {
                continue;
            }
            if is_phone_like(&first) {
                let contact = contact_for(&d, &first, country)
                    .unwrap_or_else(|| panic!("official {first} ({country}) missing"));
                assert_eq!(contact.grade.status, Status::Official, "{first}");
            } else {
                // A postal address: compare by its first distinctive words.
                let key: String = first.chars().take(20).collect();
                let contact = d
                    .contacts
                    .iter()
                    .find(|c| {
                        c.record
                            .value
                            .replace('.', "")
                            .starts_with(&key.replace('.', ""))
                    })
                    .unwrap_or_else(|| panic!("official address {first} missing"));
                assert_eq!(contact.grade.status, Status::Official, "{first}");
            }
            checked += 1;
        }
    }
    // Mexico states its official number in prose.
    let mx = contact_for(&d, "800 504 0400", "MX").expect("Mexico 800 504 0400");
    assert_eq!(mx.grade.status, Status::Official);
    assert!(
        checked >= 16,
        "only {checked} official rows found: is VERIFICATION.md parsed?"
    );
}

/// The table of "Statuses as graded from the evidence" in VERIFICATION.md: the rule's
/// answer for every number the review named, kept as a regression check.
#[test]
fn statuses_as_graded_match_the_review_table() {
    let d = dir();
    let section = VERIFICATION
        .split("\n## ")
        .find(|s| s.starts_with("Statuses as graded"))
        .expect("VERIFICATION.md has the graded-statuses section");
    let mut checked = 0;
    for line in section
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| number"))
    {
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        let (number, country, status) = (cells[0], cells[1], cells[2]);
        let read_for = if country == "worldwide" {
            "US"
        } else {
            country
        };
        let contact =
            contact_for(&d, number, read_for).unwrap_or_else(|| panic!("{number} missing"));
        assert_eq!(
            contact.grade.status.slug(),
            status,
            "{number} ({country}): {}",
            contact.grade.why
        );
        checked += 1;
    }
    assert!(checked >= 30, "only {checked} rows");
}

#[test]
fn every_printed_number_reads_as_its_contact() {
    let d = dir();
    let mismatches = amex_desk::directory::evidence::printed_mismatches(&d);
    assert!(mismatches.is_empty(), "{mismatches:#?}");
    let checked = d
        .contacts
        .iter()
        .filter(|c| c.e164.is_some())
        .flat_map(|c| &c.record.evidence)
        .filter(|c| c.printed.is_some())
        .count();
    assert!(checked >= 300, "only {checked} printed numbers checked");
}

#[test]
fn every_phone_line_has_a_page_that_prints_it() {
    use amex_desk::directory::model::Finding;
    for c in &dir().contacts {
        if c.record.kind.is_phone() && c.grade.status.is_amex_line() {
            assert!(
                c.record
                    .evidence
                    .iter()
                    .any(|e| e.finding == Finding::Lists && e.printed.is_some()),
                "{} has no page that prints it",
                c.record.id
            );
        }
    }
}

#[test]
fn the_articles_are_quoted_as_printed() {
    let d = dir();
    for c in &d.contacts {
        for e in &c.record.evidence {
            let Some((_, text)) = ARTICLES.iter().find(|(id, _)| *id == e.source) else {
                continue;
            };
            let Some(printed) = &e.printed else { continue };
            if c.record.kind.is_phone() {
                assert!(
                    text.contains(printed.as_str()),
                    "{}: {printed} is not in {}",
                    c.record.id,
                    e.source
                );
            }
        }
    }
}

#[test]
fn every_amex_page_has_a_url_and_a_reading_date() {
    use amex_desk::directory::model::SourceKind;
    for s in &dir().sources {
        if s.kind == SourceKind::Amex && s.id.starts_with("amex-") && s.read_on.is_some() {
            assert!(s.url.is_some(), "{} has no url", s.id);
        }
        if let Some(year) = s.vintage {
            assert!((1990..=2026).contains(&year), "{}: vintage {year}", s.id);
            assert!(
                s.vintage_note.is_some() || s.id == "directory",
                "{}: a year with no note of where it shows",
                s.id
            );
        }
    }
}

#[test]
fn the_uk_line_is_the_24_hour_lost_stolen_and_fraud_line() {
    use amex_desk::directory::Purpose;
    use amex_desk::directory::hours::Availability;
    let d = dir();
    for (number, id) in [
        ("0800 917 8047", "gb-customer-relations"),
        ("+44 1273 696933", "gb-from-abroad"),
    ] {
        let c = contact_for(&d, number, "GB").unwrap();
        assert_eq!(c.record.id, id);
        assert_eq!(c.grade.status, Status::Official);
        assert!(
            matches!(c.availability, Availability::Always),
            "{number}: {:?}",
            c.availability
        );
        assert!(c.grade.purposes.contains(&Purpose::LostCard), "{number}");
        // The hours come from a current page, not the 1998-2007 one.
        let from = c
            .grade
            .hours_from
            .map(|i| c.record.evidence[i].source.clone())
            .unwrap();
        assert_ne!(from, "amex-gb-print-wa-stage2");
    }
    let fraud = contact_for(&d, "0800 917 8047", "GB").unwrap();
    assert!(fraud.grade.purposes.contains(&Purpose::Fraud));
}

#[test]
fn new_zealand_s_article_number_conflicts_with_amex_new_zealand_s_page() {
    let d = dir();
    let article = contact_for(&d, "0800 228 588", "NZ").unwrap();
    assert_eq!(article.grade.status, Status::Conflicting);
    let rivals: Vec<&str> = article
        .grade
        .rivals
        .iter()
        .map(|i| d.contacts[*i].record.value.as_str())
        .collect();
    assert!(rivals.contains(&"0800 656 660"), "{rivals:?}");
    let amex = contact_for(&d, "0800 656 660", "NZ").unwrap();
    assert_eq!(amex.grade.status, Status::Official);
    // Saudi Arabia likewise: the article's number against Amex's Saudi pages.
    let sa = contact_for(&d, "800 844 1000", "SA").unwrap();
    assert_eq!(sa.grade.status, Status::Conflicting);
}

#[test]
fn spain_s_lines_are_official() {
    let d = dir();
    for number in ["900 814 500", "+34 91 400 42 50"] {
        assert_eq!(
            contact_for(&d, number, "ES").unwrap().grade.status,
            Status::Official,
            "{number}"
        );
    }
}

#[test]
fn every_number_in_the_source_articles_is_in_the_directory() {
    let d = dir();
    let mut seen = 0;
    for (name, text) in ARTICLES {
        for candidate in number_runs(text) {
            let digits = phone::digits(&candidate);
            let found = d.contacts.iter().any(|c| {
                let mine = phone::digits(&c.record.value);
                // (a run inside a postal address, like a ZIP+4 code, counts as found)
                c.record.value.contains(candidate.as_str())
                    || mine == digits
                    || c.e164.as_deref().map(phone::digits).as_deref() == Some(digits.as_str())
            });
            assert!(found, "{name}: {candidate} is not in the directory");
            seen += 1;
        }
    }
    assert!(seen >= 40, "only {seen} numbers found in the articles");
}

/// Runs of digits and separators with 7 to 15 digits (phone numbers, not years).
fn number_runs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for ch in text.chars().chain(std::iter::once('\n')) {
        if ch.is_ascii_digit()
            || (!current.is_empty() && "-. ".contains(ch))
            || (current.is_empty() && ch == '+')
        {
            current.push(ch);
        } else {
            let run = current.trim_end_matches([' ', '-', '.']).to_string();
            let n = phone::digits(&run).len();
            if (7..=15).contains(&n) && !run.contains(". ") {
                out.push(run);
            }
            current.clear();
        }
    }
    out
}

#[test]
fn misattributed_and_implausible_numbers_never_come_back_by_default() {
    let d = dir();
    let hidden: Vec<&str> = d
        .contacts
        .iter()
        .filter(|c| !c.grade.status.is_amex_line())
        .map(|c| c.record.id.as_str())
        .collect();
    assert!(hidden.contains(&"gb-barclaycard") && hidden.contains(&"us-fax-claimed"));
    for text in [
        "",
        "0800 151 0900",
        "1-800-387-1193",
        "fax",
        "barclaycard",
        "uk",
    ] {
        for include_outdated in [false, true] {
            let f = Filters {
                include_outdated,
                ..Filters::default()
            };
            let r = filter::run(&d, &f, text);
            for i in &r.hits {
                let id = d.contacts[*i].record.id.as_str();
                assert!(!hidden.contains(&id), "{id} returned for {text:?}");
            }
        }
    }
    let barclay = d.contact("gb-barclaycard").unwrap();
    assert_eq!(barclay.grade.belongs_to.as_deref(), Some("Barclaycard"));
}

#[test]
fn the_article_s_blanket_24_7_is_not_taken_as_evidence() {
    let d = dir();
    for c in &d.contacts {
        if c.grade
            .sources
            .iter()
            .all(|s| s == "directory" || s == "verification")
        {
            assert!(
                !matches!(
                    c.availability,
                    amex_desk::directory::hours::Availability::Always
                ),
                "{} claims 24/7 on the directory's word alone",
                c.record.id
            );
        }
    }
}
