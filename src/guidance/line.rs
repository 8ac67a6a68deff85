//! The line call prep names: for the caller's purpose, card and market, one that can be
//! dialled from where they are, and never another product's line without saying so.

use crate::directory::filter::{self, Filters};
use crate::directory::model::Tiers;
use crate::directory::phone::Reach;
use crate::directory::product::{self, CardKind, Product};
use crate::directory::view::{abroad_alternative, number_view};
use crate::directory::{Channel, Contact, Directory, Kind, Purpose, Status};
use crate::t;

/// A call to prepare: what it is about, the card and where it is from, and where the
/// caller is.
#[derive(Clone, Copy, Debug)]
pub struct Call<'a> {
    /// What the call is about.
    pub purpose: Purpose,
    /// The market whose card it is (ISO alpha-2).
    pub country: &'a str,
    /// Where the caller dials from (ISO alpha-2).
    pub calling_from: &'a str,
    /// The card held.
    pub card: CardKind,
}

/// Why the line named is not a plain answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Caveat {
    /// The market has no line for this card: the line serves these products.
    OtherProduct(Vec<Product>),
    /// The line serves only these cards (tier names).
    OnlyFor(Vec<String>),
    /// The market has no line that connects from the caller's country: why this one
    /// may not.
    CannotDial(String),
}

impl Caveat {
    /// The caveat as a sentence for the holder of `card` in `market` (a country name).
    pub(crate) fn sentence(&self, card: CardKind, market: &str) -> String {
        match self {
            Caveat::OtherProduct(products) => {
                let what = products
                    .iter()
                    .map(|p| p.label().to_string())
                    .reduce(|first, next| {
                        t!("prep-caveat-products-and", first = first, next = next)
                    })
                    .unwrap_or_default();
                t!(
                    "prep-caveat-other-product",
                    card = card.slug(),
                    market = market,
                    products = what
                )
            }
            Caveat::OnlyFor(tiers) => t!("prep-caveat-only-for", tiers = tiers.join(", ")),
            Caveat::CannotDial(why) => {
                t!("prep-caveat-cannot-dial", market = market, why = why)
            }
        }
    }
}

/// The line chosen, with what the caller must know about it.
#[derive(Clone, Debug)]
pub struct LineChoice<'d> {
    /// The line.
    pub contact: &'d Contact,
    /// What is not right about it (empty: nothing).
    pub caveats: Vec<Caveat>,
}

/// How well a line fits a purpose: dedicated to it, handles it, a general line, other.
fn purpose_rank(contact: &Contact, purpose: Purpose) -> u8 {
    let purposes = &contact.grade.purposes;
    if purposes.first() == Some(&purpose) {
        0
    } else if purposes.contains(&purpose) {
        1
    } else if purposes.contains(&Purpose::General) {
        2
    } else {
        3
    }
}

fn reach_rank(reach: Reach) -> u8 {
    match reach {
        Reach::Direct => 0,
        Reach::TollFreeAbroad => 1,
        Reach::NotFromAbroad => 2,
    }
}

/// The market's phone lines shown by default, in the directory's ranking.
fn market_lines<'d>(dir: &'d Directory, country: &str) -> Vec<&'d Contact> {
    let filters = Filters {
        country: Some(country.to_string()),
        channel: Some(Channel::Phone),
        ..Filters::default()
    };
    filter::run(dir, &filters, "")
        .hits
        .iter()
        .map(|i| &dir.contacts[*i])
        .filter(|c| c.e164.is_some() && c.grade.status.shown_by_default())
        .collect()
}

/// The line to call, best first by: serves the card, connects from the caller's
/// country, is the market's own, serves every card of that kind, handles the purpose
/// (else general questions, else anything), is official or corroborated, is not a
/// collect call from home, then the closest to the purpose. `None`: call the number on the
/// back of the card.
pub(crate) fn choose_line<'d>(dir: &'d Directory, call: Call) -> Option<LineChoice<'d>> {
    let lines = market_lines(dir, call.country);
    let best = lines
        .iter()
        .enumerate()
        .min_by_key(|(i, c)| {
            let reach = number_view(dir, c, call.calling_from).reach;
            let rank = purpose_rank(c, call.purpose);
            let home = c.record.countries.iter().any(|k| k == call.country);
            let weak = !matches!(c.grade.status, Status::Official | Status::Corroborated);
            let collect_at_home = c.record.kind == Kind::Collect
                && c.record.number_region() == Some(call.calling_from);
            (
                !product::serves(c, call.card),
                reach != Reach::Direct,
                // The market's own line before a worldwide one.
                !home,
                // For a personal card of unknown tier, a line for every card first.
                call.card == CardKind::Personal && matches!(c.record.tiers, Tiers::Only(_)),
                // One for the purpose, then a general one, then any line of the
                // market for the card (a UK personal card's questions go to the
                // consumer-cards line rather than a Gold-only one); official or
                // corroborated before a single or disputed source; a collect call only
                // from abroad; then the closest to the purpose.
                rank >= 3,
                rank >= 2,
                weak,
                collect_at_home,
                rank,
                reach_rank(reach),
                *i,
            )
        })
        .map(|(_, c)| *c)?;
    let contact = reachable_alternative(dir, best, call.calling_from, call.card);
    Some(LineChoice {
        contact,
        caveats: caveats(dir, contact, call),
    })
}

/// `line`, or the market's from-abroad line when `line` does not connect from
/// `calling_from` and that one does and serves the same card.
fn reachable_alternative<'d>(
    dir: &'d Directory,
    line: &'d Contact,
    calling_from: &str,
    card: CardKind,
) -> &'d Contact {
    if number_view(dir, line, calling_from).reach == Reach::Direct {
        return line;
    }
    abroad_alternative(dir, line)
        .filter(|alt| number_view(dir, alt, calling_from).reach == Reach::Direct)
        .filter(|alt| product::serves(alt, card) || !product::serves(line, card))
        .unwrap_or(line)
}

fn caveats(dir: &Directory, contact: &Contact, call: Call) -> Vec<Caveat> {
    let mut out = Vec::new();
    if !product::serves(contact, call.card) {
        out.push(Caveat::OtherProduct(product::line_products(contact)));
    }
    if let Tiers::Only(tiers) = &contact.record.tiers
        && call.card == CardKind::Personal
        && product::serves(contact, CardKind::Personal)
    {
        out.push(Caveat::OnlyFor(
            tiers.iter().map(|t| t.label().to_string()).collect(),
        ));
    }
    let view = number_view(dir, contact, call.calling_from);
    if view.reach != Reach::Direct {
        out.push(Caveat::CannotDial(view.warning.unwrap_or_default()));
    }
    out
}

/// The line for `purpose` for a personal card of `country`, called from home.
pub(crate) fn line_to_call<'d>(
    dir: &'d Directory,
    purpose: Purpose,
    country: &str,
) -> Option<&'d Contact> {
    let call = Call {
        purpose,
        country,
        calling_from: country,
        card: CardKind::Personal,
    };
    choose_line(dir, call).map(|c| c.contact)
}

/// The line for `purpose` for a personal card of `country`, called from `calling_from`.
#[cfg(test)]
pub(crate) fn reachable_line<'d>(
    dir: &'d Directory,
    purpose: Purpose,
    country: &str,
    calling_from: &str,
) -> Option<&'d Contact> {
    let call = Call {
        purpose,
        country,
        calling_from,
        card: CardKind::Personal,
    };
    choose_line(dir, call).map(|c| c.contact)
}

/// The contact an escalation step names, as the caller should dial it: the market's
/// from-abroad line when the step's own does not connect from `calling_from`.
pub(crate) fn step_contact<'d>(
    dir: &'d Directory,
    id: &str,
    calling_from: &str,
) -> Option<&'d Contact> {
    let contact = dir.contact(id)?;
    let card = if product::serves(contact, CardKind::Personal) {
        CardKind::Personal
    } else {
        CardKind::Corporate
    };
    Some(reachable_alternative(dir, contact, calling_from, card))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::phone::Reach;

    fn dir() -> Directory {
        Directory::builtin().unwrap()
    }

    fn call<'a>(purpose: Purpose, country: &'a str, from: &'a str) -> Call<'a> {
        Call {
            purpose,
            country,
            calling_from: from,
            card: CardKind::Personal,
        }
    }

    #[test]
    fn india_complaints_from_the_us_names_a_line_that_connects() {
        let d = dir();
        let choice = choose_line(&d, call(Purpose::Complaints, "IN", "US")).unwrap();
        let view = number_view(&d, choice.contact, "US");
        assert_eq!(view.reach, Reach::Direct, "{}", choice.contact.record.id);
        assert!(choice.caveats.is_empty(), "{:?}", choice.caveats);
    }

    #[test]
    fn a_personal_card_call_never_picks_another_products_line_unannounced() {
        let d = dir();
        for country in d.countries.iter().map(|c| c.code.as_str()) {
            for purpose in Purpose::ALL {
                for from in [country, "US", "GB", "JP"] {
                    let Some(choice) = choose_line(&d, call(purpose, country, from)) else {
                        continue;
                    };
                    let serves = product::serves(choice.contact, CardKind::Personal);
                    let announced = choice
                        .caveats
                        .iter()
                        .any(|c| matches!(c, Caveat::OtherProduct(_)));
                    assert!(
                        serves || announced,
                        "{country} {} from {from}: {}",
                        purpose.slug(),
                        choice.contact.record.id
                    );
                }
            }
        }
    }

    #[test]
    fn a_line_that_does_not_connect_is_named_only_when_the_market_has_no_other() {
        let d = dir();
        for country in d.countries.iter().map(|c| c.code.as_str()) {
            for purpose in Purpose::ALL {
                for from in ["US", "GB", "JP", "AU", "ES"] {
                    let Some(choice) = choose_line(&d, call(purpose, country, from)) else {
                        continue;
                    };
                    if number_view(&d, choice.contact, from).reach == Reach::Direct {
                        continue;
                    }
                    let other = market_lines(&d, country).into_iter().find(|c| {
                        product::serves(c, CardKind::Personal)
                            == product::serves(choice.contact, CardKind::Personal)
                            && number_view(&d, c, from).reach == Reach::Direct
                    });
                    assert!(
                        other.is_none(),
                        "{country} {} from {from}: {} named, {:?} connects",
                        purpose.slug(),
                        choice.contact.record.id,
                        other.map(|c| &c.record.id)
                    );
                    assert!(
                        choice
                            .caveats
                            .iter()
                            .any(|c| matches!(c, Caveat::CannotDial(_)))
                    );
                }
            }
        }
    }

    #[test]
    fn uk_and_japan_personal_calls_avoid_currency_and_corporate_lines() {
        let d = dir();
        for (purpose, country) in [
            (Purpose::General, "GB"),
            (Purpose::Complaints, "GB"),
            (Purpose::Complaints, "JP"),
            (Purpose::LostCard, "JP"),
        ] {
            for from in [country, "US"] {
                if let Some(choice) = choose_line(&d, call(purpose, country, from)) {
                    let products = product::line_products(choice.contact);
                    assert!(
                        products.is_empty() || !choice.caveats.is_empty(),
                        "{country} {}: {} {products:?}",
                        purpose.slug(),
                        choice.contact.record.id
                    );
                }
            }
        }
    }

    #[test]
    fn a_line_for_every_card_and_an_official_one_come_first() {
        let d = dir();
        for purpose in [Purpose::General, Purpose::LostCard, Purpose::Complaints] {
            let choice = choose_line(&d, call(purpose, "GB", "GB")).unwrap();
            assert_eq!(
                choice.contact.record.tiers,
                Tiers::Any,
                "{}",
                purpose.slug()
            );
            assert!(
                matches!(
                    choice.contact.grade.status,
                    Status::Official | Status::Corroborated
                ),
                "{}: {}",
                purpose.slug(),
                choice.contact.record.id
            );
        }
    }

    #[test]
    fn a_corporate_card_holder_gets_the_corporate_line() {
        let d = dir();
        let mut c = call(Purpose::LostCard, "DE", "DE");
        c.card = CardKind::Corporate;
        let choice = choose_line(&d, c).unwrap();
        assert!(product::serves(choice.contact, CardKind::Corporate));
        assert!(choice.caveats.is_empty());
        // The only personal line Germany has is the Blue Card's, and it says so.
        c.card = CardKind::Personal;
        let personal = choose_line(&d, c).unwrap();
        assert!(product::serves(personal.contact, CardKind::Personal));
        assert!(matches!(personal.caveats[0], Caveat::OnlyFor(_)));
    }

    #[test]
    fn the_uk_ladder_gives_a_us_caller_the_line_from_abroad() {
        let d = dir();
        let g = crate::guidance::builtin().unwrap();
        for step in &g.ladder_for("GB").unwrap().steps {
            if let Some(id) = &step.contact {
                let contact = step_contact(&d, id, "US").unwrap();
                let view = number_view(&d, contact, "US");
                assert_ne!(view.reach, Reach::NotFromAbroad, "{id}");
                assert!(!view.display.contains("0800"), "{id}: {}", view.display);
            }
        }
    }
}
