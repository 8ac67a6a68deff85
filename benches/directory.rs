//! Filter + rank + search, and one full UI frame, over the shipped directory and over a
//! generated 10,000-contact directory; and start-up on the CPU (reading the directory,
//! the first frame of the app against an empty UI and a screenful of text).
//!
//! `cargo bench --bench directory` measures; `cargo test --benches` runs each once.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use amex_desk::app::DeskApp;
use amex_desk::directory::filter;
use amex_desk::directory::model::DirectoryFile;
use amex_desk::directory::{Directory, load};
use amex_desk::opener::RecordingOpener;
use amex_desk::settings::Settings;
use amex_desk::state::{AppState, NumbersCommand};

mod common;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use std::hint::black_box;

/// A generated directory of `n` contacts (see `amex_desk::directory::sample`).
fn generated(n: usize) -> Directory {
    amex_desk::directory::sample::generated(n).unwrap()
}

fn bench_filter(c: &mut Criterion) {
    let shipped = Directory::builtin().unwrap();
    let big = generated(10_000);
    let mut group = c.benchmark_group("filter_rank");
    for (name, dir) in [("shipped", &shipped), ("10k", &big)] {
        for (q, filters, text) in amex_desk::directory::sample::queries() {
            group.bench_function(format!("{name}/{q}"), |b| {
                b.iter(|| filter::run(black_box(dir), black_box(&filters), black_box(text)))
            });
        }
    }
    group.finish();
}

/// What the window's start-up thread reads beside the window: the built-in directory and
/// the catalogs.
fn read_beside_the_window() -> (Directory, amex_desk::catalogs::Catalogs) {
    (
        Directory::builtin().unwrap(),
        amex_desk::catalogs::Catalogs::load().unwrap(),
    )
}

/// The app over `dir` at a fixed moment, in UTC.
fn desk_app(
    dir: Directory,
    catalogs: amex_desk::catalogs::Catalogs,
    settings: Settings,
) -> DeskApp {
    let now: jiff::Timestamp = "2026-11-18T10:00:00Z".parse().unwrap();
    let state = AppState::new(dir, catalogs, settings, now, jiff::tz::TimeZone::UTC);
    DeskApp::new(
        state,
        Box::new(RecordingOpener::default()),
        Box::new(move || now),
    )
}

/// The main window over `dir` at a fixed moment, in a CPU-only egui_kittest harness.
fn window(
    dir: Directory,
    settings: Settings,
    size: [f32; 2],
) -> egui_kittest::Harness<'static, DeskApp> {
    let app = desk_app(
        dir,
        amex_desk::catalogs::Catalogs::load().unwrap(),
        settings,
    );
    egui_kittest::Harness::builder()
        .with_size(size)
        // As the window does before its first pass (src/app/run.rs).
        .with_context_setup(amex_desk::ui::style::house_text)
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
    // Loading a 1,000-line directory through the same path as the built-in one: the
    // loaded, graded directory prepared ahead of time, decoded.
    let thousand = amex_desk::directory::prepared::encode(&generated(1000)).unwrap();
    group.bench_function("directory_1000", |b| {
        b.iter(|| black_box(amex_desk::directory::prepared::decode(&thousand).unwrap()))
    });
    // The window's first frame on the CPU, as eframe draws it on the main thread: the
    // state built from what the start-up thread read beside the window (the directory
    // and catalogs, read in the setup: `directory_builtin` times that), the context with
    // the house text options, one egui pass and its tessellation. The window, its meshes
    // and the state are dropped outside the timing (a real window is not dropped after
    // its first frame). `bare` draws nothing and `text` the text baseline's screenful
    // (examples/bare_window.rs) with the app's text options, the same way.
    let size = [1180.0, 720.0];
    group.bench_function("first_frame_cpu/bare", |b| {
        b.iter_with_large_drop(|| {
            let ctx = egui::Context::default();
            let meshes = amex_desk::app::measure::first_frame(&ctx, size, |_ui| {});
            (ctx, meshes)
        })
    });
    group.bench_function("first_frame_cpu/text", |b| {
        b.iter_with_large_drop(|| {
            let ctx = egui::Context::default();
            // The app's text options, so the two differ only in what they draw.
            amex_desk::ui::style::house_text(&ctx);
            let meshes = amex_desk::app::measure::first_frame(
                &ctx,
                size,
                amex_desk::app::measure::baseline_text_ui,
            );
            (ctx, meshes)
        })
    });
    group.bench_function("first_frame_cpu/app", |b| {
        b.iter_batched(
            read_beside_the_window,
            |(dir, catalogs)| {
                let mut app = desk_app(dir, catalogs, Settings::default());
                let ctx = egui::Context::default();
                amex_desk::ui::style::house_text(&ctx);
                let meshes =
                    amex_desk::app::measure::first_frame(&ctx, size, |ui| app.frame_ui(ui));
                (app, ctx, meshes)
            },
            BatchSize::PerIteration,
        )
    });
    // As this figure was measured before 2026-12-06: reading the directory and the
    // catalogs, then an egui_kittest harness's first frames (it runs until the window is
    // still: two passes or more, each with an AccessKit tree) and one more step. Shown,
    // not budgeted.
    group.bench_function("first_frame_cpu/app_harness", |b| {
        b.iter_with_large_drop(|| {
            let dir = Directory::builtin().unwrap();
            let mut harness = window(dir, Settings::default(), size);
            harness.step();
            black_box(harness.output().shapes.len());
            harness
        })
    });
    group.finish();
}

criterion_group!(benches, bench_filter, bench_frame, bench_startup);
criterion_main!(benches);
