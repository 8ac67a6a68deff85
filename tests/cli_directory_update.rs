//! Issue 30 from the command line: a signed newer update applies and shows its diff;
//! a changed byte, another key, an older update are refused and leave the active
//! directory byte-identical; rollback restores the previous one; a file nobody signed
//! never replaces the directory in use and never makes Verify say AMEX; a correction
//! report round-trips through the maintainer script into a patch of the data file.
//!
//! The binary is a debug build, which also trusts the test key named in
//! `AMEX_DESK_TEST_PUBLIC_KEY` (tests/keys/; a release build never does).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const DATA: &str = include_str!("../data/directory.ron");
const TEST_KEY: &str = "578954DDF938BC68:RWRovDj53VSJV4FSX3URjoqbNlirT1WQ7yz5gn9FyMm+wNmMjHIh8m3W";
/// The UK consumer line's number, as the directory and its pages print it.
const OLD: &str = "917 8047";
const NEW: &str = "917 8099";

fn run(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_amex-desk"))
        .args(args)
        .env("AMEX_DESK_DATA_DIR", data)
        .env("AMEX_DESK_TEST_PUBLIC_KEY", TEST_KEY)
        .output()
        .expect("run amex-desk")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The directory with `serial` and the UK line's number changed everywhere it is printed.
fn directory(serial: u32, number: &str) -> String {
    DATA.replacen("serial: 1,", &format!("serial: {serial},"), 1)
        .replace(OLD, number)
}

fn sign_with(secret: &minisign::SecretKey, text: &str) -> Vec<u8> {
    let sig = minisign::sign(None, secret, text.as_bytes(), Some("test"), None).unwrap();
    let mut out = sig.into_string().into_bytes();
    out.extend_from_slice(text.as_bytes());
    out
}

fn sign(text: &str) -> Vec<u8> {
    let secret = minisign::SecretKey::from_bytes(include_bytes!("keys/test.key.bin")).unwrap();
    sign_with(&secret, text)
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn active(data: &Path) -> Option<Vec<u8>> {
    std::fs::read(data.join("directory").join("active.amexdir")).ok()
}

fn verdict(data: &Path, extra: &[&str]) -> String {
    let mut args = extra.to_vec();
    args.extend(["verify", "0800 917 8099", "--from", "GB"]);
    stdout(&run(data, &args))
}

#[test]
fn a_signed_update_applies_shows_its_diff_and_rolls_back() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    assert!(verdict(&data, &[]).starts_with("UNKNOWN"));
    let u2 = write(tmp.path(), "u2.amexdir", &sign(&directory(2, NEW)));
    let out = run(
        &data,
        &["directory", "update", u2.to_str().unwrap(), "--yes"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("Signed update 2"), "{text}");
    assert!(
        text.contains("GB:") && text.contains("0800 917 8047 -> 0800 917 8099"),
        "{text}"
    );
    assert!(verdict(&data, &[]).starts_with("AMEX"));
    let status = stdout(&run(&data, &["directory", "status"]));
    assert!(
        status.contains("update 2, a signed update (key 578954DDF938BC68)"),
        "{status}"
    );

    let u3 = write(tmp.path(), "u3.amexdir", &sign(&directory(3, "917 8011")));
    assert!(
        run(
            &data,
            &["directory", "update", u3.to_str().unwrap(), "--yes"]
        )
        .status
        .success()
    );
    let out = run(&data, &["directory", "rollback"]);
    assert!(
        stdout(&out).contains("before the last one"),
        "{}",
        stdout(&out)
    );
    assert!(verdict(&data, &[]).starts_with("AMEX"), "update 2 is back");
    run(&data, &["directory", "rollback"]);
    assert!(
        verdict(&data, &[]).starts_with("UNKNOWN"),
        "the built-in one is back"
    );
}

#[test]
fn a_changed_byte_another_key_and_an_older_update_leave_the_active_file_identical() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let u3 = write(tmp.path(), "u3.amexdir", &sign(&directory(3, NEW)));
    assert!(
        run(
            &data,
            &["directory", "update", u3.to_str().unwrap(), "--yes"]
        )
        .status
        .success()
    );
    let before = active(&data).unwrap();

    let mut changed = sign(&directory(4, NEW));
    let at = changed.len() - 300;
    changed[at] = if changed[at] == b'7' { b'8' } else { b'7' };
    let other = minisign::KeyPair::generate_unencrypted_keypair().unwrap();
    let cases: [(&str, Vec<u8>, &str); 4] = [
        ("changed", changed, "changed after it was signed"),
        (
            "other-key",
            sign_with(&other.sk, &directory(4, NEW)),
            "does not trust",
        ),
        ("older", sign(&directory(2, NEW)), "not newer"),
        (
            "unsigned",
            directory(4, NEW).into_bytes(),
            "not a signed directory update",
        ),
    ];
    for (name, bytes, why) in cases {
        let file = write(tmp.path(), name, &bytes);
        let out = run(
            &data,
            &["directory", "update", file.to_str().unwrap(), "--yes"],
        );
        assert_eq!(out.status.code(), Some(1), "{name}");
        let err = stderr(&out);
        assert!(
            err.contains(why) && err.contains("Nothing was changed"),
            "{name}: {err}"
        );
        assert_eq!(active(&data).unwrap(), before, "{name}");
    }
}

#[test]
fn a_file_nobody_signed_is_marked_never_replaces_the_directory_and_never_says_amex() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let file = write(tmp.path(), "scam.ron", directory(9, NEW).as_bytes());
    let flag = ["--directory", file.to_str().unwrap()];
    let answer = verdict(&data, &flag);
    assert!(answer.starts_with("UNKNOWN"), "{answer}");
    assert!(answer.contains("never used to verify"), "{answer}");
    let mut args = flag.to_vec();
    args.extend(["find", "--country", "GB", "lost"]);
    let listed = stdout(&run(&data, &args));
    assert!(
        listed.contains("917 8099") && listed.contains("NOT VERIFIED"),
        "{listed}"
    );
    assert!(active(&data).is_none());
    assert!(verdict(&data, &[]).starts_with("UNKNOWN"));
}

#[test]
fn a_correction_report_round_trips_through_the_maintainer_script_into_a_patch() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let report = tmp.path().join("report.ron");
    let out = run(
        &data,
        &[
            "directory",
            "report",
            "--line",
            "gb-customer-relations",
            "--problem",
            "wrong-number",
            "--correct-number",
            "0800 917 8099",
            "--page",
            "https://www.americanexpress.com/en-gb/contact-us/",
            "--details",
            "my card 3782 822463 10005 was declined",
            "--output",
            report.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&report).unwrap();
    assert!(!text.contains("3782 822463 10005"), "{text}");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let patch = Command::new("sh")
        .arg(root.join("scripts/correction-to-patch.sh"))
        .arg(&report)
        .current_dir(root)
        .env("AMEX_DESK", env!("CARGO_BIN_EXE_amex-desk"))
        .output()
        .unwrap();
    let diff = stdout(&patch);
    assert!(
        diff.contains("--- data/directory.ron"),
        "{diff}{}",
        stderr(&patch)
    );
    assert!(
        diff.contains("+            value: \"0800 917 8099\","),
        "{diff}"
    );
    assert!(diff.contains("+            // CORRECTION REPORT"), "{diff}");
    // The patch applies to the data file as it is.
    let copy = tmp.path().join("data.ron");
    std::fs::write(&copy, DATA).unwrap();
    let applied = Command::new("patch")
        .arg(&copy)
        .stdin(std::fs::File::open(write(tmp.path(), "p.diff", diff.as_bytes())).unwrap())
        .output()
        .unwrap();
    assert!(applied.status.success(), "{}", stdout(&applied));
    let patched = std::fs::read_to_string(&copy).unwrap();
    assert!(patched.contains("value: \"0800 917 8099\""));
}

/// The maintainer's signing script and the app agree: a key made with the minisign
/// tool signs a file the app's checker accepts with that key's public half.
#[test]
fn the_signing_script_writes_what_the_app_accepts() {
    if Command::new("minisign").arg("-v").output().is_err() {
        assert!(
            std::env::var_os("AMEX_DESK_REQUIRE_MINISIGN").is_none(),
            "minisign is required here"
        );
        eprintln!("minisign is not installed: the signing script is not tried");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let (public, secret) = (tmp.path().join("k.pub"), tmp.path().join("k.key"));
    let made = Command::new("minisign")
        .args(["-G", "-W", "-p"])
        .arg(&public)
        .arg("-s")
        .arg(&secret)
        .output()
        .unwrap();
    assert!(made.status.success(), "{}", stderr(&made));
    let source = write(tmp.path(), "d.ron", directory(2, NEW).as_bytes());
    let out = tmp.path().join("u2.amexdir");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let signed = Command::new("sh")
        .arg(root.join("scripts/sign-directory.sh"))
        .args([&secret, &source, &out])
        .current_dir(root)
        .env("AMEX_DESK", env!("CARGO_BIN_EXE_amex-desk"))
        .output()
        .unwrap();
    assert!(signed.status.success(), "{}", stderr(&signed));
    let pubfile = std::fs::read_to_string(&public).unwrap();
    let mut lines = pubfile.lines();
    let id = lines
        .next()
        .unwrap()
        .rsplit(' ')
        .next()
        .unwrap()
        .to_string();
    let key = amex_desk::directory::signed::TrustedKey {
        id,
        public: lines.next().unwrap().to_string(),
        expires: "2099-12-31".into(),
        note: String::new(),
    };
    let bytes = std::fs::read(&out).unwrap();
    let keys = [key];
    let (used, text) = amex_desk::directory::signed::check_signature(&bytes, &keys).unwrap();
    assert_eq!(text, directory(2, NEW));
    assert_eq!(used.public, pubfile.lines().nth(1).unwrap());
}
