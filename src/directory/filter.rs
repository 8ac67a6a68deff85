//! Filtering, ranking and facet counts over the directory. Pure: no I/O, no egui.
//!
//! Semantics:
//! - country: contacts serving that country, plus worldwide ones;
//! - region: contacts serving any country of the region, plus worldwide ones;
//! - tier: contacts for every card or for that tier;
//! - purpose: contacts for that purpose, plus general lines (ranked after);
//! - channel: the contact's kind belongs to that channel;
//! - misattributed and implausible contacts never match; outdated ones only on request.
//!
//! Ranking: exact purpose before general lines, then (when a card is chosen) lines for
//! that card before lines for every card, then status (official, corroborated,
//! single-source, conflicting, outdated), then text score, then file order.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::load::{Contact, Directory};
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
    pub fn is_active(&self) -> bool {
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

fn serves_country(contact: &Contact, code: &str) -> bool {
    contact.is_worldwide() || contact.record.countries.iter().any(|c| c == code)
}

fn serves_region(contact: &Contact, dir: &Directory, region: Region) -> bool {
    contact.is_worldwide()
        || contact
            .record
            .countries
            .iter()
            .any(|c| dir.country(c).is_some_and(|k| k.region == region))
}

fn serves_purpose(contact: &Contact, purpose: Purpose) -> bool {
    contact.record.purposes.contains(&purpose)
        || contact.record.purposes.contains(&Purpose::General)
}

fn visible(contact: &Contact, filters: &Filters) -> bool {
    let status = contact.record.status;
    status.shown_by_default() || (filters.include_outdated && status == Status::Outdated)
}

fn checks(contact: &Contact, dir: &Directory, f: &Filters) -> Checks {
    Checks {
        region: f.region.is_none_or(|r| serves_region(contact, dir, r)),
        country: f
            .country
            .as_deref()
            .is_none_or(|c| serves_country(contact, c)),
        tier: f.tier.is_none_or(|t| contact.record.tiers.includes(t)),
        purpose: f.purpose.is_none_or(|p| serves_purpose(contact, p)),
        channel: f.channel.is_none_or(|c| contact.record.kind.channel() == c),
    }
}

/// Runs a query: filters, free text, ranking and counts.
pub fn run(dir: &Directory, filters: &Filters, text: &str) -> Results {
    let query = TextQuery::new(text, dir);
    let mut ranked: Vec<(bool, bool, Status, u32, usize)> = Vec::new();
    let mut counts = FacetCounts::default();
    let mut worldwide_country_count = 0usize;

    for (index, contact) in dir.contacts.iter().enumerate() {
        if !visible(contact, filters) {
            continue;
        }
        let Some(score) = query.score(contact) else {
            continue;
        };
        let c = checks(contact, dir, filters);
        count_facets(contact, dir, &c, &mut counts, &mut worldwide_country_count);
        if c.all() {
            let exact = filters
                .purpose
                .is_none_or(|p| contact.record.purposes.contains(&p));
            let card_specific = filters.tier.is_some() && contact.record.tiers != Tiers::Any;
            ranked.push((exact, card_specific, contact.record.status, score, index));
        }
    }
    if worldwide_country_count > 0 {
        for country in &dir.countries {
            *counts.country.entry(country.code.clone()).or_default() += worldwide_country_count;
        }
    }
    ranked.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then(b.1.cmp(&a.1))
            .then(a.2.cmp(&b.2))
            .then(b.3.cmp(&a.3))
            .then(a.4.cmp(&b.4))
    });
    Results {
        hits: ranked.into_iter().map(|r| r.4).collect(),
        counts,
    }
}

fn count_facets(
    contact: &Contact,
    dir: &Directory,
    c: &Checks,
    counts: &mut FacetCounts,
    worldwide_country_count: &mut usize,
) {
    if c.country && c.tier && c.purpose && c.channel {
        for region in Region::ALL {
            if serves_region(contact, dir, region) {
                *counts.region.entry(region).or_default() += 1;
            }
        }
    }
    if c.region && c.tier && c.purpose && c.channel {
        if contact.is_worldwide() {
            *worldwide_country_count += 1;
        } else {
            for code in &contact.record.countries {
                *counts.country.entry(code.clone()).or_default() += 1;
            }
        }
    }
    if c.region && c.country && c.purpose && c.channel {
        for tier in Tier::ALL {
            if contact.record.tiers.includes(tier) {
                *counts.tier.entry(tier).or_default() += 1;
            }
        }
    }
    if c.region && c.country && c.tier && c.channel {
        for purpose in Purpose::ALL {
            if serves_purpose(contact, purpose) {
                *counts.purpose.entry(purpose).or_default() += 1;
            }
        }
    }
    if c.region && c.country && c.tier && c.purpose {
        *counts
            .channel
            .entry(contact.record.kind.channel())
            .or_default() += 1;
    }
}

/// The best general phone line for a country, for the "nothing matched" message:
/// a callable, Amex, non-outdated contact serving that country with a general purpose,
/// best status first.
pub fn general_line<'a>(dir: &'a Directory, country: &str) -> Option<&'a Contact> {
    dir.contacts
        .iter()
        .filter(|c| {
            c.record.countries.iter().any(|k| k == country)
                && c.record.kind.is_callable()
                && c.record.status.shown_by_default()
                && c.record.purposes.contains(&Purpose::General)
                && c.phone.is_some()
        })
        .min_by_key(|c| c.record.status)
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
        let expected = d
            .contacts
            .iter()
            .filter(|c| c.record.status.shown_by_default())
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
            .map(|i| d.contact(i).unwrap().record.status)
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
        assert_eq!(found[0], "us-corporate", "card-specific lines rank first");
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
        assert!(general_line(&d, "TH").is_none());
    }
}
