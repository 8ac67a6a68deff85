//! The command line speaks the system's language (issue 28): `LC_ALL`, `LC_MESSAGES`
//! and `LANG` in that order, `--lang` over them, and `--json` the same in every one.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::process::{Command, Output};

use amex_desk::i18n::{Lang, set_current};

/// `amex-desk args` with these locale variables (and no others).
fn run_with(vars: &[(&str, &str)], args: &[&str]) -> Output {
    let data = tempfile::tempdir().unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_amex-desk"));
    command
        .args(args)
        .env("AMEX_DESK_DATA_DIR", data.path())
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    for (name, value) in vars {
        command.env(name, value);
    }
    command.output().expect("run amex-desk")
}

/// Call prep for a lost Spanish card, called from Spain.
const PREP: [&str; 7] = [
    "prep",
    "--purpose",
    "lost-card",
    "--country",
    "ES",
    "--from",
    "ES",
];

/// The prep sheet's headings in `lang`.
fn headings(lang: Lang) -> Vec<String> {
    set_current(lang);
    let out = vec![
        amex_desk::t!("prep-have-ready"),
        amex_desk::t!("prep-what-to-say"),
    ];
    set_current(Lang::En);
    out
}

fn prep_text(vars: &[(&str, &str)], extra: &[&str]) -> String {
    let args: Vec<&str> = PREP.iter().chain(extra).copied().collect();
    let out = run_with(vars, &args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn prep_speaks_the_language_of_every_locale_spelling() {
    for lang in Lang::OFFERED {
        let tag = lang.tag();
        let region = match lang {
            Lang::En => "GB".to_string(),
            Lang::Ja => "JP".to_string(),
            other => other.tag().to_ascii_uppercase(),
        };
        for vars in [
            vec![("LANG", format!("{tag}_{region}.UTF-8"))],
            vec![
                ("LANG", "C.UTF-8".to_string()),
                ("LC_MESSAGES", format!("{tag}_{region}.UTF-8")),
            ],
            vec![
                ("LANG", "de_DE.UTF-8".to_string()),
                ("LC_ALL", format!("{tag}_{region}")),
            ],
        ] {
            let vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let text = prep_text(&vars, &[]);
            for heading in headings(lang) {
                assert!(
                    text.contains(&heading),
                    "{vars:?}: no {heading:?} in\n{text}"
                );
            }
            // The numbers follow the calling-from country, never the language.
            assert!(
                text.contains("900 814 500"),
                "{vars:?}: the Spanish line\n{text}"
            );
        }
    }
}

#[test]
fn lang_on_the_command_line_wins_and_c_means_english() {
    let text = prep_text(&[("LANG", "de_DE.UTF-8")], &["--lang", "ja"]);
    assert!(text.contains(&headings(Lang::Ja)[0]), "{text}");
    let text = prep_text(&[("LANG", "de_DE.UTF-8"), ("LC_ALL", "C")], &[]);
    assert!(text.contains(&headings(Lang::En)[0]), "{text}");
    let bad = run_with(&[], &["--lang", "xx", "prep", "--purpose", "lost-card"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("xx"));
}

#[test]
fn json_is_the_same_in_every_language() {
    let english = prep_text(&[("LANG", "en_GB.UTF-8")], &["--json"]);
    for lang in Lang::OFFERED.into_iter().chain([Lang::Pseudo]) {
        let text = prep_text(&[], &["--json", "--lang", lang.tag()]);
        assert_eq!(text, english, "{lang:?}");
    }
}

#[test]
fn papers_print_in_the_language_or_in_english_where_the_pdf_fonts_cannot_draw_it() {
    for lang in Lang::OFFERED {
        let data = tempfile::tempdir().unwrap();
        let out = data.path().join("prep.pdf");
        let args: Vec<&str> = ["print"]
            .iter()
            .chain(&PREP)
            .chain(&["--lang", lang.tag(), "-o", out.to_str().unwrap()])
            .copied()
            .collect();
        let printed = run_with(&[], &args);
        assert!(
            printed.status.success(),
            "{}",
            String::from_utf8_lossy(&printed.stderr)
        );
        let text = common::pdf::file_text(&out);
        // Japanese is printed in English until a CJK font is embedded; no '?' for
        // characters the fonts lack.
        let paper = if lang.needs_cjk_font() {
            Lang::En
        } else {
            lang
        };
        let heading = &headings(paper)[0];
        assert!(
            text.contains(heading.as_str()),
            "{lang:?}: no {heading:?} in\n{text}"
        );
        assert!(
            !text.contains("??"),
            "{lang:?}: characters the fonts lack\n{text}"
        );
    }
}
