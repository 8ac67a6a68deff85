//! Filtering, ranking and facet counts over the directory. Pure: no I/O, no egui.
//!
//! Semantics:
//! - country: contacts serving that country, plus worldwide ones;
//! - region: contacts serving any country of the region, plus worldwide ones;
//! - tier: contacts for every card or for that tier;
//! - purpose: contacts for that purpose, plus general lines (ranked after);
//! - channel: the contact's kind belongs to that channel;
//! - misattributed and implausible contacts never match; outdated and superseded ones
//!   only on request;
//! - merchant lines (for businesses that accept Amex) only when that purpose is asked
//!   for, so nobody calls the merchant desk about a lost card; gift and prepaid card
//!   lines when no purpose is chosen or that purpose is asked for.
//!
//! Ranking: exact purpose before general lines, then (when a card is chosen) lines for
//! that card before lines for every card, then status (official, corroborated,
//! single-source, conflicting, outdated), then text score, then file order.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::load::{Contact, Directory, Facets, bit};
use super::model::{Channel, Purpose, Region, Status, Tier, Tiers};
use super::search::TextQuery;

/// The filter settings (persisted between runs).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filters {
    /// Region group.
    pub region: Option<Region>,
    /// Cardholder country (ISO alpha-2).
    pub country: Option<String>,
    /// Card tier.
    pub tier: Option<Tier>,
    /// What the call is about.
    pub purpose: Option<Purpose>,
    /// How to get in touch.
    pub channel: Option<Channel>,
    /// Also show outdated numbers (clearly marked).
    pub include_outdated: bool,
}

impl Filters {
    /// Whether any filter is set.
    pub(crate) fn is_active(&self) -> bool {
        *self != Filters::default()
    }
}

/// How many results each filter value would give, with the other filters applied.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetCounts {
    /// Per region.
    pub region: BTreeMap<Region, usize>,
    /// Per country code (worldwide contacts counted in every country).
    pub country: BTreeMap<String, usize>,
    /// Per tier.
    pub tier: BTreeMap<Tier, usize>,
    /// Per purpose (general lines counted in every purpose).
    pub purpose: BTreeMap<Purpose, usize>,
    /// Per channel.
    pub channel: BTreeMap<Channel, usize>,
}

/// The result of a query: matching contact positions, best first, and facet counts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Results {
    /// Positions into `Directory::contacts`, ranked.
    pub hits: Vec<usize>,
    /// Counts per filter value.
    pub counts: FacetCounts,
}

/// The filters resolved to masks once per query.
struct Wanted {
    region: Option<u8>,
    /// `Some(None)`: a country the directory does not know (only worldwide lines match).
    country: Option<Option<u16>>,
    tier: Option<u8>,
    purpose: Option<u16>,
    channel: Option<Channel>,
    include_outdated: bool,
}

/// `Purpose::General`'s bit (`Purpose::ALL` starts with it; a test checks).
const GENERAL: u16 = 1 << 0;

impl Wanted {
    fn new(dir: &Directory, f: &Filters) -> Wanted {
        Wanted {
            region: f.region.map(|r| bit(&Region::ALL, r) as u8),
            country: f
                .country
                .as_deref()
                .map(|c| dir.country_position(c).map(|i| i as u16)),
            tier: f.tier.map(|t| bit(&Tier::ALL, t) as u8),
            purpose: f.purpose.map(|p| bit(&Purpose::ALL, p)),
            channel: f.channel,
            include_outdated: f.include_outdated,
        }
    }
}

/// Which filters a contact passes.
#[derive(Clone, Copy)]
struct Checks {
    region: bool,
    country: bool,
    tier: bool,
    purpose: bool,
    channel: bool,
}

impl Checks {
    fn all(&self) -> bool {
        self.region && self.country && self.tier && self.purpose && self.channel
    }
}

fn serves_country(facets: &Facets, country: Option<u16>) -> bool {
    facets.worldwide || country.is_some_and(|c| facets.countries.contains(&c))
}

/// `Purpose::MerchantServices`'s and `Purpose::GiftCards`' bits.
const MERCHANTS: u16 = 1 << 14;
const GIFT_CARDS: u16 = 1 << 12;

/// Gift and prepaid card lines serve no card tier: a chosen card hides them.
fn serves_tier(facets: &Facets, tier: u8) -> bool {
    facets.tiers & tier != 0 && facets.purposes & GIFT_CARDS == 0
}

fn serves_purpose(facets: &Facets, purpose: u16) -> bool {
    if purpose & (MERCHANTS | GIFT_CARDS) != 0 {
        return facets.purposes & purpose != 0;
    }
    facets.purposes & (purpose | GENERAL) != 0 && facets.purposes & GIFT_CARDS == 0
}

fn visible(contact: &Contact, wanted: &Wanted) -> bool {
    let status = contact.grade.status;
    status.shown_by_default() || (wanted.include_outdated && status.is_retired())
}

fn checks(contact: &Contact, w: &Wanted) -> Checks {
    let f = &contact.facets;
    Checks {
        region: w.region.is_none_or(|r| f.regions & r != 0),
        country: w.country.is_none_or(|c| serves_country(f, c)),
        tier: w.tier.is_none_or(|t| serves_tier(f, t)),
        purpose: w
            .purpose
            .map_or(f.purposes & MERCHANTS == 0, |p| serves_purpose(f, p)),
        channel: w.channel.is_none_or(|c| contact.record.kind.channel() == c),
    }
}

/// Counts in fixed arrays while scanning; turned into maps once at the end.
struct Tally {
    region: [usize; Region::ALL.len()],
    country: Vec<usize>,
    worldwide: usize,
    tier: [usize; Tier::ALL.len()],
    purpose: [usize; Purpose::ALL.len()],
    channel: [usize; Channel::ALL.len()],
}

impl Tally {
    fn new(countries: usize) -> Tally {
        Tally {
            region: [0; Region::ALL.len()],
            country: vec![0; countries],
            worldwide: 0,
            tier: [0; Tier::ALL.len()],
            purpose: [0; Purpose::ALL.len()],
            channel: [0; Channel::ALL.len()],
        }
    }

    fn add(&mut self, contact: &Contact, c: Checks) {
        let f = &contact.facets;
        if c.country && c.tier && c.purpose && c.channel {
            for (i, n) in self.region.iter_mut().enumerate() {
                if f.regions & (1 << i) != 0 {
                    *n += 1;
                }
            }
        }
        if c.region && c.tier && c.purpose && c.channel {
            if f.worldwide {
                self.worldwide += 1;
            } else {
                for i in &f.countries {
                    self.country[*i as usize] += 1;
                }
            }
        }
        if c.region && c.country && c.purpose && c.channel {
            for (i, n) in self.tier.iter_mut().enumerate() {
                if serves_tier(f, 1 << i) {
                    *n += 1;
                }
            }
        }
        if c.region && c.country && c.tier && c.channel {
            for (i, n) in self.purpose.iter_mut().enumerate() {
                if serves_purpose(f, 1 << i) {
                    *n += 1;
                }
            }
        }
        if c.region && c.country && c.tier && c.purpose {
            let channel = contact.record.kind.channel();
            if let Some(i) = Channel::ALL.iter().position(|x| *x == channel) {
                self.channel[i] += 1;
            }
        }
    }

    fn into_counts(self, dir: &Directory) -> FacetCounts {
        fn map<K: Copy + Ord>(keys: &[K], counts: &[usize]) -> BTreeMap<K, usize> {
            keys.iter()
                .zip(counts)
                .filter(|(_, n)| **n > 0)
                .map(|(k, n)| (*k, *n))
                .collect()
        }
        FacetCounts {
            region: map(&Region::ALL, &self.region),
            country: dir
                .countries
                .iter()
                .zip(&self.country)
                .map(|(c, n)| (c.code.clone(), n + self.worldwide))
                .filter(|(_, n)| *n > 0)
                .collect(),
            tier: map(&Tier::ALL, &self.tier),
            purpose: map(&Purpose::ALL, &self.purpose),
            channel: map(&Channel::ALL, &self.channel),
        }
    }
}

/// Runs a query: filters, free text, ranking and counts.
pub fn run(dir: &Directory, filters: &Filters, text: &str) -> Results {
    run_from(dir, filters, text, None)
}

/// [`run`] for someone calling from `from` (ISO alpha-2): when no country is chosen,
/// the lines of the caller's own country (and worldwide ones) rank first; within the
/// same purpose, phone lines the caller can dial rank above lines that may not connect
/// from there (another country's toll-free number) and above the other channels.
pub(crate) fn run_from(
    dir: &Directory,
    filters: &Filters,
    text: &str,
    from: Option<&str>,
) -> Results {
    let near = match (&filters.country, from) {
        (None, Some(code)) => dir.country_position(code).map(|i| i as u16),
        _ => None,
    };
    let caller = from.and_then(|code| dir.caller(code));
    // With a caller, what they can dial from where they are comes first: a phone line
    // that may not connect from there waits with the other channels (app, chat, post).
    let unreachable = |contact: &Contact| match (&caller, &contact.phone) {
        (Some(caller), Some(number)) if contact.record.kind.is_callable() => {
            super::phone::dial_from(number, Some(caller)).reach != super::phone::Reach::Direct
        }
        (Some(_), _) => true,
        (None, _) => false,
    };
    let query = TextQuery::new(text, dir);
    let wanted = Wanted::new(dir, filters);
    let mut tally = Tally::new(dir.countries.len());
    // Packed sort keys: lower sorts first. Bits from the top: not-near-the-caller (1),
    // not-exact-purpose (1), not official or corroborated (1), not-reachable-from-the-
    // caller (1),
    // not-card-specific (1), status (3), inverted text score (32), position (24).
    let mut ranked: Vec<u64> = Vec::new();

    for (index, contact) in dir.contacts.iter().enumerate() {
        // The text first: it reads the search index in order, and a contact it does
        // not match is never read.
        let Some(score) = query.score(dir, index) else {
            continue;
        };
        if !visible(contact, &wanted) {
            continue;
        }
        let c = checks(contact, &wanted);
        tally.add(contact, c);
        if c.all() {
            let exact = wanted
                .purpose
                .is_none_or(|p| contact.facets.purposes & p != 0);
            let card_specific = wanted.tier.is_some() && contact.record.tiers != Tiers::Any;
            let far = near.is_some_and(|n| !serves_country(&contact.facets, Some(n)));
            let trusted = contact.grade.status <= Status::Corroborated;
            let key = (u64::from(far) << 63)
                | (u64::from(!exact) << 62)
                | (u64::from(!trusted) << 61)
                | (u64::from(unreachable(contact)) << 60)
                | (u64::from(!card_specific) << 59)
                | ((contact.grade.status as u64) << 56)
                | (u64::from(u32::MAX - score) << 24)
                | (index as u64 & 0xFF_FFFF);
            ranked.push(key);
        }
    }
    ranked.sort_unstable();
    Results {
        hits: ranked
            .into_iter()
            .map(|k| (k & 0xFF_FFFF) as usize)
            .collect(),
        counts: tally.into_counts(dir),
    }
}

/// The best line for a country when nothing matched: a callable, Amex, current line for
/// every card of that country that serves general questions or lost cards (a line that
/// can route any call), best status first, then lines dialled at home before lines for
/// calling from abroad, then the line the most American Express pages give.
pub(crate) fn general_line<'a>(dir: &'a Directory, country: &str) -> Option<&'a Contact> {
    let routes_any_call = |c: &Contact| {
        c.grade
            .purposes
            .iter()
            .any(|p| matches!(p, Purpose::General | Purpose::LostCard))
    };
    dir.contacts
        .iter()
        .filter(|c| {
            c.record.countries.iter().any(|k| k == country)
                && c.record.kind.is_callable()
                && c.grade.status.shown_by_default()
                && routes_any_call(c)
                && c.facets.purposes & (MERCHANTS | GIFT_CARDS) == 0
                && c.phone.is_some()
        })
        .min_by_key(|c| {
            let abroad = matches!(
                c.record.kind,
                super::model::Kind::International | super::model::Kind::Collect
            );
            let card_specific = c.record.tiers != Tiers::Any;
            (
                c.grade.status,
                abroad,
                card_specific,
                std::cmp::Reverse(c.grade.amex_pages),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir() -> Directory {
        Directory::builtin().unwrap()
    }

    fn ids(dir: &Directory, results: &Results) -> Vec<String> {
        results
            .hits
            .iter()
            .map(|i| dir.contacts[*i].record.id.clone())
            .collect()
    }

    #[test]
    fn no_filters_shows_every_amex_line_but_no_impostors() {
        let d = dir();
        let r = run(&d, &Filters::default(), "");
        let found = ids(&d, &r);
        assert!(found.contains(&"us-general".to_string()));
        for bad in [
            "gb-barclaycard",
            "us-fax-claimed",
            "ar-directory",
            "sg-directory-intl",
            "eu-london-directory",
            "mx-directory-old",
        ] {
            assert!(!found.contains(&bad.to_string()), "{bad} shown by default");
        }
        // Every Amex line for cardholders: merchant lines wait to be asked for.
        let expected = d
            .contacts
            .iter()
            .filter(|c| c.grade.status.shown_by_default())
            .filter(|c| !c.grade.purposes.contains(&Purpose::MerchantServices))
            .count();
        assert_eq!(r.hits.len(), expected);
    }

    #[test]
    fn country_filter_narrows_and_keeps_worldwide() {
        let d = dir();
        let f = Filters {
            country: Some("GB".into()),
            ..Filters::default()
        };
        let found = ids(&d, &run(&d, &f, ""));
        assert_eq!(found[0], "gb-customer-relations", "{found:?}");
        assert!(found.contains(&"app".to_string()));
        assert!(!found.contains(&"us-general".to_string()));
        assert!(!found.contains(&"gb-barclaycard".to_string()));
    }

    #[test]
    fn outdated_lines_appear_only_on_request() {
        let d = dir();
        let mut f = Filters {
            country: Some("MX".into()),
            ..Filters::default()
        };
        assert!(!ids(&d, &run(&d, &f, "")).contains(&"mx-directory-old".to_string()));
        f.include_outdated = true;
        let found = ids(&d, &run(&d, &f, ""));
        assert!(found.contains(&"mx-directory-old".to_string()));
        // Ranked after the official line.
        let official = found
            .iter()
            .position(|i| i == "mx-customer-service")
            .unwrap();
        let old = found.iter().position(|i| i == "mx-directory-old").unwrap();
        assert!(official < old);
    }

    #[test]
    fn exact_purpose_ranks_before_general_lines() {
        let d = dir();
        let f = Filters {
            country: Some("US".into()),
            purpose: Some(Purpose::LostCard),
            channel: Some(Channel::Phone),
            ..Filters::default()
        };
        let found = ids(&d, &run(&d, &f, ""));
        // us-general lists LostCard explicitly and is corroborated; us-lost-stolen too.
        let lost = found.iter().position(|i| i == "us-lost-stolen").unwrap();
        let platinum = found.iter().position(|i| i == "us-platinum").unwrap();
        assert!(lost < platinum, "{found:?}");
        // Applications line is neither general nor lost-card: absent.
        assert!(!found.contains(&"us-applications".to_string()));
    }

    #[test]
    fn status_orders_within_the_same_purpose() {
        let d = dir();
        let f = Filters {
            country: Some("CA".into()),
            channel: Some(Channel::Phone),
            ..Filters::default()
        };
        let found = ids(&d, &run(&d, &f, ""));
        let statuses: Vec<Status> = found
            .iter()
            .map(|i| d.contact(i).unwrap().grade.status)
            .collect();
        let mut sorted = statuses.clone();
        sorted.sort();
        assert_eq!(statuses, sorted);
        assert_eq!(statuses[0], Status::Official);
    }

    #[test]
    fn tier_filter_keeps_any_card_lines() {
        let d = dir();
        let f = Filters {
            country: Some("US".into()),
            tier: Some(Tier::Corporate),
            ..Filters::default()
        };
        let found = ids(&d, &run(&d, &f, ""));
        assert!(found.contains(&"us-corporate".to_string()));
        assert!(found.contains(&"us-lost-stolen".to_string()));
        assert!(!found.contains(&"us-platinum".to_string()));
        assert!(
            !found.contains(&"us-general".to_string()),
            "personal-cards line shown for corporate"
        );
        let first = &d.contact(&found[0]).unwrap().record.tiers;
        assert_eq!(
            first,
            &Tiers::Only(vec![Tier::Corporate]),
            "card-specific lines rank first"
        );
    }

    #[test]
    fn region_filter_groups_countries() {
        let d = dir();
        let f = Filters {
            region: Some(Region::AsiaPacific),
            channel: Some(Channel::Phone),
            ..Filters::default()
        };
        let found = ids(&d, &run(&d, &f, ""));
        assert!(found.contains(&"au-customer-service".to_string()));
        assert!(found.contains(&"in-call-centre-tollfree".to_string()));
        assert!(!found.contains(&"gb-customer-relations".to_string()));
    }

    #[test]
    fn digits_find_numbers() {
        let d = dir();
        let found = ids(&d, &run(&d, &Filters::default(), "4800"));
        assert_eq!(found, vec!["us-general"]);
        let found = ids(&d, &run(&d, &Filters::default(), "+1 (800) 528-4800"));
        assert_eq!(found, vec!["us-general"]);
        let found = ids(&d, &run(&d, &Filters::default(), "9178047"));
        assert_eq!(found, vec!["gb-customer-relations"]);
    }

    #[test]
    fn words_find_labels_countries_and_purposes() {
        let d = dir();
        let found = ids(&d, &run(&d, &Filters::default(), "platinum"));
        assert!(found.contains(&"us-platinum".to_string()));
        let typo = ids(&d, &run(&d, &Filters::default(), "platnum"));
        assert!(typo.contains(&"us-platinum".to_string()), "{typo:?}");
        let canada = ids(&d, &run(&d, &Filters::default(), "canada"));
        assert!(canada.iter().all(|id| id.starts_with("ca-")), "{canada:?}");
        assert!(!canada.is_empty());
        let uk = ids(&d, &run(&d, &Filters::default(), "uk"));
        assert!(uk.contains(&"gb-customer-relations".to_string()), "{uk:?}");
        assert!(!uk.contains(&"us-general".to_string()), "{uk:?}");
        let lost = ids(&d, &run(&d, &Filters::default(), "lost"));
        assert!(lost.contains(&"us-lost-stolen".to_string()));
        assert!(!lost.contains(&"us-applications".to_string()), "{lost:?}");
        let both = ids(&d, &run(&d, &Filters::default(), "australia lost"));
        assert!(both.contains(&"au-customer-service".to_string()));
        assert!(both.iter().all(|id| id.starts_with("au-")), "{both:?}");
    }

    #[test]
    fn merchant_lines_only_when_asked_for_and_gift_lines_not_for_card_problems() {
        let d = dir();
        let is_merchant = |id: &String| {
            d.contact(id)
                .unwrap()
                .grade
                .purposes
                .contains(&Purpose::MerchantServices)
        };
        let is_gift = |id: &String| {
            d.contact(id)
                .unwrap()
                .grade
                .purposes
                .contains(&Purpose::GiftCards)
        };
        for purpose in [None, Some(Purpose::LostCard), Some(Purpose::Fraud)] {
            let f = Filters {
                country: Some("GB".into()),
                purpose,
                ..Filters::default()
            };
            let found = ids(&d, &run(&d, &f, ""));
            assert!(!found.iter().any(is_merchant), "{purpose:?}: {found:?}");
            if purpose.is_some() {
                assert!(!found.iter().any(is_gift), "{purpose:?}: {found:?}");
            }
        }
        let merchants = Filters {
            country: Some("GB".into()),
            purpose: Some(Purpose::MerchantServices),
            ..Filters::default()
        };
        let found = ids(&d, &run(&d, &merchants, ""));
        assert!(
            !found.is_empty() && found.iter().all(is_merchant),
            "{found:?}"
        );
        let gifts = Filters {
            country: Some("US".into()),
            purpose: Some(Purpose::GiftCards),
            ..Filters::default()
        };
        let found = ids(&d, &run(&d, &gifts, ""));
        assert!(!found.is_empty() && found.iter().all(is_gift), "{found:?}");
    }

    #[test]
    fn with_no_country_chosen_the_callers_lines_come_first() {
        let d = dir();
        let r = run_from(&d, &Filters::default(), "", Some("GB"));
        let first = &d.contacts[r.hits[0]];
        assert!(
            first.record.countries.iter().any(|c| c == "GB"),
            "{}",
            first.record.id
        );
        assert_eq!(r.hits.len(), run(&d, &Filters::default(), "").hits.len());
        let far = r
            .hits
            .iter()
            .position(|i| {
                !d.contacts[*i].facets.worldwide
                    && !d.contacts[*i].record.countries.iter().any(|c| c == "GB")
            })
            .unwrap();
        assert!(r.hits[far..].iter().all(|i| {
            let c = &d.contacts[*i];
            !c.facets.worldwide && !c.record.countries.iter().any(|k| k == "GB")
        }));
    }

    #[test]
    fn general_bit_is_the_general_purpose() {
        assert_eq!(bit(&Purpose::ALL, Purpose::General), GENERAL);
        assert_eq!(bit(&Purpose::ALL, Purpose::MerchantServices), MERCHANTS);
        assert_eq!(bit(&Purpose::ALL, Purpose::GiftCards), GIFT_CARDS);
    }

    #[test]
    fn nothing_matches_gibberish() {
        let d = dir();
        assert!(run(&d, &Filters::default(), "zzqxv").hits.is_empty());
    }

    #[test]
    fn counts_follow_the_other_filters() {
        let d = dir();
        let f = Filters {
            country: Some("GB".into()),
            ..Filters::default()
        };
        let r = run(&d, &f, "");
        // Count for the selected country equals the number of hits.
        assert_eq!(r.counts.country.get("GB").copied(), Some(r.hits.len()));
        // Selecting a tier would give exactly the count shown for it.
        for tier in Tier::ALL {
            let with_tier = Filters {
                tier: Some(tier),
                ..f.clone()
            };
            assert_eq!(
                run(&d, &with_tier, "").hits.len(),
                r.counts.tier.get(&tier).copied().unwrap_or(0),
                "{tier:?}"
            );
        }
        for purpose in Purpose::ALL {
            let with = Filters {
                purpose: Some(purpose),
                ..f.clone()
            };
            assert_eq!(
                run(&d, &with, "").hits.len(),
                r.counts.purpose.get(&purpose).copied().unwrap_or(0),
                "{purpose:?}"
            );
        }
        for channel in Channel::ALL {
            let with = Filters {
                channel: Some(channel),
                ..f.clone()
            };
            assert_eq!(
                run(&d, &with, "").hits.len(),
                r.counts.channel.get(&channel).copied().unwrap_or(0),
                "{channel:?}"
            );
        }
        // Country counts ignore the country filter itself.
        let us = Filters {
            country: Some("US".into()),
            ..Filters::default()
        };
        assert_eq!(
            run(&d, &us, "").hits.len(),
            r.counts.country.get("US").copied().unwrap_or(0)
        );
        for region in Region::ALL {
            let with = Filters {
                region: Some(region),
                ..f.clone()
            };
            assert_eq!(
                run(&d, &with, "").hits.len(),
                r.counts.region.get(&region).copied().unwrap_or(0),
                "{region:?}"
            );
        }
    }

    #[test]
    fn general_line_for_the_empty_state() {
        let d = dir();
        assert_eq!(
            general_line(&d, "GB").unwrap().record.id,
            "gb-customer-relations"
        );
        assert_eq!(
            general_line(&d, "MX").unwrap().record.id,
            "mx-customer-service"
        );
        assert_eq!(general_line(&d, "US").unwrap().record.id, "us-general");
        // Sweden: no page gives a line (see docs/data-and-sources.md, markets not found).
        assert!(general_line(&d, "SE").is_none());
    }
}
