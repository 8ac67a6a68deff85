//! Drawing. Each panel is a `*_ui` function that reads [`AppState`] and pushes
//! [`Command`]s; none of them changes state or does I/O.

mod badge;
mod case_actions;
mod details;
mod disputes_page;
mod empty_state;
mod filters;
mod journal_editor;
mod journal_page;
mod keyboard;
mod notes;
mod numbers;
mod prep_page;
mod retention_page;
mod status_bar;
mod top_bar;
mod widgets;

use egui::{CentralPanel, Panel, RichText, Ui};

use crate::state::{AppState, Command, View};

pub use keyboard::SEARCH_ID;

/// The whole window.
pub fn app_ui(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    keyboard::shortcuts(ui.ctx(), state, commands);
    Panel::top("top_bar").show(ui, |ui| top_bar::top_bar_ui(ui, state, commands));
    Panel::top("tabs").show(ui, |ui| tabs_ui(ui, state, commands));
    if state.verification.is_some() {
        Panel::top("verification").show(ui, |ui| top_bar::verification_ui(ui, state, commands));
    }
    if let Some(warning) = &state.warning {
        Panel::top("warning").show(ui, |ui| top_bar::warning_ui(ui, warning, commands));
    }
    if let Some(note) = &state.restored {
        Panel::top("restored_forms").show(ui, |ui| restored_forms_ui(ui, note, commands));
    }
    if let Some(problem) = &state.journal.problem {
        Panel::top("journal_problem").show(ui, |ui| journal_problem_ui(ui, problem));
    }
    if !state.journal.integrity.is_empty() {
        Panel::top("journal_integrity").show(ui, |ui| {
            journal_integrity_ui(ui, &state.journal.integrity, commands)
        });
    }
    Panel::bottom("status_bar").show(ui, |ui| status_bar::status_bar_ui(ui, state, commands));
    match state.view {
        View::Numbers => numbers_page_ui(ui, state, commands),
        View::Journal => journal_page::journal_page_ui(ui, state, commands),
        View::Prep => prep_page::prep_page_ui(ui, state, commands),
        View::Disputes => disputes_page::disputes_page_ui(ui, state, commands),
        View::Retention => retention_page::retention_page_ui(ui, state, commands),
    }
}

/// The numbers page: filters, the list, details.
fn numbers_page_ui(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
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

/// Page tabs; the journal tab carries the overdue count.
fn tabs_ui(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        if ui
            .selectable_label(state.view == View::Numbers, "Numbers")
            .clicked()
        {
            commands.push(Command::ShowView(View::Numbers));
        }
        let journal = match state.overdue {
            0 => "Journal".to_string(),
            n => format!("Journal ({n} overdue)"),
        };
        if ui
            .selectable_label(state.view == View::Journal, journal)
            .clicked()
        {
            commands.push(Command::ShowView(View::Journal));
        }
        if ui
            .selectable_label(state.view == View::Prep, "Call prep")
            .clicked()
        {
            commands.push(Command::ShowView(View::Prep));
        }
        if ui
            .selectable_label(state.view == View::Disputes, "Disputes")
            .clicked()
        {
            commands.push(Command::ShowView(View::Disputes));
        }
        if ui
            .selectable_label(state.view == View::Retention, "Retention")
            .clicked()
        {
            commands.push(Command::ShowView(View::Retention));
        }
    });
}

/// "Kept from last time, not saved yet: …" with a Dismiss button.
fn restored_forms_ui(ui: &mut Ui, note: &str, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(note).color(ui.visuals().warn_fg_color));
        if ui.button("Dismiss").clicked() {
            commands.push(Command::DismissRestored);
        }
    });
}

/// How many problems the integrity banner lists by id.
const INTEGRITY_SHOWN: usize = 5;

/// The journal loaded with problems: list them by id, with a Dismiss button.
fn journal_integrity_ui(
    ui: &mut Ui,
    problems: &[crate::journal::integrity::Problem],
    commands: &mut Vec<Command>,
) {
    let color = ui.visuals().warn_fg_color;
    for line in crate::journal::integrity::banner_lines(problems, INTEGRITY_SHOWN) {
        ui.label(RichText::new(line).color(color));
    }
    if ui.button("Dismiss journal problems").clicked() {
        commands.push(Command::Journal(
            crate::state::JournalCommand::DismissIntegrity,
        ));
    }
}

/// The journal file could not be read: say so, where, and what to do.
fn journal_problem_ui(ui: &mut Ui, problem: &str) {
    ui.label(
        RichText::new(format!(
            "Your journal is read-only: {problem} Nothing will be saved until the file is fixed or moved aside; the numbers still work. On the Journal page, Earlier versions puts back a version saved before (the unreadable file is kept as a backup)."
        ))
        .color(ui.visuals().error_fg_color),
    );
}
