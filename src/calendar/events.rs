//! Which dated items become events, and their words.

use jiff::civil::Date;

use super::{CalendarEvent, EventKind, uid};
use crate::disputes::catalog::{Anchor, RuleKind};
use crate::disputes::{Case, Catalog, Deadline};
use crate::journal::clean::strip_in_place;
use crate::journal::due::one_line;
use crate::journal::export::LabelOf;
use crate::journal::sensitive::{last_five, redact};
use crate::journal::{DueKind, Entry, Journal, entry_due_items};
use crate::retention::{RetentionCard, Script};

/// Every dated item still to act on, earliest first (then by UID): each open
/// follow-up and promise (the same items as the "Follow-ups due" list), every
/// deadline of each open dispute case (the notice deadline only until the case is
/// filed), and each card's fee-refund window. `label_of` names a directory contact.
pub(crate) fn calendar_events(
    journal: &Journal,
    catalog: &Catalog,
    script: &Script,
    label_of: LabelOf<'_>,
    today: Date,
) -> Vec<CalendarEvent> {
    let mut events: Vec<CalendarEvent> = entry_due_items(journal, today)
        .iter()
        .filter_map(|due| {
            let entry = journal.entries.iter().find(|e| e.id == due.entry)?;
            let kind = match due.kind {
                DueKind::FollowUp => EventKind::FollowUp,
                DueKind::Promise(i) => EventKind::Promise(i),
                DueKind::Dispute => return None,
            };
            Some(entry_event(entry, kind, due.date, label_of))
        })
        .collect();
    for case in journal.cases.iter().filter(|c| !c.status.closed()) {
        let (dated, _) = crate::disputes::deadlines(case, catalog, today);
        events.extend(
            dated
                .iter()
                .filter(|d| !(d.kind == RuleKind::NoticeDue && case.filed_on.is_some()))
                .map(|d| case_event(case, d, catalog)),
        );
    }
    for card in &journal.cards {
        let prep = crate::retention::prep(card, today, script.refund_window_for(card));
        if let Some(until) = prep.refund_until {
            events.push(refund_event(card, until, script));
        }
    }
    for e in &mut events {
        e.summary = safe(&e.summary);
        e.description = safe(&e.description);
    }
    unique_uids(&mut events);
    events.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.uid.cmp(&b.uid)));
    events
}

/// A second event with the same UID (two rules of one kind for a country) gets
/// `-2` before the `@`, a third `-3`: the order they are made in is stable.
fn unique_uids(events: &mut [CalendarEvent]) {
    let mut seen = std::collections::HashMap::<String, usize>::new();
    for e in events {
        let n = seen.entry(e.uid.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            e.uid = e.uid.replacen('@', &format!("-{n}@"), 1);
        }
    }
}

/// Text with control and bidi characters removed and card numbers masked (the
/// journal masks what it stores; this is the last guard before a file leaves).
fn safe(text: &str) -> String {
    let mut text = text.to_string();
    strip_in_place(&mut text);
    redact(&text).0
}

/// " (ref 4471)", or nothing.
fn reference(entry: &Entry) -> String {
    if entry.reference.trim().is_empty() {
        String::new()
    } else {
        format!(" (ref {})", one_line(&entry.reference, 30))
    }
}

/// A follow-up or promise of a call-log entry.
fn entry_event(entry: &Entry, kind: EventKind, date: Date, label_of: LabelOf<'_>) -> CalendarEvent {
    let summary = match kind {
        EventKind::Promise(i) => {
            let text = entry.promises.get(i).map(|p| p.text.as_str()).unwrap_or("");
            format!("Chase Amex: {}{}", one_line(text, 60), reference(entry))
        }
        _ => {
            let about = if entry.summary.trim().is_empty() {
                "your call".to_string()
            } else {
                one_line(&entry.summary, 60)
            };
            format!("Follow up with Amex: {about}{}", reference(entry))
        }
    };
    let mut lines = Vec::new();
    if let EventKind::Promise(i) = kind
        && let Some(p) = entry.promises.get(i)
    {
        lines.push(format!("Promised: {}", p.text));
    }
    let contact = entry
        .contact
        .as_deref()
        .map(|c| format!(" with {}", label_of(c)))
        .unwrap_or_default();
    lines.push(format!(
        "Call of {}{contact} ({})",
        entry.when.short(),
        entry.channel.label()
    ));
    let fields = [
        ("Representative", entry.rep.clone()),
        ("Reference", entry.reference.clone()),
        (
            "About",
            entry
                .purpose
                .map(|p| p.label().to_string())
                .unwrap_or_default(),
        ),
        ("Status", entry.status.label().to_string()),
    ];
    for (name, value) in fields {
        if !value.trim().is_empty() {
            lines.push(format!("{name}: {value}"));
        }
    }
    if !entry.summary.trim().is_empty() {
        lines.push(format!("Notes: {}", entry.summary.trim()));
    }
    lines.push(FOOTER.to_string());
    CalendarEvent {
        uid: uid(entry.id, kind),
        kind,
        date,
        summary,
        description: lines.join("\n"),
        updated: entry.updated,
    }
}

const FOOTER: &str = "From Amex Desk (unofficial; your own records, kept offline).";

/// The case's merchant for a title, or a placeholder.
fn merchant(case: &Case) -> String {
    if case.merchant.trim().is_empty() {
        "(no merchant yet)".to_string()
    } else {
        one_line(&case.merchant, 40)
    }
}

/// "last day to notify the issuer (60 days after the statement)".
fn deadline_words(d: &Deadline, case: &Case, catalog: &Catalog) -> String {
    let action = match d.kind {
        RuleKind::NoticeDue => "last day to notify the issuer",
        RuleKind::Acknowledgement => "the issuer's acknowledgement is due",
        RuleKind::Resolution if d.policy => "the issuer's stated time to resolve ends",
        RuleKind::Resolution => "the issuer's time to resolve ends",
        RuleKind::Escalation => "complaint escalates if not resolved",
        RuleKind::Ombudsman => "you may go to the external ombudsman",
        RuleKind::OmbudsmanDeadline => "last day to go to the external body",
    };
    let rule = catalog
        .rules_for_case(case)
        .find(|r| r.kind == d.kind && r.label == d.label);
    match rule {
        Some(r) => {
            let from = match r.from {
                Anchor::StatementDate => "the statement",
                Anchor::FiledDate => "filing",
                Anchor::TransactionDate => "the charge",
                Anchor::FinalResponseDate => "the final response",
            };
            format!(
                "{action} ({} after {from})",
                crate::disputes::deadlines::span_words(r)
            )
        }
        None => action.to_string(),
    }
}

/// One deadline of a dispute case.
fn case_event(case: &Case, d: &Deadline, catalog: &Catalog) -> CalendarEvent {
    let kind = EventKind::Dispute(d.kind);
    let summary = format!(
        "Dispute {}: {}",
        merchant(case),
        deadline_words(d, case, catalog)
    );
    let mut lines = vec![
        format!("{}: {}", d.label, d.due),
        if d.policy {
            "The issuer's stated policy, not law.".to_string()
        } else {
            "Set by law.".to_string()
        },
        format!("Source: {}: {}", d.source, d.citation),
        format!("Merchant: {}", case.merchant.trim()),
    ];
    if case.amount_minor != 0 {
        lines.push(format!("Amount: {}", case.amount_text()));
    }
    lines.push(format!("Card: {}", case.card_text()));
    lines.push(format!("Case status: {}", case.status.label()));
    if let Some(t) = case.transaction_date {
        lines.push(format!("Charged on: {t}"));
    }
    lines.push("Not legal advice.".to_string());
    lines.push(FOOTER.to_string());
    CalendarEvent {
        uid: uid(case.id, kind),
        kind,
        date: d.due,
        summary,
        description: lines.join("\n"),
        updated: case.updated,
    }
}

/// The last day to close a card with its annual fee refunded.
fn refund_event(card: &RetentionCard, until: Date, script: &Script) -> CalendarEvent {
    let name = if card.nickname.trim().is_empty() {
        "Your card".to_string()
    } else {
        one_line(&card.nickname, 40)
    };
    let mut lines = Vec::new();
    let last = last_five(&card.last5);
    if !last.is_empty() {
        lines.push(format!("Card ending {last}"));
    }
    if card.annual_fee_minor != 0 {
        lines.push(format!(
            "Annual fee: {} {}",
            crate::format::money(card.annual_fee_minor),
            card.currency
        ));
    }
    if let Some(closing) = card.fee_statement_closing {
        lines.push(format!(
            "On the statement closing {closing}: close the card within {} days of that date to have the fee refunded.",
            script.refund_window_days
        ));
    }
    lines.push(format!("Source: {}", script.refund_source));
    lines.push(FOOTER.to_string());
    CalendarEvent {
        uid: uid(card.id, EventKind::FeeRefund),
        kind: EventKind::FeeRefund,
        date: until,
        summary: format!("{name}: last day to close with the annual fee refunded"),
        description: lines.join("\n"),
        updated: card.updated,
    }
}
