//! Small controls shared by the panels, each with an accessible label.

use egui::{ComboBox, Id, RichText, TextEdit, TextStyle, TextWrapMode, Ui, WidgetText};

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

/// How wide `text` is on one line in `ui`'s style.
pub fn text_width(ui: &Ui, text: &RichText) -> f32 {
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
pub fn message_ui(ui: &mut Ui, text: &str, style: impl Fn(RichText) -> RichText) {
    let shown = crate::message::for_display(text);
    ui.add(egui::Label::new(style(RichText::new(shown))).wrap());
}
