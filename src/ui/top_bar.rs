//! The top bar: search, calling-from country, theme; and the data warning banner.

use egui::{ComboBox, Id, RichText, TextEdit, Ui};

use super::badge::status_color;
use super::keyboard::SEARCH_ID;
use crate::directory::Status;
use crate::directory::verify::Verdict;
use crate::state::{AppState, Command};

/// Title, search box, calling-from picker and theme button.
pub fn top_bar_ui(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.heading("Amex Desk");
        ui.label(RichText::new("unofficial · offline").small().weak());
        ui.separator();
        let label = ui.label("Search");
        let mut text = state.search.clone();
        let response = ui
            .add(
                TextEdit::singleline(&mut text)
                    .id(Id::unique(SEARCH_ID))
                    .hint_text("number, country, problem… (Ctrl+F or /)")
                    .desired_width(280.0),
            )
            .labelled_by(label.id);
        if response.changed() {
            commands.push(Command::SetSearch(text));
        }
        ui.separator();
        verify_box_ui(ui, state, commands);
        ui.separator();
        calling_from_ui(ui, state, commands);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button(state.theme.label())
                .on_hover_text("Switch between system, light and dark")
                .clicked()
            {
                commands.push(Command::SetTheme(state.theme.next()));
            }
        });
    });
}

/// The verify box: paste a number, link or email address from a text or an email.
fn verify_box_ui(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let label = ui
        .label("Verify")
        .on_hover_text("Is this number, link or email address really American Express?");
    let mut text = state.verify_input.clone();
    let response = ui
        .add(
            TextEdit::singleline(&mut text)
                .id(Id::unique("verify_box"))
                .hint_text("paste a number, link or email")
                .desired_width(190.0),
        )
        .labelled_by(label.id);
    if response.changed() {
        commands.push(Command::SetVerifyInput(text));
    }
}

/// The verify box's answer, under the top bar.
pub fn verification_ui(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let Some(v) = &state.verification else {
        return;
    };
    let (word, color) = match v.verdict {
        Verdict::Amex => ("AMERICAN EXPRESS", status_color(Status::Official)),
        Verdict::NotAmex => ("NOT AMERICAN EXPRESS", status_color(Status::Misattributed)),
        Verdict::Unknown => ("UNKNOWN", status_color(Status::Conflicting)),
        Verdict::Invalid => ("NOT VALID", status_color(Status::Outdated)),
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(format!(" {word} "))
                .strong()
                .color(egui::Color32::WHITE)
                .background_color(color),
        );
        ui.label(RichText::new(&v.finding).strong());
        ui.label(&v.advice);
        if ui.button("Clear").clicked() {
            commands.push(Command::ClearVerify);
        }
    });
}

/// The "Calling from" country picker: every number is shown as dialled from there.
fn calling_from_ui(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let label = ui
        .label("Calling from")
        .on_hover_text("Numbers are shown and copied as you would dial them from this country");
    let dir = &state.directory;
    let current = format!(
        "{} ({})",
        dir.country_name(&state.calling_from),
        state.calling_from
    );
    let mut countries: Vec<_> = dir.countries.iter().collect();
    countries.sort_by(|a, b| a.name.cmp(&b.name));
    ComboBox::from_id_salt("calling_from")
        .selected_text(current)
        .height(400.0)
        .show_ui(ui, |ui| {
            for country in countries {
                let selected = country.code == state.calling_from;
                let text = format!("{} ({})", country.name, country.code);
                if ui.selectable_label(selected, text).clicked() && !selected {
                    commands.push(Command::SetCallingFrom(country.code.clone()));
                }
            }
        })
        .response
        .labelled_by(label.id);
}

/// A banner for data problems (e.g. a rejected --directory file).
pub fn warning_ui(ui: &mut Ui, warning: &str, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(warning).color(ui.visuals().warn_fg_color));
        if ui.button("Dismiss").clicked() {
            commands.push(Command::DismissWarning);
        }
    });
}
