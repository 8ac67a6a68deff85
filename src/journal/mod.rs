//! The journal: the user's own record of calls, promises, follow-ups and notes.
//!
//! Pure data and logic ([`model`], [`edit`], [`merge`], [`due`] (the entries' own
//! follow-ups; the full list with dispute deadlines is [`crate::followups`]), [`query`],
//! [`sensitive`], [`clean`], [`export`], [`elsewhere`]) plus the file adapters ([`file`], [`backups`]). Nothing here imports
//! egui.

pub mod backups;
pub mod call_time;
pub mod clean;
pub mod codec;
pub mod decode;
pub mod draft;
pub mod due;
pub mod edit;
pub mod elsewhere;
pub mod export;
pub mod file;
mod fingerprint;
pub mod integrity;
pub mod line_stats;
pub mod local_time;
pub mod merge;
pub mod model;
pub mod query;
pub mod sample;
mod scanned;
pub use crate::sensitive;

pub use call_time::{CallTimer, CallTimes, Phase};
pub use draft::{Draft, DraftError, PromiseDraft};
pub(crate) use due::entry_due_items;
pub use due::{Due, DueKind};
pub(crate) use file::JOURNAL_FILE;
pub use file::{JournalFile, read_journal};
pub use line_stats::LineStats;
pub(crate) use line_stats::line_stats;
pub use merge::{MergeReport, merge};
pub use model::{Entry, EntryStatus, JOURNAL_VERSION, Journal, Link, LocalTime, Note, Promise};
pub use query::{LogQuery, search};
