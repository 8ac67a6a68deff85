//! `--screenshot PATH`: the window draws a few frames, captures itself, writes a PNG
//! and closes.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use super::DeskApp;

/// The result of a `--screenshot` run, filled in by the screenshot callback.
pub type ScreenshotOutcome = Arc<Mutex<Option<Result<(), ScreenshotError>>>>;

/// Why a screenshot was not written.
#[derive(Clone, Debug, thiserror::Error)]
pub enum ScreenshotError {
    /// The image's pixels do not fill its size (a renderer fault).
    #[error("screenshot has the wrong size")]
    WrongSize,
    /// PNG encoding failed.
    #[error("cannot encode the screenshot: {0}")]
    Encode(Arc<image::ImageError>),
    /// The file could not be written.
    #[error("cannot write {}: {source}", path.display())]
    Write {
        /// The file asked for.
        path: PathBuf,
        /// Why.
        source: Arc<std::io::Error>,
    },
    /// The window closed first.
    #[error("the window closed before the screenshot was taken")]
    NotTaken,
}

/// A screenshot asked for on the command line.
pub(super) struct ScreenshotJob {
    path: PathBuf,
    requested: bool,
    outcome: ScreenshotOutcome,
}

impl DeskApp {
    /// Takes a screenshot after the first frames, writes it to `path`, then closes.
    pub(crate) fn with_screenshot(mut self, path: PathBuf, outcome: ScreenshotOutcome) -> DeskApp {
        self.screenshot = Some(ScreenshotJob {
            path,
            requested: false,
            outcome,
        });
        self
    }

    /// Asks for the capture once layout has settled, and closes once it is written.
    pub(super) fn screenshot_step(&mut self, ctx: &egui::Context) {
        let Some(job) = &mut self.screenshot else {
            return;
        };
        let done = job.outcome.lock().map(|o| o.is_some()).unwrap_or(true);
        if done {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return;
        }
        // Let layout settle for a few frames before capturing.
        if !job.requested && self.frames >= 4 {
            job.requested = true;
            let path = job.path.clone();
            let outcome = job.outcome.clone();
            let repaint = ctx.clone();
            ctx.request_screenshot(move |image| {
                let result = save_png(&path, &image);
                if let Ok(mut slot) = outcome.lock() {
                    *slot = Some(result);
                }
                repaint.request_repaint();
            });
        }
        ctx.request_repaint();
    }
}

/// Writes an egui image as PNG, private to the user (0600 on Unix) as every file the
/// app writes; an existing file keeps its permissions.
pub fn save_png(path: &std::path::Path, image: &egui::ColorImage) -> Result<(), ScreenshotError> {
    let [w, h] = image.size;
    let bytes: Vec<u8> = image.pixels.iter().flat_map(|c| c.to_array()).collect();
    let buffer =
        image::RgbaImage::from_raw(w as u32, h as u32, bytes).ok_or(ScreenshotError::WrongSize)?;
    let mut png = std::io::Cursor::new(Vec::new());
    buffer
        .write_to(&mut png, image::ImageFormat::Png)
        .map_err(|e| ScreenshotError::Encode(Arc::new(e)))?;
    crate::fsutil::write_new(path, png.get_ref()).map_err(|e| ScreenshotError::Write {
        path: path.to_path_buf(),
        source: Arc::new(e),
    })
}
