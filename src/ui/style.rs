//! The window's sizes, spacing and colours in one place (issue 26, item 6): every page
//! takes them from here, so a change of rhythm or palette is one edit and the page
//! pictures (`tests/ui_snapshots.rs`) show what it did. Colours that must follow the
//! light or dark theme come from egui's visuals (`warn_fg_color`, `error_fg_color`);
//! only the status palette, chosen to read on both, is fixed.

use egui::Color32;

/// Vertical and horizontal gaps, smallest first.
pub mod space {
    /// Between a label and what it labels.
    pub(crate) const TIGHT: f32 = 2.0;
    /// Between lines of one group.
    pub(crate) const SMALL: f32 = 4.0;
    /// Between the items of a list or form.
    pub(crate) const ITEM: f32 = 6.0;
    /// Between groups.
    pub(crate) const GROUP: f32 = 8.0;
    /// Between a page's toolbar and its content.
    pub(crate) const TOOLBAR: f32 = 10.0;
    /// Between sections.
    pub(crate) const SECTION: f32 = 12.0;
    /// Between large sections.
    pub(crate) const SECTION_WIDE: f32 = 16.0;
    /// Above a page's empty state.
    pub(crate) const PAGE: f32 = 24.0;
}

/// Text sizes (points) above egui's body size.
pub mod text {
    /// A variant of a script line.
    pub(crate) const VARIANT: f32 = 14.0;
    /// A section's title.
    pub(crate) const SECTION_TITLE: f32 = 15.0;
    /// A line to read out.
    pub(crate) const SAY: f32 = 16.0;
    /// A phone number in details or on the prep page.
    pub(crate) const NUMBER: f32 = 18.0;
    /// A list row's number and the retention coach's step title.
    pub(crate) const NUMBER_LARGE: f32 = 20.0;
}

/// Rounded corners of frames and highlighted rows.
pub(crate) const CORNER_RADIUS: f32 = 4.0;

/// Status colours (readable on light and dark backgrounds).
pub mod status {
    use super::Color32;

    /// Official: on an American Express page.
    pub(crate) const OFFICIAL: Color32 = Color32::from_rgb(0x1b, 0x7f, 0x3b);
    /// Corroborated by independent pages.
    pub(crate) const CORROBORATED: Color32 = Color32::from_rgb(0x1f, 0x6f, 0xb5);
    /// One page only.
    pub(crate) const SINGLE_SOURCE: Color32 = Color32::from_rgb(0x9a, 0x6a, 0x00);
    /// Pages disagree.
    pub(crate) const CONFLICTING: Color32 = Color32::from_rgb(0xc0, 0x50, 0x00);
    /// Replaced or no longer in service.
    pub(crate) const RETIRED: Color32 = Color32::from_rgb(0x70, 0x70, 0x70);
    /// Wrongly attributed or implausible.
    pub(crate) const WRONG: Color32 = Color32::from_rgb(0xb0, 0x1c, 0x1c);
    /// Text on a coloured badge.
    pub(crate) const ON_BADGE: Color32 = Color32::WHITE;
}

/// How the window rasterizes text: egui's defaults, except that each glyph is drawn at
/// one horizontal position instead of up to four sub-pixel ones. The window is mostly
/// text in many sizes, so this rasterizes up to four times fewer glyphs before the first
/// frame (about 8 ms of a 114 ms start here, docs/benchmarks.md) and keeps the glyph
/// atlas smaller; egui's own note on the option says the binned text looks more blurry.
/// Hinting stays on (sharper stems at small sizes). Applied to both themes; setting the
/// same options again changes nothing (egui rebuilds its glyphs only when they differ).
pub fn house_text(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| style.visuals.text_options.subpixel_binning = false);
}
