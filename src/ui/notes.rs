//! Notes pinned to a directory contact ("press 0 twice to reach a person"), in the
//! details panel, and the call-logging shortcut.

use egui::{Button, Id, RichText, Role, TextEdit, Ui, WidgetInfo};

use crate::directory::Contact;
use crate::journal::sensitive::scan;
use crate::state::Commands;
use crate::state::{AppState, CallLog, JournalCommand};
use crate::t;

/// "Your notes" for the selected contact, with a field to pin a new one.
pub(crate) fn contact_notes_ui(
    ui: &mut Ui,
    state: &AppState,
    contact: &Contact,
    commands: &mut Commands,
) {
    let js = &state.journal;
    let id = &contact.record.id;
    ui.label(RichText::new(t!("numbers-your-notes")).strong());
    for note in js.data.notes_for(id) {
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("• {}", note.text));
            let delete = ui.add_enabled(
                js.writable(),
                Button::new(t!("numbers-remove-note")).small(),
            );
            let label = t!("numbers-remove-note-named", note = &note.text);
            delete.widget_info(|| WidgetInfo::labeled(Role::Button, true, &label));
            if delete.clicked() {
                commands.push(JournalCommand::DeleteNote(note.id));
            }
        });
    }
    let mut text = js.note_draft.clone();
    let label = ui.label(t!("numbers-new-note"));
    let response = ui
        .add(
            TextEdit::singleline(&mut text)
                .id(Id::unique("note_draft"))
                .hint_text(t!("numbers-new-note-hint"))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    if response.changed() {
        commands.push(JournalCommand::SetNoteDraft(text.clone()));
    }
    for finding in scan(&text) {
        ui.label(RichText::new(finding.warning()).color(ui.visuals().warn_fg_color));
    }
    let enter = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    ui.horizontal_wrapped(|ui| {
        let pin = ui.add_enabled(
            js.writable() && !text.trim().is_empty(),
            Button::new(t!("numbers-pin-note")),
        );
        if pin.clicked() || (enter && !text.trim().is_empty()) {
            commands.push(JournalCommand::AddNote(id.clone()));
        }
        if ui
            .add_enabled(js.writable(), Button::new(t!("numbers-log-call")))
            .clicked()
        {
            commands.push(JournalCommand::LogCall(CallLog {
                contact: id.clone(),
                purpose: state.numbers.filters.purpose,
            }));
        }
    });
    // The journal's own message for a deleted note, in the current language.
    if js.undo.is_some()
        && js.message.as_deref() == Some(t!("journal-note-deleted").as_str())
        && ui.button(t!("numbers-undo")).clicked()
    {
        commands.push(JournalCommand::Undo);
    }
}
