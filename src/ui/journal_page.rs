//! The journal page: follow-ups due, the call log with search and filter, export and
//! import, and where the file lives.

use egui::{Button, CentralPanel, Frame, Label, Panel, RichText, Role, ScrollArea, Ui, WidgetInfo};

use super::journal_editor::editor_ui;
use super::style;
use super::widgets::{choice_ui, text_field_ui};
use crate::journal::{DueKind, Entry, EntryStatus, search};
use crate::state::Commands;
use crate::state::{
    AppCommand, AppState, Choice, Command, DisputeCommand, ExportFormat, JournalCommand,
};
use crate::t;

/// Height of one call-log row (fixed, so the list can be virtualised).
const ROW_HEIGHT: f32 = 84.0;

/// The journal page.
pub(crate) fn journal_page_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    Panel::left("journal_side")
        .resizable(false)
        .exact_size(320.0)
        .show(ui, |ui| {
            ScrollArea::vertical()
                .id_salt("journal_side")
                .show(ui, |ui| {
                    follow_ups_ui(ui, state, commands);
                    ui.add_space(style::space::TOOLBAR);
                    ui.separator();
                    file_ui(ui, state, commands);
                });
        });
    CentralPanel::default().show(ui, |ui| match &state.journal.editor {
        Some(editor) => editor_ui(ui, state, editor, commands),
        None => log_ui(ui, state, commands),
    });
}

/// A contact id as people read it.
pub(crate) fn contact_label(state: &AppState, id: &str) -> String {
    state
        .directory
        .contact(id)
        .map(|c| c.record.label.clone())
        .unwrap_or_else(|| id.to_string())
}

/// "Follow-ups due": overdue first, then upcoming.
fn follow_ups_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    ui.add_space(style::space::ITEM);
    ui.heading(t!("journal-follow-ups-due"));
    let items = &state.frame.due;
    if items.is_empty() {
        ui.label(RichText::new(t!("journal-follow-ups-empty")).weak());
        return;
    }
    for item in items.iter().take(50) {
        let color = if item.overdue() {
            ui.visuals().error_fg_color
        } else if item.days <= 3 {
            ui.visuals().warn_fg_color
        } else {
            ui.visuals().text_color()
        };
        Frame::new()
            .fill(ui.visuals().faint_bg_color)
            .inner_margin(4.0)
            .corner_radius(style::CORNER_RADIUS)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(
                    RichText::new(format!(
                        "{} · {}",
                        crate::format::date(item.date),
                        item.when_text()
                    ))
                    .color(color)
                    .strong(),
                );
                ui.add(Label::new(&item.text).wrap());
                ui.horizontal(|ui| {
                    let open = ui.button(t!("journal-open"));
                    let label = t!("journal-open-item", item = &item.text);
                    open.widget_info(|| WidgetInfo::labeled(Role::Button, true, &label));
                    if open.clicked() {
                        commands.push(match item.kind {
                            DueKind::Dispute => Command::from(DisputeCommand::Open(item.entry)),
                            _ => JournalCommand::Edit(item.entry).into(),
                        });
                    }
                    let done = match item.kind {
                        DueKind::Promise(i) => Some((
                            t!("journal-kept"),
                            t!("journal-mark-kept", item = &item.text),
                            JournalCommand::PromiseDone(item.entry, i),
                        )),
                        DueKind::FollowUp => Some((
                            t!("journal-resolved"),
                            t!("journal-mark-resolved", item = &item.text),
                            JournalCommand::Resolve(item.entry),
                        )),
                        DueKind::Dispute => None,
                    };
                    if let Some((text, label, command)) = done {
                        let button = ui.add_enabled(state.journal.writable(), Button::new(text));
                        button.widget_info(|| WidgetInfo::labeled(Role::Button, true, &label));
                        if button.clicked() {
                            commands.push(command);
                        }
                    }
                });
            });
        ui.add_space(style::space::TIGHT);
    }
}

/// Where the file is, export and import.
fn file_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    let js = &state.journal;
    ui.label(RichText::new(t!("journal-saved-in")).strong());
    ui.add(
        Label::new(
            RichText::new(js.path.display().to_string())
                .small()
                .monospace(),
        )
        .wrap(),
    );
    if js.writable() {
        ui.label(RichText::new(t!("journal-saved-note")).small().weak());
    }
    if let Some(e) = &js.save_error {
        ui.label(
            RichText::new(t!("journal-not-saved", error = e)).color(ui.visuals().error_fg_color),
        );
    }
    ui.add_space(style::space::GROUP);
    ui.label(RichText::new(t!("journal-export")).strong());
    // An unreadable journal has nothing to export: an empty file would look like a
    // complete record.
    let readable = js.writable();
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(readable, Button::new(t!("journal-export-markdown")))
            .clicked()
        {
            commands.push(JournalCommand::Export(ExportFormat::Markdown));
        }
        if ui
            .add_enabled(readable, Button::new(t!("journal-export-csv")))
            .clicked()
        {
            commands.push(JournalCommand::Export(ExportFormat::Csv));
        }
        if ui
            .add_enabled(readable, Button::new(t!("journal-export-calendar")))
            .on_hover_text(t!("journal-export-calendar-hover"))
            .clicked()
        {
            commands.push(JournalCommand::ExportCalendar);
        }
    });
    if state.last_export.is_some() {
        ui.horizontal_wrapped(|ui| super::widgets::saved_file_ui(ui, state, commands));
    }
    ui.add_space(style::space::GROUP);
    ui.label(RichText::new(t!("journal-import-heading")).strong());
    let mut path = js.import_path.clone();
    if text_field_ui(
        ui,
        &t!("journal-import-file"),
        "import_path",
        &mut path,
        "/path/to/journal.ron",
        170.0,
    ) {
        commands.push(JournalCommand::SetImportPath(path));
    }
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(js.writable(), Button::new(t!("journal-choose-file")))
            .on_hover_text(t!("journal-choose-file-hover"))
            .clicked()
        {
            commands.push(AppCommand::ChooseFile(Choice::JournalImport));
        }
        let import = ui.add_enabled(
            js.writable() && !js.import_path.trim().is_empty(),
            Button::new(t!("journal-import-merge")),
        );
        if import
            .on_hover_text(t!("journal-import-merge-hover"))
            .clicked()
        {
            commands.push(JournalCommand::Import);
        }
    });
    ui.add_space(style::space::GROUP);
    backups_ui(ui, state, commands);
}

/// "Earlier versions": the last saves kept as backups, each with Restore.
fn backups_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    ui.label(RichText::new(t!("journal-earlier-versions")).strong());
    let Some(list) = &state.journal.backups else {
        if ui.button(t!("journal-show-earlier-versions")).clicked() {
            commands.push(JournalCommand::ShowBackups);
        }
        return;
    };
    if list.is_empty() {
        ui.label(t!("journal-no-earlier-versions"));
    }
    for backup in list {
        let at = backup.at.to_zoned(state.local_tz.clone());
        let local = format!(
            "{} {}",
            crate::format::date(at.date()),
            at.strftime("%H:%M:%S")
        );
        ui.horizontal_wrapped(|ui| {
            let kb = i64::try_from(backup.bytes.div_ceil(1024)).unwrap_or(i64::MAX);
            ui.label(t!("journal-backup", when = &local, kb = kb));
            let restore = ui.button(t!("journal-restore"));
            restore.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    true,
                    t!("journal-restore-version", when = &local),
                )
            });
            if restore.on_hover_text(t!("journal-restore-hover")).clicked() {
                commands.push(JournalCommand::RestoreBackup(backup.name.clone()));
            }
        });
    }
    if ui.button(t!("journal-hide-earlier-versions")).clicked() {
        commands.push(JournalCommand::HideBackups);
    }
}

/// The call log: new entry, search, status filter, undo, the list.
fn log_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    let js = &state.journal;
    ui.horizontal(|ui| {
        ui.heading(t!("journal-call-log"));
        let new = ui.add_enabled(js.writable(), Button::new(t!("journal-new-entry")));
        if new.on_hover_text(t!("journal-new-entry-hover")).clicked() {
            commands.push(JournalCommand::New);
        }
    });
    // The Status menu goes under the search: beside it, it left an 800 px window.
    ui.vertical(|ui| {
        let mut text = js.query.text.clone();
        if text_field_ui(
            ui,
            &t!("journal-search"),
            "log_search",
            &mut text,
            &t!("journal-search-hint"),
            220.0,
        ) {
            commands.push(JournalCommand::SetQuery(text));
        }
        let statuses = EntryStatus::ALL
            .iter()
            .map(|s| (Some(*s), s.label()))
            .collect();
        if let Some(choice) = choice_ui(
            ui,
            &t!("journal-status"),
            "log_status",
            js.query.status,
            statuses,
            &t!("journal-status-any"),
        ) {
            commands.push(JournalCommand::SetStatusFilter(choice));
        }
    });
    if let Some(message) = &js.message {
        ui.horizontal_wrapped(|ui| {
            super::widgets::message_ui(ui, message, |t| t.strong());
            if js.undo.is_some() && ui.button(t!("journal-undo")).clicked() {
                commands.push(JournalCommand::Undo);
            }
        });
    }
    ui.separator();
    let hits = search(&js.data, &js.query, |id| contact_label(state, id));
    if hits.is_empty() {
        ui.add_space(style::space::SECTION);
        ui.label(if !js.writable() {
            t!("journal-log-unreadable")
        } else if js.data.entries.is_empty() {
            t!("journal-log-empty")
        } else {
            t!("journal-log-no-match")
        });
        return;
    }
    let spacing = ui.spacing().item_spacing.y;
    ScrollArea::vertical()
        .id_salt("call_log")
        .auto_shrink([false, false])
        .show_rows(ui, ROW_HEIGHT - spacing, hits.len(), |ui, range| {
            for entry in &hits[range] {
                entry_row_ui(ui, state, entry, ROW_HEIGHT - spacing, commands);
            }
        });
}

/// A one-line title for an entry: "2026-11-18 10:00 · Customer Service" (the day in
/// the current language's way).
pub(crate) fn entry_title(state: &AppState, entry: &Entry) -> String {
    let contact = entry
        .contact
        .as_deref()
        .map(|c| contact_label(state, c))
        .unwrap_or_else(|| entry.channel.label().to_string());
    format!("{} · {contact}", entry.when.shown())
}

fn entry_row_ui(
    ui: &mut Ui,
    state: &AppState,
    entry: &Entry,
    height: f32,
    commands: &mut Commands,
) {
    let title = entry_title(state, entry);
    let width = ui.available_width();
    Frame::new()
        .fill(ui.visuals().faint_bg_color)
        .inner_margin(6.0)
        .corner_radius(style::CORNER_RADIUS)
        .show(ui, |ui| {
            ui.set_width(width - 12.0);
            ui.set_height(height - 12.0);
            ui.spacing_mut().item_spacing.y = 2.0;
            // The buttons are laid out first, from the right, so the title truncates
            // into what is left instead of pushing them out of the window.
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let delete =
                    ui.add_enabled(state.journal.writable(), Button::new(t!("journal-delete")));
                let label = t!("journal-delete-entry-named", title = &title);
                delete.widget_info(|| WidgetInfo::labeled(Role::Button, true, &label));
                if delete.clicked() {
                    commands.push(JournalCommand::Delete(entry.id));
                }
                let edit = ui.button(t!("journal-edit"));
                let label = t!("journal-edit-entry-named", title = &title);
                edit.widget_info(|| WidgetInfo::labeled(Role::Button, true, &label));
                if edit.clicked() {
                    commands.push(JournalCommand::Edit(entry.id));
                }
                ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                    ui.add(Label::new(RichText::new(&title).strong()).truncate());
                    ui.label(RichText::new(entry.status.label()).small().weak());
                });
            });
            let mut facts = Vec::new();
            if !entry.rep.is_empty() {
                facts.push(t!("journal-row-rep", rep = &entry.rep));
            }
            if let Some(p) = entry.purpose {
                facts.push(p.label().to_string());
            }
            if let Some(d) = entry.follow_up {
                facts.push(t!("journal-row-follow-up", date = crate::format::date(d)));
            }
            let open = entry.promises.iter().filter(|p| !p.done).count();
            if !entry.promises.is_empty() {
                facts.push(t!(
                    "journal-row-promises",
                    count = entry.promises.len(),
                    open = open
                ));
            }
            ui.horizontal(|ui| {
                // The reference is what a rep asks for: full size, monospace, selectable.
                if !entry.reference.is_empty() {
                    ui.label(t!("journal-row-ref"));
                    ui.add(
                        Label::new(RichText::new(&entry.reference).monospace().strong())
                            .selectable(true),
                    );
                }
                ui.add(Label::new(RichText::new(facts.join(" · ")).small()).truncate());
            });
            let summary = entry.summary.lines().next().unwrap_or("");
            ui.add(Label::new(RichText::new(summary).weak()).truncate());
        });
}
