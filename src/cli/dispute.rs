//! `amex-desk dispute ...` and `amex-desk print checklist|dispute|letter`.

use std::path::Path;

use clap::Subcommand;
use jiff::Timestamp;
use uuid::Uuid;

use super::{Failure, field_arg, open_journal, opt_date_arg};
use crate::disputes::letters::{Letter, letters_for};
use crate::disputes::{Case, builtin, docs, nearest};
use crate::fields::{self, DateRule};
use crate::journal::Journal;
use crate::journal::clean::has_unsafe;
use crate::print::{Paper, render};
use crate::state::disputes as form;

/// `dispute` subcommands.
// Parsed once per run; boxing the large variant would only complicate clap's derive.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum DisputeCommand {
    /// List the dispute types (the TYPE names for --type).
    Types,
    /// List your dispute cases with their nearest deadline.
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Start a dispute case (card numbers in the text are masked).
    Add {
        /// Dispute type (see `dispute types`).
        #[arg(long = "type", value_name = "TYPE")]
        kind: String,
        /// The merchant.
        #[arg(long)]
        merchant: String,
        /// The disputed amount, e.g. 212.40 or 212,40.
        #[arg(long, allow_hyphen_values = true)]
        amount: String,
        /// Currency code (default: the account country's currency).
        #[arg(long)]
        currency: Option<String>,
        /// Country of the account (deadlines differ).
        #[arg(long, value_name = "CC", default_value = "US")]
        country: String,
        /// Date of the charge.
        #[arg(long, value_name = "YYYY-MM-DD")]
        transaction_date: Option<String>,
        /// Closing date of the first statement showing the charge.
        #[arg(long, value_name = "YYYY-MM-DD")]
        statement_date: Option<String>,
        /// When you filed the dispute or complaint with the issuer.
        #[arg(long, value_name = "YYYY-MM-DD")]
        filed_on: Option<String>,
        /// When the issuer's final response came (the external body's clock starts).
        #[arg(long, value_name = "YYYY-MM-DD")]
        final_response_date: Option<String>,
        /// Card nickname.
        #[arg(long)]
        card: Option<String>,
        /// At most the last 5 digits of the card.
        #[arg(long, value_name = "DIGITS")]
        last5: Option<String>,
        /// What happened.
        #[arg(long)]
        description: Option<String>,
    },
}

fn today() -> jiff::civil::Date {
    jiff::Zoned::now().date()
}

/// Runs a `dispute` subcommand.
pub fn run(data_dir: &Path, command: DisputeCommand) -> Result<(), Failure> {
    let catalog = builtin().map_err(Failure::data)?;
    match command {
        DisputeCommand::Types => {
            for t in &catalog.types {
                let name = t.localized_name();
                let shown = crate::t!(
                    "cli-dispute-type-items",
                    name = &name,
                    count = t.items.len()
                );
                println!("{:<22} {shown}", t.slug);
            }
            Ok(())
        }
        DisputeCommand::List { json } => list(data_dir, catalog, json),
        DisputeCommand::Add {
            kind,
            merchant,
            amount,
            currency,
            country,
            transaction_date,
            statement_date,
            filed_on,
            final_response_date,
            card,
            last5,
            description,
        } => {
            if catalog.kind(&kind).is_none() {
                return Err(Failure::usage(crate::t!(
                    "cli-unknown-dispute-type",
                    kind = &kind
                )));
            }
            let now = Timestamp::now();
            let country = field_arg(
                "--country",
                fields::country(&form::account_label(), &country),
            )?;
            let mut case = Case::new(now, &kind, &country);
            case.merchant = field_arg(
                "--merchant",
                fields::required(
                    &form::merchant_label(),
                    &merchant,
                    &crate::t!("disputes-merchant-needed"),
                ),
            )?
            .to_string();
            case.amount_minor =
                field_arg("--amount", fields::amount(&form::amount_label(), &amount))?
                    .ok_or_else(|| Failure::usage(crate::t!("cli-amount-empty")))?;
            if let Some(currency) = &currency {
                case.currency = field_arg(
                    "--currency",
                    fields::currency(&form::currency_label(), currency),
                )?;
            }
            case.transaction_date = opt_date_arg(
                "--transaction-date",
                transaction_date.as_deref(),
                DateRule::Past,
            )?;
            case.statement_date = opt_date_arg(
                "--statement-date",
                statement_date.as_deref(),
                DateRule::Past,
            )?;
            case.filed_on = opt_date_arg("--filed-on", filed_on.as_deref(), DateRule::Past)?;
            case.final_response_on = opt_date_arg(
                "--final-response-date",
                final_response_date.as_deref(),
                DateRule::Past,
            )?;
            case.card_nickname = card.unwrap_or_default();
            case.card_last5 = last5.unwrap_or_default();
            if case.card_last5.chars().filter(char::is_ascii_digit).count() > 5 {
                eprintln!("amex-desk: {}", crate::t!("cli-last5-kept"));
            }
            case.description = description.unwrap_or_default();
            if case.text_fields_mut().into_iter().any(|t| has_unsafe(t)) {
                eprintln!("amex-desk: {}", crate::t!("cli-removed-unsafe"));
            }
            let (mut file, mut journal) = open_journal(data_dir)?;
            let masked = journal.upsert_case(case.clone(), now);
            if masked > 0 {
                eprintln!(
                    "amex-desk: {}",
                    crate::t!("cli-masked-in-text", count = masked)
                );
            }
            file.save(&journal)
                .map_err(|e| Failure::data(e.to_string()))?;
            println!("{}", case.id);
            Ok(())
        }
    }
}

/// `dispute list [--json]`: every case with its nearest deadline.
fn list(data_dir: &Path, catalog: &crate::disputes::Catalog, json: bool) -> Result<(), Failure> {
    let (_, journal) = open_journal(data_dir)?;
    let today = today();
    if json {
        let rows: Vec<serde_json::Value> = journal
            .cases
            .iter()
            .map(|c| {
                let next = nearest(c, catalog, today);
                serde_json::json!({
                    "id": c.id.to_string(),
                    "merchant": c.merchant,
                    "amount": c.amount_text(),
                    "type": c.kind,
                    "country": c.country,
                    "status": c.status.slug(),
                    "card": c.card_text(),
                    "nearest_deadline": next.map(|d| serde_json::json!({
                        "label": d.label, "due": d.due.to_string(), "days_left": d.days_left, "policy": d.policy,
                        "standing": d.standing, "source": d.source, "citation": d.citation,
                    })),
                })
            })
            .collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&rows).map_err(|e| Failure::data(e.to_string()))?
        );
        return Ok(());
    }
    if journal.cases.is_empty() {
        println!("{}", crate::t!("cli-no-dispute-cases"));
    }
    for c in &journal.cases {
        let next = nearest(c, catalog, today)
            .map(|d| {
                let due = crate::format::date(d.due);
                crate::t!(
                    "cli-deadline-days",
                    label = &d.localized_label,
                    due = due,
                    count = i64::from(d.days_left)
                )
            })
            .unwrap_or_default();
        println!(
            "{}  {:<20} {:>14}  {:<20} {next}",
            c.id,
            c.merchant,
            c.amount_shown(),
            c.status.slug()
        );
    }
    Ok(())
}

fn find_case<'j>(journal: &'j Journal, id: &str) -> Result<&'j Case, Failure> {
    let matches: Vec<&Case> = journal
        .cases
        .iter()
        .filter(|c| c.id.to_string().starts_with(&id.to_ascii_lowercase()))
        .collect();
    match (matches.as_slice(), Uuid::try_parse(id).is_ok()) {
        ([one], _) => Ok(one),
        ([], _) => Err(Failure::data(crate::t!("cli-no-such-case", id = id))),
        (_, _) => Err(Failure::usage(crate::t!("cli-several-cases", id = id))),
    }
}

fn write_pdf(output: &Path, bytes: Vec<u8>) -> Result<(), Failure> {
    super::prep::write_paper(output, &bytes)
}

/// `print checklist`.
pub(crate) fn print_checklist(kind: &str, paper: Paper, output: &Path) -> Result<(), Failure> {
    let catalog = builtin().map_err(Failure::data)?;
    let t = catalog
        .kind(kind)
        .ok_or_else(|| Failure::usage(crate::t!("cli-unknown-dispute-type", kind = kind)))?;
    write_pdf(
        output,
        render(
            &crate::print::in_paper_language(|| docs::checklist_doc(t, catalog, today())),
            paper,
        ),
    )
}

/// Which of a case's papers `print` writes.
#[derive(Clone, Copy, Debug)]
pub(crate) enum CasePaper {
    /// The packet.
    Packet,
    /// A letter: the one named, or the case's first.
    Letter(Option<Letter>),
}

/// `print dispute` (the packet) or `print letter [--letter KIND]`. A letter the case's
/// market does not give is refused with the letters it does.
pub(crate) fn print_case(
    data_dir: &Path,
    id: &str,
    what: CasePaper,
    paper: Paper,
    output: &Path,
) -> Result<(), Failure> {
    let catalog = builtin().map_err(Failure::data)?;
    let (_, journal) = open_journal(data_dir)?;
    let case = find_case(&journal, id)?;
    let offered = letters_for(case, catalog);
    let letter = match what {
        CasePaper::Packet => None,
        CasePaper::Letter(None) => offered.first().copied(),
        CasePaper::Letter(Some(letter)) if offered.contains(&letter) => Some(letter),
        CasePaper::Letter(Some(letter)) => {
            let names: Vec<&str> = offered.iter().map(|l| l.slug()).collect();
            return Err(Failure::usage(crate::t!(
                "cli-letter-not-offered",
                letter = letter.slug(),
                country = &case.country,
                letters = names.join(", ")
            )));
        }
    };
    let doc = crate::print::in_paper_language(|| match letter {
        Some(letter) => crate::disputes::letters::doc(letter, case, catalog, today()),
        None => docs::packet_doc(case, catalog, &journal.entries_with(&case.calls), today()),
    });
    write_pdf(output, render(&doc, paper))
}

/// `print referral`: the letter to the case's external body.
pub(crate) fn print_referral(
    data_dir: &Path,
    id: &str,
    paper: Paper,
    output: &Path,
) -> Result<(), Failure> {
    let catalogs = crate::catalogs::Catalogs::load().map_err(Failure::data)?;
    let (_, journal) = open_journal(data_dir)?;
    let case = find_case(&journal, id)?;
    let referral =
        crate::print::in_paper_language(|| crate::after::referral_doc(case, &catalogs, today()));
    let doc = referral
        .ok_or_else(|| Failure::data(crate::t!("cli-no-external-body", country = &case.country)))?;
    write_pdf(output, render(&doc, paper))
}
