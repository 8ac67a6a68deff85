//! What the app has for each market after the number (issue 27, `coverage --after`):
//! the escalation ladder and the external body it ends at, the dated deadline rules
//! (own and EEA-wide), the letter a case gets, and the years of the pages behind them.
//! Pure: reads the catalogs.

use serde::Serialize;

use crate::catalogs::Catalogs;
use crate::directory::Directory;
use crate::t;

/// One market's row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MarketAfter {
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
    /// The letters a case there can print, by their command-line names
    /// ([`crate::disputes::letters::Letter::slug`], and `referral` for the letter to the
    /// external body), whatever its dispute type.
    pub letters: Vec<&'static str>,
    /// The best line of the market's own for personal cards (`None`: none).
    pub personal_card_line: Option<crate::directory::Status>,
    /// The oldest and newest year shown by the pages behind its rules and ladder.
    pub page_years: Option<(u16, u16)>,
}

impl MarketAfter {
    /// Where the ladder ends, in words: the body, or that none is recorded.
    pub(crate) fn body_text(&self) -> String {
        match (&self.external_body, self.ladder_steps) {
            (Some(body), _) => body.clone(),
            (None, 0) => t!("cli-after-none-recorded"),
            (None, _) => t!("cli-after-no-body"),
        }
    }

    /// "3", "2 (1 secondary)" or "none known".
    pub(crate) fn rules_text(&self) -> String {
        if self.deadline_rules == 0 {
            t!("cli-after-none-known")
        } else if self.secondary_rules > 0 {
            t!(
                "cli-after-rules-secondary",
                rules = self.deadline_rules,
                secondary = self.secondary_rules
            )
        } else {
            self.deadline_rules.to_string()
        }
    }

    /// The letters' short names, in the reader's language, comma-separated.
    pub(crate) fn letters_text(&self) -> String {
        let names: Vec<String> = self.letters.iter().map(|l| letter_short_name(l)).collect();
        names.join(", ")
    }
}

/// The name of the letter to the external body, beside the letters' own.
const REFERRAL: &str = "referral";

/// Every market of the directory, in its order.
pub(crate) fn coverage_after(dir: &Directory, catalogs: &Catalogs) -> Vec<MarketAfter> {
    let lines = crate::directory::coverage::coverage(dir);
    dir.countries
        .iter()
        .filter(|c| c.code.len() == 2)
        .map(|c| {
            let personal = lines
                .markets
                .iter()
                .find(|m| m.code == c.code)
                .and_then(|m| m.personal_card_line);
            market_after(dir, catalogs, &c.code, personal)
        })
        .collect()
}

/// The letters a case in `code` can print, over every dispute type, in
/// [`Letter::ALL`] order, then the referral where there is an external body.
fn letters_of(catalogs: &Catalogs, code: &str) -> Vec<&'static str> {
    use crate::disputes::letters::{Letter, letters_for};
    let now = jiff::Timestamp::UNIX_EPOCH;
    let offered: Vec<Letter> = catalogs
        .disputes
        .types
        .iter()
        .flat_map(|t| {
            letters_for(
                &crate::records::Case::new(now, &t.slug, code),
                catalogs.disputes,
            )
        })
        .collect();
    let mut out: Vec<&'static str> = Letter::ALL
        .into_iter()
        .filter(|l| offered.contains(l))
        .map(Letter::slug)
        .collect();
    if external_body(catalogs, code).is_some() {
        out.push(REFERRAL);
    }
    out
}

fn market_after(
    dir: &Directory,
    catalogs: &Catalogs,
    code: &str,
    personal_card_line: Option<crate::directory::Status>,
) -> MarketAfter {
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
        letters: letters_of(catalogs, code),
        personal_card_line,
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
    let body = external_body(catalogs, &case.country)?.localized();
    let date = |d: Option<jiff::civil::Date>, missing: String| {
        d.map(crate::format::date).unwrap_or(missing)
    };
    let reach: Vec<&str> = [body.postal.as_deref(), body.url.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    let answered = match case.final_response_on {
        Some(d) => t!(
            "prep-referral-final-response",
            date = crate::format::date(d)
        ),
        None => t!("prep-referral-no-final-response"),
    };
    let mut blocks = vec![
        Block::WriteIn(t!("prep-referral-your-name")),
        Block::WriteIn(t!("prep-referral-your-address")),
        Block::Space,
        Block::Para(t!("prep-referral-date", date = crate::format::date(today))),
        Block::Space,
        Block::Para(t!(
            "prep-referral-to",
            body = &body.name,
            reach = reach.join(", ")
        )),
        Block::Space,
        Block::Title(t!("prep-referral-title", body = &body.name)),
        Block::Field(t!("prep-referral-account"), case.card_text()),
        Block::Field(
            t!("prep-referral-charge"),
            t!(
                "prep-referral-charge-value",
                amount = case.amount_shown(),
                merchant = &case.merchant
            ),
        ),
        Block::Field(
            t!("prep-referral-complained"),
            date(case.filed_on, t!("prep-referral-complaint-date-missing")),
        ),
        Block::Field(
            t!("prep-referral-final-response-label"),
            date(case.final_response_on, t!("prep-referral-none-received")),
        ),
        Block::Space,
        Block::Para(t!("prep-referral-request", answered = answered)),
        Block::Para(if case.description.trim().is_empty() {
            t!("prep-referral-say-what-happened")
        } else {
            case.description.clone()
        }),
        Block::Para(t!("prep-referral-enclosed")),
        Block::Space,
        Block::WriteIn(t!("prep-referral-signature")),
        Block::Space,
        Block::Heading(t!("prep-referral-time-limits")),
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
            format!("{} ({})", d.localized_label, d.standing),
            crate::format::date(d.due),
        ));
        blocks.push(Block::Small(d.citation.clone()));
    }
    for page in &body.evidence {
        blocks.push(Block::Small(t!("prep-source", source = page.citation())));
    }
    blocks.push(Block::Small(t!("prep-referral-disclaimer")));
    Some(Doc {
        title: t!("prep-referral-doc-title", body = &body.name),
        footer: t!("prep-referral-footer", date = crate::format::date(today)),
        blocks,
    })
}

/// The table as text.
pub(crate) fn render_text(rows: &[MarketAfter]) -> String {
    use crate::columns::{fit, pad};
    let mut out = format!(
        "{} {} {} {} {}\n",
        pad(&t!("cli-after-col-market"), 22),
        pad(&t!("cli-after-col-body"), 40),
        pad(&t!("cli-after-col-rules"), 16),
        pad(&t!("cli-after-col-personal"), 8),
        t!("cli-after-col-letter")
    );
    for r in rows {
        let (body, rules) = (r.body_text(), r.rules_text());
        let personal = crate::directory::coverage::cell_letter(r.personal_card_line);
        out.push_str(&format!(
            "{} {} {} {} {}\n",
            fit(&format!("{} {}", r.code, r.name), 22),
            fit(&body, 40),
            pad(&rules, 16),
            pad(&personal.to_string(), 8),
            r.letters_text()
        ));
    }
    let with_body = rows.iter().filter(|r| r.external_body.is_some()).count();
    let with_rules = rows.iter().filter(|r| r.deadline_rules > 0).count();
    out.push('\n');
    out.push_str(&t!("cli-after-personal-legend"));
    out.push('\n');
    out.push_str(&t!(
        "cli-after-summary",
        markets = rows.len(),
        with_body = with_body,
        with_rules = with_rules
    ));
    out.push('\n');
    out
}

/// A letter's short name for the table, in the reader's language.
fn letter_short_name(slug: &str) -> String {
    match slug {
        "billing-error" => t!("cli-after-letter-billing-error"),
        "unauthorised-payment" => t!("cli-after-letter-unauthorised"),
        "section-75" => t!("cli-after-letter-section-75"),
        REFERRAL => t!("cli-after-letter-referral"),
        _ => t!("cli-after-letter-complaint"),
    }
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
        // Japan's ladder ends at the Consumer Hotline; its one dated rule is Amex Japan's.
        assert!(
            row("JP")
                .external_body
                .as_deref()
                .unwrap()
                .contains("Consumer Hotline 188")
        );
        assert_eq!(
            row("JP").deadline_rules,
            1,
            "American Express Japan's 60 days"
        );
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
        assert_eq!(row("US").letters, ["billing-error", "referral"]);
        assert_eq!(
            row("GB").letters,
            [
                "unauthorised-payment",
                "section-75",
                "complaint",
                "referral"
            ],
            "the UK's notice of an unauthorised payment and s.75 claim"
        );
        for eea in ["DE", "ES", "IE", "IT", "NL", "FR"] {
            assert!(row(eea).letters.contains(&"unauthorised-payment"), "{eea}");
        }
        for elsewhere in ["CA", "AU", "JP", "MX", "IN", "SG", "HK", "NZ"] {
            assert!(!row(elsewhere).letters.contains(&"unauthorised-payment"));
            assert!(!row(elsewhere).letters.contains(&"section-75"));
            assert!(row(elsewhere).letters.contains(&"complaint"), "{elsewhere}");
        }
    }
}
