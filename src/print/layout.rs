//! Wrapping and page breaking: blocks become positioned lines on pages.

use super::fonts::Fonts;
use super::{Block, Doc, Paper};
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

/// Whether a line may break at byte `at` of `paragraph`, where Unicode's line-breaking
/// rules allow it: after a space, but never between the groups of a phone number ("011
/// 44 1273 696933" stays whole); and between Japanese (CJK) characters, where no space
/// separates words, but not before "。" or after "「".
fn may_break_at(paragraph: &str, at: usize) -> bool {
    let (before, after) = paragraph.split_at(at);
    if before.ends_with(' ') {
        // The words either side, as far as a space or a CJK character.
        let word = |c: &char| *c != ' ' && !crate::i18n::is_cjk(*c);
        let previous: String = before.trim_end().chars().rev().take_while(word).collect();
        let next: String = after.chars().take_while(word).collect();
        return !(is_number_piece(&previous) && is_number_piece(&next));
    }
    let last = before.chars().next_back();
    let first = after.chars().next();
    last.is_some_and(crate::i18n::is_cjk) || first.is_some_and(crate::i18n::is_cjk)
}

/// The pieces of a paragraph a line may break between, each with its trailing space.
/// Runs of spaces count as one.
fn pieces(paragraph: &str) -> Vec<String> {
    let paragraph = paragraph
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = Vec::new();
    let mut start = 0;
    for (at, _) in unicode_linebreak::linebreaks(&paragraph) {
        if at < paragraph.len() && !may_break_at(&paragraph, at) {
            continue;
        }
        if at > start {
            out.push(paragraph[start..at].to_string());
        }
        start = at;
    }
    out
}

/// Breaks `text` into lines no wider than `width` points in `fonts`; pieces longer than a
/// line are cut where they fill it, a phone number never is. Explicit newlines are kept.
pub(crate) fn wrap(text: &str, size: f32, bold: bool, width: f32, fonts: &Fonts) -> Vec<String> {
    let fits = |s: &str| fonts.width(s, size, bold) <= width;
    break_lines(&fonts.printable(text, bold), &fits)
}

/// Breaks printable `text` into lines that `fits`.
fn break_lines(text: &str, fits: &impl Fn(&str) -> bool) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for piece in pieces(paragraph) {
            let candidate = format!("{line}{piece}");
            if fits(candidate.trim_end()) {
                line = candidate;
                continue;
            }
            if !line.trim_end().is_empty() {
                lines.push(line.trim_end().to_string());
            }
            line = cut_to_fit(&piece, fits, &mut lines);
        }
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// Pushes the line-wide parts of a piece wider than a line to `lines` (cut between
/// characters where it fills the line); returns the rest.
fn cut_to_fit(piece: &str, fits: &impl Fn(&str) -> bool, lines: &mut Vec<String>) -> String {
    let mut rest = piece.to_string();
    while !fits(rest.trim_end()) {
        // The longest head that fits, at least one character.
        let mut cut = rest.chars().next().map_or(rest.len(), char::len_utf8);
        for (at, c) in rest.char_indices().skip(1) {
            if !fits(&rest[..at + c.len_utf8()]) {
                break;
            }
            cut = at + c.len_utf8();
        }
        if cut >= rest.len() {
            break;
        }
        lines.push(rest[..cut].to_string());
        rest = rest[cut..].to_string();
    }
    rest
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
pub(crate) fn paginate(doc: &Doc, paper: Paper, fonts: &Fonts) -> Vec<Page> {
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
                for line in wrap(t, 18.0, true, width, fonts) {
                    c.push(left, 18.0, true, false, line, None, false);
                }
                c.y -= 4.0;
            }
            Block::Heading(t) => {
                // Keep a heading with at least two lines of what follows.
                c.need(13.0 * 1.35 + 2.0 * 10.0 * 1.35 + 6.0);
                c.y -= 6.0;
                for line in wrap(t, 13.0, true, width, fonts) {
                    c.push(left, 13.0, true, false, line, None, false);
                }
            }
            Block::Para(t) => {
                for line in wrap(t, 10.0, false, width, fonts) {
                    c.push(left, 10.0, false, false, line, None, false);
                }
            }
            Block::Small(t) => {
                for line in wrap(t, 8.0, false, width, fonts) {
                    c.push(left, 8.0, false, true, line, None, false);
                }
            }
            Block::Bullet(t) | Block::Step(_, t) => {
                let marker = match block {
                    Block::Step(n, _) => format!("{n}."),
                    _ => "-".to_string(),
                };
                let indent = 16.0;
                for (i, line) in wrap(t, 10.0, false, width - indent, fonts)
                    .into_iter()
                    .enumerate()
                {
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
                for (i, line) in wrap(text, 10.0, false, width - indent, fonts)
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
                        fonts,
                    ) {
                        c.push(left + indent, 9.0, false, true, line, None, false);
                    }
                }
                c.y -= 2.0;
            }
            Block::Field(label, value) => {
                let label_text = format!("{} ", t!("prep-label-colon", label = label));
                let label_w = fonts.width(&fonts.printable(&label_text, true), 10.0, true);
                if label_w > width / 2.0 {
                    // A long label gets its own line(s); the value goes under it.
                    for line in wrap(&label_text, 10.0, true, width, fonts) {
                        c.push(left, 10.0, true, false, line, None, false);
                    }
                    for line in wrap(value, 10.0, false, width - 16.0, fonts) {
                        c.push(left + 16.0, 10.0, false, false, line, None, false);
                    }
                } else {
                    for (i, line) in wrap(value, 10.0, false, width - label_w, fonts)
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
    use crate::print::metrics::text_width;

    const HELVETICA: Fonts = Fonts::Base14;

    /// Helvetica's widths, a CJK character one em: what fits `width` at 10 points.
    fn fits(width: f32) -> impl Fn(&str) -> bool {
        move |s: &str| text_width(s, 10.0, false) <= width
    }

    #[test]
    fn a_phone_number_never_breaks_across_lines() {
        let dir = crate::directory::Directory::builtin().unwrap();
        let mut checked = 0;
        for contact in dir.contacts.iter().filter(|c| c.phone.is_some()) {
            for from in ["US", "GB", "JP", "AU", "ES"] {
                let shown = crate::directory::view::number_view(&dir, contact, from).display;
                for text in [
                    format!(
                        "If it is not resolved, call the complaints line {shown} and ask for a reference."
                    ),
                    format!("解決しない場合は苦情窓口{shown}に電話して受付番号を聞いてください。"),
                ] {
                    for width in [150.0, 200.0, 260.0] {
                        let lines = break_lines(&text, &fits(width));
                        assert!(
                            lines.iter().any(|l| l.contains(&shown)),
                            "{shown} split at {width}: {lines:?}"
                        );
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 2000);
    }

    #[test]
    fn long_text_wraps_and_long_lists_break_pages() {
        let lines = wrap(&"word ".repeat(200), 10.0, false, 300.0, &HELVETICA);
        assert!(lines.len() > 5);
        assert!(lines.iter().all(|l| text_width(l, 10.0, false) <= 300.0));
        assert!(
            lines
                .iter()
                .all(|l| !l.ends_with(' ') && !l.starts_with(' '))
        );
        let giant = wrap(&"x".repeat(500), 10.0, false, 100.0, &HELVETICA);
        assert!(giant.iter().all(|l| text_width(l, 10.0, false) <= 100.0));
        assert_eq!(giant.concat(), "x".repeat(500), "nothing lost");
        assert_eq!(
            wrap("〒103-0016\nTokyo", 10.0, false, 300.0, &HELVETICA),
            ["?103-0016", "Tokyo"],
            "explicit newlines are kept"
        );
        let accented = wrap(&"é".repeat(300), 10.0, false, 100.0, &HELVETICA);
        assert_eq!(accented.concat(), "é".repeat(300), "cut between characters");

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
            let pages = paginate(&doc, paper, &HELVETICA);
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

    /// Japanese has no spaces between words: a line breaks between characters, never
    /// before a closing mark ("。", "」") or after an opening one ("「"), and nothing is lost.
    #[test]
    fn japanese_breaks_between_characters_but_not_at_its_marks() {
        let text = "「カードを紛失した」とお伝えください。利用停止の受付番号をメモしてください、後で必要になります。"
            .repeat(6);
        for width in [60.0, 97.0, 150.0, 233.0, 400.0] {
            let lines = break_lines(&text, &fits(width));
            assert!(lines.len() > 1, "{width}");
            assert_eq!(lines.concat(), text, "nothing lost at {width}");
            for line in &lines {
                assert!(text_width(line, 10.0, false) <= width, "{line} at {width}");
                assert!(!line.starts_with(['。', '、', '」']), "{line:?} at {width}");
                assert!(!line.ends_with('「'), "{line:?} at {width}");
            }
        }
        // Latin words inside Japanese stay whole.
        let mixed = "お問い合わせはAmerican Expressのメンバーシップ・リワードまで。".repeat(4);
        for line in break_lines(&mixed, &fits(120.0)) {
            assert!(
                !line.ends_with("Ameri") && !line.starts_with("can"),
                "{line}"
            );
        }
    }
}
