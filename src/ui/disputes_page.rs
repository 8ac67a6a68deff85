//! The disputes page: cases with status and nearest deadline; a case with its
//! evidence checklist, deadlines and print buttons; blank checklists per type.

use egui::{
    Button, CentralPanel, Checkbox, Color32, Id, Panel, ProgressBar, RichText, Role, ScrollArea,
    TextEdit, Ui, WidgetInfo,
};

use super::style;
use super::widgets::{Field, checked_field_ui, choice_ui, text_field_ui};
use crate::directory::Channel;
use crate::disputes::catalog::{Catalog, DisputeType};
use crate::disputes::deadlines::{claims_conditions, deadlines};
use crate::disputes::{CaseStatus, nearest};
use crate::fields::{Amount, FieldError, read_amount};
use crate::format::{amount as amount_shown, money, relative_days};
use crate::print::Paper;
use crate::state::disputes as form;
use crate::state::{AppCommand, Commands};
use crate::state::{AppState, CaseDraft, Choice, DisputeCommand};
use crate::t;

/// Where the amount's "I mean ..." buttons start: under the field, past its label.
const AMOUNT_CHOICE_INDENT: f32 = 114.0;

fn labelled_button(ui: &mut Ui, text: &str, label: &str, enabled: bool) -> bool {
    let response = ui.add_enabled(enabled, Button::new(text));
    response.widget_info(|| WidgetInfo::labeled(Role::Button, enabled, label));
    response.clicked()
}

/// Colour for days left: red when passed, amber within a week.
fn days_colour(ui: &Ui, days: i32) -> Color32 {
    if days < 0 {
        ui.visuals().error_fg_color
    } else if days <= 7 {
        ui.visuals().warn_fg_color
    } else {
        ui.visuals().text_color()
    }
}

/// The disputes page.
pub(crate) fn disputes_page_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    let catalog = state.catalogs.disputes;
    Panel::left("dispute_cases")
        .resizable(false)
        .exact_size(330.0)
        .show(ui, |ui| {
            ScrollArea::vertical()
                .id_salt("dispute_cases")
                .show(ui, |ui| {
                    cases_ui(ui, state, catalog, commands);
                });
        });
    CentralPanel::default().show(ui, |ui| match &state.disputes.draft {
        Some(draft) => {
            // Save and the unsaved marker stay in view however long the checklist is.
            Panel::bottom("case_actions").show(ui, |ui| {
                super::case_actions::case_actions_ui(ui, state, draft, commands);
            });
            ScrollArea::vertical()
                .id_salt("dispute_case")
                .show(ui, |ui| case_ui(ui, state, catalog, draft, commands));
        }
        None => {
            ScrollArea::vertical()
                .id_salt("dispute_case")
                .show(ui, |ui| advice_ui(ui, state, catalog, commands));
        }
    });
}

fn cases_ui(ui: &mut Ui, state: &AppState, catalog: &Catalog, commands: &mut Commands) {
    ui.add_space(style::space::ITEM);
    ui.heading(t!("disputes-your-cases"));
    let today = state.today();
    if state.journal.data.cases.is_empty() {
        ui.label(RichText::new(t!("disputes-no-cases")).weak());
    }
    for case in &state.journal.data.cases {
        let next = nearest(case, catalog, today);
        let title = if case.merchant.is_empty() {
            t!("disputes-no-merchant")
        } else {
            case.merchant.clone()
        };
        ui.horizontal_wrapped(|ui| {
            let label = t!("disputes-open-case", merchant = &title);
            if labelled_button(ui, &title, &label, true) {
                commands.push(DisputeCommand::Open(case.id));
            }
            ui.label(RichText::new(case.status.label()).small().weak());
        });
        if let Some(d) = next {
            ui.label(
                RichText::new(format!(
                    "{}: {} ({})",
                    d.localized_label,
                    crate::format::date(d.due),
                    relative_days(d.days_left)
                ))
                .small()
                .color(days_colour(ui, d.days_left)),
            );
        }
        ui.add_space(style::space::SMALL);
    }
    ui.add_space(style::space::GROUP);
    ui.separator();
    ui.heading(t!("disputes-start-case"));
    ui.label(RichText::new(t!("disputes-start-case-hint")).small().weak());
    for kind in &catalog.types {
        let name = kind.localized_name();
        ui.horizontal(|ui| {
            if labelled_button(
                ui,
                &name,
                &t!("disputes-new-case", kind = &name),
                state.journal.writable(),
            ) {
                commands.push(DisputeCommand::New {
                    kind: kind.slug.clone(),
                    from_call: None,
                });
            }
            let print = t!("disputes-print-checklist", kind = &name);
            if labelled_button(ui, &t!("disputes-pdf"), &print, true) {
                commands.push(DisputeCommand::PrintChecklist(kind.slug.clone(), Paper::A4));
            }
        });
    }
    super::widgets::saved_file_ui(ui, state, commands);
}

fn advice_ui(ui: &mut Ui, state: &AppState, catalog: &Catalog, commands: &mut Commands) {
    ui.add_space(style::space::ITEM);
    ui.heading(t!("disputes-disputing-heading"));
    ui.add_space(style::space::SMALL);
    for advice in catalog.general_advice() {
        ui.label(format!("• {advice}"));
    }
    ui.add_space(style::space::GROUP);
    if let Some(message) = &state.disputes.message {
        super::widgets::message_ui(ui, message, |t| t.strong());
    }
    super::case_actions::undo_case_ui(ui, state, commands);
    ui.label(RichText::new(t!("disputes-advice-footer")).weak());
}

fn case_ui(
    ui: &mut Ui,
    state: &AppState,
    catalog: &Catalog,
    draft: &CaseDraft,
    commands: &mut Commands,
) {
    let mut d = draft.clone();
    ui.add_space(style::space::ITEM);
    ui.heading(if d.case.merchant.is_empty() {
        t!("disputes-new-dispute")
    } else {
        t!("disputes-dispute-heading", merchant = &d.case.merchant)
    });
    ui.label(RichText::new(t!("disputes-case-warning")).small().weak());
    ui.add_space(style::space::SMALL);
    let mut changed = charge_fields_ui(ui, state, &mut d);
    changed |= case_pickers_ui(ui, state, catalog, &mut d);
    changed |= case_dates_ui(ui, state, &mut d);
    changed |= filing_fields_ui(ui, &mut d);
    deadlines_ui(ui, state, catalog, &d);
    if let Some(kind) = catalog.kind(&d.case.kind) {
        changed |= evidence_ui(ui, state, kind, &mut d, commands);
    }
    if changed {
        commands.push(DisputeCommand::Update(Box::new(d)));
    }
}

/// Who charged, how much, in which currency: each checked as typed.
fn charge_fields_ui(ui: &mut Ui, state: &AppState, d: &mut CaseDraft) -> bool {
    let problems = &state.frame.case_problems;
    let problem = |label: &str| problems.iter().find(|p| p.field == label);
    let merchant = form::merchant_label();
    let hint = t!("disputes-merchant-hint");
    let mut changed = checked_field_ui(
        ui,
        Field::text(&merchant, "case_merchant", &hint, 240.0),
        &mut d.case.merchant,
        problem(&merchant),
        None,
    );
    changed |= amount_field_ui(ui, d, problem(&form::amount_label()));
    let currency = form::currency_label();
    changed |= checked_field_ui(
        ui,
        Field::text(&currency, "case_currency", "USD", 50.0),
        &mut d.case.currency,
        problem(&currency),
        None,
    );
    changed
}

/// The dispute type, the account's country and the case status.
fn case_pickers_ui(ui: &mut Ui, state: &AppState, catalog: &Catalog, d: &mut CaseDraft) -> bool {
    let mut changed = false;
    let types = catalog
        .types
        .iter()
        .map(|t| (Some(t.slug.clone()), t.localized_name()))
        .collect();
    if let Some(Some(slug)) = choice_ui(
        ui,
        &t!("disputes-type"),
        "case_type",
        Some(d.case.kind.clone()),
        types,
        "",
    ) {
        d.case.kind = slug;
        changed = true;
    }
    let countries = state
        .countries
        .iter()
        .map(|(code, name)| (Some(code.clone()), format!("{name} ({code})")))
        .collect();
    if let Some(Some(code)) = choice_ui(
        ui,
        &form::account_label(),
        "case_country",
        Some(d.case.country.clone()),
        countries,
        "",
    ) {
        d.case.currency =
            crate::fields::currency_following(&d.case.currency, &d.case.country, &code);
        d.case.country = code;
        changed = true;
    }
    let statuses = CaseStatus::ALL
        .iter()
        .map(|s| (Some(*s), s.label()))
        .collect();
    if let Some(Some(status)) = choice_ui(
        ui,
        &t!("disputes-status"),
        "case_status",
        Some(d.case.status),
        statuses,
        "",
    ) {
        d.case.status = status;
        changed = true;
    }
    changed
}

/// The transaction, statement and filing dates, each with a calendar.
fn case_dates_ui(ui: &mut Ui, state: &AppState, d: &mut CaseDraft) -> bool {
    let problems = &state.frame.case_problems;
    let problem = |label: &str| problems.iter().find(|p| p.field == label);
    let mut changed = false;
    for (label, id, text) in [
        (
            form::transaction_date_label(),
            "case_transaction",
            &mut d.transaction_date,
        ),
        (
            form::statement_date_label(),
            "case_statement",
            &mut d.statement_date,
        ),
        (form::filed_on_label(), "case_filed", &mut d.filed_on),
        (
            form::final_response_on_label(),
            "case_final_response",
            &mut d.final_response_on,
        ),
    ] {
        let field = Field::date(&label, id, state.today());
        changed |= checked_field_ui(ui, field, text, problem(&label), None);
    }
    changed
}

/// How it was filed, the card, what was tried, and what happened.
fn filing_fields_ui(ui: &mut Ui, d: &mut CaseDraft) -> bool {
    let mut changed = false;
    let channels = Channel::ALL
        .iter()
        .map(|c| (Some(*c), c.label().to_string()))
        .collect();
    if let Some(choice) = choice_ui(
        ui,
        &t!("disputes-filed-by"),
        "case_channel",
        d.case.filing_channel,
        channels,
        &t!("disputes-not-filed-yet"),
    ) {
        d.case.filing_channel = choice;
        changed = true;
    }
    changed |= text_field_ui(
        ui,
        &t!("disputes-card-nickname"),
        "case_card",
        &mut d.case.card_nickname,
        &t!("disputes-card-nickname-hint"),
        140.0,
    );
    changed |= text_field_ui(
        ui,
        &t!("disputes-card-last5"),
        "case_last5",
        &mut d.case.card_last5,
        "10005",
        70.0,
    );
    changed |= ui
        .add(Checkbox::new(
            &mut d.case.merchant_contacted,
            t!("disputes-merchant-contacted"),
        ))
        .changed();
    if d.asks_within_100_miles() {
        changed |= ui
            .add(Checkbox::new(
                &mut d.case.within_100_miles,
                t!("disputes-within-100-miles"),
            ))
            .changed();
    }
    ui.horizontal(|ui| {
        let label = ui.add_sized(
            [110.0, 20.0],
            egui::Label::new(t!("disputes-what-happened")),
        );
        changed |= ui
            .add(
                TextEdit::multiline(&mut d.case.description)
                    .id(Id::unique("case_description"))
                    .desired_rows(3)
                    .desired_width(420.0),
            )
            .labelled_by(label.id)
            .changed();
    });

    changed
}

/// The evidence checklist: a box, a note and a file per item, with progress.
fn evidence_ui(
    ui: &mut Ui,
    state: &AppState,
    kind: &DisputeType,
    d: &mut CaseDraft,
    commands: &mut Commands,
) -> bool {
    let mut changed = false;
    ui.add_space(style::space::GROUP);
    let total = kind.items.len();
    let done = kind
        .items
        .iter()
        .filter(|i| d.case.items.get(&i.title).is_some_and(|s| s.checked))
        .count();
    ui.label(
        RichText::new(t!("disputes-evidence-progress", done = done, total = total))
            .strong()
            .size(style::text::SECTION_TITLE),
    );
    ui.add(ProgressBar::new(done as f32 / total.max(1) as f32).desired_width(300.0));
    let case = d.case.id;
    // Ticks are stored under the title as written; people read the localized one.
    let local = kind.localized();
    for (item, shown) in kind.items.iter().zip(&local.items) {
        let state_ = d.case.items.entry(item.title.clone()).or_default();
        changed |= ui
            .add(Checkbox::new(&mut state_.checked, shown.title.as_str()))
            .changed();
        ui.label(
            RichText::new(t!(
                "disputes-item-why-example",
                why = &shown.why,
                example = &shown.example
            ))
            .small()
            .weak(),
        );
        // Label above field, fields no wider than the column: nothing leaves the
        // window at 800 px (the fields used to sit beside their long labels).
        ui.indent(("case_item", &item.title), |ui| {
            let label = ui
                .label(RichText::new(t!("disputes-note-for", item = &shown.title)).small())
                .on_hover_text(t!("disputes-your-note"));
            changed |= ui
                .add(
                    TextEdit::singleline(&mut state_.note)
                        .id(Id::unique(("case_note", &item.title)))
                        .desired_width(ui.available_width().min(360.0)),
                )
                .labelled_by(label.id)
                .changed();
            let label =
                ui.label(RichText::new(t!("disputes-file-for", item = &shown.title)).small());
            ui.horizontal_wrapped(|ui| {
                let mut path = state_.file.clone().unwrap_or_default();
                let response = ui
                    .add(
                        TextEdit::singleline(&mut path)
                            .id(Id::unique(("case_file", &item.title)))
                            .hint_text(t!("disputes-file-hint"))
                            .desired_width((ui.available_width() - 110.0).clamp(120.0, 260.0)),
                    )
                    .labelled_by(label.id);
                if response.changed() {
                    state_.file = (!path.trim().is_empty()).then(|| path.trim().to_string());
                    changed = true;
                }
                if ui
                    .button(t!("disputes-attach-file"))
                    .on_hover_text(t!("disputes-attach-file-hover", item = &shown.title))
                    .clicked()
                {
                    commands.push(AppCommand::ChooseFile(Choice::Evidence {
                        case,
                        item: item.title.clone(),
                    }));
                }
                if let Some(file) = &state_.file
                    && state.disputes.missing_files.contains(file)
                {
                    ui.label(
                        RichText::new(t!("disputes-file-missing"))
                            .color(ui.visuals().warn_fg_color),
                    );
                }
            });
        });
    }
    changed
}

/// The amount as typed, with how it was read ("= 185.50 EUR", "= 185,50 €") or, when one mark is
/// followed by three digits, a question and a button for the thousands reading.
fn amount_field_ui(ui: &mut Ui, d: &mut CaseDraft, problem: Option<&FieldError>) -> bool {
    let amount = form::amount_label();
    let reading = read_amount(&amount, &d.amount);
    let note = match &reading {
        Ok(Amount::Value(v)) => Some(format!("= {}", amount_shown(*v, &d.case.currency))),
        _ => None,
    };
    let hint = t!("disputes-amount-hint");
    let field = Field::text(&amount, "case_amount", &hint, 90.0);
    let mut changed = checked_field_ui(ui, field, &mut d.amount, problem, note.as_deref());
    if let Ok(Amount::Ambiguous { thousands }) = reading {
        ui.horizontal(|ui| {
            ui.add_space(AMOUNT_CHOICE_INDENT);
            let mean = t!("disputes-amount-i-mean", amount = money(thousands));
            if ui.button(mean).clicked() {
                d.amount = money(thousands);
                changed = true;
            }
        });
    }
    changed
}

fn deadlines_ui(ui: &mut Ui, state: &AppState, catalog: &Catalog, d: &CaseDraft) {
    ui.add_space(style::space::GROUP);
    ui.label(
        RichText::new(t!("disputes-deadlines"))
            .strong()
            .size(style::text::SECTION_TITLE),
    );
    let case = d.typed_case();
    let (dated, pending) = deadlines(&case, catalog, state.today());
    if dated.is_empty() && pending.is_empty() {
        ui.label(crate::disputes::deadlines::none_known(
            &state.directory.country_name(&case.country),
        ));
    }
    for dl in &dated {
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(format!(
                    "{}: {}",
                    dl.localized_label,
                    crate::format::date(dl.due)
                ))
                .strong(),
            );
            ui.label(
                RichText::new(relative_days(dl.days_left))
                    .strong()
                    .color(days_colour(ui, dl.days_left)),
            );
            ui.label(RichText::new(&dl.standing).italics());
        });
        ui.label(RichText::new(&dl.source).small().weak())
            .on_hover_text(&dl.citation);
    }
    for p in &pending {
        ui.label(t!(
            "disputes-pending-deadline",
            label = &p.localized_label,
            needs = &p.needs
        ));
    }
    for note in catalog.notes_for(&case.country) {
        let label = ui.label(RichText::new(note.localized_text()).small());
        if !note.evidence.is_empty() {
            let pages: Vec<String> = note.evidence.iter().map(|e| e.citation()).collect();
            label.on_hover_text(pages.join("\n\n"));
        }
    }
    let conditions = claims_conditions(&case);
    if !conditions.is_empty() {
        ui.add_space(style::space::SMALL);
        ui.label(RichText::new(t!("disputes-claims-heading")).strong());
        for c in conditions {
            let mark = match c.met {
                Some(true) => t!("disputes-condition-met"),
                Some(false) => t!("disputes-condition-not-met"),
                None => t!("disputes-not-known-yet"),
            };
            ui.label(format!("• {}: {mark}", c.text));
        }
    }
}
