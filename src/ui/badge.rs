//! The status badge: a coloured word whose hover lists the sources and conflicts.

use egui::{Color32, RichText, Ui};

use super::style;
use crate::directory::{Contact, Directory, Status};

/// The badge colour for a status (readable on light and dark backgrounds).
pub(crate) fn status_color(status: Status) -> Color32 {
    match status {
        Status::Official => style::status::OFFICIAL,
        Status::Corroborated => style::status::CORROBORATED,
        Status::SingleSource => style::status::SINGLE_SOURCE,
        Status::Conflicting => style::status::CONFLICTING,
        Status::Superseded | Status::Outdated => style::status::RETIRED,
        Status::Misattributed | Status::Implausible => style::status::WRONG,
    }
}

/// The badge word, e.g. "OFFICIAL".
pub(crate) fn status_word(status: Status) -> String {
    status.slug().replace('-', " ").to_uppercase()
}

/// A line per citation: the page (where, of which year) and what it prints.
pub(crate) fn source_lines(dir: &Directory, contact: &Contact) -> Vec<String> {
    contact
        .record
        .evidence
        .iter()
        .map(|c| {
            let page = dir
                .source(&c.source)
                .map_or(c.source.clone(), |s| s.short_name());
            match &c.printed {
                Some(printed) if !c.label.is_empty() => {
                    format!(
                        "{page}: prints \u{201c}{printed}\u{201d} as \u{201c}{}\u{201d}",
                        c.label
                    )
                }
                Some(printed) => format!("{page}: prints \u{201c}{printed}\u{201d}"),
                None => format!("{page}: {}", c.label),
            }
        })
        .collect()
}

/// A line per rival (a number given instead for the same need), newest evidence first.
pub(crate) fn conflict_lines(dir: &Directory, contact: &Contact) -> Vec<String> {
    let mine = contact.grade.newest_amex;
    contact
        .grade
        .rivals
        .iter()
        .filter_map(|i| dir.contacts.get(*i))
        .map(|c| {
            let age = match (c.grade.newest_amex, mine) {
                (Some(theirs), Some(ours)) if theirs > ours => " · newer Amex page".to_string(),
                (Some(theirs), Some(ours)) if theirs < ours => " · older Amex page".to_string(),
                (Some(theirs), None) => {
                    format!(" · Amex page{}", crate::directory::grade::page_year(theirs))
                }
                _ => String::new(),
            };
            format!(
                "{} · {} ({}){age}",
                c.record.value,
                c.record.label,
                c.grade.status.slug()
            )
        })
        .collect()
}

/// The badge of a line a directory file nobody signed adds or changes.
pub(crate) const NOT_VERIFIED: &str = "NOT VERIFIED";

/// Why, on hover and in the details.
pub(crate) const NOT_VERIFIED_WHY: &str = "Only in a directory file nobody signed: do not trust this line. Call the number on the back of your card.";

/// The badge, with sources and conflicts on hover.
pub(crate) fn status_badge_ui(ui: &mut Ui, dir: &Directory, contact: &Contact) {
    let status = contact.grade.status;
    let (word, color) = if contact.unverified {
        (
            NOT_VERIFIED.to_string(),
            status_color(Status::Misattributed),
        )
    } else {
        (status_word(status).to_string(), status_color(status))
    };
    let text = RichText::new(format!(" {word} "))
        .small()
        .strong()
        .color(style::status::ON_BADGE)
        .background_color(color);
    let response = ui.label(text);
    response.on_hover_ui(|ui| {
        ui.set_max_width(360.0);
        if contact.unverified {
            ui.label(RichText::new(NOT_VERIFIED_WHY).strong());
        }
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
