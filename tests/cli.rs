//! The command line, run as a user would run it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)] // test code

mod common;

use std::process::{Command, Output};

use serde_json::Value;

fn run(args: &[&str]) -> Output {
    let data = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_amex-desk"))
        .args(args)
        .env("AMEX_DESK_DATA_DIR", data.path())
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .output()
        .expect("run amex-desk")
}

/// Runs amex-desk with its data folder in `data`.
fn run_in(data: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_amex-desk"))
        .args(args)
        .env("AMEX_DESK_DATA_DIR", data)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .output()
        .expect("run amex-desk")
}

/// Runs a `print …` command with its data folder in `data`, writing to a PDF there;
/// checks it succeeded and returns the PDF's text, as a reader extracts it.
fn printed_text(data: &std::path::Path, args: &[&str]) -> String {
    let out = data.join("printed.pdf");
    let mut all = args.to_vec();
    all.extend(["-o", out.to_str().unwrap()]);
    let printed = run_in(data, &all);
    assert!(
        printed.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&printed.stderr)
    );
    common::pdf::file_text(&out)
}

fn json(args: &[&str]) -> Vec<Value> {
    let out = run(args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice::<Value>(&out.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

fn by_e164<'a>(rows: &'a [Value], e164: &str) -> Option<&'a Value> {
    rows.iter().find(|r| r["number_e164"] == e164)
}

#[test]
fn gb_lists_the_official_line_and_never_barclaycard() {
    let rows = json(&["find", "--country", "GB", "--json"]);
    let official = by_e164(&rows, "+448009178047").expect("0800 917 8047 listed");
    assert_eq!(official["status"], "official");
    assert_eq!(official["country"], "GB");
    for key in [
        "id",
        "label",
        "number_display",
        "purposes",
        "tiers",
        "evidence",
    ] {
        assert!(!official[key].is_null(), "missing {key}");
    }
    // The evidence names the Amex UK page that prints it, as printed.
    assert!(official["evidence"].as_array().unwrap().iter().any(|s| {
        s["source_kind"] == "amex"
            && s["url"]
                .as_str()
                .unwrap_or("")
                .contains("americanexpress.com/uk")
            && s["printed"] == "0800 917 8047"
    }));
    assert!(
        by_e164(&rows, "+448001510900").is_none(),
        "Barclaycard's number listed"
    );
    let all = json(&["find", "--country", "GB", "--json", "--all-statuses"]);
    assert!(
        by_e164(&all, "+448001510900").is_none(),
        "Barclaycard's number listed with --all-statuses"
    );
}

#[test]
fn mexico_shows_the_current_line_and_the_old_one_only_as_outdated() {
    let out = run(&["find", "--country", "MX", "--from", "MX"]);
    assert!(out.status.success());
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains("800 504 0400"), "{table}");
    assert!(!table.contains("01-800-005-2221"), "{table}");

    let all = json(&["find", "--country", "MX", "--all-statuses", "--json"]);
    let old = all
        .iter()
        .find(|r| r["value"] == "01-800-005-2221")
        .expect("old number with --all-statuses");
    assert_eq!(old["status"], "outdated");
    assert!(old["warning"].as_str().unwrap().contains("Retired"));
}

#[test]
fn lost_card_from_spain_gives_a_dial_string_or_the_collect_line() {
    let rows = json(&[
        "find",
        "--country",
        "US",
        "--purpose",
        "lost-card",
        "--from",
        "ES",
        "--channel",
        "phone",
        "--json",
    ]);
    assert!(!rows.is_empty());
    let first = &rows[0];
    let display = first["number_display"].as_str().unwrap();
    assert!(display.starts_with("00 1 "), "{display}");
    if first["reachable_from_caller"] == false {
        assert_eq!(first["alternative"]["number_display"], "00 1 336-393-1111");
    }
    // The collect line itself is listed and reachable.
    let collect = by_e164(&rows, "+13363931111").unwrap();
    assert_eq!(collect["reachable_from_caller"], true);
    assert_eq!(collect["number_display"], "00 1 336-393-1111");
}

#[test]
fn free_text_finds_numbers_by_digits() {
    let rows = json(&["find", "--json", "4800"]);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["number_e164"], "+18005284800");
}

#[test]
fn no_match_exits_1_with_the_safe_advice() {
    let out = run(&["find", "--country", "GB", "zzqx"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("back of your card"), "{err}");
    assert!(err.contains("United Kingdom's general line"), "{err}");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["find", "--tier", "diamond"]).status.code(), Some(2));
    assert_eq!(run(&["find", "--country", "XQ"]).status.code(), Some(2));
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn check_data_accepts_the_shipped_file_and_lists_every_error_of_a_bad_one() {
    let ok = run(&[
        "check-data",
        concat!(env!("CARGO_MANIFEST_DIR"), "/data/directory.ron"),
    ]);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(String::from_utf8_lossy(&ok.stdout).contains("ok:"));

    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    let text = include_str!("../data/directory.ron")
        .replacen("(source: \"guide\"", "(source: \"nope\"", 1)
        .replacen("value: \"1300 132 639\"", "value: \"1300 132\"", 1);
    std::fs::write(&bad, &text).unwrap();
    let out = run(&["check-data", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("2 problems"), "{err}");
    assert!(err.contains("unknown source id \"nope\""), "{err}");
    assert!(err.contains("not a valid number for AU"), "{err}");
    assert!(err.contains("bad.ron:"), "file and line named: {err}");
    // Never rewritten.
    assert_eq!(std::fs::read_to_string(&bad).unwrap(), text);

    let mangled = dir.path().join("mangled.ron");
    std::fs::write(
        &mangled,
        "(version: 1, compiled_on: \"x\", sources: [ (id: ",
    )
    .unwrap();
    let out = run(&["check-data", mangled.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("mangled.ron:1:"));

    // A PPI-only line relabelled as if it served every complaint is refused.
    let broad = dir.path().join("broad.ron");
    let text = include_str!("../data/directory.ron").replacen(
        "label: \"Complaints about PPI (Payment Protection Insurance) only\",",
        "label: \"Complaints\",",
        1,
    );
    std::fs::write(&broad, &text).unwrap();
    let out = run(&["check-data", broad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("gb-complaints: its evidence"), "{err}");
    assert!(err.contains("Payment Protection Insurance"), "{err}");
}

#[test]
fn find_refuses_a_bad_directory_file() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "not ron").unwrap();
    let out = run(&["--directory", bad.to_str().unwrap(), "find"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.ron:1:"));
}

#[test]
fn verify_says_whose_a_misattributed_number_is() {
    let out = run(&["verify", "0800 151 0900", "--from", "GB"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("NOT AMEX"), "{text}");
    assert!(text.contains("Barclaycard"), "{text}");
}

#[test]
fn verify_knows_an_amex_line_and_prints_json() {
    let out = run(&["verify", "18005284800", "--from", "US"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("AMEX"));

    let out = run(&["verify", "+1 (800) 528-4800", "--json"]);
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["verdict"], "amex");
    assert_eq!(v["e164"], "+18005284800");
    assert_eq!(v["input"], "+1 (800) 528-4800");
    assert_eq!(v["contacts"][0]["id"], "us-general");
    assert!(v["advice"].as_str().unwrap().len() > 10);

    let out = run(&[
        "verify",
        "https://americanexpress.com.evil.example",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["verdict"], "not-amex");
    let out = run(&["verify", "not a number"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn print_prep_writes_a_pdf_with_every_step() {
    let dir = tempfile::tempdir().unwrap();
    let text = printed_text(
        dir.path(),
        &[
            "print",
            "prep",
            "--purpose",
            "complaints",
            "--country",
            "GB",
            "--from",
            "GB",
            "--paper",
            "letter",
        ],
    );
    for expected in [
        "Call prep: Complaints",
        "0800 917 8047",
        "ask for a reference number",
        "Financial Ombudsman Service",
        "not legal advice",
    ] {
        assert!(text.contains(expected), "{expected:?} missing");
    }
    let json: Value = serde_json::from_slice(
        &run(&[
            "prep",
            "--purpose",
            "lost-card",
            "--country",
            "US",
            "--from",
            "ES",
            "--json",
        ])
        .stdout,
    )
    .unwrap();
    assert_eq!(json["line"]["id"], "us-collect-abroad");
    assert_eq!(json["line"]["dial"], "00 1 336-393-1111");
    assert_eq!(
        json["escalation"][2]["body"]["name"],
        "Consumer Financial Protection Bureau (CFPB)"
    );
}

#[test]
fn disputes_from_the_command_line() {
    let data = tempfile::tempdir().unwrap();
    let in_data = |args: &[&str]| run_in(data.path(), args);
    let types = String::from_utf8(in_data(&["dispute", "types"]).stdout).unwrap();
    assert_eq!(types.lines().count(), 8, "{types}");
    assert!(types.contains("not-received"));

    let added = in_data(&[
        "dispute",
        "add",
        "--type",
        "not-received",
        "--merchant",
        "Acme",
        "--amount",
        "212.40",
        "--statement-date",
        "2026-10-31",
        "--last5",
        "378282246310005",
    ]);
    assert!(
        added.status.success(),
        "{}",
        String::from_utf8_lossy(&added.stderr)
    );
    assert!(String::from_utf8_lossy(&added.stderr).contains("kept only the last 5 digits"));
    let id = String::from_utf8(added.stdout).unwrap().trim().to_string();
    let list: Value =
        serde_json::from_slice(&in_data(&["dispute", "list", "--json"]).stdout).unwrap();
    assert_eq!(list[0]["id"], id.as_str());
    assert_eq!(list[0]["card"], "card ending 10005");
    assert_eq!(list[0]["nearest_deadline"]["due"], "2026-12-30");
    let disk = std::fs::read_to_string(data.path().join("journal.ron")).unwrap();
    assert!(!disk.contains("822463"), "no full card number on disk");

    for (what, expected) in [
        ("dispute", "Acme - 212.40 USD"),
        ("letter", "Notice of billing error"),
    ] {
        let text = printed_text(data.path(), &["print", what, "--case", &id[..8]]);
        assert!(text.contains(expected), "{what}: {expected:?} missing");
    }
    // A letter the account's market does not give is refused, naming the ones it does.
    let refused = in_data(&[
        "print",
        "letter",
        "--case",
        &id[..8],
        "--letter",
        "section-75",
        "-o",
        data.path().join("claim.pdf").to_str().unwrap(),
    ]);
    assert_eq!(refused.status.code(), Some(2));
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(
        said.contains("No section-75 letter for this case") && said.contains("billing-error"),
        "{said}"
    );
    assert!(!data.path().join("claim.pdf").exists());
    let out = data.path().join("checklist.pdf");
    assert!(
        in_data(&[
            "print",
            "checklist",
            "--type",
            "duplicate",
            "-o",
            out.to_str().unwrap()
        ])
        .status
        .success()
    );
    let unknown = in_data(&[
        "print",
        "checklist",
        "--type",
        "nope",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(unknown.status.code(), Some(2));
    let no_case = in_data(&[
        "print",
        "letter",
        "--case",
        "ffffffff",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(no_case.status.code(), Some(1));
}

#[test]
fn retention_prep_and_print_from_the_command_line() {
    let data = tempfile::tempdir().unwrap();
    let in_data = |args: &[&str]| run_in(data.path(), args);
    // Dates the CLI accepts are checked against today: the fee's statement closed
    // three days ago, so the 30-day refund window is still open.
    let closed = jiff::Zoned::now()
        .date()
        .checked_sub(jiff::Span::new().days(3))
        .unwrap();
    let refund_until = closed
        .checked_add(jiff::Span::new().days(30))
        .unwrap()
        .to_string();
    let closed = closed.to_string();
    let saved = in_data(&[
        "retention",
        "card",
        "--nickname",
        "Gold",
        "--tier",
        "gold",
        "--member-since",
        "2015",
        "--fee",
        "325",
        "--statement-closing",
        &closed,
    ]);
    assert!(
        saved.status.success(),
        "{}",
        String::from_utf8_lossy(&saved.stderr)
    );
    let prep: Value =
        serde_json::from_slice(&in_data(&["retention", "prep", "--card", "gold", "--json"]).stdout)
            .unwrap();
    assert_eq!(prep["card"], "Gold");
    assert_eq!(prep["refund_until"], refund_until.as_str());
    assert_eq!(prep["offer_in_12_months"], false);
    let missing = in_data(&["retention", "prep", "--card", "Platinum"]);
    assert_eq!(missing.status.code(), Some(1));
    let text = printed_text(data.path(), &["print", "retention", "--card", "Gold"]);
    for expected in [
        "Retention call: script card",
        "Open politely",
        &format!("close by {refund_until}"),
        "demand a number of points",
    ] {
        assert!(text.contains(expected), "{expected:?} missing");
    }
}

#[test]
fn coverage_prints_the_table_and_json() {
    let out = run(&["coverage"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("GB United Kingdom"), "{text}");
    assert!(text.contains("Markets with an official line of their own for a card account"));
    let out = run(&["coverage", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(json["official_markets"].as_u64().unwrap() >= 25);
    let purposes = json["purposes"].as_array().unwrap().len();
    for market in json["markets"].as_array().unwrap() {
        assert_eq!(market["cells"].as_array().unwrap().len(), purposes);
    }
}

/// Issue 24: a "+" number means the same from anywhere; the US trunk prefix is never
/// taken from the UK number ("+44 1273…" was read as "+44 273…" from the US).
#[test]
fn verify_reads_a_plus_number_the_same_from_the_us() {
    let out = run(&["verify", "+44 1273 696 933", "--from", "US", "--json"]);
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["verdict"], "amex");
    assert_eq!(v["e164"], "+441273696933");
    assert_eq!(v["contacts"][0]["country"], "GB");
    let out = run(&["verify", "+61 1300 132 639", "--from", "US", "--json"]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v["e164"], "+611300132639",
        "never misread as +61 3 0013 2639"
    );
    assert_eq!(v["verdict"], "amex");
}

#[test]
fn verify_reads_a_sentence_and_full_width_digits() {
    for input in ["Call us now at 1-800-528-4800.", "１８００５２８４８００"] {
        let out = run(&["verify", input, "--from", "US", "--json"]);
        assert!(out.status.success(), "{input}");
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(json["verdict"], "amex", "{input}");
        assert_eq!(json["e164"], "+18005284800", "{input}");
    }
}

#[test]
fn find_puts_the_line_that_connects_first_and_advises_where_no_official_line_exists() {
    let rows = json(&[
        "find",
        "--country",
        "US",
        "--purpose",
        "lost-card",
        "--tier",
        "platinum",
        "--from",
        "ES",
        "--json",
    ]);
    assert_eq!(rows[0]["id"], "us-collect-abroad", "{:?}", rows[0]["id"]);
    let out = run(&["find", "--country", "SE", "--from", "SE"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("No American Express page we have gives a personal-card line for Sweden"),
        "{text}"
    );
    assert!(text.contains("back of your card"), "{text}");
}

/// Issue 14 item 7: the CLI checks values with the window's own rules and messages.
#[test]
fn cli_values_are_checked_by_the_rules_the_window_uses() {
    use amex_desk::fields;
    let today = jiff::Zoned::now().date();
    // A valid `dispute add` with one flag replaced (or added).
    let dispute = |flag: &str, value: &str| {
        let mut args = vec![
            "dispute",
            "add",
            "--type",
            "duplicate",
            "--merchant",
            "Acme",
            "--amount",
            "12.00",
        ];
        match args.iter().position(|a| *a == flag) {
            Some(i) => args[i + 1] = value,
            None => args.extend_from_slice(&[flag, value]),
        }
        let joined: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        let refs: Vec<&str> = joined.iter().map(String::as_str).collect();
        run(&refs)
    };
    let cases: Vec<(Output, String)> = vec![
        (
            dispute("--country", "ZZ"),
            format!(
                "--country: {}",
                fields::country("Account", "ZZ").unwrap_err().message
            ),
        ),
        (
            dispute("--currency", "ZZZZZZ"),
            format!(
                "--currency: {}",
                fields::currency("Currency", "ZZZZZZ").unwrap_err().message
            ),
        ),
        (
            dispute("--amount", "-5"),
            format!(
                "--amount: {}",
                fields::amount("Amount", "-5").unwrap_err().message
            ),
        ),
        (
            dispute("--amount", "1.234"),
            format!(
                "--amount: {}",
                fields::amount("Amount", "1.234").unwrap_err().message
            ),
        ),
        (
            dispute("--statement-date", "9999-12-31"),
            format!(
                "--statement-date: {}",
                fields::date(
                    "Statement closing",
                    "9999-12-31",
                    today,
                    fields::DateRule::Past
                )
                .unwrap_err()
                .message
            ),
        ),
        (
            dispute("--merchant", " "),
            "--merchant: this is empty; who is the charge from?".to_string(),
        ),
        (
            run(&["retention", "card", "--nickname", ""]),
            "--nickname: this is empty; give the card a name, e.g. Gold".to_string(),
        ),
        (
            run(&[
                "retention",
                "card",
                "--nickname",
                "Gold",
                "--member-since",
                "1900",
            ]),
            format!(
                "--member-since: {}",
                fields::year("Member since", "1900", today)
                    .unwrap_err()
                    .message
            ),
        ),
        (
            run(&["log", "add", "--summary", "x", "--follow-up", "2099-01-01"]),
            format!(
                "--follow-up: {}",
                fields::date(
                    "Follow-up date",
                    "2099-01-01",
                    today,
                    fields::DateRule::Plan
                )
                .unwrap_err()
                .message
            ),
        ),
    ];
    for (out, expected) in cases {
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(
            stderr.contains(&format!("amex-desk: {expected}")),
            "expected {expected:?} in {stderr:?}"
        );
    }
}

/// Issue 13 item 4: "185,50" (a decimal comma) is stored as 185.50, never 18,550.00.
#[test]
fn a_decimal_comma_amount_is_stored_as_written() {
    let data = tempfile::tempdir().unwrap();
    let added = run_in(
        data.path(),
        &[
            "dispute",
            "add",
            "--type",
            "duplicate",
            "--merchant",
            "Bar",
            "--amount",
            "185,50",
            "--currency",
            "eur",
            "--country",
            "es",
        ],
    );
    assert!(
        added.status.success(),
        "{}",
        String::from_utf8_lossy(&added.stderr)
    );
    let list: Value =
        serde_json::from_slice(&run_in(data.path(), &["dispute", "list", "--json"]).stdout)
            .unwrap();
    assert_eq!(list[0]["amount"], "185.50 EUR");
    assert_eq!(list[0]["country"], "ES");
}

/// `amex-desk find --json | head -c 16` (447 KB, more than a pipe holds): the reader closes the pipe early; the command stops
/// quietly with success instead of reporting a panic.
#[cfg(unix)]
#[test]
fn a_reader_that_stops_early_gets_no_panic_message() {
    use std::io::Read;
    use std::process::Stdio;
    let data = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_amex-desk"))
        .args(["find", "--all-statuses", "--json"])
        .env("AMEX_DESK_DATA_DIR", data.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The pipe's read end is dropped here, while the command still has lines to print.
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{:?} {stderr}", out.status);
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// Issue 24: prep names a line the caller can dial and that serves their card.
#[test]
fn prep_names_a_dialable_line_for_the_card_held() {
    let v: Value = serde_json::from_slice(
        &run(&[
            "prep",
            "--purpose",
            "complaints",
            "--country",
            "IN",
            "--from",
            "US",
            "--json",
        ])
        .stdout,
    )
    .unwrap();
    assert_eq!(v["line"]["dial"], "011 91 124 280 1800", "{v}");
    assert_eq!(v["line_caveats"], serde_json::json!([]));
    let v: Value = serde_json::from_slice(
        &run(&[
            "prep",
            "--purpose",
            "lost-card",
            "--country",
            "DE",
            "--from",
            "DE",
            "--card",
            "corporate",
            "--json",
        ])
        .stdout,
    )
    .unwrap();
    assert_eq!(v["card"], "corporate");
    assert!(
        v["line"]["label"].as_str().unwrap().contains("Corporate"),
        "{v}"
    );
}

/// Issue 27: `check-data` validates the catalogs after the number like the directory:
/// the shipped ones pass, and a rule without its quote or its page's address is refused
/// with the file and the rule named.
#[test]
fn check_data_refuses_a_rule_without_its_quote_or_page() {
    for file in ["data/disputes.ron", "data/guidance.ron"] {
        let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
        let out = run(&["check-data", &path]);
        assert!(
            out.status.success(),
            "{file}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(String::from_utf8_lossy(&out.stdout).contains(": ok: "));
    }
    let shipped = include_str!("../data/disputes.ron");
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            shipped.replacen("quote: \"You have 180 days", "quote: \"\", was: \"You have 180 days", 1),
            "no quote",
        ),
        (
            shipped.replacen("url: \"https://obsi.ca", "url: \"obsi.ca", 1),
            "no page address",
        ),
        (
            shipped.replacen("label: \"Complaint escalated automatically if not resolved\", source: \"Amex Bank of Canada, Complaint Handling Procedures\", policy: true", "label: \"Complaint escalated automatically if not resolved\", source: \"Amex Bank of Canada, Complaint Handling Procedures\", policy: false", 1),
            "mark it policy",
        ),
    ];
    for (i, (text, why)) in cases.iter().enumerate() {
        assert_ne!(text, shipped, "case {i} changed nothing");
        let path = dir.path().join(format!("rules-{i}.ron"));
        std::fs::write(&path, text).unwrap();
        let out = run(&["check-data", path.to_str().unwrap()]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{why}: {err}");
        assert!(
            err.contains(why) && err.contains(&format!("rules-{i}.ron")),
            "{why}: {err}"
        );
        assert!(!err.contains("data/disputes.ron"), "{err}");
    }
}
