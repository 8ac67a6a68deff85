//! Builds the window's state and draws its first frame on the CPU, as
//! `startup/first_frame_cpu/app` does (with the directory and catalogs it reads beside
//! the window): prints how long each part of the first one took (one-time costs
//! included), then the mean of N more, then the parts of one more (warm). For profiling start-up:
//! `cargo build --profile bench --example profile_first_frame`, then
//! `perf record -g target/release/examples/profile_first_frame 200`.
#![allow(clippy::unwrap_used, missing_docs)]
use std::time::Instant;

use amex_desk::app::DeskApp;
use amex_desk::directory::Directory;
use amex_desk::opener::RecordingOpener;
use amex_desk::settings::Settings;
use amex_desk::state::AppState;

/// Prints how long since the last lap, when asked to.
struct Laps {
    verbose: bool,
    at: Instant,
}

impl Laps {
    fn lap(&mut self, what: &str) {
        if self.verbose {
            println!("  {what}: {:?}", self.at.elapsed());
        }
        self.at = Instant::now();
    }
}

fn first_frame(verbose: bool) -> usize {
    let mut laps = Laps {
        verbose,
        at: Instant::now(),
    };
    let now: jiff::Timestamp = "2026-11-18T10:00:00Z".parse().unwrap();
    let dir = Directory::builtin().unwrap();
    laps.lap("directory");
    let catalogs = amex_desk::catalogs::Catalogs::load().unwrap();
    laps.lap("catalogs");
    let local = jiff::tz::TimeZone::try_system().unwrap_or(jiff::tz::TimeZone::UTC);
    laps.lap("local time zone");
    let state = AppState::new(dir, catalogs, Settings::default(), now, local);
    laps.lap("state");
    let mut app = DeskApp::new(
        state,
        Box::new(RecordingOpener::default()),
        Box::new(move || now),
    );
    laps.lap("app");
    let ctx = egui::Context::default();
    amex_desk::ui::style::house_text(&ctx);
    laps.lap("context");
    let meshes = amex_desk::app::measure::first_frame(&ctx, [1180.0, 720.0], |ui| app.frame_ui(ui));
    laps.lap("first pass and tessellation");
    meshes.meshes.len()
}

fn main() {
    let n: u32 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100);
    let start = Instant::now();
    std::hint::black_box(first_frame(true));
    println!("{:?} first", start.elapsed());
    let start = Instant::now();
    for _ in 0..n {
        std::hint::black_box(first_frame(false));
    }
    println!("{:?} per frame", start.elapsed() / n);
    println!("parts of one more, after those:");
    std::hint::black_box(first_frame(true));
}
