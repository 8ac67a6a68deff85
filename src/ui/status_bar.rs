//! The bottom bar: confirmations ("Copied …") and where numbers are dialled from.

use egui::{RichText, Ui};

use crate::state::Commands;
use crate::state::{AppState, CallLog, JournalCommand};

/// The status bar.
pub fn status_bar_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    // Wraps into rows in a narrow window; the toast (a failure can be a sentence)
    // wraps rather than pushing the notice off screen.
    ui.horizontal_wrapped(|ui| {
        if let Some(id) = &state.numbers.last_contact
            && ui
                .add_enabled(state.journal.writable(), egui::Button::new("Log this call"))
                .on_hover_text("Open a call-log entry for this line, dated now")
                .clicked()
        {
            commands.push(JournalCommand::LogCall(CallLog {
                contact: id.clone(),
                purpose: state.numbers.filters.purpose,
            }));
        }
        match state.active_toast() {
            Some(toast) => super::widgets::message_ui(ui, &toast.text, |t| t.strong()),
            None => {
                ui.label(RichText::new(super::keyboard::page_hint(state.view)).weak());
            }
        }
        ui.add_space(16.0);
        ui.label(RichText::new("Amex never calls to ask for your PIN or a one-time code.").weak());
    });
}
