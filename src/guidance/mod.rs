//! Before and after the call: what to prepare per purpose, the best line to call, and
//! the escalation ladder per country, from `data/guidance.ron` (reviewed data with
//! sources, validated against the directory).

mod ladder_localized;
mod line;
mod localized;
mod prep_doc;

use std::sync::OnceLock;

use serde::Deserialize;

use crate::directory::{Channel, Directory, Purpose, Status};
use crate::t;

#[cfg(test)]
use line::reachable_line;
pub use line::{Call, Caveat, LineChoice};
pub(crate) use line::{choose_line, line_to_call, step_contact};
pub use prep_doc::prep_doc;
pub(crate) use prep_doc::sources_line;

/// The guidance file, compiled in.
pub const BUILTIN_RON: &str = include_str!("../../data/guidance.ron");

/// How to prepare for one kind of call.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Prep {
    /// What the call is about.
    pub purpose: Purpose,
    /// The channel to use first.
    pub channel: Channel,
    /// The directory contact for that channel, when it is not a phone call.
    pub channel_contact: Option<String>,
    /// Why that channel.
    pub channel_reason: String,
    /// Call now?
    pub urgent: bool,
    /// What to have ready (besides the card, which is always on the list).
    pub ready: Vec<String>,
    /// What the phone menu will ask.
    pub ivr: Vec<String>,
    /// What to say.
    pub say: Vec<String>,
    /// Source ids.
    pub sources: Vec<String>,
}

/// An external complaint body (not American Express).
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Body {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Country it serves.
    pub country: String,
    /// Its complaint page (https only).
    pub url: Option<String>,
    /// Its phone number.
    pub phone: Option<String>,
    /// Its postal address.
    pub postal: Option<String>,
    /// The stated timeline.
    pub timeline: String,
    /// How sure we are.
    pub status: Status,
    /// Source ids.
    pub sources: Vec<String>,
    /// The pages that state its name, contact and time limits, quoted.
    #[serde(default)]
    pub evidence: Vec<crate::evidence::Evidence>,
}

/// One rung of an escalation ladder.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Step {
    /// Short title.
    pub title: String,
    /// What to do and what to expect.
    pub detail: String,
    /// The directory contact to use.
    pub contact: Option<String>,
    /// The external body, for the last rungs.
    pub body: Option<String>,
    /// Source ids.
    pub sources: Vec<String>,
    /// The pages that state what the rung says, quoted.
    #[serde(default)]
    pub evidence: Vec<crate::evidence::Evidence>,
}

/// The escalation ladder of one country.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Ladder {
    /// ISO country code.
    pub country: String,
    /// Rungs, in order.
    pub steps: Vec<Step>,
}

/// All guidance.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Guidance {
    /// File format version.
    pub version: u32,
    /// Per purpose.
    pub prep: Vec<Prep>,
    /// External bodies.
    pub bodies: Vec<Body>,
    /// Per country.
    pub ladders: Vec<Ladder>,
}

/// What every call needs, whatever it is about.
pub(crate) fn always_ready() -> [String; 3] {
    [
        t!("prep-ready-card"),
        t!("prep-ready-notes"),
        t!("prep-ready-dates"),
    ]
}

/// The last step of every call.
pub(crate) fn last_step() -> String {
    t!("prep-last-step")
}

impl Guidance {
    /// Parses and validates guidance against `dir`: every source, contact and body id
    /// must exist, links must be https.
    pub fn parse(text: &str, dir: &Directory) -> Result<Guidance, crate::builtin::DataError> {
        let g: Guidance = crate::builtin::parse_ron("data/guidance.ron", text)?;
        let mut problems = Vec::new();
        let source_ok = |id: &String| dir.source(id).is_some();
        let contact_ok = |id: &String| dir.contact(id).is_some();
        for p in &g.prep {
            for s in p.sources.iter().filter(|s| !source_ok(s)) {
                problems.push(format!("prep {}: unknown source {s}", p.purpose.slug()));
            }
            if let Some(c) = p.channel_contact.as_ref().filter(|c| !contact_ok(c)) {
                problems.push(format!("prep {}: unknown contact {c}", p.purpose.slug()));
            }
        }
        for b in &g.bodies {
            if let Some(url) = b.url.as_ref().filter(|u| !u.starts_with("https://")) {
                problems.push(format!("body {}: link {url} is not https", b.id));
            }
            for s in b.sources.iter().filter(|s| !source_ok(s)) {
                problems.push(format!("body {}: unknown source {s}", b.id));
            }
            if b.sources.is_empty() && b.evidence.is_empty() {
                problems.push(format!("body {}: no source", b.id));
            }
            for p in b.evidence.iter().flat_map(|e| e.page_problems()) {
                problems.push(format!("body {}: {p}", b.id));
            }
        }
        for l in &g.ladders {
            for step in &l.steps {
                for s in step.sources.iter().filter(|s| !source_ok(s)) {
                    problems.push(format!(
                        "ladder {}: {}: unknown source {s}",
                        l.country, step.title
                    ));
                }
                for p in step.evidence.iter().flat_map(|e| e.page_problems()) {
                    problems.push(format!("ladder {}: {}: {p}", l.country, step.title));
                }
                if let Some(c) = step.contact.as_ref().filter(|c| !contact_ok(c)) {
                    problems.push(format!(
                        "ladder {}: {}: unknown contact {c}",
                        l.country, step.title
                    ));
                }
                if let Some(b) = step
                    .body
                    .as_ref()
                    .filter(|b| !g.bodies.iter().any(|x| &x.id == *b))
                {
                    problems.push(format!(
                        "ladder {}: {}: unknown body {b}",
                        l.country, step.title
                    ));
                }
            }
        }
        crate::builtin::DataError::check("data/guidance.ron", problems)?;
        Ok(g)
    }

    /// The preparation for a purpose.
    pub(crate) fn prep_for(&self, purpose: Purpose) -> Option<&Prep> {
        self.prep.iter().find(|p| p.purpose == purpose)
    }

    /// The pages behind a rung: its own, then its external body's.
    pub(crate) fn step_evidence<'a>(
        &'a self,
        step: &'a Step,
    ) -> impl Iterator<Item = &'a crate::evidence::Evidence> + 'a {
        let body = step.body.as_deref().and_then(|id| self.body(id));
        step.evidence
            .iter()
            .chain(body.into_iter().flat_map(|b| b.evidence.iter()))
    }

    /// The escalation ladder of a country.
    pub(crate) fn ladder_for(&self, country: &str) -> Option<&Ladder> {
        self.ladders.iter().find(|l| l.country == country)
    }

    /// An external body.
    pub fn body(&self, id: &str) -> Option<&Body> {
        self.bodies.iter().find(|b| b.id == id)
    }
}

/// The built-in guidance (parsed once, on first use). Its references to the directory
/// are validated by the test suite, not at run time: checking them would load the
/// directory a second time.
pub fn builtin() -> Result<&'static Guidance, crate::builtin::DataError> {
    static GUIDANCE: OnceLock<Result<Guidance, crate::builtin::DataError>> = OnceLock::new();
    crate::builtin::load(&GUIDANCE, "data/guidance.ron", BUILTIN_RON)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_guidance_validates_and_covers_every_purpose() {
        let dir = Directory::builtin().unwrap();
        assert_eq!(
            &Guidance::parse(BUILTIN_RON, &dir).unwrap(),
            builtin().unwrap()
        );
        let g = builtin().unwrap();
        for p in Purpose::ALL {
            let prep = g
                .prep_for(p)
                .unwrap_or_else(|| panic!("no prep for {}", p.slug()));
            assert!(!prep.sources.is_empty() && !prep.say.is_empty());
        }
        for country in ["US", "CA", "GB", "AU", "IN"] {
            let ladder = g.ladder_for(country).unwrap();
            let last = ladder.steps.last().unwrap();
            let body = g.body(last.body.as_deref().unwrap()).unwrap();
            assert_eq!(
                body.country, country,
                "the last rung is the country's external body"
            );
        }
        assert_eq!(
            g.body("afca").unwrap().phone.as_deref(),
            Some("1800 931 678")
        );
    }

    /// Every ladder stays in its market (no rung names another market's body), and
    /// the markets the issue lists each have one that ends at their own external body,
    /// or says plainly that the body was not found.
    #[test]
    fn every_ladder_ends_where_its_market_complaints_end() {
        let g = builtin().unwrap();
        for ladder in &g.ladders {
            for step in &ladder.steps {
                if let Some(id) = &step.body {
                    let body = g.body(id).unwrap();
                    assert_eq!(
                        body.country, ladder.country,
                        "{}: {}",
                        ladder.country, step.title
                    );
                }
            }
        }
        let markets = [
            "GB", "IE", "ES", "DE", "FR", "IT", "NL", "CA", "AU", "IN", "JP", "MX", "SG", "HK",
            "NZ", "US",
        ];
        for country in markets {
            let ladder = g
                .ladder_for(country)
                .unwrap_or_else(|| panic!("{country}: no ladder"));
            let last = ladder.steps.last().unwrap();
            let ends_at_body = last
                .body
                .as_deref()
                .and_then(|id| g.body(id))
                .is_some_and(|b| b.country == country);
            let says_not_found = last.detail.contains("was not found");
            assert!(
                ends_at_body || says_not_found,
                "{country}: the ladder ends at \"{}\", neither the market's body nor an honest \"not found\"",
                last.title
            );
        }
    }

    /// The numbers of the time limits `text` states ("15 working days", "one year",
    /// "2 to 3 business days" gives 3), as digits.
    fn time_limits(text: &str) -> Vec<String> {
        let words: Vec<String> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let unit = |w: Option<&String>| {
            w.is_some_and(|w| {
                ["day", "week", "month", "year", "hour"]
                    .iter()
                    .any(|u| w.starts_with(u))
            })
        };
        words
            .iter()
            .enumerate()
            .filter(|(i, _)| unit(words.get(i + 1)) || unit(words.get(i + 2)))
            .filter_map(|(_, w)| number(w))
            .collect()
    }

    /// A number written in digits or in English words up to twelve, as digits.
    fn number(word: &str) -> Option<String> {
        const WORDS: [&str; 12] = [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve",
        ];
        if !word.is_empty() && word.chars().all(|c| c.is_ascii_digit()) {
            return Some(word.to_string());
        }
        WORDS
            .iter()
            .position(|w| *w == word)
            .map(|i| (i + 1).to_string())
    }

    /// Every number a page's quote or translation prints, as digits ("30 天" and
    /// "one year" count; so does the digit run inside "Rs.250").
    fn numbers_on(page: &crate::evidence::Evidence) -> Vec<String> {
        let text = format!(
            "{} {}",
            page.quote,
            page.translation.as_deref().unwrap_or_default()
        );
        let digits = text
            .split(|c: char| !c.is_ascii_digit())
            .filter(|run| !run.is_empty())
            .map(str::to_string);
        let words = text
            .split(|c: char| !c.is_alphanumeric())
            .filter_map(|w| number(&w.to_lowercase()));
        digits.chain(words).collect()
    }

    /// Issue 27: every market with an official card line of its own (computed from the
    /// built-in directory, not listed here) has a ladder that ends at an external body
    /// of that market, or whose last rung says plainly that none was confirmed or found;
    /// and every time limit a body or a rung states is printed on one of its pages, each
    /// page with its quote and address.
    #[test]
    fn every_market_with_an_official_line_ends_at_its_body_and_every_limit_has_its_page() {
        let dir = Directory::builtin().unwrap();
        let g = builtin().unwrap();
        let markets: Vec<String> = crate::directory::coverage::coverage(&dir)
            .markets
            .into_iter()
            .filter(|m| m.best == Some(Status::Official))
            .map(|m| m.code)
            .collect();
        assert!(markets.len() >= 20, "{markets:?}");
        for country in [
            "SE", "NO", "DK", "FI", "PL", "BE", "AT", "TW", "TH", "SA", "FR",
        ] {
            assert!(
                markets.iter().any(|m| m == country),
                "{country}: no official line?"
            );
        }
        let mut problems = Vec::new();
        for country in &markets {
            let Some(ladder) = g.ladder_for(country) else {
                problems.push(format!("{country}: no ladder"));
                continue;
            };
            let last = ladder.steps.last().unwrap();
            let ends_at_body = last
                .body
                .as_deref()
                .and_then(|id| g.body(id))
                .is_some_and(|b| &b.country == country);
            let says_none = last.body.is_none()
                && ["was not found", "was not confirmed"]
                    .iter()
                    .any(|s| last.detail.contains(s));
            if !(ends_at_body || says_none) {
                problems.push(format!(
                    "{country}: the ladder ends at \"{}\", neither the market's body nor an honest \"none known\"",
                    last.title
                ));
            }
        }
        let check = |what: String, text: &str, pages: Vec<&crate::evidence::Evidence>| {
            let mut out = Vec::new();
            for page in &pages {
                if page.quote.trim().is_empty() || !page.url.starts_with("http") {
                    out.push(format!("{what}: a page without its quote or address"));
                }
            }
            let printed: Vec<String> = pages.iter().flat_map(|p| numbers_on(p)).collect();
            for n in time_limits(text) {
                if !printed.contains(&n) {
                    out.push(format!(
                        "{what}: the limit with {n} is on none of its pages"
                    ));
                }
            }
            out
        };
        for b in &g.bodies {
            problems.extend(check(
                format!("body {}", b.id),
                &b.timeline,
                b.evidence.iter().collect(),
            ));
        }
        for l in &g.ladders {
            for step in &l.steps {
                problems.extend(check(
                    format!("ladder {}: {}", l.country, step.title),
                    &step.detail,
                    g.step_evidence(step).collect(),
                ));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        assert_eq!(time_limits("within 2 to 3 business days"), ["3"]);
        assert_eq!(time_limits("within one year, or two months"), ["1", "2"]);
        assert!(time_limits("Open 29 December to 3 January; fee Rs.250").is_empty());
    }

    #[test]
    fn bad_references_are_named() {
        let dir = Directory::builtin().unwrap();
        let bad = BUILTIN_RON.replacen(
            "contact: Some(\"gb-postal\")",
            "contact: Some(\"gb-nowhere\")",
            1,
        );
        let err = Guidance::parse(&bad, &dir).unwrap_err();
        assert!(
            err.to_string().contains("unknown contact gb-nowhere"),
            "{err}"
        );
        let http = BUILTIN_RON.replacen("https://www.afca.org.au/", "http://afca.example/", 1);
        assert!(
            Guidance::parse(&http, &dir)
                .unwrap_err()
                .to_string()
                .contains("not https")
        );
    }

    #[test]
    fn the_line_to_call_fits_the_purpose_and_country() {
        let dir = Directory::builtin().unwrap();
        let lost = line_to_call(&dir, Purpose::LostCard, "US").unwrap();
        assert_eq!(lost.record.id, "us-lost-stolen");
        let gb = line_to_call(&dir, Purpose::Retention, "GB").unwrap();
        assert!(gb.record.countries.contains(&"GB".to_string()));
        // From Spain the US toll-free lost-card line gives way to the collect line.
        let abroad = reachable_line(&dir, Purpose::LostCard, "US", "ES").unwrap();
        assert_eq!(abroad.record.id, "us-collect-abroad");
        assert_eq!(
            reachable_line(&dir, Purpose::LostCard, "US", "US")
                .unwrap()
                .record
                .id,
            "us-lost-stolen"
        );
        // Never a number known to belong to someone else.
        assert_ne!(
            line_to_call(&dir, Purpose::General, "GB")
                .unwrap()
                .record
                .id,
            "gb-barclaycard"
        );
    }
}
