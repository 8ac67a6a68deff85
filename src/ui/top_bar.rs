//! The top bar: search, calling-from country, theme, reminders; and the data warning
//! banner.
//! Its groups (a label with its field) flow into further rows when the window is too
//! narrow for one, each group kept whole: nothing in it is ever cut.

use egui::{Align, ComboBox, Id, Layout, RichText, TextEdit, Ui, vec2};

use super::badge::status_color;
use super::keyboard::SEARCH_ID;
use super::style;
use crate::directory::Status;
use crate::directory::verify::Verdict;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::state::{AppCommand, Commands, NumbersCommand};
use crate::t;

/// The search field's width.
const SEARCH_WIDTH: f32 = 280.0;
/// The verify field's width.
const VERIFY_WIDTH: f32 = 190.0;
/// Room a combo box takes besides its text (the arrow and padding).
const COMBO_EXTRA: f32 = 36.0;

/// Title, search box, verify box, calling-from picker and theme button, in as many
/// rows as the width needs.
pub(crate) fn top_bar_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    ui.horizontal_wrapped(|ui| {
        let title = RichText::new("Amex Desk").heading();
        let subtitle = RichText::new(t!("shell-subtitle")).small().weak();
        let width = text_width(ui, &title) + text_width(ui, &subtitle) + gap(ui);
        group_ui(ui, width, |ui| {
            ui.label(title);
            ui.label(subtitle);
        });
        let width = text_width(ui, &RichText::new(t!("shell-search"))) + gap(ui) + SEARCH_WIDTH;
        group_ui(ui, width, |ui| search_box_ui(ui, state, commands));
        let width = text_width(ui, &RichText::new(t!("shell-verify"))) + gap(ui) + VERIFY_WIDTH;
        group_ui(ui, width, |ui| verify_box_ui(ui, state, commands));
        let current = RichText::new(calling_from_text(state));
        let width = text_width(ui, &RichText::new(t!("shell-calling-from")))
            + gap(ui)
            + text_width(ui, &current)
            + COMBO_EXTRA;
        group_ui(ui, width, |ui| calling_from_ui(ui, state, commands));
        let theme = RichText::new(state.theme.label());
        let width = text_width(ui, &theme) + ui.spacing().button_padding.x * 2.0;
        group_ui(ui, width, |ui| {
            if ui
                .button(theme)
                .on_hover_text(t!("shell-theme-hover"))
                .clicked()
            {
                commands.push(AppCommand::SetTheme(state.theme.next()));
            }
        });
        let reminders = RichText::new(t!("shell-reminders"));
        let width = text_width(ui, &reminders) + ui.spacing().icon_width + gap(ui);
        group_ui(ui, width, |ui| reminders_ui(ui, state, commands));
        let current = RichText::new(language_text(state.language, state.system_language));
        let width = text_width(ui, &RichText::new(t!("shell-language")))
            + gap(ui)
            + text_width(ui, &current)
            + COMBO_EXTRA;
        group_ui(ui, width, |ui| language_ui(ui, state, commands));
    });
}

/// "Deutsch", or "System (Deutsch)" when the window follows the system.
fn language_text(chosen: Option<Lang>, system: Lang) -> String {
    match chosen {
        Some(lang) => lang.native_name().to_string(),
        None => t!("shell-language-system", name = system.native_name()),
    }
}

/// The language picker: the system's, or one of the languages offered, each named in
/// itself (so a person who cannot read the current one still finds theirs).
fn language_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    let label = ui
        .label(t!("shell-language"))
        .on_hover_text(t!("shell-language-hover"));
    let current = language_text(state.language, state.system_language);
    let width = text_width(ui, &RichText::new(&current)) + COMBO_EXTRA;
    ComboBox::from_id_salt("language")
        .selected_text(current)
        .width(width)
        .wrap_mode(egui::TextWrapMode::Extend)
        .show_ui(ui, |ui| {
            let choices = std::iter::once(None).chain(Lang::OFFERED.map(Some));
            for choice in choices {
                let selected = choice == state.language;
                let text = language_text(choice, state.system_language);
                if ui.selectable_label(selected, text).clicked() && !selected {
                    commands.push(AppCommand::SetLanguage(choice));
                }
            }
        })
        .response
        .labelled_by(label.id);
}

/// Desktop notifications on or off.
fn reminders_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    let mut on = state.reminders;
    if ui
        .checkbox(&mut on, t!("shell-reminders"))
        .on_hover_text(t!("shell-reminders-hover"))
        .changed()
    {
        commands.push(AppCommand::SetReminders(on));
    }
}

fn text_width(ui: &Ui, text: &RichText) -> f32 {
    super::widgets::text_width(ui, text)
}

fn gap(ui: &Ui) -> f32 {
    ui.spacing().item_spacing.x
}

/// A group `width` wide, kept whole: on this row if it fits, else on the next.
fn group_ui(ui: &mut Ui, width: f32, add_contents: impl FnOnce(&mut Ui)) {
    let height = ui.spacing().interact_size.y + 4.0;
    ui.allocate_ui_with_layout(
        vec2(width + 4.0, height),
        Layout::left_to_right(Align::Center),
        add_contents,
    );
    ui.add_space(style::space::GROUP);
}

/// The search box.
fn search_box_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    let label = ui.label(t!("shell-search"));
    let mut text = state.numbers.search.clone();
    let response = ui
        .add(
            TextEdit::singleline(&mut text)
                .id(Id::unique(SEARCH_ID))
                .hint_text(t!("shell-search-hint"))
                .desired_width(SEARCH_WIDTH),
        )
        .labelled_by(label.id);
    if response.changed() {
        commands.push(NumbersCommand::SetSearch(text));
    }
}

/// The verify box: paste a number, link or email address from a text or an email.
fn verify_box_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    let label = ui
        .label(t!("shell-verify"))
        .on_hover_text(t!("shell-verify-hover"));
    let mut text = state.verify_input.clone();
    let response = ui
        .add(
            TextEdit::singleline(&mut text)
                .id(Id::unique("verify_box"))
                .hint_text(t!("shell-verify-hint"))
                .desired_width(VERIFY_WIDTH),
        )
        .labelled_by(label.id);
    if response.changed() {
        commands.push(AppCommand::SetVerifyInput(text));
    }
}

/// The verify box's answer, under the top bar.
pub(crate) fn verification_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    let Some(v) = &state.verification else {
        return;
    };
    let (word, color) = match v.verdict {
        Verdict::Amex => (t!("shell-verdict-amex"), status_color(Status::Official)),
        Verdict::NotAmex => (
            t!("shell-verdict-not-amex"),
            status_color(Status::Misattributed),
        ),
        Verdict::Unknown => (
            t!("shell-verdict-unknown"),
            status_color(Status::Conflicting),
        ),
        Verdict::Invalid => (t!("shell-verdict-invalid"), status_color(Status::Outdated)),
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(format!(" {word} "))
                .strong()
                .color(egui::Color32::WHITE)
                .background_color(color),
        );
        super::widgets::message_ui(ui, &v.finding, |t| t.strong());
        super::widgets::message_ui(ui, &v.advice, |t| t);
        if ui.button(t!("shell-clear")).clicked() {
            commands.push(AppCommand::ClearVerify);
        }
    });
}

/// The "Calling from" country picker: every number is shown as dialled from there.
fn calling_from_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    let label = ui
        .label(t!("shell-calling-from"))
        .on_hover_text(t!("shell-calling-from-hover"));
    let current = calling_from_text(state);
    let width = text_width(ui, &RichText::new(&current)) + COMBO_EXTRA;
    ComboBox::from_id_salt("calling_from")
        .selected_text(current)
        .width(width)
        .wrap_mode(egui::TextWrapMode::Extend)
        .height(400.0)
        .show_ui(ui, |ui| {
            for (code, name) in &state.countries {
                let selected = *code == state.calling_from;
                let text = format!("{name} ({code})");
                if ui.selectable_label(selected, text).clicked() && !selected {
                    commands.push(AppCommand::SetCallingFrom(code.clone()));
                }
            }
        })
        .response
        .labelled_by(label.id);
}

/// "Spain (ES)": the calling-from country as the picker shows it.
fn calling_from_text(state: &AppState) -> String {
    format!(
        "{} ({})",
        state.directory.country_name(&state.calling_from),
        state.calling_from
    )
}

/// A signed directory update waiting for the user's word: what it changes, and
/// Apply / Don't apply.
pub(crate) fn update_offer_ui(
    ui: &mut Ui,
    offer: &crate::state::UpdateOffer,
    commands: &mut Commands,
) {
    use crate::state::DirectoryCommand;
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(t!(
                "shell-update-offer",
                serial = offer.directory.serial.to_string(),
                compiled = crate::format::date_text(&offer.directory.compiled_on),
                key = offer.key.to_string()
            ))
            .strong(),
        );
        if ui.button(t!("shell-update-apply")).clicked() {
            commands.push(DirectoryCommand::Apply);
        }
        if ui.button(t!("shell-update-decline")).clicked() {
            commands.push(DirectoryCommand::Decline);
        }
    });
    ui.label(t!("shell-update-changes"));
    egui::ScrollArea::vertical()
        .max_height(140.0)
        .id_salt("update_changes")
        .show(ui, |ui| {
            ui.label(RichText::new(&offer.changes).monospace());
        });
}

/// A banner for data problems (e.g. a rejected --directory file).
pub(crate) fn warning_ui(ui: &mut Ui, warning: &str, commands: &mut Commands) {
    ui.horizontal_wrapped(|ui| {
        let color = ui.visuals().warn_fg_color;
        super::widgets::message_ui(ui, warning, |t| t.color(color));
        if ui.button(t!("shell-dismiss")).clicked() {
            commands.push(AppCommand::DismissWarning);
        }
    });
}
