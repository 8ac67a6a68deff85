//! The status badge: a coloured word whose hover lists the sources and conflicts.

use egui::{Color32, RichText, Ui};

use crate::directory::{Contact, Directory, Status};

/// The badge colour for a status (readable on light and dark backgrounds).
pub fn status_color(status: Status) -> Color32 {
    match status {
        Status::Official => Color32::from_rgb(0x1b, 0x7f, 0x3b),
        Status::Corroborated => Color32::from_rgb(0x1f, 0x6f, 0xb5),
        Status::SingleSource => Color32::from_rgb(0x9a, 0x6a, 0x00),
        Status::Conflicting => Color32::from_rgb(0xc0, 0x50, 0x00),
        Status::Outdated => Color32::from_rgb(0x70, 0x70, 0x70),
        Status::Misattributed | Status::Implausible => Color32::from_rgb(0xb0, 0x1c, 0x1c),
    }
}

/// The badge word, e.g. "OFFICIAL".
pub fn status_word(status: Status) -> String {
    status.slug().replace('-', " ").to_uppercase()
}

/// A line per source, for hovers and the details panel.
pub fn source_lines(dir: &Directory, contact: &Contact) -> Vec<String> {
    contact
        .record
        .sources
        .iter()
        .filter_map(|id| dir.source(id))
        .map(|s| format!("{} ({})", s.title, s.publisher))
        .collect()
}

/// A line per conflicting contact.
pub fn conflict_lines(dir: &Directory, contact: &Contact) -> Vec<String> {
    contact
        .record
        .conflicts_with
        .iter()
        .filter_map(|id| dir.contact(id))
        .map(|c| {
            format!(
                "{} · {} ({})",
                c.record.value,
                c.record.label,
                c.record.status.slug()
            )
        })
        .collect()
}

/// The badge, with sources and conflicts on hover.
pub fn status_badge_ui(ui: &mut Ui, dir: &Directory, contact: &Contact) {
    let status = contact.record.status;
    let text = RichText::new(format!(" {} ", status_word(status)))
        .small()
        .strong()
        .color(Color32::WHITE)
        .background_color(status_color(status));
    let response = ui.label(text);
    response.on_hover_ui(|ui| {
        ui.set_max_width(360.0);
        ui.label(RichText::new(status.explain()).strong());
        ui.label("Sources:");
        for line in source_lines(dir, contact) {
            ui.label(format!("• {line}"));
        }
        let conflicts = conflict_lines(dir, contact);
        if !conflicts.is_empty() {
            ui.label("Other sources say instead:");
            for line in conflicts {
                ui.label(format!("• {line}"));
            }
        }
    });
}
