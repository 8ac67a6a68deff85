//! The records the journal file stores besides call-log entries: dispute cases and
//! retention cards. Their types live here, below `journal`, so the journal can hold
//! them without depending on the dispute or retention rules (catalogs, deadlines,
//! scripts), which sit above it and use these types too.

pub mod card;
pub mod case;

pub use card::{Offer, OfferKind, Outcome, RetentionCard, SpendBand};
pub use case::{Case, CaseStatus, ItemState};
