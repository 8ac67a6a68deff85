//! Printable dispute documents: a blank checklist, the case packet, and a billing-error
//! notice letter; and the case as Markdown.

use jiff::civil::Date;

use super::catalog::{Catalog, DisputeType};
use super::deadlines::{claims_conditions, deadlines};
use super::model::Case;
use crate::journal::Entry;
use crate::print::{Block, Doc};

const NOT_ADVICE: &str = "Amex Desk is unofficial and not affiliated with American Express. This is not legal advice; check the current rules and your Cardmember Agreement.";

fn footer(today: Date) -> String {
    format!("Amex Desk (unofficial) - printed {today} - not legal advice")
}

/// A blank checklist for a dispute type, to print before gathering evidence.
pub(crate) fn checklist_doc(kind: &DisputeType, catalog: &Catalog, today: Date) -> Doc {
    let mut blocks = vec![
        Block::Title(format!("Dispute checklist: {}", kind.name)),
        Block::Para(kind.summary.clone()),
        Block::Heading("Evidence to gather".to_string()),
    ];
    for item in &kind.items {
        blocks.push(Block::Check {
            text: format!("{}. {} Example: {}", item.title, item.why, item.example),
            checked: false,
            note: None,
        });
    }
    blocks.push(Block::Heading("Before you file".to_string()));
    for advice in &catalog.general {
        blocks.push(Block::Bullet(advice.text.clone()));
    }
    blocks.extend(Block::write_ins(
        "Dates",
        &[
            "Transaction date",
            "Statement closing date (first statement showing the charge)",
            "Date you contacted the merchant",
            "Date you filed with American Express",
            "Reference number",
        ],
    ));
    blocks.push(Block::Space);
    blocks.push(Block::Small(NOT_ADVICE.to_string()));
    Doc {
        title: format!("Dispute checklist: {}", kind.name),
        footer: footer(today),
        blocks,
    }
}

fn checklist_blocks(case: &Case, kind: Option<&DisputeType>, blocks: &mut Vec<Block>) {
    let Some(kind) = kind else {
        blocks.push(Block::Para(format!("Unknown dispute type {}", case.kind)));
        return;
    };
    let done = kind
        .items
        .iter()
        .filter(|i| case.items.get(&i.title).is_some_and(|s| s.checked))
        .count();
    blocks.push(Block::Heading(format!(
        "Evidence ({done} of {} gathered)",
        kind.items.len()
    )));
    for item in &kind.items {
        let state = case.items.get(&item.title);
        let mut note = state.map(|s| s.note.clone()).unwrap_or_default();
        if let Some(file) = state.and_then(|s| s.file.as_deref()) {
            if !note.is_empty() {
                note.push_str(" - ");
            }
            note.push_str(&format!("file: {file}"));
        }
        blocks.push(Block::Check {
            text: item.title.clone(),
            checked: state.is_some_and(|s| s.checked),
            note: Some(note),
        });
    }
}

/// The case packet: summary, deadlines, checklist state with notes, and the timeline of
/// the linked calls (`calls`: the case's entries, e.g. from
/// [`crate::journal::Journal::entries_with`]) with their reference numbers.
pub fn packet_doc(case: &Case, catalog: &Catalog, calls: &[&Entry], today: Date) -> Doc {
    let kind = catalog.kind(&case.kind);
    let kind_name = kind.map(|k| k.name.as_str()).unwrap_or(&case.kind);
    let mut blocks = vec![
        Block::Title(format!(
            "Dispute: {} - {}",
            case.merchant,
            case.amount_text()
        )),
        Block::Field("Type".to_string(), kind_name.to_string()),
        Block::Field("Status".to_string(), case.status.label().to_string()),
        Block::Field("Card".to_string(), case.card_text()),
        Block::Field("Account country".to_string(), case.country.clone()),
    ];
    let date = |d: Option<Date>| {
        d.map(|d| d.to_string())
            .unwrap_or_else(|| "not given".to_string())
    };
    blocks.push(Block::Field(
        "Transaction date".to_string(),
        date(case.transaction_date),
    ));
    blocks.push(Block::Field(
        "Statement closing date".to_string(),
        date(case.statement_date),
    ));
    blocks.push(Block::Field(
        "Filed with the issuer".to_string(),
        date(case.filed_on),
    ));
    blocks.push(Block::Field(
        "Final response".to_string(),
        date(case.final_response_on),
    ));
    if let Some(channel) = case.filing_channel {
        blocks.push(Block::Field(
            "Filed by".to_string(),
            channel.label().to_string(),
        ));
    }
    blocks.push(Block::Field(
        "Merchant contacted first".to_string(),
        if case.merchant_contacted { "yes" } else { "no" }.to_string(),
    ));
    if !case.description.trim().is_empty() {
        blocks.push(Block::Heading("What happened".to_string()));
        blocks.push(Block::Para(case.description.clone()));
    }
    let (dated, pending) = deadlines(case, catalog, today);
    blocks.push(Block::Heading("Deadlines".to_string()));
    if dated.is_empty() && pending.is_empty() {
        blocks.push(Block::Para(super::deadlines::none_known(&case.country)));
    }
    for d in &dated {
        let when = crate::format::relative_days(d.days_left);
        blocks.push(Block::Field(
            format!("{} ({})", d.label, d.standing),
            format!("{} ({when})", d.due),
        ));
        blocks.push(Block::Small(format!("{}: {}", d.source, d.citation)));
    }
    for p in &pending {
        blocks.push(Block::Field(p.label.clone(), format!("needs {}", p.needs)));
        blocks.push(Block::Small(p.source.clone()));
    }
    for note in catalog.notes_for(&case.country) {
        blocks.push(Block::Small(note.text.clone()));
        for page in &note.evidence {
            blocks.push(Block::Small(format!("Source: {}", page.citation())));
        }
    }
    let conditions = claims_conditions(case);
    if !conditions.is_empty() {
        blocks.push(Block::Heading(
            "15 USC 1666i (claims about goods or services)".to_string(),
        ));
        for c in conditions {
            blocks.push(Block::Check {
                text: c.text.to_string(),
                checked: c.met == Some(true),
                note: c.met.is_none().then(|| "not known yet".to_string()),
            });
        }
    }
    checklist_blocks(case, kind, &mut blocks);
    call_blocks(calls, &mut blocks);
    blocks.push(Block::Space);
    blocks.push(Block::Small(NOT_ADVICE.to_string()));
    Doc {
        title: format!("Dispute packet: {}", case.merchant),
        footer: footer(today),
        blocks,
    }
}

/// "Calls and contacts": each linked call, oldest first, with its reference, rep and,
/// when it was timed, its length and hold time (evidence of effort).
fn call_blocks(calls: &[&Entry], blocks: &mut Vec<Block>) {
    blocks.push(Block::Heading("Calls and contacts".to_string()));
    let mut calls = calls.to_vec();
    calls.sort_by_key(|e| e.when.timestamp);
    if calls.is_empty() {
        blocks.push(Block::Para("No calls linked yet.".to_string()));
    }
    for e in calls {
        let reference = if e.reference.is_empty() {
            "no reference".to_string()
        } else {
            format!("ref {}", e.reference)
        };
        let rep = if e.rep.is_empty() {
            String::new()
        } else {
            format!(", rep {}", e.rep)
        };
        let timed = e
            .call_times
            .map(|t| format!(", call {}", t.summary()))
            .unwrap_or_default();
        blocks.push(Block::Bullet(format!(
            "{} ({}{rep}, {reference}{timed}): {}",
            e.when.short(),
            e.channel.label(),
            e.summary
        )));
    }
}

/// The letter for the case's account country: the US billing-error notice (Regulation
/// Z) for a US account only; elsewhere a formal complaint that cites no law it does not
/// know (each market's own rights letters come with its rules).
pub fn letter_doc(case: &Case, catalog: &Catalog, today: Date) -> Doc {
    if is_us_account(case) {
        billing_error_letter(case, catalog, today)
    } else {
        complaint_letter(case, catalog, today)
    }
}

/// Whether the case's account is a US account (the US rules apply to it).
pub(crate) fn is_us_account(case: &Case) -> bool {
    case.country.eq_ignore_ascii_case("US")
}

/// The letter's name, for the button and the CLI.
pub(crate) fn letter_name(case: &Case) -> &'static str {
    if is_us_account(case) {
        "billing-error letter"
    } else {
        "complaint letter"
    }
}

/// " by 2026-11-23, as your complaints page states (15 business days)": the issuer's
/// own stated time to resolve, dated from the day the complaint was filed; empty when
/// the market has none recorded or the filing date is not known.
fn stated_date(case: &Case, catalog: &Catalog) -> String {
    let Some(filed) = case.filed_on else {
        return String::new();
    };
    catalog
        .rules_for(&case.country)
        .find(|r| {
            r.policy
                && r.kind == super::catalog::RuleKind::Resolution
                && r.from == super::catalog::Anchor::FiledDate
        })
        .and_then(|r| {
            let due = super::deadlines::due_date(r, filed)?;
            let unit = if r.business_days {
                "business days"
            } else {
                "days"
            };
            Some(format!(
                " by {due}, within the {} {unit} your own complaints page states ({})",
                r.days, r.evidence.url
            ))
        })
        .unwrap_or_default()
}

/// The dispute type's name, for the letters' sentences.
fn kind_name<'a>(case: &'a Case, catalog: &'a Catalog) -> &'a str {
    catalog
        .kind(&case.kind)
        .map(|k| k.name.as_str())
        .unwrap_or(&case.kind)
}

/// The top of every letter: write-ins for the sender, the date, the addressee, the
/// title, the account and the charge (the card by its last digits only).
fn letter_head(case: &Case, today: Date, to: &str, title: &str) -> Vec<Block> {
    let when = case
        .transaction_date
        .map(|d| d.to_string())
        .unwrap_or_else(|| "[date of the charge]".to_string());
    vec![
        Block::WriteIn("Your name".to_string()),
        Block::WriteIn("Your address".to_string()),
        Block::WriteIn("Address line 2".to_string()),
        Block::Space,
        Block::Para(format!("Date: {today}")),
        Block::Space,
        Block::Para(to.to_string()),
        Block::Space,
        Block::Title(title.to_string()),
        Block::Field("Account".to_string(), case.card_text()),
        Block::Field(
            "Charge".to_string(),
            format!("{} from {} on {when}", case.amount_text(), case.merchant),
        ),
    ]
}

/// A formal complaint about a charge, for accounts outside the US: what happened,
/// what is asked, and a request for a final written response. It names no law.
fn complaint_letter(case: &Case, catalog: &Catalog, today: Date) -> Doc {
    let kind = kind_name(case, catalog);
    let mut blocks = letter_head(
        case,
        today,
        "To: American Express, complaints (use the address on your statement or on American Express's complaints page for your country).",
        "Complaint about a charge",
    );
    blocks.extend([
        Block::Space,
        Block::Para(format!(
            "I am making a formal complaint about the charge above ({}).",
            kind.to_lowercase()
        )),
        Block::Para(if case.description.trim().is_empty() {
            "[Say in one or two sentences what happened and why the charge is wrong.]".to_string()
        } else {
            case.description.clone()
        }),
        Block::Para(if case.merchant_contacted {
            "I contacted the merchant before writing, without a resolution.".to_string()
        } else {
            "[Say when you contacted the merchant and what they answered.]".to_string()
        }),
        Block::Para(format!(
            "Please investigate, refund the charge and any fees or interest on it, and send me your final response in writing{}. If you cannot resolve it, please tell me in that response which independent body I can take my complaint to, and by when.",
            stated_date(case, catalog)
        )),
        Block::Para("Copies of my supporting documents are enclosed.".to_string()),
        Block::Space,
        Block::Para("Yours faithfully,".to_string()),
        Block::WriteIn("Signature".to_string()),
        Block::Space,
        Block::Small("Send it as soon as you can, keep a copy and a proof of sending. Your country's law may give you deadlines and an independent body to go to; this letter relies on no particular law. ".to_string() + NOT_ADVICE),
    ]);
    Doc {
        title: "Complaint about a charge".to_string(),
        footer: footer(today),
        blocks,
    }
}

/// A billing-error notice letter with the contents Regulation Z asks for (name,
/// account, amount, date, why it is wrong). Name and address are left to fill in; the
/// card is shown by its last digits only.
fn billing_error_letter(case: &Case, catalog: &Catalog, today: Date) -> Doc {
    let kind = kind_name(case, catalog);
    let mut blocks = letter_head(
        case,
        today,
        "To: American Express, billing inquiries (use the address printed on your statement for billing errors).",
        "Notice of billing error",
    );
    blocks.extend([
        Block::Field(
            "Statement".to_string(),
            case.statement_date
                .map(|d| format!("closing {d}"))
                .unwrap_or_else(|| "[statement closing date]".to_string()),
        ),
        Block::Space,
        Block::Para(format!(
            "I am writing to dispute the charge above, which I believe is a billing error: {}.",
            kind.to_lowercase()
        )),
        Block::Para(if case.description.trim().is_empty() {
            "[Say in one or two sentences why the charge is wrong.]".to_string()
        } else {
            case.description.clone()
        }),
        Block::Para(if case.merchant_contacted {
            "I contacted the merchant before writing, without a resolution.".to_string()
        } else {
            "[Say when you contacted the merchant and what they answered.]".to_string()
        }),
        Block::Para("Please correct the error, credit any finance charges or fees related to it, and send me an explanation. I understand that while you investigate I do not have to pay the disputed amount.".to_string()),
        Block::Para("Copies of my supporting documents are enclosed.".to_string()),
        Block::Space,
        Block::Para("Sincerely,".to_string()),
        Block::WriteIn("Signature".to_string()),
        Block::Space,
        Block::Small("Under US Regulation Z (12 CFR 1026.13) this notice must reach the issuer within 60 days after the first statement showing the error was sent. Send it to the address for billing inquiries on your statement, keep a copy, and consider a delivery receipt. ".to_string() + NOT_ADVICE),
    ]);
    Doc {
        title: "Notice of billing error".to_string(),
        footer: footer(today),
        blocks,
    }
}

/// A document as Markdown (for "copy as Markdown").
pub fn to_markdown(doc: &Doc) -> String {
    let mut out = String::new();
    for block in &doc.blocks {
        match block {
            Block::Title(t) => out.push_str(&format!("# {t}\n\n")),
            Block::Heading(t) => out.push_str(&format!("\n## {t}\n\n")),
            Block::Para(t) => out.push_str(&format!("{t}\n\n")),
            Block::Small(t) => out.push_str(&format!("_{t}_\n\n")),
            Block::Bullet(t) => out.push_str(&format!("- {t}\n")),
            Block::Step(n, t) => out.push_str(&format!("{n}. {t}\n")),
            Block::Check {
                text,
                checked,
                note,
            } => {
                out.push_str(&format!(
                    "- [{}] {text}\n",
                    if *checked { "x" } else { " " }
                ));
                if let Some(note) = note.as_deref().filter(|n| !n.is_empty()) {
                    out.push_str(&format!("  - {note}\n"));
                }
            }
            Block::Field(label, value) => out.push_str(&format!("- **{label}:** {value}\n")),
            Block::WriteIn(label) => out.push_str(&format!("{label}: ____\n\n")),
            Block::Space => out.push('\n'),
        }
    }
    // Control and bidi characters (from an imported journal) are shown, not obeyed.
    crate::journal::clean::escape(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::disputes::catalog::builtin;
    use crate::journal::Journal;
    use crate::print::{Paper, render};
    use jiff::civil::date;

    fn pdf_text(bytes: &[u8]) -> (usize, String) {
        let pages = crate::print::pdf_text::pages(bytes);
        (pages.len(), pages.join(" ").replace('\n', " "))
    }

    #[test]
    fn every_checklist_prints_every_item() {
        let cat = builtin().unwrap();
        for kind in &cat.types {
            let (_, text) = pdf_text(&render(
                &checklist_doc(kind, cat, date(2026, 11, 22)),
                Paper::Letter,
            ));
            for item in &kind.items {
                assert!(text.contains(&item.title), "{}: {}", kind.slug, item.title);
            }
        }
    }

    #[test]
    fn the_packet_carries_the_case_and_breaks_pages_when_long() {
        let cat = builtin().unwrap();
        let now = "2026-11-18T10:00:00Z".parse().unwrap();
        let mut case = Case::new(now, "not-received", "US");
        case.merchant = "Acme Outdoor".into();
        case.amount_minor = 21240;
        case.card_nickname = "Gold".into();
        case.card_last5 = "10005".into();
        case.statement_date = Some(date(2026, 10, 31));
        case.items.insert(
            "Order confirmation or receipt".into(),
            crate::disputes::ItemState {
                checked: true,
                note: "order 7781".into(),
                file: None,
            },
        );
        let mut journal = Journal::default();
        for i in 0..60 {
            let mut e = crate::journal::Entry::new(now, &jiff::tz::TimeZone::UTC);
            e.reference = format!("D-{i:04}");
            e.summary =
                "Called about the parcel; the rep opened a trace and will call back.".into();
            if i == 0 {
                let end = now + jiff::SignedDuration::from_secs(2710);
                e.call_times = Some(crate::journal::CallTimes {
                    started: e.when,
                    ended: crate::journal::LocalTime::in_zone(end, &jiff::tz::TimeZone::UTC),
                    hold_secs: 1960,
                    talk_secs: 750,
                });
            }
            case.calls.push(e.id);
            journal.entries.push(e);
        }
        let (pages, text) = pdf_text(&render(
            &packet_doc(
                &case,
                cat,
                &journal.entries_with(&case.calls),
                date(2026, 11, 22),
            ),
            Paper::A4,
        ));
        assert!(pages > 1, "a long packet breaks across pages");
        for expected in [
            "Acme Outdoor",
            "212.40 USD",
            "Gold ending 10005",
            "2026-12-30",
            "1 of 5 gathered",
            "order 7781",
            "ref D-0000, call 45:10 (hold 32:40, talk 12:30)",
            "ref D-0059",
            "not legal advice",
        ] {
            assert!(text.contains(expected), "{expected:?} missing");
        }
        let (_, letter) = pdf_text(&render(
            &letter_doc(&case, cat, date(2026, 11, 22)),
            Paper::Letter,
        ));
        for expected in [
            "Notice of billing error",
            "Gold ending 10005",
            "212.40 USD from Acme Outdoor",
            "Your name:",
            "60 days",
        ] {
            assert!(
                letter.contains(expected),
                "{expected:?} missing in the letter"
            );
        }
        let md = to_markdown(&packet_doc(
            &case,
            cat,
            &journal.entries_with(&case.calls),
            date(2026, 11, 22),
        ));
        assert!(md.contains("- [x] Order confirmation or receipt"));
    }

    /// Issue 27: the US billing-error letter (Regulation Z) goes only to US accounts;
    /// every other market's case gets a complaint letter that cites no US rule, in
    /// its own currency, and no letter names an internal file.
    #[test]
    fn only_us_accounts_get_the_us_letter() {
        let cat = builtin().unwrap();
        let dir = crate::directory::Directory::builtin().unwrap();
        let now = "2026-11-18T10:00:00Z".parse().unwrap();
        for country in dir
            .countries
            .iter()
            .map(|c| c.code.as_str())
            .filter(|c| c.len() == 2)
        {
            let mut case = Case::new(now, "not-received", country);
            case.merchant = "Acme".into();
            case.amount_minor = 1000;
            let md = to_markdown(&letter_doc(&case, cat, date(2026, 11, 22)));
            assert!(!md.contains(".md"), "{country}: {md}");
            if country == "US" {
                assert!(
                    md.contains("Regulation Z") && md.contains("10.00 USD"),
                    "{md}"
                );
                assert_eq!(letter_name(&case), "billing-error letter");
            } else {
                assert!(
                    !md.contains("Regulation Z") && !md.contains("billing error"),
                    "{country}"
                );
                assert!(md.contains("Complaint about a charge"), "{country}");
                assert!(
                    !md.contains("USD") || crate::fields::currency_of(country) == Some("USD"),
                    "{country}: {md}"
                );
                assert_eq!(letter_name(&case), "complaint letter");
            }
        }
    }
}
