//! The numbers panel: a virtualised list of matching contacts, each with its dial
//! string, Copy and Call buttons, status badge, hours and reachability.

use egui::{
    Align, Button, Frame, Label, Layout, RichText, Role, ScrollArea, Sense, TextStyle, Ui,
    WidgetInfo,
};

use super::badge::status_badge_ui;
use super::empty_state::{empty_state_ui, market_advice_ui};
use crate::directory::hours;
use crate::directory::phone::Reach;
use crate::directory::{Contact, Kind};
use crate::state::{AppState, Command};

/// Height of one result row, including spacing (fixed, so the list can be virtualised).
pub const ROW_HEIGHT: f32 = 104.0;

/// The central panel.
pub fn numbers_ui(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let count = state.results.hits.len();
    ui.horizontal(|ui| {
        let noun = if count == 1 { "line" } else { "lines" };
        ui.label(RichText::new(format!("{count} {noun}")).strong());
        ui.label(
            RichText::new(format!(
                "shown as dialled from {}",
                state.directory.country_name(&state.calling_from)
            ))
            .weak(),
        );
    });
    ui.separator();
    market_advice_ui(ui, state, commands);
    if count == 0 {
        empty_state_ui(ui, state, commands);
        return;
    }
    let spacing = ui.spacing().item_spacing.y;
    let row_inner = ROW_HEIGHT - spacing;
    let salt = egui::IdSalt::new("numbers");
    let mut area = ScrollArea::vertical()
        .auto_shrink([false, false])
        .id_salt(salt);
    if state.scroll_to_selected
        && let Some(selected) = state.selected
    {
        let view = ui.available_height();
        let offset = egui::scroll_area::State::load(ui.ctx(), ui.make_persistent_id(salt))
            .map(|s| s.clamped_offset().y)
            .unwrap_or(0.0);
        let top = selected as f32 * ROW_HEIGHT;
        if top < offset {
            area = area.vertical_scroll_offset(top);
        } else if top + ROW_HEIGHT > offset + view {
            area = area.vertical_scroll_offset(top + ROW_HEIGHT - view);
        }
        // Once: afterwards the user may scroll away from the selection.
        commands.push(Command::SelectionShown);
    }
    area.show_rows(ui, row_inner, count, |ui, range| {
        for position in range {
            if let Some(contact) = state.hit(position) {
                row_ui(ui, state, contact, position, row_inner, commands);
            }
        }
    });
}

/// One result.
fn row_ui(
    ui: &mut Ui,
    state: &AppState,
    contact: &Contact,
    position: usize,
    height: f32,
    commands: &mut Vec<Command>,
) {
    let selected = state.selected == Some(position);
    let record = &contact.record;
    let view = state.view_of(contact);
    let width = ui.available_width();
    let fill = if selected {
        ui.visuals().selection.bg_fill.gamma_multiply(0.35)
    } else {
        ui.visuals().faint_bg_color
    };
    Frame::new()
        .fill(fill)
        .inner_margin(6.0)
        .corner_radius(4.0)
        .show(ui, |ui| {
            ui.set_width(width - 12.0);
            ui.set_height(height - 12.0);
            ui.spacing_mut().item_spacing.y = 3.0;
            ui.horizontal(|ui| {
                status_badge_ui(ui, &state.directory, contact);
                let title = ui.add(
                    Label::new(RichText::new(&record.label).strong())
                        .truncate()
                        .sense(Sense::click()),
                );
                if title.clicked() {
                    commands.push(Command::Select(position));
                }
            });
            ui.horizontal(|ui| {
                let number_text = if record.kind.is_phone() {
                    RichText::new(&view.display)
                        .text_style(TextStyle::Monospace)
                        .size(20.0)
                } else {
                    RichText::new(&view.display).size(15.0)
                };
                let number = ui
                    .add(Button::new(number_text).frame(false).truncate())
                    .on_hover_text("Click to copy");
                if number.clicked() {
                    commands.push(Command::Select(position));
                    commands.push(Command::Copy(record.id.clone()));
                }
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    if view.tel.is_some() {
                        let call = ui.button("Call");
                        let label = format!("Call {}", view.display);
                        call.widget_info(|| WidgetInfo::labeled(Role::Button, true, &label));
                        if call
                            .on_hover_text("Dial with your phone app (tel: link)")
                            .clicked()
                        {
                            commands.push(Command::Select(position));
                            commands.push(Command::Call(record.id.clone()));
                        }
                    }
                    let copy = ui.button("Copy");
                    let label = format!("Copy {}", view.display);
                    copy.widget_info(|| WidgetInfo::labeled(Role::Button, true, &label));
                    if copy.on_hover_text("Copy to the clipboard").clicked() {
                        commands.push(Command::Select(position));
                        commands.push(Command::Copy(record.id.clone()));
                    }
                });
            });
            ui.horizontal(|ui| {
                if let Some(note) = state.journal.data.notes_for(&record.id).last() {
                    ui.label(
                        RichText::new(format!("Your note: {}", note.text))
                            .small()
                            .strong()
                            .color(ui.visuals().hyperlink_color),
                    );
                }
                ui.add(Label::new(RichText::new(facts_line(state, contact)).small()).truncate());
            });
            if let Some(warning) = &view.warning {
                let mut text = warning.clone();
                if let Some((_, alt)) = &view.alternative {
                    text.push_str(&format!(" Use {alt} instead."));
                }
                let color = if view.reach == Reach::Direct && record.kind == Kind::Collect {
                    ui.visuals().weak_text_color()
                } else {
                    ui.visuals().warn_fg_color
                };
                ui.add(Label::new(RichText::new(text).small().color(color)).truncate());
            }
        });
}

/// "Toll-free · Open now · until … · English, Spanish · US".
fn facts_line(state: &AppState, contact: &Contact) -> String {
    let record = &contact.record;
    let mut parts = vec![record.kind.label().to_string()];
    if record.kind.is_phone() {
        let open = contact.availability.state_at(state.now);
        parts.push(hours::describe(&open, &state.local_tz));
    }
    if !record.languages.is_empty() {
        parts.push(record.languages.join(", "));
    }
    parts.push(
        record
            .countries
            .iter()
            .map(|c| state.directory.country_name(c).to_string())
            .collect::<Vec<_>>()
            .join(", "),
    );
    parts.join(" · ")
}
