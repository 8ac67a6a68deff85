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

mod common;

use amex_desk::journal::{Journal, JournalFile};
use common::journal;
use criterion::{Criterion, criterion_group, criterion_main};
use jiff::Timestamp;
use std::hint::black_box;

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
