//! Which cards a line serves: the card a caller holds (personal, business, corporate)
//! and the products a line's page names (International Currency Cards, Corporate
//! Cards, gift cards, merchants, PPI, a discontinued card), so a personal-card call is
//! never sent to another product's line without saying so.
//!
//! A line's products are read from what its page calls it (its label and department,
//! in the page's language) and from its tiers. Pure logic.

use serde::{Deserialize, Serialize};

use super::load::{Contact, Directory};
use super::model::{Tier, Tiers, in_english, interned};
use crate::t;

/// The card the caller holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CardKind {
    /// A personal (consumer) card: Green, Gold, Platinum, Blue...
    #[default]
    Personal,
    /// A small-business card.
    Business,
    /// A Corporate Card, issued through an employer.
    Corporate,
}

impl CardKind {
    /// Every kind, in menu order.
    pub const ALL: [CardKind; 3] = [CardKind::Personal, CardKind::Business, CardKind::Corporate];

    /// The command-line and JSON spelling.
    pub fn slug(self) -> &'static str {
        match self {
            CardKind::Personal => "personal",
            CardKind::Business => "business",
            CardKind::Corporate => "corporate",
        }
    }

    /// The menu label, in the current language.
    pub fn label(self) -> String {
        match self {
            CardKind::Personal => t!("numbers-card-kind-personal"),
            CardKind::Business => t!("numbers-card-kind-business"),
            CardKind::Corporate => t!("numbers-card-kind-corporate"),
        }
    }
}

/// A product narrower than "every card" that a line's page names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Product {
    /// Corporate Cards and their programme administrators.
    Corporate,
    /// Small-business cards only.
    Business,
    /// International Currency Cards (US-dollar and euro cards issued in the UK).
    CurrencyCard,
    /// Gift and prepaid cards.
    GiftCard,
    /// Merchants that accept the card.
    Merchant,
    /// Payment Protection Insurance complaints.
    Ppi,
    /// A card that is no longer issued (Mexico's PAYBACK card).
    Discontinued,
}

impl Product {
    /// What the line is for, in a few words, in the current language.
    pub fn label(self) -> &'static str {
        interned(match self {
            Product::Corporate => t!("numbers-product-corporate"),
            Product::Business => t!("numbers-product-business"),
            Product::CurrencyCard => t!("numbers-product-currency-card"),
            Product::GiftCard => t!("numbers-product-gift-card"),
            Product::Merchant => t!("numbers-product-merchant"),
            Product::Ppi => t!("numbers-product-ppi"),
            Product::Discontinued => t!("numbers-product-discontinued"),
        })
    }
}

/// Words that name each product, lower-case, in the languages of the directory's pages.
const PRODUCT_WORDS: [(Product, &[&str]); 7] = [
    (
        Product::Corporate,
        &[
            "corporate",
            "firmenkarte",
            "entreprise",
            "コーポレート",
            "法人",
            "programme administrator",
            "program administrator",
        ],
    ),
    (Product::Business, &["business only", "small business only"]),
    (
        Product::CurrencyCard,
        &[
            "international currency",
            "currency card",
            "dollar card",
            "euro card",
        ],
    ),
    (Product::GiftCard, &["gift card", "prepaid", "gift cheque"]),
    (
        Product::Merchant,
        &[
            "merchant",
            "commerçant",
            "händler",
            "加盟店",
            "establecimiento",
        ],
    ),
    (Product::Ppi, &["ppi", "payment protection"]),
    (Product::Discontinued, &["payback"]),
];

/// Words that say a line serves personal (consumer) cards whatever else it names.
const PERSONAL_WORDS: [&str; 8] = [
    "also given for",
    "consumer",
    "personal",
    "privat",
    "particulier",
    "個人",
    "personales",
    "all cards",
];

/// The products `text` names, each once.
pub(crate) fn products_named(text: &str) -> Vec<Product> {
    let lower = text.to_lowercase();
    PRODUCT_WORDS
        .iter()
        .filter(|(_, words)| words.iter().any(|w| names_word(&lower, w)))
        .map(|(p, _)| *p)
        .collect()
}

/// Whether `lower` has `word` as a word (not inside another: "ppi" in "shopping").
fn names_word(lower: &str, word: &str) -> bool {
    lower.match_indices(word).any(|(at, _)| {
        let before = lower[..at].chars().next_back();
        let after = lower[at + word.len()..].chars().next();
        let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() || !c.is_ascii());
        edge(before) && edge(after)
    })
}

/// Whether `text` says the line serves personal cards.
pub(crate) fn names_personal(text: &str) -> bool {
    let lower = text.to_lowercase();
    PERSONAL_WORDS.iter().any(|w| lower.contains(w))
}

/// The narrower products a line serves (empty: every card of its market). What its
/// label says it is "also" is not a restriction.
pub(crate) fn line_products(contact: &Contact) -> Vec<Product> {
    let label = &contact.record.label;
    let label = label.split(" (also ").next().unwrap_or(label);
    let text = format!("{label} {}", contact.record.department);
    let mut products = if names_personal(&text) {
        Vec::new()
    } else {
        products_named(&text)
    };
    if let Tiers::Only(tiers) = &contact.record.tiers {
        let personal = tiers
            .iter()
            .any(|t| !matches!(t, Tier::Business | Tier::Corporate));
        if !personal && tiers.contains(&Tier::Corporate) && !products.contains(&Product::Corporate)
        {
            products.push(Product::Corporate);
        }
        if !personal && tiers == &[Tier::Business] && !products.contains(&Product::Business) {
            products.push(Product::Business);
        }
    }
    products
}

/// Whether a line serves the holder of `card`: it names no other product, and its
/// tiers include that kind of card.
pub fn serves(contact: &Contact, card: CardKind) -> bool {
    let products = line_products(contact);
    let tiers_fit = match &contact.record.tiers {
        Tiers::Any => true,
        Tiers::Only(tiers) => tiers.iter().any(|t| match card {
            CardKind::Personal => !matches!(t, Tier::Business | Tier::Corporate),
            CardKind::Business => *t == Tier::Business,
            CardKind::Corporate => *t == Tier::Corporate,
        }),
    };
    let products_fit = match card {
        CardKind::Personal => products.is_empty(),
        CardKind::Business => products.iter().all(|p| *p == Product::Business),
        CardKind::Corporate => products.iter().all(|p| *p == Product::Corporate),
    };
    tiers_fit && products_fit
}

/// Evidence that names a product the line's own label does not: a line printed for
/// one product shown as if it served every card. One sentence per finding.
pub(crate) fn product_mismatches(dir: &Directory) -> Vec<String> {
    let mut out = Vec::new();
    for contact in &dir.contacts {
        let own_products = products_named(&contact.record.label);
        for citation in &contact.record.evidence {
            if names_personal(&citation.label) {
                continue;
            }
            for product in products_named(&citation.label) {
                if !own_products.contains(&product) {
                    out.push(format!(
                        "{}: its evidence from {} is labelled \"{}\" ({}), which its own label \"{}\" does not say",
                        contact.record.id,
                        citation.source,
                        citation.label,
                        // A maintainers' check: in English, like the data.
                        in_english(|| product.label()),
                        contact.record.label
                    ));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn products_are_read_as_words_in_each_language() {
        assert_eq!(products_named("Complaints (PPI)"), [Product::Ppi]);
        assert!(products_named("Shopping protection").is_empty());
        assert_eq!(
            products_named("International Currency Cards: service"),
            [Product::CurrencyCard]
        );
        assert_eq!(products_named("Corporate Card lost"), [Product::Corporate]);
        assert_eq!(products_named("コーポレート・カード"), [Product::Corporate]);
        assert!(names_personal(
            "Consumer cards: Personal Credit/Charge, Gift Card"
        ));
    }

    #[test]
    fn the_builtin_directory_labels_every_line_for_what_its_pages_say() {
        let dir = Directory::builtin().unwrap();
        let found = product_mismatches(&dir);
        assert!(found.is_empty(), "{}", found.join("\n"));
    }

    #[test]
    fn a_personal_card_is_not_served_by_currency_or_corporate_lines() {
        let dir = Directory::builtin().unwrap();
        let currency = dir.contact("gb-service-abroad").unwrap();
        assert!(!serves(currency, CardKind::Personal));
        let general = dir.contact("gb-customer-relations").unwrap();
        assert!(serves(general, CardKind::Personal));
        for c in dir
            .contacts
            .iter()
            .filter(|c| c.record.tiers == Tiers::Only(vec![Tier::Corporate]))
        {
            assert!(!serves(c, CardKind::Personal), "{}", c.record.id);
            assert!(
                line_products(c).contains(&Product::Corporate),
                "{}",
                c.record.id
            );
        }
    }
}
