//! Printable documents (call prep sheets, checklists, packets, letters) as PDF, on A4 or
//! US Letter, with the PDF base-14 fonts (nothing embedded) or, for text they cannot
//! draw (Japanese), a subset of a system font embedded.
//!
//! A [`Doc`] is a list of [`Block`]s; [`render`] wraps every line to the page width,
//! breaks pages where they fill (no line is ever cut off), numbers the pages and writes
//! the PDF with `pdf-writer`. Everything here is pure, bytes in memory, except that a
//! document in a script Helvetica lacks reads the system font it prints with.

mod embed;
mod fonts;
mod layout;
pub mod metrics;
mod render;

/// Reading PDFs back in tests (shared with the integration tests).
#[cfg(test)]
#[path = "../../tests/common/pdf.rs"]
pub(crate) mod pdf_text;

pub use layout::{Line, Page};
pub use render::render;

/// Paper size (also the command line's `--paper`: its names and help come from here).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Paper {
    /// 210 x 297 mm.
    #[default]
    A4,
    /// 8.5 x 11 in.
    Letter,
}

impl Paper {
    /// Width and height in points.
    pub(crate) fn size_pt(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }

    /// `a4` or `letter`, for file names.
    pub fn slug(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::Letter => "letter",
        }
    }
}

/// A piece of a printed document.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// The document title (large, bold).
    Title(String),
    /// A section heading (bold).
    Heading(String),
    /// A paragraph.
    Para(String),
    /// Small grey print (sources, disclaimers).
    Small(String),
    /// A bulleted line.
    Bullet(String),
    /// A numbered step.
    Step(usize, String),
    /// A tick box with its text, ticked or not, and an optional note under it.
    Check {
        /// The item.
        text: String,
        /// Ticked?
        checked: bool,
        /// A note printed under it.
        note: Option<String>,
    },
    /// "Label: value" on one line (value wraps).
    Field(String, String),
    /// A blank line to write on, with its label.
    WriteIn(String),
    /// Vertical space.
    Space,
}

impl Block {
    /// A heading, then a line to write in for each label: a form's blank fields.
    pub(crate) fn write_ins(heading: &str, labels: &[&str]) -> Vec<Block> {
        std::iter::once(Block::Heading(heading.to_string()))
            .chain(labels.iter().map(|l| Block::WriteIn(l.to_string())))
            .collect()
    }
}

/// A document to print.
#[derive(Clone, Debug, PartialEq)]
pub struct Doc {
    /// PDF title (metadata) and footer text.
    pub title: String,
    /// Footer line on every page (e.g. "Unofficial · generated 2026-11-22").
    pub footer: String,
    /// The content.
    pub blocks: Vec<Block>,
}

/// Builds a document for paper in the current language, or in English when no font on
/// this system can print that language (the base-14 fonts have no kana or kanji, and a
/// Japanese paper without a Japanese font would print '?' for every character). The
/// window and the command line stay in the language either way.
pub(crate) fn in_paper_language<T>(build: impl FnOnce() -> T) -> T {
    let lang = crate::i18n::current();
    if lang.needs_cjk_font() && !fonts::can_print(lang.script_sample(), lang.tag()) {
        log::warn!("no system font prints {}: printing in English", lang.tag());
        crate::i18n::in_english(build)
    } else {
        build()
    }
}

/// Finds, on a background thread, the system font papers in `lang` will embed (the
/// search is kept for the process), so the first Japanese paper does not wait for it.
pub fn prepare_fonts_in_background(lang: crate::i18n::Lang) {
    let started = std::thread::Builder::new()
        .name("paper-fonts".to_string())
        .spawn(move || fonts::can_print(lang.script_sample(), lang.tag()));
    if let Err(e) = started {
        log::debug!("the papers' font search runs when a paper needs it: {e}");
    }
}

/// Characters the base-14 fonts can show (WinAnsi): the accented letters of Western
/// European languages as they are ("España", "Müller", "réclamation"), common
/// typography mapped to ASCII, anything else '?', so nothing prints as garbage.
pub(crate) fn printable(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{2032}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{2033}' => '"',
            '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
            '\u{2022}' | '\u{00b7}' => '*',
            '\u{2026}' => '.',
            '\u{00a0}' | '\u{202f}' | '\u{2009}' | '\t' => ' ',
            '\n' => '\n',
            c if win_ansi(c).is_some() => c,
            _ => '?',
        })
        .collect()
}

/// The byte WinAnsi (Windows-1252) gives `c`, when the base-14 fonts have it.
pub(crate) fn win_ansi(c: char) -> Option<u8> {
    let code = u32::from(c);
    if (0x20..=0x7e).contains(&code) || (0xa0..=0xff).contains(&code) {
        return u8::try_from(code).ok();
    }
    let byte = match c {
        '€' => 0x80,
        '‚' => 0x82,
        '„' => 0x84,
        '†' => 0x86,
        '‡' => 0x87,
        '‰' => 0x89,
        'Š' => 0x8a,
        '‹' => 0x8b,
        'Œ' => 0x8c,
        'Ž' => 0x8e,
        '™' => 0x99,
        'š' => 0x9a,
        '›' => 0x9b,
        'œ' => 0x9c,
        'ž' => 0x9e,
        'Ÿ' => 0x9f,
        _ => return None,
    };
    Some(byte)
}

/// `text` as WinAnsi bytes (after [`printable`]).
pub(crate) fn win_ansi_bytes(text: &str) -> Vec<u8> {
    printable(text)
        .chars()
        .map(|c| win_ansi(c).unwrap_or(b'?'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Spanish, French, German and Italian letters print as themselves; what the fonts
    /// cannot show prints as '?'.
    #[test]
    fn western_european_letters_print_and_others_are_marked() {
        assert_eq!(
            printable("España, Müller, réclamation, Straße, €5"),
            "España, Müller, réclamation, Straße, €5"
        );
        assert_eq!(printable("東京 “ok”"), "?? \"ok\"");
        assert_eq!(printable("line one\nline two"), "line one\nline two");
        assert_eq!(
            printable("«\u{202f}oui\u{202f}»"),
            "« oui »",
            "French narrow spaces"
        );
        assert_eq!(win_ansi_bytes("ñ€"), vec![0xf1, 0x80]);
    }

    #[test]
    fn write_ins_are_a_heading_then_one_blank_per_label() {
        assert_eq!(
            Block::write_ins("Notes", &["Rep", "Reference number"]),
            vec![
                Block::Heading("Notes".to_string()),
                Block::WriteIn("Rep".to_string()),
                Block::WriteIn("Reference number".to_string()),
            ]
        );
    }
}
