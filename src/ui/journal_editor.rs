//! The call-log editor: every field of an entry, warnings for card numbers as you
//! type, and Save / Cancel / Delete.

use egui::{Button, Checkbox, Id, RichText, ScrollArea, TextEdit, Ui};

use super::style;
use super::widgets::{Field, checked_field_ui, choice_ui, field_message_ui, text_field_ui};
use crate::directory::{Channel, Purpose};
use crate::journal::draft::{FOLLOW_UP, promise_due_label};
use crate::journal::{EntryStatus, PromiseDraft};
use crate::state::Commands;
use crate::state::{AppState, Editor, JournalCommand};

/// The editor for one entry.
pub(crate) fn editor_ui(ui: &mut Ui, state: &AppState, editor: &Editor, commands: &mut Commands) {
    let mut draft = editor.draft.clone();
    let mut changed = false;
    let problems = draft.problems(&state.local_tz, state.now);
    let problem = |label: &str| problems.iter().find(|p| p.field == label);
    // Save, the unsaved marker and why Save waits stay in view however long the entry.
    egui::Panel::bottom(Id::unique(("entry_actions", draft.id))).show(ui, |ui| {
        entry_actions_ui(ui, state, editor, &problems, commands)
    });
    ScrollArea::vertical().id_salt("editor").show(ui, |ui| {
        ui.heading(if draft.is_new { "New call-log entry" } else { "Edit call-log entry" });
        ui.label(
            RichText::new("Never type a full card number or security code: anything that looks like one is masked before saving.")
                .small()
                .weak(),
        );
        ui.add_space(style::space::ITEM);
        let when = Field::text("When", "entry_when", "YYYY-MM-DD HH:MM", 160.0);
        changed |= checked_field_ui(ui, when, &mut draft.when, problem("When"), None);
        if let Some(times) = &draft.call_times {
            // Read-only: the timer's record of the call, kept as measured.
            ui.label(format!(
                "Call timed {} to {}: {}",
                times.started.short(),
                times.ended.short(),
                times.summary()
            ));
        }

        let mut contacts: Vec<(Option<String>, String)> = state
            .directory
            .contacts
            .iter()
            .map(|c| {
                (
                    Some(c.record.id.clone()),
                    format!("{} ({})", c.record.label, c.record.countries.join(", ")),
                )
            })
            .collect();
        contacts.sort_by(|a, b| a.1.cmp(&b.1));
        if let Some(choice) = choice_ui(ui, "Contact", "entry_contact", draft.contact.clone(), contacts, "None") {
            draft.contact = choice;
            changed = true;
        }
        let channels = Channel::ALL.iter().map(|c| (Some(*c), c.label().to_string())).collect();
        if let Some(Some(choice)) = choice_ui(ui, "Channel", "entry_channel", Some(draft.channel), channels, "Phone") {
            draft.channel = choice;
            changed = true;
        }
        let purposes = Purpose::ALL.iter().map(|p| (Some(*p), p.label().to_string())).collect();
        if let Some(choice) = choice_ui(ui, "About", "entry_purpose", draft.purpose, purposes, "Not set") {
            draft.purpose = choice;
            changed = true;
        }
        let statuses = EntryStatus::ALL.iter().map(|s| (Some(*s), s.label().to_string())).collect();
        if let Some(Some(choice)) = choice_ui(ui, "Status", "entry_status", Some(draft.status), statuses, "Open") {
            draft.status = choice;
            changed = true;
        }
        changed |= text_field_ui(ui, "Rep name or ID", "entry_rep", &mut draft.rep, "who you spoke to", 240.0);
        changed |= text_field_ui(ui, "Reference", "entry_reference", &mut draft.reference, "case or reference number", 240.0);
        let follow_up = Field::date(FOLLOW_UP, "entry_follow_up", state.today());
        changed |= checked_field_ui(ui, follow_up, &mut draft.follow_up, problem(FOLLOW_UP), None);

        ui.horizontal(|ui| {
            let label = ui.add_sized([110.0, 20.0], egui::Label::new("Summary"));
            changed |= ui
                .add(
                    TextEdit::multiline(&mut draft.summary)
                        .id(Id::unique("entry_summary"))
                        .hint_text("what was said and agreed")
                        .desired_rows(4)
                        .desired_width(ui.available_width().min(420.0)),
                )
                .labelled_by(label.id)
                .changed();
        });

        ui.add_space(style::space::ITEM);
        ui.label(RichText::new("Promises").strong());
        let mut remove = None;
        for (i, promise) in draft.promises.iter_mut().enumerate() {
            changed |= promise_ui(ui, i, promise, &mut remove);
            if let Some(p) = problem(&promise_due_label(i)) {
                field_message_ui(ui, &p.to_string());
            }
        }
        if let Some(i) = remove {
            draft.promises.remove(i);
            changed = true;
        }
        if ui.button("Add promise").clicked() {
            draft.promises.push(PromiseDraft::default());
            changed = true;
        }

        ui.add_space(style::space::ITEM);
        for warning in draft.warnings() {
            ui.label(RichText::new(warning).color(ui.visuals().warn_fg_color));
        }
    });
    if changed {
        commands.push(JournalCommand::UpdateDraft(Box::new(draft)));
    }
}

/// The bar under the entry: Save (disabled with the reason while a field is wrong),
/// whether the entry is saved, Cancel, Delete and Open a dispute.
fn entry_actions_ui(
    ui: &mut Ui,
    state: &AppState,
    editor: &Editor,
    problems: &[crate::fields::FieldError],
    commands: &mut Commands,
) {
    let draft = &editor.draft;
    let writable = state.journal.writable();
    ui.add_space(style::space::SMALL);
    ui.horizontal_wrapped(|ui| {
        let save = ui.add_enabled(writable && problems.is_empty(), Button::new("Save entry"));
        if save.clicked() {
            commands.push(JournalCommand::SaveDraft);
        }
        if state.entry_unsaved() {
            ui.label(RichText::new("Unsaved changes").color(ui.visuals().warn_fg_color));
        }
        if let Some(note) = crate::state::waiting_note(state.journal.waiting.len()) {
            ui.label(RichText::new(note).color(ui.visuals().warn_fg_color));
        }
        if !problems.is_empty() {
            let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
            let reason = format!("Fix to save: {}", fields.join(", "));
            ui.label(RichText::new(reason).color(ui.visuals().error_fg_color));
        }
        if ui.button("Cancel").clicked() {
            commands.push(JournalCommand::CancelDraft);
        }
        if !draft.is_new
            && ui
                .add_enabled(writable, Button::new("Delete entry"))
                .clicked()
        {
            commands.push(JournalCommand::Delete(draft.id));
        }
        let dispute = Button::new("Open a dispute from this call");
        if !draft.is_new
            && ui
                .add_enabled(writable, dispute)
                .on_hover_text("Starts a dispute case linked to this call")
                .clicked()
        {
            commands.push(crate::state::DisputeCommand::New {
                kind: "not-received".to_string(),
                from_call: Some(draft.id),
            });
        }
    });
    if let Some(error) = &editor.error {
        let color = ui.visuals().error_fg_color;
        super::widgets::message_ui(ui, &format!("Not saved: {error}"), |t| t.color(color));
    }
    ui.add_space(style::space::SMALL);
}

/// One promise line: text, due date, kept, remove.
fn promise_ui(
    ui: &mut Ui,
    i: usize,
    promise: &mut PromiseDraft,
    remove: &mut Option<usize>,
) -> bool {
    let n = i + 1;
    let mut changed = false;
    ui.horizontal(|ui| {
        let label = ui.label(format!("Promise {n}"));
        changed |= ui
            .add(
                TextEdit::singleline(&mut promise.text)
                    .id(Id::unique(("promise_text", i)))
                    .hint_text("what they said would happen")
                    .desired_width(260.0),
            )
            .labelled_by(label.id)
            .changed();
        let due = ui.label(format!("Promise {n} due"));
        changed |= ui
            .add(
                TextEdit::singleline(&mut promise.due)
                    .id(Id::unique(("promise_due", i)))
                    .hint_text("YYYY-MM-DD")
                    .desired_width(90.0),
            )
            .labelled_by(due.id)
            .changed();
        changed |= ui
            .add(Checkbox::new(
                &mut promise.done,
                format!("Promise {n} kept"),
            ))
            .changed();
        if ui.button(format!("Remove promise {n}")).clicked() {
            *remove = Some(i);
        }
    });
    changed
}
