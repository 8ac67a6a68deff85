//! The call prep page: pick what the call is about; see the channel to use and why,
//! what to have ready, what the phone menu asks, what to say, the line to call with
//! Start call, the escalation ladder for the country, and Print.

use egui::{Button, CentralPanel, Panel, RichText, ScrollArea, Ui};

use super::style;
use super::widgets::choice_ui;
use crate::directory::Purpose;
use crate::directory::product::CardKind;
use crate::guidance::{Body, Guidance, Ladder, Prep, always_ready, last_step};
use crate::print::Paper;
use crate::state::AppState;
use crate::state::{AppCommand, Commands, PrepCommand};
use crate::t;

/// The prep page.
pub(crate) fn prep_page_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    Panel::left("prep_purposes")
        .resizable(false)
        .exact_size(220.0)
        .show(ui, |ui| {
            ui.add_space(style::space::ITEM);
            ui.heading(t!("prep-what-about"));
            ui.add_space(style::space::SMALL);
            for purpose in Purpose::ALL {
                let item = ui.selectable_label(state.prep.purpose == purpose, purpose.label());
                // Screen readers hear "Prepare: Disputes", distinct from the Disputes tab.
                let label = t!("prep-prepare-purpose", purpose = purpose.label());
                item.widget_info(|| {
                    egui::WidgetInfo::selected(
                        egui::Role::Button,
                        true,
                        state.prep.purpose == purpose,
                        &label,
                    )
                });
                if item.clicked() {
                    commands.push(PrepCommand::SetPurpose(purpose));
                }
            }
        });
    if let Some(editor) = &state.journal.editor {
        // Start call opens the log entry here, beside the script and the ladder.
        Panel::right("prep_call_log")
            .resizable(true)
            .default_size(380.0)
            .show(ui, |ui| {
                ScrollArea::vertical()
                    .id_salt("prep_call_log")
                    .show(ui, |ui| {
                        super::journal_editor::editor_ui(ui, state, editor, commands)
                    });
            });
    }
    let g = state.catalogs.guidance;
    CentralPanel::default().show(ui, |ui| {
        ScrollArea::vertical().id_salt("prep").show(ui, |ui| {
            prep_ui(ui, state, g, commands);
            ui.add_space(style::space::SECTION);
            ladder_ui(ui, state, g, commands);
            market_rules_ui(ui, state);
            super::coverage_table::coverage_table_ui(ui, state);
        });
    });
}

fn list_ui(ui: &mut Ui, title: &str, items: impl Iterator<Item = String>) {
    ui.add_space(style::space::GROUP);
    ui.label(
        RichText::new(title)
            .strong()
            .size(style::text::SECTION_TITLE),
    );
    for item in items {
        ui.label(format!("• {item}"));
    }
}

fn prep_ui(ui: &mut Ui, state: &AppState, g: &Guidance, commands: &mut Commands) {
    let purpose = state.prep.purpose;
    let Some(prep) = g.prep_for(purpose) else {
        ui.label(t!("prep-no-notes"));
        return;
    };
    // The content in the window's language (a few short texts, made per frame).
    let prep = &prep.localized();
    prep_heading_ui(ui, state, prep, commands);
    channel_ui(ui, state, prep, commands);
    script_ui(ui, state, prep);
    print_prep_ui(ui, state, commands);
}

/// "Call prep: Lost card" (urgent marked) and the cardholder's country.
fn prep_heading_ui(ui: &mut Ui, state: &AppState, prep: &Prep, commands: &mut Commands) {
    let purpose = state.prep.purpose;
    ui.add_space(style::space::ITEM);
    ui.horizontal(|ui| {
        ui.heading(t!("prep-title", purpose = purpose.label()));
        if prep.urgent {
            ui.label(
                RichText::new(format!(" {} ", t!("prep-urgent-badge")))
                    .strong()
                    .color(style::status::ON_BADGE)
                    .background_color(ui.visuals().error_fg_color),
            );
        }
    });
    let country = state.prep_country();
    let countries: Vec<(Option<String>, String)> = state
        .countries
        .iter()
        .map(|(code, name)| (Some(code.clone()), format!("{name} ({code})")))
        .collect();
    if let Some(Some(code)) = choice_ui(
        ui,
        &t!("prep-card-from"),
        "prep_country",
        Some(country.clone()),
        countries,
        "",
    ) {
        commands.push(PrepCommand::SetCountry(code));
    }
    let cards: Vec<(Option<CardKind>, String)> = CardKind::ALL
        .into_iter()
        .map(|k| (Some(k), k.label().to_string()))
        .collect();
    if let Some(Some(card)) = choice_ui(
        ui,
        &t!("prep-your-card"),
        "prep_card",
        Some(state.prep.card),
        cards,
        "",
    ) {
        commands.push(PrepCommand::SetCard(card));
    }
}

/// The best channel and why, and the line to call with Start call.
fn channel_ui(ui: &mut Ui, state: &AppState, prep: &Prep, commands: &mut Commands) {
    ui.add_space(style::space::ITEM);
    ui.label(
        RichText::new(t!("prep-best-channel-is", channel = prep.channel.label()))
            .strong()
            .size(style::text::SECTION_TITLE),
    );
    ui.label(&prep.channel_reason);
    if let Some(contact) = prep
        .channel_contact
        .as_deref()
        .and_then(|id| state.directory.contact(id))
    {
        ui.label(
            RichText::new(t!(
                "prep-label-value",
                label = contact.record.shown_label(),
                value = &contact.record.value
            ))
            .weak(),
        );
    }
    ui.add_space(style::space::ITEM);
    let choice = state.prep_line();
    ui.horizontal_wrapped(|ui| match &choice {
        Some(choice) => {
            let line = choice.contact;
            let view = state.view_of(line);
            ui.label(
                RichText::new(t!("prep-label-colon", label = t!("prep-line-to-call"))).strong(),
            );
            ui.label(
                RichText::new(&view.display)
                    .monospace()
                    .size(style::text::NUMBER),
            );
            ui.label(
                RichText::new(format!(
                    "{} ({})",
                    line.record.shown_label(),
                    line.grade.status.slug()
                ))
                .weak(),
            );
            if ui
                .add(Button::new(t!("prep-start-call")))
                .on_hover_text(t!("prep-start-call-hover"))
                .clicked()
            {
                commands.push(PrepCommand::StartCall);
            }
        }
        None => {
            ui.label(RichText::new(t!("prep-call-back-of-card")).strong());
        }
    });
    let market = state
        .directory
        .country_name(&state.prep_country())
        .to_string();
    let warn = ui.visuals().warn_fg_color;
    for caveat in choice.iter().flat_map(|c| &c.caveats) {
        let sentence = caveat.sentence(state.prep.card, &market);
        super::widgets::message_ui(ui, &sentence, |t| t.color(warn));
    }
    ui.label(RichText::new(t!("prep-when-in-doubt")).small().weak());
}

/// What to have ready, what the phone menu asks, what to say, and the sources.
fn script_ui(ui: &mut Ui, state: &AppState, prep: &Prep) {
    list_ui(
        ui,
        &t!("prep-have-ready"),
        always_ready().into_iter().chain(prep.ready.iter().cloned()),
    );
    list_ui(ui, &t!("prep-phone-menu"), prep.ivr.iter().cloned());
    ui.add_space(style::space::GROUP);
    ui.label(
        RichText::new(t!("prep-what-to-say"))
            .strong()
            .size(style::text::SECTION_TITLE),
    );
    for (i, line) in prep.say.iter().cloned().chain([last_step()]).enumerate() {
        ui.label(format!("{}. {line}", i + 1));
    }
    ui.add_space(style::space::ITEM);
    let sources =
        crate::guidance::sources_line(&state.directory, &prep.sources, &state.prep_country());
    ui.label(RichText::new(sources).small().weak());
}

/// Print buttons, and Open for the last file saved.
fn print_prep_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    ui.add_space(style::space::ITEM);
    ui.horizontal(|ui| {
        if ui.button(t!("prep-print-a4")).clicked() {
            commands.push(PrepCommand::Print(Paper::A4));
        }
        if ui.button(t!("prep-print-letter")).clicked() {
            commands.push(PrepCommand::Print(Paper::Letter));
        }
        super::widgets::saved_file_ui(ui, state, commands);
    });
}

fn ladder_ui(ui: &mut Ui, state: &AppState, g: &Guidance, commands: &mut Commands) {
    let country = state.prep_country();
    ui.separator();
    ui.label(
        RichText::new(t!(
            "prep-escalation-in",
            country = state.directory.country_name(&country)
        ))
        .strong()
        .size(style::text::SECTION_TITLE),
    );
    let Some(ladder) = g.ladder_for(&country).map(Ladder::localized) else {
        ui.label(t!("prep-no-ladder"));
        return;
    };
    for (i, step) in ladder.steps.iter().enumerate() {
        ui.add_space(style::space::SMALL);
        ui.label(RichText::new(format!("{}. {}", i + 1, step.title)).strong());
        ui.label(&step.detail);
        if let Some(contact) = step
            .contact
            .as_deref()
            .and_then(|id| crate::guidance::step_contact(&state.directory, id, &state.calling_from))
        {
            ui.label(t!(
                "prep-label-value",
                label = contact.record.shown_label(),
                value = state.view_of(contact).display
            ));
        }
        if let Some(body) = step
            .body
            .as_deref()
            .and_then(|id| g.body(id))
            .map(Body::localized)
        {
            ui.label(RichText::new(t!("prep-not-amex-body", name = &body.name)).italics());
            ui.label(&body.timeline);
            ui.horizontal_wrapped(|ui| {
                if let Some(phone) = &body.phone {
                    ui.label(t!("prep-body-phone", phone = phone));
                }
                if let Some(postal) = &body.postal {
                    ui.label(t!("prep-body-post", postal = postal));
                }
                if let Some(url) = &body.url
                    && ui
                        .link(url.trim_start_matches("https://"))
                        .on_hover_text(url)
                        .clicked()
                {
                    commands.push(AppCommand::OpenLink(url.clone()));
                }
            });
        }
        let sources: Vec<&str> = step
            .sources
            .iter()
            .filter_map(|id| state.directory.source(id).map(|s| s.publisher.as_str()))
            .collect();
        if !sources.is_empty() {
            ui.label(
                RichText::new(t!("prep-source", source = sources.join("; ")))
                    .small()
                    .weak(),
            );
        }
        for page in g.step_evidence(step) {
            ui.label(
                RichText::new(t!(
                    "prep-source",
                    source = format!("{} ({})", page.publisher, page.kind.word())
                ))
                .small()
                .weak(),
            )
            .on_hover_text(page.citation());
        }
    }
}

/// The time limits of the market whose card it is, each with what kind of rule it is
/// and its page on hover, or that none is known (issue 27: the rules after the call).
fn market_rules_ui(ui: &mut Ui, state: &AppState) {
    use crate::disputes::deadlines::{anchor_words, none_known, span_words, standing};
    let country = state.prep_country();
    let market = state.directory.country_name(&country);
    ui.separator();
    ui.label(
        RichText::new(t!("prep-time-limits-in", market = &market))
            .strong()
            .size(style::text::SECTION_TITLE),
    );
    let mut any = false;
    for rule in state.catalogs.disputes.rules_for(&country) {
        any = true;
        ui.add_space(style::space::SMALL);
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(t!(
                "prep-rule-after",
                label = rule.localized_label(),
                span = span_words(rule),
                anchor = anchor_words(rule.from)
            )));
            ui.label(RichText::new(standing(rule)).italics());
        });
        ui.label(RichText::new(&rule.source).small().weak())
            .on_hover_text(rule.evidence.citation());
    }
    if !any {
        ui.label(none_known(&market));
    }
    ui.label(RichText::new(t!("prep-dispute-dates")).small().weak());
}
