//! `amex-desk log add|list|export|import|backups|restore`: the journal from scripts.

use std::path::{Path, PathBuf};

use clap::{Subcommand, ValueEnum};
use jiff::Timestamp;
use jiff::tz::TimeZone;

use super::{Failure, open_journal, opt_date_arg};
use crate::directory::{Channel, Directory, Purpose};
use crate::fields::DateRule;
use crate::followups::due_items;
use crate::journal::clean::{escape, strip_in_place};
use crate::journal::draft::parse_when;
use crate::journal::export::{to_csv, to_markdown};
use crate::journal::sensitive::{FindingKind, redact};
use crate::journal::{Entry, EntryStatus, Journal, Promise, merge};

/// `log` subcommands.
#[derive(Debug, Subcommand)]
pub enum LogCommand {
    /// Log a call (card numbers and security codes are masked, with a warning).
    Add(AddArgs),
    /// List the call log, newest first.
    List {
        /// Only follow-ups and promises still to chase, overdue first.
        #[arg(long)]
        due: bool,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Export the journal as Markdown or CSV.
    Export {
        /// Format.
        #[arg(long, value_enum)]
        format: ExportArg,
        /// Write to this file instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Merge a journal file from another machine (by id; nothing is duplicated or lost).
    Import {
        /// The other journal.ron.
        file: PathBuf,
    },
    /// List the kept versions of the journal (the last 10 saves), newest first.
    Backups,
    /// Replace the journal with a kept version (the current one is kept as a backup first).
    Restore {
        /// A name from `log backups`, or a path to a backup.
        backup: PathBuf,
    },
}

/// Export formats.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ExportArg {
    /// Markdown.
    Md,
    /// CSV.
    Csv,
}

/// Arguments of `log add`.
#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// What happened.
    #[arg(long)]
    pub summary: String,
    /// The directory contact id (see `amex-desk find --json`).
    #[arg(long, value_name = "ID")]
    pub contact: Option<String>,
    /// Representative's name or ID.
    #[arg(long, value_name = "NAME")]
    pub rep: Option<String>,
    /// Reference or case number.
    #[arg(long = "ref", value_name = "REF")]
    pub reference: Option<String>,
    /// When to follow up.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub follow_up: Option<String>,
    /// A promise made (repeatable); add a due date with "TEXT @ YYYY-MM-DD".
    #[arg(long, value_name = "TEXT")]
    pub promise: Vec<String>,
    /// What it was about.
    #[arg(long, value_enum)]
    pub purpose: Option<Purpose>,
    /// How (default: the contact's channel, else phone).
    #[arg(long, value_enum)]
    pub channel: Option<Channel>,
    /// Where it stands (default open).
    #[arg(long, value_enum)]
    pub status: Option<EntryStatus>,
    /// When it happened, local time (default now).
    #[arg(long, value_name = "YYYY-MM-DD HH:MM")]
    pub when: Option<String>,
}

/// Masks card numbers and codes in a flag's value, saying so on stderr.
fn masked(flag: &str, text: &str) -> String {
    let mut text = text.to_string();
    let removed = strip_in_place(&mut text);
    if removed > 0 {
        eprintln!(
            "amex-desk: {}",
            crate::t!("cli-removed-unsafe-count", flag = flag, count = removed)
        );
    }
    let (clean, found) = redact(&text);
    for f in &found {
        let saved = f.replacement();
        let said = match f.kind {
            FindingKind::CardNumber { .. } => {
                crate::t!("cli-masked-card-number", flag = flag, saved = saved)
            }
            FindingKind::SecurityCode => {
                crate::t!("cli-masked-security-code", flag = flag, saved = saved)
            }
        };
        eprintln!("amex-desk: {said}");
    }
    clean
}

fn label_of(dir: &Directory) -> impl Fn(&str) -> String + '_ {
    |id: &str| {
        dir.contact(id)
            .map(|c| c.record.label.clone())
            .unwrap_or_else(|| id.to_string())
    }
}

/// Runs a `log` subcommand against the journal in `data_dir`. `load_dir` reads the
/// directory, only for the subcommands that show contact names or check a contact id
/// (a plain `log add` skips it: scripts call it hundreds of times).
pub fn run(
    load_dir: impl Fn() -> Result<Directory, Failure>,
    data_dir: &Path,
    command: LogCommand,
) -> Result<(), Failure> {
    let zone = TimeZone::try_system().unwrap_or(TimeZone::UTC);
    let now = Timestamp::now();
    match command {
        LogCommand::Add(args) => add(&load_dir, data_dir, args, now, &zone),
        LogCommand::List { due, json } => {
            let (_, journal) = open_journal(data_dir)?;
            if due {
                list_due(&journal, now, &zone, json)
            } else {
                list(&load_dir()?, &journal, json)
            }
        }
        LogCommand::Export { format, output } => {
            let dir = load_dir()?;
            let (_, journal) = open_journal(data_dir)?;
            let label = label_of(&dir);
            let text = match format {
                ExportArg::Md => {
                    let exported = now.to_zoned(zone).strftime("%Y-%m-%d %H:%M").to_string();
                    to_markdown(&journal, &label, &exported)
                }
                ExportArg::Csv => to_csv(&journal, &label).map_err(Failure::data)?,
            };
            match output {
                Some(path) => crate::fsutil::write_new(&path, text.as_bytes()).map_err(|e| {
                    Failure::data(crate::t!(
                        "cli-cannot-write",
                        path = path.display().to_string(),
                        error = e.to_string()
                    ))
                }),
                None => {
                    print!("{text}");
                    Ok(())
                }
            }
        }
        LogCommand::Import { file } => {
            let (mut journal_file, journal) = open_journal(data_dir)?;
            let theirs = crate::journal::read_journal(&file)
                .map_err(|e| Failure::data(e.to_string()))?
                .ok_or_else(|| {
                    Failure::data(crate::t!(
                        "cli-file-missing",
                        path = file.display().to_string()
                    ))
                })?;
            for problem in crate::journal::integrity::check(&theirs) {
                eprintln!("amex-desk: {}: {problem}", file.display());
            }
            let (merged, report) = merge(&journal, &theirs);
            journal_file
                .save(&merged)
                .map_err(|e| Failure::data(e.to_string()))?;
            println!(
                "{}",
                crate::t!(
                    "cli-imported",
                    path = file.display().to_string(),
                    added = report.added,
                    updated = report.updated,
                    removed = report.removed
                )
            );
            Ok(())
        }
        LogCommand::Backups => list_backups(data_dir, &zone),
        LogCommand::Restore { backup } => restore(data_dir, &backup),
    }
}

/// `log backups`: one line per kept version, newest first.
fn list_backups(data_dir: &Path, zone: &TimeZone) -> Result<(), Failure> {
    let journal = data_dir.join(crate::journal::JOURNAL_FILE);
    let dir = crate::journal::backups::backups_dir(&journal);
    let kept = crate::journal::backups::list(&dir).map_err(|e| {
        Failure::data(crate::t!(
            "cli-cannot-list",
            path = dir.display().to_string(),
            error = e.to_string()
        ))
    })?;
    if kept.is_empty() {
        println!("{}", crate::t!("cli-no-backups"));
    }
    for backup in kept {
        let at = backup.at.to_zoned(zone.clone());
        let local = format!(
            "{} {}",
            crate::format::date(at.date()),
            at.strftime("%H:%M:%S")
        );
        let size = crate::t!(
            "cli-backup-bytes",
            count = i64::try_from(backup.bytes).unwrap_or(i64::MAX)
        );
        println!("{}  {local}  {size}", backup.name);
    }
    Ok(())
}

/// `log restore BACKUP`: the current journal is kept as a backup, then replaced.
fn restore(data_dir: &Path, backup: &Path) -> Result<(), Failure> {
    // An unreadable journal can be restored too: it is kept as a backup first.
    let (mut file, _) = crate::journal::JournalFile::open(data_dir);
    let restored = file
        .restore(backup)
        .map_err(|e| Failure::data(e.to_string()))?;
    println!(
        "{}",
        crate::t!(
            "cli-restored",
            backup = backup.display().to_string(),
            path = file.path().display().to_string(),
            calls = restored.entries.len(),
            cases = restored.cases.len(),
            cards = restored.cards.len()
        )
    );
    Ok(())
}

fn add(
    load_dir: &impl Fn() -> Result<Directory, Failure>,
    data_dir: &Path,
    args: AddArgs,
    now: Timestamp,
    zone: &TimeZone,
) -> Result<(), Failure> {
    let mut entry = Entry::new(now, zone);
    if let Some(when) = &args.when {
        entry.when = parse_when(when, zone).map_err(|e| Failure::data(format!("--when: {e}")))?;
    }
    if let Some(id) = &args.contact {
        let dir = load_dir()?;
        let contact = dir
            .contact(id)
            .ok_or_else(|| Failure::data(crate::t!("cli-no-such-contact", id = id)))?;
        entry.channel = contact.record.kind.channel();
        entry.purpose = contact.grade.purposes.first().copied();
        entry.contact = Some(id.clone());
    }
    if let Some(c) = args.channel {
        entry.channel = c;
    }
    if let Some(p) = args.purpose {
        entry.purpose = Some(p);
    }
    if let Some(s) = args.status {
        entry.status = s;
    }
    entry.summary = masked("--summary", &args.summary);
    entry.rep = masked("--rep", args.rep.as_deref().unwrap_or(""));
    entry.reference = masked("--ref", args.reference.as_deref().unwrap_or(""));
    entry.follow_up = opt_date_arg("--follow-up", args.follow_up.as_deref(), DateRule::Plan)?;
    for text in &args.promise {
        let (text, due) = match text.rsplit_once(" @ ") {
            Some((t, d)) => (t, opt_date_arg("--promise", Some(d), DateRule::Plan)?),
            None => (text.as_str(), None),
        };
        entry.promises.push(Promise {
            text: masked("--promise", text),
            due,
            done: false,
        });
    }
    let (mut file, mut journal) = open_journal(data_dir)?;
    let id = entry.id;
    journal.upsert_entry(entry, now);
    file.save(&journal)
        .map_err(|e| Failure::data(e.to_string()))?;
    println!(
        "{}",
        crate::t!(
            "cli-logged",
            id = id.to_string(),
            path = crate::journal::clean::echo_safe(&file.path().display().to_string())
        )
    );
    Ok(())
}

fn list(dir: &Directory, journal: &Journal, json: bool) -> Result<(), Failure> {
    let label = label_of(dir);
    let entries = crate::journal::search(journal, &crate::journal::LogQuery::default(), &label);
    if json {
        let rows: Vec<serde_json::Value> = entries
            .iter()
            .map(|e| {
                serde_json::json!({
                    "id": e.id.to_string(),
                    "when": e.when.to_string(),
                    "contact": e.contact,
                    "contact_label": e.contact.as_deref().map(&label),
                    "channel": e.channel.slug(),
                    "rep": e.rep,
                    "reference": e.reference,
                    "purpose": e.purpose.map(|p| p.slug()),
                    "summary": e.summary,
                    "promises": e.promises.iter().map(|p| serde_json::json!({
                        "text": p.text, "due": p.due.map(|d| d.to_string()), "done": p.done,
                    })).collect::<Vec<_>>(),
                    "follow_up": e.follow_up.map(|d| d.to_string()),
                    "status": e.status.slug(),
                })
            })
            .collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&rows).map_err(|e| Failure::data(e.to_string()))?
        );
        return Ok(());
    }
    if entries.is_empty() {
        println!("{}", crate::t!("cli-no-calls"));
    }
    let reference = crate::t!("cli-log-ref");
    for e in entries {
        let contact = e.contact.as_deref().map(&label).unwrap_or_default();
        println!(
            "{}  {:<16} {:<30} {reference} {:<12} {}",
            e.when.shown(),
            e.status.slug(),
            escape(&contact),
            if e.reference.is_empty() {
                "-".into()
            } else {
                escape(&e.reference)
            },
            escape(e.summary.lines().next().unwrap_or(""))
        );
    }
    Ok(())
}

fn list_due(journal: &Journal, now: Timestamp, zone: &TimeZone, json: bool) -> Result<(), Failure> {
    let today = now.to_zoned(zone.clone()).date();
    let catalog = crate::disputes::builtin().map_err(Failure::data)?;
    let items = due_items(journal, catalog, today);
    if json {
        let rows: Vec<serde_json::Value> = items
            .iter()
            .map(|d| {
                serde_json::json!({
                    "entry": d.entry.to_string(),
                    "date": d.date.to_string(),
                    "days": d.days,
                    "overdue": d.overdue(),
                    "text": d.text,
                })
            })
            .collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&rows).map_err(|e| Failure::data(e.to_string()))?
        );
        return Ok(());
    }
    if items.is_empty() {
        println!("{}", crate::t!("cli-nothing-due"));
    }
    for d in items {
        println!(
            "{}  {:<16} {}",
            crate::format::date(d.date),
            d.when_text(),
            escape(&d.text)
        );
    }
    Ok(())
}
