//! Writing `journal.ron` fast enough for 10,000 calls.
//!
//! The file is ordinary pretty RON, byte for byte what `ron::ser::to_string_pretty`
//! writes (tests hold the two equal, including for arbitrary journals), and it is read
//! back by `ron` itself. But `ron` writes strings a character at a time through
//! `fmt::Write`: 40 ms for 10,000 calls. [`encode`] writes the entries directly (fixed
//! layout, strings escaped exactly as `ron` does with unescaped runs copied at once)
//! and lets `ron` write the small outer record around them: about 6 ms.

use std::fmt::Write as _;

use ron::ser::PrettyConfig;

use super::model::{Entry, Journal, Link};

/// `ron`'s pretty layout with `\n` line ends on every OS: `ron` defaults to `\r\n` on
/// Windows, which the fixed layout below (and the reader in `decode`) does not use, and
/// a journal should read the same wherever it was written. (Found by running the
/// Windows build under Wine: every save failed with "unexpected journal layout".)
fn pretty() -> PrettyConfig {
    PrettyConfig::new().new_line("\n")
}

/// Writes `text` as a RON string literal, escaped exactly as `ron` does
/// (`char::escape_debug`), copying unescaped runs in one go. Plain ASCII is skipped
/// sixteen bytes at a time; any other character stays in the run when `escape_debug`
/// leaves it as it is.
fn push_str_literal(out: &mut String, text: &str) {
    out.push('"');
    let bytes = text.as_bytes();
    let mut run = 0;
    let mut i = 0;
    loop {
        i += plain_ascii_prefix(bytes.get(i..).unwrap_or(&[]));
        let Some(&b) = bytes.get(i) else {
            break;
        };
        if b.is_ascii() {
            out.push_str(&text[run..i]);
            out.extend(char::from(b).escape_debug());
            i += 1;
            run = i;
            continue;
        }
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        let escaped = c.escape_debug();
        if escaped.len() != 1 {
            out.push_str(&text[run..i]);
            out.extend(escaped);
            run = i + c.len_utf8();
        }
        i += c.len_utf8();
    }
    out.push_str(&text[run..]);
    out.push('"');
}

/// Whether a byte is anything but plain, printable ASCII that `ron` writes as it is:
/// a control, a quote, an apostrophe, a backslash, or part of a non-ASCII character.
fn not_plain(b: u8) -> bool {
    (b.wrapping_sub(0x20) >= 0x5f) | (b == b'"') | (b == b'\\') | (b == b'\'')
}

/// How many bytes at the start of `bytes` are plain ASCII (see [`not_plain`]): whole
/// blocks of sixteen first, each judged at once, then byte by byte.
fn plain_ascii_prefix(bytes: &[u8]) -> usize {
    let (blocks, _) = bytes.as_chunks::<16>();
    let mut plain = 0;
    for block in blocks {
        if block.iter().fold(false, |any, b| any | not_plain(*b)) {
            break;
        }
        plain += 16;
    }
    let rest = bytes.get(plain..).unwrap_or(&[]);
    plain
        + rest
            .iter()
            .position(|b| not_plain(*b))
            .unwrap_or(rest.len())
}

// The indentation of list depths 2 to 5 in `ron`'s pretty layout (shared with the
// reader in `decode`, which reads exactly this layout).
pub(super) const P2: &str = "        ";
pub(super) const P3: &str = "            ";
pub(super) const P4: &str = "                ";
pub(super) const P5: &str = "                    ";

fn field_str(out: &mut String, pad: &str, name: &str, value: &str) {
    out.push_str(pad);
    out.push_str(name);
    out.push_str(": ");
    push_str_literal(out, value);
    out.push_str(",\n");
}

fn field(out: &mut String, pad: &str, name: &str, value: std::fmt::Arguments<'_>) {
    out.push_str(pad);
    out.push_str(name);
    out.push_str(": ");
    // Writing to a String cannot fail.
    let _ = out.write_fmt(value);
    out.push_str(",\n");
}

/// One entry at list depth 2, laid out as `ron`'s pretty printer does.
fn push_entry(out: &mut String, e: &Entry) {
    out.push_str(P2);
    out.push_str("(\n");
    field(out, P3, "id", format_args!("\"{}\"", e.id));
    field(out, P3, "created", format_args!("\"{}\"", e.created));
    field(out, P3, "updated", format_args!("\"{}\"", e.updated));
    field(out, P3, "when", format_args!("\"{}\"", e.when));
    if let Some(contact) = &e.contact {
        out.push_str(P3);
        out.push_str("contact: Some(");
        push_str_literal(out, contact);
        out.push_str("),\n");
    }
    field(out, P3, "channel", format_args!("{:?}", e.channel));
    if !e.rep.is_empty() {
        field_str(out, P3, "rep", &e.rep);
    }
    if !e.reference.is_empty() {
        field_str(out, P3, "reference", &e.reference);
    }
    if let Some(p) = e.purpose {
        field(out, P3, "purpose", format_args!("Some({p:?})"));
    }
    field_str(out, P3, "summary", &e.summary);
    if !e.promises.is_empty() {
        out.push_str(P3);
        out.push_str("promises: [\n");
        for p in &e.promises {
            out.push_str(P4);
            out.push_str("(\n");
            field_str(out, P5, "text", &p.text);
            if let Some(due) = p.due {
                field(out, P5, "due", format_args!("Some(\"{due}\")"));
            }
            field(out, P5, "done", format_args!("{}", p.done));
            out.push_str(P4);
            out.push_str("),\n");
        }
        out.push_str(P3);
        out.push_str("],\n");
    }
    if let Some(date) = e.follow_up {
        field(out, P3, "follow_up", format_args!("Some(\"{date}\")"));
    }
    field(out, P3, "status", format_args!("{:?}", e.status));
    if !e.links.is_empty() {
        out.push_str(P3);
        out.push_str("links: [\n");
        for link in &e.links {
            let (kind, id) = match link {
                Link::Dispute(id) => ("Dispute", id),
                Link::Retention(id) => ("Retention", id),
            };
            out.push_str(P4);
            let _ = writeln!(out, "{kind}(\"{id}\"),");
        }
        out.push_str(P3);
        out.push_str("],\n");
    }
    if let Some(t) = &e.call_times {
        out.push_str(P3);
        out.push_str("call_times: Some((\n");
        field(out, P4, "started", format_args!("\"{}\"", t.started));
        field(out, P4, "ended", format_args!("\"{}\"", t.ended));
        field(out, P4, "hold_secs", format_args!("{}", t.hold_secs));
        field(out, P4, "talk_secs", format_args!("{}", t.talk_secs));
        out.push_str(P3);
        out.push_str(")),\n");
    }
    out.push_str(P2);
    out.push_str("),\n");
}

/// The journal as pretty RON, identical to `ron::ser::to_string_pretty`.
pub fn encode(journal: &Journal) -> Result<String, ron::Error> {
    let shell = Journal {
        version: journal.version,
        entries: Vec::new(),
        notes: journal.notes.clone(),
        cases: journal.cases.clone(),
        cards: journal.cards.clone(),
        deleted: journal.deleted.clone(),
    };
    let shell_text = ron::ser::to_string_pretty(&shell, pretty())?;
    if journal.entries.is_empty() {
        return Ok(shell_text);
    }
    let marker = "    entries: [],\n";
    let at = shell_text
        .find(marker)
        .ok_or_else(|| ron::Error::Message("unexpected journal layout".to_string()))?;
    let mut out = String::with_capacity(journal.entries.len() * 700 + shell_text.len());
    out.push_str(&shell_text[..at]);
    out.push_str("    entries: [\n");
    for entry in &journal.entries {
        push_entry(&mut out, entry);
    }
    out.push_str("    ],\n");
    out.push_str(&shell_text[at + marker.len()..]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::model::Promise;
    use jiff::tz::TimeZone;

    fn sample(n: usize) -> Journal {
        let now = "2026-11-18T10:00:00Z".parse().unwrap();
        let mut j = Journal::default();
        for i in 0..n {
            let mut e = Entry::new(now, &TimeZone::UTC);
            e.summary =
                format!("call {i}: \"quoted\", (parens) [brackets] // not a comment\nline two");
            e.rep = "r#\"raw\"#".into();
            if i % 2 == 0 {
                e.promises.push(Promise {
                    text: "x".into(),
                    due: None,
                    done: true,
                });
            }
            if i % 3 == 1 {
                e.call_times = Some(crate::journal::CallTimes {
                    started: e.when,
                    ended: e.when,
                    hold_secs: 490,
                    talk_secs: i as u32,
                });
            }
            j.entries.push(e);
        }
        j.add_note("us-general", "press 0", now);
        if let Some(first) = j.entries.first().map(|e| e.id) {
            j.delete_entry(first, now);
        }
        j
    }

    #[test]
    fn encoding_in_pieces_equals_encoding_in_one() {
        for n in [0, 1, 2, 700, 2000] {
            let j = sample(n);
            let whole = ron::ser::to_string_pretty(&j, pretty()).unwrap();
            assert_eq!(encode(&j).unwrap(), whole, "n = {n}");
            assert_eq!(ron::from_str::<Journal>(&whole).unwrap(), j);
        }
    }

    /// Every character a text can hold is escaped exactly as `ron` escapes it: every
    /// ASCII character, every character of the first three planes and a spread over
    /// the rest (controls, combining marks, bidi marks, CJK, emoji), alone, between
    /// plain letters and beside an escaped one, in every text field.
    #[test]
    fn every_character_is_written_as_ron_writes_it() {
        let chars: Vec<char> = (0u32..0x3_0000)
            .chain((0x3_0000..=0x10_FFFF).step_by(97))
            .filter_map(char::from_u32)
            .collect();
        let now = "2026-11-18T10:00:00Z".parse().unwrap();
        for chunk in chars.chunks(4096) {
            let mut j = Journal::default();
            for (i, c) in chunk.iter().enumerate() {
                let mut e = Entry::new(now, &TimeZone::UTC);
                e.summary = format!("{c}");
                e.rep = format!("a{c}b");
                e.reference = format!("{c}\\n{c}");
                if i % 5 == 0 {
                    e.contact = Some(format!("x{c}\"{c}"));
                    e.promises.push(Promise {
                        text: format!("{c}{c}'"),
                        due: None,
                        done: false,
                    });
                }
                j.entries.push(e);
            }
            let whole = ron::ser::to_string_pretty(&j, pretty()).unwrap();
            assert_eq!(
                encode(&j).unwrap(),
                whole,
                "from U+{:04X}",
                u32::from(chunk[0])
            );
        }
    }
}
