//! `amex-desk check-data FILE`: validate a directory file, or one of the catalogs after
//! the number (`data/disputes.ron`, `data/guidance.ron`: every rule and body with its
//! page), listing every problem.

use std::path::Path;

use super::Failure;
use crate::builtin::DataError;
use crate::directory::evidence::printed_mismatches;
use crate::directory::{Directory, Status};

/// What kind of data file the text is: the dispute catalog and the guidance have
/// fields a directory has not.
fn catalog_kind(text: &str) -> Option<&'static str> {
    let has = |field: &str| text.lines().any(|l| l.trim_start().starts_with(field));
    if has("ladders:") {
        Some("guidance")
    } else if has("types:") && has("rules:") {
        Some("disputes")
    } else {
        None
    }
}

/// Validates a catalog file against the built-in directory.
fn check_catalog(file: &Path, text: &str, kind: &str) -> Result<(), Failure> {
    let dir = Directory::builtin().map_err(|e| Failure::data(e.to_string()))?;
    let checked = match kind {
        "guidance" => crate::guidance::Guidance::parse(text, &dir).map(|g| {
            let with_pages = g.bodies.iter().filter(|b| !b.evidence.is_empty()).count();
            crate::t!(
                "cli-guidance-summary",
                bodies = g.bodies.len(),
                with_pages = with_pages,
                ladders = g.ladders.len()
            )
        }),
        _ => crate::disputes::Catalog::parse(text, &dir).map(|c| {
            let secondary = c.rules.iter().filter(|r| r.evidence.is_secondary()).count();
            crate::t!(
                "cli-disputes-summary",
                types = c.types.len(),
                rules = c.rules.len(),
                secondary = secondary
            )
        }),
    };
    match checked {
        Ok(summary) => {
            println!(
                "{}",
                crate::t!(
                    "cli-data-ok",
                    path = file.display().to_string(),
                    summary = summary
                )
            );
            Ok(())
        }
        Err(error) => {
            // The catalogs name their built-in file; name the one checked instead.
            let shown = file.display();
            Err(Failure::data(match error {
                DataError::Syntax {
                    line, col, message, ..
                } => format!("{shown}:{line}:{col}: {message}"),
                DataError::Invalid { problems, .. } => format!(
                    "{}\n{}",
                    crate::t!("cli-file-problems-found", path = shown.to_string()),
                    problems.join("\n")
                ),
            }))
        }
    }
}

/// Runs `check-data`.
pub fn run(file: &Path) -> Result<(), Failure> {
    if let Ok(text) = crate::fsutil::read_capped(file, crate::directory::load::MAX_FILE_BYTES)
        && let Some(kind) = catalog_kind(&text)
    {
        return check_catalog(file, &text, kind);
    }
    match Directory::from_path(file) {
        Ok(dir) => {
            let mismatches = printed_mismatches(&dir);
            if !mismatches.is_empty() {
                let lines: Vec<String> = mismatches.iter().map(|m| m.to_string()).collect();
                return Err(Failure::data(format!(
                    "{}\n{}",
                    crate::t!(
                        "cli-printed-mismatch",
                        path = file.display().to_string(),
                        count = lines.len()
                    ),
                    lines.join("\n")
                )));
            }
            let products = crate::directory::product::product_mismatches(&dir);
            if !products.is_empty() {
                return Err(Failure::data(format!(
                    "{}\n{}",
                    crate::t!(
                        "cli-product-mismatch",
                        path = file.display().to_string(),
                        count = products.len()
                    ),
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
                "{}",
                crate::t!(
                    "cli-directory-ok",
                    path = file.display().to_string(),
                    contacts = dir.contacts.len(),
                    sources = dir.sources.len(),
                    countries = dir.countries.len(),
                    by_status = by_status.join(", ")
                )
            );
            Ok(())
        }
        Err(errors) => {
            let n = errors.0.len();
            Err(Failure::data(format!(
                "{}\n{errors}",
                crate::t!("cli-problems-found", count = n)
            )))
        }
    }
}
