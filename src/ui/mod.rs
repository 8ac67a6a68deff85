//! Drawing. Each panel is a `*_ui` function that reads [`AppState`] and pushes
//! [`Command`]s; none of them changes state or does I/O.

mod badge;
mod details;
mod empty_state;
mod filters;
mod keyboard;
mod numbers;
mod status_bar;
mod top_bar;

use egui::{CentralPanel, Panel, Ui};

use crate::state::{AppState, Command};

pub use keyboard::SEARCH_ID;

/// The whole window.
pub fn app_ui(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    keyboard::shortcuts(ui.ctx(), state, commands);
    Panel::top("top_bar").show(ui, |ui| top_bar::top_bar_ui(ui, state, commands));
    if state.verification.is_some() {
        Panel::top("verification").show(ui, |ui| top_bar::verification_ui(ui, state, commands));
    }
    if let Some(warning) = &state.warning {
        Panel::top("warning").show(ui, |ui| top_bar::warning_ui(ui, warning, commands));
    }
    Panel::bottom("status_bar").show(ui, |ui| status_bar::status_bar_ui(ui, state));
    Panel::left("filters")
        .resizable(false)
        .exact_size(250.0)
        .show(ui, |ui| filters::filters_ui(ui, state, commands));
    Panel::right("details")
        .resizable(true)
        .default_size(320.0)
        .show(ui, |ui| details::details_ui(ui, state, commands));
    CentralPanel::default().show(ui, |ui| numbers::numbers_ui(ui, state, commands));
}
