//! The journal on disk, through the command line as a user or a script would use it:
//! masking, every unreadable-file case left byte-identical, two writers at once,
//! private file modes, export and import.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)] // test code

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

fn run_in(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_amex-desk"))
        .args(args)
        .env("AMEX_DESK_DATA_DIR", data)
        .env("LANG", "C.UTF-8")
        .env("TZ", "UTC")
        .output()
        .expect("run amex-desk")
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn list_json(data: &Path) -> Vec<Value> {
    serde_json::from_str::<Value>(&ok(&run_in(data, &["log", "list", "--json"])))
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

/// Every byte of every file under `dir`, as text.
fn everything_under(dir: &Path) -> String {
    let mut all = String::new();
    for item in std::fs::read_dir(dir).unwrap().flatten() {
        let path = item.path();
        if path.is_dir() {
            all.push_str(&everything_under(&path));
        } else {
            all.push_str(&String::from_utf8_lossy(&std::fs::read(&path).unwrap()));
        }
    }
    all
}

#[test]
fn a_card_number_and_cid_never_reach_the_disk() {
    let data = tempfile::tempdir().unwrap();
    let out = run_in(
        data.path(),
        &[
            "log",
            "add",
            "--summary",
            "card 3782 822463 10005 cid 1234",
            "--promise",
            "refund to 378282246310005",
        ],
    );
    ok(&out);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("masked a card number"), "{stderr}");
    assert!(stderr.contains("masked a security code"), "{stderr}");
    // Save twice more so the .bak holds a masked copy too.
    ok(&run_in(data.path(), &["log", "add", "--summary", "second"]));
    let disk = everything_under(data.path());
    for secret in ["3782 822463 10005", "378282246310005", "822463", "cid 1234"] {
        assert!(!disk.contains(secret), "{secret:?} reached the disk");
    }
    assert!(disk.contains("[card ending 10005]"));
    let rows = list_json(data.path());
    assert_eq!(rows.len(), 2);
}

#[test]
fn add_list_due_and_usage_errors() {
    let data = tempfile::tempdir().unwrap();
    ok(&run_in(
        data.path(),
        &[
            "log",
            "add",
            "--summary",
            "Hotel refund",
            "--contact",
            "us-general",
            "--rep",
            "Dana",
            "--ref",
            "R-77",
            "--follow-up",
            "2020-01-02",
            "--promise",
            "credit $45 @ 2020-01-10",
            "--when",
            "2020-01-01 09:30",
        ],
    ));
    let rows = list_json(data.path());
    assert_eq!(rows[0]["contact"], "us-general");
    assert_eq!(rows[0]["reference"], "R-77");
    assert_eq!(rows[0]["when"], "2020-01-01T09:30:00+00:00");
    assert_eq!(rows[0]["promises"][0]["due"], "2020-01-10");
    let due: Value = serde_json::from_str(&ok(&run_in(
        data.path(),
        &["log", "list", "--due", "--json"],
    )))
    .unwrap();
    let due = due.as_array().unwrap();
    assert_eq!(due.len(), 2);
    assert_eq!(
        due[0]["date"], "2020-01-02",
        "the oldest (most overdue) first"
    );
    assert_eq!(due[0]["overdue"], true);
    let text = ok(&run_in(data.path(), &["log", "list"]));
    assert!(
        text.contains("Hotel refund") && text.contains("R-77"),
        "{text}"
    );

    let bad_contact = run_in(
        data.path(),
        &["log", "add", "--summary", "x", "--contact", "nope"],
    );
    assert_eq!(bad_contact.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad_contact.stderr).contains("--contact nope"));
    let bad_date = run_in(
        data.path(),
        &["log", "add", "--summary", "x", "--follow-up", "soon"],
    );
    assert_eq!(
        bad_date.status.code(),
        Some(2),
        "a bad value is a usage error"
    );
    assert!(String::from_utf8_lossy(&bad_date.stderr).contains("YYYY-MM-DD"));
    let usage = run_in(data.path(), &["log", "add"]);
    assert_eq!(usage.status.code(), Some(2), "--summary is required");
    assert_eq!(
        list_json(data.path()).len(),
        1,
        "refused input wrote nothing"
    );
}

#[test]
fn the_data_dir_flag_wins_over_the_environment() {
    let env_dir = tempfile::tempdir().unwrap();
    let flag_dir = tempfile::tempdir().unwrap();
    let flag = flag_dir.path().to_str().unwrap();
    ok(&run_in(
        env_dir.path(),
        &["--data-dir", flag, "log", "add", "--summary", "here"],
    ));
    assert!(flag_dir.path().join("journal.ron").exists());
    assert!(!env_dir.path().join("journal.ron").exists());
}

/// The unreadable files a journal can turn into, and the words the report must use.
fn corrupt_cases() -> Vec<(&'static str, Vec<u8>, &'static str)> {
    let mut huge = b"(version: 1, entries: [], notes: [], deleted: [])\n".to_vec();
    huge.resize(17 * 1024 * 1024, b' ');
    vec![
        ("garbage", b"garbage\n".to_vec(), "cannot be read"),
        (
            "truncated",
            b"(\n    version: 1,\n    entries: [\n        (\n            id: \"5965627f-3250"
                .to_vec(),
            "journal.ron:5:",
        ),
        (
            "newer version",
            b"(version: 99, entries: [])".to_vec(),
            "newer Amex Desk",
        ),
        (
            "bad field",
            b"(version: 1, entries: [(id: 7)])".to_vec(),
            "cannot be read",
        ),
        ("not UTF-8", vec![0xff, 0xfe, 0x00, 0x28], "journal.ron"),
        ("too large", huge, "byte limit"),
        ("empty", Vec::new(), "cannot be read"),
    ]
}

#[test]
fn unreadable_journals_are_reported_and_left_byte_identical() {
    for (name, bytes, words) in corrupt_cases() {
        let data = tempfile::tempdir().unwrap();
        let path = data.path().join("journal.ron");
        std::fs::write(&path, &bytes).unwrap();
        for args in [
            vec!["log", "list"],
            vec!["log", "list", "--due"],
            vec!["log", "add", "--summary", "must not be written"],
            vec!["log", "export", "--format", "md"],
        ] {
            let out = run_in(data.path(), &args);
            assert_eq!(out.status.code(), Some(1), "{name}: {args:?} should fail");
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(
                stderr.contains(&path.display().to_string()),
                "{name}: {stderr}"
            );
            assert!(stderr.contains(words), "{name}: {stderr}");
        }
        assert!(
            std::fs::read(&path).unwrap() == bytes,
            "{name}: the file changed"
        );
        assert!(
            !data.path().join("journal.ron.bak").exists(),
            "{name}: no backup over it"
        );
    }
}

#[test]
fn parse_errors_name_the_line_and_column() {
    let data = tempfile::tempdir().unwrap();
    std::fs::write(
        data.path().join("journal.ron"),
        "(\n    version: 1,\n    entries: [],\n    notes: [oops],\n)\n",
    )
    .unwrap();
    let out = run_in(data.path(), &["log", "list"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("journal.ron:4:"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn journal_backup_and_exports_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let data = tempfile::tempdir().unwrap();
    ok(&run_in(data.path(), &["log", "add", "--summary", "one"]));
    ok(&run_in(data.path(), &["log", "add", "--summary", "two"]));
    for name in ["journal.ron", "journal.ron.bak"] {
        let mode = std::fs::metadata(data.path().join(name))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{name} is {:o}", mode & 0o777);
    }
    let out = data.path().join("out.md");
    ok(&run_in(
        data.path(),
        &[
            "log",
            "export",
            "--format",
            "md",
            "-o",
            out.to_str().unwrap(),
        ],
    ));
    let mode = std::fs::metadata(&out).unwrap().permissions().mode();
    assert_eq!(mode & 0o077, 0, "export is {:o}", mode & 0o777);
}

#[test]
fn two_writers_at_once_lose_nothing() {
    let data = tempfile::tempdir().unwrap();
    let children: Vec<_> = (0..8)
        .map(|i| {
            Command::new(env!("CARGO_BIN_EXE_amex-desk"))
                .args(["log", "add", "--summary", &format!("writer {i}")])
                .env("AMEX_DESK_DATA_DIR", data.path())
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    let rows = list_json(data.path());
    let mut summaries: Vec<String> = rows
        .iter()
        .map(|r| r["summary"].as_str().unwrap().to_string())
        .collect();
    summaries.sort();
    let expected: Vec<String> = (0..8).map(|i| format!("writer {i}")).collect();
    assert_eq!(summaries, expected);
}

#[test]
fn export_and_import_merge_by_id() {
    let home = tempfile::tempdir().unwrap();
    let laptop = tempfile::tempdir().unwrap();
    ok(&run_in(
        home.path(),
        &["log", "add", "--summary", "from home", "--ref", "H-1"],
    ));
    ok(&run_in(
        laptop.path(),
        &["log", "add", "--summary", "from the laptop"],
    ));
    let laptop_file = laptop.path().join("journal.ron");
    let imported = ok(&run_in(
        home.path(),
        &["log", "import", laptop_file.to_str().unwrap()],
    ));
    assert!(imported.contains("1 added"), "{imported}");
    // Importing the same file again adds nothing.
    let again = ok(&run_in(
        home.path(),
        &["log", "import", laptop_file.to_str().unwrap()],
    ));
    assert!(again.contains("0 added, 0 updated, 0 removed"), "{again}");
    assert_eq!(list_json(home.path()).len(), 2);

    let md = ok(&run_in(home.path(), &["log", "export", "--format", "md"]));
    assert!(md.starts_with("# Amex Desk journal"));
    assert!(md.contains("from home") && md.contains("from the laptop"));
    assert!(md.contains("- **Reference:** H-1"));
    let csv = ok(&run_in(home.path(), &["log", "export", "--format", "csv"]));
    assert!(csv.starts_with("id,when,contact,"));
    assert_eq!(csv.lines().count(), 3);

    let garbage = home.path().join("garbage.ron");
    std::fs::write(&garbage, "nope").unwrap();
    let out = run_in(home.path(), &["log", "import", garbage.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        list_json(home.path()).len(),
        2,
        "a bad import changes nothing"
    );
}

/// Issue 14: the spellings that used to be saved in full (double spaces, tabs, line
/// breaks, `/`, `_`, " - ", no-break spaces, full-width digits...), with their numbers.
const SPELLINGS: [(&str, &str); 16] = [
    ("3782 822463 10005", "378282246310005"),
    ("3782  822463  10005", "378282246310005"),
    ("3782\t822463\t10005", "378282246310005"),
    ("3782\n822463\n10005", "378282246310005"),
    ("3782\r\n822463\r\n10005", "378282246310005"),
    ("3782/822463/10005", "378282246310005"),
    ("3782_822463_10005", "378282246310005"),
    ("3782 - 822463 - 10005", "378282246310005"),
    ("3714\u{a0}496353\u{a0}98431", "371449635398431"),
    (
        "\u{ff13}\u{ff17}\u{ff18}\u{ff17} \u{ff13}\u{ff14}\u{ff14}\u{ff19}\u{ff13}\u{ff16} \u{ff17}\u{ff11}\u{ff10}\u{ff10}\u{ff10}",
        "378734493671000",
    ),
    ("3714\u{2013}496353\u{2013}98431", "371449635398431"),
    ("3787 3449 3671 000", "378734493671000"),
    (
        "4111\u{202f}1111\u{2007}1111\u{2009}1111",
        "4111111111111111",
    ),
    ("5555.5555.5555.4444", "5555555555554444"),
    (
        "6011\u{200b}1111\u{200b}1111\u{200b}1117",
        "6011111111111117",
    ),
    ("3056 9309 0259 04", "30569309025904"),
];

/// Digits of any width, in order.
fn digits_of(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfkc().filter(char::is_ascii_digit).collect()
}

#[test]
fn no_card_spelling_reaches_the_data_folder_exports_or_json() {
    let data = tempfile::tempdir().unwrap();
    for (spelling, _) in SPELLINGS {
        let summary = format!("card {spelling} CID for my card is 2345");
        ok(&run_in(data.path(), &["log", "add", "--summary", &summary]));
    }
    let (first, _) = SPELLINGS[0];
    ok(&run_in(
        data.path(),
        &[
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
            "card 3782 822463 10005 CID 1234",
            "--description",
            first,
        ],
    ));
    let exports = data.path().join("exports");
    std::fs::create_dir_all(&exports).unwrap();
    for format in ["md", "csv"] {
        let out = exports.join(format!("journal.{format}"));
        let args = [
            "log",
            "export",
            "--format",
            format,
            "-o",
            out.to_str().unwrap(),
        ];
        ok(&run_in(data.path(), &args));
    }
    let mut all = everything_under(data.path());
    all.push_str(&ok(&run_in(data.path(), &["log", "list", "--json"])));
    all.push_str(&ok(&run_in(data.path(), &["log", "list"])));
    let disputes = ok(&run_in(data.path(), &["dispute", "list", "--json"]));
    let cases: Value = serde_json::from_str(&disputes).unwrap();
    assert_eq!(cases[0]["card"], "card ending 10005", "the CID is not kept");
    all.push_str(&disputes);
    let digits = digits_of(&all);
    for (spelling, number) in SPELLINGS {
        assert!(
            !digits.contains(number),
            "{spelling:?} reached the disk or output"
        );
    }
    assert!(
        !all.contains("is 2345") && !all.contains("CID 1234"),
        "a CID was kept"
    );
}

/// Runs the CLI and fails the test if it takes more than `limit` (a hang on a FIFO or
/// an endless read of /dev/zero would never end).
#[cfg(unix)]
fn run_within(data: &Path, args: &[&str], limit: std::time::Duration) -> Output {
    use std::process::Stdio;
    let start = std::time::Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_amex-desk"))
        .args(args)
        .env("AMEX_DESK_DATA_DIR", data)
        .env("LANG", "C.UTF-8")
        .env("TZ", "UTC")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > limit {
            child.kill().unwrap();
            panic!("{args:?} did not finish within {limit:?}");
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    child.wait_with_output().unwrap()
}

/// /dev/zero (through a symlink), a FIFO and a directory, each made at `path`.
#[cfg(unix)]
fn make_special(kind: &str, path: &Path) {
    match kind {
        "device" => std::os::unix::fs::symlink("/dev/zero", path).unwrap(),
        "FIFO" => assert!(Command::new("mkfifo").arg(path).status().unwrap().success()),
        _ => std::fs::create_dir(path).unwrap(),
    }
}

/// Issue 14: /dev/zero, a FIFO and a directory as the journal, an import,
/// `--directory` or `check-data` are refused at once, naming the path and what it is.
#[cfg(unix)]
#[test]
fn special_files_are_refused_quickly_by_name() {
    let limit = std::time::Duration::from_secs(5);
    for kind in ["device", "FIFO", "directory"] {
        let data = tempfile::tempdir().unwrap();
        let special = data.path().join("special.ron");
        make_special(kind, &special);
        let special_arg = special.to_str().unwrap();
        let journal = data.path().join("journal.ron");
        make_special(kind, &journal);
        let runs: [Vec<&str>; 5] = [
            vec!["log", "list"],
            vec!["log", "add", "--summary", "x"],
            vec!["--directory", special_arg, "find", "--country", "GB"],
            vec!["check-data", special_arg],
            vec!["log", "import", special_arg],
        ];
        for args in runs {
            let start = std::time::Instant::now();
            let out = run_within(data.path(), &args, limit);
            let took = start.elapsed();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(1), "{kind}: {args:?}: {stderr}");
            assert!(stderr.contains(kind), "{kind}: {args:?}: {stderr}");
            assert!(
                stderr.contains(".ron"),
                "{kind}: {args:?}: names the path: {stderr}"
            );
            let second = std::time::Duration::from_secs(1);
            assert!(took < second, "{kind}: {args:?} took {took:?}");
        }
        if kind != "directory" {
            let meta = std::fs::symlink_metadata(&journal).unwrap();
            assert!(
                !meta.file_type().is_file(),
                "{kind}: the journal was replaced"
            );
        }
    }
}

/// Issue 25: a device, a FIFO or a directory where the journal's lock file belongs is
/// named as such, quickly, and the journal is left as it was.
#[cfg(unix)]
#[test]
fn a_lock_file_that_is_not_a_regular_file_is_named_as_such() {
    let limit = std::time::Duration::from_secs(5);
    for kind in ["device", "FIFO", "directory"] {
        let data = tempfile::tempdir().unwrap();
        let added = run_within(data.path(), &["log", "add", "--summary", "first"], limit);
        assert!(added.status.success());
        let journal = data.path().join("journal.ron");
        let before = std::fs::read(&journal).unwrap();
        let lock = data.path().join("journal.ron.lock");
        let _ = std::fs::remove_file(&lock);
        make_special(kind, &lock);
        let out = run_within(data.path(), &["log", "add", "--summary", "second"], limit);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{kind}: {stderr}");
        assert!(
            stderr.contains("journal.ron.lock") && stderr.contains(kind),
            "{kind}: {stderr}"
        );
        assert!(stderr.contains("not a regular file"), "{kind}: {stderr}");
        assert_eq!(std::fs::read(&journal).unwrap(), before, "{kind}");
    }
}

/// Issue 14: `-o` refuses a device, a FIFO and a directory (the device stays a
/// device), and a symlinked journal keeps its link while the target gets the entries.
#[cfg(unix)]
#[test]
fn outputs_and_a_symlinked_journal_respect_what_the_path_names() {
    use std::os::unix::fs::{FileTypeExt, PermissionsExt};
    let limit = std::time::Duration::from_secs(5);
    let data = tempfile::tempdir().unwrap();
    ok(&run_in(data.path(), &["log", "add", "--summary", "first"]));
    let fifo = data.path().join("out.fifo");
    make_special("FIFO", &fifo);
    let folder = data.path().join("folder");
    std::fs::create_dir(&folder).unwrap();
    for (out, what) in [
        (Path::new("/dev/null"), "device"),
        (fifo.as_path(), "FIFO"),
        (folder.as_path(), "directory"),
    ] {
        let target = out.to_str().unwrap();
        for args in [
            vec!["log", "export", "--format", "md", "-o", target],
            vec!["print", "checklist", "--type", "not-received", "-o", target],
        ] {
            let result = run_within(data.path(), &args, limit);
            let stderr = String::from_utf8_lossy(&result.stderr);
            assert_eq!(result.status.code(), Some(1), "{args:?}: {stderr}");
            assert!(stderr.contains(what), "{args:?}: {stderr}");
        }
    }
    let null = std::fs::metadata("/dev/null").unwrap().file_type();
    assert!(null.is_char_device(), "/dev/null is still a device");
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );

    let kept = data.path().join("kept.md");
    std::fs::write(&kept, "old").unwrap();
    std::fs::set_permissions(&kept, std::fs::Permissions::from_mode(0o640)).unwrap();
    let args = [
        "log",
        "export",
        "--format",
        "md",
        "-o",
        kept.to_str().unwrap(),
    ];
    ok(&run_in(data.path(), &args));
    let mode = std::fs::metadata(&kept).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640, "an existing export keeps its mode");

    let synced = tempfile::tempdir().unwrap();
    let real = synced.path().join("journal.ron");
    std::fs::rename(data.path().join("journal.ron"), &real).unwrap();
    std::os::unix::fs::symlink(&real, data.path().join("journal.ron")).unwrap();
    ok(&run_in(data.path(), &["log", "add", "--summary", "second"]));
    let link = std::fs::symlink_metadata(data.path().join("journal.ron")).unwrap();
    assert!(
        link.file_type().is_symlink(),
        "the journal's link was replaced"
    );
    let target = std::fs::read_to_string(&real).unwrap();
    assert!(
        target.contains("first") && target.contains("second"),
        "{target}"
    );
    assert!(synced.path().join("journal.ron.bak").exists());

    std::fs::remove_file(&real).unwrap();
    let dangling = run_in(data.path(), &["log", "add", "--summary", "third"]);
    let stderr = String::from_utf8_lossy(&dangling.stderr);
    assert_eq!(dangling.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("symbolic link"), "{stderr}");
}

/// Issue 14: a terminal escape or a bidi override typed into `log add` is removed
/// (with a note), and one in an imported journal is shown escaped by `log list`, CSV
/// and Markdown, never sent raw to the terminal.
#[test]
fn terminal_escapes_are_removed_on_input_and_escaped_on_output() {
    let data = tempfile::tempdir().unwrap();
    let out = run_in(
        data.path(),
        &[
            "log",
            "add",
            "--summary",
            "\u{1b}[31mred\u{1b}[0m \u{202e}txt.exe",
        ],
    );
    ok(&out);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("removed 3 control or bidi-override"),
        "{stderr}"
    );
    let disk = std::fs::read_to_string(data.path().join("journal.ron")).unwrap();
    assert!(disk.contains("[31mred[0m txt.exe"), "{disk}");
    assert!(!disk.contains('\u{1b}') && !disk.contains('\u{202e}'));

    // A journal from elsewhere that holds them (RON escapes them on disk).
    let other = tempfile::tempdir().unwrap();
    let raw = disk.replace("[31mred", "\\u{1b}[31mred\\u{202e}");
    std::fs::write(other.path().join("journal.ron"), raw).unwrap();
    let listed = ok(&run_in(other.path(), &["log", "list"]));
    for args in [
        vec!["log", "list"],
        vec!["log", "export", "--format", "md"],
        vec!["log", "export", "--format", "csv"],
    ] {
        let printed = ok(&run_in(other.path(), &args));
        assert!(
            !printed.contains('\u{1b}'),
            "{args:?}: raw ESC: {printed:?}"
        );
        assert!(
            !printed.contains('\u{202e}'),
            "{args:?}: raw bidi: {printed:?}"
        );
        assert!(
            printed.contains("\\u{1b}[31mred\\u{202e}"),
            "{args:?}: {printed}"
        );
    }
    assert!(listed.contains("\\u{1b}"));
}

/// Issue 14: the data folder and `exports/` are created 0700, and made 0700 on start
/// (with a note) when they were left open to others; a shared folder is not changed.
#[cfg(unix)]
#[test]
fn data_and_exports_folders_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let set = |p: &Path, m: u32| std::fs::set_permissions(p, std::fs::Permissions::from_mode(m));
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("new/amex-desk");
    ok(&run_in(&data, &["log", "add", "--summary", "one"]));
    assert_eq!(mode(&data), 0o700, "a new data folder is private");
    let export = data.join("exports/journal.md");
    let args = [
        "log",
        "export",
        "--format",
        "md",
        "-o",
        export.to_str().unwrap(),
    ];
    ok(&run_in(&data, &args));
    assert_eq!(
        mode(&data.join("exports")),
        0o700,
        "a new exports folder is private"
    );

    set(&data, 0o755).unwrap();
    set(&data.join("exports"), 0o777).unwrap();
    let out = run_in(&data, &["log", "list"]);
    ok(&out);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("was 755") && stderr.contains("was 777"),
        "{stderr}"
    );
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&data.join("exports")), 0o700);

    let shared = root.path().join("shared");
    std::fs::create_dir(&shared).unwrap();
    std::fs::write(shared.join("someone-else.txt"), "x").unwrap();
    set(&shared, 0o755).unwrap();
    let out = run_in(&shared, &["log", "list"]);
    ok(&out);
    assert!(String::from_utf8_lossy(&out.stderr).contains("holds other files"));
    assert_eq!(
        mode(&shared),
        0o755,
        "a folder with other files is left alone"
    );
}

/// Issue 14: `check-journal` reports shared ids, unknown link targets and dangling
/// case links by id; invalid UTF-8 is reported with its byte offset and advice; a
/// journal saved with a BOM (Notepad) is read.
#[test]
fn check_journal_reports_hidden_problems_utf8_offsets_and_accepts_a_bom() {
    use amex_desk::journal::{Entry, Journal, Link};
    let data = tempfile::tempdir().unwrap();
    let now: jiff::Timestamp = "2026-11-18T10:00:00Z".parse().unwrap();
    let mut journal = Journal::default();
    let mut e = Entry::new(now, &jiff::tz::TimeZone::UTC);
    e.summary = "shared id".into();
    let shared = e.id;
    journal.entries = vec![e.clone(), e.clone(), e];
    let mut linked = Entry::new(now, &jiff::tz::TimeZone::UTC);
    let missing_case = uuid::Uuid::from_u128(0xcafe);
    linked.links.push(Link::Dispute(missing_case));
    journal.entries.push(linked);
    let mut case = amex_desk::disputes::Case::new(now, "not-received", "US");
    let missing_call = uuid::Uuid::from_u128(0xbeef);
    case.calls.push(missing_call);
    journal.cases.push(case.clone());
    let text = amex_desk::journal::codec::encode(&journal).unwrap();
    let file = data.path().join("other.ron");
    std::fs::write(&file, &text).unwrap();
    let out = run_in(data.path(), &["check-journal", file.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("3 problems found"), "{stderr}");
    assert!(
        stderr.contains(&format!("{shared}: 3 calls share this id")),
        "{stderr}"
    );
    assert!(stderr.contains(&missing_case.to_string()), "{stderr}");
    assert!(stderr.contains(&format!(
        "{}: dispute case lists call {missing_call}",
        case.id
    )));
    let imported = run_in(data.path(), &["log", "import", file.to_str().unwrap()]);
    ok(&imported);
    let stderr = String::from_utf8_lossy(&imported.stderr);
    assert!(
        stderr.contains(&format!("{shared}: 3 calls share this id")),
        "import: {stderr}"
    );
    std::fs::remove_file(data.path().join("journal.ron")).unwrap();
    std::fs::remove_file(data.path().join("journal.ron.bak")).ok();

    ok(&run_in(data.path(), &["log", "add", "--summary", "fine"]));
    let fine = ok(&run_in(data.path(), &["check-journal"]));
    assert!(fine.contains("ok: 1 calls"), "{fine}");

    let journal_path = data.path().join("journal.ron");
    let saved = std::fs::read(&journal_path).unwrap();
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend_from_slice(&saved);
    std::fs::write(&journal_path, &with_bom).unwrap();
    let rows = list_json(data.path());
    assert_eq!(rows[0]["summary"], "fine", "a BOM is accepted");

    let mut binary = saved.clone();
    binary[20] = 0xff;
    std::fs::write(&journal_path, &binary).unwrap();
    let out = run_in(data.path(), &["log", "list"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("invalid byte at offset 20"), "{stderr}");
    assert!(stderr.contains("save the file as UTF-8"), "{stderr}");
    assert_eq!(
        std::fs::read(&journal_path).unwrap(),
        binary,
        "left untouched"
    );
}

#[test]
fn backups_are_listed_and_one_restores_with_the_current_journal_kept() {
    let data = tempfile::tempdir().unwrap();
    assert!(ok(&run_in(data.path(), &["log", "backups"])).contains("No backups yet"));
    for summary in ["first call", "second call"] {
        ok(&run_in(data.path(), &["log", "add", "--summary", summary]));
    }
    let listed = ok(&run_in(data.path(), &["log", "backups"]));
    let names: Vec<&str> = listed
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert_eq!(names.len(), 2, "{listed}");
    assert!(names.iter().all(|n| n.starts_with("journal-")), "{listed}");
    let oldest = names[1];

    let out = ok(&run_in(data.path(), &["log", "restore", oldest]));
    assert!(out.contains("1 call(s)"), "{out}");
    let calls = list_json(data.path());
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0]["summary"], "first call");
    let after = ok(&run_in(data.path(), &["log", "backups"]));
    assert_eq!(after.lines().count(), 3, "the restore is a save: {after}");

    let out = run_in(
        data.path(),
        &["log", "restore", "journal-20000101T000000Z.ron"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("log backups"));
}

/// Issue 16, "Your calendar": `export calendar` writes the follow-up and the dispute
/// deadline as all-day events that an independent parser (the `ical` crate) reads back,
/// with the same UIDs on a second export, a reminder on the deadline, and a private file.
#[test]
fn calendar_export_parses_back_with_an_independent_parser() {
    let data = tempfile::tempdir().unwrap();
    let follow_up = jiff::Zoned::now().date().tomorrow().unwrap();
    let logged = ok(&run_in(
        data.path(),
        &[
            "log",
            "add",
            "--summary",
            "Refund for the hotel charge",
            "--ref",
            "4471",
            "--follow-up",
            &follow_up.to_string(),
        ],
    ));
    let entry = logged.split_whitespace().nth(1).unwrap().to_string();
    let case = ok(&run_in(
        data.path(),
        &[
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
        ],
    ));
    let case = case.trim().to_string();
    let file = data.path().join("exports/amex-desk.ics");
    let export = |path: &Path| {
        ok(&run_in(
            data.path(),
            &["export", "calendar", "-o", path.to_str().unwrap()],
        ))
    };
    export(&file);
    let text = std::fs::read_to_string(&file).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "the calendar is {:o}", mode & 0o777);
    }
    // RFC 5545 unfolding (the `ical` crate trims a space left before a fold).
    let unfolded = text.replace("\r\n ", "");
    let calendar = ical::IcalParser::new(unfolded.as_bytes())
        .next()
        .unwrap()
        .unwrap();
    let value = |props: &[ical::property::Property], name: &str| {
        props
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_default()
    };
    let events: Vec<(String, String, String, usize)> = calendar
        .events
        .iter()
        .map(|e| {
            let p = &e.properties;
            (
                value(p, "UID"),
                value(p, "DTSTART"),
                value(p, "SUMMARY"),
                e.alarms.len(),
            )
        })
        .collect();
    let notice = (
        format!("{case}-notify-issuer@amex-desk"),
        "20261230".to_string(),
        "Dispute Acme: last day to notify the issuer (60 days after the statement)".to_string(),
        1,
    );
    let chase = (
        format!("{entry}-followup@amex-desk"),
        follow_up.strftime("%Y%m%d").to_string(),
        "Follow up with Amex: Refund for the hotel charge (ref 4471)".to_string(),
        0,
    );
    assert_eq!(events.len(), 2, "{events:?}");
    assert!(events.contains(&notice), "{events:?}");
    assert!(events.contains(&chase), "{events:?}");
    let deadline = calendar
        .events
        .iter()
        .find(|e| value(&e.properties, "UID") == notice.0)
        .unwrap();
    assert!(value(&deadline.properties, "DESCRIPTION").contains("212.40 USD"));
    assert_eq!(value(&deadline.alarms[0].properties, "TRIGGER"), "-P2DT15H");
    // Again, to standard output: the same events, so a calendar updates instead of
    // duplicating.
    let again = ok(&run_in(data.path(), &["export", "calendar"]));
    let uids = |t: &str| {
        t.lines()
            .filter(|l| l.starts_with("UID:"))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(uids(&again), uids(&text));
    let device = run_in(data.path(), &["export", "calendar", "-o", "/dev/null"]);
    #[cfg(unix)]
    assert_eq!(device.status.code(), Some(1), "a device is refused");
    let _ = device;
}

/// Issue 25: a journal nested past the parser's limit is explained in the user's terms
/// (no advice to change a parser setting), and left untouched.
#[test]
fn a_journal_nested_too_deeply_is_explained_plainly() {
    let data = tempfile::tempdir().unwrap();
    let journal = data.path().join("journal.ron");
    let text = format!("(entries:{}", "[".repeat(3000));
    std::fs::write(&journal, &text).unwrap();
    let out = run_within(
        data.path(),
        &["log", "list"],
        std::time::Duration::from_secs(5),
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("nested too deeply"), "{stderr}");
    assert!(!stderr.contains("recursion_limit"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&journal).unwrap(), text);
}

/// Issue 25: a screenshot is private like every file the app writes.
#[cfg(unix)]
#[test]
fn screenshots_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shot.png");
    let image = egui::ColorImage::new([4, 3], vec![egui::Color32::RED; 12]);
    amex_desk::app::save_png(&path, &image).unwrap();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert_eq!(image::open(&path).unwrap().width(), 4);
}
