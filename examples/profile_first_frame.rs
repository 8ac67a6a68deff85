//! Builds the window's state and draws its first frame on the CPU, as
//! `startup/first_frame_cpu/app` does (with the directory and catalogs it reads beside
//! the window): prints how long each part of the first one took (one-time costs
//! included), then the mean of N more, then the parts of one more (warm), then how many
//! characters the first screen draws and how many distinct glyphs at each size (each is
//! rasterized once). `NO_HINTING=1` draws with font hinting off, to weigh it. For
//! profiling start-up: `cargo build --profile bench --example profile_first_frame`,
//! then `perf record -g target/release/examples/profile_first_frame 200`.
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

/// The moment the window is drawn at: 2026-11-18T10:00:00Z.
const NOW: jiff::Timestamp = jiff::Timestamp::constant(1_794_996_000, 0);

/// The app over `state`, its clock stopped at [`NOW`].
fn desk_app(state: AppState) -> DeskApp {
    DeskApp::new(
        state,
        Box::new(RecordingOpener::default()),
        Box::new(|| NOW),
    )
}

fn first_frame(verbose: bool) -> usize {
    let mut laps = Laps {
        verbose,
        at: Instant::now(),
    };
    let dir = Directory::builtin().unwrap();
    laps.lap("directory");
    let catalogs = amex_desk::catalogs::Catalogs::load().unwrap();
    laps.lap("catalogs");
    let local = jiff::tz::TimeZone::try_system().unwrap_or(jiff::tz::TimeZone::UTC);
    laps.lap("local time zone");
    let state = AppState::new(dir, catalogs, Settings::default(), NOW, local);
    laps.lap("state");
    let mut app = desk_app(state);
    laps.lap("app");
    let ctx = context();
    laps.lap("context");
    let meshes = amex_desk::app::measure::first_frame(&ctx, [1180.0, 720.0], |ui| app.frame_ui(ui));
    laps.lap("first pass and tessellation");
    meshes.meshes.len()
}

/// A context with the window's text options (and hinting off under `NO_HINTING=1`).
fn context() -> egui::Context {
    let ctx = egui::Context::default();
    amex_desk::ui::style::house_text(&ctx);
    if std::env::var_os("NO_HINTING").is_some() {
        ctx.all_styles_mut(|style| style.visuals.text_options.font_hinting = false);
    }
    ctx
}

/// Every text section of `shape`: its font and text.
fn texts(shape: &egui::Shape, found: &mut Vec<(egui::FontId, String)>) {
    match shape {
        egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| texts(s, found)),
        egui::Shape::Text(text) => {
            let job = &text.galley.job;
            for section in &job.sections {
                let range = section.byte_range.start.0..section.byte_range.end.0;
                found.push((section.format.font_id.clone(), job.text[range].to_string()));
            }
        }
        _ => {}
    }
}

/// The characters the first screen draws, and its distinct glyphs at each font size.
fn glyphs_drawn() {
    let state = AppState::new(
        Directory::builtin().unwrap(),
        amex_desk::catalogs::Catalogs::load().unwrap(),
        Settings::default(),
        NOW,
        jiff::tz::TimeZone::UTC,
    );
    let mut app = desk_app(state);
    let ctx = context();
    let input = amex_desk::app::measure::first_input([1180.0, 720.0]);
    let mut output = ctx.run_ui(input, |ui| app.frame_ui(ui));
    output.textures_delta.clear();
    let mut found = Vec::new();
    for shape in &output.shapes {
        texts(&shape.shape, &mut found);
    }
    let mut by_font = std::collections::BTreeMap::<String, std::collections::BTreeSet<char>>::new();
    for (font, text) in &found {
        let glyphs = by_font.entry(format!("{font:?}")).or_default();
        glyphs.extend(text.chars().filter(|c| !c.is_whitespace()));
    }
    let characters: usize = found.iter().map(|(_, t)| t.chars().count()).sum();
    let distinct: usize = by_font.values().map(|g| g.len()).sum();
    println!("first screen: {characters} characters, {distinct} distinct glyphs by size:");
    for (font, glyphs) in &by_font {
        println!("  {font}: {}", glyphs.len());
    }
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
    glyphs_drawn();
}
