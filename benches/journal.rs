//! Journal save (lock, atomic write, fsync, .bak) and load (read, parse) at 10,000
//! entries, with realistic field sizes; and writing a long dispute packet as PDF.
//!
//! `cargo bench --bench journal` measures; `cargo test --bench journal` runs each once.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::disallowed_methods,
    missing_docs
)] // bench code

use amex_desk::directory::{Channel, Purpose};
use amex_desk::journal::{Entry, EntryStatus, Journal, JournalFile, Promise};
use criterion::{Criterion, criterion_group, criterion_main};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use std::hint::black_box;

/// `n` calls spread over years, each with a rep, a reference, a two-sentence summary,
/// and every third with a dated promise and a follow-up.
fn journal(n: usize) -> Journal {
    let zone = TimeZone::get("America/New_York").unwrap();
    let start: Timestamp = "2020-01-01T14:00:00Z".parse().unwrap();
    let mut j = Journal::default();
    for i in 0..n {
        let at = start
            .checked_add(SignedDuration::from_hours(i as i64 * 5))
            .unwrap();
        let mut e = Entry::new(at, &zone);
        e.contact = Some(format!("us-general-{}", i % 60));
        e.channel = Channel::ALL[i % 3];
        e.purpose = Some(Purpose::ALL[i % Purpose::ALL.len()]);
        e.rep = format!(
            "Rep {} (ID {})",
            ["Dana", "Marcus", "Priya", "Tom"][i % 4],
            4000 + i % 900
        );
        e.reference = format!("R-{:08}", 10_000_000 + i);
        e.summary = format!(
            "Called about the charge of ${}.{:02} from merchant #{i}. The representative explained the next steps and said a letter would follow.",
            i % 900,
            i % 100
        );
        if i % 3 == 0 {
            e.promises.push(Promise {
                text: "Temporary credit while the dispute is reviewed".to_string(),
                due: Some(
                    e.when
                        .date()
                        .checked_add(jiff::Span::new().days(30))
                        .unwrap(),
                ),
                done: i % 2 == 0,
            });
            e.follow_up = e.when.date().checked_add(jiff::Span::new().days(14)).ok();
        }
        e.status = EntryStatus::ALL[i % 4];
        j.entries.push(e);
    }
    j
}

fn bench_journal(c: &mut Criterion) {
    let data = journal(10_000);
    let dir = tempfile::tempdir().unwrap();
    let (mut file, _) = JournalFile::open(dir.path());
    file.save(&data).unwrap();
    let bytes = std::fs::metadata(dir.path().join("journal.ron"))
        .unwrap()
        .len();
    eprintln!(
        "journal.ron with 10,000 entries: {:.1} MiB",
        bytes as f64 / 1048576.0
    );

    let mut group = c.benchmark_group("journal");
    group.sample_size(20);
    group.bench_function("save/10k", |b| {
        b.iter(|| file.save(black_box(&data)).unwrap());
    });
    group.bench_function("load/10k", |b| {
        b.iter(|| {
            let (_, loaded) = JournalFile::open(black_box(dir.path()));
            assert_eq!(loaded.unwrap().entries.len(), 10_000);
        });
    });
    // The same file read by `ron` alone (what load did before `journal::decode`), so
    // the fast reader's gain is measured in the same run.
    let text = std::fs::read_to_string(dir.path().join("journal.ron")).unwrap();
    group.bench_function("parse_ron_only/10k", |b| {
        b.iter(|| ron::from_str::<Journal>(black_box(&text)).unwrap());
    });
    group.bench_function("parse_decode/10k", |b| {
        b.iter(|| amex_desk::journal::decode::decode(black_box(&text)).unwrap());
    });
    // Worst case for the fast reader: every summary has a line break, so every
    // summary literal has an escape and goes to `ron` on its own.
    let mut multiline = data.clone();
    for e in &mut multiline.entries {
        e.summary.push_str("\nSecond line: they will call back.");
    }
    let multiline_text = amex_desk::journal::codec::encode(&multiline).unwrap();
    group.bench_function("parse_decode_multiline/10k", |b| {
        b.iter(|| amex_desk::journal::decode::decode(black_box(&multiline_text)).unwrap());
    });
    group.bench_function("parse_ron_only_multiline/10k", |b| {
        b.iter(|| ron::from_str::<Journal>(black_box(&multiline_text)).unwrap());
    });
    group.finish();
}

/// A long dispute packet (a case with every item noted and 200 linked calls, several
/// pages) laid out and written as PDF.
fn bench_packet(c: &mut Criterion) {
    let catalog = amex_desk::disputes::builtin().unwrap();
    let mut journal = journal(200);
    let now: Timestamp = "2026-11-18T10:00:00Z".parse().unwrap();
    let mut case = amex_desk::disputes::Case::new(now, "not-received", "US");
    case.merchant = "Acme Outdoor".into();
    case.amount_minor = 21240;
    case.statement_date = jiff::civil::Date::new(2026, 10, 31).ok();
    case.description = "Ordered a tent; tracking shows only label created. ".repeat(20);
    for item in &catalog.kind("not-received").unwrap().items {
        case.items.insert(
            item.title.clone(),
            amex_desk::disputes::ItemState {
                checked: true,
                note: "see folder".repeat(10),
                file: None,
            },
        );
    }
    case.calls = journal.entries.iter().map(|e| e.id).collect();
    journal.cases.push(case.clone());
    let today = jiff::civil::Date::new(2026, 11, 22).unwrap();
    c.bench_function("print/dispute_packet_200_calls", |b| {
        b.iter(|| {
            let doc = amex_desk::disputes::docs::packet_doc(
                black_box(&case),
                catalog,
                &journal.entries_with(&case.calls),
                today,
            );
            amex_desk::print::render(&doc, amex_desk::print::Paper::A4)
        });
    });
}

criterion_group!(benches, bench_journal, bench_packet);
criterion_main!(benches);
