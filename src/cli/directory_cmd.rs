//! `amex-desk directory ...`: which directory is in use, signed updates and going back,
//! correction reports, and the maintainer's draft from a report (issue 30).

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::Subcommand;

use super::Failure;
use crate::directory::report::{self, Problem, Said};
use crate::directory::{Directory, installed, signed, staleness, update};
use crate::journal::clean::echo_safe;
use crate::t;

/// Subcommands of `directory`.
#[derive(Debug, Subcommand)]
pub enum DirectoryCommand {
    /// Which directory is in use: update number, compile date, whose it is, key, age, and
    /// how many lines each market has.
    Status {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Check a signed directory update, show what it changes, and apply it on your word.
    Update {
        /// The update file (.amexdir).
        file: PathBuf,
        /// Apply without asking.
        #[arg(long)]
        yes: bool,
    },
    /// Go back to the directory in use before the last update.
    Rollback,
    /// Write a report of a problem with a line, for the maintainers (no journal data).
    Report {
        /// The line's id (as `find --json` shows it).
        #[arg(long)]
        line: String,
        /// What is wrong.
        #[arg(long, value_enum)]
        problem: Problem,
        /// The right number, for a wrong number.
        #[arg(long, value_name = "NUMBER", default_value = "")]
        correct_number: String,
        /// The page you saw it on.
        #[arg(long, value_name = "URL", default_value = "")]
        page: String,
        /// Anything else, in a sentence.
        #[arg(long, default_value = "")]
        details: String,
        /// Save it to this file instead of printing it.
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// (maintainers) Turn a correction report into a draft of the directory data file,
    /// printed to standard output.
    Patch {
        /// The report.
        report: PathBuf,
        /// The directory data file to change.
        #[arg(long, default_value = "data/directory.ron")]
        data: PathBuf,
    },
}

/// Runs a `directory` subcommand; `in_use` is the directory in use.
pub fn run(data_dir: &Path, in_use: &Directory, command: DirectoryCommand) -> Result<(), Failure> {
    match command {
        DirectoryCommand::Status { json } => status(in_use, json),
        DirectoryCommand::Update { file, yes } => apply_update(data_dir, in_use, &file, yes),
        DirectoryCommand::Rollback => rollback(data_dir),
        DirectoryCommand::Report {
            line,
            problem,
            correct_number,
            page,
            details,
            output,
        } => {
            let said = Said {
                line,
                problem: Some(problem),
                correct_number,
                page_url: page,
                details,
            };
            let made = report::make(in_use, &said).map_err(|e| Failure::usage(e.to_string()))?;
            write_report(&report::render(&made), output.as_deref())
        }
        DirectoryCommand::Patch { report, data } => patch(&report, &data),
    }
}

fn status(dir: &Directory, json: bool) -> Result<(), Failure> {
    let today = jiff::Zoned::now().date();
    let mut markets: std::collections::BTreeMap<&str, usize> = Default::default();
    for c in &dir.contacts {
        for m in &c.record.countries {
            *markets.entry(m.as_str()).or_default() += 1;
        }
    }
    let key = match &dir.trust {
        crate::directory::trust::Trust::Signed { key_id } => Some(key_id.as_str()),
        _ => None,
    };
    if json {
        // Keys, identifiers and texts stay English in every language.
        let source = super::find::in_english(|| dir.trust.describe());
        let out = serde_json::json!({
            "serial": dir.serial,
            "compiled_on": dir.compiled_on,
            "source": source,
            "key_id": key,
            "age_days": staleness::age_days(dir, today),
            "stale": staleness::stale_notice(dir, today).is_some(),
            "lines": dir.contacts.len(),
            "lines_per_market": markets,
        });
        println!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
        return Ok(());
    }
    println!("{}", staleness::age_line(dir, today));
    if let Some(notice) = staleness::stale_notice(dir, today) {
        println!("{notice}");
    }
    println!(
        "{}",
        t!(
            "cli-lines-in-markets",
            lines = dir.contacts.len(),
            markets = markets.len()
        )
    );
    for (market, n) in markets {
        println!("  {market:<9} {n}");
    }
    Ok(())
}

fn apply_update(
    data_dir: &Path,
    in_use: &Directory,
    file: &Path,
    yes: bool,
) -> Result<(), Failure> {
    let today = jiff::Zoned::now().date().to_string();
    let (offered, bytes) = installed::open(file, &signed::app_keys(), &today, in_use.serial)
        .map_err(|e| Failure::data(echo_safe(&e.to_string())))?;
    let new = &offered.directory;
    println!(
        "{}",
        t!(
            "cli-signed-update",
            serial = new.serial.to_string(),
            compiled = crate::format::date_text(&new.compiled_on),
            key = offered.key.id.to_string(),
            note = offered.key.note.to_string(),
            current = in_use.serial.to_string(),
            current_compiled = crate::format::date_text(&in_use.compiled_on)
        )
    );
    print!("{}", update::diff(in_use, new).render_text());
    if !yes && !confirmed()? {
        println!("{}", t!("cli-update-not-applied"));
        return Ok(());
    }
    crate::fsutil::create_private_dir_all(data_dir)
        .map_err(|e| Failure::data(format!("{}: {e}", data_dir.display())))?;
    installed::apply(data_dir, &bytes).map_err(Failure::data)?;
    println!(
        "{}",
        t!("cli-update-applied", serial = new.serial.to_string())
    );
    Ok(())
}

/// Asks "Apply it? [y/N]" when a person is at the terminal.
fn confirmed() -> Result<bool, Failure> {
    if !std::io::stdin().is_terminal() {
        return Ok(false);
    }
    print!("{} ", t!("cli-apply-prompt"));
    std::io::stdout().flush().ok();
    let mut answer = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut answer)
        .map_err(|e| Failure::data(t!("cli-cannot-read-answer", error = e.to_string())))?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes"))
}

fn rollback(data_dir: &Path) -> Result<(), Failure> {
    let done = installed::rollback(data_dir).map_err(Failure::data)?;
    println!(
        "{}",
        match done {
            installed::RolledBack::ToPrevious => t!("cli-rolled-back-previous"),
            installed::RolledBack::ToBuiltIn => t!("cli-rolled-back-built-in"),
            installed::RolledBack::Nothing => t!("cli-nothing-to-undo"),
        }
    );
    Ok(())
}

fn write_report(text: &str, output: Option<&Path>) -> Result<(), Failure> {
    let Some(path) = output else {
        print!("{text}");
        return Ok(());
    };
    if path.exists() {
        return Err(Failure::usage(t!(
            "cli-report-exists",
            path = path.display().to_string()
        )));
    }
    crate::fsutil::write_new(path, text.as_bytes())
        .map_err(|e| Failure::data(format!("{}: {e}", path.display())))?;
    println!(
        "{}",
        t!("cli-wrote", path = echo_safe(&path.display().to_string()))
    );
    Ok(())
}

fn patch(report_path: &Path, data: &Path) -> Result<(), Failure> {
    let read = |p: &Path| {
        crate::fsutil::read_capped(p, crate::directory::load::MAX_FILE_BYTES)
            .map_err(|e| Failure::data(format!("{}: {e}", p.display())))
    };
    let made = report::parse(&read(report_path)?)
        .map_err(|e| Failure::data(format!("{}: {e}", report_path.display())))?;
    let text = report::to_patch(&read(data)?, &made).map_err(|e| Failure::data(e.to_string()))?;
    print!("{text}");
    Ok(())
}
