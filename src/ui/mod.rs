//! Drawing. Each panel is a `*_ui` function that reads [`AppState`] and pushes
//! [`Command`]s; none of them changes state or does I/O.

mod badge;
mod case_actions;
mod coverage_table;
mod details;
mod disputes_page;
mod empty_state;
mod filters;
mod journal_editor;
mod journal_page;
mod keyboard;
mod notes;
mod number_row;
mod numbers;
mod prep_page;
mod report_form;
mod retention_page;
mod status_bar;
pub mod style;
mod top_bar;
mod widgets;

use crate::t;
use egui::{CentralPanel, Panel, ScrollArea, Ui};

use crate::layout::{self, DetailsPlace};

use crate::state::{AppCommand, Commands};
use crate::state::{AppState, View};

/// The whole window.
pub(crate) fn app_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    keyboard::shortcuts(ui.ctx(), state, commands);
    Panel::top("top_bar").show(ui, |ui| top_bar::top_bar_ui(ui, state, commands));
    Panel::top("tabs").show(ui, |ui| tabs_ui(ui, state, commands));
    if state.verification.is_some() {
        banner_ui(ui, "verification", |ui| {
            top_bar::verification_ui(ui, state, commands)
        });
    }
    if let Some(offer) = &state.update_offer {
        Panel::top("directory_update").show(ui, |ui| top_bar::update_offer_ui(ui, offer, commands));
    }
    if let Some(warning) = &state.warning {
        banner_ui(ui, "warning", |ui| {
            top_bar::warning_ui(ui, warning, commands)
        });
    }
    if let Some(note) = &state.restored {
        Panel::top("restored_forms").show(ui, |ui| restored_forms_ui(ui, note, commands));
    }
    if let Some(problem) = &state.journal.problem {
        banner_ui(ui, "journal_problem", |ui| journal_problem_ui(ui, problem));
    }
    if state.journal.other_window {
        banner_ui(ui, "other_window", |ui| {
            let color = ui.visuals().warn_fg_color;
            let text = crate::state::OTHER_WINDOW;
            widgets::message_ui(ui, text, |t| t.color(color));
        });
    }
    if !state.journal.integrity.is_empty() {
        banner_ui(ui, "journal_integrity", |ui| {
            journal_integrity_ui(ui, &state.journal.integrity, commands)
        });
    }
    Panel::bottom("status_bar").show(ui, |ui| status_bar::status_bar_ui(ui, state, commands));
    page_ui(ui, state, commands);
}

/// The most a banner under the top bar takes before it scrolls.
const BANNER_MAX_HEIGHT: f32 = 120.0;

/// A banner under the top bar: wrapped, and scrolling past [`BANNER_MAX_HEIGHT`].
fn banner_ui(ui: &mut Ui, id: &str, add_contents: impl FnOnce(&mut Ui)) {
    Panel::top(id.to_string()).show(ui, |ui| {
        ScrollArea::vertical()
            .id_salt(id)
            .max_height(BANNER_MAX_HEIGHT)
            .auto_shrink([false, true])
            .show(ui, add_contents);
    });
}

/// The numbers page: filters, the list, and the details beside it, or in a drawer
/// under it when the window is too narrow (see [`crate::layout`]).
fn numbers_page_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    let place = layout::details_place(ui.available_width(), state.numbers.details_width);
    Panel::left("filters")
        .resizable(false)
        .exact_size(layout::FILTERS_WIDTH)
        .show(ui, |ui| filters::filters_ui(ui, state, commands));
    let divider = match place {
        DetailsPlace::Side { width, max } => {
            // Exactly this wide: content never pushes it wider (a divider drag does).
            let panel = Panel::right("details")
                .resizable(false)
                .exact_size(width)
                .show(ui, |ui| details::details_ui(ui, state, commands));
            Some((panel.response.rect, width, max))
        }
        DetailsPlace::Drawer => {
            details::drawer_ui(ui, state, commands);
            None
        }
    };
    CentralPanel::default().show(ui, |ui| numbers::numbers_ui(ui, state, commands));
    if let Some((rect, width, max)) = divider {
        details::divider_ui(ui, rect, width, max, commands);
    }
}

/// Page tabs, one per [`View`]; the journal tab carries the overdue count.
fn tabs_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    ui.horizontal_wrapped(|ui| {
        for view in View::ALL {
            let label = match (view, state.frame.overdue) {
                (View::Journal, n) if n > 0 => t!("shell-tab-journal-overdue", count = n),
                _ => view.label(),
            };
            if ui.selectable_label(state.view == view, label).clicked() {
                commands.push(AppCommand::ShowView(view));
            }
        }
    });
}

/// The page shown.
fn page_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    match state.view {
        View::Numbers => numbers_page_ui(ui, state, commands),
        View::Journal => journal_page::journal_page_ui(ui, state, commands),
        View::Prep => prep_page::prep_page_ui(ui, state, commands),
        View::Disputes => disputes_page::disputes_page_ui(ui, state, commands),
        View::Retention => retention_page::retention_page_ui(ui, state, commands),
    }
}

/// "Kept from last time, not saved yet: …" with a Dismiss button.
fn restored_forms_ui(ui: &mut Ui, note: &str, commands: &mut Commands) {
    ui.horizontal_wrapped(|ui| {
        let color = ui.visuals().warn_fg_color;
        widgets::message_ui(ui, note, |t| t.color(color));
        if ui.button(t!("shell-dismiss")).clicked() {
            commands.push(AppCommand::DismissRestored);
        }
    });
}

/// How many problems the integrity banner lists by id.
const INTEGRITY_SHOWN: usize = 5;

/// The journal loaded with problems: list them by id, with a Dismiss button.
fn journal_integrity_ui(
    ui: &mut Ui,
    problems: &[crate::journal::integrity::Problem],
    commands: &mut Commands,
) {
    let color = ui.visuals().warn_fg_color;
    for line in crate::journal::integrity::banner_lines(problems, INTEGRITY_SHOWN) {
        widgets::message_ui(ui, &line, |t| t.color(color));
    }
    if ui.button(t!("shell-dismiss-journal-problems")).clicked() {
        commands.push(crate::state::JournalCommand::DismissIntegrity);
    }
}

/// The journal file could not be read: say so, where, and what to do.
fn journal_problem_ui(ui: &mut Ui, problem: &str) {
    let color = ui.visuals().error_fg_color;
    widgets::message_ui(ui, &t!("shell-journal-read-only", problem = problem), |t| {
        t.color(color)
    });
}
