//! What the app has for each market after the number (issue 27, `coverage --after`):
//! the escalation ladder and the external body it ends at, the dated deadline rules
//! (own and EEA-wide), the letter a case gets, and the years of the pages behind them.
//! Pure: reads the catalogs.

use serde::Serialize;

use crate::catalogs::Catalogs;
use crate::directory::Directory;

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
    /// The letter a case gets.
    pub letter: &'static str,
    /// The oldest and newest year shown by the pages behind its rules and ladder.
    pub page_years: Option<(u16, u16)>,
}

/// Every market of the directory, in its order.
pub fn coverage_after(dir: &Directory, catalogs: &Catalogs) -> Vec<MarketAfter> {
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

/// The table as text.
pub fn render_text(rows: &[MarketAfter]) -> String {
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
        ] {
            assert_eq!(row(code).external_body.as_deref(), Some(body), "{code}");
            assert!(row(code).deadline_rules > 0, "{code}");
        }
        for code in ["DE", "FR", "IT"] {
            assert_eq!(row(code).external_body, None, "{code}");
            assert_eq!(
                row(code).secondary_rules,
                row(code).deadline_rules,
                "{code}"
            );
        }
        for code in ["JP", "MX"] {
            assert_eq!(row(code).deadline_rules, 0, "{code}");
        }
        let text = render_text(&rows);
        assert!(text.contains("none recorded") && text.contains("none known"));
        assert_eq!(row("US").letter, "billing-error notice (Regulation Z)");
    }
}
