//! The journal's records: calls, promises, follow-ups and notes pinned to contacts.
//!
//! Every record has a UUID and an `updated` time so two copies (a second window,
//! another machine) can be merged without duplicates or loss; deletions leave a
//! tombstone for the same reason.

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::directory::{Channel, Purpose};

/// The journal file format this build writes (and the newest it reads). Version 2 added
/// dispute cases and retention cards: a version-1 build refuses such a file instead of
/// dropping them.
pub const JOURNAL_VERSION: u32 = 2;

pub use super::local_time::LocalTime;

/// Where a call stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EntryStatus {
    /// Still being worked on by the user.
    #[default]
    Open,
    /// Waiting on American Express.
    WaitingOnAmex,
    /// Done.
    Resolved,
    /// Taken further (supervisor, complaint, regulator).
    Escalated,
}

impl EntryStatus {
    /// Every status, in menu order.
    pub const ALL: [EntryStatus; 4] = [
        EntryStatus::Open,
        EntryStatus::WaitingOnAmex,
        EntryStatus::Resolved,
        EntryStatus::Escalated,
    ];

    /// The kebab-case name used on the command line and in exports.
    pub fn slug(self) -> &'static str {
        match self {
            EntryStatus::Open => "open",
            EntryStatus::WaitingOnAmex => "waiting-on-amex",
            EntryStatus::Resolved => "resolved",
            EntryStatus::Escalated => "escalated",
        }
    }

    /// Human label.
    pub fn label(self) -> String {
        match self {
            EntryStatus::Open => crate::t!("journal-status-open"),
            EntryStatus::WaitingOnAmex => crate::t!("journal-status-waiting-on-amex"),
            EntryStatus::Resolved => crate::t!("journal-status-resolved"),
            EntryStatus::Escalated => crate::t!("journal-status-escalated"),
        }
    }
}

/// Something the representative said would happen.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Promise {
    /// What was promised ("credit of $45 within 2 billing cycles").
    pub text: String,
    /// By when, if a date was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    /// Has it happened?
    #[serde(default)]
    pub done: bool,
}

/// What a call-log entry is linked to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Link {
    /// A dispute case, by id.
    Dispute(Uuid),
    /// A retention record, by id.
    Retention(Uuid),
}

/// One contact with American Express.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Stable identity, for merging.
    pub id: Uuid,
    /// When the entry was written.
    pub created: Timestamp,
    /// When it last changed (the newer copy wins a merge).
    pub updated: Timestamp,
    /// When the call happened, in the user's local time.
    pub when: LocalTime,
    /// The directory contact used, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// How: phone, chat, app, mail, social...
    pub channel: Channel,
    /// Representative's name or ID.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rep: String,
    /// Reference or case number given.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reference: String,
    /// What it was about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<Purpose>,
    /// What happened.
    #[serde(default)]
    pub summary: String,
    /// What was promised.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub promises: Vec<Promise>,
    /// When to check back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<Date>,
    /// Where it stands.
    #[serde(default)]
    pub status: EntryStatus,
    /// Dispute cases or retention records this call belongs to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    /// How long the call took, when it was timed (start, end, hold and talk time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_times: Option<super::call_time::CallTimes>,
}

impl Entry {
    /// A new, empty entry for a call happening at `now` in `zone`.
    pub fn new(now: Timestamp, zone: &TimeZone) -> Entry {
        Entry {
            id: Uuid::new_v4(),
            created: now,
            updated: now,
            when: LocalTime::in_zone(now, zone),
            contact: None,
            channel: Channel::Phone,
            rep: String::new(),
            reference: String::new(),
            purpose: None,
            summary: String::new(),
            promises: Vec::new(),
            follow_up: None,
            status: EntryStatus::Open,
            links: Vec::new(),
            call_times: None,
        }
    }

    /// Every text field a save checks for card numbers, codes and control characters:
    /// the free text and the contact id, in a fixed order. The checks and the memory of
    /// entries found clean ([`super::scanned`]) both read this list, so they cannot drift
    /// apart.
    pub(crate) fn checked_texts(&self) -> impl Iterator<Item = &String> {
        [&self.rep, &self.reference, &self.summary]
            .into_iter()
            .chain(self.contact.as_ref())
            .chain(self.promises.iter().map(|p| &p.text))
    }

    /// Every free-text field, for scanning and redaction.
    pub(crate) fn text_fields_mut(&mut self) -> Vec<&mut String> {
        let mut fields = vec![&mut self.rep, &mut self.reference, &mut self.summary];
        fields.extend(self.promises.iter_mut().map(|p| &mut p.text));
        fields
    }
}

/// A note pinned to a directory contact ("press 0 twice to reach a person").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// Stable identity, for merging.
    pub id: Uuid,
    /// The directory contact id.
    pub contact: String,
    /// The note.
    pub text: String,
    /// When it was written.
    pub created: Timestamp,
    /// When it last changed.
    pub updated: Timestamp,
}

/// A record that was deleted, so merging does not bring it back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tombstone {
    /// The deleted record's id.
    pub id: Uuid,
    /// When it was deleted.
    pub deleted: Timestamp,
}

/// The whole journal file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Journal {
    /// File format version ([`JOURNAL_VERSION`]).
    pub version: u32,
    /// Call-log entries.
    #[serde(default)]
    pub entries: Vec<Entry>,
    /// Notes pinned to contacts.
    #[serde(default)]
    pub notes: Vec<Note>,
    /// Dispute cases.
    #[serde(default)]
    pub cases: Vec<crate::records::Case>,
    /// Cards and their retention-call history.
    #[serde(default)]
    pub cards: Vec<crate::records::RetentionCard>,
    /// Deleted records.
    #[serde(default)]
    pub deleted: Vec<Tombstone>,
}

impl crate::store::Versioned for Journal {
    fn version(&self) -> u32 {
        self.version
    }
}

impl Default for Journal {
    fn default() -> Journal {
        Journal {
            version: JOURNAL_VERSION,
            entries: Vec::new(),
            notes: Vec::new(),
            cases: Vec::new(),
            cards: Vec::new(),
            deleted: Vec::new(),
        }
    }
}
