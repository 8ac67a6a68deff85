//! The performance baseline: an empty eframe window with exactly the app's eframe
//! features and renderer, supporting the same measurement switches
//! (`AMEX_DESK_BENCH_FRAMES`, `AMEX_DESK_BENCH_IDLE_SECS`). `scripts/bench.sh` runs it
//! beside the app.

use amex_desk::app::measure::{Probe, Switches, mark, mark_start};

struct Bare {
    probe: Probe,
    /// Diagnostic (`AMEX_DESK_BASELINE_TEXT=1`): fill the window with plain text, about as
    /// much as the app shows, to separate the cost of drawing text from the app's own.
    text: bool,
    /// Frames drawn so far.
    frames: u64,
}

impl eframe::App for Bare {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let first = self.frames == 0;
        self.frames += 1;
        if first {
            mark("first frame: laying out");
        }
        self.probe.on_frame(ui.ctx());
        if self.text {
            amex_desk::app::measure::baseline_text_ui(ui);
        }
        if first {
            mark("first frame: laid out, painting");
        }
    }
}

fn main() -> Result<(), eframe::Error> {
    mark_start();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("bare eframe window")
            .with_inner_size([1180.0, 720.0]),
        renderer: eframe::Renderer::Glow,
        persistence_path: None,
        ..Default::default()
    };
    mark("creating the window");
    eframe::run_native(
        "bare-window",
        options,
        Box::new(|_cc| {
            mark("window created");
            Ok(Box::new(Bare {
                probe: Probe::new(Switches::from_env()),
                text: std::env::var_os("AMEX_DESK_BASELINE_TEXT").is_some_and(|v| !v.is_empty()),
                frames: 0,
            }))
        }),
    )
}
