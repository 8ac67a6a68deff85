//! Pictures of every page at 1280 x 800 and 800 x 600, light and dark, rendered on the
//! CPU (wgpu over Mesa's lavapipe where there is no GPU) and compared pixel for pixel
//! with `tests/snapshots/`. A number moved by one pixel fails.
//!
//! Update after an intended change: `UPDATE_SNAPSHOTS=1 cargo test --test ui_snapshots`
//! (CONTRIBUTING.md), then look at every changed picture before committing it.
//!
//! The pictures are those of Mesa's lavapipe on Debian, as CI renders them. A machine
//! that cannot render at all (no Vulkan driver) says so and skips, unless
//! `AMEX_DESK_REQUIRE_SNAPSHOTS=1` (set by CI), where that is a failure.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use amex_desk::app::DeskApp;
use amex_desk::directory::Directory;
use amex_desk::i18n::Lang;
use amex_desk::opener::RecordingOpener;
use amex_desk::settings::{Settings, ThemePref};
use amex_desk::state::{AppCommand, NumbersCommand, View};
use common::{app_with, calling_from};
use egui_kittest::Harness;

fn window(size: [f32; 2], theme: ThemePref, view: View) -> Harness<'static, DeskApp> {
    window_in(size, theme, view, None)
}

fn window_in(
    size: [f32; 2],
    theme: ThemePref,
    view: View,
    language: Option<Lang>,
) -> Harness<'static, DeskApp> {
    let settings = Settings {
        theme,
        language,
        ..calling_from("GB")
    };
    let mut app = app_with(
        settings,
        "Europe/London",
        RecordingOpener::default(),
        Directory::builtin().unwrap(),
    );
    app.state
        .apply(NumbersCommand::SetCountry(Some("GB".into())));
    app.state.apply(AppCommand::ShowView(view));
    let mut h = Harness::builder()
        .with_size(size)
        .wgpu()
        .build_ui_state(|ui, app: &mut DeskApp| app.frame_ui(ui), app);
    h.run();
    h
}

/// Compares the window with its picture `name`, adding a difference to `failures`;
/// false when nothing can render here (and CI does not require it): skip the rest.
fn compare(h: &mut Harness<'static, DeskApp>, name: &str, failures: &mut Vec<String>) -> bool {
    match h.try_snapshot(name) {
        Ok(()) => true,
        Err(egui_kittest::SnapshotError::RenderError { err })
            if std::env::var_os("AMEX_DESK_REQUIRE_SNAPSHOTS").is_none() =>
        {
            eprintln!("no renderer here ({err}): snapshots skipped");
            false
        }
        Err(e) => {
            failures.push(format!("{name}: {e}"));
            true
        }
    }
}

#[test]
fn every_page_looks_as_it_did() {
    let mut failures = Vec::new();
    for (size, size_name) in [([1280.0, 800.0], "1280x800"), ([800.0, 600.0], "800x600")] {
        for (theme, theme_name) in [(ThemePref::Light, "light"), (ThemePref::Dark, "dark")] {
            for view in View::ALL {
                let mut h = window(size, theme, view);
                let name = format!(
                    "{}-{size_name}-{theme_name}",
                    format!("{view:?}").to_lowercase()
                );
                if !compare(&mut h, &name, &mut failures) {
                    return;
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The numbers and call-prep pages in every other language (Japanese drawn with the
/// system's Noto Sans CJK, as CI installs it), and the pseudo-language at 800 x 600.
#[test]
fn the_pages_in_every_language_look_as_they_did() {
    let mut failures = Vec::new();
    let mut cases: Vec<(Lang, [f32; 2], &str)> = Vec::new();
    for lang in [Lang::Es, Lang::Fr, Lang::De, Lang::Ja] {
        cases.push((lang, [1280.0, 800.0], "1280x800"));
    }
    cases.push((Lang::Pseudo, [800.0, 600.0], "800x600"));
    for (lang, size, size_name) in cases {
        if lang == Lang::Ja && !common::japanese_font_installed() {
            eprintln!("no Japanese font installed: the Japanese pictures are skipped");
            continue;
        }
        for view in [View::Numbers, View::Prep] {
            let mut h = window_in(size, ThemePref::Light, view, Some(lang));
            h.run();
            let name = format!(
                "{}-{size_name}-{}",
                format!("{view:?}").to_lowercase(),
                lang.tag()
            );
            if !compare(&mut h, &name, &mut failures) {
                return;
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
