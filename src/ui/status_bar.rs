//! The bottom bar: confirmations ("Copied …") and where numbers are dialled from.

use egui::{RichText, Ui};

use crate::state::{AppState, Command, JournalCommand};

/// The status bar.
pub fn status_bar_ui(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        if let Some(id) = &state.last_contact
            && ui
                .add_enabled(state.journal.writable(), egui::Button::new("Log this call"))
                .on_hover_text("Open a call-log entry for this line, dated now")
                .clicked()
        {
            commands.push(Command::Journal(JournalCommand::LogCall(id.clone())));
        }
        match state.active_toast() {
            Some(toast) => {
                ui.label(RichText::new(toast.text.as_str()).strong());
            }
            None => {
                ui.label(RichText::new(super::keyboard::page_hint(state.view)).weak());
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(
                RichText::new("Amex never calls to ask for your PIN or a one-time code.").weak(),
            );
        });
    });
}
