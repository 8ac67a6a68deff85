//! An entry being edited: text fields as typed, checked and converted on save.

use jiff::Timestamp;
use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use uuid::Uuid;

use super::call_time::CallTimes;
use super::model::{Entry, EntryStatus, Link, LocalTime, Promise};
use super::sensitive::scan;
use crate::directory::{Channel, Purpose};
use crate::fields::{self, DateRule, FieldError};
use crate::t;

/// A promise as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PromiseDraft {
    /// What was promised.
    pub text: String,
    /// Due date as typed (YYYY-MM-DD or empty).
    pub due: String,
    /// Kept?
    pub done: bool,
}

/// A call-log entry as typed in the editor.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Draft {
    /// The entry's id (new or existing).
    pub id: Uuid,
    /// When the entry was first written.
    pub created: Timestamp,
    /// Not saved yet.
    pub is_new: bool,
    /// When the call happened, local time as typed ("2026-11-18 10:00").
    pub when: String,
    /// Directory contact id.
    pub contact: Option<String>,
    /// Channel.
    pub channel: Channel,
    /// Rep name or ID.
    pub rep: String,
    /// Reference number.
    pub reference: String,
    /// What it was about.
    pub purpose: Option<Purpose>,
    /// Summary.
    pub summary: String,
    /// Promises.
    pub promises: Vec<PromiseDraft>,
    /// Follow-up date as typed.
    pub follow_up: String,
    /// Status.
    pub status: EntryStatus,
    /// Links to disputes or retention records (kept as they were).
    pub links: Vec<Link>,
    /// How long the call took, from the call timer (shown, kept as it was).
    #[serde(default)]
    pub call_times: Option<CallTimes>,
}

/// Label of the follow-up date field (and the name in its messages).
pub(crate) fn follow_up_label() -> String {
    t!("journal-field-follow-up")
}

/// Label of the call's date and time field (and the name in its messages).
pub(crate) fn when_label() -> String {
    t!("journal-field-when")
}

/// Label of the `i`-th (0-based) promise's due date.
pub(crate) fn promise_due_label(i: usize) -> String {
    t!("journal-promise-due", n = i + 1)
}

/// A field that could not be saved, and why (the shared rule type of [`crate::fields`]).
pub type DraftError = FieldError;

/// Reads an optional YYYY-MM-DD date typed into the field named `field`: from 2000 to
/// five years after `today`.
pub(crate) fn parse_date(field: &str, text: &str, today: Date) -> Result<Option<Date>, DraftError> {
    fields::date(field, text, today, DateRule::Plan)
}

/// Reads "2026-11-18 10:00" (local to `zone`) or a full date-time with offset.
pub(crate) fn parse_when(text: &str, zone: &TimeZone) -> Result<LocalTime, DraftError> {
    let text = text.trim();
    if let Ok(full) = text.parse::<LocalTime>() {
        return Ok(full);
    }
    let civil = text
        .replacen(' ', "T", 1)
        .parse::<DateTime>()
        .map_err(|_| DraftError {
            field: when_label(),
            message: t!("journal-when-invalid", text = text),
        })?;
    let zoned = civil.to_zoned(zone.clone()).map_err(|e| DraftError {
        field: when_label(),
        message: e.to_string(),
    })?;
    Ok(LocalTime {
        timestamp: zoned.timestamp(),
        offset: zoned.offset(),
    })
}

impl Draft {
    /// A blank entry for a call at `now`.
    pub fn new(now: Timestamp, zone: &TimeZone) -> Draft {
        let mut draft = Draft::from_entry(&Entry::new(now, zone));
        draft.is_new = true;
        draft
    }

    /// An existing entry, for editing.
    pub(crate) fn from_entry(entry: &Entry) -> Draft {
        Draft {
            id: entry.id,
            created: entry.created,
            is_new: false,
            when: entry.when.short(),
            contact: entry.contact.clone(),
            channel: entry.channel,
            rep: entry.rep.clone(),
            reference: entry.reference.clone(),
            purpose: entry.purpose,
            summary: entry.summary.clone(),
            promises: entry
                .promises
                .iter()
                .map(|p| PromiseDraft {
                    text: p.text.clone(),
                    due: p.due.map(|d| d.to_string()).unwrap_or_default(),
                    done: p.done,
                })
                .collect(),
            follow_up: entry.follow_up.map(|d| d.to_string()).unwrap_or_default(),
            status: entry.status,
            links: entry.links.clone(),
            call_times: entry.call_times,
        }
    }

    /// The entry to save, or the first field that is wrong. Card numbers are not
    /// masked here: [`crate::journal::Journal::upsert_entry`] does it.
    pub(crate) fn to_entry(&self, zone: &TimeZone, now: Timestamp) -> Result<Entry, DraftError> {
        let when = parse_when(&self.when, zone)?;
        let today = now.to_zoned(zone.clone()).date();
        let follow_up = parse_date(&follow_up_label(), &self.follow_up, today)?;
        let mut promises = Vec::new();
        for (i, p) in self.promises.iter().enumerate() {
            let due = parse_date(&promise_due_label(i), &p.due, today)?;
            if p.text.trim().is_empty() && due.is_none() {
                continue;
            }
            promises.push(Promise {
                text: p.text.trim().to_string(),
                due,
                done: p.done,
            });
        }
        Ok(Entry {
            id: self.id,
            created: self.created,
            updated: now,
            when,
            contact: self.contact.clone(),
            channel: self.channel,
            rep: self.rep.trim().to_string(),
            reference: self.reference.trim().to_string(),
            purpose: self.purpose,
            summary: self.summary.trim_end().to_string(),
            promises,
            follow_up,
            status: self.status,
            links: self.links.clone(),
            call_times: self.call_times,
        })
    }

    /// Every field that is wrong, in the editor's order (empty when it can be saved),
    /// for the messages shown beside the fields as the user types.
    pub fn problems(&self, zone: &TimeZone, now: Timestamp) -> Vec<DraftError> {
        let today = now.to_zoned(zone.clone()).date();
        let mut problems = Vec::new();
        if let Err(e) = parse_when(&self.when, zone) {
            problems.push(e);
        }
        if let Err(e) = parse_date(&follow_up_label(), &self.follow_up, today) {
            problems.push(e);
        }
        for (i, p) in self.promises.iter().enumerate() {
            if let Err(e) = parse_date(&promise_due_label(i), &p.due, today) {
                problems.push(e);
            }
        }
        problems
    }

    /// Warnings to show as the user types: card numbers and codes, per field.
    pub fn warnings(&self) -> Vec<String> {
        let mut fields: Vec<(String, &str)> = vec![
            (t!("journal-warning-rep"), &self.rep),
            (t!("journal-reference"), &self.reference),
            (t!("journal-summary"), &self.summary),
        ];
        for (i, p) in self.promises.iter().enumerate() {
            fields.push((t!("journal-promise", n = i + 1), &p.text));
        }
        fields
            .into_iter()
            .flat_map(|(name, text)| {
                scan(text).into_iter().map(move |f| {
                    t!(
                        "journal-field-message",
                        field = &name,
                        message = f.warning()
                    )
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_field_errors() {
        let zone = TimeZone::get("Europe/London").unwrap();
        let now: Timestamp = "2026-07-01T09:30:00Z".parse().unwrap();
        let mut d = Draft::new(now, &zone);
        assert_eq!(d.when, "2026-07-01 10:30", "shown in local summer time");
        d.summary = "hello".into();
        d.follow_up = "2026-07-15".into();
        d.promises.push(PromiseDraft {
            text: "call back".into(),
            due: "2026-07-02".into(),
            done: false,
        });
        d.promises.push(PromiseDraft::default());
        let e = d.to_entry(&zone, now).unwrap();
        assert_eq!(e.when.to_string(), "2026-07-01T10:30:00+01:00");
        assert_eq!(e.promises.len(), 1, "blank promises are dropped");
        assert_eq!(Draft::from_entry(&e).follow_up, "2026-07-15");

        d.follow_up = "15/07/2026".into();
        let err = d.to_entry(&zone, now).unwrap_err();
        assert_eq!(err.field, "Follow-up date");
        d.follow_up.clear();
        d.when = "yesterday".into();
        assert_eq!(d.to_entry(&zone, now).unwrap_err().field, "When");
        d.when = "2026-01-10T08:00:00-05:00".into();
        assert_eq!(
            d.to_entry(&zone, now).unwrap().when.to_string(),
            "2026-01-10T08:00:00-05:00"
        );
    }

    #[test]
    fn warnings_name_the_field() {
        let mut d = Draft::new(Timestamp::UNIX_EPOCH, &TimeZone::UTC);
        d.summary = "my card 371449635398431".into();
        let w = d.warnings();
        assert_eq!(w.len(), 1);
        assert!(w[0].starts_with("Summary: This looks like a full card number"));
    }
}
