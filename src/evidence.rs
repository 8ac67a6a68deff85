//! The evidence behind every rule of the catalogues (issue 27): the page that states it (URL,
//! the sentence as printed, publisher and what kind of publisher, the page's year, the
//! day it was read), law and issuer policy kept apart, and a figure found only in a
//! secondary source said to be so. Pure.

use serde::Deserialize;

use crate::t;

/// Who publishes the page.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
pub enum SourceKind {
    /// American Express (or the issuer of the cards in that market).
    Issuer,
    /// A regulator or a government body.
    Regulator,
    /// An ombudsman or an approved dispute-resolution body.
    Ombudsman,
    /// The law itself, on an official publisher of it.
    Legislation,
    /// Anyone else (a legal database, a law firm, another bank, the press).
    Secondary,
}

impl SourceKind {
    /// The word shown beside the source, in the current language.
    pub fn word(self) -> String {
        match self {
            SourceKind::Issuer => t!("disputes-source-issuer"),
            SourceKind::Regulator => t!("disputes-source-regulator"),
            SourceKind::Ombudsman => t!("disputes-source-ombudsman"),
            SourceKind::Legislation => t!("disputes-source-legislation"),
            SourceKind::Secondary => t!("disputes-source-secondary"),
        }
    }
}

/// The page that states a rule.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
pub struct Evidence {
    /// The page (http or https).
    pub url: String,
    /// The sentence as the page prints it, in its language.
    pub quote: String,
    /// An English translation, when the page is not in English.
    #[serde(default)]
    pub translation: Option<String>,
    /// Who publishes the page.
    pub publisher: String,
    /// What kind of publisher.
    pub kind: SourceKind,
    /// The year the page shows, when it shows one.
    #[serde(default)]
    pub year: Option<u16>,
    /// The day it was read (YYYY-MM-DD).
    pub read_on: String,
}

impl Evidence {
    /// What is wrong with it; `law`: the rule is presented as law, not policy.
    pub fn problems(&self, law: bool) -> Vec<String> {
        let mut out = self.page_problems();
        if law && self.kind == SourceKind::Issuer {
            out.push("a rule of law cited to the issuer's own page: mark it policy".to_string());
        }
        if !law && matches!(self.kind, SourceKind::Legislation) {
            out.push("legislation cited as the issuer's policy: mark it law".to_string());
        }
        out
    }

    /// What is missing from the page's record: the quote, the address, the publisher,
    /// the day it was read.
    pub(crate) fn page_problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.quote.trim().is_empty() {
            out.push("no quote".to_string());
        }
        if !(self.url.starts_with("https://") || self.url.starts_with("http://")) {
            out.push(format!("no page address (url {:?})", self.url));
        }
        if self.publisher.trim().is_empty() {
            out.push("no publisher".to_string());
        }
        if jiff::civil::Date::strptime("%Y-%m-%d", &self.read_on).is_err() {
            out.push(format!("read_on {:?} is not a date", self.read_on));
        }
        out
    }

    /// Whether only a secondary source states it.
    pub(crate) fn is_secondary(&self) -> bool {
        self.kind == SourceKind::Secondary
    }

    /// One line for the hover, the packet and the calendar: the quote (and its
    /// translation), who says it, where, and when.
    pub(crate) fn citation(&self) -> String {
        let page = match self.year {
            Some(year) => t!("disputes-citation-page-of", year = year.to_string()),
            None => t!("disputes-citation-page-undated"),
        };
        let translation = self
            .translation
            .as_ref()
            .map(|text| t!("disputes-citation-translation", text = text))
            .unwrap_or_default();
        let secondary = if self.is_secondary() {
            t!("disputes-citation-secondary")
        } else {
            String::new()
        };
        t!(
            "disputes-citation",
            quote = &self.quote,
            translation = translation,
            publisher = &self.publisher,
            kind = self.kind.word(),
            url = &self.url,
            page = page,
            read = &self.read_on,
            secondary = secondary,
        )
    }
}

/// The European Economic Area: the EU's 27 member states, Iceland, Liechtenstein and
/// Norway, where the payment services directive's rules apply. Rules for all of them
/// are written once with the country `EEA`.
pub(crate) const EEA: [&str; 30] = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
];

/// Whether a rule written for `rule_country` applies to an account in `account`.
pub fn applies(rule_country: &str, account: &str) -> bool {
    rule_country.eq_ignore_ascii_case(account)
        || (rule_country == "EEA" && EEA.iter().any(|c| c.eq_ignore_ascii_case(account)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(kind: SourceKind) -> Evidence {
        Evidence {
            url: "https://example.org/rules".into(),
            quote: "within 13 months".into(),
            translation: None,
            publisher: "Example".into(),
            kind,
            year: Some(2024),
            read_on: "2026-12-05".into(),
        }
    }

    #[test]
    fn law_and_policy_are_kept_apart_and_a_figure_needs_its_quote_and_page() {
        assert!(page(SourceKind::Legislation).problems(true).is_empty());
        assert!(!page(SourceKind::Issuer).problems(true).is_empty());
        assert!(!page(SourceKind::Legislation).problems(false).is_empty());
        let mut bare = page(SourceKind::Regulator);
        bare.quote.clear();
        bare.url = "bde.es".into();
        assert_eq!(bare.problems(true).len(), 2);
        assert!(
            page(SourceKind::Secondary)
                .citation()
                .contains("secondary source")
        );
    }

    #[test]
    fn eea_rules_reach_every_member_and_no_one_else() {
        for c in EEA {
            assert!(applies("EEA", c));
        }
        for c in ["GB", "CH", "US", "JP", "TR"] {
            assert!(!applies("EEA", c), "{c}");
        }
        assert!(applies("GB", "GB") && !applies("GB", "IE"));
    }
}
