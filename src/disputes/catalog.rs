//! The reviewed dispute data: types and their evidence checklists, general advice, and
//! the deadline rules per country (`data/disputes.ron`).

use std::sync::OnceLock;

use serde::Deserialize;

use crate::directory::Directory;

/// The catalog file, compiled in.
pub const BUILTIN_RON: &str = include_str!("../../data/disputes.ron");

/// A piece of general advice.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Advice {
    /// The advice.
    pub text: String,
    /// Source ids.
    pub sources: Vec<String>,
}

/// One piece of evidence a dispute type asks for.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Item {
    /// Short title (also the key a case's tick is stored under).
    pub title: String,
    /// Why it matters.
    pub why: String,
    /// An example.
    pub example: String,
}

/// A kind of dispute and its checklist.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct DisputeType {
    /// Command-line name.
    pub slug: String,
    /// Name shown to people.
    pub name: String,
    /// One line.
    pub summary: String,
    /// The evidence checklist.
    pub items: Vec<Item>,
}

/// What a deadline is.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
pub enum RuleKind {
    /// Your notice must arrive by then.
    NoticeDue,
    /// The issuer must acknowledge by then.
    Acknowledgement,
    /// The issuer must (or says it will) resolve by then.
    Resolution,
    /// The complaint is escalated automatically.
    Escalation,
    /// You may go to the external ombudsman.
    Ombudsman,
    /// The last day to take the complaint to the external body.
    OmbudsmanDeadline,
}

/// Which date of the case a rule counts from.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
pub enum Anchor {
    /// The closing date of the first statement showing the charge.
    StatementDate,
    /// The date the dispute or complaint was filed with the issuer.
    FiledDate,
    /// The date of the charge (the debit).
    TransactionDate,
    /// The date the issuer's final response came.
    FinalResponseDate,
}

/// A right a rule or a note gives the cardholder, for which a letter can be written
/// ([`super::letters::Letter`]): a letter is offered only where a quoted rule stands
/// behind it.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
pub enum Right {
    /// A written billing-error notice (US Regulation Z).
    BillingError,
    /// Reporting an unauthorised or wrongly executed payment (EU PSD2 Article 71, UK
    /// Payment Services Regulations 2017 regulation 74).
    UnauthorisedPayment,
    /// The card issuer's equal liability for the supplier's breach (UK Consumer Credit
    /// Act 1974, section 75).
    EqualLiability,
}

/// A deadline rule.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Rule {
    /// Country of the account, or `EEA` for every state of the European Economic
    /// Area ([`super::evidence::EEA`]).
    pub country: String,
    /// What it is.
    pub kind: RuleKind,
    /// Days after the anchor.
    #[serde(default)]
    pub days: i32,
    /// Months after the anchor (calendar months, added before the days).
    #[serde(default)]
    pub months: i32,
    /// The days are business days (Monday to Friday; public holidays are not known here).
    #[serde(default)]
    pub business_days: bool,
    /// The anchor date.
    pub from: Anchor,
    /// Shown to people.
    pub label: String,
    /// Where it comes from, in a few words (the rule's name).
    pub source: String,
    /// The issuer's stated policy (not a legal deadline)?
    pub policy: bool,
    /// The page that states it.
    pub evidence: super::evidence::Evidence,
    /// The right it gives, when a letter relies on it.
    #[serde(default)]
    pub right: Option<Right>,
    /// The dispute types it applies to (their slugs); empty: every type. The 13 months
    /// to report an unauthorised payment are not a deadline of a parcel that never came.
    #[serde(default)]
    pub kinds: Vec<String>,
}

impl Rule {
    /// Whether the rule applies to a case of dispute type `kind`.
    pub(crate) fn applies_to_kind(&self, kind: &str) -> bool {
        self.kinds.is_empty() || self.kinds.iter().any(|k| k == kind)
    }
}

/// A note per country (rules without a date).
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct CountryNote {
    /// Country.
    pub country: String,
    /// The note.
    pub text: String,
    /// The issuer's stated policy (not law)?
    pub policy: bool,
    /// The pages that state it, quoted.
    #[serde(default)]
    pub evidence: Vec<super::evidence::Evidence>,
    /// The right it gives, when a letter relies on it.
    #[serde(default)]
    pub right: Option<Right>,
}

/// What a letter relies on: a dated rule or a country's note.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Basis<'a> {
    /// A deadline rule (the letter can give its date).
    Rule(&'a Rule),
    /// A note without a date.
    Note(&'a CountryNote),
}

/// The whole catalog.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Catalog {
    /// File format version.
    pub version: u32,
    /// General advice.
    pub general: Vec<Advice>,
    /// Dispute types.
    pub types: Vec<DisputeType>,
    /// Deadline rules.
    pub rules: Vec<Rule>,
    /// Country notes.
    pub notes: Vec<CountryNote>,
}

impl Catalog {
    /// Parses and validates: unique type slugs, non-empty checklists with unique titles,
    /// known source ids and countries.
    pub fn parse(text: &str, dir: &Directory) -> Result<Catalog, crate::builtin::DataError> {
        let c: Catalog = crate::builtin::parse_ron("data/disputes.ron", text)?;
        let mut problems = Vec::new();
        for (i, t) in c.types.iter().enumerate() {
            if c.types[..i].iter().any(|o| o.slug == t.slug) {
                problems.push(format!("type {}: duplicate slug", t.slug));
            }
            if t.items.is_empty() {
                problems.push(format!("type {}: empty checklist", t.slug));
            }
            for (j, item) in t.items.iter().enumerate() {
                if t.items[..j].iter().any(|o| o.title == item.title) {
                    problems.push(format!("type {}: duplicate item {}", t.slug, item.title));
                }
            }
        }
        for a in &c.general {
            for s in a.sources.iter().filter(|s| dir.source(s).is_none()) {
                problems.push(format!("general advice: unknown source {s}"));
            }
        }
        for r in &c.rules {
            if r.country != "EEA" && dir.country(&r.country).is_none() {
                problems.push(format!("rule {}: unknown country {}", r.label, r.country));
            }
            for p in r.evidence.problems(!r.policy) {
                problems.push(format!("rule {} ({}): {p}", r.label, r.country));
            }
            if r.days == 0 && r.months == 0 {
                problems.push(format!("rule {} ({}): no time given", r.label, r.country));
            }
            for k in r
                .kinds
                .iter()
                .filter(|k| !c.types.iter().any(|t| &t.slug == *k))
            {
                problems.push(format!(
                    "rule {} ({}): unknown dispute type {k}",
                    r.label, r.country
                ));
            }
        }
        for n in &c.notes {
            for p in n.evidence.iter().flat_map(|e| e.problems(!n.policy)) {
                problems.push(format!("note ({}): {p}", n.country));
            }
            if n.right.is_some() && n.evidence.is_empty() {
                problems.push(format!(
                    "note ({}): a right that letters rely on needs its quoted page",
                    n.country
                ));
            }
        }
        crate::builtin::DataError::check("data/disputes.ron", problems)?;
        Ok(c)
    }

    /// A type by slug.
    pub fn kind(&self, slug: &str) -> Option<&DisputeType> {
        self.types.iter().find(|t| t.slug == slug)
    }

    /// The rules for an account in `country` (its own, and the EEA's for EEA states).
    pub(crate) fn rules_for<'a>(&'a self, country: &'a str) -> impl Iterator<Item = &'a Rule> + 'a {
        self.rules
            .iter()
            .filter(move |r| super::evidence::applies(&r.country, country))
    }

    /// The first rule, then the first note, for an account in `country` that gives
    /// `right`: what a letter for it relies on.
    pub(crate) fn basis_of(&self, right: Right, country: &str) -> Option<Basis<'_>> {
        let rule = self
            .rules
            .iter()
            .find(|r| r.right == Some(right) && super::evidence::applies(&r.country, country))
            .map(Basis::Rule);
        rule.or_else(|| {
            self.notes
                .iter()
                .find(|n| n.right == Some(right) && n.country == country)
                .map(Basis::Note)
        })
    }

    /// The rules for a case: its account country's (and the EEA's for EEA states) that
    /// apply to its dispute type.
    pub(crate) fn rules_for_case<'a>(
        &'a self,
        case: &'a super::model::Case,
    ) -> impl Iterator<Item = &'a Rule> + 'a {
        self.rules_for(&case.country)
            .filter(move |r| r.applies_to_kind(&case.kind))
    }

    /// The notes for a country.
    pub(crate) fn notes_for<'a>(
        &'a self,
        country: &'a str,
    ) -> impl Iterator<Item = &'a CountryNote> + 'a {
        self.notes.iter().filter(move |n| n.country == country)
    }
}

/// The built-in catalog (parsed once, on first use). Its references to the directory
/// are validated by the test suite, not at run time: checking them would load the
/// directory a second time.
pub fn builtin() -> Result<&'static Catalog, crate::builtin::DataError> {
    static CATALOG: OnceLock<Result<Catalog, crate::builtin::DataError>> = OnceLock::new();
    crate::builtin::load(&CATALOG, "data/disputes.ron", BUILTIN_RON)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalog_validates_and_has_every_type() {
        let dir = Directory::builtin().unwrap();
        assert_eq!(
            &Catalog::parse(BUILTIN_RON, &dir).unwrap(),
            builtin().unwrap()
        );
        let c = builtin().unwrap();
        for slug in [
            "unauthorized",
            "not-received",
            "not-as-described",
            "cancelled-recurring",
            "credit-not-processed",
            "duplicate",
            "wrong-amount",
            "paid-by-other-means",
        ] {
            let t = c.kind(slug).unwrap_or_else(|| panic!("no type {slug}"));
            assert!(t.items.len() >= 3, "{slug}");
            assert!(
                t.items
                    .iter()
                    .all(|i| !i.why.is_empty() && !i.example.is_empty())
            );
        }
        assert_eq!(c.rules_for("US").count(), 3);
        // Each market's own deadlines, and the EEA's for member states.
        let own = |country: &str| {
            c.rules_for(country)
                .filter(|r| r.country == country)
                .count()
        };
        for (country, at_least) in [("MX", 1), ("IT", 2), ("FR", 1), ("ES", 2), ("GB", 3)] {
            assert!(own(country) >= at_least, "{country}: {}", own(country));
        }
        for eea in ["IT", "FR", "DE", "ES", "NL", "IE"] {
            assert!(c.rules_for(eea).any(|r| r.country == "EEA"), "{eea}");
        }
        assert!(!c.rules_for("MX").any(|r| r.country == "EEA"));
        // A rule without its quote, or without a page, is refused.
        let first_quote = BUILTIN_RON.find("quote: \"").unwrap();
        let end = BUILTIN_RON[first_quote + 8..].find('"').unwrap() + first_quote + 8;
        let empty = format!(
            "{}quote: \"{}",
            &BUILTIN_RON[..first_quote],
            &BUILTIN_RON[end..]
        );
        assert!(
            Catalog::parse(&empty, &dir)
                .unwrap_err()
                .to_string()
                .contains("no quote")
        );
        let no_url = BUILTIN_RON.replacen("url: \"https://", "url: \"", 1);
        assert!(
            Catalog::parse(&no_url, &dir)
                .unwrap_err()
                .to_string()
                .contains("no page address")
        );
        let unknown_kind = BUILTIN_RON.replacen("kinds: [\"unauthorized\"", "kinds: [\"nope\"", 1);
        assert!(
            Catalog::parse(&unknown_kind, &dir)
                .unwrap_err()
                .to_string()
                .contains("unknown dispute type nope")
        );
        let dup = BUILTIN_RON.replacen("slug: \"duplicate\"", "slug: \"unauthorized\"", 1);
        assert!(
            Catalog::parse(&dup, &dir)
                .unwrap_err()
                .to_string()
                .contains("duplicate slug")
        );
    }
}
