//! The bottom bar: the running call's timer, confirmations ("Copied …") and where
//! numbers are dialled from.

use egui::{RichText, Ui};

use super::style;
use crate::journal::Phase;
use crate::journal::call_time::clock;
use crate::state::Commands;
use crate::state::{AppCommand, AppState, CallLog, JournalCommand, View};
use crate::t;

/// The status bar.
pub(crate) fn status_bar_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    // Wraps into rows in a narrow window; the toast (a failure can be a sentence)
    // wraps rather than pushing the notice off screen.
    ui.horizontal_wrapped(|ui| {
        call_timer_ui(ui, state, commands);
        if let Some(id) = &state.numbers.last_contact
            && ui
                .add_enabled(
                    state.journal.writable(),
                    egui::Button::new(t!("shell-log-this-call")),
                )
                .on_hover_text(t!("shell-log-this-call-hover"))
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
        ui.add_space(style::space::SECTION_WIDE);
        ui.label(RichText::new(t!("shell-never-asks-pin")).weak());
    });
}

/// While a call is timed: "On call with <line> 12:34 (hold 08:10)", the On hold and
/// Talking toggles, and End call (which opens the call's entry with its times).
fn call_timer_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    let Some(timer) = &state.journal.timer else {
        return;
    };
    let line = state
        .directory
        .contact(&timer.contact)
        .map(|c| c.record.shown_label())
        .unwrap_or(&timer.contact);
    let (hold, _) = timer.split(state.now);
    ui.label(
        RichText::new(t!(
            "shell-on-call",
            line = line,
            elapsed = clock(timer.elapsed(state.now)),
            hold = clock(hold)
        ))
        .strong()
        .monospace(),
    );
    for phase in [Phase::OnHold, Phase::Talking] {
        if ui
            .selectable_label(timer.phase == phase, phase.label())
            .on_hover_text(t!("shell-call-phase-hover"))
            .clicked()
        {
            commands.push(JournalCommand::SetCallPhase(phase));
        }
    }
    if ui
        .button(t!("shell-end-call"))
        .on_hover_text(t!("shell-end-call-hover"))
        .clicked()
    {
        commands.push(JournalCommand::EndCall);
        // Call prep shows the entry beside the sheet; elsewhere the Journal does.
        if state.view != View::Prep {
            commands.push(AppCommand::ShowView(View::Journal));
        }
    }
    ui.add_space(style::space::SECTION);
}
