//! The calendar, read back with an independent parser (the `ical` crate).

use super::*;
use crate::disputes::{Case, CaseStatus};
use crate::journal::{Entry, EntryStatus, Journal, Promise};
use crate::retention::RetentionCard;
use ical::parser::ical::component::{IcalCalendar, IcalEvent};
use ical::property::Property;
use jiff::civil::date;
use jiff::tz::TimeZone;

fn now() -> Timestamp {
    "2026-11-18T10:00:00Z".parse().unwrap()
}

fn today() -> Date {
    date(2026, 11, 18)
}

fn label(id: &str) -> String {
    format!("Amex line {id}")
}

/// A journal with one of everything, and things that must stay out.
fn sample() -> Journal {
    let mut j = Journal::default();
    let mut call = Entry::new(now(), &TimeZone::UTC);
    call.summary = "Hotel charge, refund; agent said \"wait\"\nsecond line".into();
    call.reference = "4471".into();
    call.rep = "Sam".into();
    call.contact = Some("us-personal".into());
    call.follow_up = Some(date(2026, 11, 25));
    call.status = EntryStatus::WaitingOnAmex;
    call.promises = vec![
        Promise {
            text: "promised callback".into(),
            due: Some(date(2026, 11, 20)),
            done: false,
        },
        Promise {
            text: "letter sent".into(),
            due: Some(date(2026, 11, 19)),
            done: true,
        },
        Promise {
            text: "no date".into(),
            due: None,
            done: false,
        },
    ];
    let mut resolved = Entry::new(now(), &TimeZone::UTC);
    resolved.follow_up = Some(date(2026, 11, 30));
    resolved.status = EntryStatus::Resolved;
    j.entries = vec![call, resolved];

    let mut filed = Case::new(now(), "not-received", "US");
    filed.merchant = "Acme".into();
    filed.amount_minor = 12_050;
    filed.card_last5 = "10005".into();
    filed.statement_date = Some(date(2026, 10, 31));
    filed.filed_on = Some(date(2026, 11, 10));
    filed.status = CaseStatus::FiledWithAmex;
    let mut preparing = Case::new(now(), "duplicate", "US");
    preparing.merchant = "Globex".into();
    preparing.statement_date = Some(date(2026, 11, 5));
    let mut closed = Case::new(now(), "duplicate", "US");
    closed.statement_date = Some(date(2026, 11, 5));
    closed.status = CaseStatus::ResolvedInMyFavour;
    j.cases = vec![filed, preparing, closed];

    let mut card = RetentionCard::new(now(), "Gold");
    card.country = "US".to_string();
    card.annual_fee_minor = 32_500;
    card.fee_statement_closing = Some(date(2026, 11, 3));
    card.last5 = "10005".into();
    j.cards = vec![card, RetentionCard::new(now(), "No fee date")];
    j
}

fn events(j: &Journal) -> Vec<CalendarEvent> {
    let catalog = crate::disputes::builtin().unwrap();
    let script = crate::retention::builtin().unwrap();
    calendar_events(j, catalog, script, &label, today())
}

fn parse_one(text: &str) -> IcalCalendar {
    let mut reader = ical::IcalParser::new(text.as_bytes());
    let calendar = reader.next().expect("one calendar").expect("it parses");
    assert!(reader.next().is_none(), "one calendar only");
    calendar
}

/// The file as the `ical` crate reads it. That crate drops the trailing whitespace of
/// each physical line while unfolding, so a space just before a fold is lost (RFC 5545
/// keeps it: only CRLF and the one space after it go). So the values come from the
/// file unfolded by the RFC's rule, and the file as written must give the same events,
/// days and alarms.
fn parse(text: &str) -> IcalCalendar {
    let as_written = parse_one(text);
    let unfolded = parse_one(&text.replace("\r\n ", ""));
    let outline = |c: &IcalCalendar| -> Vec<(String, String, usize)> {
        c.events
            .iter()
            .map(|e| {
                let p = &e.properties;
                (value(p, "UID"), value(p, "DTSTART"), e.alarms.len())
            })
            .collect()
    };
    assert_eq!(outline(&as_written), outline(&unfolded));
    unfolded
}

fn prop<'a>(props: &'a [Property], name: &str) -> &'a Property {
    let found: Vec<&Property> = props.iter().filter(|p| p.name == name).collect();
    assert_eq!(found.len(), 1, "{name} once in {props:?}");
    found[0]
}

fn value(props: &[Property], name: &str) -> String {
    prop(props, name).value.clone().unwrap_or_default()
}

/// Reverses RFC 5545 TEXT escaping (the `ical` crate returns values as written).
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn by_uid<'a>(calendar: &'a IcalCalendar, uid: &str) -> &'a IcalEvent {
    let found: Vec<&IcalEvent> = calendar
        .events
        .iter()
        .filter(|e| value(&e.properties, "UID") == uid)
        .collect();
    assert_eq!(found.len(), 1, "{uid}");
    found[0]
}

#[test]
fn every_open_dated_item_is_one_event_and_done_ones_stay_out() {
    let j = sample();
    let got = events(&j);
    let (call, case, card) = (&j.entries[0], &j.cases[0], &j.cards[0]);
    let uids: Vec<&str> = got.iter().map(|e| e.uid.as_str()).collect();
    let notice_of_preparing = format!("{}-notify-issuer@amex-desk", j.cases[1].id);
    let expected = [
        format!("{}-promise-1@amex-desk", call.id),
        format!("{}-followup@amex-desk", call.id),
        format!("{}-fee-refund@amex-desk", card.id),
        format!("{}-acknowledgement@amex-desk", case.id),
        notice_of_preparing.clone(),
        format!("{}-resolution@amex-desk", case.id),
    ];
    assert_eq!(uids, expected, "earliest first");
    assert!(
        !uids.contains(&format!("{}-notify-issuer@amex-desk", case.id).as_str()),
        "a filed case's notice deadline is done"
    );
    let dates: Vec<Date> = got.iter().map(|e| e.date).collect();
    assert_eq!(
        dates,
        [
            date(2026, 11, 20),
            date(2026, 11, 25),
            date(2026, 12, 3),
            date(2026, 12, 10),
            date(2027, 1, 4),
            date(2027, 2, 8),
        ]
    );
    assert_eq!(got[0].summary, "Chase Amex: promised callback (ref 4471)");
    assert_eq!(
        got[1].summary,
        "Follow up with Amex: Hotel charge, refund; agent said \"wait\" (ref 4471)"
    );
    assert_eq!(
        got[2].summary,
        "Gold: last day to close with the annual fee refunded"
    );
    assert_eq!(
        got[4].summary,
        "Dispute Globex: last day to notify the issuer (60 days after the statement)"
    );
    assert_eq!(
        got[5].summary,
        "Dispute Acme: the issuer's time to resolve ends (90 days after filing)"
    );
    let d = &got[1].description;
    assert!(d.contains("Amex line us-personal"), "{d}");
    assert!(d.contains("Representative: Sam"), "{d}");
    assert!(d.contains("Status: Waiting on Amex"), "{d}");
    let d = &got[3].description;
    assert!(d.contains("Merchant: Acme"), "{d}");
    assert!(d.contains("Amount: 120.50 USD"), "{d}");
    assert!(d.contains("card ending 10005"), "{d}");
    assert!(d.contains("Regulation Z"), "{d}");
    assert!(got[2].description.contains("325.00 USD"));
    assert_eq!(
        got.iter().map(|e| e.has_alarm()).collect::<Vec<_>>(),
        [false, false, true, true, true, true]
    );
}

#[test]
fn the_file_parses_back_with_dates_summaries_uids_and_alarms() {
    let got = events(&sample());
    let text = to_ics(&got, now());
    let calendar = parse(&text);
    assert_eq!(value(&calendar.properties, "VERSION"), "2.0");
    assert_eq!(value(&calendar.properties, "PRODID"), ics::PRODID);
    assert_eq!(calendar.events.len(), got.len());
    for e in &got {
        let parsed = by_uid(&calendar, &e.uid);
        let p = &parsed.properties;
        let start = prop(p, "DTSTART");
        assert_eq!(
            start.params,
            Some(vec![("VALUE".to_string(), vec!["DATE".to_string()])])
        );
        assert_eq!(
            start.value.as_deref(),
            Some(e.date.strftime("%Y%m%d").to_string().as_str())
        );
        let end = e.date.tomorrow().unwrap().strftime("%Y%m%d").to_string();
        assert_eq!(value(p, "DTEND"), end, "the end is exclusive");
        assert_eq!(unescape(&value(p, "SUMMARY")), e.summary);
        assert_eq!(unescape(&value(p, "DESCRIPTION")), e.description);
        assert_eq!(value(p, "DTSTAMP"), "20261118T100000Z");
        if e.has_alarm() {
            assert_eq!(parsed.alarms.len(), 1, "{}", e.summary);
            let a = &parsed.alarms[0].properties;
            assert_eq!(value(a, "ACTION"), "DISPLAY");
            assert_eq!(value(a, "TRIGGER"), "-P2DT15H");
            assert_eq!(value(a, "UID"), e.uid.replace('@', "-alarm@"));
            assert!(unescape(&value(a, "DESCRIPTION")).starts_with("In 3 days: "));
        } else {
            assert!(parsed.alarms.is_empty(), "{}", e.summary);
        }
    }
}

#[test]
fn exporting_twice_gives_the_same_uids_and_the_same_bytes_for_the_same_time() {
    let j = sample();
    let first = to_ics(&events(&j), now());
    assert_eq!(first, to_ics(&events(&j), now()));
    let catalog = crate::disputes::builtin().unwrap();
    let script = crate::retention::builtin().unwrap();
    let later = calendar_events(&j, catalog, script, &label, date(2027, 1, 20));
    let later = to_ics(&later, "2027-01-20T08:00:00Z".parse().unwrap());
    let uids = |text: &str| {
        let mut u: Vec<String> = parse(text)
            .events
            .iter()
            .map(|e| value(&e.properties, "UID"))
            .collect();
        u.sort();
        u
    };
    assert_eq!(uids(&first), uids(&later));
    assert_ne!(first, later, "only the stamps differ");
}

#[test]
fn lines_are_crlf_folded_at_75_octets_and_text_is_escaped() {
    let mut j = sample();
    j.entries[0].promises[0].text =
        "Credit of $45, within 2 cycles; back\\slash — café ünïcödé, then more words to pass seventy-five octets".into();
    let got = events(&j);
    let text = to_ics(&got, now());
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    for line in text.split_inclusive('\n') {
        assert!(line.ends_with("\r\n"), "{line:?}");
        assert!(line.len() <= 77, "{} octets: {line:?}", line.len() - 2);
    }
    assert!(
        !text.replace("\r\n", "").contains(['\r', '\n']),
        "no bare CR or LF"
    );
    let calendar = parse(&text);
    let promise = by_uid(&calendar, &got[0].uid);
    assert_eq!(
        unescape(&value(&promise.properties, "SUMMARY")),
        got[0].summary
    );
    assert!(
        value(&promise.properties, "DESCRIPTION").contains("\\, within 2 cycles\\; back\\\\slash")
    );
}

#[test]
fn no_card_number_or_control_character_reaches_the_file() {
    let mut j = sample();
    // Written straight into the records, past the masking the journal does on save.
    j.entries[0].summary = "card 3782 822463 10005 and 4111111111111111 cvv 123".into();
    j.entries[0].promises[0].text = "refund to 378282246310005\u{1b}[31m\u{202e}".into();
    j.cases[0].merchant = "Acme 5555-5555-5555-4444".into();
    j.cases[0].card_last5 = "378282246310005".into();
    j.cards[0].nickname = "Gold 371449635398431".into();
    j.cards[0].last5 = "371449635398431".into();
    let text = to_ics(&events(&j), now());
    let unfolded = text.replace("\r\n ", "");
    let digits = regex::Regex::new(r"\d{13,}").unwrap();
    assert!(!digits.is_match(&unfolded), "{unfolded}");
    let compact: String = unfolded
        .chars()
        .filter(|c| !matches!(c, ' ' | '-'))
        .collect();
    for card in ["378282246310005", "4111111111111111", "5555555555554444"] {
        assert!(!compact.contains(card), "{card}");
    }
    assert!(!unfolded.contains('\u{1b}') && !unfolded.contains('\u{202e}'));
}

#[test]
fn an_empty_journal_is_an_empty_calendar() {
    let text = to_ics(&events(&Journal::default()), now());
    let calendar = parse(&text);
    assert!(calendar.events.is_empty());
    assert_eq!(file_name(today()), "amex-desk-calendar-2026-11-18.ics");
}
