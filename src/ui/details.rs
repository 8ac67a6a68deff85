//! The details panel: everything known about the selected contact, with its sources.
//! Beside the list with a draggable divider, or in a drawer under it in narrow windows.

use egui::{CursorIcon, Id, Panel, Rect, RichText, Role, ScrollArea, Sense, Ui, WidgetInfo};

use super::badge::{conflict_lines, source_lines, status_badge_ui};
use super::notes::contact_notes_ui;
use super::style;
use crate::directory::{Contact, hours};
use crate::state::AppState;
use crate::state::{AppCommand, Commands, NumbersCommand};
use crate::t;

/// How much of the page height the open drawer takes.
const DRAWER_SHARE: f32 = 0.45;

/// The details, filling the width they are given (never wider).
pub(crate) fn details_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    ScrollArea::vertical()
        .id_salt("details")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.add_space(style::space::ITEM);
            match state.selected_contact() {
                Some(contact) => contact_details_ui(ui, state, contact, commands),
                None => advice_ui(ui),
            }
        });
}

/// The drawer under the list (narrow windows): a Show/Hide details bar naming the
/// selected line, and the details when open.
pub(crate) fn drawer_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    let open = state.numbers.details_open;
    let panel = if open {
        let height = (ui.available_height() * DRAWER_SHARE).max(120.0);
        Panel::bottom("details_drawer_open")
            .resizable(false)
            .exact_size(height)
    } else {
        Panel::bottom("details_drawer_closed").resizable(false)
    };
    panel.show(ui, |ui| {
        ui.horizontal(|ui| {
            let toggle = if open {
                t!("numbers-hide-details")
            } else {
                t!("numbers-show-details")
            };
            if ui.button(toggle).clicked() {
                commands.push(NumbersCommand::ToggleDetails);
            }
            if let Some(contact) = state.selected_contact() {
                ui.add(
                    egui::Label::new(RichText::new(contact.record.shown_label()).strong())
                        .truncate(),
                );
            }
        });
        if open {
            details_ui(ui, state, commands);
        }
    });
}

/// The divider on the details panel's left edge (`panel`, drawn for a `width` of
/// `width`): dragging it sets that width, up to `max`; the width is kept in the settings.
pub(crate) fn divider_ui(ui: &mut Ui, panel: Rect, width: f32, max: f32, commands: &mut Commands) {
    let x = panel.left();
    // The panel's frame may draw a little wider than the width asked for.
    let extra = panel.width() - width;
    let grip = Rect::from_x_y_ranges(x - 4.0..=x + 4.0, panel.y_range());
    let response = ui.interact(grip, Id::unique("details_divider"), Sense::drag());
    let name = t!("numbers-details-width");
    response.widget_info(|| WidgetInfo::labeled(Role::Splitter, true, &name));
    if response.hovered() || response.dragged() {
        ui.ctx().set_cursor_icon(CursorIcon::ResizeHorizontal);
    }
    let stroke = if response.hovered() || response.dragged() {
        ui.visuals().widgets.hovered.fg_stroke
    } else {
        ui.visuals().widgets.noninteractive.bg_stroke
    };
    ui.painter().vline(x, panel.y_range(), stroke);
    if response.dragged()
        && let Some(pointer) = response.interact_pointer_pos()
    {
        let wanted = (panel.right() - pointer.x - extra).min(max);
        if (wanted - width).abs() >= 1.0 {
            commands.push(NumbersCommand::SetDetailsWidth(
                crate::layout::chosen_width(wanted),
            ));
        }
    }
}

fn contact_details_ui(ui: &mut Ui, state: &AppState, contact: &Contact, commands: &mut Commands) {
    let dir = &state.directory;
    let record = &contact.record;
    let view = state.view_of(contact);
    ui.heading(record.shown_label());
    ui.label(RichText::new(&record.department).weak());
    ui.add_space(style::space::ITEM);
    // Full strength: the number is the point of the panel, never greyed.
    ui.label(
        RichText::new(&view.display)
            .monospace()
            .size(style::text::NUMBER)
            .strong(),
    );
    if let Some(e164) = &contact.e164 {
        ui.label(
            RichText::new(t!("numbers-as-written", value = &record.value, e164 = e164))
                .small()
                .weak(),
        );
    }
    if let Some(warning) = &view.warning {
        ui.label(RichText::new(warning).color(ui.visuals().warn_fg_color));
    }
    if let Some((id, alt)) = &view.alternative {
        let label = dir
            .contact(id)
            .map(|c| c.record.shown_label())
            .unwrap_or("");
        ui.horizontal_wrapped(|ui| {
            ui.label(t!("numbers-instead", number = alt, label = label));
            if ui.button(t!("numbers-copy-number", number = alt)).clicked() {
                commands.push(NumbersCommand::Copy(id.clone()));
            }
        });
    }
    super::report_form::report_problem_ui(ui, state, contact, commands);
    ui.add_space(style::space::ITEM);
    call_timer_ui(ui, state, contact, commands);
    ui.add_space(style::space::GROUP);
    contact_notes_ui(ui, state, contact, commands);
    ui.add_space(style::space::GROUP);
    ui.horizontal_wrapped(|ui| {
        status_badge_ui(ui, dir, contact);
        ui.label(contact.grade.status.explain());
    });
    let why = crate::directory::why::why_text(dir, contact);
    if !why.is_empty() {
        ui.label(RichText::new(why).small());
    }
    if contact.unverified {
        let color = ui.visuals().error_fg_color;
        ui.label(RichText::new(super::badge::not_verified_why()).color(color));
    }
    if let Some(note) = crate::directory::staleness::old_page_note(dir, contact, state.today()) {
        ui.label(RichText::new(note).small());
    }
    ui.add_space(style::space::ITEM);
    evidence_ui(ui, state, contact, commands);
    let conflicts = conflict_lines(dir, contact);
    if !conflicts.is_empty() {
        ui.add_space(style::space::ITEM);
        ui.label(RichText::new(t!("numbers-other-sources-say")).strong());
        for line in conflicts {
            ui.label(format!("• {line}"));
        }
    }
    if !record.notes.is_empty() {
        ui.add_space(style::space::ITEM);
        ui.label(RichText::new(t!("numbers-notes")).strong());
        ui.label(&record.notes);
    }
    ui.add_space(style::space::ITEM);
    ui.label(RichText::new(t!("numbers-hours")).strong());
    ui.label(contact.availability.summary());
    if let Some(page) = crate::directory::view::hours_source(dir, contact) {
        ui.label(
            RichText::new(t!("numbers-hours-stated-on", page = page.short_name()))
                .small()
                .weak(),
        );
    }
    // Open or closed now, for lines with known weekly hours (for the others the
    // summary above already says it all: "24 hours" or "Hours not known").
    if record.kind.is_phone() && matches!(contact.availability, hours::Availability::Weekly(_)) {
        ui.label(hours::describe(
            &contact.availability.state_at(state.now),
            &state.local_tz,
        ));
    }
    ui.add_space(style::space::ITEM);
    let countries: Vec<String> = record
        .countries
        .iter()
        .map(|c| dir.country_name(c))
        .collect();
    ui.label(t!(
        "numbers-for-cards-from",
        countries = countries.join(", ")
    ));
    let tiers = match &record.tiers {
        crate::directory::model::Tiers::Any => t!("numbers-every-card"),
        crate::directory::model::Tiers::Only(list) => list
            .iter()
            .map(|t| t.label())
            .collect::<Vec<_>>()
            .join(", "),
    };
    ui.label(t!("numbers-cards", tiers = tiers));
    let purposes: Vec<&str> = contact.grade.purposes.iter().map(|p| p.label()).collect();
    ui.label(t!("numbers-for", purposes = purposes.join(", ")));
    if !record.languages.is_empty() {
        ui.label(t!(
            "numbers-languages",
            languages = record.languages.join(", ")
        ));
    }
}

/// Each page that prints the number: where, of which year, as printed, and a link.
fn evidence_ui(ui: &mut Ui, state: &AppState, contact: &Contact, commands: &mut Commands) {
    let dir = &state.directory;
    ui.label(RichText::new(t!("numbers-evidence")).strong());
    for (citation, line) in contact
        .record
        .evidence
        .iter()
        .zip(source_lines(dir, contact))
    {
        let source = dir.source(&citation.source);
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("• {line}"));
            if let Some(url) = source.and_then(|s| s.url.as_ref())
                && ui
                    .link(t!("numbers-open-page"))
                    .on_hover_text(url)
                    .clicked()
            {
                // Old pages are recorded as they were read (http://); open them over https.
                let secure = url
                    .strip_prefix("http://")
                    .map_or_else(|| url.clone(), |rest| format!("https://{rest}"));
                commands.push(AppCommand::OpenLink(secure));
            }
        });
        if let Some(hours) = &citation.stated_hours {
            ui.label(
                RichText::new(format!(
                    "   {}",
                    t!("numbers-hours-on-that-page", hours = hours)
                ))
                .small()
                .weak(),
            );
        }
    }
}

fn advice_ui(ui: &mut Ui) {
    ui.heading(t!("numbers-before-you-call"));
    ui.add_space(style::space::SMALL);
    for line in [
        t!("numbers-before-select-a-line"),
        t!("numbers-before-card-in-hand"),
        t!("numbers-before-reference-number"),
        t!("numbers-before-never-a-pin"),
        t!("numbers-before-search-ads"),
    ] {
        ui.label(format!("• {line}"));
        ui.add_space(style::space::TIGHT);
    }
    ui.add_space(style::space::ITEM);
    ui.label(RichText::new(t!("numbers-before-sources")).small().weak());
}

/// Start call (copies the number and starts the call timer) and the user's own record
/// with this line: how many calls, and the median hold time.
fn call_timer_ui(ui: &mut Ui, state: &AppState, contact: &Contact, commands: &mut Commands) {
    let timing = state.journal.timer.is_some();
    let start = ui
        .add_enabled(!timing, egui::Button::new(t!("numbers-start-call")))
        .on_hover_text(t!("numbers-start-call-hover"))
        .on_disabled_hover_text(t!("numbers-start-call-busy"));
    if start.clicked() {
        commands.push(NumbersCommand::StartCall(contact.record.id.clone()));
    }
    let stats = state.frame.line_stats(&contact.record.id);
    if let Some(text) = stats.and_then(crate::journal::LineStats::describe) {
        ui.label(RichText::new(text).small());
    }
}
