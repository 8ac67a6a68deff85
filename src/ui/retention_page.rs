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
use crate::t;

/// The retention page.
pub(crate) fn retention_page_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    // The script in the window's language (a few short texts, made per frame).
    let script = &state.catalogs.retention.localized();
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
    ui.heading(t!("retention-your-cards"));
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
        .add_enabled(
            state.journal.writable(),
            Button::new(t!("retention-new-card")),
        )
        .clicked()
    {
        commands.push(RetentionCommand::NewCard);
    }
    let Some(draft) = &state.retention.card else {
        ui.add_space(style::space::ITEM);
        ui.label(RichText::new(t!("retention-no-card-yet")).weak());
        return;
    };
    ui.separator();
    card_form_ui(ui, state, draft, commands);
    ui.separator();
    ui.label(RichText::new(t!("retention-before-the-call")).strong());
    if let Ok(card) = draft.to_card(state.today()) {
        for (label, value) in prep_lines(&card, script, state.today()) {
            ui.label(t!("retention-prep-line", label = label, value = value));
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
                    t!("retention-refund-days-left", days = i64::from(d))
                } else {
                    t!("retention-refund-window-passed")
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
    let nickname_label = form::nickname_label();
    let nickname_hint = t!("retention-nickname-hint");
    let nickname = Field::text(&nickname_label, "card_nickname", &nickname_hint, 140.0);
    changed |= checked_field_ui(
        ui,
        nickname,
        &mut d.card.nickname,
        problem(&nickname_label),
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
        &t!("retention-account-country"),
        "card_country",
        current,
        countries,
        &t!("retention-not-set"),
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
    let (tier_label, not_set) = (t!("retention-tier"), t!("retention-not-set"));
    if let Some(choice) = choice_ui(ui, &tier_label, "card_tier", d.card.tier, tiers, &not_set) {
        d.card.tier = choice;
        changed = true;
    }
    let since_label = form::member_since_label();
    let since_hint = t!("retention-member-since-hint");
    let since = Field::text(&since_label, "card_since", &since_hint, 90.0);
    changed |= checked_field_ui(ui, since, &mut d.member_since, problem(&since_label), None);
    let fee_label = form::annual_fee_label();
    let fee_hint = t!("retention-annual-fee-hint");
    let fee = Field::text(&fee_label, "card_fee", &fee_hint, 90.0);
    changed |= checked_field_ui(ui, fee, &mut d.fee, problem(&fee_label), None);
    let posted_label = form::fee_posted_label();
    let posted = Field::date(&posted_label, "card_fee_posted", today);
    changed |= checked_field_ui(ui, posted, &mut d.fee_posted, problem(&posted_label), None);
    let closes_label = form::fee_statement_closing_label();
    let closes = Field::date(&closes_label, "card_closing", today);
    let closes_problem = problem(&closes_label);
    changed |= checked_field_ui(ui, closes, &mut d.statement_closing, closes_problem, None);
    let bands = SpendBand::ALL
        .iter()
        .map(|b| (Some(*b), b.label().to_string()))
        .collect();
    let spend_label = t!("retention-spend");
    if let Some(Some(choice)) = choice_ui(
        ui,
        &spend_label,
        "card_spend",
        Some(d.card.spend),
        bands,
        "",
    ) {
        d.card.spend = choice;
        changed = true;
    }
    changed |= text_field_ui(
        ui,
        &t!("retention-last-5-digits"),
        "card_last5",
        &mut d.card.last5,
        &t!("retention-optional"),
        60.0,
    );
    if let Some(e) = &d.error {
        let text = t!("retention-not-saved", reason = e);
        ui.label(RichText::new(text).color(ui.visuals().error_fg_color));
    }
    if let Some(m) = &state.retention.message {
        super::widgets::message_ui(ui, m, |t| t.strong());
    }
    if !problems.is_empty() {
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        let reason = t!("retention-fix-to-save", fields = fields.join(", "));
        ui.label(RichText::new(reason).color(ui.visuals().error_fg_color));
    }
    if ui
        .add_enabled(
            state.journal.writable() && problems.is_empty(),
            Button::new(t!("retention-save-card")),
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
    ui.heading(t!("retention-script-title"));
    let step_index = state
        .retention
        .step
        .min(script.steps.len().saturating_sub(1));
    let Some(step) = script.steps.get(step_index) else {
        return;
    };
    ui.label(
        RichText::new(t!(
            "retention-step-of",
            step = step_index + 1,
            steps = script.steps.len(),
            title = &step.title
        ))
        .strong()
        .size(style::text::NUMBER_LARGE),
    );
    if let Some(first) = step.say.first() {
        ui.label(RichText::new(first).size(style::text::NUMBER));
    }
    for variant in step.say.iter().skip(1) {
        ui.label(
            RichText::new(t!("retention-say-instead", words = variant))
                .size(style::text::VARIANT)
                .weak(),
        );
    }
    for note in &step.notes {
        ui.label(format!("• {note}"));
    }
    ui.horizontal(|ui| {
        if ui
            .add_enabled(step_index > 0, Button::new(t!("retention-previous-step")))
            .clicked()
        {
            commands.push(RetentionCommand::PreviousStep);
        }
        if ui
            .add_enabled(
                step_index + 1 < script.steps.len(),
                Button::new(t!("retention-next-step")),
            )
            .clicked()
        {
            commands.push(RetentionCommand::NextStep);
        }
        ui.label(RichText::new(t!("retention-next-step-keys")).small().weak());
    });
    ui.add_space(style::space::GROUP);
    ui.columns(2, |cols| {
        cols[0].label(RichText::new(t!("retention-do")).strong());
        for d in &script.dos {
            cols[0].label(format!("• {d}"));
        }
        cols[1].label(RichText::new(t!("retention-dont")).strong());
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
                Button::new(t!("retention-record-outcome")),
            )
            .on_hover_text(t!("retention-record-outcome-hover"))
            .clicked()
        {
            commands.push(RetentionCommand::StartOutcome);
        }
        if ui.button(t!("retention-print-script-card")).clicked() {
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
        RichText::new(t!("retention-what-happened"))
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
            &t!("retention-offer-kind", number = n),
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
            &t!("retention-offer", number = n),
            &format!("offer_what_{i}"),
            &mut offer.what,
            &t!("retention-offer-hint"),
            200.0,
        );
        changed |= text_field_ui(
            ui,
            &t!("retention-offer-spend", number = n),
            &format!("offer_spend_{i}"),
            &mut offer.spend,
            &t!("retention-offer-spend-hint"),
            200.0,
        );
        changed |= text_field_ui(
            ui,
            &form::offer_deadline_label(n),
            &format!("offer_deadline_{i}"),
            &mut offer.deadline,
            &t!("retention-date-hint"),
            100.0,
        );
        changed |= ui
            .add(Checkbox::new(
                &mut offer.accepted,
                t!("retention-offer-accepted", number = n),
            ))
            .changed();
        if ui
            .button(t!("retention-remove-offer", number = n))
            .clicked()
        {
            remove = Some(i);
        }
    }
    if let Some(i) = remove {
        d.offers.remove(i);
        changed = true;
    }
    if ui.button(t!("retention-add-offer")).clicked() {
        d.offers.push(OfferDraft::default());
        changed = true;
    }
    changed |= text_field_ui(
        ui,
        &t!("retention-rep"),
        "outcome_rep",
        &mut d.rep,
        &t!("retention-rep-hint"),
        180.0,
    );
    changed |= text_field_ui(
        ui,
        &t!("retention-reference"),
        "outcome_reference",
        &mut d.reference,
        &t!("retention-reference-hint"),
        180.0,
    );
    if let Some(e) = &d.error {
        let text = t!("retention-not-saved", reason = e);
        ui.label(RichText::new(text).color(ui.visuals().error_fg_color));
    }
    ui.horizontal(|ui| {
        if ui.button(t!("retention-save-outcome")).clicked() {
            if changed {
                commands.push(RetentionCommand::UpdateOutcome(Box::new(d.clone())));
                changed = false;
            }
            commands.push(RetentionCommand::SaveOutcome);
        }
        if ui.button(t!("retention-cancel-outcome")).clicked() {
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
        RichText::new(t!("retention-history", card = &card.nickname))
            .strong()
            .size(style::text::SAY),
    );
    if card.outcomes.is_empty() {
        ui.label(RichText::new(t!("retention-no-calls-yet")).weak());
    }
    for o in card.outcomes.iter().rev() {
        let (date, outcome) = (crate::format::date(o.date), o.summary_shown());
        ui.label(if o.reference.is_empty() {
            t!("retention-history-call", date = date, outcome = outcome)
        } else {
            t!(
                "retention-history-call-with-reference",
                date = date,
                outcome = outcome,
                reference = &o.reference
            )
        });
    }
}
