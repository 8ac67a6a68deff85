//! What the numbers panel says when nothing matches.

use egui::{RichText, Ui};

use super::style;
use crate::directory::filter::general_line;
use crate::state::AppState;
use crate::state::{Commands, NumbersCommand};
use crate::t;

/// "No line matches" with the safe advice and, when a country is chosen, its general line.
pub(crate) fn empty_state_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    ui.add_space(style::space::PAGE);
    ui.vertical_centered(|ui| {
        ui.heading(t!("numbers-no-line-matches"));
        ui.add_space(style::space::GROUP);
        ui.label(RichText::new(t!("numbers-call-the-back-of-your-card")).strong());
        ui.add_space(style::space::GROUP);
        if let Some(code) = &state.numbers.filters.country {
            let name = state.directory.country_name(code);
            match general_line(&state.directory, code) {
                Some(contact) => {
                    let view = state.view_of(contact);
                    ui.label(t!(
                        "numbers-general-line",
                        country = &name,
                        number = &view.display
                    ));
                    if ui
                        .button(t!("numbers-copy-general-line", country = &name))
                        .clicked()
                    {
                        commands.push(NumbersCommand::Copy(contact.record.id.clone()));
                    }
                }
                None => {
                    ui.label(t!("numbers-no-general-line", country = &name));
                }
            }
        }
        ui.add_space(style::space::GROUP);
        if ui.button(t!("numbers-clear-filters")).clicked() {
            commands.push(NumbersCommand::ClearFilters);
        }
    });
}

/// Above the list, for a country with no official everyday line: what to do instead,
/// with lines that work from abroad, each with its own Copy button.
pub(crate) fn market_advice_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    let Some(advice) = &state.numbers.advice else {
        return;
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(&advice.why).strong());
        for (i, step) in crate::directory::advice::STEPS.iter().enumerate() {
            ui.label(format!("{}. {step}", i + 1));
        }
        ui.horizontal_wrapped(|ui| {
            for id in advice.from_abroad.iter().take(4) {
                let Some(contact) = state.directory.contact(id) else {
                    continue;
                };
                let view = state.view_of(contact);
                let country = state
                    .directory
                    .country_name(contact.home_country().unwrap_or("worldwide"));
                ui.label(t!("numbers-country-cards", country = country));
                // The number is one unit: the row wraps before it, never inside it.
                ui.add(egui::Label::new(RichText::new(&view.display).strong()).extend());
                if ui
                    .button(t!("numbers-copy-number", number = &view.display))
                    .on_hover_text(contact.record.shown_label())
                    .clicked()
                {
                    commands.push(NumbersCommand::Copy(id.clone()));
                }
            }
        });
    });
    ui.add_space(style::space::SMALL);
}
