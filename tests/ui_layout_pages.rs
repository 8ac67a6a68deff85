//! Every page at 800 x 600 (and at 200 %), with content on it: a journal entry with its
//! editor open, a dispute case, a retention card. No control (button, field, menu,
//! checkbox, link) may stand outside the window, where no one can reach it: the issue saw
//! the Journal page's Delete button and Status menu cut off at 860 px.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use amex_desk::app::DeskApp;
use amex_desk::state::{AppCommand, View};
use common::{click, click_starting, harness_in, settle, type_into};
use egui::accesskit::Role;
use egui::{Pos2, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

const CONTROLS: [Role; 6] = [
    Role::Button,
    Role::ComboBox,
    Role::TextInput,
    Role::MultilineTextInput,
    Role::CheckBox,
    Role::Link,
];
const SLACK: f32 = 1.0;

/// A window with something on every page: a logged call (its editor open again), a
/// dispute case.
fn furnished(dir: &std::path::Path) -> Harness<'static, DeskApp> {
    let mut h = harness_in(dir);
    click(&mut h, "Copy 0800 917 8047");
    click(&mut h, "Log this call");
    type_into(
        &mut h,
        "Summary",
        "Asked about a refund for the hotel charge",
    );
    type_into(&mut h, "Follow-up date", "2026-11-25");
    click(&mut h, "Save entry");
    click(&mut h, "Disputes");
    click(&mut h, "New case: Goods or services not received");
    type_into(&mut h, "Merchant", "Acme Outdoor");
    h
}

fn cut_off(h: &Harness<'static, DeskApp>, size: [f32; 2]) -> Vec<String> {
    let window = Rect::from_min_size(Pos2::ZERO, size.into());
    let mut out = Vec::new();
    for role in CONTROLS {
        for node in h.query_all_by_role(role) {
            let r = node.rect();
            if r.width() <= 0.0 {
                continue;
            }
            if r.left() < window.left() - SLACK || r.right() > window.right() + SLACK {
                let label = node.accesskit_node().label().unwrap_or_default();
                out.push(format!(
                    "{role:?} \"{label}\" at x {:.0}..{:.0}",
                    r.left(),
                    r.right()
                ));
            }
        }
    }
    out
}

#[test]
fn no_control_is_cut_off_on_any_page_at_800_by_600() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = furnished(dir.path());
    let mut failures = Vec::new();
    for scale in [1.0, 2.0] {
        for size in [[800.0, 600.0], [860.0, 640.0]] {
            h.set_size(size.into());
            h.set_pixels_per_point(scale);
            for view in View::ALL {
                h.state_mut().state.apply(AppCommand::ShowView(view));
                settle(&mut h);
                if view == View::Journal && h.query_by_label_contains("Edit entry 2026").is_some() {
                    click_starting(&mut h, "Edit entry 2026");
                }
                for problem in cut_off(&h, size) {
                    failures.push(format!("{view:?} {size:?} x{scale}: {problem}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The "no official line" box lists other markets' lines from abroad; each number is
/// whole on one line at 800 px ("Canada cards: 00 1 / 905-474-0870" wrapped inside it).
#[test]
fn the_from_abroad_numbers_in_the_no_line_box_are_whole_at_800() {
    for scale in [1.0, 2.0] {
        let mut h = common::harness_with(common::app_with(
            common::calling_from("SE"),
            "Europe/Stockholm",
            amex_desk::opener::RecordingOpener::default(),
            amex_desk::directory::Directory::builtin().unwrap(),
        ));
        h.set_size([800.0, 600.0].into());
        h.set_pixels_per_point(scale);
        h.state_mut()
            .state
            .apply(amex_desk::state::NumbersCommand::SetCountry(Some(
                "SE".into(),
            )));
        settle(&mut h);
        let advice = h.state().state.numbers.advice.clone().unwrap();
        let row = 24.0;
        let mut seen = 0;
        for id in advice.from_abroad.iter().take(4) {
            let contact = h.state().state.directory.contact(id).unwrap();
            let shown = h.state().state.view_of(contact).display;
            let node = h.get_by_label(&shown);
            let r = node.rect();
            assert!(r.height() <= row * 1.2, "{shown} wraps: {r:?} x{scale}");
            assert!(
                r.right() <= 800.0 + SLACK,
                "{shown} leaves the window x{scale}"
            );
            seen += 1;
        }
        assert!(seen >= 3);
    }
}
