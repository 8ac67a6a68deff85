//! The window in each language (issue 28): picked in the window and remembered; every
//! tab and top-bar control found by its translated label, and every control named, in
//! every language; Japanese drawn with a system font, found only when needed (an
//! English window never searches the system's fonts); the pseudo-language (40 % longer)
//! at 800 px keeps the top bar inside the window.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use amex_desk::app::DeskApp;
use amex_desk::directory::Directory;
use amex_desk::i18n::{Lang, set_current};
use amex_desk::opener::RecordingOpener;
use amex_desk::settings::Settings;
use amex_desk::state::View;
use common::{app_with, calling_from, choose, click, harness, settle, shows};
use egui::accesskit::Role;
use egui::{Pos2, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

/// The top bar's labelled controls, by message id.
const TOP_BAR: [&str; 4] = [
    "shell-search",
    "shell-verify",
    "shell-calling-from",
    "shell-language",
];

/// The window at `size`, calling from Spain, speaking `lang` (chosen in the window).
fn speaking(lang: Lang, size: [f32; 2]) -> Harness<'static, DeskApp> {
    let settings = Settings {
        language: Some(lang),
        ..calling_from("ES")
    };
    let app = app_with(
        settings,
        "Europe/Madrid",
        RecordingOpener::default(),
        Directory::builtin().unwrap(),
    );
    let mut h = Harness::builder()
        .with_size(size)
        .with_max_steps(32)
        .build_ui_state(|ui, app: &mut DeskApp| app.frame_ui(ui), app);
    settle(&mut h);
    h
}

#[test]
fn the_language_picker_changes_the_window_and_is_remembered() {
    let mut h = harness("GB");
    assert!(shows(&h, "Call prep"));
    choose(&mut h, "Language", "Deutsch");
    assert_eq!(h.state().state.settings().language, Some(Lang::De));
    assert!(shows(&h, "Anruf vorbereiten"), "the tabs speak German");
    assert!(!shows(&h, "Call prep"), "no English tab is left");
    // The picker names every language in itself: back to the system's (English here).
    choose(&mut h, "Sprache", "System (English)");
    assert_eq!(h.state().state.settings().language, None);
    assert!(shows(&h, "Call prep"));
}

#[test]
fn every_language_names_every_tab_and_control_in_itself() {
    for lang in Lang::OFFERED {
        let mut h = speaking(lang, [1400.0, 860.0]);
        set_current(lang);
        for view in View::ALL {
            click(&mut h, &view.label());
            assert_eq!(
                h.state().state.view,
                view,
                "{lang:?}: the {} tab",
                view.label()
            );
            let mut unnamed = Vec::new();
            for role in [
                Role::Button,
                Role::CheckBox,
                Role::ComboBox,
                Role::TextInput,
            ] {
                for node in h.query_all_by_role(role) {
                    let named = node
                        .accesskit_node()
                        .label()
                        .is_some_and(|l| !l.trim().is_empty())
                        || node
                            .accesskit_node()
                            .value()
                            .is_some_and(|v| !v.trim().is_empty());
                    if !named {
                        unnamed.push(format!("{role:?} at {:?}", node.rect()));
                    }
                }
            }
            assert!(unnamed.is_empty(), "{lang:?} {view:?}: unnamed {unnamed:?}");
        }
        for id in TOP_BAR {
            let label = amex_desk::i18n::message(id, None);
            assert!(
                h.query_all_by_label(&label).next().is_some(),
                "{lang:?}: no control labelled {label:?}"
            );
        }
    }
    set_current(Lang::En);
}

#[test]
fn an_english_window_never_searches_the_system_fonts() {
    let mut h = harness("GB");
    for view in View::ALL {
        click(&mut h, &view.label());
    }
    assert!(!h.state().searched_system_fonts());
}

#[test]
fn japanese_is_drawn_with_a_system_font() {
    let h = speaking(Lang::Ja, [1400.0, 860.0]);
    assert!(
        h.state().searched_system_fonts(),
        "Japanese text asked for a font"
    );
    if !common::japanese_font_installed() {
        if std::env::var_os("AMEX_DESK_REQUIRE_CJK_FONT").is_some() {
            panic!("no Japanese font installed (fonts-noto-cjk)");
        }
        eprintln!("skipped: no Japanese font installed (fonts-noto-cjk)");
        return;
    }
    let warning = h.state().state.warning.clone().unwrap_or_default();
    set_current(Lang::Ja);
    assert!(
        !warning.contains(&amex_desk::i18n::message("shell-no-cjk-font", None)),
        "a font was found, yet the window says none was"
    );
    assert!(shows(&h, "電話の準備"));
    set_current(Lang::En);
}

#[test]
fn the_pseudo_language_keeps_the_top_bar_inside_800_px() {
    let size = [800.0, 600.0];
    let h = speaking(Lang::Pseudo, size);
    set_current(Lang::Pseudo);
    let window = Rect::from_min_size(Pos2::ZERO, size.into());
    for id in TOP_BAR {
        let label = amex_desk::i18n::message(id, None);
        let nodes: Vec<_> = h.query_all_by_label(&label).collect();
        assert!(!nodes.is_empty(), "no {label:?}");
        for node in nodes {
            assert!(
                window.contains_rect(node.rect().shrink(1.0)),
                "{label:?} at {:?} is cut at 800 px",
                node.rect()
            );
        }
    }
    for view in View::ALL {
        assert!(
            shows(&h, &view.label()),
            "the {view:?} tab in the pseudo-language"
        );
    }
    set_current(Lang::En);
}

#[test]
fn a_copied_number_holds_only_what_is_dialled_in_every_language() {
    for lang in Lang::OFFERED.into_iter().chain([Lang::Pseudo]) {
        let mut h = speaking(lang, [1400.0, 860.0]);
        set_current(lang);
        // The button's label around the number, in this language's word order.
        let pattern = amex_desk::t!("numbers-copy-number", number = "\u{1}");
        let (before, after) = pattern.split_once('\u{1}').unwrap();
        let buttons: Vec<String> = h
            .query_all_by_role(Role::Button)
            .filter_map(|n| n.accesskit_node().label())
            .filter(|l| {
                // Phone numbers (chat and web lines copy their instructions).
                l.strip_prefix(before)
                    .and_then(|rest| rest.strip_suffix(after))
                    .and_then(|number| number.chars().next())
                    .is_some_and(|c| c.is_ascii_digit() || c == '+')
            })
            .take(5)
            .collect();
        assert!(!buttons.is_empty(), "{lang:?}: no {pattern:?} button");
        for label in buttons {
            h.get_by_label(&label).click();
            h.step();
            let copied = common::copied_text(&h).unwrap_or_default();
            assert!(
                !copied.is_empty()
                    && copied
                        .chars()
                        .all(|c| c.is_ascii_digit() || " +-()".contains(c)),
                "{lang:?}: {label:?} copied {copied:?}"
            );
            settle(&mut h);
        }
    }
    set_current(Lang::En);
}

/// The disputes catalogue and the retention script read in the window's language: the
/// type names and the advice on the disputes page, the steps and the do's and don'ts on
/// the retention page (issue 28).
#[test]
fn the_dispute_and_retention_content_read_in_the_windows_language() {
    let mut h = speaking(Lang::Es, [1400.0, 860.0]);
    set_current(Lang::Es);
    click(&mut h, &View::Disputes.label());
    assert!(shows(&h, "Cargo duplicado"), "a type's name");
    assert!(!shows(&h, "Duplicate charge"));
    assert!(
        shows(&h, "Contacta primero con el Establecimiento"),
        "the advice"
    );
    click(&mut h, &View::Retention.label());
    assert!(
        shows(&h, "Empieza con amabilidad"),
        "the first step's title"
    );
    assert!(shows(&h, "Pide un número de referencia."), "a do");
    assert!(!shows(&h, "Open politely"));
    set_current(Lang::En);
}
