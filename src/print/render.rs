//! Writing laid-out pages as PDF with `pdf-writer` and the base-14 Helvetica fonts
//! (referenced by name with WinAnsi encoding, never embedded: every PDF reader has them).
//!
//! The layout, wrapping and page breaks are ours (`layout`), so all this needs from a PDF
//! crate is a correct object writer; `pdf-writer` is that and nothing more, which keeps
//! fonts, colour profiles and a PDF parser out of the app's binary.

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

use super::layout::{MARGIN, Page, paginate};
use super::{Doc, Paper};
use crate::t;

/// Resource names of the two fonts in every page's resources.
const REGULAR: Name<'static> = Name(b"F1");
const BOLD: Name<'static> = Name(b"F2");

fn text(content: &mut Content, x: f32, y: f32, size: f32, bold: bool, grey: f32, line: &str) {
    // The fonts are referenced with WinAnsi encoding: one byte a character.
    let line = super::win_ansi_bytes(line);
    content.set_fill_gray(grey);
    content
        .begin_text()
        .set_font(if bold { BOLD } else { REGULAR }, size)
        .next_line(x, y)
        .show(Str(&line))
        .end_text();
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

fn page_content(page: &Page, number: usize, total: usize, doc: &Doc, paper: Paper) -> Vec<u8> {
    let (w, _) = paper.size_pt();
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
        let grey = if line.grey { 0.35 } else { 0.0 };
        text(
            &mut content,
            line.x,
            line.y,
            line.size,
            line.bold,
            grey,
            &line.text,
        );
        if line.rule {
            let start = line.x + super::metrics::text_width(&line.text, line.size, line.bold) + 6.0;
            polyline(
                &mut content,
                &[(start, line.y - 2.0), (w - MARGIN, line.y - 2.0)],
                false,
            );
        }
    }
    let footer = t!(
        "prep-print-page",
        footer = &doc.footer,
        number = number,
        total = total
    );
    text(
        &mut content,
        MARGIN,
        MARGIN - 8.0,
        8.0,
        false,
        0.35,
        &footer,
    );
    content.finish().into_vec()
}

/// The document as PDF bytes (its own words, the page numbers and labels, in the
/// paper's language: see [`super::in_paper_language`]).
pub fn render(doc: &Doc, paper: Paper) -> Vec<u8> {
    super::in_paper_language(|| render_pages(doc, paper))
}

fn render_pages(doc: &Doc, paper: Paper) -> Vec<u8> {
    let pages = paginate(doc, paper);
    let (w, h) = paper.size_pt();
    let total = pages.len();
    let catalog = Ref::new(1);
    let tree = Ref::new(2);
    let info = Ref::new(3);
    let regular = Ref::new(4);
    let bold = Ref::new(5);
    // Each page takes two ids: the page and its content stream.
    let mut next = Ref::new(6);
    let page_ids: Vec<(Ref, Ref)> = pages.iter().map(|_| (next.bump(), next.bump())).collect();

    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree)
        .kids(page_ids.iter().map(|(page, _)| *page))
        .count(i32::try_from(total).unwrap_or(i32::MAX));
    let title = doc.title.clone();
    pdf.document_info(info)
        .title(TextStr(&title))
        .creator(TextStr("Amex Desk"));
    for (id, name) in [(regular, "Helvetica"), (bold, "Helvetica-Bold")] {
        pdf.type1_font(id)
            .base_font(Name(name.as_bytes()))
            .encoding_predefined(Name(b"WinAnsiEncoding"));
    }
    for (i, (page, (page_id, content_id))) in pages.iter().zip(&page_ids).enumerate() {
        let mut writer = pdf.page(*page_id);
        writer
            .parent(tree)
            .media_box(Rect::new(0.0, 0.0, w, h))
            .contents(*content_id);
        writer
            .resources()
            .fonts()
            .pair(REGULAR, regular)
            .pair(BOLD, bold);
        writer.finish();
        let content = page_content(page, i + 1, total, doc, paper);
        pdf.stream(*content_id, &content);
    }
    pdf.finish()
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
}
