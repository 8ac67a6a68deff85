//! The printable script card with the prep summary.

use jiff::civil::Date;

use super::model::RetentionCard;
use super::rules::prep;
use super::script::Script;
use crate::print::{Block, Doc};

/// Prep lines for a card (shared by the window, the command line and the PDF).
pub(crate) fn prep_lines(
    card: &RetentionCard,
    script: &Script,
    today: Date,
) -> Vec<(String, String)> {
    let p = prep(card, today, script.refund_window_for(card));
    let yes_no = |b: bool| if b { "yes" } else { "no" }.to_string();
    let mut lines = vec![
        ("Card".to_string(), {
            let tier = card
                .tier
                .map(|t| format!(" ({})", t.label()))
                .unwrap_or_default();
            let last = if card.last5.is_empty() {
                String::new()
            } else {
                format!(", ending {}", card.last5)
            };
            format!("{}{tier}{last}", card.nickname)
        }),
        (
            "Member for".to_string(),
            match (p.tenure_years, card.member_since) {
                (Some(y), Some(since)) => format!("{y} years (since {since})"),
                _ => "not given".to_string(),
            },
        ),
        (
            "Annual fee".to_string(),
            if card.annual_fee_minor == 0 {
                "not given".to_string()
            } else {
                let posted = card
                    .fee_posted
                    .map(|d| format!(", posted {d}"))
                    .unwrap_or_default();
                format!(
                    "{} {}{posted}",
                    crate::format::money(card.annual_fee_minor),
                    card.currency
                )
            },
        ),
        ("Yearly spend".to_string(), card.spend.label().to_string()),
        (
            "Retention offer accepted in the last 12 months".to_string(),
            yes_no(p.offer_in_12_months),
        ),
        (
            "... in the last 24 months".to_string(),
            yes_no(p.offer_in_24_months),
        ),
    ];
    lines.push((
        "Fee refund window".to_string(),
        match (p.refund_until, p.refund_days_left) {
            (Some(until), Some(d)) if d >= 0 => {
                format!("close by {until} for a refund ({d} days left)")
            }
            (Some(until), Some(_)) => format!("ended {until}"),
            _ => "enter the closing date of the statement the fee is on".to_string(),
        },
    ));
    lines
}

/// The script card and the prep summary, on one page where it fits.
pub fn script_doc(card: Option<&RetentionCard>, script: &Script, today: Date) -> Doc {
    let mut blocks = vec![Block::Title("Retention call: script card".to_string())];
    if let Some(card) = card {
        blocks.push(Block::Heading("Your card".to_string()));
        for (label, value) in prep_lines(card, script, today) {
            blocks.push(Block::Field(label, value));
        }
        for o in card.outcomes.iter().rev().take(3) {
            blocks.push(Block::Bullet(format!(
                "Call of {}: {}",
                o.date,
                o.summary()
            )));
        }
        blocks.push(Block::Small(format!(
            "{} {}",
            script.offers_source,
            script.refund_note(card)
        )));
    }
    blocks.push(Block::Heading("Have ready".to_string()));
    for r in &script.ready {
        blocks.push(Block::Check {
            text: r.clone(),
            checked: false,
            note: None,
        });
    }
    for (i, step) in script.steps.iter().enumerate() {
        blocks.push(Block::Heading(format!("{}. {}", i + 1, step.title)));
        if let Some(first) = step.say.first() {
            blocks.push(Block::Para(first.clone()));
        }
        for note in &step.notes {
            blocks.push(Block::Bullet(note.clone()));
        }
    }
    blocks.push(Block::Heading("Do / don't".to_string()));
    for d in &script.dos {
        blocks.push(Block::Bullet(format!("Do: {d}")));
    }
    for d in &script.donts {
        blocks.push(Block::Bullet(d.clone()));
    }
    blocks.extend(Block::write_ins(
        "What happened",
        &[
            "Offer(s)",
            "Accepted",
            "Spend requirement and deadline",
            "Rep",
            "Reference number",
        ],
    ));
    Doc {
        title: "Retention call script".to_string(),
        footer: format!(
            "Amex Desk (unofficial) - printed {today} - sources: a US customer-service guide (third-party article); the fee-refund rule: the Amex US Cardmember Agreement as quoted by Doctor of Credit (secondary)"
        ),
        blocks,
    }
}
