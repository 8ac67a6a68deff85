//! Desktop reminders: which follow-ups, promises and dispute deadlines to notify about
//! now, and the words of the notification. An item is notified when it is due today or
//! overdue, once per item per day ([`Reminded`] keeps what was notified today, across
//! restarts, in [`file`]); done and resolved items never. Pure; nothing here imports
//! egui. [`runner`] carries it out at the edge.

use std::collections::BTreeSet;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::journal::due::one_line;
use crate::journal::{Due, DueKind, Journal};
use crate::t;

pub mod file;
pub mod runner;

/// At most this many items are listed in one notification.
pub(crate) const LISTED: usize = 4;

/// What was notified on one day.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Reminded {
    /// The local day the items were notified on (none: nothing yet).
    pub date: Option<Date>,
    /// The items notified that day ([`item_key`]).
    pub items: BTreeSet<String>,
}

/// One notification.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reminder {
    /// "Amex Desk: follow-up due", "Amex Desk: 3 items due".
    pub title: String,
    /// What to do, one item a line.
    pub body: String,
}

/// What to notify now, and the record to keep once it is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// The notification (none: nothing new is due).
    pub reminder: Option<Reminder>,
    /// [`Reminded`] with the notified items added (a new day starts a new record).
    pub reminded: Reminded,
}

/// An item's key: the entry or case id and which of its dates ("follow-up",
/// "promise-2", "dispute").
pub(crate) fn item_key(due: &Due) -> String {
    let kind = match &due.kind {
        DueKind::FollowUp => "follow-up".to_string(),
        DueKind::Promise(i) => format!("promise-{i}"),
        DueKind::Dispute => "dispute".to_string(),
    };
    format!("{}/{kind}", due.entry)
}

/// From `items` (see [`crate::followups::due_items`]), what to notify on `today`:
/// items due today or overdue that `reminded` does not hold for today. Nothing when
/// reminders are off.
pub(crate) fn plan(
    journal: &Journal,
    items: &[Due],
    today: Date,
    on: bool,
    reminded: &Reminded,
) -> Plan {
    let mut kept = if reminded.date == Some(today) {
        reminded.clone()
    } else {
        Reminded {
            date: Some(today),
            items: BTreeSet::new(),
        }
    };
    if !on {
        return Plan {
            reminder: None,
            reminded: reminded.clone(),
        };
    }
    let new: Vec<&Due> = items
        .iter()
        .filter(|d| d.days <= 0 && !kept.items.contains(&item_key(d)))
        .collect();
    kept.items.extend(new.iter().map(|d| item_key(d)));
    Plan {
        reminder: reminder(journal, &new),
        reminded: kept,
    }
}

/// The notification for `items` (none when there are none).
pub fn reminder(journal: &Journal, items: &[&Due]) -> Option<Reminder> {
    let first = items.first()?;
    let title = match (items.len(), &first.kind) {
        (1, DueKind::FollowUp) => t!("journal-reminder-title-follow-up"),
        (1, DueKind::Promise(_)) => t!("journal-reminder-title-promise"),
        (1, DueKind::Dispute) => t!("journal-reminder-title-dispute"),
        (n, _) => t!("journal-reminder-title-items", count = n),
    };
    let mut lines: Vec<String> = items
        .iter()
        .take(LISTED)
        .map(|d| item_text(journal, d))
        .collect();
    if items.len() > LISTED {
        lines.push(t!("journal-reminder-more", count = items.len() - LISTED));
    }
    Some(Reminder {
        title,
        body: lines.join("\n"),
    })
}

/// One item with the action in it: "Chase Amex about ref 4471: promised callback by
/// today", "Dispute Acme: Billing-error notice must reach the issuer: deadline was 3
/// days ago".
pub(crate) fn item_text(journal: &Journal, due: &Due) -> String {
    let entry = journal.entries.iter().find(|e| e.id == due.entry);
    let about = entry
        .map(about)
        .unwrap_or_else(|| t!("journal-reminder-your-call"));
    match &due.kind {
        DueKind::FollowUp => t!(
            "journal-reminder-follow-up",
            about = about,
            when = when(due, When::Due)
        ),
        DueKind::Promise(i) => {
            let promised = entry
                .and_then(|e| e.promises.get(*i))
                .map(|p| one_line(&p.text, 60))
                .unwrap_or_else(|| t!("journal-reminder-something"));
            match due.days {
                0 => t!(
                    "journal-reminder-promise-today",
                    about = about,
                    promised = promised
                ),
                _ => t!(
                    "journal-reminder-promise",
                    about = about,
                    promised = promised,
                    when = when(due, When::Due)
                ),
            }
        }
        DueKind::Dispute => t!(
            "journal-reminder-dispute",
            item = &due.text,
            when = when(due, When::Deadline)
        ),
    }
}

/// "ref 4471", else the call's summary, else "your call".
fn about(entry: &crate::journal::Entry) -> String {
    let reference = entry.reference.trim();
    let summary = one_line(&entry.summary, 60);
    if !reference.is_empty() {
        t!("journal-reminder-ref", reference = reference)
    } else if !summary.is_empty() {
        summary
    } else {
        t!("journal-reminder-your-call")
    }
}

/// What [`when`] words: a due date or a deadline.
#[derive(Clone, Copy, PartialEq, Eq)]
enum When {
    Due,
    Deadline,
}

/// "due today", "was due yesterday", "was due 3 days ago", "deadline was 3 days ago".
fn when(due: &Due, what: When) -> String {
    let days = i64::from(due.days);
    match (what, due.days) {
        (When::Due, 0) => t!("journal-reminder-due-today"),
        (When::Due, -1) => t!("journal-reminder-was-due-yesterday"),
        (When::Due, d) if d < 0 => t!("journal-reminder-was-due-days-ago", days = -days),
        (When::Due, _) => t!("journal-reminder-due-in-days", days = days),
        (When::Deadline, 0) => t!("journal-reminder-deadline-today"),
        (When::Deadline, -1) => t!("journal-reminder-deadline-was-yesterday"),
        (When::Deadline, d) if d < 0 => {
            t!("journal-reminder-deadline-was-days-ago", days = -days)
        }
        (When::Deadline, _) => t!("journal-reminder-deadline-in-days", days = days),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::{Entry, EntryStatus, Promise};
    use jiff::civil::date;
    use jiff::tz::TimeZone;

    fn journal() -> Journal {
        let now = "2026-11-18T10:00:00Z".parse().unwrap();
        let mut j = Journal::default();
        let mut a = Entry::new(now, &TimeZone::UTC);
        a.reference = "4471".into();
        a.promises = vec![
            Promise {
                text: "callback".into(),
                due: Some(date(2026, 11, 18)),
                done: false,
            },
            Promise {
                text: "letter".into(),
                due: Some(date(2026, 11, 10)),
                done: true,
            },
        ];
        let mut b = Entry::new(now, &TimeZone::UTC);
        b.summary = "Hotel refund".into();
        b.follow_up = Some(date(2026, 11, 15));
        let mut c = Entry::new(now, &TimeZone::UTC);
        c.follow_up = Some(date(2026, 11, 25));
        let mut d = Entry::new(now, &TimeZone::UTC);
        d.follow_up = Some(date(2026, 11, 1));
        d.status = EntryStatus::Resolved;
        j.entries = vec![a, b, c, d];
        j
    }

    fn plan_on(j: &Journal, today: Date, on: bool, reminded: &Reminded) -> Plan {
        let items = crate::followups::due_items(j, crate::disputes::builtin().unwrap(), today);
        plan(j, &items, today, on, reminded)
    }

    #[test]
    fn due_and_overdue_items_are_notified_once_a_day_with_the_action() {
        let j = journal();
        let today = date(2026, 11, 18);
        let first = plan_on(&j, today, true, &Reminded::default());
        let reminder = first.reminder.unwrap();
        assert_eq!(reminder.title, "Amex Desk: 2 items due");
        assert_eq!(
            reminder.body,
            "Follow up with Amex about Hotel refund: was due 3 days ago\n\
             Chase Amex about ref 4471: promised callback by today"
        );
        assert_eq!(first.reminded.date, Some(today));
        assert_eq!(
            first.reminded.items.len(),
            2,
            "done and later items are not"
        );
        let again = plan_on(&j, today, true, &first.reminded);
        assert_eq!(again.reminder, None, "once per item per day");
        assert_eq!(again.reminded, first.reminded);
    }

    #[test]
    fn a_new_day_notifies_again_and_done_items_never() {
        let mut j = journal();
        let today = date(2026, 11, 18);
        let first = plan_on(&j, today, true, &Reminded::default());
        j.entries[0].promises[0].done = true;
        let next = plan_on(&j, date(2026, 11, 19), true, &first.reminded);
        let reminder = next.reminder.unwrap();
        assert_eq!(reminder.title, "Amex Desk: follow-up due");
        assert_eq!(
            reminder.body,
            "Follow up with Amex about Hotel refund: was due 4 days ago"
        );
        assert_eq!(next.reminded.date, Some(date(2026, 11, 19)));
        assert_eq!(next.reminded.items.len(), 1);
    }

    #[test]
    fn reminders_off_give_nothing() {
        let j = journal();
        let today = date(2026, 11, 18);
        let off = plan_on(&j, today, false, &Reminded::default());
        assert_eq!(off.reminder, None);
        assert_eq!(
            off.reminded,
            Reminded::default(),
            "nothing marked as notified"
        );
    }

    #[test]
    fn long_lists_are_cut_and_wording_follows_the_days() {
        let mut j = Journal::default();
        let now = "2026-11-18T10:00:00Z".parse().unwrap();
        for day in 1..=6 {
            let mut e = Entry::new(now, &TimeZone::UTC);
            e.follow_up = Some(date(2026, 11, 10 + day));
            j.entries.push(e);
        }
        let reminder = plan_on(&j, date(2026, 11, 18), true, &Reminded::default())
            .reminder
            .unwrap();
        assert_eq!(reminder.title, "Amex Desk: 6 items due");
        let lines: Vec<&str> = reminder.body.lines().collect();
        assert_eq!(lines.len(), LISTED + 1);
        assert_eq!(
            lines[0],
            "Follow up with Amex about your call: was due 7 days ago"
        );
        assert_eq!(lines[4], "and 2 more: see Follow-ups due in Amex Desk");
        let yesterday = plan_on(&j, date(2026, 11, 12), true, &Reminded::default());
        assert_eq!(
            yesterday.reminder.unwrap().body,
            "Follow up with Amex about your call: was due yesterday\n\
             Follow up with Amex about your call: due today"
        );
    }

    #[test]
    fn dispute_deadlines_say_when() {
        let now = "2026-11-18T10:00:00Z".parse().unwrap();
        let mut case = crate::disputes::Case::new(now, "not-received", "US");
        case.merchant = "Acme".into();
        let due = Due {
            entry: case.id,
            kind: DueKind::Dispute,
            date: date(2026, 11, 18),
            text: "Dispute Acme: Billing-error notice must reach the issuer".into(),
            days: -3,
        };
        assert_eq!(
            item_text(&Journal::default(), &due),
            "Dispute Acme: Billing-error notice must reach the issuer: deadline was 3 days ago"
        );
        assert!(item_key(&due).ends_with("/dispute"));
    }
}
