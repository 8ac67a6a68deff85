//! `amex-desk retention card|prep` and `amex-desk print retention`.

use std::path::Path;

use clap::Subcommand;
use jiff::Timestamp;

use super::{Failure, field_arg, open_journal, opt_date_arg};
use crate::directory::Tier;
use crate::fields::{self, DateRule};
use crate::journal::Journal;
use crate::print::{Paper, render};
use crate::retention::doc::{prep_lines, script_doc};
use crate::retention::{RetentionCard, Script, builtin, prep};
use crate::state::retention as form;

/// `retention` subcommands.
#[derive(Debug, Subcommand)]
pub enum RetentionCommand {
    /// Add or update a card profile (matched by nickname).
    Card {
        /// The card's nickname.
        #[arg(long)]
        nickname: String,
        /// The account's country (default for a new card: your locale's); the fee-refund
        /// rule and the currency follow it.
        #[arg(long, value_name = "CC")]
        country: Option<String>,
        /// Tier.
        #[arg(long, value_enum)]
        tier: Option<Tier>,
        /// Member since (year).
        #[arg(long, value_name = "YEAR")]
        member_since: Option<String>,
        /// The annual fee, e.g. 325 or 325,00.
        #[arg(long, allow_hyphen_values = true)]
        fee: Option<String>,
        /// When the fee posted.
        #[arg(long, value_name = "YYYY-MM-DD")]
        fee_posted: Option<String>,
        /// Closing date of the statement the fee is on.
        #[arg(long, value_name = "YYYY-MM-DD")]
        statement_closing: Option<String>,
    },
    /// The prep summary for a card: tenure, offers in the last 12/24 months, the
    /// fee-refund window.
    Prep {
        /// The card's nickname.
        #[arg(long)]
        card: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

fn find<'j>(journal: &'j Journal, nickname: &str) -> Result<&'j RetentionCard, Failure> {
    journal
        .cards
        .iter()
        .find(|c| c.nickname.eq_ignore_ascii_case(nickname))
        .ok_or_else(|| Failure::data(crate::t!("cli-no-such-card", nickname = nickname)))
}

/// Runs a `retention` subcommand.
pub fn run(data_dir: &Path, command: RetentionCommand) -> Result<(), Failure> {
    let script = builtin().map_err(Failure::data)?;
    let today = jiff::Zoned::now().date();
    match command {
        RetentionCommand::Card {
            nickname,
            country,
            tier,
            member_since,
            fee,
            fee_posted,
            statement_closing,
        } => {
            let nickname = field_arg(
                "--nickname",
                fields::required(
                    &form::nickname_label(),
                    &nickname,
                    &crate::t!("retention-nickname-needed"),
                ),
            )?
            .to_string();
            let (mut file, mut journal) = open_journal(data_dir)?;
            let now = Timestamp::now();
            let mut card = journal
                .cards
                .iter()
                .find(|c| c.nickname.eq_ignore_ascii_case(&nickname))
                .cloned()
                .unwrap_or_else(|| {
                    let mut card = RetentionCard::new(now, &nickname);
                    card.country = crate::settings::default_calling_from();
                    card
                });
            if let Some(c) = &country {
                card.country = field_arg(
                    "--country",
                    fields::country(&crate::t!("retention-account-country"), c),
                )?;
            }
            if card.annual_fee_minor == 0
                && let Some(currency) = fields::currency_of(&card.country)
            {
                card.currency = currency.to_string();
            }
            if let Some(t) = tier {
                card.tier = Some(t);
            }
            if let Some(y) = member_since {
                card.member_since = field_arg(
                    "--member-since",
                    fields::year(&form::member_since_label(), &y, today),
                )?;
            }
            if let Some(f) = fee {
                card.annual_fee_minor =
                    field_arg("--fee", fields::amount(&form::annual_fee_label(), &f))?.unwrap_or(0);
            }
            if let Some(d) = opt_date_arg("--fee-posted", fee_posted.as_deref(), DateRule::Past)? {
                card.fee_posted = Some(d);
            }
            if let Some(d) = opt_date_arg(
                "--statement-closing",
                statement_closing.as_deref(),
                DateRule::Past,
            )? {
                card.fee_statement_closing = Some(d);
            }
            if card
                .text_fields_mut()
                .into_iter()
                .any(|t| crate::journal::clean::has_unsafe(t))
            {
                eprintln!("amex-desk: {}", crate::t!("cli-removed-unsafe"));
            }
            journal.upsert_card(card, now);
            file.save(&journal)
                .map_err(|e| Failure::data(e.to_string()))?;
            println!(
                "{}",
                crate::t!(
                    "cli-saved",
                    name = crate::journal::clean::echo_safe(&nickname)
                )
            );
            Ok(())
        }
        RetentionCommand::Prep { card, json } => {
            let (_, journal) = open_journal(data_dir)?;
            let card = find(&journal, &card)?;
            if json {
                print_prep_json(card, script, today)
            } else {
                print_prep(card, script, today);
                Ok(())
            }
        }
    }
}

/// `retention prep --json`: keys and texts in English in every language.
fn print_prep_json(
    card: &RetentionCard,
    script: &Script,
    today: jiff::civil::Date,
) -> Result<(), Failure> {
    let p = prep(card, today, script.refund_window_for(card));
    let value = serde_json::json!({
        "card": card.nickname,
        "tenure_years": p.tenure_years,
        "offer_in_12_months": p.offer_in_12_months,
        "offer_in_24_months": p.offer_in_24_months,
        "refund_until": p.refund_until.map(|d| d.to_string()),
        "refund_days_left": p.refund_days_left,
        "history": card.outcomes.iter().map(|o| serde_json::json!({
            "date": o.date.to_string(), "summary": o.summary(), "reference": o.reference,
        })).collect::<Vec<_>>(),
        "country": card.country,
        "sources": crate::i18n::in_english(|| [script.offers_source.clone(), script.refund_note(card)]),
    });
    println!(
        "{}",
        serde_json::to_string_pretty(&value).map_err(|e| Failure::data(e.to_string()))?
    );
    Ok(())
}

/// `retention prep` as text: the summary, the past calls and the sources.
fn print_prep(card: &RetentionCard, script: &Script, today: jiff::civil::Date) {
    for (label, value) in prep_lines(card, script, today) {
        println!(
            "{}",
            crate::t!("prep-label-value", label = label, value = value)
        );
    }
    for o in &card.outcomes {
        println!(
            "{}",
            crate::t!(
                "cli-call-of",
                date = crate::format::date(o.date),
                summary = o.summary_shown()
            )
        );
    }
    let local = script.localized();
    println!(
        "\n{}\n{}",
        crate::t!("cli-sources", sources = &local.offers_source),
        local.refund_note(card)
    );
}

/// `print retention`.
pub fn print(
    data_dir: &Path,
    card: Option<&str>,
    paper: Paper,
    output: &Path,
) -> Result<(), Failure> {
    let script = builtin().map_err(Failure::data)?;
    let today = jiff::Zoned::now().date();
    let journal = match card {
        Some(_) => Some(open_journal(data_dir)?.1),
        None => None,
    };
    let card = match (card, &journal) {
        (Some(nick), Some(j)) => Some(find(j, nick)?),
        _ => None,
    };
    let doc = crate::print::in_paper_language(|| script_doc(card, script, today));
    super::prep::write_paper(output, &render(&doc, paper))
}
