//! Wrapping and page breaking: blocks become positioned lines on pages.

use super::metrics::text_width;
use super::{Block, Doc, Paper, printable};
use crate::t;

/// Margin on every side, in points (18 mm).
pub(crate) const MARGIN: f32 = 51.0;
/// Space kept for the footer.
const FOOTER: f32 = 24.0;

/// One placed line of text (or a tick box).
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// Left edge, points from the left of the page.
    pub x: f32,
    /// Baseline, points from the bottom of the page.
    pub y: f32,
    /// Font size.
    pub size: f32,
    /// Bold?
    pub bold: bool,
    /// Grey?
    pub grey: bool,
    /// The text (printable characters only).
    pub text: String,
    /// Draw a tick box left of the text (`Some(ticked)`).
    pub box_: Option<bool>,
    /// Draw a write-in rule from `x` to the right margin under the text.
    pub rule: bool,
}

/// A laid-out page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    /// Its lines.
    pub lines: Vec<Line>,
}

/// Whether a space-separated piece of text is part of a phone number: digits and the
/// signs numbers are written with, at least one digit.
fn is_number_piece(piece: &str) -> bool {
    piece.chars().any(|c| c.is_ascii_digit())
        && piece
            .chars()
            .all(|c| c.is_ascii_digit() || "+-()./".contains(c))
}

/// The words of a paragraph, with the groups of a phone number kept together
/// ("011 44 1273 696933" is one word): a line breaks before a number, never inside it.
fn unbreakable_words(paragraph: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut previous_is_number = false;
    for piece in paragraph.split(' ').filter(|w| !w.is_empty()) {
        let number = is_number_piece(piece);
        match words.last_mut() {
            Some(last) if number && previous_is_number => {
                last.push(' ');
                last.push_str(piece);
            }
            _ => words.push(piece.to_string()),
        }
        previous_is_number = number;
    }
    words
}

/// Breaks `text` into lines no wider than `width` points; words longer than a line are
/// split, a phone number never is. Explicit newlines are kept.
pub(crate) fn wrap(text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in printable(text).split('\n') {
        let mut line = String::new();
        for word in unbreakable_words(paragraph) {
            let word = word.as_str();
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if text_width(&candidate, size, bold) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // A word wider than the line is cut where it fills the line.
            let mut rest = word.to_string();
            while text_width(&rest, size, bold) > width {
                let mut cut = rest.len();
                while cut > 1 && text_width(&rest[..cut], size, bold) > width {
                    cut -= 1;
                }
                lines.push(rest[..cut].to_string());
                rest = rest[cut..].to_string();
            }
            line = rest;
        }
        lines.push(line);
    }
    lines
}

struct Cursor {
    pages: Vec<Page>,
    y: f32,
    top: f32,
    bottom: f32,
}

impl Cursor {
    fn need(&mut self, height: f32) {
        if self.y - height < self.bottom {
            self.pages.push(Page::default());
            self.y = self.top;
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        x: f32,
        size: f32,
        bold: bool,
        grey: bool,
        text: String,
        box_: Option<bool>,
        rule: bool,
    ) {
        let lead = size * 1.35;
        self.need(lead);
        self.y -= lead;
        if let Some(page) = self.pages.last_mut() {
            page.lines.push(Line {
                x,
                y: self.y,
                size,
                bold,
                grey,
                text,
                box_,
                rule,
            });
        }
    }
}

/// Lays the document out on pages of `paper`.
pub(crate) fn paginate(doc: &Doc, paper: Paper) -> Vec<Page> {
    let (w, h) = paper.size_pt();
    let width = w - 2.0 * MARGIN;
    let mut c = Cursor {
        pages: vec![Page::default()],
        y: h - MARGIN,
        top: h - MARGIN,
        bottom: MARGIN + FOOTER,
    };
    let left = MARGIN;
    for block in &doc.blocks {
        match block {
            Block::Title(t) => {
                for line in wrap(t, 18.0, true, width) {
                    c.push(left, 18.0, true, false, line, None, false);
                }
                c.y -= 4.0;
            }
            Block::Heading(t) => {
                // Keep a heading with at least two lines of what follows.
                c.need(13.0 * 1.35 + 2.0 * 10.0 * 1.35 + 6.0);
                c.y -= 6.0;
                for line in wrap(t, 13.0, true, width) {
                    c.push(left, 13.0, true, false, line, None, false);
                }
            }
            Block::Para(t) => {
                for line in wrap(t, 10.0, false, width) {
                    c.push(left, 10.0, false, false, line, None, false);
                }
            }
            Block::Small(t) => {
                for line in wrap(t, 8.0, false, width) {
                    c.push(left, 8.0, false, true, line, None, false);
                }
            }
            Block::Bullet(t) | Block::Step(_, t) => {
                let marker = match block {
                    Block::Step(n, _) => format!("{n}."),
                    _ => "-".to_string(),
                };
                let indent = 16.0;
                for (i, line) in wrap(t, 10.0, false, width - indent).into_iter().enumerate() {
                    if i == 0 {
                        c.push(left, 10.0, false, false, marker.clone(), None, false);
                        c.y += 10.0 * 1.35;
                    }
                    c.push(left + indent, 10.0, false, false, line, None, false);
                }
            }
            Block::Check {
                text,
                checked,
                note,
            } => {
                let indent = 18.0;
                c.need(10.0 * 1.35 * 2.0);
                for (i, line) in wrap(text, 10.0, false, width - indent)
                    .into_iter()
                    .enumerate()
                {
                    let box_ = (i == 0).then_some(*checked);
                    c.push(left + indent, 10.0, false, false, line, box_, false);
                }
                if let Some(note) = note.as_deref().filter(|n| !n.trim().is_empty()) {
                    for line in wrap(
                        &t!("prep-print-note", note = note),
                        9.0,
                        false,
                        width - indent,
                    ) {
                        c.push(left + indent, 9.0, false, true, line, None, false);
                    }
                }
                c.y -= 2.0;
            }
            Block::Field(label, value) => {
                let label_text = format!("{} ", t!("prep-label-colon", label = label));
                let label_w = text_width(&printable(&label_text), 10.0, true);
                if label_w > width / 2.0 {
                    // A long label gets its own line(s); the value goes under it.
                    for line in wrap(&label_text, 10.0, true, width) {
                        c.push(left, 10.0, true, false, line, None, false);
                    }
                    for line in wrap(value, 10.0, false, width - 16.0) {
                        c.push(left + 16.0, 10.0, false, false, line, None, false);
                    }
                } else {
                    for (i, line) in wrap(value, 10.0, false, width - label_w)
                        .into_iter()
                        .enumerate()
                    {
                        if i == 0 {
                            c.push(left, 10.0, true, false, label_text.clone(), None, false);
                            c.y += 10.0 * 1.35;
                        }
                        c.push(left + label_w, 10.0, false, false, line, None, false);
                    }
                }
            }
            Block::WriteIn(label) => {
                c.y -= 6.0;
                c.push(
                    left,
                    10.0,
                    false,
                    false,
                    t!("prep-label-colon", label = label),
                    None,
                    true,
                );
            }
            Block::Space => c.y -= 8.0,
        }
    }
    c.pages
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phone_number_never_breaks_across_lines() {
        let dir = crate::directory::Directory::builtin().unwrap();
        let mut checked = 0;
        for contact in dir.contacts.iter().filter(|c| c.phone.is_some()) {
            for from in ["US", "GB", "JP", "AU", "ES"] {
                let shown = crate::directory::view::number_view(&dir, contact, from).display;
                let text = format!(
                    "If it is not resolved, call the complaints line {shown} and ask for a reference."
                );
                for width in [150.0, 200.0, 260.0] {
                    let lines = wrap(&text, 10.0, false, width);
                    assert!(
                        lines.iter().any(|l| l.contains(&shown)),
                        "{shown} split at {width}: {lines:?}"
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000);
    }

    #[test]
    fn long_text_wraps_and_long_lists_break_pages() {
        let lines = wrap(&"word ".repeat(200), 10.0, false, 300.0);
        assert!(lines.len() > 5);
        assert!(lines.iter().all(|l| text_width(l, 10.0, false) <= 300.0));
        let giant = wrap(&"x".repeat(500), 10.0, false, 100.0);
        assert!(giant.iter().all(|l| text_width(l, 10.0, false) <= 100.0));
        assert_eq!(giant.concat(), "x".repeat(500), "nothing lost");

        let doc = Doc {
            title: "t".into(),
            footer: "f".into(),
            blocks: (0..120)
                .map(|i| Block::Check {
                    text: format!("item {i}"),
                    checked: i % 2 == 0,
                    note: None,
                })
                .collect(),
        };
        for paper in [Paper::A4, Paper::Letter] {
            let pages = paginate(&doc, paper);
            assert!(pages.len() >= 3);
            let (w, h) = paper.size_pt();
            let all: Vec<&Line> = pages.iter().flat_map(|p| &p.lines).collect();
            assert_eq!(all.len(), 120);
            assert!(
                all.iter()
                    .all(|l| l.y >= MARGIN + FOOTER && l.y <= h - MARGIN)
            );
            assert!(
                all.iter()
                    .all(|l| l.x + text_width(&l.text, l.size, l.bold) <= w - MARGIN + 0.01)
            );
        }
    }
}
