//! The filter panel: region, country, card, problem, channel, with result counts.

use egui::{ComboBox, RichText, Ui};

use crate::directory::{Channel, Purpose, Region, Tier};
use crate::state::{AppState, Command};

/// The left panel.
pub fn filters_ui(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.add_space(6.0);
    ui.heading("Filters");
    ui.add_space(4.0);
    let f = &state.filters;
    let counts = &state.results.counts;

    let regions: Vec<(Option<Region>, String)> = Region::ALL
        .iter()
        .map(|r| (Some(*r), counted(r.label(), counts.region.get(r))))
        .collect();
    if let Some(choice) = choice_ui(ui, "Region", "region", f.region, regions) {
        commands.push(Command::SetRegion(choice));
    }

    let mut countries: Vec<_> = state
        .directory
        .countries
        .iter()
        .filter(|c| f.region.is_none_or(|r| c.region == r))
        .filter(|c| {
            counts.country.get(&c.code).copied().unwrap_or(0) > 0
                || f.country.as_deref() == Some(&c.code)
        })
        .collect();
    countries.sort_by(|a, b| a.name.cmp(&b.name));
    let country_options: Vec<(Option<String>, String)> = countries
        .iter()
        .map(|c| {
            (
                Some(c.code.clone()),
                counted(&c.name, counts.country.get(&c.code)),
            )
        })
        .collect();
    if let Some(choice) = choice_ui(ui, "Country", "country", f.country.clone(), country_options) {
        commands.push(Command::SetCountry(choice));
    }

    let tiers = Tier::ALL
        .iter()
        .map(|t| (Some(*t), counted(t.label(), counts.tier.get(t))))
        .collect();
    if let Some(choice) = choice_ui(ui, "Card", "tier", f.tier, tiers) {
        commands.push(Command::SetTier(choice));
    }

    let purposes = Purpose::ALL
        .iter()
        .map(|p| (Some(*p), counted(p.label(), counts.purpose.get(p))))
        .collect();
    if let Some(choice) = choice_ui(ui, "Problem", "purpose", f.purpose, purposes) {
        commands.push(Command::SetPurpose(choice));
    }

    let channels = Channel::ALL
        .iter()
        .map(|c| (Some(*c), counted(c.label(), counts.channel.get(c))))
        .collect();
    if let Some(choice) = choice_ui(ui, "Channel", "channel", f.channel, channels) {
        commands.push(Command::SetChannel(choice));
    }

    ui.add_space(4.0);
    let mut outdated = f.include_outdated;
    if ui
        .checkbox(&mut outdated, "Include outdated numbers")
        .on_hover_text("Show retired numbers too, clearly marked")
        .changed()
    {
        commands.push(Command::SetIncludeOutdated(outdated));
    }
    ui.add_space(4.0);
    let clear = ui.add_enabled(
        f.is_active() || !state.search.is_empty(),
        egui::Button::new("Clear all filters"),
    );
    if clear.clicked() {
        commands.push(Command::ClearFilters);
    }

    ui.add_space(16.0);
    ui.separator();
    ui.label(RichText::new("When in doubt, call the number on the back of your card.").strong());
    ui.add_space(4.0);
    ui.label(
        RichText::new(
            "Numbers known to belong to someone else are never listed here. Hover a status badge to see where a number comes from.",
        )
        .small()
        .weak(),
    );
    ui.add_space(4.0);
    ui.label(
        RichText::new(format!(
            "Directory: {} contacts, compiled {} ({})",
            state.directory.contacts.len(),
            state.directory.compiled_on,
            state.directory.origin
        ))
        .small()
        .weak(),
    );
}

fn counted(name: &str, count: Option<&usize>) -> String {
    format!("{name} · {}", count.copied().unwrap_or(0))
}

/// A labelled drop-down with an "Any" choice; returns the new value when changed.
fn choice_ui<T: Clone + PartialEq>(
    ui: &mut Ui,
    label: &str,
    id: &str,
    current: Option<T>,
    options: Vec<(Option<T>, String)>,
) -> Option<Option<T>> {
    let mut changed = None;
    ui.horizontal(|ui| {
        let label = ui.add_sized([64.0, 20.0], egui::Label::new(label));
        let selected_text = options
            .iter()
            .find(|(value, _)| *value == current)
            .map(|(_, text)| text.clone())
            .unwrap_or_else(|| "Any".to_string());
        ComboBox::from_id_salt(id)
            .selected_text(selected_text)
            .width(160.0)
            .height(400.0)
            .show_ui(ui, |ui| {
                if ui.selectable_label(current.is_none(), "Any").clicked() && current.is_some() {
                    changed = Some(None);
                }
                for (value, text) in &options {
                    if ui.selectable_label(*value == current, text).clicked() && *value != current {
                        changed = Some(value.clone());
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
    changed
}
