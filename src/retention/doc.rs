//! The printable script card with the prep summary.

use jiff::civil::Date;

use super::model::RetentionCard;
use super::rules::prep;
use super::script::Script;
use crate::print::{Block, Doc};
use crate::t;

/// Prep lines for a card (shared by the window, the command line and the PDF).
pub(crate) fn prep_lines(
    card: &RetentionCard,
    script: &Script,
    today: Date,
) -> Vec<(String, String)> {
    let p = prep(card, today, script.refund_window_for(card));
    let yes_no = |b: bool| {
        if b {
            t!("retention-prep-yes")
        } else {
            t!("retention-prep-no")
        }
    };
    let mut lines = vec![
        (t!("retention-prep-card"), {
            let name = match card.tier {
                Some(tier) => format!("{} ({})", card.nickname, tier.label()),
                None => card.nickname.clone(),
            };
            if card.last5.is_empty() {
                name
            } else {
                t!(
                    "retention-prep-card-ending",
                    card = name,
                    last = &card.last5
                )
            }
        }),
        (
            t!("retention-prep-member-for"),
            match (p.tenure_years, card.member_since) {
                (Some(y), Some(since)) => t!(
                    "retention-prep-member-years",
                    years = i64::from(y),
                    since = since.to_string()
                ),
                _ => t!("retention-prep-not-given"),
            },
        ),
        (
            t!("retention-prep-annual-fee"),
            if card.annual_fee_minor == 0 {
                t!("retention-prep-not-given")
            } else {
                let fee = crate::format::amount(card.annual_fee_minor, &card.currency);
                match card.fee_posted {
                    Some(d) => t!(
                        "retention-prep-fee-posted",
                        fee = fee,
                        date = crate::format::date(d)
                    ),
                    None => fee,
                }
            },
        ),
        (
            t!("retention-prep-yearly-spend"),
            card.spend.label().to_string(),
        ),
        (
            t!("retention-prep-offer-12-months"),
            yes_no(p.offer_in_12_months),
        ),
        (
            t!("retention-prep-offer-24-months"),
            yes_no(p.offer_in_24_months),
        ),
    ];
    lines.push((
        t!("retention-prep-refund-window"),
        match (p.refund_until, p.refund_days_left) {
            (Some(until), Some(d)) if d >= 0 => t!(
                "retention-prep-refund-close-by",
                date = crate::format::date(until),
                days = i64::from(d)
            ),
            (Some(until), Some(_)) => t!(
                "retention-prep-refund-ended",
                date = crate::format::date(until)
            ),
            _ => t!("retention-prep-refund-needs-closing-date"),
        },
    ));
    lines
}

/// The script card and the prep summary, on one page where it fits.
pub fn script_doc(card: Option<&RetentionCard>, script: &Script, today: Date) -> Doc {
    let script = &script.localized();
    let mut blocks = vec![Block::Title(t!("retention-doc-title"))];
    if let Some(card) = card {
        blocks.push(Block::Heading(t!("retention-doc-your-card")));
        for (label, value) in prep_lines(card, script, today) {
            blocks.push(Block::Field(label, value));
        }
        for o in card.outcomes.iter().rev().take(3) {
            blocks.push(Block::Bullet(t!(
                "retention-doc-earlier-call",
                date = crate::format::date(o.date),
                outcome = o.summary_shown()
            )));
        }
        blocks.push(Block::Small(format!(
            "{} {}",
            script.offers_source,
            script.refund_note(card)
        )));
    }
    blocks.push(Block::Heading(t!("retention-doc-have-ready")));
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
    blocks.push(Block::Heading(t!("retention-doc-do-dont")));
    for d in &script.dos {
        blocks.push(Block::Bullet(t!("retention-doc-do", item = d)));
    }
    for d in &script.donts {
        blocks.push(Block::Bullet(d.clone()));
    }
    let write_ins = [
        t!("retention-doc-offers"),
        t!("retention-doc-accepted"),
        t!("retention-doc-spend-and-deadline"),
        t!("retention-doc-rep"),
        t!("retention-doc-reference-number"),
    ];
    let labels: Vec<&str> = write_ins.iter().map(String::as_str).collect();
    blocks.extend(Block::write_ins(
        &t!("retention-doc-what-happened"),
        &labels,
    ));
    Doc {
        title: t!("retention-script-title"),
        footer: t!("retention-doc-footer", date = crate::format::date(today)),
        blocks,
    }
}
