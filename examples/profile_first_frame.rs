//! Builds the window's state and draws its first frame on the CPU 100 times, for
//! profiling start-up: `cargo build --profile bench --example profile_first_frame`,
//! then `perf record -g target/release/examples/profile_first_frame`.
#![allow(clippy::unwrap_used, missing_docs)]
use amex_desk::app::DeskApp;
use amex_desk::directory::Directory;
use amex_desk::opener::RecordingOpener;
use amex_desk::settings::Settings;
use amex_desk::state::AppState;

fn first_frame() -> usize {
    let now: jiff::Timestamp = "2026-11-18T10:00:00Z".parse().unwrap();
    let dir = Directory::builtin().unwrap();
    let catalogs = amex_desk::catalogs::Catalogs::load().unwrap();
    let state = AppState::new(
        dir,
        catalogs,
        Settings::default(),
        now,
        jiff::tz::TimeZone::UTC,
    );
    let app = DeskApp::new(
        state,
        Box::new(RecordingOpener::default()),
        Box::new(move || now),
    );
    let mut harness = egui_kittest::Harness::builder()
        .with_size([1180.0, 720.0])
        .with_context_setup(amex_desk::ui::style::house_text)
        .build_ui_state(|ui, app: &mut DeskApp| app.frame_ui(ui), app);
    harness.step();
    harness.output().shapes.len()
}

fn main() {
    let n: u32 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100);
    let start = std::time::Instant::now();
    std::hint::black_box(first_frame());
    println!("{:?} first", start.elapsed());
    let start = std::time::Instant::now();
    for _ in 0..n {
        std::hint::black_box(first_frame());
    }
    println!("{:?} per frame", start.elapsed() / n);
}
