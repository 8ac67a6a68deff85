//! Measurement switches, shared by the app and `examples/bare_window.rs` so both are
//! measured the same way (see docs/benchmarks.md):
//!
//! - `AMEX_DESK_BENCH_FRAMES=N`: print `first_frame_ms=…` (from the start of `main` to the
//!   end of the first painted frame, i.e. the start of the next one) and exit after N
//!   frames.
//! - `AMEX_DESK_BENCH_IDLE_SECS=N`: after the first frame and a one-second settle, stay
//!   open N seconds with no input, then print `idle_frames=…` (frames painted in those N
//!   seconds) and exit.
//! - `AMEX_DESK_SHOWN_FILE=PATH`: after every frame it draws, the window writes what its
//!   journal holds to PATH (`entries=N writable=true frames=F`, one line): how a test
//!   sees, without input, that outside changes reached the screen (see
//!   `tests/real_window.rs`).
//!
//! - `AMEX_DESK_BENCH_MARKS=1`: print each step of the start
//!   (`mark_ms=T step`, milliseconds since `main` began; see [`mark`]).
//!
//! Without these variables nothing here does anything.

#![allow(clippy::disallowed_methods)] // benchmark and test probes write their report files (issue 15)

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

/// Environment variable: exit after this many frames, printing the first-frame time.
pub(crate) const FRAMES_ENV: &str = "AMEX_DESK_BENCH_FRAMES";
/// Environment variable: stay idle this many seconds, printing the frames painted.
pub(crate) const IDLE_ENV: &str = "AMEX_DESK_BENCH_IDLE_SECS";
/// Environment variable: write what the journal shows to this file after each frame.
pub(crate) const SHOWN_ENV: &str = "AMEX_DESK_SHOWN_FILE";
/// Environment variable: print each step of the start (`mark_ms=T step`).
pub(crate) const MARKS_ENV: &str = "AMEX_DESK_BENCH_MARKS";
/// How long the window may settle after the first frame before idle counting starts.
pub(crate) const SETTLE: Duration = Duration::from_secs(1);

static START: OnceLock<Instant> = OnceLock::new();

static MARKS: OnceLock<bool> = OnceLock::new();

/// Under `AMEX_DESK_BENCH_MARKS=1`, prints `mark_ms=T step` on standard output, as
/// `first_frame_ms=`: the milliseconds since `main` began, and which step of the start
/// just ended. Shared by the app and `examples/bare_window.rs`, so their starts can be
/// laid side by side.
pub fn mark(step: &str) {
    let on = *MARKS.get_or_init(|| std::env::var_os(MARKS_ENV).is_some_and(|v| !v.is_empty()));
    if let (true, Some(start)) = (on, START.get()) {
        println!(
            "mark_ms={:.2} {step}",
            start.elapsed().as_secs_f64() * 1000.0
        );
    }
}

/// [`mark`], in the first frame only (`frame` counts from 1).
pub fn mark_first_frame(frame: u64, step: &str) {
    if frame == 1 {
        mark(step);
    }
}

/// Records the process start; call first thing in `main`.
pub fn mark_start() {
    let _ = START.set(Instant::now());
}

fn env_number(name: &str) -> Option<u64> {
    std::env::var(name).ok()?.trim().parse().ok()
}

/// What the measurement switches asked for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Switches {
    /// Exit after this many frames.
    pub frames: Option<u64>,
    /// Count frames painted in this many idle seconds.
    pub idle_secs: Option<u64>,
    /// Write what the journal shows to this file after each frame.
    pub shown: Option<std::path::PathBuf>,
}

impl Switches {
    /// Reads the switches from the environment.
    pub fn from_env() -> Switches {
        Switches {
            frames: env_number(FRAMES_ENV).filter(|n| *n > 0),
            idle_secs: env_number(IDLE_ENV),
            shown: std::env::var_os(SHOWN_ENV)
                .filter(|p| !p.is_empty())
                .map(std::path::PathBuf::from),
        }
    }

    /// Whether any switch is on.
    pub fn active(&self) -> bool {
        self.frames.is_some() || self.idle_secs.is_some() || self.shown.is_some()
    }
}

/// Counts frames and reports; call [`Probe::on_frame`] at the start of every frame.
pub struct Probe {
    switches: Switches,
    frames: Arc<AtomicU64>,
    idle_started: bool,
}

impl Probe {
    /// A probe for these switches.
    pub fn new(switches: Switches) -> Probe {
        Probe {
            switches,
            frames: Arc::new(AtomicU64::new(0)),
            idle_started: false,
        }
    }

    /// Call at the end of each frame with what the journal held as it was drawn:
    /// written to the [`SHOWN_ENV`] file when that switch is on.
    pub(crate) fn after_frame(&self, entries: usize, writable: bool) {
        let Some(path) = &self.switches.shown else {
            return;
        };
        let frames = self.frames.load(Ordering::SeqCst);
        let line = format!("entries={entries} writable={writable} frames={frames}\n");
        // Whole or not at all for the reader: a temporary file renamed over it.
        let temp = path.with_extension("tmp");
        if let Err(e) = std::fs::write(&temp, line).and_then(|()| std::fs::rename(&temp, path)) {
            log::warn!("{SHOWN_ENV}: cannot write {}: {e}", path.display());
        }
    }

    /// Call at the start of each frame.
    pub fn on_frame(&mut self, ctx: &egui::Context) {
        if !self.switches.active() {
            return;
        }
        let n = self.frames.fetch_add(1, Ordering::SeqCst) + 1;
        if n == 2 {
            // The first frame has been painted: its buffer swap happened before this one.
            let start = START.get().copied().unwrap_or_else(Instant::now);
            println!(
                "first_frame_ms={:.1}",
                start.elapsed().as_secs_f64() * 1000.0
            );
        }
        if let Some(limit) = self.switches.frames {
            if n >= limit.max(2) {
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            } else {
                ctx.request_repaint();
            }
        }
        if let Some(secs) = self.switches.idle_secs
            && !self.idle_started
        {
            self.idle_started = true;
            let frames = self.frames.clone();
            let ctx = ctx.clone();
            // The first frame's own follow-up frame is needed for first_frame_ms.
            ctx.request_repaint();
            std::thread::spawn(move || {
                std::thread::sleep(SETTLE);
                let before = frames.load(Ordering::SeqCst);
                std::thread::sleep(Duration::from_secs(secs));
                let painted = frames.load(Ordering::SeqCst) - before;
                println!("idle_frames={painted}");
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            });
        }
    }
}

/// The text baseline's screenful of plain text (`examples/bare_window.rs` with
/// `AMEX_DESK_BASELINE_TEXT=1`, and `startup/first_frame_cpu/text`): about as much text
/// as the app's first screen, to tell the cost of drawing text at all from the app's own.
pub fn baseline_text_ui(ui: &mut egui::Ui) {
    for i in 0..40 {
        ui.label(format!(
            "Line {i}: Customer service, lost or stolen cards and fraud · 0800 917 8047 · Open now"
        ));
    }
    ui.monospace("1 (800) 528-4800  00 44 1273 696933  +61 2 9271 8664");
}

/// What a frame hands the painter: the meshes to draw and the texture updates to
/// upload (the glyph atlas, in a first frame). Dropping it counts as uploaded.
pub struct Painted {
    /// The tessellated shapes.
    pub meshes: Vec<egui::ClippedPrimitive>,
    /// The texture updates.
    pub textures: egui::TexturesDelta,
}

impl Drop for Painted {
    fn drop(&mut self) {
        // egui checks that texture updates are not lost by accident; here they are
        // measured, not painted.
        self.textures.clear();
    }
}

/// The input of a window's first frame: `size` logical pixels, no events.
pub fn first_input(size: [f32; 2]) -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(size[0], size[1]),
        )),
        ..Default::default()
    }
}

/// A window's first frame on the CPU, as eframe draws it: one run of `ui` in `ctx` (or
/// as many passes as egui asks for) at `size` logical pixels and 1 pixel per point, and
/// its tessellation into the meshes the painter uploads. No AccessKit tree (eframe
/// builds one only when assistive technology asks). Returns what the painter is handed,
/// for the caller to drop outside any timing.
pub fn first_frame(ctx: &egui::Context, size: [f32; 2], ui: impl FnMut(&mut egui::Ui)) -> Painted {
    let output = ctx.run_ui(first_input(size), ui);
    Painted {
        meshes: ctx.tessellate(output.shapes, output.pixels_per_point),
        textures: output.textures_delta,
    }
}

impl super::DeskApp {
    /// Turns on the measurement switches (see [`Switches`]).
    pub(crate) fn with_probe(mut self, probe: Probe) -> super::DeskApp {
        self.probe = Some(probe);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_measured_first_frame_is_drawn_whole_and_uploads_the_glyphs() {
        let ctx = egui::Context::default();
        let painted = first_frame(&ctx, [1180.0, 720.0], baseline_text_ui);
        let triangles: usize = painted
            .meshes
            .iter()
            .filter_map(|p| match &p.primitive {
                egui::epaint::Primitive::Mesh(mesh) => Some(mesh.indices.len() / 3),
                egui::epaint::Primitive::Callback(_) => None,
            })
            .sum();
        // Two triangles a glyph, for the 41 lines' characters (spaces draw nothing).
        assert!(triangles > 2 * 40 * 60, "{triangles} triangles");
        // The glyph atlas goes to the painter with the meshes.
        assert!(!painted.textures.set.is_empty());
        // Dropped as uploaded: egui's check for lost texture updates stays quiet.
        drop(painted);
    }
}
