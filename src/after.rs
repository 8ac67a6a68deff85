//! What the app has for each market after the number (issue 27, `coverage --after`):
//! the escalation ladder and the external body it ends at, the dated deadline rules
//! (own and EEA-wide), the letter a case gets, and the years of the pages behind them.
//! Pure: reads the catalogs.

use serde::Serialize;

use crate::catalogs::Catalogs;
use crate::directory::Directory;

/// One market's row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub(crate) struct MarketAfter {
    /// ISO alpha-2.
    pub code: String,
    /// Its name.
    pub name: String,
    /// The external body the ladder ends at (`None`: no ladder, or it ends elsewhere).
    pub external_body: Option<String>,
    /// How many rungs the ladder has (0: none recorded).
    pub ladder_steps: usize,
    /// How many dated deadline rules a case there gets.
    pub deadline_rules: usize,
    /// How many of them rest on a secondary source only.
    pub secondary_rules: usize,
    /// The letter a case gets.
    pub letter: &'static str,
    /// The oldest and newest year shown by the pages behind its rules and ladder.
    pub page_years: Option<(u16, u16)>,
}

/// Every market of the directory, in its order.
pub(crate) fn coverage_after(dir: &Directory, catalogs: &Catalogs) -> Vec<MarketAfter> {
    dir.countries
        .iter()
        .filter(|c| c.code.len() == 2)
        .map(|c| market_after(dir, catalogs, &c.code))
        .collect()
}

fn market_after(dir: &Directory, catalogs: &Catalogs, code: &str) -> MarketAfter {
    let g = catalogs.guidance;
    let ladder = g.ladder_for(code);
    let external_body = ladder
        .and_then(|l| l.steps.last())
        .and_then(|s| s.body.as_deref())
        .and_then(|b| g.body(b))
        .map(|b| b.name.clone());
    let rules: Vec<_> = catalogs.disputes.rules_for(code).collect();
    let mut years: Vec<u16> = rules.iter().filter_map(|r| r.evidence.year).collect();
    if let Some(l) = ladder {
        years.extend(
            l.steps
                .iter()
                .flat_map(|s| g.step_evidence(s))
                .filter_map(|e| e.year),
        );
    }
    MarketAfter {
        code: code.to_string(),
        name: dir.country_name(code).to_string(),
        external_body,
        ladder_steps: ladder.map_or(0, |l| l.steps.len()),
        deadline_rules: rules.len(),
        secondary_rules: rules.iter().filter(|r| r.evidence.is_secondary()).count(),
        letter: if code == "US" {
            "billing-error notice (Regulation Z)"
        } else {
            "complaint letter"
        },
        page_years: years
            .iter()
            .min()
            .zip(years.iter().max())
            .map(|(a, b)| (*a, *b)),
    }
}

/// The external body a complaint from `country` goes to last: the one its ladder ends
/// at, when it ends at one.
pub(crate) fn external_body<'a>(
    catalogs: &'a Catalogs,
    country: &str,
) -> Option<&'a crate::guidance::Body> {
    let g = catalogs.guidance;
    g.ladder_for(country)
        .and_then(|l| l.steps.last())
        .and_then(|s| s.body.as_deref())
        .and_then(|b| g.body(b))
}

/// The letter that takes a case to its market's external body: what was complained
/// of, when, what American Express answered, and the time limits with their pages.
/// `None` when no external body is recorded for the account's country.
pub(crate) fn referral_doc(
    case: &crate::records::Case,
    catalogs: &Catalogs,
    today: jiff::civil::Date,
) -> Option<crate::print::Doc> {
    use crate::print::{Block, Doc};
    let body = external_body(catalogs, &case.country)?;
    let date = |d: Option<jiff::civil::Date>, missing: &str| {
        d.map(|d| d.to_string())
            .unwrap_or_else(|| missing.to_string())
    };
    let reach: Vec<&str> = [body.postal.as_deref(), body.url.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    let answered = match case.final_response_on {
        Some(d) => format!(
            "American Express sent its final response on {d}; it did not resolve my complaint."
        ),
        None => "American Express has not sent a final response.".to_string(),
    };
    let mut blocks = vec![
        Block::WriteIn("Your name".to_string()),
        Block::WriteIn("Your address".to_string()),
        Block::Space,
        Block::Para(format!("Date: {today}")),
        Block::Space,
        Block::Para(format!("To: {} ({})", body.name, reach.join(", "))),
        Block::Space,
        Block::Title(format!("Complaint about American Express, referred to {}", body.name)),
        Block::Field("Account".to_string(), case.card_text()),
        Block::Field(
            "Charge".to_string(),
            format!("{} from {}", case.amount_text(), case.merchant),
        ),
        Block::Field(
            "Complained to American Express".to_string(),
            date(case.filed_on, "[date of your complaint]"),
        ),
        Block::Field(
            "Its final response".to_string(),
            date(case.final_response_on, "none received"),
        ),
        Block::Space,
        Block::Para(format!(
            "I complained to American Express about the charge above. {answered} I ask you to consider my complaint."
        )),
        Block::Para(if case.description.trim().is_empty() {
            "[Say in a few sentences what happened, what you asked American Express for, and what it answered.]".to_string()
        } else {
            case.description.clone()
        }),
        Block::Para("Enclosed: my complaint, American Express's answers, the statement showing the charge, and my evidence.".to_string()),
        Block::Space,
        Block::WriteIn("Signature".to_string()),
        Block::Space,
        Block::Heading("Time limits".to_string()),
        Block::Small(body.timeline.clone()),
    ];
    let (dated, _) = crate::disputes::deadlines(case, catalogs.disputes, today);
    for d in dated.iter().filter(|d| {
        matches!(
            d.kind,
            crate::disputes::catalog::RuleKind::Ombudsman
                | crate::disputes::catalog::RuleKind::OmbudsmanDeadline
        )
    }) {
        blocks.push(Block::Field(
            format!("{} ({})", d.label, d.standing),
            d.due.to_string(),
        ));
        blocks.push(Block::Small(d.citation.clone()));
    }
    for page in &body.evidence {
        blocks.push(Block::Small(format!("Source: {}", page.citation())));
    }
    blocks.push(Block::Small(
        "Amex Desk is unofficial and not affiliated with American Express or with this body. This is not legal advice: check the body's own page for its current rules.".to_string(),
    ));
    Some(Doc {
        title: format!("Referral to {}", body.name),
        footer: format!("Amex Desk (unofficial) - printed {today} - not legal advice"),
        blocks,
    })
}

/// The table as text.
pub(crate) fn render_text(rows: &[MarketAfter]) -> String {
    let mut out = format!(
        "{:<22} {:<45} {:<16} LETTER\n",
        "MARKET", "EXTERNAL BODY (END OF LADDER)", "DEADLINE RULES"
    );
    for r in rows {
        let body = r.external_body.clone().unwrap_or_else(|| {
            if r.ladder_steps == 0 {
                "none recorded".to_string()
            } else {
                "ladder without an external body".to_string()
            }
        });
        let rules = if r.deadline_rules == 0 {
            "none known".to_string()
        } else if r.secondary_rules > 0 {
            format!("{} ({} secondary)", r.deadline_rules, r.secondary_rules)
        } else {
            r.deadline_rules.to_string()
        };
        out.push_str(&format!(
            "{:<22} {:<45} {:<16} {}\n",
            format!("{} {}", r.code, r.name)
                .chars()
                .take(22)
                .collect::<String>(),
            body.chars().take(45).collect::<String>(),
            rules,
            r.letter
        ));
    }
    let with_body = rows.iter().filter(|r| r.external_body.is_some()).count();
    let with_rules = rows.iter().filter(|r| r.deadline_rules > 0).count();
    out.push_str(&format!(
        "\n{} markets: {with_body} with a ladder to their external body, {with_rules} with dated deadline rules.\n",
        rows.len()
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_markets_the_issue_names_end_at_their_own_body_or_say_none() {
        let dir = Directory::builtin().unwrap();
        let catalogs = Catalogs::load().unwrap();
        let rows = coverage_after(&dir, &catalogs);
        let row = |c: &str| rows.iter().find(|r| r.code == c).unwrap();
        for (code, body) in [
            ("GB", "Financial Ombudsman Service"),
            ("IE", "Financial Services and Pensions Ombudsman (FSPO)"),
            ("ES", "Banco de España: Servicio de Reclamaciones"),
            ("NL", "Kifid (Klachteninstituut Financiële Dienstverlening)"),
            (
                "CA",
                "Ombudsman for Banking Services and Investments (OBSI)",
            ),
            ("AU", "Australian Financial Complaints Authority (AFCA)"),
            ("IN", "Reserve Bank of India: Integrated Ombudsman Scheme"),
            (
                "SG",
                "Financial Industry Disputes Resolution Centre (FIDReC)",
            ),
            ("HK", "Financial Dispute Resolution Centre (FDRC)"),
            ("NZ", "Financial Services Complaints Limited (FSCL)"),
            ("DE", "Schlichtungsstelle bei der Deutschen Bundesbank"),
            ("IT", "Arbitro Bancario Finanziario (ABF)"),
            (
                "MX",
                "Comisión Nacional para la Protección y Defensa de los Usuarios de Servicios Financieros (CONDUSEF)",
            ),
        ] {
            assert_eq!(row(code).external_body.as_deref(), Some(body), "{code}");
            assert!(row(code).deadline_rules > 0, "{code}");
        }
        // Japan's ladder ends at the Consumer Hotline; its law has no dated rule here.
        assert!(
            row("JP")
                .external_body
                .as_deref()
                .unwrap()
                .contains("Consumer Hotline 188")
        );
        assert_eq!(row("JP").deadline_rules, 0);
        // France's mediator was not found: the ladder has no body and says so.
        assert_eq!(row("FR").external_body, None);
        assert!(row("FR").ladder_steps > 0 && row("FR").deadline_rules >= 2);
        // A UK case goes to the Financial Ombudsman Service, with its time limits dated.
        let now: jiff::Timestamp = "2026-12-05T10:00:00Z".parse().unwrap();
        let mut case = crate::records::Case::new(now, "unauthorized", "GB");
        case.merchant = "Acme".into();
        case.filed_on = Some(jiff::civil::date(2026, 11, 2));
        case.final_response_on = Some(jiff::civil::date(2026, 11, 20));
        let doc = referral_doc(&case, &catalogs, jiff::civil::date(2026, 12, 5)).unwrap();
        let md = crate::disputes::docs::to_markdown(&doc);
        assert!(
            md.contains("Financial Ombudsman Service") && md.contains("2027-05-20"),
            "{md}"
        );
        assert!(md.contains("final response on 2026-11-20"));
        // No referral where no external body was found (France's mediator).
        let fr = crate::records::Case::new(now, "unauthorized", "FR");
        assert!(referral_doc(&fr, &catalogs, jiff::civil::date(2026, 12, 5)).is_none());
        let text = render_text(&rows);
        assert!(text.contains("none recorded") && text.contains("none known"));
        assert_eq!(row("US").letter, "billing-error notice (Regulation Z)");
    }
}
