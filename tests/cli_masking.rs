//! Issue 25: card numbers in every digit script, with invisible characters between
//! the digits, in every layout and behind any word, typed into every stored field of
//! the CLI, never reach the data folder, the listings or the exports.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)]

use std::path::Path;
use std::process::{Command, Output};

use amex_desk::sensitive::digit_values;

fn run_in(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_amex-desk"))
        .args(args)
        .env("AMEX_DESK_DATA_DIR", data)
        .output()
        .expect("run amex-desk")
}

const CARD: &str = "378282246310005";

/// "378282246310005" in a script whose zero is `zero`.
fn in_script(zero: u32, text: &str) -> String {
    text.chars()
        .map(|d| match d.to_digit(10) {
            Some(v) => char::from_u32(zero + v).unwrap_or(d),
            None => d,
        })
        .collect()
}

fn spellings() -> Vec<String> {
    let mut out = Vec::new();
    // Arabic-Indic, Persian, Devanagari, Bengali, Thai, Tamil, full-width, bold maths.
    for zero in [
        0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x0BE6, 0xFF10, 0x1D7CE,
    ] {
        out.push(format!("card {}", in_script(zero, CARD)));
    }
    for joiner in ['\u{200B}', '\u{200D}', '\u{2060}'] {
        let spaced: Vec<String> = CARD.chars().map(String::from).collect();
        out.push(format!("card {}", spaced.join(&joiner.to_string())));
    }
    for layout in [
        "3 7 8 2 8 2 2 4 6 3 1 0 0 0 5",
        "37 82 82 24 63 10 00 5",
        "3782,822463,10005",
        "3782 | 822463 | 10005",
        "3782\u{b7}822463\u{b7}10005",
        "3782 \u{2022} 822463 \u{2022} 10005",
        "(3782)(822463)(10005)",
        "3782      822463      10005",
    ] {
        out.push(format!("card {layout}"));
    }
    for word in ["ref", "case", "transaction"] {
        out.push(format!("{word} {CARD}"));
    }
    out.push("mixed 3\u{0667}8\u{0662}8\u{0662}2\u{0664}6\u{0663}1\u{0660}0\u{0660}5".into());
    out
}

/// Every file under `dir`, as text (lossy).
fn folder_text(dir: &Path) -> String {
    let mut out = String::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.push_str(&folder_text(&path));
        } else {
            out.push_str(&String::from_utf8_lossy(&std::fs::read(&path).unwrap()));
        }
    }
    out
}

#[test]
fn no_spelling_of_a_card_number_reaches_the_disk_or_any_output() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let mut outputs = String::new();
    for (i, text) in spellings().iter().enumerate() {
        let promise = format!("{text} @ 2026-12-24");
        let out = run_in(
            d,
            &[
                "log",
                "add",
                "--summary",
                text,
                "--rep",
                text,
                "--ref",
                text,
                "--promise",
                &promise,
                "--follow-up",
                "2026-12-20",
            ],
        );
        assert!(
            out.status.success(),
            "{i}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        outputs.push_str(&String::from_utf8_lossy(&out.stdout));
        outputs.push_str(&String::from_utf8_lossy(&out.stderr));
        let out = run_in(
            d,
            &[
                "dispute",
                "add",
                "--type",
                "not-received",
                "--merchant",
                text,
                "--description",
                text,
                "--last5",
                text,
                "--amount",
                "12.50",
                "--statement-date",
                "2026-12-01",
            ],
        );
        assert!(
            out.status.success(),
            "{i}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        outputs.push_str(&String::from_utf8_lossy(&out.stdout));
        outputs.push_str(&String::from_utf8_lossy(&out.stderr));
    }
    let journal = std::fs::read_to_string(d.join("journal.ron")).unwrap();
    assert!(journal.matches("[card ending 10005]").count() >= spellings().len());
    for args in [
        vec!["log", "list"],
        vec!["log", "list", "--json"],
        vec!["dispute", "list"],
    ] {
        let out = run_in(d, &args);
        assert!(out.status.success(), "{args:?}");
        outputs.push_str(&String::from_utf8_lossy(&out.stdout));
    }
    for (format, name) in [("md", "log.md"), ("csv", "log.csv")] {
        let path = d.join(name);
        let out = run_in(
            d,
            &[
                "log",
                "export",
                "--format",
                format,
                "-o",
                path.to_str().unwrap(),
            ],
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let ics = d.join("cal.ics");
    let out = run_in(d, &["export", "calendar", "-o", ics.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let everything = format!("{outputs}{}", folder_text(d));
    let digits = digit_values(&everything);
    assert!(
        !digits.contains(CARD),
        "the card's digits reached the data folder or an output"
    );
    // What was kept: the last five, once per field.
    assert!(everything.contains("[card ending 10005]"));
}

/// Every command that repeats what was typed (its "Saved …", "Wrote …" or its error)
/// shows an escape sequence as `\u{1b}` and a card number as its last five digits.
#[test]
fn every_echo_is_escaped_and_masked() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let nasty = format!("n\u{1b}[2J {CARD}");
    let out_dir = d.join(format!("out\u{1b}[31m{CARD}"));
    std::fs::create_dir_all(&out_dir).unwrap();
    let pdf = out_dir.join("x.pdf");
    let pdf = pdf.to_str().unwrap();
    let cases: Vec<Vec<&str>> = vec![
        vec!["retention", "card", "--nickname", &nasty, "--tier", "gold"],
        vec!["print", "retention", "--card", &nasty, "-o", pdf],
        vec!["print", "dispute", "--case", &nasty, "-o", pdf],
        vec!["print", "letter", "--case", &nasty, "-o", pdf],
        vec!["log", "restore", &nasty],
        vec!["print", "prep", "--purpose", "lost-card", "-o", pdf],
        vec!["print", "checklist", "--type", "not-received", "-o", pdf],
        vec!["log", "add", "--summary", &nasty],
        vec!["verify", &nasty],
    ];
    for args in cases {
        let out = run_in(d, &args);
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            !said.contains('\u{1b}'),
            "{args:?} echoed an escape: {said:?}"
        );
        assert!(
            !digit_values(&said).contains(CARD),
            "{args:?} echoed the card number: {said:?}"
        );
        assert!(!said.trim().is_empty(), "{args:?} said nothing");
    }
}

/// A journal written by an older build with a card number in it (Arabic-Indic digits
/// the old masking did not read): after the first save neither the journal, nor the
/// `.bak`, nor a backup holds it; a restore of such a file neither.
#[test]
fn no_copy_keeps_what_the_journal_would_not() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    assert!(
        run_in(d, &["log", "add", "--summary", "plain"])
            .status
            .success()
    );
    let journal = d.join("journal.ron");
    let old = std::fs::read_to_string(&journal)
        .unwrap()
        .replace("plain", &format!("card {}", in_script(0x0660, CARD)));
    std::fs::write(&journal, &old).unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let old_copy = elsewhere.path().join("old.ron");
    std::fs::write(&old_copy, &old).unwrap();
    assert!(
        run_in(d, &["log", "add", "--summary", "next"])
            .status
            .success()
    );
    assert!(
        !digit_values(&folder_text(d)).contains(CARD),
        "after the first save, a copy kept the card number"
    );
    assert!(
        run_in(d, &["log", "restore", old_copy.to_str().unwrap()])
            .status
            .success()
    );
    assert!(
        !digit_values(&folder_text(d)).contains(CARD),
        "after the restore, a copy kept the card number"
    );
    assert!(
        run_in(d, &["log", "add", "--summary", "after"])
            .status
            .success()
    );
    let everything = folder_text(d);
    assert!(
        !digit_values(&everything).contains(CARD),
        "a copy in the data folder kept the card number"
    );
    let read = run_in(d, &["log", "list"]);
    assert!(read.status.success());
    assert!(String::from_utf8_lossy(&read.stdout).contains("card ending 10005"));
}
