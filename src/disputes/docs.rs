//! Printable dispute documents: a blank checklist, the case packet, and a billing-error
//! notice letter; and the case as Markdown.

use jiff::civil::Date;

use super::catalog::{Catalog, DisputeType};
use super::deadlines::{claims_conditions, deadlines};
use super::model::Case;
use crate::journal::Entry;
use crate::print::{Block, Doc};
use crate::t;

/// The notice at the end of every document, in the current language.
fn not_advice() -> String {
    t!("disputes-not-advice")
}

pub(super) fn footer(today: Date) -> String {
    t!("disputes-doc-footer", date = crate::format::date(today))
}

/// A blank checklist for a dispute type, to print before gathering evidence.
pub(crate) fn checklist_doc(kind: &DisputeType, catalog: &Catalog, today: Date) -> Doc {
    let kind = &kind.localized();
    let title = t!("disputes-checklist-title", kind = &kind.name);
    let mut blocks = vec![
        Block::Title(title.clone()),
        Block::Para(kind.summary.clone()),
        Block::Heading(t!("disputes-evidence-to-gather")),
    ];
    for item in &kind.items {
        let why = t!(
            "disputes-item-why-example",
            why = &item.why,
            example = &item.example
        );
        blocks.push(Block::Check {
            text: format!("{}. {why}", item.title),
            checked: false,
            note: None,
        });
    }
    blocks.push(Block::Heading(t!("disputes-before-you-file")));
    for advice in catalog.general_advice() {
        blocks.push(Block::Bullet(advice));
    }
    let dates = [
        t!("disputes-field-transaction-date"),
        t!("disputes-write-in-statement-date"),
        t!("disputes-write-in-merchant-contacted"),
        t!("disputes-write-in-filed"),
        t!("disputes-write-in-reference"),
    ];
    let dates: Vec<&str> = dates.iter().map(String::as_str).collect();
    blocks.extend(Block::write_ins(&t!("disputes-dates"), &dates));
    blocks.push(Block::Space);
    blocks.push(Block::Small(not_advice()));
    Doc {
        title,
        footer: footer(today),
        blocks,
    }
}

fn checklist_blocks(case: &Case, kind: Option<&DisputeType>, blocks: &mut Vec<Block>) {
    let Some(kind) = kind else {
        blocks.push(Block::Para(t!("disputes-unknown-type", kind = &case.kind)));
        return;
    };
    let done = kind
        .items
        .iter()
        .filter(|i| case.items.get(&i.title).is_some_and(|s| s.checked))
        .count();
    blocks.push(Block::Heading(t!(
        "disputes-packet-evidence",
        done = done,
        total = kind.items.len()
    )));
    // Ticks are stored under the titles as written; the paper shows them localized.
    let local = kind.localized();
    for (item, shown) in kind.items.iter().zip(&local.items) {
        let state = case.items.get(&item.title);
        let mut note = state.map(|s| s.note.clone()).unwrap_or_default();
        if let Some(file) = state.and_then(|s| s.file.as_deref()) {
            if !note.is_empty() {
                note.push_str(" - ");
            }
            note.push_str(&t!("disputes-packet-file", file = file));
        }
        blocks.push(Block::Check {
            text: shown.title.clone(),
            checked: state.is_some_and(|s| s.checked),
            note: Some(note),
        });
    }
}

/// The case packet: summary, deadlines, checklist state with notes, and the timeline of
/// the linked calls (`calls`: the case's entries, e.g. from
/// [`crate::journal::Journal::entries_with`]) with their reference numbers.
pub fn packet_doc(case: &Case, catalog: &Catalog, calls: &[&Entry], today: Date) -> Doc {
    let kind = catalog.kind(&case.kind);
    let kind_name = kind_name(case, catalog);
    let mut blocks = vec![
        Block::Title(t!(
            "disputes-packet-title",
            merchant = &case.merchant,
            amount = case.amount_shown()
        )),
        Block::Field(t!("disputes-type"), kind_name),
        Block::Field(t!("disputes-status"), case.status.label()),
        Block::Field(t!("disputes-packet-card"), case.card_text()),
        Block::Field(t!("disputes-packet-account-country"), case.country.clone()),
    ];
    let date = |d: Option<Date>| {
        d.map(crate::format::date)
            .unwrap_or_else(|| t!("disputes-packet-not-given"))
    };
    blocks.push(Block::Field(
        t!("disputes-field-transaction-date"),
        date(case.transaction_date),
    ));
    blocks.push(Block::Field(
        t!("disputes-packet-statement-date"),
        date(case.statement_date),
    ));
    blocks.push(Block::Field(
        t!("disputes-packet-filed"),
        date(case.filed_on),
    ));
    blocks.push(Block::Field(
        t!("disputes-packet-final-response"),
        date(case.final_response_on),
    ));
    if let Some(channel) = case.filing_channel {
        blocks.push(Block::Field(
            t!("disputes-filed-by"),
            channel.label().to_string(),
        ));
    }
    blocks.push(Block::Field(
        t!("disputes-packet-merchant-contacted"),
        if case.merchant_contacted {
            t!("disputes-yes")
        } else {
            t!("disputes-no")
        },
    ));
    if !case.description.trim().is_empty() {
        blocks.push(Block::Heading(t!("disputes-what-happened")));
        blocks.push(Block::Para(case.description.clone()));
    }
    let (dated, pending) = deadlines(case, catalog, today);
    blocks.push(Block::Heading(t!("disputes-deadlines")));
    if dated.is_empty() && pending.is_empty() {
        blocks.push(Block::Para(super::deadlines::none_known(&case.country)));
    }
    for d in &dated {
        let when = crate::format::relative_days(d.days_left);
        blocks.push(Block::Field(
            format!("{} ({})", d.localized_label, d.standing),
            format!("{} ({when})", crate::format::date(d.due)),
        ));
        blocks.push(Block::Small(format!("{}: {}", d.source, d.citation)));
    }
    for p in &pending {
        blocks.push(Block::Field(
            p.localized_label.clone(),
            t!("disputes-packet-needs", needs = &p.needs),
        ));
        blocks.push(Block::Small(p.source.clone()));
    }
    for note in catalog.notes_for(&case.country) {
        blocks.push(Block::Small(note.localized_text()));
        for page in &note.evidence {
            blocks.push(Block::Small(t!(
                "disputes-source",
                citation = page.citation()
            )));
        }
    }
    let conditions = claims_conditions(case);
    if !conditions.is_empty() {
        blocks.push(Block::Heading(t!("disputes-claims-heading")));
        for c in conditions {
            blocks.push(Block::Check {
                text: c.text,
                checked: c.met == Some(true),
                note: c.met.is_none().then(|| t!("disputes-not-known-yet")),
            });
        }
    }
    checklist_blocks(case, kind, &mut blocks);
    call_blocks(calls, &mut blocks);
    blocks.push(Block::Space);
    blocks.push(Block::Small(not_advice()));
    Doc {
        title: t!("disputes-packet-doc-title", merchant = &case.merchant),
        footer: footer(today),
        blocks,
    }
}

/// "Calls and contacts": each linked call, oldest first, with its reference, rep and,
/// when it was timed, its length and hold time (evidence of effort).
fn call_blocks(calls: &[&Entry], blocks: &mut Vec<Block>) {
    blocks.push(Block::Heading(t!("disputes-calls-heading")));
    let mut calls = calls.to_vec();
    calls.sort_by_key(|e| e.when.timestamp);
    if calls.is_empty() {
        blocks.push(Block::Para(t!("disputes-no-calls")));
    }
    for e in calls {
        let reference = if e.reference.is_empty() {
            t!("disputes-call-no-reference")
        } else {
            t!("disputes-call-reference", reference = &e.reference)
        };
        let rep = if e.rep.is_empty() {
            String::new()
        } else {
            t!("disputes-call-rep", rep = &e.rep)
        };
        let timed = e
            .call_times
            .map(|times| t!("disputes-call-timed", times = times.summary()))
            .unwrap_or_default();
        blocks.push(Block::Bullet(format!(
            "{} ({}{rep}, {reference}{timed}): {}",
            e.when.shown(),
            e.channel.label(),
            e.summary
        )));
    }
}

/// The dispute type's name in the current language (its slug when the catalogue does
/// not know it).
pub(super) fn kind_name(case: &Case, catalog: &Catalog) -> String {
    catalog
        .kind(&case.kind)
        .map_or_else(|| case.kind.clone(), DisputeType::localized_name)
}

/// A document as Markdown (for "copy as Markdown").
pub fn to_markdown(doc: &Doc) -> String {
    let mut out = String::new();
    for block in &doc.blocks {
        match block {
            Block::Title(t) => out.push_str(&format!("# {t}\n\n")),
            Block::Heading(t) => out.push_str(&format!("\n## {t}\n\n")),
            Block::Para(t) => out.push_str(&format!("{t}\n\n")),
            Block::Small(t) => out.push_str(&format!("_{t}_\n\n")),
            Block::Bullet(t) => out.push_str(&format!("- {t}\n")),
            Block::Step(n, t) => out.push_str(&format!("{n}. {t}\n")),
            Block::Check {
                text,
                checked,
                note,
            } => {
                out.push_str(&format!(
                    "- [{}] {text}\n",
                    if *checked { "x" } else { " " }
                ));
                if let Some(note) = note.as_deref().filter(|n| !n.is_empty()) {
                    out.push_str(&format!("  - {note}\n"));
                }
            }
            Block::Field(label, value) => out.push_str(&format!("- **{label}:** {value}\n")),
            Block::WriteIn(label) => out.push_str(&format!("{label}: ____\n\n")),
            Block::Space => out.push('\n'),
        }
    }
    // Control and bidi characters (from an imported journal) are shown, not obeyed.
    crate::journal::clean::escape(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::disputes::catalog::builtin;
    use crate::disputes::letters::letter_doc;
    use crate::journal::Journal;
    use crate::print::{Paper, render};
    use jiff::civil::date;

    fn pdf_text(bytes: &[u8]) -> (usize, String) {
        let pages = crate::print::pdf_text::pages(bytes);
        (pages.len(), pages.join(" ").replace('\n', " "))
    }

    #[test]
    fn every_checklist_prints_every_item() {
        let cat = builtin().unwrap();
        for kind in &cat.types {
            let (_, text) = pdf_text(&render(
                &checklist_doc(kind, cat, date(2026, 11, 22)),
                Paper::Letter,
            ));
            for item in &kind.items {
                assert!(text.contains(&item.title), "{}: {}", kind.slug, item.title);
            }
        }
    }

    #[test]
    fn the_packet_carries_the_case_and_breaks_pages_when_long() {
        let cat = builtin().unwrap();
        let now = "2026-11-18T10:00:00Z".parse().unwrap();
        let mut case = Case::new(now, "not-received", "US");
        case.merchant = "Acme Outdoor".into();
        case.amount_minor = 21240;
        case.card_nickname = "Gold".into();
        case.card_last5 = "10005".into();
        case.statement_date = Some(date(2026, 10, 31));
        case.items.insert(
            "Order confirmation or receipt".into(),
            crate::disputes::ItemState {
                checked: true,
                note: "order 7781".into(),
                file: None,
            },
        );
        let mut journal = Journal::default();
        for i in 0..60 {
            let mut e = crate::journal::Entry::new(now, &jiff::tz::TimeZone::UTC);
            e.reference = format!("D-{i:04}");
            e.summary =
                "Called about the parcel; the rep opened a trace and will call back.".into();
            if i == 0 {
                let end = now + jiff::SignedDuration::from_secs(2710);
                e.call_times = Some(crate::journal::CallTimes {
                    started: e.when,
                    ended: crate::journal::LocalTime::in_zone(end, &jiff::tz::TimeZone::UTC),
                    hold_secs: 1960,
                    talk_secs: 750,
                });
            }
            case.calls.push(e.id);
            journal.entries.push(e);
        }
        let (pages, text) = pdf_text(&render(
            &packet_doc(
                &case,
                cat,
                &journal.entries_with(&case.calls),
                date(2026, 11, 22),
            ),
            Paper::A4,
        ));
        assert!(pages > 1, "a long packet breaks across pages");
        for expected in [
            "Acme Outdoor",
            "212.40 USD",
            "Gold ending 10005",
            "2026-12-30",
            "1 of 5 gathered",
            "order 7781",
            "ref D-0000, call 45:10 (hold 32:40, talk 12:30)",
            "ref D-0059",
            "not legal advice",
        ] {
            assert!(text.contains(expected), "{expected:?} missing");
        }
        let (_, letter) = pdf_text(&render(
            &letter_doc(&case, cat, date(2026, 11, 22)),
            Paper::Letter,
        ));
        for expected in [
            "Notice of billing error",
            "Gold ending 10005",
            "212.40 USD from Acme Outdoor",
            "Your name:",
            "60 days",
        ] {
            assert!(
                letter.contains(expected),
                "{expected:?} missing in the letter"
            );
        }
        let md = to_markdown(&packet_doc(
            &case,
            cat,
            &journal.entries_with(&case.calls),
            date(2026, 11, 22),
        ));
        assert!(md.contains("- [x] Order confirmation or receipt"));
    }

    /// Issue 28: the papers read in the current language, while a case's ticks stay
    /// under the English titles they are stored by; German keeps its nouns' capitals.
    #[test]
    fn papers_read_in_the_current_language_and_ticks_stay_keyed_in_english() {
        use crate::i18n::{Lang, set_current};
        let cat = builtin().unwrap();
        let kind = cat.kind("duplicate").unwrap();
        let now = "2026-11-18T10:00:00Z".parse().unwrap();
        let mut case = Case::new(now, "duplicate", "ES");
        case.merchant = "Acme".into();
        case.items.insert(
            kind.items[0].title.clone(),
            crate::disputes::ItemState {
                checked: true,
                note: String::new(),
                file: None,
            },
        );
        let today = date(2026, 11, 22);
        set_current(Lang::Es);
        let packet = to_markdown(&packet_doc(&case, cat, &[], today));
        let letter = to_markdown(&letter_doc(&case, cat, today));
        let checklist = to_markdown(&checklist_doc(kind, cat, today));
        set_current(Lang::De);
        let german = to_markdown(&letter_doc(&case, cat, today));
        set_current(Lang::En);
        assert!(
            packet.contains("- [x] Los dos cargos en el Estado de Cuenta"),
            "{packet}"
        );
        assert!(packet.contains("Cargo duplicado"), "{packet}");
        assert!(letter.contains("(cargo duplicado)"), "{letter}");
        assert!(checklist.contains("Contacta primero con el Establecimiento"));
        assert!(checklist.contains("Un recibo de una sola compra"));
        assert!(german.contains("(Doppelte Belastung)"), "{german}");
    }
}
