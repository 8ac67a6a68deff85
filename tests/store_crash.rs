//! A process killed (SIGKILL) while it saves the journal in a loop leaves a file that
//! parses and holds a whole state, old or new: never a mix, never a torn file. The
//! child saves through `JournalFile` (lock, merge check, atomic store), as the app does.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)] // test code

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use amex_desk::journal::{Entry, Journal, JournalFile};
use jiff::Timestamp;
use jiff::tz::TimeZone;

const CHILD_ENV: &str = "AMEX_DESK_STORE_CRASH_CHILD";
const TRIALS: u32 = 300;
const ENTRIES: usize = 300;

/// Every entry's summary names the generation it was written in: a mix would show.
fn generation_of(j: &Journal) -> Option<u64> {
    let first = j.entries.first()?.summary.split(' ').nth(1)?.parse().ok()?;
    let whole = j.entries.len() == ENTRIES
        && j.entries
            .iter()
            .enumerate()
            .all(|(i, e)| e.summary == format!("generation {first} entry {i} {}", "x".repeat(60)));
    whole.then_some(first)
}

fn child_loop(dir: &Path) -> ! {
    let (mut file, loaded) = JournalFile::open(dir);
    let mut journal = loaded.unwrap();
    let now: Timestamp = "2026-11-18T10:00:00Z".parse().unwrap();
    if journal.entries.is_empty() {
        for _ in 0..ENTRIES {
            journal.entries.push(Entry::new(now, &TimeZone::UTC));
        }
    }
    let mut generation = generation_of(&journal).unwrap_or(0);
    loop {
        generation += 1;
        for (i, e) in journal.entries.iter_mut().enumerate() {
            e.summary = format!("generation {generation} entry {i} {}", "x".repeat(60));
            e.updated = Timestamp::now();
        }
        journal = file.save(&journal).unwrap().0.unwrap_or(journal);
    }
}

#[test]
fn killed_while_saving_leaves_old_or_new() {
    if let Some(dir) = std::env::var_os(CHILD_ENV) {
        child_loop(Path::new(&dir));
    }
    let dir = tempfile::tempdir().unwrap();
    let mut last_seen = 0;
    let mut advanced = 0;
    for trial in 0..TRIALS {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "killed_while_saving_leaves_old_or_new",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, dir.path())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(25 + u64::from(trial % 7) * 6));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();

        let (_, loaded) = JournalFile::open(dir.path());
        match loaded {
            Ok(j) if j.entries.is_empty() => {
                assert_eq!(last_seen, 0, "trial {trial}: the journal vanished")
            }
            Ok(j) => {
                let generation = generation_of(&j)
                    .unwrap_or_else(|| panic!("trial {trial}: torn state in the journal"));
                assert!(generation >= last_seen, "trial {trial}: went back in time");
                if generation > last_seen {
                    advanced += 1;
                }
                last_seen = generation;
            }
            Err(e) => panic!("trial {trial}: unreadable after kill: {e}"),
        }
    }
    assert!(last_seen > 0, "the child never completed a save");
    let left = temps(dir.path());
    eprintln!(
        "{TRIALS} kills, the journal advanced in {advanced} of them, last generation {last_seen}, {} temporary files left",
        left.len()
    );
    // Time passes (the files are made older than any write takes), then the app starts
    // again: nothing of the killed writes is left.
    let old = std::time::SystemTime::now() - Duration::from_secs(120);
    for path in &left {
        let file = std::fs::File::options().write(true).open(path).unwrap();
        file.set_modified(old).unwrap();
    }
    let out = Command::new(env!("CARGO_BIN_EXE_amex-desk"))
        .args(["log", "list"])
        .env("AMEX_DESK_DATA_DIR", dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(temps(dir.path()), Vec::<std::path::PathBuf>::new());
}

/// The app's temporary files in the data folder and its backups folder.
fn temps(dir: &Path) -> Vec<std::path::PathBuf> {
    [dir.to_path_buf(), dir.join("backups")]
        .iter()
        .filter_map(|d| std::fs::read_dir(d).ok())
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(".amex-desk-") && n.ends_with(".tmp"))
        })
        .collect()
}
