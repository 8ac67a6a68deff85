//! "What Amex Desk has for each market" (issue 27): per market, where its complaints
//! ladder ends, how many dated deadline rules a case there gets (and how many rest on a
//! secondary source), its own line for personal cards, and the letters a case can
//! print; the same table as `amex-desk coverage --after`, folded away under the call
//! prep until asked for.

use std::sync::Arc;

use egui::{CollapsingHeader, Grid, RichText, Ui};

use crate::after::{MarketAfter, coverage_after};
use crate::state::AppState;
use crate::t;

/// The table, folded under a heading; computed once per directory while open.
pub(crate) fn coverage_table_ui(ui: &mut Ui, state: &AppState) {
    ui.separator();
    CollapsingHeader::new(RichText::new(t!("prep-coverage-title")).strong())
        .id_salt("prep_coverage")
        .show(ui, |ui| {
            ui.label(RichText::new(t!("prep-coverage-intro")).small().weak());
            let rows = rows(ui, state);
            // Long bodies' names wrap; a narrow window scrolls the table sideways
            // rather than cutting its last column off.
            egui::ScrollArea::horizontal()
                .id_salt("prep_coverage_scroll")
                .show(ui, |ui| grid_ui(ui, &rows));
        });
}

/// The table itself: a heading row, then one row per market.
fn grid_ui(ui: &mut Ui, rows: &[MarketAfter]) {
    Grid::new("prep_coverage_grid")
        .striped(true)
        .num_columns(5)
        .show(ui, |ui| {
            for heading in [
                t!("prep-coverage-col-market"),
                t!("prep-coverage-col-body"),
                t!("prep-coverage-col-rules"),
                t!("prep-coverage-col-personal"),
                t!("prep-coverage-col-letters"),
            ] {
                ui.label(RichText::new(heading).strong());
            }
            ui.end_row();
            for row in rows {
                market_row_ui(ui, row);
            }
        });
}

/// The widest the "complaints end at" column grows before its names wrap.
const BODY_WIDTH: f32 = 300.0;

/// One market's cells.
fn market_row_ui(ui: &mut Ui, row: &MarketAfter) {
    ui.label(format!("{} {}", row.code, row.name));
    ui.scope(|ui| {
        ui.set_max_width(BODY_WIDTH);
        ui.add(egui::Label::new(row.body_text()).wrap());
    });
    ui.label(row.rules_text());
    ui.label(
        row.personal_card_line
            .map_or_else(|| t!("prep-coverage-none"), |s| s.name()),
    );
    ui.label(row.letters_text());
    ui.end_row();
}

/// The rows, kept in egui's memory for this directory (its origin, update and size:
/// an update or another file computes them again) and language.
fn rows(ui: &Ui, state: &AppState) -> Arc<Vec<MarketAfter>> {
    let dir = &state.directory;
    let id = egui::Id::unique((
        "prep_coverage_rows",
        dir.origin.as_str(),
        dir.serial,
        dir.compiled_on.as_str(),
        dir.contacts.len(),
    ))
    .with(crate::i18n::current().tag());
    if let Some(rows) = ui.data(|d| d.get_temp::<Arc<Vec<MarketAfter>>>(id)) {
        return rows;
    }
    let rows = Arc::new(coverage_after(&state.directory, &state.catalogs));
    ui.data_mut(|d| d.insert_temp(id, rows.clone()));
    rows
}
