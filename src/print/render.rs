//! Writing laid-out pages as PDF with `pdf-writer`: the base-14 Helvetica fonts
//! (referenced by name with WinAnsi encoding, never embedded: every PDF reader has them)
//! when they have every character, else a subset of a system font (`fonts`, `embed`).
//!
//! The layout, wrapping and page breaks are ours (`layout`), so all this needs from a PDF
//! crate is a correct object writer; `pdf-writer` is that and nothing more, which keeps
//! bundled fonts, colour profiles and a PDF parser out of the app's binary.

use pdf_writer::types::TextRenderingMode;
use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

use super::embed::{EmbedError, FontIds, Used, write_font};
use super::fonts::Fonts;
use super::layout::{MARGIN, Page, paginate};
use super::{Block, Doc, Paper};
use crate::t;

/// Resource names of the two fonts in every page's resources.
const REGULAR: Name<'static> = Name(b"F1");
const BOLD: Name<'static> = Name(b"F2");

/// What draws the text of one document: its fonts and, for embedded ones, the glyphs
/// drawn so far (regular, then bold).
struct Pen<'a> {
    fonts: &'a Fonts,
    used: [Used; 2],
}

/// One placed run of text.
struct Run<'t> {
    x: f32,
    y: f32,
    size: f32,
    bold: bool,
    grey: f32,
    text: &'t str,
}

impl Pen<'_> {
    /// Which of the two fonts draws bold or regular text: a family with no bold face
    /// draws bold with its regular face, outlined.
    fn slot(&self, bold: bool) -> usize {
        match self.fonts.face(bold) {
            Some(face) if face.fake_bold => 0,
            _ => usize::from(bold),
        }
    }

    fn text(&mut self, content: &mut Content, run: &Run<'_>) {
        let slot = self.slot(run.bold);
        let bytes = match self.fonts.face(run.bold) {
            // The base-14 fonts are referenced with WinAnsi encoding: one byte a character.
            None => super::win_ansi_bytes(run.text),
            Some(face) => self.used[slot].encode(face, &self.fonts.printable(run.text, run.bold)),
        };
        let fake_bold = self.fonts.face(run.bold).is_some_and(|f| f.fake_bold);
        content.set_fill_gray(run.grey);
        content.begin_text();
        if fake_bold {
            content
                .set_text_rendering_mode(TextRenderingMode::FillStroke)
                .set_line_width(run.size * 0.04)
                .set_stroke_gray(run.grey);
        }
        content
            .set_font(if slot == 1 { BOLD } else { REGULAR }, run.size)
            .next_line(run.x, run.y)
            .show(Str(&bytes));
        if fake_bold {
            content.set_text_rendering_mode(TextRenderingMode::Fill);
        }
        content.end_text();
    }
}

fn polyline(content: &mut Content, points: &[(f32, f32)], closed: bool) {
    let Some(((x0, y0), rest)) = points.split_first() else {
        return;
    };
    content.set_stroke_gray(0.2).set_line_width(0.8);
    content.move_to(*x0, *y0);
    for (x, y) in rest {
        content.line_to(*x, *y);
    }
    if closed {
        content.close_and_stroke();
    } else {
        content.stroke();
    }
}

/// Where a page sits in its document, for its footer.
struct PageOf<'a> {
    number: usize,
    total: usize,
    doc: &'a Doc,
    paper: Paper,
}

fn page_content(page: &Page, of: &PageOf<'_>, pen: &mut Pen<'_>) -> Vec<u8> {
    let (w, _) = of.paper.size_pt();
    let mut content = Content::new();
    for line in &page.lines {
        if let Some(ticked) = line.box_ {
            let (s, x, y) = (line.size * 0.9, line.x - line.size * 1.5, line.y - 1.0);
            polyline(
                &mut content,
                &[(x, y), (x + s, y), (x + s, y + s), (x, y + s)],
                true,
            );
            if ticked {
                polyline(
                    &mut content,
                    &[
                        (x + 2.0, y + s / 2.0),
                        (x + s / 2.5, y + 2.0),
                        (x + s - 1.5, y + s - 1.5),
                    ],
                    false,
                );
            }
        }
        let run = Run {
            x: line.x,
            y: line.y,
            size: line.size,
            bold: line.bold,
            grey: if line.grey { 0.35 } else { 0.0 },
            text: &line.text,
        };
        pen.text(&mut content, &run);
        if line.rule {
            let start = line.x + pen.fonts.width(&line.text, line.size, line.bold) + 6.0;
            polyline(
                &mut content,
                &[(start, line.y - 2.0), (w - MARGIN, line.y - 2.0)],
                false,
            );
        }
    }
    let footer = t!(
        "prep-print-page",
        footer = &of.doc.footer,
        number = of.number,
        total = of.total
    );
    let run = Run {
        x: MARGIN,
        y: MARGIN - 8.0,
        size: 8.0,
        bold: false,
        grey: 0.35,
        text: &footer,
    };
    pen.text(&mut content, &run);
    content.finish().into_vec()
}

/// The document as PDF bytes (its own words, the page numbers and labels, in the
/// paper's language: see [`super::in_paper_language`]), with Helvetica, or with a subset
/// of a system font embedded when the text needs one (Japanese).
pub fn render(doc: &Doc, paper: Paper) -> Vec<u8> {
    super::in_paper_language(|| {
        let lang = crate::i18n::current();
        let fonts = Fonts::for_texts(doc_texts(doc).iter().map(String::as_str), lang.tag());
        render_with(doc, paper, &fonts).unwrap_or_else(|e| {
            log::warn!("{e}: printing with Helvetica");
            render_with(doc, paper, &Fonts::Base14).unwrap_or_default()
        })
    })
}

/// Every text the document prints: its own and the labels the layout adds.
fn doc_texts(doc: &Doc) -> Vec<String> {
    let mut texts = vec![
        doc.title.clone(),
        t!(
            "prep-print-page",
            footer = &doc.footer,
            number = 1_usize,
            total = 1_usize
        ),
        t!("prep-label-colon", label = ""),
        t!("prep-print-note", note = ""),
    ];
    for block in &doc.blocks {
        match block {
            Block::Title(t)
            | Block::Heading(t)
            | Block::Para(t)
            | Block::Small(t)
            | Block::Bullet(t)
            | Block::Step(_, t)
            | Block::WriteIn(t) => texts.push(t.clone()),
            Block::Check { text, note, .. } => {
                texts.push(text.clone());
                texts.extend(note.clone());
            }
            Block::Field(label, value) => texts.extend([label.clone(), value.clone()]),
            Block::Space => {}
        }
    }
    texts
}

fn render_with(doc: &Doc, paper: Paper, fonts: &Fonts) -> Result<Vec<u8>, EmbedError> {
    let pages = paginate(doc, paper, fonts);
    let (w, h) = paper.size_pt();
    let total = pages.len();
    let catalog = Ref::new(1);
    let tree = Ref::new(2);
    let info = Ref::new(3);
    // Each page takes two ids: the page and its content stream.
    let mut next = Ref::new(4);
    let page_ids: Vec<(Ref, Ref)> = pages.iter().map(|_| (next.bump(), next.bump())).collect();
    let font_ids = [FontIds::take(&mut next), FontIds::take(&mut next)];

    let mut pen = Pen {
        fonts,
        used: [Used::new(), Used::new()],
    };
    let contents: Vec<Vec<u8>> = pages
        .iter()
        .enumerate()
        .map(|(i, page)| {
            let of = PageOf {
                number: i + 1,
                total,
                doc,
                paper,
            };
            page_content(page, &of, &mut pen)
        })
        .collect();

    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree)
        .kids(page_ids.iter().map(|(page, _)| *page))
        .count(i32::try_from(total).unwrap_or(i32::MAX));
    pdf.document_info(info)
        .title(TextStr(&doc.title))
        .creator(TextStr("Amex Desk"));
    let fonts_in_use = write_fonts(&mut pdf, &pen, font_ids)?;
    for ((page_id, content_id), content) in page_ids.iter().zip(&contents) {
        let mut writer = pdf.page(*page_id);
        writer
            .parent(tree)
            .media_box(Rect::new(0.0, 0.0, w, h))
            .contents(*content_id);
        let mut resources = writer.resources();
        let mut names = resources.fonts();
        for (name, id) in &fonts_in_use {
            names.pair(*name, *id);
        }
        names.finish();
        resources.finish();
        writer.finish();
        pdf.stream(*content_id, content);
    }
    Ok(pdf.finish())
}

/// Writes the fonts the pages drew with; returns each one's resource name and id.
fn write_fonts(
    pdf: &mut Pdf,
    pen: &Pen<'_>,
    ids: [FontIds; 2],
) -> Result<Vec<(Name<'static>, Ref)>, EmbedError> {
    let mut in_use = Vec::new();
    for (slot, (name, base14)) in [(REGULAR, "Helvetica"), (BOLD, "Helvetica-Bold")]
        .into_iter()
        .enumerate()
    {
        let id = ids[slot];
        match pen.fonts.face(slot == 1) {
            None => {
                pdf.type1_font(id.type0)
                    .base_font(Name(base14.as_bytes()))
                    .encoding_predefined(Name(b"WinAnsiEncoding"));
            }
            Some(_) if pen.used[slot].is_empty() => continue,
            Some(face) => write_font(pdf, id, face, &pen.used[slot])?,
        }
        in_use.push((name, id.type0));
    }
    Ok(in_use)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::print::Block;
    use crate::print::pdf_text::pages as pdf_text;

    #[test]
    fn text_survives_into_the_pdf_on_every_page() {
        let mut blocks = vec![Block::Title("Dispute checklist".into())];
        for i in 0..90 {
            blocks.push(Block::Check {
                text: format!("Evidence item number {i} with a long explanation that wraps"),
                checked: i % 3 == 0,
                note: Some("see the folder".into()),
            });
        }
        blocks.push(Block::WriteIn("Signature".into()));
        let doc = Doc {
            title: "Dispute checklist".into(),
            footer: "Amex Desk".into(),
            blocks,
        };
        for paper in [Paper::A4, Paper::Letter] {
            let bytes = render(&doc, paper);
            assert!(bytes.starts_with(b"%PDF"));
            let pages = pdf_text(&bytes);
            assert!(pages.len() >= 3, "{} pages", pages.len());
            let all = pages.join("\n");
            for i in [0, 45, 89] {
                assert!(
                    all.contains(&format!("Evidence item number {i} ")),
                    "item {i}"
                );
            }
            assert!(all.contains("Signature:"));
            assert!(pages.last().unwrap().contains(&format!(
                "page {} of {}",
                pages.len(),
                pages.len()
            )));
        }
    }

    /// A document Helvetica cannot print embeds a subset of a system font, and its text
    /// reads back whole; one it can print embeds nothing.
    #[test]
    fn japanese_text_embeds_a_font_subset_and_reads_back() {
        if !super::super::fonts::can_print("日本語のかなカナ", "ja") {
            assert!(std::env::var_os("AMEX_DESK_REQUIRE_CJK_FONT").is_none());
            return;
        }
        let doc = Doc {
            title: "異議申し立て：東京トラベル".into(),
            footer: "Amex Desk（非公式）".into(),
            blocks: vec![
                Block::Title("異議申し立て：東京トラベル".into()),
                Block::Heading("証拠書類".into()),
                Block::Para("注文確認メールまたは領収書。Amex 0120-020-222 へ。".repeat(12)),
                Block::Field("カード".into(), "個人カード".into()),
                Block::WriteIn("担当者の名前".into()),
            ],
        };
        let bytes = crate::i18n::in_english(|| render(&doc, Paper::A4));
        let raw = String::from_utf8_lossy(&bytes);
        assert!(raw.contains("/FontFile3") || raw.contains("/FontFile2"));
        assert!(raw.contains("/ToUnicode"));
        assert!(
            bytes.len() < 300_000,
            "a subset, not the font: {} bytes",
            bytes.len()
        );
        let text: String = pdf_text(&bytes).concat().split_whitespace().collect();
        for wanted in [
            "異議申し立て：東京トラベル",
            "証拠書類",
            "注文確認メールまたは領収書。",
            "担当者の名前",
        ] {
            assert!(text.contains(wanted), "no {wanted:?} in {text}");
        }
        assert!(!text.contains('?'), "{text}");

        let english = Doc {
            title: "Dispute".into(),
            footer: "Amex Desk".into(),
            blocks: vec![Block::Para("España, Müller, réclamation".into())],
        };
        let raw = String::from_utf8_lossy(&render(&english, Paper::A4)).into_owned();
        assert!(!raw.contains("/FontFile"), "Helvetica needs no embedding");
    }
}
