//! Disputes: the evidence checklist per dispute type, the deadlines that are running,
//! and the printable packet and letter. Pure: the cases live in the journal file.

pub mod catalog;
pub mod deadlines;
pub mod docs;
pub mod letters;
mod localized;
pub use crate::evidence;

pub use crate::records::case as model;
pub use crate::records::{Case, CaseStatus, ItemState};
pub use catalog::{Catalog, DisputeType, builtin};
pub(crate) use deadlines::deadlines;
pub use deadlines::{Deadline, nearest};
