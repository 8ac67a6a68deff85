//! The filter panel: region, country, card, problem, channel, with result counts.

use egui::{RichText, Ui};

use super::widgets::choice_ui;

use super::style;
use crate::directory::{Channel, Purpose, Region, Tier};
use crate::state::AppState;
use crate::state::{Commands, NumbersCommand};
use crate::t;

/// The left panel.
pub(crate) fn filters_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    ui.add_space(style::space::ITEM);
    ui.heading(t!("numbers-filters"));
    ui.add_space(style::space::SMALL);
    let f = &state.numbers.filters;
    let counts = &state.numbers.results.counts;
    let any = t!("numbers-filter-any");

    let regions: Vec<(Option<Region>, String)> = Region::ALL
        .iter()
        .map(|r| (Some(*r), counted(&r.label(), counts.region.get(r))))
        .collect();
    if let Some(choice) = choice_ui(
        ui,
        &t!("numbers-filter-region"),
        "region",
        f.region,
        regions,
        &any,
    ) {
        commands.push(NumbersCommand::SetRegion(choice));
    }

    let country_options: Vec<(Option<String>, String)> = state
        .countries
        .iter()
        .filter(|(code, _)| {
            let in_region = state
                .directory
                .country(code)
                .is_some_and(|c| f.region.is_none_or(|r| c.region == r));
            let listed = counts.country.get(code).copied().unwrap_or(0) > 0
                || f.country.as_deref() == Some(code.as_str());
            in_region && listed
        })
        .map(|(code, name)| (Some(code.clone()), counted(name, counts.country.get(code))))
        .collect();
    if let Some(choice) = choice_ui(
        ui,
        &t!("numbers-filter-country"),
        "country",
        f.country.clone(),
        country_options,
        &any,
    ) {
        commands.push(NumbersCommand::SetCountry(choice));
    }

    let tiers = Tier::ALL
        .iter()
        .map(|t| (Some(*t), counted(t.label(), counts.tier.get(t))))
        .collect();
    if let Some(choice) = choice_ui(ui, &t!("numbers-filter-card"), "tier", f.tier, tiers, &any) {
        commands.push(NumbersCommand::SetTier(choice));
    }

    let purposes = Purpose::ALL
        .iter()
        .map(|p| (Some(*p), counted(p.label(), counts.purpose.get(p))))
        .collect();
    if let Some(choice) = choice_ui(
        ui,
        &t!("numbers-filter-problem"),
        "purpose",
        f.purpose,
        purposes,
        &any,
    ) {
        commands.push(NumbersCommand::SetPurpose(choice));
    }

    let channels = Channel::ALL
        .iter()
        .map(|c| (Some(*c), counted(c.label(), counts.channel.get(c))))
        .collect();
    if let Some(choice) = choice_ui(
        ui,
        &t!("numbers-filter-channel"),
        "channel",
        f.channel,
        channels,
        &any,
    ) {
        commands.push(NumbersCommand::SetChannel(choice));
    }

    ui.add_space(style::space::SMALL);
    let mut outdated = f.include_outdated;
    if ui
        .checkbox(&mut outdated, t!("numbers-include-outdated"))
        .on_hover_text(t!("numbers-include-outdated-hover"))
        .changed()
    {
        commands.push(NumbersCommand::SetIncludeOutdated(outdated));
    }
    ui.add_space(style::space::SMALL);
    let clear = ui.add_enabled(
        f.is_active() || !state.numbers.search.is_empty(),
        egui::Button::new(t!("numbers-clear-filters")),
    );
    if clear.clicked() {
        commands.push(NumbersCommand::ClearFilters);
    }

    ui.add_space(style::space::SECTION_WIDE);
    ui.separator();
    ui.label(RichText::new(t!("numbers-when-in-doubt")).strong());
    ui.add_space(style::space::SMALL);
    ui.label(RichText::new(t!("numbers-never-listed")).small().weak());
    ui.add_space(style::space::SMALL);
    directory_source_ui(ui, state, commands);
}

/// Where the numbers come from and how old they are; update, go back, inspect a file.
fn directory_source_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    use crate::directory::trust::Trust;
    use crate::state::DirectoryCommand;
    let dir = &state.directory;
    let age = crate::directory::staleness::age_line(dir, state.today());
    ui.label(
        RichText::new(t!(
            "numbers-directory-age",
            age = age,
            count = dir.contacts.len()
        ))
        .small()
        .weak(),
    );
    ui.horizontal_wrapped(|ui| {
        if ui
            .small_button(t!("numbers-update-directory"))
            .on_hover_text(t!("numbers-update-directory-hover"))
            .clicked()
        {
            commands.push(DirectoryCommand::ChooseUpdate);
        }
        if matches!(dir.trust, Trust::Signed { .. })
            && ui.small_button(t!("numbers-previous-directory")).clicked()
        {
            commands.push(DirectoryCommand::Rollback);
        }
        if ui
            .small_button(t!("numbers-load-directory"))
            .on_hover_text(t!("numbers-load-directory-hover"))
            .clicked()
        {
            commands.push(crate::state::AppCommand::ChooseFile(
                crate::state::Choice::Directory,
            ));
        }
    });
}

fn counted(name: &str, count: Option<&usize>) -> String {
    format!("{name} · {}", count.copied().unwrap_or(0))
}
