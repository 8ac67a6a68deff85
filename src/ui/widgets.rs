//! Small controls shared by the panels, each with an accessible label.

use egui::{ComboBox, Id, TextEdit, Ui};

/// A labelled drop-down with a "none" choice (`none_label`, e.g. "Any"; an empty label
/// means there is no such choice); returns the new value when the user picks a
/// different one.
pub fn choice_ui<T: Clone + PartialEq>(
    ui: &mut Ui,
    label: &str,
    id: &str,
    current: Option<T>,
    options: Vec<(Option<T>, String)>,
    none_label: &str,
) -> Option<Option<T>> {
    let mut changed = None;
    ui.horizontal(|ui| {
        let label = ui.add_sized([64.0, 20.0], egui::Label::new(label));
        let selected_text = options
            .iter()
            .find(|(value, _)| *value == current)
            .map(|(_, text)| text.clone())
            .unwrap_or_else(|| none_label.to_string());
        ComboBox::from_id_salt(id)
            .selected_text(selected_text)
            .width(160.0)
            .height(400.0)
            .show_ui(ui, |ui| {
                if !none_label.is_empty()
                    && ui.selectable_label(current.is_none(), none_label).clicked()
                    && current.is_some()
                {
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

/// A labelled one-line text field; returns true when the text changed.
pub fn text_field_ui(
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
pub fn checked_field_ui(
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
        })
        .inner;
    if let Some(problem) = problem {
        field_message_ui(ui, &problem.to_string());
    }
    changed
}

/// A field's message under it, indented to the input, wrapped, in the error colour.
pub fn field_message_ui(ui: &mut Ui, message: &str) {
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
pub struct Field<'a> {
    /// The label.
    pub label: &'a str,
    /// A unique id for the text edit.
    pub id: &'a str,
    /// Greyed hint while empty.
    pub hint: &'a str,
    /// Width of the input.
    pub width: f32,
}
