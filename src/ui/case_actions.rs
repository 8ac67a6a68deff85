//! The dispute case's action bar, pinned under the form: whether the case is saved,
//! Save (disabled with the reason while a field is wrong), printing, and Delete with
//! Undo.

use egui::{Button, RichText, Ui};

use super::style;
use super::widgets::message_ui;
use crate::print::Paper;
use crate::state::Commands;
use crate::state::{AppState, CaseDraft, DisputeCommand, JournalCommand, Undo};
use crate::t;

/// The bar under the case form.
pub(crate) fn case_actions_ui(
    ui: &mut Ui,
    state: &AppState,
    draft: &CaseDraft,
    commands: &mut Commands,
) {
    ui.add_space(style::space::SMALL);
    let problems = &state.frame.case_problems;
    let saved = state.journal.data.case(draft.case.id).is_some();
    ui.horizontal_wrapped(|ui| {
        let writable = state.journal.writable();
        let save = ui.add_enabled(
            writable && problems.is_empty(),
            Button::new(t!("disputes-save-case")),
        );
        if save.clicked() {
            commands.push(DisputeCommand::Save);
        }
        if draft.dirty {
            ui.label(
                RichText::new(t!("disputes-unsaved-changes")).color(ui.visuals().warn_fg_color),
            );
        } else if saved {
            ui.label(RichText::new(t!("disputes-saved")).weak());
        }
        if !problems.is_empty() {
            let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
            let reason = t!(
                "disputes-fix-fields",
                count = problems.len(),
                fields = fields.join(", ")
            );
            ui.label(RichText::new(reason).color(ui.visuals().error_fg_color));
        }
        ui.separator();
        if ui.button(t!("disputes-close-case")).clicked() {
            commands.push(DisputeCommand::Close);
        }
        if ui.button(t!("disputes-print-packet-a4")).clicked() {
            commands.push(DisputeCommand::PrintPacket(Paper::A4));
        }
        if ui.button(t!("disputes-print-packet-letter")).clicked() {
            commands.push(DisputeCommand::PrintPacket(Paper::Letter));
        }
        for letter in crate::disputes::letters::letters_for(&draft.case, state.catalogs.disputes) {
            if ui
                .button(t!("disputes-print-letter", letter = letter.name()))
                .clicked()
            {
                let paper = if letter.us_paper() {
                    Paper::Letter
                } else {
                    Paper::A4
                };
                commands.push(DisputeCommand::PrintLetter(letter, paper));
            }
        }
        if let Some(body) = crate::after::external_body(&state.catalogs, &draft.case.country)
            .map(crate::guidance::Body::localized)
            && ui
                .button(t!("disputes-print-referral", body = short_name(&body.name)))
                .on_hover_text(t!(
                    "disputes-referral-hover",
                    body = &body.name,
                    timeline = &body.timeline
                ))
                .clicked()
        {
            commands.push(DisputeCommand::PrintReferral(Paper::A4));
        }
        if ui.button(t!("disputes-copy-markdown")).clicked() {
            commands.push(DisputeCommand::CopyMarkdown);
        }
        super::widgets::saved_file_ui(ui, state, commands);
        if ui
            .add_enabled(writable && saved, Button::new(t!("disputes-delete-case")))
            .clicked()
        {
            commands.push(DisputeCommand::Delete);
        }
    });
    if let Some(error) = &draft.error {
        let color = ui.visuals().error_fg_color;
        message_ui(ui, &t!("disputes-not-saved", error = error), |t| {
            t.color(color)
        });
    }
    if let Some(message) = &state.disputes.message {
        message_ui(ui, message, |t| t.strong());
    }
    ui.add_space(style::space::SMALL);
}

/// "Case deleted." with its Undo button, for the page when no case is open.
pub(crate) fn undo_case_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    if let Some(Undo::Case(case)) = &state.journal.undo {
        ui.horizontal_wrapped(|ui| {
            ui.label(if case.merchant.is_empty() {
                t!("disputes-deleted-case")
            } else {
                t!("disputes-deleted-named", merchant = &case.merchant)
            });
            if ui.button(t!("disputes-undo-delete")).clicked() {
                commands.push(JournalCommand::Undo);
            }
        });
    }
}

/// "FOS", "Banco de España", "FIDReC": the body's name without what follows a colon, or
/// its short form in brackets.
fn short_name(name: &str) -> &str {
    if let Some(open) = name.rfind('(')
        && let Some(short) = name[open + 1..].strip_suffix(')')
        && short.len() <= 12
    {
        return short;
    }
    name.split(':').next().unwrap_or(name).trim()
}
