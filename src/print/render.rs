//! Writing laid-out pages as PDF with `printpdf` and the base-14 Helvetica fonts.

use printpdf::{
    BuiltinFont, Color, Line as PdfLine, LinePoint, Op, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rgb, TextItem,
};

use super::layout::{MARGIN, Page, paginate};
use super::{Doc, Paper, printable};

fn grey(level: f32) -> Color {
    Color::Rgb(Rgb {
        r: level,
        g: level,
        b: level,
        icc_profile: None,
    })
}

fn text_ops(ops: &mut Vec<Op>, x: f32, y: f32, size: f32, bold: bool, colour: f32, text: &str) {
    let font = if bold {
        BuiltinFont::HelveticaBold
    } else {
        BuiltinFont::Helvetica
    };
    ops.push(Op::StartTextSection);
    ops.push(Op::SetFillColor { col: grey(colour) });
    ops.push(Op::SetFont {
        font: PdfFontHandle::Builtin(font),
        size: Pt(size),
    });
    ops.push(Op::SetTextCursor {
        pos: Point { x: Pt(x), y: Pt(y) },
    });
    ops.push(Op::ShowText {
        items: vec![TextItem::Text(text.to_string())],
    });
    ops.push(Op::EndTextSection);
}

fn line_ops(ops: &mut Vec<Op>, points: &[(f32, f32)], closed: bool) {
    ops.push(Op::SetOutlineColor { col: grey(0.2) });
    ops.push(Op::SetOutlineThickness { pt: Pt(0.8) });
    ops.push(Op::DrawLine {
        line: PdfLine {
            points: points
                .iter()
                .map(|(x, y)| LinePoint {
                    p: Point {
                        x: Pt(*x),
                        y: Pt(*y),
                    },
                    bezier: false,
                })
                .collect(),
            is_closed: closed,
        },
    });
}

fn page_ops(page: &Page, number: usize, total: usize, doc: &Doc, paper: Paper) -> Vec<Op> {
    let (w, _) = paper.size_pt();
    let mut ops = Vec::new();
    for line in &page.lines {
        if let Some(ticked) = line.box_ {
            let (s, x, y) = (line.size * 0.9, line.x - line.size * 1.5, line.y - 1.0);
            line_ops(
                &mut ops,
                &[(x, y), (x + s, y), (x + s, y + s), (x, y + s)],
                true,
            );
            if ticked {
                line_ops(
                    &mut ops,
                    &[
                        (x + 2.0, y + s / 2.0),
                        (x + s / 2.5, y + 2.0),
                        (x + s - 1.5, y + s - 1.5),
                    ],
                    false,
                );
            }
        }
        let colour = if line.grey { 0.35 } else { 0.0 };
        text_ops(
            &mut ops, line.x, line.y, line.size, line.bold, colour, &line.text,
        );
        if line.rule {
            let start = line.x + super::metrics::text_width(&line.text, line.size, line.bold) + 6.0;
            line_ops(
                &mut ops,
                &[(start, line.y - 2.0), (w - MARGIN, line.y - 2.0)],
                false,
            );
        }
    }
    let footer = printable(&format!("{} - page {number} of {total}", doc.footer));
    text_ops(&mut ops, MARGIN, MARGIN - 8.0, 8.0, false, 0.35, &footer);
    ops
}

/// The document as PDF bytes.
pub fn render(doc: &Doc, paper: Paper) -> Vec<u8> {
    let pages = paginate(doc, paper);
    let (w, h) = paper.size_pt();
    let total = pages.len();
    let pdf_pages: Vec<PdfPage> = pages
        .iter()
        .enumerate()
        .map(|(i, page)| {
            PdfPage::new(
                Pt(w).into(),
                Pt(h).into(),
                page_ops(page, i + 1, total, doc, paper),
            )
        })
        .collect();
    let mut pdf = PdfDocument::new(&printable(&doc.title));
    pdf.with_pages(pdf_pages)
        .save(&PdfSaveOptions::default(), &mut Vec::new())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::print::Block;

    /// The text of every page, as a PDF reader extracts it.
    pub fn pdf_text(bytes: &[u8]) -> Vec<String> {
        let doc = lopdf::Document::load_mem(bytes).unwrap();
        let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
        pages
            .iter()
            .map(|p| doc.extract_text(&[*p]).unwrap_or_default())
            .collect()
    }

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
