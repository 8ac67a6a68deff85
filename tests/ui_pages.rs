//! Every page in one loop (issue 15, item 6): each [`View`] is opened by its tab, as a
//! person would, over the same journal and clock, and its main controls are found by
//! label. A new page joins by being added to `View::ALL`; the `match` in
//! [`main_controls`] then asks what its controls are.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use amex_desk::state::{JournalCommand, View};
use common::{click, harness_in, settle, shows};
use egui_kittest::kittest::Queryable;

/// The labels a person looks for on each page (exact, or the start of one when it
/// ends with "…").
fn main_controls(view: View) -> &'static [&'static str] {
    match view {
        View::Numbers => &["Search", "Calling from", "Country", "Copy…", "Call…"],
        View::Journal => &[
            "New entry",
            "Export Markdown",
            "Export CSV",
            "Import and merge",
            "Show earlier versions",
            "Edit entry…",
        ],
        View::Prep => &[
            "Prepare: Lost or stolen card",
            "Card from",
            "Start call",
            "Print prep sheet (A4 PDF)",
        ],
        View::Disputes => &["New case: …", "Print checklist: …"],
        View::Retention => &["New card", "Next step", "Print script card (PDF)"],
    }
}

fn found(h: &egui_kittest::Harness<'static, amex_desk::app::DeskApp>, control: &str) -> bool {
    match control.strip_suffix('…') {
        Some(prefix) => h
            .query_all_by(|node| {
                node.label()
                    .is_some_and(|l| l.starts_with(prefix) && l.len() > prefix.len())
            })
            .next()
            .is_some(),
        None => h.query_by_label(control).is_some(),
    }
}

#[test]
fn every_page_opens_by_its_tab_and_shows_its_main_controls() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(dir.path());
    // A fixed journal: one saved call.
    {
        let state = &mut h.state_mut().state;
        state.apply(JournalCommand::New);
        state.apply(JournalCommand::SaveDraft);
        state.apply(amex_desk::state::AppCommand::ShowView(View::Numbers));
    }
    settle(&mut h);
    let mut missing = Vec::new();
    for view in View::ALL {
        click(&mut h, &view.label());
        assert_eq!(h.state().state.view, view, "the {} tab", view.label());
        for control in main_controls(view) {
            if !found(&h, control) {
                missing.push(format!("{}: {control}", view.label()));
            }
        }
    }
    assert!(missing.is_empty(), "not found by label: {missing:#?}");
    assert!(shows(&h, "Retention"));
}
