//! Small controls shared by the panels, each with an accessible label.

use egui::{ComboBox, Id, RichText, TextEdit, TextStyle, TextWrapMode, Ui, WidgetText};

use crate::t;

/// Drop-downs with more choices than this get a type-ahead filter field.
pub(crate) const TYPE_AHEAD_FROM: usize = 12;

/// A labelled drop-down with a "none" choice (`none_label`, e.g. "Any"; an empty label
/// means there is no such choice); returns the new value when the user picks a
/// different one. Long lists open with a focused "Type to filter" field: typing
/// narrows the list and Enter picks the first match.
pub(crate) fn choice_ui<T: Clone + PartialEq>(
    ui: &mut Ui,
    label: &str,
    id: &str,
    current: Option<T>,
    options: Vec<(Option<T>, String)>,
    none_label: &str,
) -> Option<Option<T>> {
    let mut changed = None;
    let filter_id = Id::unique((id, "type_ahead"));
    let long = options.len() > TYPE_AHEAD_FROM;
    ui.horizontal(|ui| {
        let label_widget = ui.add_sized([64.0, 20.0], egui::Label::new(label));
        let selected_text = options
            .iter()
            .find(|(value, _)| *value == current)
            .map(|(_, text)| text.clone())
            .unwrap_or_else(|| none_label.to_string());
        let shown = ComboBox::from_id_salt(id)
            .selected_text(selected_text)
            .width(160.0)
            // A long choice ("Consumer cards: lost, stolen, … (GB)") is cut with "…"
            // instead of widening the menu out of the window.
            .wrap_mode(egui::TextWrapMode::Truncate)
            .height(400.0)
            .show_ui(ui, |ui| {
                let needle = if long {
                    type_ahead_ui(ui, label, filter_id)
                } else {
                    String::new()
                };
                let matches: Vec<&(Option<T>, String)> = options
                    .iter()
                    .filter(|(_, text)| text.to_lowercase().contains(&needle))
                    .collect();
                if long && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    if let Some((value, _)) = matches.first()
                        && *value != current
                    {
                        changed = Some(value.clone());
                    }
                    ui.close();
                }
                if !none_label.is_empty()
                    && needle.is_empty()
                    && ui.selectable_label(current.is_none(), none_label).clicked()
                    && current.is_some()
                {
                    changed = Some(None);
                }
                for (value, text) in matches {
                    if ui.selectable_label(*value == current, text).clicked() && *value != current {
                        changed = Some(value.clone());
                    }
                }
            });
        shown.response.labelled_by(label_widget.id);
        if shown.inner.is_none() {
            ui.data_mut(|d| d.remove::<(String, bool)>(filter_id));
        }
    });
    changed
}

/// The filter field at the top of a long drop-down; returns the lower-cased filter.
/// It takes the focus when the list opens, so typing starts filtering at once.
fn type_ahead_ui(ui: &mut Ui, label: &str, filter_id: Id) -> String {
    let (mut filter, focused_once) = ui
        .data(|d| d.get_temp::<(String, bool)>(filter_id))
        .unwrap_or_default();
    let edit = ui.add(
        TextEdit::singleline(&mut filter)
            .id(filter_id.with("edit"))
            .hint_text(t!("numbers-type-to-filter"))
            .desired_width(150.0),
    );
    let name = t!("numbers-filter-named", label = label);
    edit.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &name));
    if !focused_once {
        edit.request_focus();
    }
    ui.data_mut(|d| d.insert_temp(filter_id, (filter.clone(), true)));
    filter.trim().to_lowercase()
}

/// A labelled one-line text field; returns true when the text changed.
pub(crate) fn text_field_ui(
    ui: &mut Ui,
    label: &str,
    id: &str,
    text: &mut String,
    hint: &str,
    width: f32,
) -> bool {
    ui.horizontal(|ui| {
        let label = ui.add_sized([110.0, 20.0], egui::Label::new(label));
        ui.add(
            TextEdit::singleline(text)
                .id(Id::unique(id))
                .hint_text(hint)
                .desired_width(width),
        )
        .labelled_by(label.id)
        .changed()
    })
    .inner
}

/// A labelled one-line field checked as the user types: a wrong value gets a red
/// frame and its message below, wrapped; `note` (e.g. "= 185.50 EUR") shows beside
/// a good value. Returns true when the text changed.
pub(crate) fn checked_field_ui(
    ui: &mut Ui,
    field: Field<'_>,
    text: &mut String,
    problem: Option<&crate::fields::FieldError>,
    note: Option<&str>,
) -> bool {
    let changed = ui
        .horizontal(|ui| {
            let label = ui.add_sized([110.0, 20.0], egui::Label::new(field.label));
            let changed = ui
                .scope(|ui| {
                    if problem.is_some() {
                        let stroke = egui::Stroke::new(1.5, ui.visuals().error_fg_color);
                        let widgets = &mut ui.visuals_mut().widgets;
                        widgets.inactive.bg_stroke = stroke;
                        widgets.hovered.bg_stroke = stroke;
                        ui.visuals_mut().selection.stroke = stroke;
                    }
                    ui.add(
                        TextEdit::singleline(text)
                            .id(Id::unique(field.id))
                            .hint_text(field.hint)
                            .desired_width(field.width),
                    )
                    .labelled_by(label.id)
                    .changed()
                })
                .inner;
            if let (None, Some(note)) = (problem, note) {
                ui.label(egui::RichText::new(note).weak());
            }
            changed
                | field
                    .picker
                    .is_some_and(|today| date_picker_ui(ui, field, text, today))
        })
        .inner;
    if let Some(problem) = problem {
        field_message_ui(ui, &problem.to_string());
    }
    changed
}

/// A field's message under it, indented to the input, wrapped, in the error colour.
pub(crate) fn field_message_ui(ui: &mut Ui, message: &str) {
    ui.horizontal(|ui| {
        ui.add_space(114.0);
        ui.add(
            egui::Label::new(egui::RichText::new(message).color(ui.visuals().error_fg_color))
                .wrap(),
        );
    });
}

/// What a checked field shows: its label (also its accessible name and the name in
/// its messages), widget id, hint and width.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Field<'a> {
    /// The label.
    pub label: &'a str,
    /// A unique id for the text edit.
    pub id: &'a str,
    /// Greyed hint while empty.
    pub hint: &'a str,
    /// Width of the input.
    pub width: f32,
    /// A date field: a "Pick" button opens a calendar starting at the typed date, or
    /// at this day when nothing valid is typed.
    pub picker: Option<jiff::civil::Date>,
}

impl<'a> Field<'a> {
    /// A text field.
    pub fn text(label: &'a str, id: &'a str, hint: &'a str, width: f32) -> Field<'a> {
        Field {
            label,
            id,
            hint,
            width,
            picker: None,
        }
    }

    /// A YYYY-MM-DD field with a calendar beside it.
    pub fn date(label: &'a str, id: &'a str, today: jiff::civil::Date) -> Field<'a> {
        Field {
            label,
            id,
            // The format typed, in the current language's letters ("AAAA-MM-JJ").
            hint: crate::directory::model::interned(t!("numbers-date-hint")),
            width: 110.0,
            picker: Some(today),
        }
    }
}

/// The calendar button beside a date field (accessible name "Pick <field>"); writes
/// the picked day into the field. Returns true when it did.
fn date_picker_ui(
    ui: &mut Ui,
    field: Field<'_>,
    text: &mut String,
    today: jiff::civil::Date,
) -> bool {
    let mut day = text.trim().parse().unwrap_or(today);
    let response = ui.add(
        egui_extras::DatePickerButton::new(&mut day)
            .id_salt(field.id)
            .show_icon(false)
            .calendar_week(false)
            // The year/month/day drop-downs have no accessible names; arrows and the
            // calendar grid do.
            .combo_boxes(false)
            .format(t!("numbers-pick")),
    );
    let name = t!("numbers-pick-named", field = field.label);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    if response.changed() {
        *text = day.to_string();
        return true;
    }
    false
}

/// How wide `text` is on one line in `ui`'s style.
pub(crate) fn text_width(ui: &Ui, text: &RichText) -> f32 {
    WidgetText::from(text.clone())
        .into_galley(
            ui,
            Some(TextWrapMode::Extend),
            f32::INFINITY,
            TextStyle::Body,
        )
        .size()
        .x
}

/// A message line (a result, an error, a banner): wrapped to the width it is given,
/// cut to [`crate::message::MESSAGE_CHARS`] with any pasted blob cut to its first
/// [`crate::message::ECHO_CHARS`], so it can never widen or lengthen the page.
pub(crate) fn message_ui(ui: &mut Ui, text: &str, style: impl Fn(RichText) -> RichText) {
    let shown = crate::message::for_display(text);
    ui.add(egui::Label::new(style(RichText::new(shown))).wrap());
}

/// "Open the saved file" and "Show in folder" for the last file saved, if any.
pub(crate) fn saved_file_ui(
    ui: &mut Ui,
    state: &crate::state::AppState,
    commands: &mut crate::state::Commands,
) {
    use crate::state::AppCommand;
    let Some(path) = &state.last_export else {
        return;
    };
    if ui.button(t!("numbers-open-saved-file")).clicked() {
        commands.push(AppCommand::OpenExport(path.clone()));
    }
    if ui
        .button(t!("numbers-show-in-folder"))
        .on_hover_text(path.display().to_string())
        .clicked()
    {
        commands.push(AppCommand::ShowInFolder(path.clone()));
    }
}
