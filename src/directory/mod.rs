//! The shipped directory of contact points: types, loading and validation, phone
//! numbers, opening hours, filtering and search. Pure logic: no egui, no I/O beyond
//! reading a directory file on request.

pub mod advice;
mod check;
pub mod coverage;
pub mod evidence;
pub mod filter;
pub mod grade;
pub mod hours;
pub mod installed;
pub mod load;
pub mod load_error;
pub mod model;
pub mod phone;
pub mod phone_cache;
pub mod prepared;
mod printed_label;
pub mod product;
pub mod reading;
pub mod report;
pub mod sample;
pub mod search;
pub mod search_index;
pub mod signed;
pub mod staleness;
pub mod trust;
pub mod update;
pub mod verify;
pub mod view;
pub(crate) mod why;
pub mod withdrawn;

pub use filter::{Filters, Results};
pub use load::{Contact, Directory, LoadError, LoadErrors};
pub use model::{Channel, Kind, Purpose, Region, Status, Tier};
