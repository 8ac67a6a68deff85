//! The journal's own dated items: follow-up dates of unresolved calls and promises not
//! yet kept, overdue first. The whole "Follow-ups due" list, with each dispute case's
//! nearest deadline, is [`crate::followups::due_items`].

use jiff::civil::Date;
use uuid::Uuid;

use super::model::{EntryStatus, Journal};
use crate::t;

/// What is due.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DueKind {
    /// The entry's follow-up date.
    FollowUp,
    /// A promise (index into the entry's promises).
    Promise(usize),
    /// A dispute case's nearest deadline (`entry` is the case's id; added by
    /// [`crate::followups`]).
    Dispute,
}

/// One dated item to chase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Due {
    /// The call-log entry it belongs to (for [`DueKind::Dispute`], the case).
    pub entry: Uuid,
    /// Follow-up or promise.
    pub kind: DueKind,
    /// When.
    pub date: Date,
    /// What to chase, in a line.
    pub text: String,
    /// Days from today (negative: overdue).
    pub days: i32,
}

impl Due {
    /// Is it past its date?
    pub fn overdue(&self) -> bool {
        self.days < 0
    }

    /// "8 days overdue", "due today", "in 5 days" ([`crate::format::due_days`]).
    pub(crate) fn when_text(&self) -> String {
        crate::format::due_days(self.days)
    }
}

fn days_between(from: Date, to: Date) -> i32 {
    // Between civil dates the span's largest unit is days.
    from.until(to).map(|span| span.get_days()).unwrap_or(0)
}

/// The first line of `text`, trimmed, cut to `limit` characters with "…".
pub(crate) fn one_line(text: &str, limit: usize) -> String {
    let line = text.lines().next().unwrap_or("").trim();
    if line.chars().count() > limit {
        let cut: String = line.chars().take(limit).collect();
        format!("{cut}…")
    } else {
        line.to_string()
    }
}

/// The entries' follow-ups and open promises, earliest (most overdue) first.
pub(crate) fn entry_due_items(journal: &Journal, today: Date) -> Vec<Due> {
    let mut items = Vec::new();
    for entry in &journal.entries {
        let closed = entry.status == EntryStatus::Resolved;
        if let Some(date) = entry.follow_up
            && !closed
        {
            let about = if entry.summary.trim().is_empty() {
                t!("journal-due-call")
            } else {
                one_line(&entry.summary, 60)
            };
            let text = if entry.reference.is_empty() {
                t!("journal-due-follow-up", about = about)
            } else {
                t!(
                    "journal-due-follow-up-ref",
                    about = about,
                    reference = &entry.reference
                )
            };
            items.push(Due {
                entry: entry.id,
                kind: DueKind::FollowUp,
                date,
                text,
                days: days_between(today, date),
            });
        }
        for (i, promise) in entry.promises.iter().enumerate() {
            if let Some(date) = promise.due
                && !promise.done
            {
                items.push(Due {
                    entry: entry.id,
                    kind: DueKind::Promise(i),
                    date,
                    text: t!(
                        "journal-due-promised",
                        promise = one_line(&promise.text, 60)
                    ),
                    days: days_between(today, date),
                });
            }
        }
    }
    items.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.text.cmp(&b.text)));
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::model::{Entry, Promise};
    use jiff::civil::date;
    use jiff::tz::TimeZone;

    #[test]
    fn overdue_first_then_upcoming_and_closed_items_drop_out() {
        let now = "2026-11-18T10:00:00Z".parse().unwrap();
        let mut j = Journal::default();
        let mut a = Entry::new(now, &TimeZone::UTC);
        a.summary = "Refund for the hotel charge\nmore text".into();
        a.reference = "R-1".into();
        a.follow_up = Some(date(2026, 11, 25));
        a.promises = vec![
            Promise {
                text: "credit $45".into(),
                due: Some(date(2026, 11, 10)),
                done: false,
            },
            Promise {
                text: "letter sent".into(),
                due: Some(date(2026, 11, 1)),
                done: true,
            },
        ];
        let mut b = Entry::new(now, &TimeZone::UTC);
        b.follow_up = Some(date(2026, 11, 2));
        b.status = EntryStatus::Resolved;
        j.entries = vec![a, b];
        let items = entry_due_items(&j, date(2026, 11, 18));
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].text, "Promised: credit $45");
        assert_eq!(items[0].days, -8);
        assert_eq!(items[0].when_text(), "8 days overdue");
        assert_eq!(
            items[1].text,
            "Follow up: Refund for the hotel charge (ref R-1)"
        );
        assert_eq!(items[1].when_text(), "in 7 days");
        assert_eq!(items.iter().filter(|d| d.overdue()).count(), 1);
        // Across a month end and a leap day.
        assert_eq!(days_between(date(2028, 2, 28), date(2028, 3, 1)), 2);
    }
}
