//! The numbers panel: a virtualised list of matching contacts (see [`super::number_row`]
//! for one row).
//!
//! Rows take the height their content needs (buttons wrap under a number that leaves
//! them no room; warnings wrap in full), so the list is virtualised over measured
//! heights: only rows in view are drawn, each at the top its predecessors' heights
//! give; a row not drawn yet counts as [`ROW_ESTIMATE`] until it is.

use egui::{Id, Rect, RichText, ScrollArea, Ui, UiBuilder, vec2};

use super::empty_state::{empty_state_ui, market_advice_ui};
use super::number_row::row_ui;
use crate::state::AppState;
use crate::state::{Commands, NumbersCommand};
use crate::t;

/// The height a row is assumed to have before it has been drawn.
pub(crate) const ROW_ESTIMATE: f32 = 100.0;

/// Row heights measured for one list: the results, calling-from country and width.
#[derive(Clone, Default)]
struct RowHeights {
    key: (u64, String, u32),
    heights: Vec<Option<f32>>,
}

impl RowHeights {
    /// The top of each row and, last, the list's height (`gap` between rows).
    fn tops(&self, gap: f32) -> Vec<f32> {
        let mut tops = Vec::with_capacity(self.heights.len() + 1);
        let mut y = 0.0;
        tops.push(y);
        for h in &self.heights {
            y += h.unwrap_or(ROW_ESTIMATE) + gap;
            tops.push(y);
        }
        tops
    }
}

/// The central panel.
pub(crate) fn numbers_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    let count = state.numbers.results.hits.len();
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(t!("numbers-line-count", count = count)).strong());
        ui.label(
            RichText::new(t!(
                "numbers-shown-as-dialled-from",
                country = state.directory.country_name(&state.calling_from)
            ))
            .weak(),
        );
    });
    if let Some(notice) = crate::directory::staleness::stale_notice(&state.directory, state.today())
    {
        let color = ui.visuals().warn_fg_color;
        super::widgets::message_ui(ui, &notice, |t| t.color(color));
    }
    ui.separator();
    market_advice_ui(ui, state, commands);
    if count == 0 {
        empty_state_ui(ui, state, commands);
        return;
    }
    list_ui(ui, state, commands);
}

/// The rows in view, each at the height it needs.
fn list_ui(ui: &mut Ui, state: &AppState, commands: &mut Commands) {
    let count = state.numbers.results.hits.len();
    let salt = egui::IdSalt::new("numbers");
    let cache_id = Id::unique("numbers_row_heights");
    let key = (
        state.numbers.results_generation,
        state.calling_from.clone(),
        ui.available_width().round() as u32,
    );
    let mut cache = ui
        .data(|d| d.get_temp::<RowHeights>(cache_id))
        .filter(|c| c.key == key && c.heights.len() == count)
        .unwrap_or_else(|| RowHeights {
            key,
            heights: vec![None; count],
        });
    let gap = ui.spacing().item_spacing.y;
    let tops = cache.tops(gap);
    let mut area = ScrollArea::vertical()
        .auto_shrink([false, false])
        .id_salt(salt);
    if state.numbers.scroll_to_selected
        && let Some(selected) = state.numbers.selected.filter(|s| *s < count)
    {
        let view = ui.available_height();
        let offset = egui::scroll_area::State::load(ui.ctx(), ui.make_persistent_id(salt))
            .map(|s| s.clamped_offset().y)
            .unwrap_or(0.0);
        let (top, bottom) = (tops[selected], tops[selected + 1]);
        if top < offset {
            area = area.vertical_scroll_offset(top);
        } else if bottom > offset + view {
            area = area.vertical_scroll_offset(bottom - view);
        }
        // Once: afterwards the user may scroll away from the selection.
        commands.push(NumbersCommand::SelectionShown);
    }
    let mut changed = false;
    area.show_viewport(ui, |ui, viewport| {
        ui.set_height((tops[count] - gap).max(0.0));
        let first = tops
            .partition_point(|t| *t <= viewport.min.y)
            .saturating_sub(1)
            .min(count - 1);
        let origin = ui.max_rect().min;
        let width = ui.max_rect().width();
        let mut y = tops[first];
        let mut position = first;
        ui.skip_ahead_auto_ids(first);
        while position < count && y < viewport.max.y {
            let Some(contact) = state.hit(position) else {
                break;
            };
            let room = Rect::from_min_size(origin + vec2(0.0, y), vec2(width, f32::INFINITY));
            let drawn = ui.scope_builder(UiBuilder::new().max_rect(room), |ui| {
                row_ui(ui, state, contact, position, commands);
            });
            let height = drawn.response.rect.height();
            if cache.heights[position].is_none_or(|h| (h - height).abs() > 0.5) {
                cache.heights[position] = Some(height);
                changed = true;
            }
            y += height + gap;
            position += 1;
        }
    });
    if changed {
        // The list's height and later rows' tops moved: lay out once more.
        ui.ctx().request_repaint();
    }
    ui.data_mut(|d| d.insert_temp(cache_id, cache));
}
