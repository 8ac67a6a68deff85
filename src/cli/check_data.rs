//! `amex-desk check-data FILE`: validate a directory file, listing every problem.

use std::path::Path;

use super::Failure;
use crate::directory::evidence::printed_mismatches;
use crate::directory::{Directory, Status};

/// Runs `check-data`.
pub fn run(file: &Path) -> Result<(), Failure> {
    match Directory::from_path(file) {
        Ok(dir) => {
            let mismatches = printed_mismatches(&dir);
            if !mismatches.is_empty() {
                let lines: Vec<String> = mismatches.iter().map(|m| m.to_string()).collect();
                return Err(Failure::data(format!(
                    "{}: {} printed number{} do not match their contact:\n{}",
                    file.display(),
                    lines.len(),
                    if lines.len() == 1 { "" } else { "s" },
                    lines.join("\n")
                )));
            }
            let products = crate::directory::product::product_mismatches(&dir);
            if !products.is_empty() {
                return Err(Failure::data(format!(
                    "{}: {} line{} labelled for less than their pages say:\n{}",
                    file.display(),
                    products.len(),
                    if products.len() == 1 { " is" } else { "s are" },
                    products.join("\n")
                )));
            }
            let by_status: Vec<String> = Status::ALL
                .iter()
                .map(|s| {
                    let n = dir.contacts.iter().filter(|c| c.grade.status == *s).count();
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
