//! `amex-desk check-data FILE`: validate a directory file, listing every problem.

use std::path::Path;

use super::Failure;
use crate::directory::{Directory, Status};

/// Runs `check-data`.
pub fn run(file: &Path) -> Result<(), Failure> {
    match Directory::from_path(file) {
        Ok(dir) => {
            let by_status: Vec<String> = Status::ALL
                .iter()
                .map(|s| {
                    let n = dir
                        .contacts
                        .iter()
                        .filter(|c| c.record.status == *s)
                        .count();
                    format!("{} {n}", s.slug())
                })
                .collect();
            println!(
                "{}: ok: {} contacts, {} sources, {} countries ({})",
                file.display(),
                dir.contacts.len(),
                dir.sources.len(),
                dir.countries.len(),
                by_status.join(", ")
            );
            Ok(())
        }
        Err(errors) => {
            let n = errors.0.len();
            Err(Failure::data(format!(
                "{} problem{} found:\n{errors}",
                n,
                if n == 1 { "" } else { "s" }
            )))
        }
    }
}
