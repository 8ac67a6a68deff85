//! `amex-desk export calendar [-o FILE.ics]`: the journal's dates for a calendar
//! program ([`crate::calendar`]).

use std::path::{Path, PathBuf};

use clap::Subcommand;
use jiff::Timestamp;
use jiff::tz::TimeZone;

use super::{Failure, open_journal};
use crate::directory::Directory;

/// `export` subcommands.
#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Follow-ups, promises, dispute deadlines and fee-refund windows as an iCalendar
    /// file (.ics): one all-day event each, with stable ids so importing a newer export
    /// updates the events, and a reminder three days before each deadline.
    Calendar {
        /// Write to this file instead of standard output.
        #[arg(short, long, value_name = "FILE.ics")]
        output: Option<PathBuf>,
    },
}

/// Runs an `export` subcommand against the journal in `data_dir`.
pub fn run(dir: &Directory, data_dir: &Path, command: ExportCommand) -> Result<(), Failure> {
    let ExportCommand::Calendar { output } = command;
    let (_, journal) = open_journal(data_dir)?;
    let catalog = crate::disputes::builtin().map_err(Failure::data)?;
    let script = crate::retention::builtin().map_err(Failure::data)?;
    let now = Timestamp::now();
    let zone = TimeZone::try_system().unwrap_or(TimeZone::UTC);
    let today = now.to_zoned(zone).date();
    let label = |id: &str| {
        dir.contact(id)
            .map(|c| c.record.label.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let events = crate::calendar::calendar_events(&journal, catalog, script, &label, today);
    let text = crate::calendar::to_ics(&events, now);
    match output {
        Some(path) => {
            crate::fsutil::write_new(&path, text.as_bytes()).map_err(|e| {
                Failure::data(crate::t!(
                    "cli-cannot-write",
                    path = path.display().to_string(),
                    error = e.to_string()
                ))
            })?;
            eprintln!(
                "amex-desk: {}",
                crate::t!(
                    "cli-wrote-events",
                    count = events.len(),
                    path = path.display().to_string()
                )
            );
            Ok(())
        }
        None => {
            print!("{text}");
            Ok(())
        }
    }
}
