//! One row of the numbers list: title, the number with its Copy and Call buttons (under
//! the number when they do not fit beside it: the number is never cut), the facts line,
//! and any warning in full.

use egui::{
    Align, Button, Frame, Label, Layout, Response, RichText, Role, Sense, TextStyle, TextWrapMode,
    Ui, WidgetInfo,
};

use super::badge::status_badge_ui;
use super::style;
use crate::directory::hours;
use crate::directory::phone::Reach;
use crate::directory::view::NumberView;
use crate::directory::{Contact, Kind};
use crate::state::AppState;
use crate::state::{Commands, NumbersCommand};
use crate::t;

/// One result, as tall as it needs to be.
pub(crate) fn row_ui(
    ui: &mut Ui,
    state: &AppState,
    contact: &Contact,
    position: usize,
    commands: &mut Commands,
) {
    let selected = state.numbers.selected == Some(position);
    let record = &contact.record;
    let computed;
    let view = match state.view_at(position) {
        Some(view) => view,
        None => {
            computed = state.view_of(contact);
            &computed
        }
    };
    let width = ui.available_width();
    let fill = if selected {
        ui.visuals().selection.bg_fill.gamma_multiply(0.35)
    } else {
        ui.visuals().faint_bg_color
    };
    let frame = Frame::new()
        .fill(fill)
        .inner_margin(6.0)
        .corner_radius(style::CORNER_RADIUS)
        .show(ui, |ui| {
            ui.set_width(width - 12.0);
            ui.spacing_mut().item_spacing.y = 3.0;
            ui.horizontal(|ui| {
                status_badge_ui(ui, &state.directory, contact);
                let title = ui.add(
                    Label::new(RichText::new(record.shown_label()).strong())
                        .truncate()
                        .sense(Sense::click()),
                );
                if title.clicked() {
                    commands.push(NumbersCommand::Select(position));
                }
            });
            number_line_ui(ui, contact, view, position, commands);
            ui.horizontal(|ui| {
                if let Some(note) = state.journal.data.notes_for(&record.id).last() {
                    ui.label(
                        RichText::new(t!("numbers-your-note", note = &note.text))
                            .small()
                            .strong()
                            .color(ui.visuals().hyperlink_color),
                    );
                }
                ui.add(Label::new(RichText::new(facts_line(state, contact)).small()).truncate());
            });
            warning_ui(ui, contact, view);
        });
    let label = t!(
        "numbers-result",
        position = position + 1,
        label = record.shown_label()
    );
    frame
        .response
        .widget_info(|| WidgetInfo::labeled(Role::ListItem, true, &label));
}

/// The number, then Copy and Call beside it or, when they do not fit, under it.
fn number_line_ui(
    ui: &mut Ui,
    contact: &Contact,
    view: &NumberView,
    position: usize,
    commands: &mut Commands,
) {
    let record = &contact.record;
    let number_text = if record.kind.is_phone() {
        RichText::new(&view.display)
            .text_style(TextStyle::Monospace)
            .size(style::text::NUMBER_LARGE)
    } else {
        RichText::new(&view.display).size(style::text::SECTION_TITLE)
    };
    let number_width = super::widgets::text_width(ui, &number_text);
    let buttons_width = buttons_width(ui, view.tel.is_some());
    let room = ui.available_width();
    let beside = number_width + ui.spacing().button_padding.x * 2.0 + buttons_width <= room;
    let number_button = |ui: &mut Ui| {
        // A phone number never wraps or truncates; an address (web, email) wraps.
        let mode = if record.kind.is_phone() {
            TextWrapMode::Extend
        } else {
            TextWrapMode::Wrap
        };
        ui.add(
            Button::new(number_text.clone())
                .frame(false)
                .wrap_mode(mode),
        )
        .on_hover_text(t!("numbers-click-to-copy"))
    };
    let number = if beside {
        ui.horizontal(|ui| {
            let number = number_button(ui);
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                buttons_ui(ui, contact, view, position, commands);
            });
            number
        })
        .inner
    } else {
        let number = number_button(ui);
        ui.horizontal(|ui| buttons_ui(ui, contact, view, position, commands));
        number
    };
    if number.clicked() {
        commands.push(NumbersCommand::Select(position));
        commands.push(NumbersCommand::Copy(record.id.clone()));
    }
}

/// The room Copy and Call take beside a number (with spacing and a margin).
fn buttons_width(ui: &Ui, call: bool) -> f32 {
    let padding = ui.spacing().button_padding.x * 2.0;
    let gap = ui.spacing().item_spacing.x;
    let body = |text: &str| super::widgets::text_width(ui, &RichText::new(text)) + padding + gap;
    let copy = body(&t!("numbers-copy"));
    let call = if call { body(&t!("numbers-call")) } else { 0.0 };
    copy + call + gap + 8.0
}

/// Copy, and Call when the line can be dialled (in right-to-left order when beside).
fn buttons_ui(
    ui: &mut Ui,
    contact: &Contact,
    view: &NumberView,
    position: usize,
    commands: &mut Commands,
) {
    let record = &contact.record;
    let call = |ui: &mut Ui, commands: &mut Commands| {
        if view.tel.is_some() {
            let call = labelled_button(
                ui,
                &t!("numbers-call"),
                &t!("numbers-call-number", number = &view.display),
            );
            if call.on_hover_text(t!("numbers-call-hover")).clicked() {
                commands.push(NumbersCommand::Select(position));
                commands.push(NumbersCommand::Call(record.id.clone()));
            }
        }
    };
    let copy = |ui: &mut Ui, commands: &mut Commands| {
        let copy = labelled_button(
            ui,
            &t!("numbers-copy"),
            &t!("numbers-copy-number", number = &view.display),
        );
        if copy.on_hover_text(t!("numbers-copy-hover")).clicked() {
            commands.push(NumbersCommand::Select(position));
            commands.push(NumbersCommand::Copy(record.id.clone()));
        }
    };
    // Copy then Call on screen, whichever way the layout fills.
    if ui.layout().prefer_right_to_left() {
        call(ui, commands);
        copy(ui, commands);
    } else {
        copy(ui, commands);
        call(ui, commands);
    }
}

fn labelled_button(ui: &mut Ui, text: &str, label: &str) -> Response {
    let button = ui.button(text);
    button.widget_info(|| WidgetInfo::labeled(Role::Button, true, label));
    button
}

/// The warning (and the line to use instead) in full, wrapped.
fn warning_ui(ui: &mut Ui, contact: &Contact, view: &NumberView) {
    let Some(warning) = &view.warning else {
        return;
    };
    let text = match &view.alternative {
        Some((_, alt)) => t!("numbers-use-instead", warning = warning, number = alt),
        None => warning.clone(),
    };
    let color = if view.reach == Reach::Direct && contact.record.kind == Kind::Collect {
        ui.visuals().weak_text_color()
    } else {
        ui.visuals().warn_fg_color
    };
    ui.add(Label::new(RichText::new(text).small().color(color)).wrap());
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
