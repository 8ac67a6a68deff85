//! The layout matrix: the numbers page at 800x600, 960x600 (a 1920x1200 screen at
//! 200%), 1024x600 and 1280x800 logical pixels, at 100%, 200% and 250% scaling, with and
//! without a line selected. Every phone number must be whole: as wide as its text, inside
//! its row and the window, clear of the details panel and of every button. Found through
//! the accessibility tree, as a screen reader would.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use amex_desk::app::DeskApp;
use amex_desk::directory::Directory;
use amex_desk::opener::RecordingOpener;
use amex_desk::settings::Settings;
use amex_desk::state::NumbersCommand;
use common::{app_with, calling_from};
use egui::accesskit::Role;
use egui::{Color32, FontId, Pos2, Rect, TextStyle};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

const SIZES: [[f32; 2]; 4] = [
    [800.0, 600.0],
    [960.0, 600.0],
    [1024.0, 600.0],
    [1280.0, 800.0],
];
const SCALES: [f32; 3] = [1.0, 2.0, 2.5];
/// Layout rounding at fractional scales.
const SLACK: f32 = 1.0;

/// Calling from Spain about a US card: the long "00 1 800-…" numbers and their
/// toll-free warnings, the case the issue saw clipped.
fn window(
    size: [f32; 2],
    scale: f32,
    settings: Settings,
    setup: impl FnOnce(&mut DeskApp),
) -> Harness<'static, DeskApp> {
    let mut app = app_with(
        settings,
        "Europe/Madrid",
        RecordingOpener::default(),
        Directory::builtin().unwrap(),
    );
    app.state
        .apply(NumbersCommand::SetCountry(Some("US".into())));
    setup(&mut app);
    let mut h = Harness::builder()
        .with_size(size)
        .with_pixels_per_point(scale)
        .build_ui_state(|ui, app: &mut DeskApp| app.frame_ui(ui), app);
    h.run();
    h
}

fn spain() -> Settings {
    calling_from("ES")
}

fn label_of<'t>(node: &impl NodeT<'t>) -> String {
    node.accesskit_node().label().unwrap_or_default()
}

fn inside(inner: Rect, outer: Rect) -> bool {
    outer.expand(SLACK).contains_rect(inner)
}

fn overlaps(a: Rect, b: Rect) -> bool {
    let i = a.intersect(b);
    i.width() > SLACK && i.height() > SLACK
}

fn mono_width(h: &Harness<'static, DeskApp>, text: &str) -> f32 {
    h.ctx.fonts_mut(|f| {
        f.layout_no_wrap(text.to_string(), FontId::monospace(20.0), Color32::WHITE)
            .size()
            .x
    })
}

/// Where the list can show rows: above the status bar and any details drawer.
fn list_bottom(h: &Harness<'static, DeskApp>, size: [f32; 2]) -> f32 {
    let mut bottom = size[1];
    for text in [
        "Amex never calls to ask for your PIN or a one-time code.",
        "Show details",
        "Hide details",
    ] {
        for node in h.query_all_by_label(text) {
            bottom = bottom.min(node.rect().min.y);
        }
    }
    bottom
}

/// Checks every number in view; returns how many were checked.
fn assert_numbers_whole(h: &Harness<'static, DeskApp>, size: [f32; 2], case: &str) -> usize {
    let window = Rect::from_min_size(Pos2::ZERO, size.into());
    let bottom = list_bottom(h, size);
    let rows: Vec<Rect> = h
        .query_all_by_role(Role::ListItem)
        .filter(|n| label_of(n).starts_with("Result "))
        .map(|n| n.rect())
        .collect();
    assert!(!rows.is_empty(), "{case}: no rows");
    let details_left = h
        .query_all_by_role(Role::Splitter)
        .map(|n| n.rect().center().x)
        .next()
        .unwrap_or(size[0]);
    let state = &h.state().state;
    let mut checked = 0;
    for position in 0..state.numbers.results.hits.len() {
        let contact = state.hit(position).unwrap();
        if !contact.record.kind.is_phone() {
            continue;
        }
        let number = state.view_of(contact).display;
        for node in h.query_all_by_role_and_label(Role::Button, &number) {
            let rect = node.rect();
            if rect.min.y < 0.0 || rect.max.y > bottom {
                continue; // scrolled out of view, not cut by the layout
            }
            checked += 1;
            let what = format!("{case}: {number} at {rect:?}");
            assert!(
                rect.width() + SLACK >= mono_width(h, &number),
                "{what} is narrower than its text (cut)"
            );
            assert!(inside(rect, window), "{what} leaves the window");
            assert!(
                rect.max.x <= details_left + SLACK,
                "{what} runs under the details panel at {details_left}"
            );
            let row = rows
                .iter()
                .find(|r| r.contains(rect.center()))
                .unwrap_or_else(|| panic!("{what} is in no row"));
            assert!(inside(rect, *row), "{what} leaves its row {row:?}");
            for button in h.query_all_by_role(Role::Button) {
                if button.rect() != rect && label_of(&button) != number {
                    assert!(
                        !overlaps(rect, button.rect()),
                        "{what} is under the button {:?} at {:?}",
                        label_of(&button),
                        button.rect()
                    );
                }
            }
        }
    }
    checked
}

/// The toll-free warning naming the line to use instead is shown whole: wrapped
/// inside its row, as tall as its wrapped text.
fn assert_warning_whole(h: &Harness<'static, DeskApp>, size: [f32; 2], case: &str) {
    let window = Rect::from_min_size(Pos2::ZERO, size.into());
    let bottom = list_bottom(h, size);
    let font = h.ctx.style_of(egui::Theme::Dark).text_styles[&TextStyle::Small].clone();
    let mut seen = 0;
    for node in h.query_all_by_label_contains("Use 00 1 336-393-1111 instead.") {
        let rect = node.rect();
        if rect.max.y > bottom || rect.min.y < 0.0 {
            continue;
        }
        seen += 1;
        let text = label_of(&node);
        assert!(inside(rect, window), "{case}: warning leaves the window");
        let wrapped = h.ctx.fonts_mut(|f| {
            f.layout(
                text.clone(),
                font.clone(),
                Color32::WHITE,
                rect.width() + SLACK,
            )
            .size()
        });
        assert!(
            rect.height() + SLACK >= wrapped.y,
            "{case}: warning cut: {rect:?} for text needing {wrapped:?}: {text}"
        );
    }
    assert!(seen > 0, "{case}: no warning with its alternative in view");
}

#[test]
fn every_number_is_whole_at_every_size_and_scale() {
    for size in SIZES {
        for scale in SCALES {
            for selected in [false, true] {
                let case = format!("{}x{} at {scale}x, selected {selected}", size[0], size[1]);
                let h = window(size, scale, spain(), |app| {
                    if selected {
                        app.state.apply(NumbersCommand::Select(0));
                    }
                });
                let checked = assert_numbers_whole(&h, size, &case);
                assert!(checked >= 2, "{case}: only {checked} numbers in view");
                assert_warning_whole(&h, size, &case);
            }
        }
    }
}

#[test]
fn the_open_drawer_leaves_numbers_whole_at_800() {
    let size = [800.0, 600.0];
    let mut h = window(size, 2.0, spain(), |app| {
        app.state.apply(NumbersCommand::Select(0));
    });
    assert!(
        h.query_by_label("Show details").is_some(),
        "a drawer at 800"
    );
    h.get_by_label("Show details").click();
    h.run();
    assert!(h.state().state.numbers.details_open);
    assert!(h.query_by_label("Hide details").is_some());
    // The drawer shows the selected line's details.
    assert!(common::shows(&h, "Evidence"));
    let checked = assert_numbers_whole(&h, size, "800x600 drawer open");
    assert!(checked >= 1);
}

#[test]
fn the_top_bar_folds_without_cutting_anything() {
    for size in SIZES {
        for scale in SCALES {
            let h = window(size, scale, spain(), |_| {});
            let window = Rect::from_min_size(Pos2::ZERO, size.into());
            for label in ["Search", "Verify", "Calling from", "System theme"] {
                for node in h.query_all_by_label(label) {
                    assert!(
                        inside(node.rect(), window),
                        "{size:?} {scale}: {label} at {:?}",
                        node.rect()
                    );
                }
            }
            let combo = h
                .query_all_by_label("Calling from")
                .find(|n| n.accesskit_node().role() == Role::ComboBox)
                .unwrap();
            let text = h.ctx.fonts_mut(|f| {
                f.layout_no_wrap(
                    "Spain (ES)".into(),
                    FontId::proportional(14.0),
                    Color32::WHITE,
                )
                .size()
                .x
            });
            assert!(
                combo.rect().width() >= text + 16.0,
                "{size:?} {scale}: the Calling from picker cuts its country"
            );
        }
    }
}

fn divider_x(h: &Harness<'static, DeskApp>) -> f32 {
    h.get_by_role(Role::Splitter).rect().center().x
}

#[test]
fn selecting_a_line_does_not_change_the_details_width() {
    let mut h = window([1280.0, 800.0], 1.0, spain(), |_| {});
    let before = divider_x(&h);
    h.state_mut().state.apply(NumbersCommand::Select(0));
    h.run();
    assert!(common::shows(&h, "Evidence"), "details shown");
    assert_eq!(divider_x(&h), before);
}

#[test]
fn the_divider_drags_and_the_width_is_remembered() {
    let mut h = window([1280.0, 800.0], 1.0, spain(), |_| {});
    let start = h.get_by_role(Role::Splitter).rect().center();
    // The panel's right edge (the harness keeps a margin round the page).
    let right = start.x + 320.0;
    assert!((1270.0..=1280.0).contains(&right), "{start:?}");
    h.hover_at(start);
    h.run();
    h.drag_at(start);
    h.run();
    for step in 1..=10 {
        h.hover_at(start - egui::vec2(10.0 * step as f32, 0.0));
        h.run();
    }
    h.drop_at(start - egui::vec2(100.0, 0.0));
    h.run();
    let width = h.state().state.settings().details_width;
    assert!((410..=430).contains(&width), "dragged to {width}");
    assert!(
        (divider_x(&h) - (start.x - 100.0)).abs() <= 1.0,
        "follows the pointer"
    );
    assert!((divider_x(&h) - (right - width as f32)).abs() <= 1.0);

    // Next start: the same width, from the settings.
    let settings = Settings {
        details_width: width,
        ..spain()
    };
    let again = window([1280.0, 800.0], 1.0, settings, |_| {});
    assert!((divider_x(&again) - (right - width as f32)).abs() <= 1.0);
}
