//! Filter + rank + search, and one full UI frame, over the shipped directory and over a
//! generated 10,000-contact directory; and start-up on the CPU (reading the directory,
//! the first frame of the app against an empty UI).
//!
//! `cargo bench --bench directory` measures; `cargo test --benches` runs each once.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use amex_desk::app::DeskApp;
use amex_desk::directory::filter::{self, Filters};
use amex_desk::directory::model::{
    Citation, ContactRecord, DirectoryFile, Finding, Hours, Kind, SourceKind, Tiers,
};
use amex_desk::directory::{Directory, Purpose, Tier, load};
use amex_desk::opener::RecordingOpener;
use amex_desk::settings::Settings;
use amex_desk::state::{AppState, NumbersCommand};

mod common;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

/// A directory of `n` contacts with realistic field sizes: the shipped contacts'
/// labels, notes and evidence, spread over the shipped countries, with distinct valid
/// US toll-free numbers, and evidence that grades them official, corroborated,
/// single-source and conflicting in turn.
fn generated(n: usize) -> Directory {
    Directory::from_file(generated_file(n), "", "generated", None).unwrap()
}

/// The file behind [`generated`].
fn generated_file(n: usize) -> DirectoryFile {
    let base: DirectoryFile = ron::from_str(load::BUILTIN_RON).unwrap();
    let builtin = Directory::builtin().unwrap();
    let templates: Vec<ContactRecord> = builtin
        .contacts
        .iter()
        .filter(|c| c.record.kind.is_phone() && c.grade.status.shown_by_default())
        .map(|c| c.record.clone())
        .collect();
    let countries: Vec<String> = base.countries.iter().map(|c| c.code.clone()).collect();
    let amex_page = builtin
        .sources
        .iter()
        .find(|s| s.kind == SourceKind::Amex)
        .unwrap()
        .id
        .clone();
    let cite = |source: &str, i: usize, hours: Hours| Citation {
        source: source.to_string(),
        printed: Some(format!(
            "1-800-{:03}-{:04}",
            200 + (i / 10_000) % 800,
            i % 10_000
        )),
        label: "generated".into(),
        purposes: vec![Purpose::ALL[i % 11], Purpose::General],
        stated_hours: None,
        hours,
        finding: Finding::Lists,
    };
    let mut contacts = Vec::with_capacity(n);
    for i in 0..n {
        let t = &templates[i % templates.len()];
        let mut c = t.clone();
        c.id = format!("gen-{i}");
        c.label = format!("{} #{i}", t.label);
        c.countries = vec!["US".to_string(), countries[i % countries.len()].clone()];
        c.dial_region = None;
        c.kind = Kind::TollFree;
        c.value = format!("1-800-{:03}-{:04}", 200 + (i / 10_000) % 800, i % 10_000);
        c.conflicts_with.clear();
        c.format_note = None;
        let hours = if i % 3 == 0 {
            Hours::Always
        } else {
            Hours::Unknown
        };
        c.evidence = match i % 4 {
            0 => vec![cite(&amex_page, i, hours)],
            1 => vec![cite("guide", i, hours.clone()), cite("howto", i, hours)],
            2 => vec![cite("directory", i, hours)],
            _ => {
                c.conflicts_with = vec![format!("gen-{}", i - 1)];
                vec![cite("directory", i, hours)]
            }
        };
        c.tiers = if i % 4 == 0 {
            Tiers::Only(vec![Tier::Gold, Tier::Platinum])
        } else {
            Tiers::Any
        };
        contacts.push(c);
    }
    DirectoryFile { contacts, ..base }
}

fn queries() -> Vec<(&'static str, Filters, &'static str)> {
    vec![
        ("all", Filters::default(), ""),
        (
            "country+tier+purpose",
            Filters {
                country: Some("GB".into()),
                tier: Some(Tier::Gold),
                purpose: Some(Purpose::Fraud),
                ..Filters::default()
            },
            "",
        ),
        ("text", Filters::default(), "lost card"),
        ("digits", Filters::default(), "4800"),
    ]
}

fn bench_filter(c: &mut Criterion) {
    let shipped = Directory::builtin().unwrap();
    let big = generated(10_000);
    let mut group = c.benchmark_group("filter_rank");
    for (name, dir) in [("shipped", &shipped), ("10k", &big)] {
        for (q, filters, text) in queries() {
            group.bench_function(format!("{name}/{q}"), |b| {
                b.iter(|| filter::run(black_box(dir), black_box(&filters), black_box(text)))
            });
        }
    }
    group.finish();
}

/// The main window over `dir` at a fixed moment, in a CPU-only egui_kittest harness.
fn window(
    dir: Directory,
    settings: Settings,
    size: [f32; 2],
) -> egui_kittest::Harness<'static, DeskApp> {
    let now: jiff::Timestamp = "2026-11-18T10:00:00Z".parse().unwrap();
    let catalogs = amex_desk::catalogs::Catalogs::load().unwrap();
    let state = AppState::new(dir, catalogs, settings, now, jiff::tz::TimeZone::UTC);
    let app = DeskApp::new(
        state,
        Box::new(RecordingOpener::default()),
        Box::new(move || now),
    );
    egui_kittest::Harness::builder()
        .with_size(size)
        .build_ui_state(|ui, app: &mut DeskApp| app.frame_ui(ui), app)
}

fn bench_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("ui_frame");
    for (name, dir) in [
        ("shipped", Directory::builtin().unwrap()),
        ("10k", generated(10_000)),
    ] {
        let settings = Settings {
            calling_from: "GB".into(),
            ..Settings::default()
        };
        let mut harness = window(dir, settings, [1280.0, 860.0]);
        harness.run();
        group.bench_function(name, |b| b.iter(|| harness.step()));
    }
    // The shipped directory with a 10,000-call journal and a line selected: what the
    // journal adds to a frame (the due list and the line's own record are derived
    // once per change, not per frame). Baseline: `ui_frame/shipped`.
    let settings = Settings {
        calling_from: "GB".into(),
        ..Settings::default()
    };
    let mut harness = window(Directory::builtin().unwrap(), settings, [1280.0, 860.0]);
    harness.state_mut().state.journal.data = common::journal(10_000);
    harness.state_mut().state.apply(NumbersCommand::Select(0));
    harness.run();
    group.bench_function("shipped_journal_10k", |b| b.iter(|| harness.step()));
    group.finish();
}

/// What start-up costs on the CPU before anything reaches the screen: reading the shipped
/// directory, and building a window's UI state plus its first frame (fonts, layout,
/// glyphs), for the app and, as the baseline in the same run, for an empty UI.
fn bench_startup(c: &mut Criterion) {
    let mut group = c.benchmark_group("startup");
    group.sample_size(20);
    group.bench_function("directory_builtin", |b| {
        b.iter(|| black_box(Directory::builtin().unwrap()))
    });
    // The same directory parsed from its RON and the phone cache's RON, as start-up did
    // before the prepared binary: the baseline for directory_builtin in the same run.
    group.bench_function("directory_from_ron", |b| {
        b.iter(|| {
            let file: DirectoryFile = ron::from_str(load::BUILTIN_RON).unwrap();
            let cache = amex_desk::directory::phone_cache::PhoneCache::builtin();
            black_box(Directory::from_file(file, load::BUILTIN_RON, "x", Some(&cache)).unwrap())
        })
    });
    // Loading a 1,000-line directory through the same path as the built-in one.
    let thousand = amex_desk::directory::prepared::Prepared {
        file: generated_file(1000),
        cache: amex_desk::directory::phone_cache::PhoneCache::default(),
    };
    let thousand =
        amex_desk::directory::prepared::encode(&amex_desk::directory::prepared::Prepared {
            cache: amex_desk::directory::phone_cache::PhoneCache::compute(&thousand.file),
            ..thousand
        })
        .unwrap();
    group.bench_function("directory_1000", |b| {
        b.iter(|| {
            let p: amex_desk::directory::prepared::Prepared =
                postcard::from_bytes(&thousand).unwrap();
            black_box(Directory::from_file(p.file, "", "x", Some(&p.cache)).unwrap())
        })
    });
    group.bench_function("first_frame_cpu/bare", |b| {
        b.iter(|| {
            let mut harness = egui_kittest::Harness::builder()
                .with_size([1180.0, 720.0])
                .build_ui(|_ui| {});
            harness.step();
            black_box(harness.output().shapes.len())
        })
    });
    group.bench_function("first_frame_cpu/app", |b| {
        b.iter(|| {
            let dir = Directory::builtin().unwrap();
            let mut harness = window(dir, Settings::default(), [1180.0, 720.0]);
            harness.step();
            black_box(harness.output().shapes.len())
        })
    });
    group.finish();
}

criterion_group!(benches, bench_filter, bench_frame, bench_startup);
criterion_main!(benches);
