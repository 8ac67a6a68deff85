//! The status badge: a coloured word whose hover lists the sources and conflicts.

use egui::{Color32, RichText, Ui};

use super::style;
use crate::directory::{Contact, Directory, Status};
use crate::t;

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
    match status {
        Status::Official => t!("numbers-badge-official"),
        Status::Corroborated => t!("numbers-badge-corroborated"),
        Status::SingleSource => t!("numbers-badge-single-source"),
        Status::Conflicting => t!("numbers-badge-conflicting"),
        Status::Superseded => t!("numbers-badge-superseded"),
        Status::Outdated => t!("numbers-badge-outdated"),
        Status::Misattributed => t!("numbers-badge-misattributed"),
        Status::Implausible => t!("numbers-badge-implausible"),
    }
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
                Some(printed) if !c.label.is_empty() => t!(
                    "numbers-source-prints-as",
                    page = &page,
                    printed = printed,
                    label = &c.label
                ),
                Some(printed) => t!("numbers-source-prints", page = &page, printed = printed),
                None => t!("numbers-source-says", page = &page, label = &c.label),
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
                (Some(theirs), Some(ours)) if theirs > ours => {
                    format!(" · {}", t!("numbers-rival-newer-page"))
                }
                (Some(theirs), Some(ours)) if theirs < ours => {
                    format!(" · {}", t!("numbers-rival-older-page"))
                }
                (Some(theirs), None) => format!(
                    " · {}",
                    t!(
                        "numbers-rival-amex-page",
                        of_year = crate::directory::grade::page_year(theirs)
                    )
                ),
                _ => String::new(),
            };
            format!(
                "{} · {} ({}){age}",
                c.record.value,
                c.record.shown_label(),
                c.grade.status.name()
            )
        })
        .collect()
}

/// The badge of a line a directory file nobody signed adds or changes.
pub(crate) fn not_verified() -> String {
    t!("numbers-badge-not-verified")
}

/// Why, on hover and in the details.
pub(crate) fn not_verified_why() -> String {
    t!("numbers-not-verified-why")
}

/// The badge, with sources and conflicts on hover.
pub(crate) fn status_badge_ui(ui: &mut Ui, dir: &Directory, contact: &Contact) {
    let status = contact.grade.status;
    let (word, color) = if contact.unverified {
        (not_verified(), status_color(Status::Misattributed))
    } else {
        (status_word(status), status_color(status))
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
            ui.label(RichText::new(not_verified_why()).strong());
        }
        ui.label(RichText::new(status.explain()).strong());
        ui.label(t!("numbers-sources"));
        for line in source_lines(dir, contact) {
            ui.label(format!("• {line}"));
        }
        let conflicts = conflict_lines(dir, contact);
        if !conflicts.is_empty() {
            ui.label(t!("numbers-other-sources-say-colon"));
            for line in conflicts {
                ui.label(format!("• {line}"));
            }
        }
    });
}
