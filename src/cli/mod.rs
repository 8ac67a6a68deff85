//! The command line: `amex-desk` opens the window; subcommands query the same core.
//!
//! Exit codes: 0 success, 1 no match or invalid data, 2 usage error.

#![allow(clippy::disallowed_methods)] // the command line is an edge: it reads and writes the files it is given (issue 15)

mod check_data;
mod check_journal;
mod clipboard;
mod directory_cmd;
mod directory_source;
mod dispute;
mod export;
mod find;
mod log;
mod prep;
mod retention;
mod timings;
mod values;
mod verify;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::directory::{Channel, Directory, Purpose, Region, Tier};
use crate::print::Paper;

/// Amex Desk: find the right American Express line, offline. Unofficial.
#[derive(Debug, Parser)]
#[command(name = "amex-desk", version, about, long_about = None)]
pub(crate) struct Cli {
    /// Use this directory file instead of the built-in one.
    #[arg(long, global = true, value_name = "FILE")]
    pub directory: Option<PathBuf>,
    /// Keep settings and records in this folder (default: $AMEX_DESK_DATA_DIR, else the
    /// OS data folder).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Open the window, save a screenshot of it to PATH (PNG), and exit.
    #[arg(long, value_name = "PATH")]
    pub screenshot: Option<PathBuf>,
    /// The window's size in logical pixels, e.g. 1024x600 (default 1180x720). The
    /// display's scaling multiplies it (on X11, WINIT_X11_SCALE_FACTOR=2 sets 200%).
    #[arg(long, value_name = "WxH", value_parser = parse_window_size)]
    pub window_size: Option<[f32; 2]>,
    /// The page the window opens on.
    #[arg(long, value_enum, default_value = "numbers")]
    pub page: PageArg,
    /// Open the window on this dispute case (its id, as `dispute list` shows it).
    #[arg(long, value_name = "ID")]
    pub open_case: Option<String>,
    /// Open the window with this number, link or email already in the Verify box.
    #[arg(long, value_name = "TEXT")]
    pub paste: Option<String>,
    /// The language of the window, the commands' text and printed papers: en, es, fr, de
    /// or ja (default: the system's, from LC_ALL, LC_MESSAGES or LANG). JSON keys and
    /// identifiers stay English.
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<crate::i18n::Lang>,
    /// Show every log record on stderr (the data folder's amex-desk.log keeps them too).
    #[arg(long, global = true)]
    pub verbose: bool,
    /// What to do (no subcommand opens the window).
    #[command(subcommand)]
    pub command: Option<Commands>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Commands {
    /// List matching contact lines.
    Find(FindArgs),
    /// Is this phone number, link or email address really American Express?
    /// Exit 0 for a known Amex line or domain, 1 otherwise.
    Verify {
        /// A number ("0800 151 0900", "+1 (800) 528-4800"), a link or an email address.
        input: String,
        /// Read numbers as dialled from this country (default: your locale's, else US).
        #[arg(long, value_name = "CC")]
        from: Option<String>,
        /// Print JSON (input, e164, verdict, contacts, advice).
        #[arg(long)]
        json: bool,
    },
    /// The journal: log a call, list calls and follow-ups, export, import.
    #[command(subcommand)]
    Log(log::LogCommand),
    /// Export for other programs: `export calendar` writes an iCalendar (.ics) file.
    #[command(subcommand)]
    Export(export::ExportCommand),
    /// How to prepare a call: the channel, the line, what to have ready and to say, and
    /// the escalation ladder.
    Prep(PrepArgs),
    /// Printable PDFs.
    #[command(subcommand)]
    Print(PrintCommand),
    /// Dispute cases: types, list, add.
    #[command(subcommand)]
    Dispute(dispute::DisputeCommand),
    /// The retention coach: card profiles and the prep summary.
    #[command(subcommand)]
    Retention(retention::RetentionCommand),
    /// Markets by purposes: the best status the directory has in each cell, and which
    /// markets have no official line.
    Coverage {
        /// Print JSON (markets, cells, summary).
        #[arg(long)]
        json: bool,
        /// What each market has after the number instead: the ladder's external body,
        /// dated deadline rules, the letter.
        #[arg(long)]
        after: bool,
    },
    /// The directory: which one is in use, signed updates, going back, correction
    /// reports.
    #[command(subcommand)]
    Directory(directory_cmd::DirectoryCommand),
    /// Validate a directory file and list every problem.
    CheckData {
        /// The RON file to check.
        file: PathBuf,
    },
    /// Check a journal (the data folder's, or FILE): shared ids, links to cases, cards
    /// or calls that are not there.
    CheckJournal {
        /// The journal file (default: journal.ron in the data folder).
        file: Option<PathBuf>,
    },
    /// (internal) Keep serving copied text on X11/Wayland until another program takes
    /// over the clipboard.
    #[command(hide = true, name = "__serve-clipboard")]
    ServeClipboard,
    /// (internal) Time the budgeted figures on this machine and print them as JSON
    /// (CI's gross check; see docs/benchmarks.md).
    #[command(hide = true, name = "__timings")]
    Timings,
}

/// Arguments of `prep`.
#[derive(Debug, clap::Args)]
pub struct PrepArgs {
    /// What the call is about.
    #[arg(long, value_enum)]
    pub purpose: Purpose,
    /// The cardholder's country (default: the --from country).
    #[arg(long, value_name = "CC")]
    pub country: Option<String>,
    /// Where you call from (default: your locale's country, else US).
    #[arg(long, value_name = "CC")]
    pub from: Option<String>,
    /// The card the call is about.
    #[arg(long, value_enum, default_value = "personal")]
    pub card: crate::directory::product::CardKind,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// `print` subcommands.
#[derive(Debug, Subcommand)]
pub enum PrintCommand {
    /// The one-page call prep sheet.
    Prep {
        /// What the call is about.
        #[arg(long, value_enum)]
        purpose: Purpose,
        /// The cardholder's country (default: the --from country).
        #[arg(long, value_name = "CC")]
        country: Option<String>,
        /// Where you call from (default: your locale's country, else US).
        #[arg(long, value_name = "CC")]
        from: Option<String>,
        /// The card the call is about.
        #[arg(long, value_enum, default_value = "personal")]
        card: crate::directory::product::CardKind,
        /// Paper size.
        #[arg(long, value_enum, default_value = "a4")]
        paper: Paper,
        /// The PDF to write.
        #[arg(short, long, value_name = "FILE.pdf")]
        output: PathBuf,
    },
    /// The retention script card, with a card's prep summary.
    Retention {
        /// The card's nickname (see `retention card`).
        #[arg(long, value_name = "NICKNAME")]
        card: Option<String>,
        /// Paper size.
        #[arg(long, value_enum, default_value = "a4")]
        paper: Paper,
        /// The PDF to write.
        #[arg(short, long, value_name = "FILE.pdf")]
        output: PathBuf,
    },
    /// A blank evidence checklist for a dispute type.
    Checklist {
        /// Dispute type (see `dispute types`).
        #[arg(long = "type", value_name = "TYPE")]
        kind: String,
        /// Paper size.
        #[arg(long, value_enum, default_value = "a4")]
        paper: Paper,
        /// The PDF to write.
        #[arg(short, long, value_name = "FILE.pdf")]
        output: PathBuf,
    },
    /// A dispute case's packet: summary, deadlines, checklist, calls.
    Dispute {
        /// The case id (or its first characters).
        #[arg(long = "case", value_name = "ID")]
        case: String,
        /// Paper size.
        #[arg(long, value_enum, default_value = "a4")]
        paper: Paper,
        /// The PDF to write.
        #[arg(short, long, value_name = "FILE.pdf")]
        output: PathBuf,
    },
    /// The letter that takes a dispute case to its market's external body
    /// (ombudsman or regulator), with the time limits and their pages.
    Referral {
        /// The case id (or its first characters).
        #[arg(long = "case", value_name = "ID")]
        case: String,
        /// Paper size.
        #[arg(long, value_enum, default_value = "a4")]
        paper: Paper,
        /// The PDF to write.
        #[arg(short, long, value_name = "FILE.pdf")]
        output: PathBuf,
    },
    /// A letter for a dispute case: by default the one that fits it best (the
    /// billing-error notice for a US account; the unauthorised-payment notice or the
    /// section 75 claim where the account's market gives them; else a formal complaint).
    Letter {
        /// The case id (or its first characters).
        #[arg(long = "case", value_name = "ID")]
        case: String,
        /// Which letter (`dispute show` lists the ones the case can print).
        #[arg(long, value_enum)]
        letter: Option<LetterArg>,
        /// Paper size.
        #[arg(long, value_enum, default_value = "letter")]
        paper: Paper,
        /// The PDF to write.
        #[arg(short, long, value_name = "FILE.pdf")]
        output: PathBuf,
    },
}

/// The letters `print letter --letter` names.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum LetterArg {
    /// The US billing-error notice (Regulation Z).
    BillingError,
    /// Notice of an unauthorised payment (EU/EEA, UK).
    UnauthorisedPayment,
    /// A claim under section 75 of the UK Consumer Credit Act 1974.
    #[value(name = "section-75")]
    Section75,
    /// A formal complaint asking for the final response.
    Complaint,
}

impl LetterArg {
    fn letter(self) -> crate::disputes::letters::Letter {
        use crate::disputes::letters::Letter;
        match self {
            LetterArg::BillingError => Letter::BillingError,
            LetterArg::UnauthorisedPayment => Letter::UnauthorisedPayment,
            LetterArg::Section75 => Letter::Section75,
            LetterArg::Complaint => Letter::Complaint,
        }
    }
}

/// Window pages.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub(crate) enum PageArg {
    /// The numbers directory.
    Numbers,
    /// The call log and follow-ups.
    Journal,
    /// Call prep and the escalation ladder.
    Prep,
    /// Dispute cases.
    Disputes,
    /// The retention-call coach.
    Retention,
}

/// Arguments of `find`.
#[derive(Debug, clap::Args)]
pub struct FindArgs {
    /// Cardholder country (ISO code, e.g. GB).
    #[arg(long, value_name = "CC")]
    pub country: Option<String>,
    /// Region group.
    #[arg(long, value_enum)]
    pub region: Option<Region>,
    /// Card tier.
    #[arg(long, value_enum)]
    pub tier: Option<Tier>,
    /// What the call is about.
    #[arg(long, value_enum)]
    pub purpose: Option<Purpose>,
    /// How to get in touch.
    #[arg(long, value_enum)]
    pub channel: Option<Channel>,
    /// Show numbers as dialled from this country (default: your locale's, else US).
    #[arg(long, value_name = "CC")]
    pub from: Option<String>,
    /// Also list outdated numbers (marked as such).
    #[arg(long)]
    pub all_statuses: bool,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Copy the top match's dial string to the system clipboard.
    #[arg(long)]
    pub copy: bool,
    /// Free text: words, or digits of a number.
    pub query: Vec<String>,
}

/// A failure with its exit code.
#[derive(Debug)]
pub(crate) struct Failure {
    /// 1 (no match, invalid data) or 2 (usage).
    pub code: u8,
    /// What to print on stderr.
    pub message: String,
}

impl Failure {
    fn usage(message: impl ToString) -> Failure {
        Failure {
            code: 2,
            message: message.to_string(),
        }
    }
    fn data(message: impl ToString) -> Failure {
        Failure {
            code: 1,
            message: message.to_string(),
        }
    }
}

/// Parses the command line and runs it.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    // JSON is the same in every language: keys, identifiers and texts in English.
    let json = std::env::args_os().any(|arg| arg == "--json");
    crate::i18n::set_current(match cli.lang {
        _ if json => crate::i18n::Lang::En,
        Some(lang) => lang,
        None => crate::i18n::system_language(),
    });
    if cli.command.is_some() {
        quiet_on_closed_output();
    }
    let data = crate::paths::data_dir(cli.data_dir.as_deref()).ok();
    crate::logging::init(cli.verbose, data.as_deref());
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            if !failure.message.is_empty() {
                eprintln!(
                    "amex-desk: {}",
                    crate::journal::clean::echo_safe(&failure.message)
                );
            }
            ExitCode::from(failure.code)
        }
    }
}

/// A command whose reader went away (`amex-desk find | head -3`) stops quietly with
/// success, as `ls | head` does, instead of reporting a panic: printing to a closed
/// pipe is the only way `println!` panics.
fn quiet_on_closed_output() {
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let text = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or_default();
        if text.starts_with("failed printing to std") && text.contains("Broken pipe") {
            std::process::exit(0);
        }
        report(info);
    }));
}

fn run(cli: Cli) -> Result<(), Failure> {
    // The directory for a command: the `--directory` file (marked "not verified" where
    // it differs from the directory in use) or the directory in use.
    let flags = (cli.directory.clone(), cli.data_dir.clone());
    let load = || directory_source::for_command(flags.0.as_deref(), flags.1.as_deref());
    match cli.command {
        None => open_window(&cli),
        Some(Commands::Find(args)) => {
            let dir = load()?.shown;
            find::run(&dir, &args)
        }
        Some(Commands::Verify { input, from, json }) => {
            let loaded = load()?;
            verify::run(&loaded, &input, from.as_deref(), json)
        }
        Some(Commands::Log(command)) => {
            let data_dir = data_dir(cli.data_dir.as_deref())?;
            log::run(|| load().map(|l| l.shown), &data_dir, command)
        }
        Some(Commands::Export(command)) => {
            let dir = load()?.shown;
            let data_dir = data_dir(cli.data_dir.as_deref())?;
            export::run(&dir, &data_dir, command)
        }
        Some(Commands::Prep(args)) => {
            let dir = load()?.shown;
            let from = from_or_locale(&dir, args.from.as_deref())?;
            let country = match &args.country {
                Some(c) => country_arg(&dir, "--country", c)?,
                None => from.clone(),
            };
            let call = crate::guidance::Call {
                purpose: args.purpose,
                country: &country,
                calling_from: &from,
                card: args.card,
            };
            prep::run(&dir, call, args.json)
        }
        Some(Commands::Print(command)) => print_command(command, &load, cli.data_dir.as_deref()),
        Some(Commands::Retention(command)) => {
            let data_dir = data_dir(cli.data_dir.as_deref())?;
            retention::run(&data_dir, command)
        }
        Some(Commands::Dispute(command)) => {
            let data_dir = data_dir(cli.data_dir.as_deref())?;
            dispute::run(&data_dir, command)
        }
        Some(Commands::CheckData { file }) => check_data::run(&file),
        Some(Commands::Timings) => timings::run().map_err(Failure::data),
        Some(Commands::Directory(command)) => directory_command(cli.data_dir.as_deref(), command),
        Some(Commands::Coverage { json, after }) => coverage_command(&load()?.shown, json, after),
        Some(Commands::CheckJournal { file }) => {
            let file = match file {
                Some(file) => file,
                None => data_dir(cli.data_dir.as_deref())?.join(crate::journal::JOURNAL_FILE),
            };
            check_journal::run(&file)
        }
        Some(Commands::ServeClipboard) => clipboard::serve(),
    }
}

/// `print ...`: the papers, each written as a PDF. `load` gives the directory for the
/// prep sheet; `data_flag` is `--data-dir` (the cases and cards live there).
fn print_command(
    command: PrintCommand,
    load: &dyn Fn() -> Result<directory_source::Loaded, Failure>,
    data_flag: Option<&Path>,
) -> Result<(), Failure> {
    match command {
        PrintCommand::Prep {
            purpose,
            country,
            from,
            card,
            paper,
            output,
        } => {
            let dir = load()?.shown;
            let from = from_or_locale(&dir, from.as_deref())?;
            let country = match &country {
                Some(c) => country_arg(&dir, "--country", c)?,
                None => from.clone(),
            };
            let call = crate::guidance::Call {
                purpose,
                country: &country,
                calling_from: &from,
                card,
            };
            prep::print(&dir, call, paper, &output)
        }
        PrintCommand::Checklist {
            kind,
            paper,
            output,
        } => dispute::print_checklist(&kind, paper, &output),
        PrintCommand::Dispute {
            case,
            paper,
            output,
        } => dispute::print_case(
            &data_dir(data_flag)?,
            &case,
            dispute::CasePaper::Packet,
            paper,
            &output,
        ),
        PrintCommand::Referral {
            case,
            paper,
            output,
        } => dispute::print_referral(&data_dir(data_flag)?, &case, paper, &output),
        PrintCommand::Letter {
            case,
            letter,
            paper,
            output,
        } => dispute::print_case(
            &data_dir(data_flag)?,
            &case,
            dispute::CasePaper::Letter(letter.map(LetterArg::letter)),
            paper,
            &output,
        ),
        PrintCommand::Retention {
            card,
            paper,
            output,
        } => retention::print(&data_dir(data_flag)?, card.as_deref(), paper, &output),
    }
}

/// `coverage [--after] [--json]`: what the directory has per market and purpose, or
/// what each market has after the number.
fn coverage_command(dir: &Directory, json: bool, after: bool) -> Result<(), Failure> {
    if after {
        let catalogs = crate::catalogs::Catalogs::load().map_err(Failure::data)?;
        let rows = crate::after::coverage_after(dir, &catalogs);
        if json {
            println!(
                "{}",
                serde_json::to_string_pretty(&rows).unwrap_or_default()
            );
        } else {
            print!("{}", crate::after::render_text(&rows));
        }
        return Ok(());
    }
    let table = crate::directory::coverage::coverage(dir);
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&table).unwrap_or_default()
        );
    } else {
        print!("{}", crate::directory::coverage::render_text(&table));
    }
    Ok(())
}

/// `directory ...`, over the directory in use of the data folder.
fn directory_command(
    data_flag: Option<&Path>,
    command: directory_cmd::DirectoryCommand,
) -> Result<(), Failure> {
    let data_dir = data_dir(data_flag)?;
    let (in_use, warning) = directory_source::in_use(Some(&data_dir))?;
    if let Some(w) = warning {
        ::log::warn!("{w}");
    }
    directory_cmd::run(&data_dir, &in_use, command)
}

/// A language tag of `--lang` (`es`, `de-AT`, `ja_JP.UTF-8`).
pub(crate) fn parse_lang(text: &str) -> Result<crate::i18n::Lang, String> {
    crate::i18n::Lang::from_locale(text)
        .filter(|lang| {
            crate::i18n::Lang::OFFERED.contains(lang) || *lang == crate::i18n::Lang::Pseudo
        })
        .ok_or_else(|| format!("{text}: not a language Amex Desk speaks (en, es, fr, de, ja)"))
}

/// "1024x600" as a window size in logical pixels (at least 800x480, the smallest the
/// layout is made for).
pub(crate) fn parse_window_size(text: &str) -> Result<[f32; 2], String> {
    let (w, h) = text
        .split_once(['x', 'X'])
        .ok_or_else(|| format!("{text}: expected WIDTHxHEIGHT, e.g. 1024x600"))?;
    let number = |s: &str| {
        s.trim()
            .parse::<u32>()
            .map_err(|_| format!("{text}: expected WIDTHxHEIGHT, e.g. 1024x600"))
    };
    let (w, h) = (number(w)?, number(h)?);
    if w < 800 || h < 480 {
        return Err(format!("{text}: the smallest window is 800x480"));
    }
    Ok([w as f32, h as f32])
}

fn open_window(cli: &Cli) -> Result<(), Failure> {
    let data_dir = data_dir(cli.data_dir.as_deref())?;
    let (path, data_flag) = (cli.directory.clone(), cli.data_dir.clone());
    let read: crate::app::ReadShown = Box::new(move || {
        directory_source::for_window(path.as_deref(), data_flag.as_deref())
            .map(|loaded| crate::app::Shown {
                directory: loaded.shown,
                trusted: loaded.trusted,
                warning: loaded.warning,
            })
            .map_err(|failure| crate::app::Unreadable(failure.message))
    });
    crate::app::run_window(crate::app::WindowOptions {
        read,
        data_dir,
        screenshot: cli.screenshot.clone(),
        size: cli.window_size,
        page: match cli.page {
            PageArg::Numbers => crate::state::View::Numbers,
            PageArg::Journal => crate::state::View::Journal,
            PageArg::Prep => crate::state::View::Prep,
            PageArg::Disputes => crate::state::View::Disputes,
            PageArg::Retention => crate::state::View::Retention,
        },
        open_case: cli
            .open_case
            .as_deref()
            .and_then(|id| uuid::Uuid::try_parse(id).ok()),
        paste: cli.paste.clone(),
        language: cli.lang,
    })
    .map_err(Failure::data)
}

/// The data folder for a command (`--data-dir`, the environment, or the OS default).
/// Folders found open to other users are made private, with a note on stderr.
fn data_dir(flag: Option<&Path>) -> Result<PathBuf, Failure> {
    let dir = crate::paths::data_dir(flag).map_err(Failure::data)?;
    for note in crate::paths::secure_data_dir(&dir) {
        ::log::warn!("{note}");
    }
    // Temporary files of writes killed earlier are left-overs: a write takes
    // milliseconds, so one another command or the window is making now is newer.
    let before = std::time::SystemTime::now() - crate::fsutil::STALE_TEMP_AGE;
    let removed = crate::fsutil::remove_stale_temps(&dir, before);
    if removed > 0 {
        ::log::warn!("removed {removed} temporary file(s) left by an interrupted save");
    }
    Ok(dir)
}

/// The journal of a data folder; an unreadable one is a failure (exit 1) naming the
/// file, line and column, and is left untouched.
fn open_journal(
    data_dir: &Path,
) -> Result<(crate::journal::JournalFile, crate::journal::Journal), Failure> {
    let (file, result) = crate::journal::JournalFile::open(data_dir);
    Ok((file, result.map_err(|e| Failure::data(e.to_string()))?))
}

/// Checks a value with one of the rules the window uses ([`crate::fields`]); the
/// message is the window's, after the flag's name.
fn field_arg<T>(flag: &str, checked: Result<T, crate::fields::FieldError>) -> Result<T, Failure> {
    checked.map_err(|e| Failure::usage(format!("{flag}: {}", e.message)))
}

/// Parses an optional date flag within the rule's range.
fn opt_date_arg(
    flag: &str,
    text: Option<&str>,
    rule: crate::fields::DateRule,
) -> Result<Option<jiff::civil::Date>, Failure> {
    let today = jiff::Zoned::now().date();
    match text {
        None => Ok(None),
        Some(t) if t.trim().is_empty() => Err(Failure::usage(crate::t!(
            "cli-date-empty",
            flag = flag,
            today = today.to_string()
        ))),
        Some(t) => field_arg(flag, crate::fields::date(flag, t, today, rule)),
    }
}

/// The --from country, checked, or the locale's default.
fn from_or_locale(dir: &Directory, from: Option<&str>) -> Result<String, Failure> {
    match from {
        Some(c) => country_arg(dir, "--from", c),
        None => Ok(crate::settings::default_calling_from()),
    }
}

/// Checks a country code given on the command line.
fn country_arg(dir: &Directory, flag: &str, code: &str) -> Result<String, Failure> {
    let upper = code.to_ascii_uppercase();
    if dir.caller(&upper).is_some() {
        Ok(upper)
    } else {
        Err(Failure::usage(crate::t!(
            "cli-not-a-country",
            flag = flag,
            code = code
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `print letter --letter NAME` takes exactly the letters' own names.
    #[test]
    fn letter_names_on_the_command_line_are_the_letters_own() {
        use clap::ValueEnum;
        let names: Vec<String> = LetterArg::value_variants()
            .iter()
            .map(|v| v.to_possible_value().unwrap().get_name().to_string())
            .collect();
        let slugs: Vec<&str> = LetterArg::value_variants()
            .iter()
            .map(|v| v.letter().slug())
            .collect();
        assert_eq!(names, slugs);
        assert_eq!(slugs.len(), crate::disputes::letters::Letter::ALL.len());
    }

    #[test]
    fn window_sizes_are_read_and_too_small_ones_refused() {
        assert_eq!(parse_window_size("1024x600"), Ok([1024.0, 600.0]));
        assert_eq!(parse_window_size("800X480"), Ok([800.0, 480.0]));
        assert!(
            parse_window_size("640x480")
                .unwrap_err()
                .contains("800x480")
        );
        assert!(parse_window_size("wide").is_err());
        assert!(parse_window_size("1024x").is_err());
    }

    #[test]
    fn a_bad_directory_file_falls_back_with_a_warning_and_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.ron");
        let text = crate::directory::load::BUILTIN_RON.replacen("kind: TollFree", "kind: Sure", 1);
        std::fs::write(&path, &text).unwrap();
        let loaded = directory_source::for_window(Some(&path), Some(dir.path())).unwrap();
        assert_eq!(loaded.shown.origin, crate::directory::load::BUILTIN_NAME);
        assert!(loaded.trusted.is_none());
        let warning = loaded.warning.unwrap();
        assert!(warning.contains("bad.ron"), "{warning}");
        assert!(warning.contains("Sure"), "{warning}");
        assert!(warning.contains("directory in use"), "{warning}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    }

    #[test]
    fn a_good_directory_file_is_used() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("good.ron");
        std::fs::write(&path, crate::directory::load::BUILTIN_RON).unwrap();
        let loaded = directory_source::for_window(Some(&path), Some(dir.path())).unwrap();
        assert!(loaded.warning.is_none());
        assert!(loaded.shown.origin.ends_with("good.ron"));
        assert!(!loaded.shown.trust.is_verified());
        assert!(loaded.shown.contacts.iter().all(|c| !c.unverified));
        assert_eq!(
            loaded.for_verify().origin,
            crate::directory::load::BUILTIN_NAME
        );
    }
}
