//! Grading: each contact's status, purposes and hours computed from its evidence.
//!
//! The data file holds facts (which page prints which number, for what, with which
//! hours, and of which year); nothing in it says how far a number can be trusted. The
//! rule, applied the same way to every contact:
//!
//! 1. A finding against the number decides first: a page that shows it is someone
//!    else's makes it *misattributed*; a review that finds it invented, *implausible*; a
//!    retired format, *outdated*.
//! 2. Otherwise the evidence grades it: printed on an American Express page (or on the
//!    own page of the partner licensed to issue the cards in the line's market),
//!    *official*;
//!    on two or more independent other publishers' pages, *corroborated*; else
//!    *single-source*.
//! 3. Rivals (contacts given for the same need: declared in `conflicts_with`, or found
//!    automatically: same market, same reach, same cards, a shared purpose, one on an
//!    Amex page and the other not) can only lower that grade. Between two Amex numbers
//!    the newer page wins and the older becomes *superseded*; a tie is *conflicting*
//!    for both. An Amex number beats any other; between two others the one with more
//!    independent publishers keeps its grade and a tie is *conflicting* for both.
//!
//! Purposes and hours come from the newest page that states them, among the best
//! evidence (Amex pages when there are any), so a 2007 page cannot override a current one.

use std::collections::{BTreeSet, HashMap};

use super::model::{
    Citation, ContactRecord, Finding, Hours, Kind, Purpose, Source, SourceKind, Status, in_english,
};
use crate::t;

/// A page's year as evidence: `None` when the page shows none (older than any year).
pub(crate) type Vintage = Option<u16>;

/// What the rule computed for one contact.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Grade {
    /// The status.
    pub status: Status,
    /// Why, in one sentence for people.
    pub why: String,
    /// What it is for (from the newest page that says).
    pub purposes: Vec<Purpose>,
    /// When it answers (from the newest page that says), or `Unknown`.
    pub hours: Hours,
    /// The citation the hours come from (index into `evidence`).
    pub hours_from: Option<usize>,
    /// Whose number it is, when a page shows it belongs to someone else.
    pub belongs_to: Option<String>,
    /// The ids of the sources cited, in citation order, without repeats.
    pub sources: Vec<String>,
    /// The newest Amex page that lists it.
    pub newest_amex: Option<Vintage>,
    /// How many distinct Amex pages list it.
    pub amex_pages: usize,
    /// Contacts given for the same need (declared or found), best first.
    pub rivals: Vec<usize>,
}

/// How strong a contact's evidence is, for comparing rivals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Strength {
    /// The newest Amex page listing it, if any.
    amex: Option<Vintage>,
    /// Distinct Amex pages listing it.
    amex_pages: usize,
    /// Distinct publishers (other than the project's own review) listing it.
    independent: usize,
    /// Its first-hand pages are all the card-issuing partner's, none American Express's.
    partner_only: bool,
}

/// Grades every contact of a file. `sources` is the sources table; a citation naming
/// an unknown source counts as third-party (load reports it as an error anyway).
pub(crate) fn grade_all(sources: &[Source], contacts: &[ContactRecord]) -> Vec<Grade> {
    let pages: Pages = sources.iter().map(|s| (s.id.as_str(), s)).collect();
    let page = |id: &str| pages.get(id).copied();
    let strengths: Vec<Strength> = contacts.iter().map(|c| strength(&page, c)).collect();
    let findings: Vec<Option<(Status, Option<String>)>> =
        contacts.iter().map(|c| finding_of(&c.evidence)).collect();
    let needs: Vec<Need> = contacts
        .iter()
        .zip(&strengths)
        .map(|(c, s)| Need::of(c, *s))
        .collect();
    let neighbours = Neighbours::new(contacts, &needs);
    (0..contacts.len())
        .map(|i| {
            let rivals = rivals_of(i, contacts, &neighbours, &needs, &strengths, &findings);
            grade_one(i, &pages, contacts, &strengths, &findings, rivals)
        })
        .collect()
}

/// The sources table by id.
type Pages<'a> = HashMap<&'a str, &'a Source>;

/// A source by id.
pub(super) type PageOf<'p, 'a> = dyn Fn(&str) -> Option<&'a Source> + 'p;

/// Why a contact has its status: what [`Grade::why`] says, apart from its words, so
/// the window can say it in its own language ([`super::why::why_text`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Reason {
    /// Nothing to say.
    Nothing,
    /// A page's finding against the number: who says it, and what.
    Finding { by: String, what: Against },
    /// On the page of the partner that issues the cards in the market, of this year.
    Partner(Vintage),
    /// On an American Express page of this year.
    Official(Vintage),
    /// On this many independent publishers' pages.
    Corroborated(usize),
    /// On one publisher's pages.
    SingleSource,
    /// A newer Amex page gives the rival.
    Superseded {
        newer: Vintage,
        this: Vintage,
        rival: String,
    },
    /// Amex pages of the same year disagree.
    SameAge { year: Vintage, rival: String },
    /// Amex pages of the same year disagree, and more give the rival.
    MorePages {
        year: Vintage,
        theirs: usize,
        mine: usize,
        rival: String,
    },
    /// An Amex page gives the rival (this number is on none).
    AmexGives { year: Vintage, rival: String },
    /// Other sources give the rival.
    OthersGive { rival: String },
}

/// What a finding says against a number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Against {
    /// It belongs to someone else (whom).
    BelongsTo(String),
    /// The page's own words (retired, invented).
    Said(String),
}

impl Reason {
    /// The reason in a sentence, in the current language.
    pub(super) fn text(&self) -> String {
        match self {
            Reason::Nothing => String::new(),
            Reason::Finding { by, what } => {
                let what = match what {
                    Against::BelongsTo(owner) => t!("numbers-why-belongs-to", owner = owner),
                    Against::Said(why) => why.clone(),
                };
                format!("{by}: {what}")
            }
            Reason::Official(v) => t!("numbers-why-official", of_year = page_year(*v)),
            Reason::Partner(v) => t!("numbers-why-official-partner", of_year = page_year(*v)),
            Reason::Corroborated(n) => t!("numbers-why-corroborated", count = *n),
            Reason::SingleSource => t!("numbers-why-single-source"),
            Reason::Superseded { newer, this, rival } => t!(
                "numbers-why-superseded",
                of_year = page_year(*newer),
                rival = rival,
                this_year = page_year(*this)
            ),
            Reason::SameAge { year, rival } => t!(
                "numbers-why-same-age",
                of_year = page_year(*year),
                rival = rival
            ),
            Reason::MorePages {
                year,
                theirs,
                mine,
                rival,
            } => t!(
                "numbers-why-more-pages",
                of_year = page_year(*year),
                theirs = *theirs,
                rival = rival,
                mine = *mine
            ),
            Reason::AmexGives { year, rival } => t!(
                "numbers-why-amex-gives",
                of_year = page_year(*year),
                rival = rival
            ),
            Reason::OthersGive { rival } => t!("numbers-why-others-give", rival = rival),
        }
    }
}

/// Who could be a contact's rival: the contacts of the same home market, reach and
/// Amex-ness (for the automatic rule, which pairs a line on an Amex page with one that
/// is not) and contacts by id (for declared conflicts), so grading stays close to
/// linear in the size of the directory.
struct Neighbours<'a> {
    by_market: HashMap<(&'a str, Reach, bool), Vec<usize>>,
    by_id: HashMap<&'a str, usize>,
    /// Who declares a conflict with a contact id.
    declared_against: HashMap<&'a str, Vec<usize>>,
}

impl<'a> Neighbours<'a> {
    fn new(contacts: &'a [ContactRecord], needs: &[Need]) -> Neighbours<'a> {
        let mut by_market: HashMap<(&str, Reach, bool), Vec<usize>> = HashMap::new();
        let mut by_id = HashMap::new();
        let mut declared_against: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, c) in contacts.iter().enumerate() {
            let need = needs[i];
            if let Some(market) = c.home_market()
                && need.reach != Reach::Other
                && !need.separate
            {
                by_market
                    .entry((market, need.reach, need.amex))
                    .or_default()
                    .push(i);
            }
            by_id.insert(c.id.as_str(), i);
            for other in &c.conflicts_with {
                declared_against.entry(other.as_str()).or_default().push(i);
            }
        }
        Neighbours {
            by_market,
            by_id,
            declared_against,
        }
    }
}

fn grade_one(
    i: usize,
    pages: &Pages,
    contacts: &[ContactRecord],
    strengths: &[Strength],
    findings: &[Option<(Status, Option<String>)>],
    rivals: Vec<usize>,
) -> Grade {
    let record = &contacts[i];
    let mine = strengths[i];
    let page = |id: &str| pages.get(id).copied();
    let (purposes, hours, hours_from) = stated_facts(pages, record, mine.amex);
    let mut grade = Grade {
        status: Status::SingleSource,
        why: String::new(),
        purposes,
        hours,
        hours_from,
        belongs_to: None,
        sources: cited_sources(&record.evidence),
        newest_amex: mine.amex,
        amex_pages: mine.amex_pages,
        rivals,
    };
    if let Some((status, belongs_to)) = &findings[i] {
        grade.status = *status;
        grade.belongs_to = belongs_to.clone();
        grade.why = in_english(|| finding_reason(&record.evidence, &page).text());
        return grade;
    }
    let (base, mut reason) = base_status(mine);
    grade.status = base;
    for &j in &grade.rivals {
        let (status, why) = against_rival(mine, strengths[j], &contacts[j]);
        if status > grade.status {
            grade.status = status;
            reason = why;
        }
    }
    grade.why = in_english(|| reason.text());
    grade
}

pub(super) fn base_status(mine: Strength) -> (Status, Reason) {
    match (mine.amex, mine.independent) {
        (Some(v), _) if mine.partner_only => (Status::Official, Reason::Partner(v)),
        (Some(v), _) => (Status::Official, Reason::Official(v)),
        (None, n) if n >= 2 => (Status::Corroborated, Reason::Corroborated(n)),
        _ => (Status::SingleSource, Reason::SingleSource),
    }
}

/// The outcome of one rival for this contact: a status no better than which it ends.
pub(super) fn against_rival(
    mine: Strength,
    theirs: Strength,
    rival: &ContactRecord,
) -> (Status, Reason) {
    let rival = format!("{} ({})", rival.value, rival.label);
    match (mine.amex, theirs.amex) {
        (Some(a), Some(b)) if a < b => (
            Status::Superseded,
            Reason::Superseded {
                newer: b,
                this: a,
                rival,
            },
        ),
        (Some(a), Some(b)) if a == b && mine.amex_pages == theirs.amex_pages => {
            (Status::Conflicting, Reason::SameAge { year: a, rival })
        }
        (Some(a), Some(b)) if a == b && mine.amex_pages < theirs.amex_pages => (
            Status::Conflicting,
            Reason::MorePages {
                year: a,
                theirs: theirs.amex_pages,
                mine: mine.amex_pages,
                rival,
            },
        ),
        (Some(_), _) => (Status::Official, Reason::Nothing),
        (None, Some(b)) => (Status::Conflicting, Reason::AmexGives { year: b, rival }),
        (None, None) if mine.independent > theirs.independent => {
            (Status::Official, Reason::Nothing)
        }
        (None, None) => (Status::Conflicting, Reason::OthersGive { rival }),
    }
}

pub(crate) use super::model::page_year;

pub(super) fn strength(page: &PageOf, record: &ContactRecord) -> Strength {
    let mut amex: Option<Vintage> = None;
    let mut amex_pages = BTreeSet::new();
    let mut publishers = BTreeSet::new();
    let mut amex_itself = false;
    for c in record
        .evidence
        .iter()
        .filter(|c| c.finding == Finding::Lists)
    {
        let Some(source) = page(c.source.as_str()) else {
            continue;
        };
        if source.kind == SourceKind::Review {
            continue;
        }
        if source.first_hand_for(&record.countries) {
            amex = Some(amex.map_or(source.vintage, |v| v.max(source.vintage)));
            amex_pages.insert(source.id.as_str());
            amex_itself |= source.kind == SourceKind::Amex;
        }
        publishers.insert(source.publisher.as_str());
    }
    Strength {
        amex,
        amex_pages: amex_pages.len(),
        independent: publishers.len(),
        partner_only: amex.is_some() && !amex_itself,
    }
}

/// The strongest finding against a number, if any, with whose it is.
pub(super) fn finding_of(evidence: &[Citation]) -> Option<(Status, Option<String>)> {
    let mut worst: Option<(Status, Option<String>)> = None;
    for c in evidence {
        let found = match &c.finding {
            Finding::Lists => continue,
            Finding::BelongsTo(owner) => (Status::Misattributed, Some(owner.clone())),
            Finding::Invented(_) => (Status::Implausible, None),
            Finding::Retired(_) => (Status::Outdated, None),
        };
        if worst.as_ref().is_none_or(|w| found.0 > w.0) {
            worst = Some(found);
        }
    }
    worst
}

pub(super) fn finding_reason(evidence: &[Citation], page: &PageOf) -> Reason {
    let mut reasons = evidence.iter().filter_map(|c| {
        let what = match &c.finding {
            Finding::Lists => return None,
            Finding::BelongsTo(owner) => Against::BelongsTo(owner.clone()),
            Finding::Invented(why) | Finding::Retired(why) => Against::Said(why.clone()),
        };
        let by = page(c.source.as_str()).map_or(c.source.as_str(), |s| s.publisher.as_str());
        Some(Reason::Finding {
            by: by.to_string(),
            what,
        })
    });
    reasons.next().unwrap_or(Reason::Nothing)
}

fn cited_sources(evidence: &[Citation]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for c in evidence {
        if !out.contains(&c.source) {
            out.push(c.source.clone());
        }
    }
    out
}

/// Purposes and hours from the current pages. A page that shows a year older than
/// another page of the same class (Amex pages, other pages) is out of date and ignored;
/// pages that show no year cannot be dated and count as current. Purposes are the union
/// over the current pages of both classes (each page names what it uses the number
/// for; the evidence list shows who said what). Hours come from the newest current Amex
/// page that states them when there is one (a dated page before an undated one, then
/// file order), else from the newest current other page, else from any listing.
fn stated_facts(
    pages: &Pages,
    record: &ContactRecord,
    amex: Option<Vintage>,
) -> (Vec<Purpose>, Hours, Option<usize>) {
    let evidence = &record.evidence;
    let page_of = |c: &Citation| -> (bool, Vintage) {
        pages.get(c.source.as_str()).map_or((false, None), |s| {
            (s.first_hand_for(&record.countries), s.vintage)
        })
    };
    let listings: Vec<(usize, &Citation)> = evidence
        .iter()
        .enumerate()
        .filter(|(_, c)| c.finding == Finding::Lists)
        .collect();
    let current_of = |amex_class: bool| -> Vec<(usize, &Citation)> {
        let class: Vec<(usize, &Citation)> = listings
            .iter()
            .copied()
            .filter(|(_, c)| page_of(c).0 == amex_class)
            .collect();
        let newest_known = class.iter().filter_map(|(_, c)| page_of(c).1).max();
        class
            .into_iter()
            .filter(|(_, c)| page_of(c).1.is_none() || page_of(c).1 == newest_known)
            .collect()
    };
    let (amex_pages, other_pages) = (current_of(true), current_of(false));
    let mut purposes: Vec<Purpose> = Vec::new();
    let stating_purposes: Vec<&Citation> = if listings.is_empty() {
        evidence.iter().collect()
    } else {
        amex_pages
            .iter()
            .chain(&other_pages)
            .map(|(_, c)| *c)
            .collect()
    };
    for c in stating_purposes {
        for p in &c.purposes {
            if !purposes.contains(p) {
                purposes.push(*p);
            }
        }
    }
    purposes.sort_by_key(|p| Purpose::ALL.iter().position(|q| q == p));
    let stating = |class: &[(usize, &Citation)]| {
        class
            .iter()
            .filter(|(_, c)| c.hours != Hours::Unknown)
            .max_by_key(|(i, c)| (page_of(c).1.is_some(), page_of(c).1, std::cmp::Reverse(*i)))
            .map(|(i, c)| (c.hours.clone(), *i))
    };
    let hours = if amex.is_some() {
        stating(&amex_pages)
    } else {
        None
    };
    match hours
        .or_else(|| stating(&other_pages))
        .or_else(|| stating(&listings))
    {
        Some((h, i)) => (purposes, h, Some(i)),
        None => (purposes, Hours::Unknown, None),
    }
}

/// Whether a contact is reached from inside its market, from abroad, or otherwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Reach {
    Domestic,
    Abroad,
    Other,
}

fn reach(kind: Kind) -> Reach {
    match kind {
        Kind::TollFree | Kind::Local => Reach::Domestic,
        Kind::International | Kind::Collect => Reach::Abroad,
        _ => Reach::Other,
    }
}

/// Declared rivals plus the automatic ones, strongest first.
fn rivals_of(
    i: usize,
    contacts: &[ContactRecord],
    neighbours: &Neighbours,
    needs: &[Need],
    strengths: &[Strength],
    findings: &[Option<(Status, Option<String>)>],
) -> Vec<usize> {
    let me = &contacts[i];
    let declared_by_me = me
        .conflicts_with
        .iter()
        .filter_map(|id| neighbours.by_id.get(id.as_str()).copied());
    let declared_against_me = neighbours
        .declared_against
        .get(me.id.as_str())
        .into_iter()
        .flatten()
        .copied();
    let need = needs[i];
    let same_market = me
        .home_market()
        .and_then(|m| neighbours.by_market.get(&(m, need.reach, !need.amex)))
        .into_iter()
        .flatten()
        .copied();
    let mut out: Vec<usize> = declared_by_me
        .chain(declared_against_me)
        .chain(same_market.filter(|j| same_need(me, &contacts[*j], needs[i], needs[*j])))
        .filter(|j| *j != i && findings[*j].is_none())
        .collect();
    out.sort_unstable();
    out.dedup();
    out.sort_by_key(|j| {
        let s = strengths[*j];
        (std::cmp::Reverse(s.amex), std::cmp::Reverse(s.independent))
    });
    out
}

/// Lines for these serve another product or audience (gift and prepaid cards,
/// merchants): they never rival a cardholder's line by themselves.
const SEPARATE_PRODUCTS: [Purpose; 2] = [Purpose::GiftCards, Purpose::MerchantServices];

/// What the automatic rule compares of a contact, computed once per contact (the rule
/// runs for every pair of lines of a market).
#[derive(Clone, Copy, Debug)]
struct Need {
    /// On an Amex page.
    amex: bool,
    reach: Reach,
    /// Bit per [`Purpose`] its citations claim.
    purposes: u32,
    /// Serves another product or audience ([`SEPARATE_PRODUCTS`]).
    separate: bool,
}

impl Need {
    fn of(contact: &ContactRecord, strength: Strength) -> Need {
        let bit = |p: Purpose| {
            Purpose::ALL
                .iter()
                .position(|q| *q == p)
                .map_or(0, |i| 1u32 << i)
        };
        Need {
            amex: strength.amex.is_some(),
            reach: reach(contact.kind),
            purposes: contact.purposes_claimed().map(bit).fold(0, |a, b| a | b),
            separate: contact
                .purposes_claimed()
                .any(|p| SEPARATE_PRODUCTS.contains(&p)),
        }
    }
}

/// The automatic rule: one number on an Amex page and the other not, for the same
/// market, reach, cards and audience, with a purpose in common. The computed facts
/// first, the strings last.
fn same_need(a: &ContactRecord, b: &ContactRecord, na: Need, nb: Need) -> bool {
    na.amex != nb.amex
        && na.reach != Reach::Other
        && na.reach == nb.reach
        && !na.separate
        && !nb.separate
        && na.purposes & nb.purposes != 0
        && a.tiers == b.tiers
        && a.value != b.value
        && a.home_market().is_some()
        && a.home_market() == b.home_market()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::model::Tiers;

    fn page(id: &str, kind: SourceKind, publisher: &str, vintage: Vintage) -> Source {
        Source {
            id: id.into(),
            title: id.into(),
            publisher: publisher.into(),
            kind,
            url: None,
            vintage,
            vintage_note: None,
            read_on: None,
            note: String::new(),
            issuer_of: None,
        }
    }

    fn cite(source: &str, purposes: &[Purpose], hours: Hours) -> Citation {
        Citation {
            source: source.into(),
            printed: Some("0800 000 000".into()),
            label: String::new(),
            purposes: purposes.to_vec(),
            stated_hours: None,
            hours,
            finding: Finding::Lists,
        }
    }

    fn contact(id: &str, value: &str, kind: Kind, evidence: Vec<Citation>) -> ContactRecord {
        ContactRecord {
            id: id.into(),
            label: id.into(),
            department: String::new(),
            tiers: Tiers::Any,
            countries: vec!["GB".into()],
            dial_region: None,
            kind,
            value: value.into(),
            languages: vec![],
            notes: String::new(),
            evidence,
            conflicts_with: vec![],
            format_note: None,
        }
    }

    fn sources() -> Vec<Source> {
        vec![
            page(
                "amex-2007",
                SourceKind::Amex,
                "American Express",
                Some(2007),
            ),
            page(
                "amex-2024",
                SourceKind::Amex,
                "American Express",
                Some(2024),
            ),
            page("amex-undated", SourceKind::Amex, "American Express", None),
            page("article", SourceKind::ThirdParty, "Some blog", Some(2024)),
            page("forum", SourceKind::ThirdParty, "Some forum", None),
            page("review", SourceKind::Review, "Amex Desk review", None),
        ]
    }

    fn weekdays() -> Hours {
        Hours::Weekly {
            zone: "Europe/London".into(),
            slots: vec![crate::directory::model::Slot {
                days: vec![crate::directory::model::Day::Mon],
                open: "08:00".into(),
                close: "17:00".into(),
            }],
        }
    }

    #[test]
    fn evidence_alone_grades_official_corroborated_and_single_source() {
        let contacts = vec![
            contact(
                "a",
                "1",
                Kind::TollFree,
                vec![cite("amex-undated", &[Purpose::Fraud], Hours::Unknown)],
            ),
            contact(
                "b",
                "2",
                Kind::TollFree,
                vec![
                    cite("article", &[Purpose::Rewards], Hours::Unknown),
                    cite("forum", &[Purpose::Rewards], Hours::Unknown),
                ],
            ),
            contact(
                "c",
                "3",
                Kind::Local,
                vec![cite("article", &[Purpose::Payments], Hours::Unknown)],
            ),
        ];
        let g = grade_all(&sources(), &contacts);
        assert_eq!(g[0].status, Status::Official);
        assert_eq!(g[1].status, Status::Corroborated);
        assert_eq!(g[2].status, Status::SingleSource);
        assert!(g[0].why.contains("American Express page"), "{}", g[0].why);
    }

    /// Issue 27: the page of the partner that issues the cards in a market is
    /// first-hand for lines serving only that market, and says whose page it is; for a
    /// line that also serves another market it is anyone's page.
    #[test]
    fn a_partners_own_page_is_first_hand_only_in_its_markets() {
        let mut partner = page(
            "swisscard",
            SourceKind::Partner,
            "Swisscard AECS GmbH",
            None,
        );
        partner.issuer_of = Some(crate::directory::model::IssuerOf {
            markets: vec!["CH".into()],
            source: "amex-undated".into(),
            quote: "Swisscard AECS GmbH as the card issuer".into(),
        });
        let mut all = sources();
        all.push(partner);
        let at = |countries: &[&str]| {
            let mut c = contact(
                "ch",
                "1",
                Kind::International,
                vec![cite("swisscard", &[Purpose::LostCard], Hours::Unknown)],
            );
            c.countries = countries.iter().map(|m| m.to_string()).collect();
            grade_all(&all, &[c]).remove(0)
        };
        let own = at(&["CH"]);
        assert_eq!(own.status, Status::Official);
        assert!(own.why.contains("licensed to issue"), "{}", own.why);
        for elsewhere in [&["DE"][..], &["CH", "DE"], &["worldwide"], &[]] {
            assert_eq!(at(elsewhere).status, Status::SingleSource, "{elsewhere:?}");
        }
        // Beside an American Express page, the reason is American Express's.
        let mut both = contact(
            "both",
            "2",
            Kind::International,
            vec![
                cite("swisscard", &[Purpose::LostCard], Hours::Unknown),
                cite("amex-undated", &[Purpose::LostCard], Hours::Unknown),
            ],
        );
        both.countries = vec!["CH".into()];
        let g = grade_all(&all, &[both]).remove(0);
        assert!(g.why.contains("American Express page"), "{}", g.why);
    }

    #[test]
    fn the_same_publisher_twice_is_not_corroboration() {
        let contacts = vec![contact(
            "a",
            "1",
            Kind::TollFree,
            vec![
                cite("article", &[Purpose::General], Hours::Unknown),
                cite("article", &[Purpose::General], Hours::Unknown),
            ],
        )];
        assert_eq!(
            grade_all(&sources(), &contacts)[0].status,
            Status::SingleSource
        );
    }

    #[test]
    fn an_older_page_cannot_override_hours_or_purposes_of_a_newer_one() {
        // The UK case: a 1998-2007 page gave weekday statement-queries hours; the current
        // pages call the same number the 24-hour lost-card line.
        let contacts = vec![contact(
            "uk",
            "0800 917 8047",
            Kind::TollFree,
            vec![
                cite("amex-2007", &[Purpose::Disputes], weekdays()),
                cite("amex-undated", &[Purpose::LostCard], Hours::Always),
                cite("amex-2024", &[Purpose::Fraud], Hours::Unknown),
            ],
        )];
        let g = &grade_all(&sources(), &contacts)[0];
        assert_eq!(g.status, Status::Official);
        assert_eq!(g.hours, Hours::Always);
        assert_eq!(g.hours_from, Some(1));
        assert_eq!(g.purposes, vec![Purpose::LostCard, Purpose::Fraud]);
        assert_eq!(g.newest_amex, Some(Some(2024)));
    }

    #[test]
    fn a_third_party_number_beside_an_amex_one_for_the_same_need_conflicts() {
        // The New Zealand case: the worldwide article's number against Amex's own page.
        let contacts = vec![
            contact(
                "amex",
                "0800 656 660",
                Kind::TollFree,
                vec![cite(
                    "amex-undated",
                    &[Purpose::General, Purpose::LostCard],
                    Hours::Unknown,
                )],
            ),
            contact(
                "article",
                "0800 228 588",
                Kind::TollFree,
                vec![cite("article", &[Purpose::General], Hours::Unknown)],
            ),
        ];
        let g = grade_all(&sources(), &contacts);
        assert_eq!(g[0].status, Status::Official);
        assert_eq!(g[1].status, Status::Conflicting);
        assert_eq!(g[1].rivals, vec![0]);
        assert_eq!(g[0].rivals, vec![1]);
        assert!(g[1].why.contains("0800 656 660"), "{}", g[1].why);
    }

    #[test]
    fn different_reach_cards_or_products_are_not_rivals() {
        let mut corporate = contact(
            "corp",
            "3",
            Kind::TollFree,
            vec![cite("article", &[Purpose::LostCard], Hours::Unknown)],
        );
        corporate.tiers = Tiers::Only(vec![crate::directory::model::Tier::Corporate]);
        let contacts = vec![
            contact(
                "amex",
                "1",
                Kind::TollFree,
                vec![cite("amex-undated", &[Purpose::LostCard], Hours::Unknown)],
            ),
            contact(
                "abroad",
                "2",
                Kind::International,
                vec![cite("article", &[Purpose::LostCard], Hours::Unknown)],
            ),
            corporate,
            contact(
                "gift",
                "4",
                Kind::TollFree,
                vec![cite(
                    "article",
                    &[Purpose::LostCard, Purpose::GiftCards],
                    Hours::Unknown,
                )],
            ),
        ];
        let g = grade_all(&sources(), &contacts);
        assert!(g.iter().all(|x| x.rivals.is_empty()), "{g:?}");
        assert_eq!(g[1].status, Status::SingleSource);
    }

    #[test]
    fn between_two_amex_numbers_the_newer_page_wins() {
        let mut old = contact(
            "old",
            "1",
            Kind::TollFree,
            vec![cite("amex-2007", &[Purpose::LostCard], Hours::Unknown)],
        );
        old.conflicts_with = vec!["new".into()];
        let contacts = vec![
            old,
            contact(
                "new",
                "2",
                Kind::TollFree,
                vec![cite("amex-2024", &[Purpose::LostCard], Hours::Unknown)],
            ),
        ];
        let g = grade_all(&sources(), &contacts);
        assert_eq!(g[0].status, Status::Superseded);
        assert_eq!(g[1].status, Status::Official);
        assert!(g[0].why.contains("newer"), "{}", g[0].why);
    }

    #[test]
    fn two_amex_pages_of_the_same_age_conflict_unless_more_pages_agree() {
        let mut a = contact(
            "a",
            "1",
            Kind::International,
            vec![cite("amex-undated", &[Purpose::LostCard], Hours::Unknown)],
        );
        a.conflicts_with = vec!["b".into()];
        let b = contact(
            "b",
            "2",
            Kind::International,
            vec![cite("amex-undated", &[Purpose::LostCard], Hours::Unknown)],
        );
        let g = grade_all(&sources(), &[a.clone(), b.clone()]);
        assert_eq!(
            (g[0].status, g[1].status),
            (Status::Conflicting, Status::Conflicting)
        );
        let mut b2 = b;
        b2.evidence
            .push(cite("amex-2024", &[Purpose::LostCard], Hours::Unknown));
        // b2 now has a newer page: a is superseded.
        let g = grade_all(&sources(), &[a, b2]);
        assert_eq!(
            (g[0].status, g[1].status),
            (Status::Superseded, Status::Official)
        );
    }

    #[test]
    fn findings_decide_before_evidence() {
        let finding = |f: Finding| Citation {
            finding: f,
            ..cite("review", &[], Hours::Unknown)
        };
        let contacts: Vec<ContactRecord> = [
            Finding::BelongsTo("Barclaycard".into()),
            Finding::Invented("fiction range".into()),
            Finding::Retired("old prefix".into()),
        ]
        .into_iter()
        .enumerate()
        .map(|(i, f)| {
            let listing = cite("article", &[Purpose::General], Hours::Unknown);
            contact(
                &i.to_string(),
                &i.to_string(),
                Kind::TollFree,
                vec![listing, finding(f)],
            )
        })
        .collect();
        let g = grade_all(&sources(), &contacts);
        assert_eq!(g[0].status, Status::Misattributed);
        assert_eq!(g[0].belongs_to.as_deref(), Some("Barclaycard"));
        assert_eq!(g[1].status, Status::Implausible);
        assert_eq!(g[2].status, Status::Outdated);
        assert!(g[2].why.contains("old prefix"));
    }

    #[test]
    fn a_review_never_counts_as_a_source_that_prints_the_number() {
        let contacts = vec![contact(
            "a",
            "1",
            Kind::TollFree,
            vec![
                cite("article", &[Purpose::General], Hours::Unknown),
                cite("review", &[Purpose::General], Hours::Unknown),
            ],
        )];
        assert_eq!(
            grade_all(&sources(), &contacts)[0].status,
            Status::SingleSource
        );
    }
}
