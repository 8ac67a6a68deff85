//! What to do when a market has no official line: never an empty answer. The number on
//! the back of the card comes first; then the from-abroad lines of the markets that
//! issue most cards, which work from anywhere for cards issued there.

use super::load::{Contact, Directory};
use super::model::{Kind, Purpose, Status, Tiers};
use super::product::{self, CardKind, Product};
use crate::t;

/// Advice for a market with no official card-account line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarketAdvice {
    /// The market's code.
    pub market: String,
    /// Its English name.
    pub name: String,
    /// Why there is no official line, in a sentence.
    pub why: String,
    /// The official from-abroad lines of other markets (contact ids), one per market,
    /// call-collect lines first within a market.
    pub from_abroad: Vec<String>,
}

/// The numbered steps shown in the window and printed by `find`.
pub(crate) const STEPS: [Step; 3] = [Step::BackOfCard, Step::CardFromAbroad, Step::LostCard];

/// One of the [`STEPS`]: shown (`Display`) in the current language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Step {
    /// The number on the back of the card.
    BackOfCard,
    /// The from-abroad line of the country the card comes from.
    CardFromAbroad,
    /// Freeze a lost card in the app, then call.
    LostCard,
}

impl std::fmt::Display for Step {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Step::BackOfCard => t!("numbers-advice-step-back-of-card"),
            Step::CardFromAbroad => t!("numbers-advice-step-card-from-abroad"),
            Step::LostCard => t!("numbers-advice-step-lost-card"),
        })
    }
}

/// The advice for `market`, or `None` when it has an official everyday line of its own:
/// for every card, for general questions, a lost card or fraud (a market whose only
/// official lines are for Corporate cards, say, still gets the advice).
pub(crate) fn market_advice(dir: &Directory, market: &str) -> Option<MarketAdvice> {
    if market == "worldwide" || has_everyday_line(dir, market) {
        return None;
    }
    let name = dir.country_name(market).to_string();
    let why = why_no_line(dir, market, &name);
    Some(MarketAdvice {
        market: market.to_string(),
        name,
        why,
        from_abroad: from_abroad_lines(dir, market),
    })
}

/// Why the market gets advice, per product: what its official lines serve when it has
/// some ("the official lines below are for Corporate Cards"), else that no page we
/// have gives one.
fn why_no_line(dir: &Directory, market: &str, name: &str) -> String {
    if let Some(why) = market_note_text(dir, market, name) {
        return why;
    }
    let official: Vec<&Contact> = dir
        .contacts
        .iter()
        .filter(|c| c.record.countries.iter().any(|m| m == market))
        .filter(|c| c.record.kind.is_callable() && c.grade.status == Status::Official)
        .collect();
    let mut products: Vec<Product> = official
        .iter()
        .flat_map(|c| product::line_products(c))
        .collect();
    products.dedup();
    let mut serves: Vec<String> = Vec::new();
    for p in products {
        if !serves.iter().any(|s| s == p.label()) {
            serves.push(p.label().to_string());
        }
    }
    let personal_tiers: Vec<String> = official
        .iter()
        .filter(|c| product::serves(c, CardKind::Personal))
        .filter_map(|c| match &c.record.tiers {
            Tiers::Only(tiers) => Some(tiers.iter().map(|t| t.label().to_string())),
            Tiers::Any => None,
        })
        .flatten()
        .collect();
    for tier in personal_tiers {
        let text = t!("numbers-advice-tier-cards-only", tier = tier);
        if !serves.contains(&text) {
            serves.push(text);
        }
    }
    if official.is_empty() {
        let known = dir.contacts.iter().any(|c| {
            c.record.countries.iter().any(|m| m == market) && c.grade.status.is_amex_line()
        });
        return if known {
            t!("numbers-advice-no-page-other-sources", country = name)
        } else {
            t!("numbers-advice-no-page", country = name)
        };
    }
    if serves.is_empty() {
        return t!("numbers-advice-no-personal-line", country = name);
    }
    t!(
        "numbers-advice-official-lines-for",
        country = name,
        products = and_list(&serves)
    )
}

/// What the market's note says, with its page: another market's branch serves it, or
/// American Express no longer issues cards there.
pub(crate) fn market_note_text(dir: &Directory, market: &str, name: &str) -> Option<String> {
    use super::model::Standing;
    let note = dir.country(market)?.note.as_ref()?;
    let page = dir
        .source(&note.source)
        .map(|s| s.short_name())
        .unwrap_or_default();
    let quote = note.translation.as_deref().unwrap_or(&note.quote);
    Some(match &note.standing {
        Standing::ServedBy(by) => t!(
            "numbers-advice-served-by",
            country = name,
            other = dir.country_name(by),
            page = page,
            quote = quote
        ),
        Standing::NoLongerIssued => {
            let secondary = dir
                .source(&note.source)
                .is_some_and(|s| s.kind == super::model::SourceKind::ThirdParty);
            if secondary {
                t!(
                    "numbers-advice-no-longer-issued-reported",
                    country = name,
                    page = page,
                    quote = quote
                )
            } else {
                t!(
                    "numbers-advice-no-longer-issued",
                    country = name,
                    page = page,
                    quote = quote
                )
            }
        }
    })
}

/// "a", "a and b", "a, b and c" (in the current language).
fn and_list(items: &[String]) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => t!(
            "numbers-advice-and-list",
            rest = rest.join(", "),
            last = last
        ),
        _ => items.join(""),
    }
}

fn has_everyday_line(dir: &Directory, market: &str) -> bool {
    dir.contacts.iter().any(|c| {
        c.record.countries.iter().any(|m| m == market)
            && c.record.kind.is_callable()
            && c.grade.status == Status::Official
            && c.record.tiers == Tiers::Any
            && c.record.dial_region.as_deref().is_none_or(|r| r == market)
            && c.grade
                .purposes
                .iter()
                .any(|p| matches!(p, Purpose::General | Purpose::LostCard | Purpose::Fraud))
            && !c.grade.purposes.contains(&Purpose::GiftCards)
    })
}

/// Official lines for calling from abroad about a lost card or anything else, for every
/// card, one per market (collect first), in the countries table's order, excluding
/// `market` itself.
fn from_abroad_lines(dir: &Directory, market: &str) -> Vec<String> {
    let mut out: Vec<&Contact> = Vec::new();
    for country in &dir.countries {
        if country.code == market {
            continue;
        }
        let best = dir
            .contacts
            .iter()
            .filter(|c| c.record.number_region() == Some(country.code.as_str()))
            .filter(|c| c.record.countries.contains(&country.code))
            .filter(|c| matches!(c.record.kind, Kind::International | Kind::Collect))
            .filter(|c| c.grade.status == Status::Official && c.record.tiers == Tiers::Any)
            .filter(|c| c.phone.is_some())
            .filter(|c| {
                c.grade
                    .purposes
                    .iter()
                    .any(|p| matches!(p, Purpose::LostCard | Purpose::General))
                    && !c
                        .grade
                        .purposes
                        .iter()
                        .any(|p| matches!(p, Purpose::GiftCards | Purpose::MerchantServices))
            })
            .min_by_key(|c| {
                (
                    c.record.kind != Kind::Collect,
                    std::cmp::Reverse(c.grade.amex_pages),
                )
            });
        if let Some(c) = best {
            out.push(c);
        }
    }
    out.into_iter().map(|c| c.record.id.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_market_without_an_official_line_gets_steps_and_lines_that_work_from_abroad() {
        // Germany's official lines are for Corporate cards only: advice all the same,
        // and it says what the lines are for.
        let de = market_advice(&Directory::builtin().unwrap(), "DE").unwrap();
        assert!(
            de.why.contains("personal-card line for Germany") && de.why.contains("Corporate Cards"),
            "{}",
            de.why
        );
        let d = Directory::builtin().unwrap();
        let advice = market_advice(&d, "SE").expect("Sweden has no official card line");
        assert_eq!(advice.name, "Sweden");
        assert!(advice.why.contains("Sweden"));
        assert!(advice.from_abroad.len() >= 3, "{:?}", advice.from_abroad);
        assert_eq!(advice.from_abroad[0], "us-collect-abroad");
        for id in &advice.from_abroad {
            let c = d.contact(id).unwrap();
            assert_eq!(c.grade.status, Status::Official, "{id}");
            assert!(
                matches!(c.record.kind, Kind::International | Kind::Collect),
                "{id}"
            );
        }
        assert!(advice.from_abroad.iter().any(|id| id == "gb-from-abroad"));
    }

    /// Issue 27: Luxembourg's cardholders are served by the Belgian branch, so
    /// Belgium's lines are theirs, and the advice says so with its page; Portugal's
    /// cards are no longer issued, as the press reports; neither is counted as a gap.
    #[test]
    fn a_market_served_by_another_shows_its_lines_and_says_why() {
        use crate::directory::filter::{Filters, run};
        let d = Directory::builtin().unwrap();
        let lu = Filters {
            country: Some("LU".into()),
            ..Filters::default()
        };
        let shown: Vec<&str> = run(&d, &lu, "")
            .hits
            .iter()
            .map(|h| d.contacts[*h].record.id.as_str())
            .collect();
        let belgian: Vec<&str> = d
            .contacts
            .iter()
            .filter(|c| c.record.countries == ["BE"] && c.grade.status.shown_by_default())
            .map(|c| c.record.id.as_str())
            .collect();
        assert!(!belgian.is_empty());
        for id in &belgian {
            assert!(
                shown.contains(id),
                "{id} not shown for Luxembourg: {shown:?}"
            );
        }
        let why = market_advice(&d, "LU").unwrap().why;
        assert!(
            why.contains("Belgium") && why.contains("americanexpress.com/fr-be"),
            "{why}"
        );
        let pt = market_advice(&d, "PT").unwrap().why;
        assert!(pt.contains("Press reports") && pt.contains("2018"), "{pt}");
        let cov = crate::directory::coverage::coverage(&d);
        let row = |code: &str| cov.markets.iter().find(|m| m.code == code).unwrap();
        assert_eq!(row("LU").served_by.as_deref(), Some("BE"));
        assert!(row("PT").no_longer_issued && !row("GB").no_longer_issued);
        let text = crate::directory::coverage::render_text(&cov);
        let gaps = text.lines().find(|l| l.starts_with("No official")).unwrap();
        assert!(!gaps.contains(" LU") && !gaps.contains(" PT"), "{gaps}");
    }

    #[test]
    fn a_market_with_an_official_line_needs_no_advice() {
        let d = Directory::builtin().unwrap();
        for market in ["US", "GB", "CA", "AU", "ES", "NZ", "SA", "AT"] {
            assert!(market_advice(&d, market).is_none(), "{market}");
        }
        // Ireland's only official lost-card line is in the withdrawn 1850 range.
        assert!(market_advice(&d, "IE").is_some());
    }
}
