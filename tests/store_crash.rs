//! A process killed (SIGKILL) while it saves in a loop leaves a file that parses and
//! holds a whole state, old or new: never a mix, never a torn file.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use amex_desk::store::Store;
use serde::{Deserialize, Serialize};

const CHILD_ENV: &str = "AMEX_DESK_STORE_CRASH_CHILD";
const TRIALS: u32 = 60;

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Doc {
    version: u32,
    generation: u64,
    /// Every entry names the generation it was written in: a mix would show.
    entries: Vec<String>,
}

fn doc(generation: u64) -> Doc {
    Doc {
        version: 1,
        generation,
        entries: (0..400)
            .map(|i| format!("generation {generation} entry {i} {}", "x".repeat(60)))
            .collect(),
    }
}

fn whole(d: &Doc) -> bool {
    d.entries.len() == 400
        && d.entries
            .iter()
            .enumerate()
            .all(|(i, e)| e.starts_with(&format!("generation {} entry {i} ", d.generation)))
}

fn child_loop(dir: &Path) -> ! {
    let store = Store::new(dir.join("journal.ron"), 1);
    let mut generation = 0;
    loop {
        generation += 1;
        store.save(&doc(generation)).unwrap();
    }
}

#[test]
fn killed_while_saving_leaves_old_or_new() {
    if let Some(dir) = std::env::var_os(CHILD_ENV) {
        child_loop(Path::new(&dir));
    }
    let dir = tempfile::tempdir().unwrap();
    let mut last_seen = 0;
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
        std::thread::sleep(Duration::from_millis(20 + u64::from(trial % 7) * 9));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();

        let mut store = Store::new(dir.path().join("journal.ron"), 1);
        match store.load::<Doc>() {
            Ok(Some(d)) => {
                assert!(
                    whole(&d),
                    "trial {trial}: torn state at generation {}",
                    d.generation
                );
                last_seen = d.generation;
            }
            Ok(None) => assert_eq!(last_seen, 0, "trial {trial}: file vanished"),
            Err(e) => panic!("trial {trial}: unreadable after kill: {e}"),
        }
    }
    assert!(last_seen > 0, "the child never completed a save");
}
