//! Amex Desk: an unofficial, offline companion for reaching American Express customer
//! service. The library holds everything; `main.rs` only dispatches.
//!
//! - [`directory`]: the sourced directory and its pure logic (filters, search, phone
//!   numbers, hours).
//! - [`calendar`]: the journal's dates as an iCalendar file.
//! - [`state`]: the window's state, the commands the UI sends, and their effects.
//! - [`settings`]: what survives a restart.
//! - [`reminders`]: desktop notifications for what falls due ([`notify`] shows them).
//! - [`app`]: the eframe application at the edge (clipboard, links, screenshots).
//! - [`ui`]: drawing, one `*_ui` function per panel.
//! - [`cli`]: the command line over the same core.

pub mod after;
pub mod app;
pub mod builtin;
pub mod calendar;
pub mod catalogs;
pub mod cli;
pub mod columns;
pub mod dialogs;
pub mod directory;
pub mod disputes;
pub mod evidence;
pub mod fields;
pub mod followups;
pub mod format;
pub mod fsutil;
pub mod guidance;
pub mod i18n;
pub mod journal;
pub mod layout;
pub mod logging;
pub mod message;
pub mod notify;
pub mod opener;
pub mod paths;
pub mod print;
pub mod records;
pub mod reminders;
pub mod retention;
pub mod sensitive;
pub mod settings;
pub mod sharing;
pub mod state;
pub mod store;
pub mod ui;
pub mod unsaved_file;
#[cfg(windows)]
pub mod windows_console;
