//! The fonts a document prints with (issue 28): the PDF base-14 Helvetica, referenced by
//! name and never embedded, when it has every character of the document; else a system
//! font that has them (Japanese above all), found the way the window finds its fonts
//! (`fontique`: fontconfig on Linux, DirectWrite on Windows, CoreText on macOS), measured
//! here glyph by glyph and embedded as a subset by [`super::embed`].
//!
//! The system's fonts are listed once per process, and only when a document needs one:
//! an English or Spanish paper never asks.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use fontique::{
    Attributes, Collection, CollectionOptions, FallbackKey, FontStyle, FontWeight, FontWidth,
    GenericFamily, Language, QueryFamily, QueryFont, QueryStatus, Script, SourceCache,
    SourceCacheOptions,
};
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, GlyphId, MetadataProvider};

use super::metrics::text_width;

/// One face of a system font: its file's bytes (memory-mapped by fontique) and its place
/// in a collection (`.ttc`).
pub(crate) struct SystemFace {
    /// The font file.
    pub(crate) data: fontique::Blob<u8>,
    /// The face's index in the file.
    pub(crate) index: u32,
}

impl SystemFace {
    /// The face, parsed.
    pub(crate) fn font(&self) -> Option<FontRef<'_>> {
        FontRef::from_index(self.data.as_ref(), self.index).ok()
    }
}

/// A glyph of an embedded face: its id in the font file and its advance in thousandths of
/// the font size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Glyph {
    /// Glyph id in the original font.
    pub(crate) id: u16,
    /// Advance width, 1/1000 em.
    pub(crate) advance: f32,
}

/// A system face with the glyphs looked up so far: wrapping asks for the same characters
/// again and again.
pub(crate) struct Face {
    /// The font.
    pub(crate) system: Arc<SystemFace>,
    /// Draw bold by stroking the outlines too: the family has no bold face.
    pub(crate) fake_bold: bool,
    glyphs: RefCell<HashMap<char, Option<Glyph>>>,
}

impl Face {
    fn new(system: Arc<SystemFace>, fake_bold: bool) -> Face {
        Face {
            system,
            fake_bold,
            glyphs: RefCell::default(),
        }
    }

    /// The glyph the face draws `c` with, if it has one.
    pub(crate) fn glyph(&self, c: char) -> Option<Glyph> {
        if let Some(known) = self.glyphs.borrow().get(&c) {
            return *known;
        }
        let found = self.system.font().and_then(|font| glyph_of(&font, c));
        self.glyphs.borrow_mut().insert(c, found);
        found
    }
}

fn glyph_of(font: &FontRef<'_>, c: char) -> Option<Glyph> {
    let id = font.charmap().map(c).filter(|id| *id != GlyphId::NOTDEF)?;
    let units_per_em = f32::from(
        font.metrics(Size::unscaled(), LocationRef::default())
            .units_per_em,
    );
    let advance = font
        .glyph_metrics(Size::unscaled(), LocationRef::default())
        .advance_width(id)?;
    Some(Glyph {
        id: u16::try_from(id.to_u32()).ok()?,
        advance: advance * 1000.0 / units_per_em.max(1.0),
    })
}

/// The fonts of one document.
pub(crate) enum Fonts {
    /// Helvetica and Helvetica-Bold, not embedded, WinAnsi-encoded.
    Base14,
    /// A system font's regular and bold faces, embedded.
    Embedded {
        /// For ordinary text.
        regular: Face,
        /// For titles, headings and labels.
        bold: Face,
    },
}

impl Fonts {
    /// The fonts for a document made of `texts` in language `lang` (a BCP 47 tag, to
    /// prefer that language's forms of Han characters): Helvetica when it has every
    /// character, else the system font with the most of them, else Helvetica anyway
    /// (what it lacks prints as '?').
    pub(crate) fn for_texts<'a>(texts: impl IntoIterator<Item = &'a str>, lang: &str) -> Fonts {
        let mut needed: Vec<char> = texts
            .into_iter()
            .flat_map(str::chars)
            .filter(|c| !base14_has(*c))
            .collect();
        needed.sort_unstable();
        needed.dedup();
        if needed.is_empty() {
            return Fonts::Base14;
        }
        match find_faces(&needed, lang) {
            Some((regular, bold, fake_bold)) => Fonts::Embedded {
                regular: Face::new(regular, false),
                bold: Face::new(bold, fake_bold),
            },
            None => {
                log::warn!(
                    "no system font has {:?}: printing them as '?'",
                    needed.iter().take(8).collect::<String>()
                );
                Fonts::Base14
            }
        }
    }

    /// The face bold or regular text uses (none for the base-14 fonts).
    pub(crate) fn face(&self, bold: bool) -> Option<&Face> {
        match self {
            Fonts::Base14 => None,
            Fonts::Embedded { regular, bold: b } => Some(if bold { b } else { regular }),
        }
    }

    /// `text` as it prints: tabs and no-break spaces become spaces, and what the font lacks
    /// becomes '?' (so nothing prints as garbage and widths are right).
    pub(crate) fn printable(&self, text: &str, bold: bool) -> String {
        match self.face(bold) {
            None => super::printable(text),
            Some(face) => text
                .chars()
                .map(|c| match c {
                    '\u{00a0}' | '\t' => ' ',
                    '\n' => '\n',
                    c if face.glyph(c).is_some() => c,
                    _ => '?',
                })
                .collect(),
        }
    }

    /// Width of printable `text` at `size` points.
    pub(crate) fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        match self.face(bold) {
            None => text_width(text, size, bold),
            Some(face) => {
                let units: f32 = text
                    .chars()
                    .map(|c| face.glyph(c).map_or(1000.0, |g| g.advance))
                    .sum();
                units * size / 1000.0
            }
        }
    }
}

/// Whether Helvetica prints `c` as itself or as its ASCII look-alike.
fn base14_has(c: char) -> bool {
    c == '?' || super::printable(c.encode_utf8(&mut [0; 4])) != "?"
}

/// Whether a system font can print `sample` (a language's own script), so a paper in that
/// language is worth making.
pub(crate) fn can_print(sample: &str, lang: &str) -> bool {
    let needed: Vec<char> = sample.chars().filter(|c| !base14_has(*c)).collect();
    needed.is_empty()
        || find_faces(&needed, lang)
            .and_then(|(regular, _, _)| regular.font().map(|f| covers(&f, &needed)))
            .unwrap_or(false)
}

/// The system's fonts, listed on first need.
struct Search {
    collection: Collection,
    cache: SourceCache,
}

static SEARCH: Mutex<Option<Search>> = Mutex::new(None);

/// The regular and bold faces of the system font that has the most of `needed` (all, at
/// best), and whether its bold must be drawn by stroking (no bold face).
fn find_faces(needed: &[char], lang: &str) -> Option<(Arc<SystemFace>, Arc<SystemFace>, bool)> {
    let mut guard = SEARCH
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let search = guard.get_or_insert_with(|| {
        log::debug!("a document needs a system font: listing the system's fonts");
        Search {
            collection: Collection::new(CollectionOptions {
                shared: false,
                system_fonts: true,
            }),
            cache: SourceCache::new(SourceCacheOptions::default()),
        }
    });
    let regular = best_font(search, needed, lang, FontWeight::NORMAL)?;
    let bold = best_font(search, needed, lang, FontWeight::BOLD);
    let regular_face = Arc::new(SystemFace {
        data: regular.blob.clone(),
        index: regular.index,
    });
    match bold {
        Some(bold) if bold.family.0 == regular.family.0 && !bold.synthesis.embolden() => {
            let bold_face = Arc::new(SystemFace {
                data: bold.blob,
                index: bold.index,
            });
            Some((regular_face, bold_face, false))
        }
        _ => Some((regular_face.clone(), regular_face, true)),
    }
}

/// The first font of the language's fallback list (after the system's sans-serif) that
/// has every needed character, else the one with the most.
fn best_font(
    search: &mut Search,
    needed: &[char],
    lang: &str,
    weight: FontWeight,
) -> Option<QueryFont> {
    let script = needed.iter().find_map(|c| script_of(*c))?;
    let locale = Language::parse(lang).ok();
    let mut query = search.collection.query(&mut search.cache);
    query.set_families([QueryFamily::Generic(GenericFamily::SansSerif)]);
    query.set_fallbacks(FallbackKey::new(script, locale.as_ref()));
    query.set_attributes(Attributes::new(
        FontWidth::NORMAL,
        FontStyle::Normal,
        weight,
    ));
    let mut best: Option<(usize, QueryFont)> = None;
    query.matches_with(|font| {
        let Ok(face) = FontRef::from_index(font.blob.as_ref(), font.index) else {
            return QueryStatus::Continue;
        };
        let has = needed
            .iter()
            .filter(|c| glyph_of(&face, **c).is_some())
            .count();
        if has > best.as_ref().map_or(0, |(n, _)| *n) {
            best = Some((has, font.clone()));
        }
        if has == needed.len() {
            QueryStatus::Stop
        } else {
            QueryStatus::Continue
        }
    });
    best.map(|(_, font)| font)
}

fn covers(font: &FontRef<'_>, needed: &[char]) -> bool {
    needed.iter().all(|c| glyph_of(font, *c).is_some())
}

/// The writing system of `c` (none for punctuation, digits and symbols every script
/// shares: those find their font with the letters around them).
fn script_of(c: char) -> Option<Script> {
    use unicode_script::UnicodeScript as _;
    match c.script() {
        unicode_script::Script::Common
        | unicode_script::Script::Inherited
        | unicode_script::Script::Unknown => None,
        script => Script::parse(script.short_name()).ok(),
    }
    .or_else(|| crate::i18n::is_cjk(c).then(|| Script::from_bytes(*b"Hani")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn western_european_text_needs_no_system_font() {
        let fonts = Fonts::for_texts(["España, Müller, réclamation, “quoted” – €5"], "es");
        assert!(matches!(fonts, Fonts::Base14));
    }

    #[test]
    fn japanese_text_finds_a_font_with_every_character() {
        if !can_print("日本語のかなカナ", "ja") {
            assert!(
                std::env::var_os("AMEX_DESK_REQUIRE_CJK_FONT").is_none(),
                "CI installs Noto Sans CJK: the search must find it"
            );
            return;
        }
        let text = "紛争の記録：カード会員様、ご請求書の日付。Amex 0120-020-222";
        let fonts = Fonts::for_texts([text], "ja");
        let Fonts::Embedded { regular, bold } = &fonts else {
            panic!("no system font for Japanese");
        };
        assert_eq!(fonts.printable(text, false), text);
        assert_eq!(
            fonts.printable("〒103-0016\n東京都", false),
            "〒103-0016\n東京都"
        );
        assert_eq!(fonts.printable(text, true), text);
        assert!(
            text.chars()
                .all(|c| regular.glyph(c).is_some() && bold.glyph(c).is_some())
        );
        // Kanji are a full em wide; Latin letters narrower.
        assert!((fonts.width("紛", 10.0, false) - 10.0).abs() < 0.5);
        assert!(fonts.width("i", 10.0, false) < 5.0);
    }
}
