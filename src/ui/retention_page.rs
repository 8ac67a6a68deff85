//! The retention coach page: your cards; the prep summary (tenure, recent offers, the
//! fee-refund clock); the script card, large, one step at a time (N or the Right arrow
//! for the next step); the outcome form; the history.

use egui::{Button, CentralPanel, Checkbox, Key, Panel, RichText, ScrollArea, Ui};

use super::style;
use super::widgets::{Field, checked_field_ui, choice_ui, text_field_ui};
use crate::directory::Tier;
use crate::print::Paper;
use crate::retention::doc::prep_lines;
use crate::retention::{OfferKind, Script, SpendBand, prep};
use crate::state::Commands;
use crate::state::retention as form;
use crate::state::{AppState, CardDraft, OfferDraft, OutcomeDraft, RetentionCommand};

/// The retention page.
pub(crate) fn retention_page_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    let script = state.catalogs.retention;
    // One key for the next step while no text field has the keyboard.
    let typing = ui.ctx().egui_wants_keyboard_input();
    if !typing {
        if ui.input(|i| i.key_pressed(Key::N) || i.key_pressed(Key::ArrowRight)) {
            commands.push(RetentionCommand::NextStep);
        }
        if ui.input(|i| i.key_pressed(Key::P) || i.key_pressed(Key::ArrowLeft)) {
            commands.push(RetentionCommand::PreviousStep);
        }
    }
    Panel::left("retention_cards")
        .resizable(false)
        .exact_size(300.0)
        .show(ui, |ui| {
            ScrollArea::vertical()
                .id_salt("retention_cards")
                .show(ui, |ui| {
                    cards_ui(ui, state, script, commands);
                });
        });
    CentralPanel::default().show(ui, |ui| {
        ScrollArea::vertical()
            .id_salt("retention_main")
            .show(ui, |ui| {
                script_ui(ui, state, script, commands);
                if let Some(draft) = &state.retention.outcome {
                    outcome_ui(ui, draft, commands);
                }
                history_ui(ui, state);
            });
    });
}

fn cards_ui(ui: &mut Ui, state: &AppState, script: &Script, commands: &mut Commands) {
    ui.add_space(style::space::ITEM);
    ui.heading("Your cards");
    for card in &state.journal.data.cards {
        let selected = state
            .retention
            .card
            .as_ref()
            .is_some_and(|d| d.card.id == card.id);
        if ui
            .selectable_label(selected, card.nickname.as_str())
            .clicked()
        {
            commands.push(RetentionCommand::SelectCard(card.id));
        }
    }
    if ui
        .add_enabled(state.journal.writable(), Button::new("New card"))
        .clicked()
    {
        commands.push(RetentionCommand::NewCard);
    }
    let Some(draft) = &state.retention.card else {
        ui.add_space(style::space::ITEM);
        ui.label(
            RichText::new("Add a card to see its tenure, recent offers and the fee-refund window.")
                .weak(),
        );
        return;
    };
    ui.separator();
    card_form_ui(ui, state, draft, commands);
    ui.separator();
    ui.label(RichText::new("Before the call").strong());
    if let Ok(card) = draft.to_card(state.today()) {
        for (label, value) in prep_lines(&card, script, state.today()) {
            ui.label(format!("{label}: {value}"));
        }
        let p = prep(&card, state.today(), script.refund_window_for(&card));
        if let Some(d) = p.refund_days_left {
            let colour = if d < 0 {
                ui.visuals().error_fg_color
            } else if d <= 7 {
                ui.visuals().warn_fg_color
            } else {
                ui.visuals().text_color()
            };
            ui.label(
                RichText::new(if d >= 0 {
                    format!("{d} days left to close with the fee refunded")
                } else {
                    "The refund window has passed".to_string()
                })
                .strong()
                .color(colour),
            );
        }
        ui.label(RichText::new(script.refund_note(&card)).small().weak());
        ui.label(RichText::new(&script.offers_source).small().weak());
    }
}

fn card_form_ui(ui: &mut Ui, state: &AppState, draft: &CardDraft, commands: &mut Commands) {
    let mut d = draft.clone();
    let mut changed = false;
    let today = state.today();
    let problems = &state.frame.card_problems;
    let problem = |label: &str| problems.iter().find(|p| p.field == label);
    let nickname = Field::text(form::NICKNAME, "card_nickname", "e.g. Gold", 140.0);
    changed |= checked_field_ui(
        ui,
        nickname,
        &mut d.card.nickname,
        problem(form::NICKNAME),
        None,
    );
    let countries = state
        .countries
        .iter()
        .map(|(code, name)| (Some(code.clone()), format!("{name} ({code})")))
        .collect();
    let current = (!d.card.country.is_empty()).then(|| d.card.country.clone());
    if let Some(choice) = choice_ui(
        ui,
        "Account country",
        "card_country",
        current,
        countries,
        "Not set",
    ) {
        let country = choice.unwrap_or_default();
        d.card.currency =
            crate::fields::currency_following(&d.card.currency, &d.card.country, &country);
        d.card.country = country;
        changed = true;
    }
    let tiers = Tier::ALL
        .iter()
        .map(|t| (Some(*t), t.label().to_string()))
        .collect();
    if let Some(choice) = choice_ui(ui, "Tier", "card_tier", d.card.tier, tiers, "Not set") {
        d.card.tier = choice;
        changed = true;
    }
    let since = Field::text(form::MEMBER_SINCE, "card_since", "year, e.g. 2015", 90.0);
    changed |= checked_field_ui(
        ui,
        since,
        &mut d.member_since,
        problem(form::MEMBER_SINCE),
        None,
    );
    let fee = Field::text(form::ANNUAL_FEE, "card_fee", "e.g. 325", 90.0);
    changed |= checked_field_ui(ui, fee, &mut d.fee, problem(form::ANNUAL_FEE), None);
    let posted = Field::date(form::FEE_POSTED, "card_fee_posted", today);
    changed |= checked_field_ui(
        ui,
        posted,
        &mut d.fee_posted,
        problem(form::FEE_POSTED),
        None,
    );
    let closes = Field::date(form::FEE_STATEMENT_CLOSING, "card_closing", today);
    let closes_problem = problem(form::FEE_STATEMENT_CLOSING);
    changed |= checked_field_ui(ui, closes, &mut d.statement_closing, closes_problem, None);
    let bands = SpendBand::ALL
        .iter()
        .map(|b| (Some(*b), b.label().to_string()))
        .collect();
    if let Some(Some(choice)) = choice_ui(ui, "Spend", "card_spend", Some(d.card.spend), bands, "")
    {
        d.card.spend = choice;
        changed = true;
    }
    changed |= text_field_ui(
        ui,
        "Last 5 digits",
        "card_last5",
        &mut d.card.last5,
        "optional",
        60.0,
    );
    if let Some(e) = &d.error {
        ui.label(RichText::new(format!("Not saved: {e}")).color(ui.visuals().error_fg_color));
    }
    if let Some(m) = &state.retention.message {
        super::widgets::message_ui(ui, m, |t| t.strong());
    }
    if !problems.is_empty() {
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        let reason = format!("Fix to save: {}", fields.join(", "));
        ui.label(RichText::new(reason).color(ui.visuals().error_fg_color));
    }
    if ui
        .add_enabled(
            state.journal.writable() && problems.is_empty(),
            Button::new("Save card"),
        )
        .clicked()
    {
        if changed {
            commands.push(RetentionCommand::UpdateCard(Box::new(d.clone())));
            changed = false;
        }
        commands.push(RetentionCommand::SaveCard);
    }
    if changed {
        commands.push(RetentionCommand::UpdateCard(Box::new(d)));
    }
}

fn script_ui(ui: &mut Ui, state: &AppState, script: &Script, commands: &mut Commands) {
    ui.add_space(style::space::ITEM);
    ui.heading("Retention call script");
    let step_index = state
        .retention
        .step
        .min(script.steps.len().saturating_sub(1));
    let Some(step) = script.steps.get(step_index) else {
        return;
    };
    ui.label(
        RichText::new(format!(
            "Step {} of {}: {}",
            step_index + 1,
            script.steps.len(),
            step.title
        ))
        .strong()
        .size(style::text::NUMBER_LARGE),
    );
    if let Some(first) = step.say.first() {
        ui.label(RichText::new(first).size(style::text::NUMBER));
    }
    for variant in step.say.iter().skip(1) {
        ui.label(
            RichText::new(format!("or: {variant}"))
                .size(style::text::VARIANT)
                .weak(),
        );
    }
    for note in &step.notes {
        ui.label(format!("• {note}"));
    }
    ui.horizontal(|ui| {
        if ui
            .add_enabled(step_index > 0, Button::new("Previous step"))
            .clicked()
        {
            commands.push(RetentionCommand::PreviousStep);
        }
        if ui
            .add_enabled(
                step_index + 1 < script.steps.len(),
                Button::new("Next step"),
            )
            .clicked()
        {
            commands.push(RetentionCommand::NextStep);
        }
        ui.label(RichText::new("N or Right arrow: next step").small().weak());
    });
    ui.add_space(style::space::GROUP);
    ui.columns(2, |cols| {
        cols[0].label(RichText::new("Do").strong());
        for d in &script.dos {
            cols[0].label(format!("• {d}"));
        }
        cols[1].label(RichText::new("Don't").strong());
        for d in &script.donts {
            cols[1].label(format!("• {d}"));
        }
    });
    ui.add_space(style::space::ITEM);
    ui.horizontal(|ui| {
        let saved = state
            .retention
            .card
            .as_ref()
            .is_some_and(|d| state.journal.data.card(d.card.id).is_some());
        if ui
            .add_enabled(
                saved && state.retention.outcome.is_none() && state.journal.writable(),
                Button::new("Record the outcome"),
            )
            .on_hover_text("After the call: the offers, what you accepted, the reference number")
            .clicked()
        {
            commands.push(RetentionCommand::StartOutcome);
        }
        if ui.button("Print script card (PDF)").clicked() {
            commands.push(RetentionCommand::Print(Paper::A4));
        }
        super::widgets::saved_file_ui(ui, state, commands);
    });
}

fn outcome_ui(ui: &mut Ui, draft: &OutcomeDraft, commands: &mut Commands) {
    let mut d = draft.clone();
    let mut changed = false;
    ui.separator();
    ui.label(
        RichText::new("What happened on the call")
            .strong()
            .size(style::text::SAY),
    );
    let mut remove = None;
    for (i, offer) in d.offers.iter_mut().enumerate() {
        let n = i + 1;
        let kinds = OfferKind::ALL
            .iter()
            .map(|k| (Some(*k), k.label().to_string()))
            .collect();
        if let Some(Some(k)) = choice_ui(
            ui,
            &format!("Offer {n} kind"),
            &format!("offer_kind_{i}"),
            Some(offer.kind),
            kinds,
            "",
        ) {
            offer.kind = k;
            changed = true;
        }
        changed |= text_field_ui(
            ui,
            &format!("Offer {n}"),
            &format!("offer_what_{i}"),
            &mut offer.what,
            "e.g. 30,000 points",
            200.0,
        );
        changed |= text_field_ui(
            ui,
            &format!("Offer {n} spend"),
            &format!("offer_spend_{i}"),
            &mut offer.spend,
            "e.g. $3,000 in 3 months",
            200.0,
        );
        changed |= text_field_ui(
            ui,
            &format!("Offer {n} deadline"),
            &format!("offer_deadline_{i}"),
            &mut offer.deadline,
            "YYYY-MM-DD",
            100.0,
        );
        changed |= ui
            .add(Checkbox::new(
                &mut offer.accepted,
                format!("Offer {n} accepted"),
            ))
            .changed();
        if ui.button(format!("Remove offer {n}")).clicked() {
            remove = Some(i);
        }
    }
    if let Some(i) = remove {
        d.offers.remove(i);
        changed = true;
    }
    if ui.button("Add an offer").clicked() {
        d.offers.push(OfferDraft::default());
        changed = true;
    }
    changed |= text_field_ui(
        ui,
        "Rep name or ID",
        "outcome_rep",
        &mut d.rep,
        "who you spoke to",
        180.0,
    );
    changed |= text_field_ui(
        ui,
        "Reference",
        "outcome_reference",
        &mut d.reference,
        "reference number",
        180.0,
    );
    if let Some(e) = &d.error {
        ui.label(RichText::new(format!("Not saved: {e}")).color(ui.visuals().error_fg_color));
    }
    ui.horizontal(|ui| {
        if ui.button("Save outcome").clicked() {
            if changed {
                commands.push(RetentionCommand::UpdateOutcome(Box::new(d.clone())));
                changed = false;
            }
            commands.push(RetentionCommand::SaveOutcome);
        }
        if ui.button("Cancel outcome").clicked() {
            commands.push(RetentionCommand::CancelOutcome);
        }
    });
    if changed {
        commands.push(RetentionCommand::UpdateOutcome(Box::new(d)));
    }
}

fn history_ui(ui: &mut Ui, state: &AppState) {
    let Some(draft) = &state.retention.card else {
        return;
    };
    let Some(card) = state.journal.data.card(draft.card.id) else {
        return;
    };
    ui.separator();
    ui.label(
        RichText::new(format!("History: {}", card.nickname))
            .strong()
            .size(style::text::SAY),
    );
    if card.outcomes.is_empty() {
        ui.label(RichText::new("No retention calls recorded yet.").weak());
    }
    for o in card.outcomes.iter().rev() {
        let reference = if o.reference.is_empty() {
            String::new()
        } else {
            format!(", ref {}", o.reference)
        };
        ui.label(format!("{}: {}{reference}", o.date, o.summary()));
    }
}
