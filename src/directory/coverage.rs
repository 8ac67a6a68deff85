//! Coverage: markets by purposes, with the best status the directory has in each cell,
//! so what is missing is as visible as what is there (`amex-desk coverage`).

use serde::Serialize;

use super::load::{Contact, Directory};
use super::model::{Purpose, Status, Tiers};

/// One market's row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MarketRow {
    /// ISO 3166-1 alpha-2 code.
    pub code: String,
    /// English name.
    pub name: String,
    /// Best status per purpose, in `Purpose::ALL` order (`None`: no line).
    pub cells: Vec<Option<Status>>,
    /// The best status over the row's card-account purposes (not gift and prepaid
    /// cards, not merchants: other products and audiences).
    pub best: Option<Status>,
    /// Whether an official card-account line serves every card (not only some tiers).
    pub official_for_every_card: bool,
    /// The best status among the market's own card-account lines that serve personal
    /// cards (not only Corporate or business cards, not another product's line).
    pub personal_card_line: Option<Status>,
    /// The market whose branch serves this one's cardholders, as a page says.
    pub served_by: Option<String>,
    /// American Express no longer issues cards here, as a page says.
    pub no_longer_issued: bool,
}

/// The whole table and its summary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Coverage {
    /// The purposes, as columns.
    pub purposes: Vec<Purpose>,
    /// One row per market of the countries table.
    pub markets: Vec<MarketRow>,
    /// Markets with at least one official card-account line of their own.
    pub official_markets: usize,
    /// Of those, the markets whose official lines serve only some cards (Corporate,
    /// Platinum...).
    pub official_some_cards_only: Vec<String>,
    /// Lines that serve several markets with another country's number (e.g. a US
    /// toll-free line for dollar cards across Latin America): listed, not counted.
    pub regional_lines: Vec<String>,
    /// Per purpose: how many markets have an official line for it.
    pub official_per_purpose: Vec<usize>,
}

/// Computes the table: phone lines only (what a caller can dial), statuses that are
/// offered as Amex lines, each market's own lines (not the worldwide ones).
pub fn coverage(dir: &Directory) -> Coverage {
    let purposes = Purpose::ALL.to_vec();
    let markets: Vec<MarketRow> = dir
        .countries
        .iter()
        .map(|country| {
            let cells: Vec<Option<Status>> = purposes
                .iter()
                .map(|p| best_for(dir, &country.code, *p))
                .collect();
            let best = purposes
                .iter()
                .zip(&cells)
                .filter(|(p, _)| !OTHER_PRODUCTS.contains(p))
                .filter_map(|(_, c)| *c)
                .min();
            let official_for_every_card = own_lines(dir, &country.code).any(|c| {
                c.grade.status == Status::Official
                    && c.record.tiers == Tiers::Any
                    && !for_other_products(c)
            });
            let personal_card_line = own_lines(dir, &country.code)
                .filter(|c| !for_other_products(c))
                .filter(|c| super::product::serves(c, super::product::CardKind::Personal))
                .map(|c| c.grade.status)
                .min();
            MarketRow {
                code: country.code.clone(),
                name: country.name.clone(),
                cells,
                best,
                official_for_every_card,
                personal_card_line,
                served_by: country.served_by().map(str::to_string),
                no_longer_issued: matches!(
                    country.note.as_ref().map(|n| &n.standing),
                    Some(super::model::Standing::NoLongerIssued)
                ),
            }
        })
        .collect();
    let official_markets = markets
        .iter()
        .filter(|m| m.best == Some(Status::Official))
        .count();
    let official_some_cards_only = markets
        .iter()
        .filter(|m| m.best == Some(Status::Official) && !m.official_for_every_card)
        .map(|m| m.code.clone())
        .collect();
    let regional_lines = dir
        .contacts
        .iter()
        .filter(|c| c.record.kind.is_callable() && c.grade.status.is_amex_line())
        .filter(|c| c.record.dial_region.is_some() && c.record.countries.len() > 1)
        .map(|c| c.record.id.clone())
        .collect();
    let official_per_purpose = (0..purposes.len())
        .map(|i| {
            markets
                .iter()
                .filter(|m| m.cells[i] == Some(Status::Official))
                .count()
        })
        .collect();
    Coverage {
        purposes,
        markets,
        official_markets,
        official_some_cards_only,
        regional_lines,
        official_per_purpose,
    }
}

/// Gift and prepaid cards, and merchants: other products and audiences than a card
/// account, so they do not make a market "covered".
const OTHER_PRODUCTS: [Purpose; 2] = [Purpose::GiftCards, Purpose::MerchantServices];

/// A gift or prepaid card line, or a merchant line: its purposes (a lost prepaid card,
/// say) are not a card account's.
fn for_other_products(contact: &Contact) -> bool {
    contact
        .grade
        .purposes
        .iter()
        .any(|p| OTHER_PRODUCTS.contains(p))
}

/// A market's own lines: callable, offered as Amex lines, serving that market, with a
/// number of the market's own numbering plan (a line that is another country's number
/// serving several markets is regional, not the market's own).
fn own_lines<'a>(dir: &'a Directory, market: &'a str) -> impl Iterator<Item = &'a Contact> + 'a {
    dir.contacts
        .iter()
        .filter(|c| c.record.kind.is_callable() && c.grade.status.is_amex_line())
        .filter(move |c| c.record.countries.iter().any(|m| m == market))
        .filter(move |c| {
            c.record.dial_region.is_none() || c.record.dial_region.as_deref() == Some(market)
        })
}

fn best_for(dir: &Directory, market: &str, purpose: Purpose) -> Option<Status> {
    let card_account = !OTHER_PRODUCTS.contains(&purpose);
    own_lines(dir, market)
        .filter(|c| c.grade.purposes.contains(&purpose))
        .filter(|c| !(card_account && for_other_products(c)))
        .map(|c| c.grade.status)
        .min()
}

/// One letter per status for the text table.
pub(crate) fn cell_letter(status: Option<Status>) -> char {
    match status {
        Some(Status::Official) => 'O',
        Some(Status::Corroborated) => 'C',
        Some(Status::SingleSource) => 's',
        Some(Status::Conflicting) => 'x',
        Some(Status::Superseded) => '^',
        Some(Status::Outdated) => 'o',
        Some(_) | None => '.',
    }
}

/// A short column heading per purpose.
pub(crate) fn column_heading(purpose: Purpose) -> &'static str {
    match purpose {
        Purpose::General => "gen",
        Purpose::LostCard => "lost",
        Purpose::Fraud => "frd",
        Purpose::Disputes => "dsp",
        Purpose::TravelEmergency => "trv",
        Purpose::Applications => "app",
        Purpose::Rewards => "rwd",
        Purpose::Retention => "ret",
        Purpose::Complaints => "cmp",
        Purpose::Payments => "pay",
        Purpose::Technical => "tec",
        Purpose::CloseAccount => "cls",
        Purpose::GiftCards => "gift",
        Purpose::Accessibility => "tty",
        Purpose::MerchantServices => "mer",
    }
}

/// The plain-text table with its legend and summary, as `amex-desk coverage` prints it.
pub(crate) fn render_text(cov: &Coverage) -> String {
    let mut out = String::new();
    out.push_str(&format!("{:<26}", "market"));
    for p in &cov.purposes {
        out.push_str(&format!("{:>5}", column_heading(*p)));
    }
    out.push('\n');
    for m in &cov.markets {
        let name = format!("{} {}", m.code, m.name);
        let name: String = name.chars().take(25).collect();
        out.push_str(&format!("{name:<26}"));
        for cell in &m.cells {
            out.push_str(&format!("{:>5}", cell_letter(*cell)));
        }
        out.push('\n');
    }
    out.push_str(
        "\nO official  C corroborated  s single-source  x conflicting  ^ superseded  o outdated  . none\n",
    );
    out.push_str(&format!(
        "\nMarkets with an official line of their own for a card account: {} of {}\n",
        cov.official_markets,
        cov.markets.len()
    ));
    if !cov.official_some_cards_only.is_empty() {
        out.push_str(&format!(
            "  of which only for some cards (Corporate, Platinum...): {}\n",
            cov.official_some_cards_only.join(" ")
        ));
    }
    if !cov.regional_lines.is_empty() {
        out.push_str(&format!(
            "Regional lines (another country's number for several markets), listed but not counted: {}\n",
            cov.regional_lines.join(" ")
        ));
    }
    out.push_str("Markets with an official line, per purpose:\n");
    for (p, n) in cov.purposes.iter().zip(&cov.official_per_purpose) {
        out.push_str(&format!("  {:<32}{n}\n", p.label()));
    }
    let served: Vec<String> = cov
        .markets
        .iter()
        .filter_map(|m| m.served_by.as_ref().map(|by| format!("{} by {by}", m.code)))
        .collect();
    if !served.is_empty() {
        out.push_str(&format!(
            "Served by another market's branch (its lines are shown for them): {}\n",
            served.join(", ")
        ));
    }
    let not_issued: Vec<&str> = cov
        .markets
        .iter()
        .filter(|m| m.no_longer_issued)
        .map(|m| m.code.as_str())
        .collect();
    if !not_issued.is_empty() {
        out.push_str(&format!(
            "American Express no longer issues cards there (as a page says): {}\n",
            not_issued.join(" ")
        ));
    }
    let without: Vec<&str> = cov
        .markets
        .iter()
        .filter(|m| m.best != Some(Status::Official))
        .filter(|m| m.served_by.is_none() && !m.no_longer_issued)
        .map(|m| m.code.as_str())
        .collect();
    if !without.is_empty() {
        out.push_str(&format!(
            "No official card-account line: {} (call the number on the back of the card; the window says what else to try)\n",
            without.join(" ")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row<'a>(cov: &'a Coverage, code: &str) -> &'a MarketRow {
        cov.markets.iter().find(|m| m.code == code).unwrap()
    }

    fn cell(cov: &Coverage, code: &str, purpose: Purpose) -> Option<Status> {
        let i = cov.purposes.iter().position(|p| *p == purpose).unwrap();
        row(cov, code).cells[i]
    }

    #[test]
    fn the_shipped_directory_covers_its_markets_honestly() {
        let cov = coverage(&Directory::builtin().unwrap());
        assert!(cov.official_markets >= 25, "{}", cov.official_markets);
        assert_eq!(cell(&cov, "GB", Purpose::LostCard), Some(Status::Official));
        assert_eq!(cell(&cov, "NZ", Purpose::Fraud), Some(Status::Official));
        // A prepaid card's lost-card line is not a card account's.
        assert_ne!(cell(&cov, "ZA", Purpose::LostCard), Some(Status::Official));
        assert_eq!(cell(&cov, "ZA", Purpose::GiftCards), Some(Status::Official));
        // Merchant lines show in their column but do not make a market covered.
        assert_eq!(
            cell(&cov, "QA", Purpose::MerchantServices),
            Some(Status::Official)
        );
        assert_ne!(row(&cov, "QA").best, Some(Status::Official));
        // A US number for dollar cards across Latin America is regional, not Panama's own.
        assert!(
            cov.regional_lines
                .contains(&"latam-dollar-card".to_string())
        );
        assert_eq!(row(&cov, "PA").best, None);
        // Corporate-only markets are counted and named.
        assert!(cov.official_some_cards_only.contains(&"DE".to_string()));
        let text = render_text(&cov);
        assert!(text.contains("Markets with an official line of their own for a card account"));
        assert!(text.contains("No official card-account line:"));
    }
}
