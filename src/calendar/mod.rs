//! "Your calendar": every dated item of the journal as an iCalendar file (RFC 5545)
//! for any calendar program. Follow-ups and promises still open, every deadline of each
//! open dispute case, and each card's annual-fee refund window, one all-day event each.
//!
//! UIDs are derived from the record's id and the kind of date
//! (`<entry-id>-followup@amex-desk`, `<case-id>-notify-issuer@amex-desk`), so
//! importing a newer export updates the events instead of duplicating them. Dispute
//! deadlines and fee-refund windows carry a reminder three days before.
//!
//! Pure: the dispute catalog and the retention script are parameters; nothing here
//! reads a file, the clock or the network, or imports egui.

mod events;
mod ics;

pub(crate) use events::calendar_events;
pub(crate) use ics::to_ics;

use jiff::Timestamp;
use jiff::civil::Date;

use crate::disputes::catalog::RuleKind;

/// The right-hand side of every UID ("...@amex-desk").
pub(crate) const UID_DOMAIN: &str = "amex-desk";

/// When the reminder of a deadline goes off: 09:00 three days before the (all-day)
/// date, as an RFC 5545 duration before its start (midnight).
pub(crate) const ALARM_TRIGGER: &str = "-P2DT15H";

/// The days between the reminder and the deadline ([`ALARM_TRIGGER`]).
pub(crate) const ALARM_DAYS_BEFORE: i32 = 3;

/// What kind of date an event is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum EventKind {
    /// A call-log entry's follow-up date.
    FollowUp,
    /// A promise not yet kept (index into the entry's promises).
    Promise(usize),
    /// A deadline of a dispute case.
    Dispute(RuleKind),
    /// The last day to close a card with its annual fee refunded.
    FeeRefund,
}

impl EventKind {
    /// Does the event carry a reminder [`ALARM_DAYS_BEFORE`] days before? (Deadlines
    /// set by law or by the issuer: dispute dates and fee-refund windows.)
    pub(crate) fn has_alarm(self) -> bool {
        matches!(self, EventKind::Dispute(_) | EventKind::FeeRefund)
    }

    /// The part of the UID naming the kind of date ("followup", "notify-issuer").
    pub(crate) fn uid_part(self) -> String {
        match self {
            EventKind::FollowUp => "followup".to_string(),
            EventKind::Promise(i) => format!("promise-{}", i + 1),
            EventKind::Dispute(kind) => rule_slug(kind).to_string(),
            EventKind::FeeRefund => "fee-refund".to_string(),
        }
    }
}

/// The UID word of a dispute deadline's kind.
fn rule_slug(kind: RuleKind) -> &'static str {
    match kind {
        RuleKind::NoticeDue => "notify-issuer",
        RuleKind::Acknowledgement => "acknowledgement",
        RuleKind::Resolution => "resolution",
        RuleKind::Escalation => "escalation",
        RuleKind::Ombudsman => "ombudsman",
        RuleKind::OmbudsmanDeadline => "external-body-deadline",
    }
}

/// One all-day event of the calendar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct CalendarEvent {
    /// Stable identity: the record's id, the kind of date, `@amex-desk`.
    pub uid: String,
    /// What kind of date.
    pub kind: EventKind,
    /// The day.
    pub date: Date,
    /// The action in words ("Chase Amex: credit $45 (ref 4471)").
    pub summary: String,
    /// The details, one per line (contact, reference, merchant, amount, source).
    pub description: String,
    /// When the record behind it last changed (LAST-MODIFIED).
    pub updated: Timestamp,
}

impl CalendarEvent {
    /// Does it carry a reminder before the day ([`EventKind::has_alarm`])?
    pub(crate) fn has_alarm(&self) -> bool {
        self.kind.has_alarm()
    }
}

/// `<id>-<kind>@amex-desk`.
pub(crate) fn uid(record: uuid::Uuid, kind: EventKind) -> String {
    format!("{record}-{}@{UID_DOMAIN}", kind.uid_part())
}

/// The file name the window suggests for an export made on `today`.
pub fn file_name(today: Date) -> String {
    format!("amex-desk-calendar-{today}.ics")
}

#[cfg(test)]
mod tests;
