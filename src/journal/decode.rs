//! Reading `journal.ron` fast enough for 10,000 calls.
//!
//! `ron` reads about 180 MB/s: 38 ms for the 6.5 MiB of a 10,000-call journal. Almost
//! all of it is the call list, which [`super::codec::encode`] writes in one fixed
//! layout. [`decode`] reads that layout directly and lets `ron` read everything else:
//! the small outer record (notes, cases, cards, tombstones), every string with an
//! escape in it, and, whenever the text is not exactly in the layout the encoder
//! writes (a hand-edited file, a comment, another field order), the whole file.
//!
//! The rule that keeps this honest: the fast path either gives up or returns exactly
//! what `ron::from_str` returns for the same text. Field values are read with the same
//! `FromStr` the types' serde impls use; enum names are the serialised names (the
//! encoder tests hold them equal to `ron`'s output); the tests and a differential fuzz
//! target (`fuzz/fuzz_targets/journal_decode.rs`) compare the two on arbitrary
//! journals and on mangled files.

use std::str::FromStr;

use jiff::Timestamp;
use jiff::civil::Date;
use ron::error::SpannedError;
use uuid::Uuid;

use super::call_time::CallTimes;
use super::codec::{P2, P3, P4, P5};
use super::model::{Entry, EntryStatus, Journal, Link, LocalTime, Promise};
use crate::directory::{Channel, Purpose};

/// Parses `text` as a journal: the fast reader for files in the encoder's layout,
/// `ron` for anything else (and for every error, so errors keep `ron`'s line and
/// column).
pub fn decode(text: &str) -> Result<Journal, SpannedError> {
    match fast(text) {
        Some(journal) => Ok(journal),
        None => ron::from_str(text),
    }
}

/// The end of a list inside an entry.
const END3: &str = "            ],\n";

/// The fast path alone: `None` whenever the text is not exactly in the encoder's
/// layout. Public for the differential fuzz target; use [`decode`].
pub fn fast(text: &str) -> Option<Journal> {
    let rest = text.strip_prefix("(\n    version: ")?;
    let digits_end = rest.find(",\n")?;
    let version = &rest[..digits_end];
    if version.is_empty() || version.len() > 10 || !version.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut cur = Cursor {
        s: rest[digits_end + 2..].strip_prefix("    entries: [\n")?,
    };
    let names = Names::new();
    let mut entries = Vec::new();
    while !cur.eat("    ],\n") {
        entries.push(entry(&mut cur, &names)?);
    }
    // The outer record without the list, read by ron: every other field, their order,
    // comments, trailing text and errors are ron's to judge.
    let shell_text = format!("(\n    version: {version},\n    entries: [],\n{}", cur.s);
    let mut journal: Journal = ron::from_str(&shell_text).ok()?;
    journal.entries = entries;
    Some(journal)
}

/// The serialised names of the enums an entry holds.
struct Names {
    channels: Vec<(String, Channel)>,
    purposes: Vec<(String, Purpose)>,
    statuses: Vec<(String, EntryStatus)>,
}

impl Names {
    fn new() -> Names {
        fn table<T: Copy + std::fmt::Debug>(all: &[T]) -> Vec<(String, T)> {
            all.iter().map(|v| (format!("{v:?}"), *v)).collect()
        }
        Names {
            channels: table(&Channel::ALL),
            purposes: table(&Purpose::ALL),
            statuses: table(&EntryStatus::ALL),
        }
    }
}

fn lookup<T: Copy>(table: &[(String, T)], name: &str) -> Option<T> {
    table.iter().find(|(n, _)| n == name).map(|(_, v)| *v)
}

/// A position in the text; every read either consumes what it expects or fails.
struct Cursor<'a> {
    s: &'a str,
}

impl<'a> Cursor<'a> {
    /// Consumes `literal` if the text continues with it.
    fn eat(&mut self, literal: &str) -> bool {
        match self.s.strip_prefix(literal) {
            Some(rest) => {
                self.s = rest;
                true
            }
            None => false,
        }
    }

    fn expect(&mut self, literal: &str) -> Option<()> {
        self.eat(literal).then_some(())
    }

    /// Consumes `pad name: ` if the next field is `name`.
    fn field(&mut self, pad: &str, name: &str) -> bool {
        let rest = self
            .s
            .strip_prefix(pad)
            .and_then(|r| r.strip_prefix(name))
            .and_then(|r| r.strip_prefix(": "));
        match rest {
            Some(rest) => {
                self.s = rest;
                true
            }
            None => false,
        }
    }

    /// A bare token (enum name, `true`) up to the end of the line's `,`.
    fn token(&mut self, end: &str) -> Option<&'a str> {
        let at = self.s.find(end)?;
        let token = &self.s[..at];
        if token.is_empty()
            || !token
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_')
        {
            return None;
        }
        self.s = &self.s[at + end.len()..];
        Some(token)
    }

    /// A string literal. Plain literals are copied; a literal with an escape is handed
    /// to `ron` whole, so escapes mean exactly what they mean to `ron`.
    fn string(&mut self) -> Option<String> {
        let body = self.s.strip_prefix('"')?;
        let bytes = body.as_bytes();
        let mut i = 0;
        let mut escaped = false;
        while i < bytes.len() {
            match bytes[i] {
                b'"' => break,
                b'\\' => {
                    escaped = true;
                    i += 2;
                    continue;
                }
                // The encoder never writes control characters raw.
                b if b.is_ascii_control() => return None,
                _ => i += 1,
            }
        }
        if i >= bytes.len() {
            return None;
        }
        let value = if escaped {
            let literal = &self.s[..i + 2];
            ron::from_str::<String>(literal).ok()?
        } else {
            body[..i].to_string()
        };
        self.s = &body[i + 1..];
        Some(value)
    }

    /// A plain decimal `u32` (what `ron` writes; anything else is left to `ron`).
    fn number(&mut self) -> Option<u32> {
        let end = self.s.find(|c: char| !c.is_ascii_digit())?;
        let digits = &self.s[..end];
        // A leading zero ("007") is left to ron, as are signs and other bases.
        if digits.is_empty() || (digits.len() > 1 && digits.starts_with('0')) {
            return None;
        }
        let value = digits.parse().ok()?;
        self.s = &self.s[end..];
        Some(value)
    }

    /// A string literal parsed with `T`'s `FromStr` (what its serde impl does).
    fn parsed<T: FromStr>(&mut self) -> Option<T> {
        self.string()?.parse().ok()
    }

    /// `pad name: value,\n`, the value read by `read`; `None` if the field is not next.
    fn required<T>(
        &mut self,
        pad: &str,
        name: &str,
        read: fn(&mut Self) -> Option<T>,
    ) -> Option<T> {
        if !self.field(pad, name) {
            return None;
        }
        self.value(read)
    }

    /// `value,\n`, the value read by `read`.
    fn value<T>(&mut self, read: fn(&mut Self) -> Option<T>) -> Option<T> {
        let value = read(self)?;
        self.expect(",\n")?;
        Some(value)
    }

    /// `pad name: Some(value),\n`, or `Some(None)` when the field is left out.
    fn optional<T>(
        &mut self,
        pad: &str,
        name: &str,
        read: fn(&mut Self) -> Option<T>,
    ) -> Option<Option<T>> {
        if !self.field(pad, name) {
            return Some(None);
        }
        self.expect("Some(")?;
        let value = read(self)?;
        self.expect("),\n")?;
        Some(Some(value))
    }
}

/// One entry, in the encoder's layout (`push_entry`).
fn entry(cur: &mut Cursor<'_>, names: &Names) -> Option<Entry> {
    cur.expect(P2)?;
    cur.expect("(\n")?;
    let id: Uuid = cur.required(P3, "id", Cursor::parsed)?;
    let created: Timestamp = cur.required(P3, "created", Cursor::parsed)?;
    let updated: Timestamp = cur.required(P3, "updated", Cursor::parsed)?;
    let when: LocalTime = cur.required(P3, "when", Cursor::parsed)?;
    let contact = cur.optional(P3, "contact", Cursor::string)?;
    if !cur.field(P3, "channel") {
        return None;
    }
    let channel = lookup(&names.channels, cur.token(",\n")?)?;
    let rep = optional_string(cur, "rep")?;
    let reference = optional_string(cur, "reference")?;
    let purpose = if cur.field(P3, "purpose") {
        cur.expect("Some(")?;
        Some(lookup(&names.purposes, cur.token("),\n")?)?)
    } else {
        None
    };
    let summary = cur.required(P3, "summary", Cursor::string)?;
    let mut promises = Vec::new();
    if cur.field(P3, "promises") {
        cur.expect("[\n")?;
        while !cur.eat(END3) {
            promises.push(promise(cur)?);
        }
    }
    let follow_up: Option<Date> = cur.optional(P3, "follow_up", Cursor::parsed)?;
    if !cur.field(P3, "status") {
        return None;
    }
    let status = lookup(&names.statuses, cur.token(",\n")?)?;
    let mut links = Vec::new();
    if cur.field(P3, "links") {
        cur.expect("[\n")?;
        while !cur.eat(END3) {
            links.push(link(cur)?);
        }
    }
    let call_times = if cur.field(P3, "call_times") {
        cur.expect("Some((\n")?;
        let times = call_times(cur)?;
        cur.expect(P3)?;
        cur.expect(")),\n")?;
        Some(times)
    } else {
        None
    };
    cur.expect(P2)?;
    cur.expect("),\n")?;
    Some(Entry {
        id,
        created,
        updated,
        when,
        contact,
        channel,
        rep,
        reference,
        purpose,
        summary,
        promises,
        follow_up,
        status,
        links,
        call_times,
    })
}

/// The inside of `call_times: Some((...))`.
fn call_times(cur: &mut Cursor<'_>) -> Option<CallTimes> {
    Some(CallTimes {
        started: cur.required(P4, "started", Cursor::parsed)?,
        ended: cur.required(P4, "ended", Cursor::parsed)?,
        hold_secs: cur.required(P4, "hold_secs", Cursor::number)?,
        talk_secs: cur.required(P4, "talk_secs", Cursor::number)?,
    })
}

/// A string field the encoder leaves out when empty.
fn optional_string(cur: &mut Cursor<'_>, name: &str) -> Option<String> {
    if cur.field(P3, name) {
        cur.value(Cursor::string)
    } else {
        Some(String::new())
    }
}

fn promise(cur: &mut Cursor<'_>) -> Option<Promise> {
    cur.expect(P4)?;
    cur.expect("(\n")?;
    let text = cur.required(P5, "text", Cursor::string)?;
    let due: Option<Date> = cur.optional(P5, "due", Cursor::parsed)?;
    if !cur.field(P5, "done") {
        return None;
    }
    let done = match cur.token(",\n")? {
        "true" => true,
        "false" => false,
        _ => return None,
    };
    cur.expect(P4)?;
    cur.expect("),\n")?;
    Some(Promise { text, due, done })
}

fn link(cur: &mut Cursor<'_>) -> Option<Link> {
    cur.expect(P4)?;
    let make: fn(Uuid) -> Link = if cur.eat("Dispute(") {
        Link::Dispute
    } else if cur.eat("Retention(") {
        Link::Retention
    } else {
        return None;
    };
    let id = cur.parsed()?;
    cur.expect("),\n")?;
    Some(make(id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::codec::encode;
    use crate::journal::model::Promise;
    use jiff::tz::TimeZone;

    fn sample(n: usize) -> Journal {
        let now: Timestamp = "2026-11-18T10:00:00Z".parse().unwrap();
        let zone = TimeZone::get("America/New_York").unwrap();
        let mut j = Journal::default();
        for i in 0..n {
            let mut e = Entry::new(now, &zone);
            e.summary = match i % 4 {
                0 => format!("call {i}: \"quoted\", (parens) // not a comment\nline two"),
                1 => "café, naïve, 日本, emoji 🙂, it's, tab\there, nul\0, accent e\u{301}"
                    .to_string(),
                2 => String::new(),
                _ => "plain".to_string(),
            };
            e.rep = if i % 3 == 0 {
                "r#\"raw\"#".into()
            } else {
                String::new()
            };
            e.reference = if i % 2 == 0 {
                format!("R-{i}")
            } else {
                String::new()
            };
            e.contact = (i % 2 == 1).then(|| format!("us-general-{i}"));
            e.channel = Channel::ALL[i % Channel::ALL.len()];
            e.purpose = (i % 3 != 0).then(|| Purpose::ALL[i % Purpose::ALL.len()]);
            e.status = EntryStatus::ALL[i % 4];
            if i % 2 == 0 {
                e.promises.push(Promise {
                    text: "credit \\ back".into(),
                    due: Date::new(2026, 12, 1).ok(),
                    done: i % 4 == 0,
                });
                e.promises.push(Promise {
                    text: "letter".into(),
                    due: None,
                    done: false,
                });
                e.follow_up = Date::new(2026, 12, 15).ok();
            }
            if i % 3 == 2 {
                e.call_times = Some(CallTimes {
                    started: e.when,
                    ended: LocalTime::in_zone(now + jiff::SignedDuration::from_secs(1500), &zone),
                    hold_secs: 490,
                    talk_secs: 1010,
                });
            }
            if i % 5 == 0 {
                e.links.push(Link::Dispute(Uuid::new_v4()));
                e.links.push(Link::Retention(Uuid::new_v4()));
            }
            j.entries.push(e);
        }
        j.add_note("us-general", "press 0 \"twice\"", now);
        if let Some(first) = j.entries.first().map(|e| e.id) {
            j.delete_entry(first, now);
        }
        j
    }

    #[test]
    fn the_fast_reader_reads_what_the_encoder_writes_as_ron_does() {
        // (The first entry is deleted, so n entries leave n - 1.)
        for n in [2, 3, 7, 40] {
            let j = sample(n);
            let text = encode(&j).unwrap() + "\n";
            let fast = fast(&text).unwrap_or_else(|| panic!("fast path gave up, n = {n}"));
            assert_eq!(fast, j, "n = {n}");
            assert_eq!(ron::from_str::<Journal>(&text).unwrap(), fast, "n = {n}");
            assert_eq!(decode(&text).unwrap(), j);
        }
    }

    #[test]
    fn anything_outside_the_layout_goes_to_ron_with_the_same_result() {
        let text = encode(&sample(6)).unwrap();
        let variants = [
            // A comment inside an entry.
            text.replacen(
                "            channel:",
                "            // hi\n            channel:",
                1,
            ),
            // Fields in another order.
            text.replacen(
                "            status: Open,\n",
                "            status: Open,\n            rep: \"x\",\n",
                1,
            ),
            // Compact, one-line layout.
            ron::to_string(&sample(6)).unwrap(),
            // An unknown channel name and a raw string.
            text.replacen("channel: Chat", "channel: Pigeon", 1),
            text.replacen("summary: \"plain\"", "summary: r\"plain\"", 1),
            // A raw newline inside a string.
            text.replacen("summary: \"plain\"", "summary: \"pla\nin\"", 1),
            // A version too large for u32, and trailing garbage.
            text.replacen(
                &format!("version: {},", crate::journal::JOURNAL_VERSION),
                "version: 99999999999,",
                1,
            ),
            text.clone() + "garbage",
        ];
        for (i, variant) in variants.iter().enumerate() {
            assert_ne!(variant, &text, "variant {i} changed nothing");
            assert!(fast(variant).is_none(), "variant {i} took the fast path");
            let ours = decode(variant).map_err(|e| e.to_string());
            let rons = ron::from_str::<Journal>(variant).map_err(|e| e.to_string());
            assert_eq!(ours, rons, "variant {i}");
        }
    }

    #[test]
    fn an_empty_journal_and_one_with_no_entries_decode() {
        let empty = Journal::default();
        let text = encode(&empty).unwrap();
        assert_eq!(decode(&text).unwrap(), empty);
        let mut notes_only = Journal::default();
        notes_only.add_note(
            "us-general",
            "note",
            "2026-11-18T10:00:00Z".parse().unwrap(),
        );
        assert_eq!(decode(&encode(&notes_only).unwrap()).unwrap(), notes_only);
    }
}
