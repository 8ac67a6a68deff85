//! Property tests: any journal survives a save and load unchanged; merging never loses
//! or duplicates a record; masking never lets a card number through; no input makes
//! the journal reader panic or write.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)] // test code

mod common;

use amex_desk::directory::{Channel, Purpose};
use amex_desk::journal::sensitive::{luhn_valid, redact};
use amex_desk::journal::{
    CallTimes, Entry, EntryStatus, Journal, JournalFile, LocalTime, Note, Promise, merge,
};
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::Offset;
use proptest::prelude::*;
use uuid::Uuid;

fn timestamp() -> impl Strategy<Value = Timestamp> {
    (0i64..4_000_000_000, 0i32..1_000_000_000).prop_map(|(s, n)| Timestamp::new(s, n).unwrap())
}

fn local_time() -> impl Strategy<Value = LocalTime> {
    (0i64..4_000_000_000, -48i32..=56).prop_map(|(s, quarter_hours)| LocalTime {
        timestamp: Timestamp::from_second(s).unwrap(),
        offset: Offset::from_seconds(quarter_hours * 900).unwrap(),
    })
}

fn date() -> impl Strategy<Value = Date> {
    (1990i16..2100, 1i8..=12, 1i8..=28).prop_map(|(y, m, d)| jiff::civil::date(y, m, d))
}

/// Any text a person might type, including quotes, backslashes, newlines and emoji.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,40}",
        "\\PC{0,3}[\u{0300}\u{200b}\u{7f}\u{85}\u{feff}'\\\\]\\PC{0,3}",
        "[a-z \"\\\\\n\t(),:\\[\\]{}#/*-]{0,40}",
        Just(String::new()),
    ]
}

fn entry() -> impl Strategy<Value = Entry> {
    (
        (any::<u128>(), timestamp(), timestamp(), local_time()),
        (
            proptest::option::of("[a-z-]{1,20}"),
            0usize..Channel::ALL.len(),
            text(),
            text(),
            proptest::option::of(0usize..Purpose::ALL.len()),
            text(),
        ),
        (
            proptest::collection::vec((text(), proptest::option::of(date()), any::<bool>()), 0..4),
            proptest::option::of(date()),
            0usize..EntryStatus::ALL.len(),
            proptest::option::of((local_time(), local_time(), any::<u32>(), any::<u32>())),
        ),
    )
        .prop_map(
            |(
                (id, created, updated, when),
                (contact, ch, rep, reference, purpose, summary),
                (promises, follow_up, st, times),
            )| Entry {
                id: Uuid::from_u128(id),
                created,
                updated,
                when,
                contact,
                channel: Channel::ALL[ch],
                rep,
                reference,
                purpose: purpose.map(|p| Purpose::ALL[p]),
                summary,
                promises: promises
                    .into_iter()
                    .map(|(text, due, done)| Promise { text, due, done })
                    .collect(),
                follow_up,
                status: EntryStatus::ALL[st],
                links: Vec::new(),
                call_times: times.map(|(started, ended, hold_secs, talk_secs)| CallTimes {
                    started,
                    ended,
                    hold_secs,
                    talk_secs,
                }),
            },
        )
}

fn journal() -> impl Strategy<Value = Journal> {
    (
        proptest::collection::vec(entry(), 0..8),
        proptest::collection::vec((any::<u128>(), "[a-z-]{1,12}", text(), timestamp()), 0..4),
    )
        .prop_map(|(entries, notes)| Journal {
            entries,
            notes: notes
                .into_iter()
                .map(|(id, contact, text, t)| Note {
                    id: Uuid::from_u128(id),
                    contact,
                    text,
                    created: t,
                    updated: t,
                })
                .collect(),
            ..Journal::default()
        })
}

/// An American Express number: 34 or 37, 12 digits, a Luhn check digit.
fn amex_number() -> impl Strategy<Value = String> {
    (prop_oneof![Just("34"), Just("37")], "[0-9]{12}").prop_map(|(p, body)| {
        let partial = format!("{p}{body}");
        (0..10)
            .map(|d| format!("{partial}{d}"))
            .find(|n| luhn_valid(n.as_bytes()))
            .unwrap()
    })
}

fn has_secret(text: &str, number: &str) -> bool {
    use unicode_normalization::UnicodeNormalization;
    let digits: String = text.nfkc().filter(|c| c.is_ascii_digit()).collect();
    digits.contains(number)
}

/// A card number of any network the masker knows: Amex (34/37, 15 digits), Visa (16),
/// Mastercard (16), Discover (16), each with its Luhn check digit.
fn any_card_number() -> impl Strategy<Value = String> {
    (
        prop_oneof![
            Just(("34", 15)),
            Just(("37", 15)),
            Just(("4", 16)),
            Just(("51", 16)),
            Just(("55", 16)),
            Just(("6011", 16)),
        ],
        "[0-9]{18}",
    )
        .prop_map(|((prefix, len), body)| {
            let partial = format!("{prefix}{}", &body[..len - prefix.len() - 1]);
            (0..10)
                .map(|d| format!("{partial}{d}"))
                .find(|n| luhn_valid(n.as_bytes()))
                .unwrap()
        })
}

/// Every separator people put between digit groups (or paste from a PDF).
const SEPARATORS: [&str; 19] = [
    " ", "  ", "\t", "\n", "\r\n", " \n ", "-", " - ", "/", " / ", "_", ".", "\u{a0}", "\u{202f}",
    "\u{2007}", "\u{2009}", "\u{2013}", "\u{2212}", "\u{200b}",
];

/// A digit as typed: ASCII, full-width or mathematical bold.
fn digit_spelling(d: char, width: u8) -> char {
    let value = d.to_digit(10).unwrap_or(0);
    let base = match width {
        0 => return d,
        1 => 0xFF10,
        _ => 0x1D7CE,
    };
    char::from_u32(base + value).unwrap_or(d)
}

/// A card number written in groups of three to six digits, each gap its own
/// separator, each digit its own width.
fn spelled(number: &str, cuts: &[usize], seps: &[usize], widths: &[u8]) -> String {
    let digits: Vec<char> = number.chars().collect();
    let mut out = String::new();
    let mut at = 0;
    let mut gap = 0;
    while at < digits.len() {
        let left = digits.len() - at;
        let mut size = cuts.get(gap).copied().unwrap_or(left).max(3);
        if left - size.min(left) < 3 {
            size = left;
        }
        if gap > 0 {
            out.push_str(SEPARATORS[seps[gap % seps.len()] % SEPARATORS.len()]);
        }
        for (i, d) in digits[at..at + size].iter().enumerate() {
            out.push(digit_spelling(*d, widths[(at + i) % widths.len()]));
        }
        at += size;
        gap += 1;
    }
    out
}

/// A card number in a random spelling: groups, separators and widths mixed.
fn card_spelling() -> impl Strategy<Value = (String, String)> {
    (
        any_card_number(),
        proptest::collection::vec(prop_oneof![Just(19usize), 3usize..=6], 1..6),
        proptest::collection::vec(0usize..SEPARATORS.len(), 1..6),
        proptest::collection::vec(
            prop_oneof![4 => Just(0u8), 1 => Just(1u8), 1 => Just(2u8)],
            1..8,
        ),
    )
        .prop_map(|(number, cuts, seps, widths)| {
            let text = spelled(&number, &cuts, &seps, &widths);
            (number, text)
        })
}

/// Everything a journal can become: the saved file and its `.bak`, Markdown, CSV,
/// the JSON rows, and the text of the dispute packet, letter and retention PDFs.
fn every_output(dir: &std::path::Path, journal: &Journal) -> String {
    use amex_desk::print::{Paper, render};
    let mut all = String::new();
    for name in ["journal.ron", "journal.ron.bak"] {
        all.push_str(&std::fs::read_to_string(dir.join(name)).unwrap_or_default());
    }
    let label = |id: &str| id.to_string();
    all.push_str(&amex_desk::journal::export::to_markdown(
        journal, &label, "now",
    ));
    all.push_str(&amex_desk::journal::export::to_csv(journal, &label).unwrap());
    all.push_str(&serde_json::to_string(journal).unwrap());
    let catalog = amex_desk::disputes::catalog::builtin().unwrap();
    let today = jiff::civil::date(2026, 11, 18);
    for case in &journal.cases {
        let packet = amex_desk::disputes::docs::packet_doc(
            case,
            catalog,
            &journal.entries_with(&case.calls),
            today,
        );
        all.push_str(&amex_desk::disputes::docs::to_markdown(&packet));
        all.push_str(&common::pdf::text(&render(&packet, Paper::A4)));
        for letter in amex_desk::disputes::letters::letters_for(case, catalog) {
            let letter = amex_desk::disputes::letters::doc(letter, case, catalog, today);
            all.push_str(&common::pdf::text(&render(&letter, Paper::Letter)));
        }
    }
    let script = amex_desk::retention::script::builtin().unwrap();
    for card in &journal.cards {
        let doc = amex_desk::retention::doc::script_doc(Some(card), script, today);
        all.push_str(&common::pdf::text(&render(&doc, Paper::A4)));
    }
    all
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    /// Save then load gives back exactly what was saved (after masking, which these
    /// strings may trigger: compare against the masked copy).
    #[test]
    fn save_and_load_round_trip(j in journal()) {
        let dir = tempfile::tempdir().unwrap();
        let (mut file, empty) = JournalFile::open(dir.path());
        prop_assert_eq!(empty.unwrap(), Journal::default());
        let (saved, _) = file.save(&j).unwrap();
        let saved = saved.unwrap_or_else(|| j.clone());
        let mut expected = j.clone();
        expected.redact_all();
        prop_assert_eq!(&saved, &expected);
        let (_, loaded) = JournalFile::open(dir.path());
        prop_assert_eq!(loaded.unwrap(), expected);
    }

    /// The fast encoder writes exactly what `ron` writes, and the fast decoder reads
    /// it back, for any journal.
    #[test]
    fn fast_codec_matches_ron(j in journal()) {
        let text = amex_desk::journal::codec::encode(&j).unwrap();
        prop_assert_eq!(&text, &ron::ser::to_string_pretty(&j, ron::ser::PrettyConfig::new()).unwrap());
        let store = amex_desk::store::Store::new("journal.ron".into(), amex_desk::journal::JOURNAL_VERSION);
        prop_assert_eq!(store.parse::<Journal>(&text).unwrap(), j);
    }

    /// The fast reader reads every journal the encoder writes, by its fast path, to
    /// exactly what `ron` reads.
    #[test]
    fn fast_decoder_matches_ron(j in journal()) {
        let text = amex_desk::journal::codec::encode(&j).unwrap() + "\n";
        let fast = amex_desk::journal::decode::fast(&text);
        if !j.entries.is_empty() {
            prop_assert_eq!(fast.as_ref(), Some(&j));
        }
        prop_assert_eq!(amex_desk::journal::decode::decode(&text).unwrap(), j);
    }

    /// On a mangled file (characters inserted, deleted or replaced anywhere), the
    /// decoder gives exactly `ron`'s answer: the same journal or the same error.
    #[test]
    fn decoder_matches_ron_on_mangled_files(
        j in journal(),
        edits in proptest::collection::vec(
            (any::<prop::sample::Index>(), 0usize..3, prop::sample::select(vec![
                "\"", "\\", ",", "\n", " ", ")", "(", "]", "[", "//", "Some(", "x", "é", "\\u{301}", "\\n", ":",
            ])),
            1..4,
        ),
    ) {
        let mut text = amex_desk::journal::codec::encode(&j).unwrap();
        for (at, op, piece) in edits {
            let mut i = at.index(text.len() + 1);
            while !text.is_char_boundary(i) {
                i -= 1;
            }
            let next = text[i..].chars().next().map_or(0, char::len_utf8);
            match op {
                0 => text.insert_str(i, piece),
                1 => { text.replace_range(i..i + next, ""); }
                _ => text.replace_range(i..i + next, piece),
            }
        }
        let ours = amex_desk::journal::decode::decode(&text).map_err(|e| e.to_string());
        let rons = ron::from_str::<Journal>(&text).map_err(|e| e.to_string());
        prop_assert_eq!(ours, rons, "{}", text);
    }

    /// Merging keeps every record of both sides exactly once and is idempotent.
    #[test]
    fn merge_keeps_everything_once(a in journal(), b in journal()) {
        let (m, _) = merge(&a, &b);
        let mut ids: Vec<Uuid> = a.entries.iter().chain(&b.entries).map(|e| e.id).collect();
        ids.sort();
        ids.dedup();
        let mut merged: Vec<Uuid> = m.entries.iter().map(|e| e.id).collect();
        merged.sort();
        prop_assert_eq!(merged, ids);
        let (again, report) = merge(&m, &b);
        prop_assert_eq!(again.entries.len(), m.entries.len());
        prop_assert_eq!(report.added, 0);
    }

    /// A card number written any common way, anywhere in a note, never survives.
    #[test]
    fn masking_never_lets_a_card_number_through(
        number in amex_number(),
        style in 0usize..4,
        before in "[a-zA-Z ,.:]{0,20}",
        after in "[a-zA-Z ,.:]{0,20}",
    ) {
        let written = match style {
            0 => number.clone(),
            1 => format!("{} {} {}", &number[..4], &number[4..10], &number[10..]),
            2 => format!("{}-{}-{}", &number[..4], &number[4..10], &number[10..]),
            _ => number.as_bytes().chunks(4).map(|c| std::str::from_utf8(c).unwrap()).collect::<Vec<_>>().join(" "),
        };
        let text = format!("{before} {written} {after}");
        let (clean, found) = redact(&text);
        prop_assert_eq!(found.len(), 1, "{}", text);
        prop_assert!(!has_secret(&clean, &number), "{}", clean);
        let ending = format!("[card ending {}]", &number[10..]);
        prop_assert!(clean.contains(&ending));
    }

    /// Issue 14: a card number in any spelling (every separator, width and whitespace
    /// mixed), written into every free-text field and "last five" field, reaches
    /// neither the saved journal nor its `.bak`, Markdown, CSV, JSON or PDF text.
    #[test]
    fn no_card_spelling_reaches_disk_export_or_json(
        (number, written) in card_spelling(),
        before in prop::sample::select(vec!["", "card", "my amex is", "Card no.", "number:", "(", "\"", "pls mask"]),
        after in "[a-z ,:]{0,12}",
    ) {
        let text = format!("{before} {written} {after}");
        prop_assert_eq!(redact(&text).1.len(), 1, "{:?}", text);
        prop_assert_eq!(amex_desk::journal::sensitive::last_five(&text), &number[number.len() - 5..]);
        let now = Timestamp::from_second(1_800_000_000).unwrap();
        let mut j = Journal::default();
        let mut e = Entry::new(now, &jiff::tz::TimeZone::UTC);
        e.summary = text.clone();
        e.rep = text.clone();
        e.reference = written.clone();
        e.promises.push(Promise { text: text.clone(), ..Promise::default() });
        j.upsert_entry(e, now);
        j.add_note("us-general", &text, now);
        let mut case = amex_desk::disputes::Case::new(now, "not-received", "US");
        case.merchant = text.clone();
        case.description = text.clone();
        case.card_last5 = format!("{text} CID 1234");
        j.upsert_case(case, now);
        let mut card = amex_desk::retention::RetentionCard::new(now, &text);
        card.last5 = written.clone();
        j.upsert_card(card, now);
        let dir = tempfile::tempdir().unwrap();
        let (mut file, _) = JournalFile::open(dir.path());
        file.save(&j).unwrap();
        let (saved, _) = file.save(&j).unwrap();
        let saved = saved.unwrap_or_else(|| j.clone());
        let all = every_output(dir.path(), &saved);
        prop_assert!(!has_secret(&all, &number), "{} in {:?}", number, written);
        prop_assert!(!all.contains(&written), "{:?}", written);
        prop_assert_eq!(&saved.cases[0].card_last5, &number[number.len() - 5..]);
    }

    /// Issue 14: amounts with decimals, dates and international phone numbers, in any
    /// number and order, are never taken for a card number.
    #[test]
    fn amounts_dates_and_phone_numbers_are_never_masked(
        items in proptest::collection::vec(
            prop_oneof![
                (0u32..100_000, 0u32..100).prop_map(|(a, c)| format!("{a}.{c:02}")),
                date().prop_map(|d| d.to_string()),
                date().prop_map(|d| format!("{:02}/{:02}/{}", d.day(), d.month(), d.year())),
                "[1-9][0-9]{0,2} [0-9]{2,4} [0-9]{3,4} [0-9]{3,4}".prop_map(|p| format!("+{p}")),
            ],
            1..8,
        ),
        seps in proptest::collection::vec(prop::sample::select(vec![" ", "  ", "\n", " - ", "\t"]), 8),
    ) {
        let mut text = String::from("credits");
        for (i, item) in items.iter().enumerate() {
            text.push_str(seps[i % seps.len()]);
            text.push_str(item);
        }
        prop_assert!(redact(&text).1.is_empty(), "{:?}: {:?}", text, redact(&text).1);
    }

    /// Arbitrary bytes as journal.ron: an error or a journal, never a panic, and the
    /// file is never touched.
    #[test]
    fn any_bytes_are_read_safely(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.ron");
        std::fs::write(&path, &bytes).unwrap();
        let (mut file, loaded) = JournalFile::open(dir.path());
        if loaded.is_err() {
            prop_assert!(file.save(&Journal::default()).is_err());
            prop_assert_eq!(std::fs::read(&path).unwrap(), bytes);
        }
    }
}
