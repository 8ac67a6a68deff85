//! The call-log editor: every field of an entry, warnings for card numbers as you
//! type, and Save / Cancel / Delete.

use egui::{Button, Checkbox, Id, RichText, ScrollArea, TextEdit, Ui};

use super::style;
use super::widgets::{Field, checked_field_ui, choice_ui, field_message_ui, text_field_ui};
use crate::directory::{Channel, Purpose};
use crate::journal::draft::{follow_up_label, promise_due_label, when_label};
use crate::journal::{Draft, EntryStatus, PromiseDraft};
use crate::state::Commands;
use crate::state::{AppState, Editor, JournalCommand};
use crate::t;

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
        ui.heading(if draft.is_new {
            t!("journal-editor-new")
        } else {
            t!("journal-editor-edit")
        });
        ui.label(
            RichText::new(t!("journal-editor-never-card"))
                .small()
                .weak(),
        );
        ui.add_space(style::space::ITEM);
        let when_name = when_label();
        let when_hint = t!("journal-when-hint");
        let when = Field::text(&when_name, "entry_when", &when_hint, 160.0);
        changed |= checked_field_ui(ui, when, &mut draft.when, problem(&when_name), None);
        if let Some(times) = &draft.call_times {
            // Read-only: the timer's record of the call, kept as measured.
            ui.label(t!(
                "journal-call-timed",
                start = times.started.shown(),
                end = times.ended.shown(),
                times = times.summary()
            ));
        }

        changed |= choices_ui(ui, state, &mut draft);
        changed |= text_field_ui(
            ui,
            &t!("journal-rep"),
            "entry_rep",
            &mut draft.rep,
            &t!("journal-rep-hint"),
            240.0,
        );
        changed |= text_field_ui(
            ui,
            &t!("journal-reference"),
            "entry_reference",
            &mut draft.reference,
            &t!("journal-reference-hint"),
            240.0,
        );
        let follow_up_name = follow_up_label();
        let follow_up = Field::date(&follow_up_name, "entry_follow_up", state.today());
        changed |= checked_field_ui(
            ui,
            follow_up,
            &mut draft.follow_up,
            problem(&follow_up_name),
            None,
        );

        ui.horizontal(|ui| {
            let label = ui.add_sized([110.0, 20.0], egui::Label::new(t!("journal-summary")));
            changed |= ui
                .add(
                    TextEdit::multiline(&mut draft.summary)
                        .id(Id::unique("entry_summary"))
                        .hint_text(t!("journal-summary-hint"))
                        .desired_rows(4)
                        .desired_width(ui.available_width().min(420.0)),
                )
                .labelled_by(label.id)
                .changed();
        });

        ui.add_space(style::space::ITEM);
        ui.label(RichText::new(t!("journal-promises")).strong());
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
        if ui.button(t!("journal-add-promise")).clicked() {
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

/// The entry's menus: contact, channel, what it was about, status; true when one changed.
fn choices_ui(ui: &mut Ui, state: &AppState, draft: &mut Draft) -> bool {
    let mut changed = false;
    let mut contacts: Vec<(Option<String>, String)> = state
        .directory
        .contacts
        .iter()
        .map(|c| {
            (
                Some(c.record.id.clone()),
                format!(
                    "{} ({})",
                    c.record.shown_label(),
                    c.record.countries.join(", ")
                ),
            )
        })
        .collect();
    contacts.sort_by(|a, b| a.1.cmp(&b.1));
    if let Some(choice) = choice_ui(
        ui,
        &t!("journal-contact"),
        "entry_contact",
        draft.contact.clone(),
        contacts,
        &t!("journal-contact-none"),
    ) {
        draft.contact = choice;
        changed = true;
    }
    let channels = Channel::ALL
        .iter()
        .map(|c| (Some(*c), c.label().to_string()))
        .collect();
    if let Some(Some(choice)) = choice_ui(
        ui,
        &t!("journal-channel"),
        "entry_channel",
        Some(draft.channel),
        channels,
        &t!("journal-channel-phone"),
    ) {
        draft.channel = choice;
        changed = true;
    }
    let purposes = Purpose::ALL
        .iter()
        .map(|p| (Some(*p), p.label().to_string()))
        .collect();
    if let Some(choice) = choice_ui(
        ui,
        &t!("journal-about"),
        "entry_purpose",
        draft.purpose,
        purposes,
        &t!("journal-about-not-set"),
    ) {
        draft.purpose = choice;
        changed = true;
    }
    let statuses = EntryStatus::ALL
        .iter()
        .map(|s| (Some(*s), s.label()))
        .collect();
    if let Some(Some(choice)) = choice_ui(
        ui,
        &t!("journal-status"),
        "entry_status",
        Some(draft.status),
        statuses,
        &EntryStatus::Open.label(),
    ) {
        draft.status = choice;
        changed = true;
    }
    changed
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
        let save = ui.add_enabled(
            writable && problems.is_empty(),
            Button::new(t!("journal-save-entry")),
        );
        if save.clicked() {
            commands.push(JournalCommand::SaveDraft);
        }
        if state.entry_unsaved() {
            ui.label(
                RichText::new(t!("journal-unsaved-changes")).color(ui.visuals().warn_fg_color),
            );
        }
        if let Some(note) = crate::state::waiting_note(state.journal.waiting.len()) {
            ui.label(RichText::new(note).color(ui.visuals().warn_fg_color));
        }
        if !problems.is_empty() {
            let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
            let reason = t!(
                "journal-fix-to-save",
                fields = fields.join(&t!("journal-list-separator"))
            );
            ui.label(RichText::new(reason).color(ui.visuals().error_fg_color));
        }
        if ui.button(t!("journal-cancel")).clicked() {
            commands.push(JournalCommand::CancelDraft);
        }
        if !draft.is_new
            && ui
                .add_enabled(writable, Button::new(t!("journal-delete-entry")))
                .clicked()
        {
            commands.push(JournalCommand::Delete(draft.id));
        }
        let dispute = Button::new(t!("journal-open-dispute"));
        if !draft.is_new
            && ui
                .add_enabled(writable, dispute)
                .on_hover_text(t!("journal-open-dispute-hover"))
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
        super::widgets::message_ui(ui, &t!("journal-not-saved", error = error), |text| {
            text.color(color)
        });
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
        let label = ui.label(t!("journal-promise", n = n));
        changed |= ui
            .add(
                TextEdit::singleline(&mut promise.text)
                    .id(Id::unique(("promise_text", i)))
                    .hint_text(t!("journal-promise-hint"))
                    .desired_width(260.0),
            )
            .labelled_by(label.id)
            .changed();
        let due = ui.label(promise_due_label(i));
        changed |= ui
            .add(
                TextEdit::singleline(&mut promise.due)
                    .id(Id::unique(("promise_due", i)))
                    .hint_text(t!("journal-date-hint"))
                    .desired_width(90.0),
            )
            .labelled_by(due.id)
            .changed();
        changed |= ui
            .add(Checkbox::new(
                &mut promise.done,
                t!("journal-promise-kept", n = n),
            ))
            .changed();
        if ui.button(t!("journal-remove-promise", n = n)).clicked() {
            *remove = Some(i);
        }
    });
    changed
}
