//! The command line speaks the system's language (issue 28): `LC_ALL`, `LC_MESSAGES`
//! and `LANG` in that order, `--lang` over them, and `--json` the same in every one.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)] // test code

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

/// `dispute add` of a goods-not-received case in data folder `dir`, in `lang`.
fn add_case(
    dir: &str,
    lang: &str,
    merchant: &str,
    amount: &str,
    country: &str,
    date: &str,
) -> Output {
    add_case_of("not-received", dir, lang, [merchant, amount, country, date])
}

/// `dispute add` of a case of type `kind`: merchant, amount, country, charge date.
fn add_case_of(
    kind: &str,
    dir: &str,
    lang: &str,
    [merchant, amount, country, date]: [&str; 4],
) -> Output {
    run_with(
        &[],
        &[
            "--lang",
            lang,
            "--data-dir",
            dir,
            "dispute",
            "add",
            "--type",
            kind,
            "--merchant",
            merchant,
            "--amount",
            amount,
            "--country",
            country,
            "--transaction-date",
            date,
        ],
    )
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
fn papers_print_in_the_language_japanese_with_an_embedded_font() {
    let japanese_font = common::japanese_font_installed();
    assert!(
        japanese_font || std::env::var_os("AMEX_DESK_REQUIRE_CJK_FONT").is_none(),
        "CI installs Noto Sans CJK"
    );
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
        // Japanese prints in Japanese with a system font embedded; on a system with no
        // Japanese font, in English rather than as '?'.
        let paper = if lang.needs_cjk_font() && !japanese_font {
            Lang::En
        } else {
            lang
        };
        for heading in headings(paper) {
            assert!(
                text.contains(heading.as_str()),
                "{lang:?}: no {heading:?} in\n{text}"
            );
        }
        assert!(
            !text.contains("??"),
            "{lang:?}: characters the fonts lack\n{text}"
        );
        let bytes = std::fs::read(&out).unwrap();
        let embedded = bytes.windows(9).any(|w| w == b"/FontFile");
        assert_eq!(
            embedded,
            lang.needs_cjk_font() && japanese_font,
            "{lang:?}: a font is embedded only where Helvetica cannot print the text"
        );
    }
}

/// Issue 28's done-when: a Japanese dispute packet prints its text, and a PDF reader
/// (`pdftotext`, else lopdf) reads it back.
#[test]
fn a_japanese_dispute_packet_reads_back() {
    if !common::japanese_font_installed() {
        assert!(
            std::env::var_os("AMEX_DESK_REQUIRE_CJK_FONT").is_none(),
            "CI installs Noto Sans CJK"
        );
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().to_str().unwrap();
    let merchant = "東京トラベル株式会社";
    let added = add_case(dir, "ja", merchant, "12800", "JP", "2026-11-20");
    assert!(
        added.status.success(),
        "{}",
        String::from_utf8_lossy(&added.stderr)
    );
    let list = run_with(&[], &["--data-dir", dir, "dispute", "list", "--json"]);
    let cases: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    let id = cases[0]["id"].as_str().unwrap().to_string();
    let out = data.path().join("packet.pdf");
    let printed = run_with(
        &[],
        &[
            "--lang",
            "ja",
            "--data-dir",
            dir,
            "print",
            "dispute",
            "--case",
            &id,
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert!(
        printed.status.success(),
        "{}",
        String::from_utf8_lossy(&printed.stderr)
    );

    let text = match Command::new("pdftotext").arg(&out).arg("-").output() {
        Ok(read) if read.status.success() => String::from_utf8(read.stdout).unwrap(),
        _ => common::pdf::file_text(&out),
    };
    let text = text.split_whitespace().collect::<String>();
    set_current(Lang::Ja);
    let wanted = [
        amex_desk::t!("disputes-dispute-heading", merchant = merchant),
        amex_desk::t!("disputes-deadlines"),
        amex_desk::t!("disputes-calls-heading"),
    ];
    set_current(Lang::En);
    for heading in wanted {
        let heading: String = heading.split_whitespace().collect();
        assert!(text.contains(&heading), "no {heading:?} in\n{text}");
    }
    assert!(!text.contains("??"), "characters the font lacks:\n{text}");
}

/// One command and the sentence it must say: the message's id, its one argument and
/// the English it must not show.
struct Said {
    args: &'static [&'static str],
    id: &'static str,
    arg: Option<(&'static str, &'static str)>,
    english: &'static str,
}

/// The command line's own sentences (empty lists, unknown names) speak the chosen
/// language too: none of their English is left.
#[test]
fn empty_lists_and_unknown_names_are_said_in_the_language() {
    use amex_desk::i18n::{Arg, message_with};
    let cases = [
        Said {
            args: &["dispute", "list"],
            id: "cli-no-dispute-cases",
            arg: None,
            english: "No dispute cases",
        },
        Said {
            args: &["log", "list"],
            id: "cli-no-calls",
            arg: None,
            english: "No calls logged",
        },
        Said {
            args: &["log", "list", "--due"],
            id: "cli-nothing-due",
            arg: None,
            english: "Nothing due",
        },
        Said {
            args: &["log", "backups"],
            id: "cli-no-backups",
            arg: None,
            english: "No backups yet",
        },
        Said {
            args: &["retention", "prep", "--card", "Gold"],
            id: "cli-no-such-card",
            arg: Some(("nickname", "Gold")),
            english: "no such card",
        },
        Said {
            args: &[
                "dispute",
                "add",
                "--type",
                "nope",
                "--merchant",
                "Shop",
                "--amount",
                "12",
            ],
            id: "cli-unknown-dispute-type",
            arg: Some(("kind", "nope")),
            english: "unknown;",
        },
    ];
    for lang in [Lang::Ja, Lang::De] {
        for case in &cases {
            set_current(lang);
            let values: Vec<(&str, Arg<'_>)> =
                case.arg.iter().map(|(k, v)| (*k, Arg::from(*v))).collect();
            let expected = message_with(case.id, &values);
            set_current(Lang::En);
            assert_ne!(expected, case.id, "{} is defined", case.id);
            let args: Vec<&str> = ["--lang", lang.tag()]
                .iter()
                .chain(case.args)
                .copied()
                .collect();
            let out = run_with(&[("LANG", "en_US.UTF-8")], &args);
            let said = format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(
                said.contains(&expected),
                "{lang:?} {args:?}: no {expected:?} in\n{said}"
            );
            assert!(
                !said.contains(case.english),
                "{lang:?} {args:?}: English left in\n{said}"
            );
        }
    }
}

/// A date written the language's way is taken where it is typed (issue 28: input
/// accepts the local formats), and stored as the same day.
#[test]
fn dates_are_read_the_way_the_language_writes_them() {
    for (lang, date) in [
        ("de", "20.11.2026"),
        ("es", "20/11/2026"),
        ("fr", "20 nov. 2026"),
        ("ja", "2026年11月20日"),
        ("en", "2026-11-20"),
    ] {
        let data = tempfile::tempdir().unwrap();
        let dir = data.path().to_str().unwrap();
        let added = add_case_of("unauthorized", dir, lang, ["Shop", "10", "DE", date]);
        assert!(
            added.status.success(),
            "{lang} {date}: {}",
            String::from_utf8_lossy(&added.stderr)
        );
        let list = run_with(&[], &["--data-dir", dir, "dispute", "list", "--json"]);
        let text = String::from_utf8(list.stdout).unwrap();
        // A German account's 13 months to report an unauthorised charge run from the
        // day typed.
        assert!(
            text.contains("\"due\": \"2027-12-20\""),
            "{lang} {date}: {text}"
        );
    }
}
