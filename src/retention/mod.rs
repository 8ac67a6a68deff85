//! The retention-call coach: the script card (`data/retention.ron`), the card profiles
//! and what happened on earlier calls, and the rules: tenure, offers taken in the last
//! 12 and 24 months, and the annual-fee refund window. Pure; the cards live in the
//! journal file.

pub mod doc;
mod localized;

pub mod rules;
pub mod script;

pub use crate::records::card as model;
pub use crate::records::{Offer, OfferKind, Outcome, RetentionCard, SpendBand};
pub use rules::{Prep, prep};
pub use script::{Script, builtin};
