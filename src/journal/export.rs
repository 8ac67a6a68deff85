//! Exporting the journal: Markdown to read or print, CSV for a spreadsheet.

use super::call_time::CallTimes;
use super::clean::escape;
use super::model::{Entry, Journal, Promise};

/// How a contact id reads to people (the directory's label), or the id itself.
pub(crate) type LabelOf<'a> = &'a dyn Fn(&str) -> String;

fn promise_line(p: &Promise) -> String {
    let due = p.due.map(|d| format!(" (due {d})")).unwrap_or_default();
    format!("[{}] {}{}", if p.done { "x" } else { " " }, p.text, due)
}

fn sorted(journal: &Journal) -> Vec<&Entry> {
    let mut entries: Vec<&Entry> = journal.entries.iter().collect();
    entries.sort_by_key(|e| (e.when.timestamp, e.id));
    entries
}

/// Escapes characters Markdown would read as formatting at the start of a line.
fn md_text(text: &str) -> String {
    text.lines()
        .map(|l| {
            let t = l.trim_end();
            if t.starts_with(['#', '>', '-', '*', '+', '|']) {
                format!("\\{t}")
            } else {
                t.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("  \n")
}

/// The journal as Markdown: calls oldest first, then notes.
pub fn to_markdown(journal: &Journal, label_of: LabelOf<'_>, exported: &str) -> String {
    let mut out = String::new();
    out.push_str("# Amex Desk journal\n\n");
    out.push_str(&format!(
        "Exported {exported}. Your own record of contacts with American Express (unofficial; kept offline).\n\n"
    ));
    if journal.entries.is_empty() {
        out.push_str("No calls logged yet.\n\n");
    }
    for e in sorted(journal) {
        let contact = e
            .contact
            .as_deref()
            .map(|c| format!(" · {}", label_of(c)))
            .unwrap_or_default();
        out.push_str(&format!(
            "## {}{} ({}) · {}\n\n",
            e.when.short(),
            contact,
            e.channel.label(),
            e.status.label()
        ));
        let mut field = |name: &str, value: &str| {
            if !value.trim().is_empty() {
                out.push_str(&format!("- **{name}:** {}\n", md_text(value)));
            }
        };
        field("Rep", &e.rep);
        field("Reference", &e.reference);
        field("About", e.purpose.map(|p| p.label()).unwrap_or(""));
        field(
            "Follow up",
            &e.follow_up.map(|d| d.to_string()).unwrap_or_default(),
        );
        field("Logged", &e.when.to_string());
        field(
            "Call time",
            &e.call_times.map(|t| t.summary()).unwrap_or_default(),
        );
        if !e.promises.is_empty() {
            out.push_str("- **Promises:**\n");
            for p in &e.promises {
                out.push_str(&format!("  - {}\n", md_text(&promise_line(p))));
            }
        }
        if !e.summary.trim().is_empty() {
            out.push('\n');
            out.push_str(&md_text(&e.summary));
            out.push('\n');
        }
        out.push('\n');
    }
    if !journal.notes.is_empty() {
        out.push_str("## Notes on contacts\n\n");
        let mut notes: Vec<_> = journal.notes.iter().collect();
        notes.sort_by_key(|n| (n.contact.clone(), n.created));
        for n in notes {
            out.push_str(&format!(
                "- **{}** ({}): {}\n",
                label_of(&n.contact),
                n.contact,
                md_text(&n.text)
            ));
        }
    }
    // Control and bidi characters (from an imported journal) are shown, not obeyed.
    escape(&out).into_owned()
}

/// One call-time column's value ("" for a call that was not timed).
fn times(e: &Entry, value: impl Fn(&CallTimes) -> String) -> String {
    e.call_times.as_ref().map(value).unwrap_or_default()
}

/// The CSV header.
pub(crate) const CSV_COLUMNS: [&str; 17] = [
    "id",
    "when",
    "contact",
    "contact_label",
    "channel",
    "rep",
    "reference",
    "purpose",
    "status",
    "follow_up",
    "summary",
    "promises",
    "updated",
    "call_started",
    "call_ended",
    "hold_seconds",
    "talk_seconds",
];

/// The call log as CSV (RFC 4180 quoting), one row per call, oldest first.
pub fn to_csv(journal: &Journal, label_of: LabelOf<'_>) -> Result<String, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(CSV_COLUMNS)?;
    for e in sorted(journal) {
        let contact = e.contact.clone().unwrap_or_default();
        let label = e.contact.as_deref().map(label_of).unwrap_or_default();
        let promises = e
            .promises
            .iter()
            .map(promise_line)
            .collect::<Vec<_>>()
            .join("; ");
        let record = [
            e.id.to_string(),
            e.when.to_string(),
            contact,
            label,
            e.channel.slug().to_string(),
            e.rep.clone(),
            e.reference.clone(),
            e.purpose.map(|p| p.slug().to_string()).unwrap_or_default(),
            e.status.slug().to_string(),
            e.follow_up.map(|d| d.to_string()).unwrap_or_default(),
            e.summary.clone(),
            promises,
            e.updated.to_string(),
            times(e, |t| t.started.to_string()),
            times(e, |t| t.ended.to_string()),
            times(e, |t| t.hold_secs.to_string()),
            times(e, |t| t.talk_secs.to_string()),
        ];
        // Control and bidi characters (from an imported journal) are shown, not obeyed.
        writer.write_record(record.iter().map(|field| escape(field).into_owned()))?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    // Every field was a Rust string: the bytes are UTF-8.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// Markdown, to read or print.
    Markdown,
    /// CSV, for a spreadsheet.
    Csv,
}

impl ExportFormat {
    /// File extension.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "md",
            ExportFormat::Csv => "csv",
        }
    }
}

/// The journal as a document in `format`: `exported` is the local time shown in the
/// Markdown heading.
pub(crate) fn document(
    journal: &Journal,
    format: ExportFormat,
    label_of: LabelOf<'_>,
    exported: &str,
) -> Result<String, csv::Error> {
    match format {
        ExportFormat::Markdown => Ok(to_markdown(journal, label_of, exported)),
        ExportFormat::Csv => to_csv(journal, label_of),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::model::EntryStatus;
    use jiff::tz::TimeZone;

    fn sample() -> Journal {
        let now = "2026-11-18T10:00:00Z".parse().unwrap();
        let mut e = Entry::new(now, &TimeZone::get("America/New_York").unwrap());
        e.contact = Some("us-general".into());
        e.rep = "Dana, ID 4411".into();
        e.reference = "R-77".into();
        e.summary = "Said \"yes\", will credit\n- second line".into();
        e.status = EntryStatus::WaitingOnAmex;
        e.promises.push(Promise {
            text: "credit $45".into(),
            due: Some(jiff::civil::date(2026, 11, 30)),
            done: false,
        });
        let end = now + jiff::SignedDuration::from_secs(1510);
        e.call_times = Some(CallTimes {
            started: e.when,
            ended: super::super::LocalTime::in_zone(
                end,
                &TimeZone::get("America/New_York").unwrap(),
            ),
            hold_secs: 490,
            talk_secs: 1020,
        });
        let mut j = Journal::default();
        j.entries.push(e);
        j.add_note("us-general", "press 0 twice", now);
        j
    }

    #[test]
    fn markdown_is_readable() {
        let label = |_: &str| "Customer Service".to_string();
        let md = to_markdown(&sample(), &label, "2026-11-22");
        assert!(md.contains("## 2026-11-18 05:00 · Customer Service (Phone) · Waiting on Amex"));
        assert!(md.contains("- **Rep:** Dana, ID 4411"));
        assert!(md.contains("  - [ ] credit $45 (due 2026-11-30)"));
        assert!(md.contains("- **Call time:** 25:10 (hold 08:10, talk 17:00)"));
        assert!(
            md.contains("\\- second line"),
            "list markers in text are escaped"
        );
        assert!(md.contains("- **Customer Service** (us-general): press 0 twice"));
    }

    #[test]
    fn csv_quotes_and_parses_back() {
        let label = |_: &str| "Customer Service".to_string();
        let text = to_csv(&sample(), &label).unwrap();
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
        assert_eq!(rows.len(), 1);
        assert_eq!(&rows[0][1], "2026-11-18T05:00:00-05:00");
        assert_eq!(&rows[0][5], "Dana, ID 4411");
        assert_eq!(&rows[0][8], "waiting-on-amex");
        assert_eq!(&rows[0][10], "Said \"yes\", will credit\n- second line");
        assert_eq!(&rows[0][11], "[ ] credit $45 (due 2026-11-30)");
        assert_eq!(&rows[0][13], "2026-11-18T05:00:00-05:00");
        assert_eq!(&rows[0][14], "2026-11-18T05:25:10-05:00");
        assert_eq!((&rows[0][15], &rows[0][16]), ("490", "1020"));
    }

    #[test]
    fn control_and_bidi_characters_are_escaped_in_exports() {
        let mut j = Journal::default();
        let now = "2026-11-18T10:00:00Z".parse().unwrap();
        let mut e = Entry::new(now, &TimeZone::UTC);
        // As an imported journal could hold them (never through an edit).
        e.summary = "\u{1b}[31mred\u{1b}[0m \u{202e}evil".into();
        e.rep = "Dana\r".into();
        j.entries.push(e);
        let label = |id: &str| id.to_string();
        let md = to_markdown(&j, &label, "now");
        let csv = to_csv(&j, &label).unwrap();
        for out in [&md, &csv] {
            assert!(
                !out.contains('\u{1b}') && !out.contains('\u{202e}'),
                "{out}"
            );
            assert!(out.contains("\\u{1b}[31mred"), "{out}");
            assert!(out.contains("\\u{202e}evil"), "{out}");
        }
        assert!(csv.contains("Dana\\u{d}"), "{csv}");
    }
}
