//! Embedding a subset of a system font in a PDF (issue 28: a Japanese packet prints its
//! text): only the glyphs the document uses, as a CID font (Type0, `Identity-H`, two
//! bytes a glyph), with each glyph's width and a ToUnicode map, so a reader can search,
//! copy and extract the text (`pdftotext` reads it back).
//!
//! `subsetter` renumbers the glyphs it keeps and makes them CID-keyed whatever the font's
//! outlines, so the new glyph id is the CID for TrueType and CFF fonts alike.

use std::collections::BTreeMap;

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Filter, Finish, Name, Pdf, Rect, Ref, Str};
use skrifa::instance::{LocationRef, Size};
use skrifa::raw::types::Tag;
use skrifa::string::StringId;
use skrifa::{FontRef, MetadataProvider};
use subsetter::GlyphRemapper;

use super::fonts::Face;

/// What could stop a font from being embedded (the document then prints with Helvetica).
#[derive(Debug, thiserror::Error)]
pub(crate) enum EmbedError {
    /// The font file does not parse.
    #[error("the font file cannot be read")]
    Unreadable,
    /// The subsetter refused the font (CFF2 outlines, say).
    #[error("the font cannot be subset: {0}")]
    Subset(String),
}

/// The glyphs one face draws in a document, numbered as the subset numbers them.
pub(crate) struct Used {
    remapper: GlyphRemapper,
    /// Each new glyph id's character (for ToUnicode) and advance (1/1000 em).
    glyphs: BTreeMap<u16, (char, f32)>,
}

impl Used {
    /// None used yet.
    pub(crate) fn new() -> Used {
        Used {
            remapper: GlyphRemapper::new(),
            glyphs: BTreeMap::new(),
        }
    }

    /// Whether the document drew anything with the face.
    pub(crate) fn is_empty(&self) -> bool {
        self.glyphs.is_empty()
    }

    /// `text` as the two-byte codes of its glyphs in the subset (a character the face
    /// lacks draws the empty glyph 0; `Fonts::printable` has already made it '?').
    pub(crate) fn encode(&mut self, face: &Face, text: &str) -> Vec<u8> {
        let mut out = Vec::with_capacity(text.len() * 2);
        for c in text.chars() {
            let cid = match face.glyph(c) {
                Some(glyph) => {
                    let cid = self.remapper.remap(glyph.id);
                    self.glyphs.entry(cid).or_insert((c, glyph.advance));
                    cid
                }
                None => 0,
            };
            out.extend_from_slice(&cid.to_be_bytes());
        }
        out
    }
}

/// The five objects of one embedded font; `type0` is what pages name in their resources.
#[derive(Clone, Copy)]
pub(crate) struct FontIds {
    /// The Type0 font the pages use.
    pub(crate) type0: Ref,
    cid: Ref,
    descriptor: Ref,
    data: Ref,
    cmap: Ref,
}

impl FontIds {
    /// Five ids from `next`.
    pub(crate) fn take(next: &mut Ref) -> FontIds {
        FontIds {
            type0: next.bump(),
            cid: next.bump(),
            descriptor: next.bump(),
            data: next.bump(),
            cmap: next.bump(),
        }
    }
}

const IDENTITY: SystemInfo<'static> = SystemInfo {
    registry: Str(b"Adobe"),
    ordering: Str(b"Identity"),
    supplement: 0,
};

const CFF: Tag = Tag::new(b"CFF ");

/// Writes `face`'s font objects with the glyphs `used` drew.
pub(crate) fn write_font(
    pdf: &mut Pdf,
    ids: FontIds,
    face: &Face,
    used: &Used,
) -> Result<(), EmbedError> {
    let data = face.system.data.as_ref();
    let font = face.system.font().ok_or(EmbedError::Unreadable)?;
    let is_cff = font.table_data(CFF).is_some();
    let subset = subsetter::subset(data, face.system.index, &used.remapper)
        .map_err(|e| EmbedError::Subset(format!("{e:?}")))?;
    // A CFF font is embedded as its bare CFF program; a TrueType one whole.
    let program = if is_cff {
        FontRef::new(&subset)
            .ok()
            .and_then(|f| f.table_data(CFF))
            .map(|d| d.as_bytes().to_vec())
            .ok_or(EmbedError::Unreadable)?
    } else {
        subset
    };
    let name = subset_name(&font, used);

    pdf.type0_font(ids.type0)
        .base_font(Name(name.as_bytes()))
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(ids.cid)
        .to_unicode(ids.cmap);

    let mut cid = pdf.cid_font(ids.cid);
    cid.subtype(if is_cff {
        CidFontType::Type0
    } else {
        CidFontType::Type2
    })
    .base_font(Name(name.as_bytes()))
    .system_info(IDENTITY)
    .font_descriptor(ids.descriptor)
    .default_width(0.0);
    if !is_cff {
        cid.cid_to_gid_map_predefined(Name(b"Identity"));
    }
    let mut widths = cid.widths();
    for (id, (_, advance)) in &used.glyphs {
        widths.consecutive(*id, [*advance]);
    }
    widths.finish();
    cid.finish();

    write_descriptor(pdf, ids, &font, &name, is_cff);

    let compressed = miniz_oxide::deflate::compress_to_vec_zlib(&program, 6);
    let mut stream = pdf.stream(ids.data, &compressed);
    stream.filter(Filter::FlateDecode);
    if is_cff {
        stream.pair(Name(b"Subtype"), Name(b"CIDFontType0C"));
    }
    stream.finish();

    let mut cmap = UnicodeCmap::new(Name(b"Custom"), IDENTITY);
    for (id, (c, _)) in &used.glyphs {
        cmap.pair(*id, *c);
    }
    pdf.cmap(ids.cmap, &cmap.finish());
    Ok(())
}

fn write_descriptor(pdf: &mut Pdf, ids: FontIds, font: &FontRef<'_>, name: &str, is_cff: bool) {
    let metrics = font.metrics(Size::unscaled(), LocationRef::default());
    let scale = 1000.0 / f32::from(metrics.units_per_em.max(1));
    let bbox = metrics
        .bounds
        .map_or(Rect::new(0.0, -200.0, 1000.0, 900.0), |b| {
            Rect::new(
                b.x_min * scale,
                b.y_min * scale,
                b.x_max * scale,
                b.y_max * scale,
            )
        });
    let mut descriptor = pdf.font_descriptor(ids.descriptor);
    descriptor
        .name(Name(name.as_bytes()))
        .flags(FontFlags::SYMBOLIC)
        .bbox(bbox)
        .italic_angle(metrics.italic_angle)
        .ascent(metrics.ascent * scale)
        .descent(metrics.descent * scale)
        .cap_height(metrics.cap_height.unwrap_or(metrics.ascent) * scale)
        .stem_v(80.0);
    if is_cff {
        descriptor.font_file3(ids.data);
    } else {
        descriptor.font_file2(ids.data);
    }
}

/// `ABCDEF+PostScriptName`: a subset's name carries a tag made from its glyphs, so two
/// subsets of one font never share a name.
fn subset_name(font: &FontRef<'_>, used: &Used) -> String {
    let postscript: String = font
        .localized_strings(StringId::POSTSCRIPT_NAME)
        .english_or_first()
        .map(|s| {
            s.chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect()
        })
        .filter(|s: &String| !s.is_empty())
        .unwrap_or_else(|| "Font".to_string());
    // FNV-1a over the original glyph ids, spelled in six capital letters.
    let mut hash: u32 = 0x811c_9dc5;
    for old in used.remapper.remapped_gids() {
        for byte in old.to_be_bytes() {
            hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
        }
    }
    let tag: String = (0..6)
        .map(|i| char::from(b'A' + u8::try_from((hash >> (i * 5)) % 26).unwrap_or(0)))
        .collect();
    format!("{tag}+{postscript}")
}
