//! `amex-desk check-journal [FILE]`: read a journal (the data folder's, or FILE) and
//! report what loading would hide: shared ids, unknown link targets, dangling links.

use std::path::Path;

use super::Failure;
use crate::journal::integrity::check;
use crate::journal::read_journal;

/// Runs `check-journal` on `file`.
pub fn run(file: &Path) -> Result<(), Failure> {
    let journal = read_journal(file)
        .map_err(|e| Failure::data(e.to_string()))?
        .ok_or_else(|| {
            Failure::data(crate::t!(
                "cli-no-such-file",
                path = file.display().to_string()
            ))
        })?;
    let problems = check(&journal);
    if problems.is_empty() {
        println!(
            "{}",
            crate::t!(
                "cli-journal-ok",
                path = file.display().to_string(),
                calls = journal.entries.len(),
                notes = journal.notes.len(),
                cases = journal.cases.len(),
                cards = journal.cards.len()
            )
        );
        return Ok(());
    }
    let n = problems.len();
    let list: Vec<String> = problems
        .iter()
        .map(|p| format!("{}: {p}", file.display()))
        .collect();
    Err(Failure::data(format!(
        "{}\n{}",
        crate::t!("cli-problems-found", count = n),
        list.join("\n")
    )))
}
