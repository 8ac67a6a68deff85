//! The letters a dispute case can print, each for the right it relies on: the US
//! billing-error notice (Regulation Z), the notice of an unauthorised payment (EU PSD2,
//! UK Payment Services Regulations), the UK section 75 claim, and a formal complaint
//! that names no law. A letter is offered only where the catalogue holds a quoted rule
//! for the account's country that gives its right ([`Right`]); the letter names that rule
//! and prints its page.

use jiff::civil::Date;

use super::catalog::{Basis, Catalog, Right};
use super::docs::{footer, kind_name};
use super::model::Case;
use crate::print::{Block, Doc};
use crate::t;

/// A letter to American Express about a case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Letter {
    /// The US billing-error notice (Regulation Z, 12 CFR 1026.13).
    BillingError,
    /// Notice of an unauthorised payment (EU/EEA and UK payment services law).
    UnauthorisedPayment,
    /// A claim under section 75 of the UK Consumer Credit Act 1974.
    Section75,
    /// A formal complaint asking for the final response; it relies on no law.
    Complaint,
}

/// The dispute types whose cause is the supplier's breach of contract or
/// misrepresentation: what section 75 answers.
const SUPPLIER_KINDS: [&str; 3] = ["not-received", "not-as-described", "credit-not-processed"];

impl Letter {
    /// Every letter.
    pub const ALL: [Letter; 4] = [
        Letter::BillingError,
        Letter::UnauthorisedPayment,
        Letter::Section75,
        Letter::Complaint,
    ];

    /// The command-line name.
    pub fn slug(self) -> &'static str {
        match self {
            Letter::BillingError => "billing-error",
            Letter::UnauthorisedPayment => "unauthorised-payment",
            Letter::Section75 => "section-75",
            Letter::Complaint => "complaint",
        }
    }

    /// The letter with this command-line name.
    pub fn from_slug(slug: &str) -> Option<Letter> {
        Letter::ALL.into_iter().find(|l| l.slug() == slug)
    }

    /// The letter's name in the current language ("complaint letter").
    pub fn name(self) -> String {
        match self {
            Letter::BillingError => t!("disputes-letter-name-billing-error"),
            Letter::UnauthorisedPayment => t!("disputes-letter-name-unauthorised"),
            Letter::Section75 => t!("disputes-letter-name-section-75"),
            Letter::Complaint => t!("disputes-letter-name-complaint"),
        }
    }

    /// The right the letter relies on, when it relies on one.
    fn right(self) -> Option<Right> {
        match self {
            Letter::BillingError => Some(Right::BillingError),
            Letter::UnauthorisedPayment => Some(Right::UnauthorisedPayment),
            Letter::Section75 => Some(Right::EqualLiability),
            Letter::Complaint => None,
        }
    }

    /// Whether the letter is printed on US Letter paper (the US notice) rather than A4.
    pub fn us_paper(self) -> bool {
        self == Letter::BillingError
    }
}

/// The letters `case` can print, the one that fits it best first; never empty. A US
/// account gets the billing-error notice; elsewhere an unauthorised payment gets the
/// notice its market's law gives, a purchase gone wrong the section 75 claim where it
/// exists, and every case the formal complaint.
pub fn letters_for(case: &Case, catalog: &Catalog) -> Vec<Letter> {
    let has = |letter: Letter| {
        letter
            .right()
            .is_some_and(|right| catalog.basis_of(right, &case.country).is_some())
    };
    let mut out = Vec::new();
    if has(Letter::BillingError) {
        out.push(Letter::BillingError);
    }
    if case.kind == "unauthorized" && has(Letter::UnauthorisedPayment) {
        out.push(Letter::UnauthorisedPayment);
    }
    if SUPPLIER_KINDS.contains(&case.kind.as_str()) && has(Letter::Section75) {
        out.push(Letter::Section75);
    }
    if out.is_empty() || !is_us_account(case) {
        out.push(Letter::Complaint);
    }
    out
}

/// The case's first letter ([`letters_for`]).
pub fn letter_doc(case: &Case, catalog: &Catalog, today: Date) -> Doc {
    let first = letters_for(case, catalog)
        .first()
        .copied()
        .unwrap_or(Letter::Complaint);
    doc(first, case, catalog, today)
}

/// `letter` for `case`. A letter whose right the account's market does not give is
/// written as the formal complaint instead, which relies on no law.
pub fn doc(letter: Letter, case: &Case, catalog: &Catalog, today: Date) -> Doc {
    let basis = letter
        .right()
        .and_then(|right| catalog.basis_of(right, &case.country));
    match (letter, basis) {
        (Letter::BillingError, Some(_)) => billing_error_letter(case, catalog, today),
        (Letter::UnauthorisedPayment, Some(basis)) => unauthorised_letter(case, basis, today),
        (Letter::Section75, Some(basis)) => section_75_letter(case, catalog, basis, today),
        _ => complaint_letter(case, catalog, today),
    }
}

/// Whether the case's account is a US account (the US rules apply to it).
pub(crate) fn is_us_account(case: &Case) -> bool {
    case.country.eq_ignore_ascii_case("US")
}

/// " by 2026-11-23, as your complaints page states (15 business days)": the issuer's
/// own stated time to resolve, dated from the day the complaint was filed; empty when
/// the market has none recorded or the filing date is not known.
fn stated_date(case: &Case, catalog: &Catalog) -> String {
    let Some(filed) = case.filed_on else {
        return String::new();
    };
    catalog
        .rules_for(&case.country)
        .find(|r| {
            r.policy
                && r.kind == super::catalog::RuleKind::Resolution
                && r.from == super::catalog::Anchor::FiledDate
        })
        .and_then(|r| {
            let due = crate::format::date(super::deadlines::due_date(r, filed)?);
            let days = i64::from(r.days);
            let url = &r.evidence.url;
            Some(if r.business_days {
                t!(
                    "disputes-letter-stated-business-days",
                    due = due,
                    days = days,
                    url = url
                )
            } else {
                t!(
                    "disputes-letter-stated-days",
                    due = due,
                    days = days,
                    url = url
                )
            })
        })
        .unwrap_or_default()
}

/// A type's name inside a sentence: its first letter in lower case, except in German,
/// whose nouns keep their capital ("Doppelte Belastung" is not "doppelte belastung").
fn in_sentence(name: &str) -> String {
    if crate::i18n::current() == crate::i18n::Lang::De {
        return name.to_string();
    }
    let mut chars = name.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

/// What happened, then whether the merchant was asked first: the middle of a letter
/// about a charge the merchant is answerable for.
fn what_happened(case: &Case, placeholder: String) -> [Block; 2] {
    [
        Block::Para(described(case, placeholder)),
        Block::Para(merchant_sentence(case)),
    ]
}

/// What the cardholder wrote about the case, or a place to write it.
fn described(case: &Case, placeholder: String) -> String {
    if case.description.trim().is_empty() {
        placeholder
    } else {
        case.description.clone()
    }
}

/// The letter's end: the closing, a line to sign, the small print.
fn signed(
    title: String,
    mut blocks: Vec<Block>,
    closing: String,
    small: String,
    today: Date,
) -> Doc {
    blocks.extend([
        Block::Space,
        Block::Para(closing),
        Block::WriteIn(t!("disputes-letter-signature")),
        Block::Space,
        Block::Small(small),
    ]);
    Doc {
        title,
        footer: footer(today),
        blocks,
    }
}

/// Whether the merchant was contacted first: said, or a place to say it.
fn merchant_sentence(case: &Case) -> String {
    if case.merchant_contacted {
        t!("disputes-letter-merchant-contacted")
    } else {
        t!("disputes-letter-merchant-not-contacted")
    }
}

/// The top of every letter: write-ins for the sender, the date, the addressee, the
/// title, the account and the charge (the card by its last digits only).
fn letter_head(case: &Case, today: Date, to: &str, title: &str) -> Vec<Block> {
    let when = case
        .transaction_date
        .map(crate::format::date)
        .unwrap_or_else(|| t!("disputes-letter-no-charge-date"));
    vec![
        Block::WriteIn(t!("disputes-letter-your-name")),
        Block::WriteIn(t!("disputes-letter-your-address")),
        Block::WriteIn(t!("disputes-letter-address-line-2")),
        Block::Space,
        Block::Para(t!(
            "disputes-letter-date",
            date = crate::format::date(today)
        )),
        Block::Space,
        Block::Para(to.to_string()),
        Block::Space,
        Block::Title(title.to_string()),
        Block::Field(t!("disputes-letter-account"), case.card_text()),
        Block::Field(
            t!("disputes-letter-charge"),
            t!(
                "disputes-letter-charge-text",
                amount = case.amount_shown(),
                merchant = &case.merchant,
                date = when
            ),
        ),
    ]
}

/// A formal complaint about a charge, for accounts outside the US: what happened,
/// what is asked, and a request for a final written response. It names no law.
fn complaint_letter(case: &Case, catalog: &Catalog, today: Date) -> Doc {
    let kind = kind_name(case, catalog);
    let title = t!("disputes-complaint-title");
    let mut blocks = letter_head(case, today, &t!("disputes-complaint-to"), &title);
    blocks.extend([
        Block::Space,
        Block::Para(t!("disputes-complaint-opening", kind = in_sentence(&kind))),
    ]);
    blocks.extend(what_happened(case, t!("disputes-complaint-describe")));
    blocks.extend([
        Block::Para(t!(
            "disputes-complaint-request",
            stated = stated_date(case, catalog)
        )),
        Block::Para(t!("disputes-letter-enclosed")),
    ]);
    signed(
        title,
        blocks,
        t!("disputes-complaint-closing"),
        t!("disputes-complaint-small-print"),
        today,
    )
}

/// A billing-error notice letter with the contents Regulation Z asks for (name,
/// account, amount, date, why it is wrong). Name and address are left to fill in; the
/// card is shown by its last digits only.
fn billing_error_letter(case: &Case, catalog: &Catalog, today: Date) -> Doc {
    let kind = kind_name(case, catalog);
    let title = t!("disputes-billing-title");
    let mut blocks = letter_head(case, today, &t!("disputes-billing-to"), &title);
    blocks.extend([
        Block::Field(
            t!("disputes-billing-statement"),
            case.statement_date
                .map(|d| {
                    t!(
                        "disputes-billing-statement-closing",
                        date = crate::format::date(d)
                    )
                })
                .unwrap_or_else(|| t!("disputes-billing-no-statement-date")),
        ),
        Block::Space,
        Block::Para(t!("disputes-billing-opening", kind = in_sentence(&kind))),
    ]);
    blocks.extend(what_happened(case, t!("disputes-billing-describe")));
    blocks.extend([
        Block::Para(t!("disputes-billing-request")),
        Block::Para(t!("disputes-letter-enclosed")),
    ]);
    signed(
        title,
        blocks,
        t!("disputes-billing-closing"),
        t!("disputes-billing-small-print"),
        today,
    )
}

/// "I rely on EU Payment Services Directive …: an unauthorised payment is to be put
/// right … within 13 months of the day it was charged (for this payment: by 5 Jan
/// 2028)." (a rule: the unauthorised-payment notice's), or "I rely on" a country's note;
/// then the page that states it, quoted.
fn relies_on(basis: Basis<'_>, case: &Case) -> Vec<Block> {
    match basis {
        Basis::Rule(rule) => {
            let due = case
                .transaction_date
                .filter(|_| rule.from == super::catalog::Anchor::TransactionDate)
                .and_then(|from| super::deadlines::due_date(rule, from))
                .map(|due| t!("disputes-letter-relies-due", due = crate::format::date(due)))
                .unwrap_or_default();
            vec![
                Block::Para(t!(
                    "disputes-unauthorised-relies-on",
                    source = &rule.source,
                    span = super::deadlines::span_words(rule),
                    due = due
                )),
                Block::Small(rule.evidence.citation()),
            ]
        }
        Basis::Note(note) => {
            let mut blocks = vec![Block::Para(t!(
                "disputes-letter-relies-on-note",
                note = note.localized_text()
            ))];
            blocks.extend(note.evidence.iter().map(|e| Block::Small(e.citation())));
            blocks
        }
    }
}

/// Notice of an unauthorised payment, for accounts whose market's payment services law
/// gives the right to have it put right when reported in time (EU/EEA, UK).
fn unauthorised_letter(case: &Case, basis: Basis<'_>, today: Date) -> Doc {
    let title = t!("disputes-unauthorised-title");
    let mut blocks = letter_head(case, today, &t!("disputes-complaint-to"), &title);
    blocks.extend([
        Block::Space,
        Block::Para(t!("disputes-unauthorised-opening")),
        Block::WriteIn(t!("disputes-unauthorised-noticed")),
        Block::Para(described(case, t!("disputes-unauthorised-describe"))),
    ]);
    blocks.extend(relies_on(basis, case));
    blocks.extend([Block::Para(t!("disputes-unauthorised-request"))]);
    signed(
        title,
        blocks,
        t!("disputes-complaint-closing"),
        t!("disputes-unauthorised-small-print"),
        today,
    )
}

/// A claim under section 75 of the UK Consumer Credit Act 1974: the card issuer is
/// equally liable for the supplier's breach of contract or misrepresentation.
fn section_75_letter(case: &Case, catalog: &Catalog, basis: Basis<'_>, today: Date) -> Doc {
    let kind = kind_name(case, catalog);
    let title = t!("disputes-section75-title");
    let mut blocks = letter_head(case, today, &t!("disputes-complaint-to"), &title);
    blocks.extend([
        Block::Space,
        Block::Para(t!("disputes-section75-opening", kind = in_sentence(&kind))),
    ]);
    blocks.extend(what_happened(case, t!("disputes-section75-describe")));
    blocks.extend(relies_on(basis, case));
    blocks.extend([
        Block::Para(t!(
            "disputes-section75-request",
            amount = case.amount_shown(),
            stated = stated_date(case, catalog)
        )),
        Block::Para(t!("disputes-letter-enclosed")),
    ]);
    signed(
        title,
        blocks,
        t!("disputes-complaint-closing"),
        t!("disputes-section75-small-print"),
        today,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::disputes::catalog::builtin;
    use crate::disputes::docs::to_markdown;
    use crate::disputes::evidence::EEA;
    use jiff::civil::date;

    fn markets() -> Vec<String> {
        let dir = crate::directory::Directory::builtin().unwrap();
        dir.countries
            .iter()
            .map(|c| c.code.clone())
            .filter(|c| c.len() == 2)
            .collect()
    }

    fn case(kind: &str, country: &str) -> Case {
        let now = "2026-11-18T10:00:00Z".parse().unwrap();
        let mut case = Case::new(now, kind, country);
        case.merchant = "Acme".into();
        case.amount_minor = 25_000;
        case.transaction_date = Some(date(2026, 11, 5));
        case
    }

    /// Issue 27, over every market and every dispute type: the US notice only for US
    /// accounts; the unauthorised-payment notice for an unauthorised charge on an
    /// EEA or UK account and nowhere else; the section 75 claim for a UK purchase gone
    /// wrong; every other account the complaint; never an empty list.
    #[test]
    fn every_market_and_type_gets_the_letters_its_rules_give() {
        let cat = builtin().unwrap();
        for country in markets() {
            let eea_or_uk = EEA.contains(&country.as_str()) || country == "GB";
            for kind in &cat.types {
                let c = case(&kind.slug, &country);
                let letters = letters_for(&c, cat);
                let has = |l: Letter| letters.contains(&l);
                assert!(!letters.is_empty(), "{country} {}", kind.slug);
                assert_eq!(has(Letter::BillingError), country == "US", "{country}");
                assert_eq!(has(Letter::Complaint), country != "US", "{country}");
                assert_eq!(
                    has(Letter::UnauthorisedPayment),
                    eea_or_uk && kind.slug == "unauthorized",
                    "{country} {}",
                    kind.slug
                );
                assert_eq!(
                    has(Letter::Section75),
                    country == "GB" && SUPPLIER_KINDS.contains(&kind.slug.as_str()),
                    "{country} {}",
                    kind.slug
                );
                // The letter that fits best comes first: the right before the complaint.
                if letters.len() > 1 {
                    assert_ne!(letters[0], Letter::Complaint, "{country} {}", kind.slug);
                }
            }
        }
    }

    /// Every letter a case can print names the rule it relies on and quotes its page,
    /// cites no other market's law, names no internal file, and shows the amount in
    /// the account's currency.
    #[test]
    fn every_offered_letter_names_its_rule_and_no_other_markets_law() {
        let cat = builtin().unwrap();
        let today = date(2026, 11, 22);
        for country in markets() {
            for kind in &cat.types {
                let mut c = case(&kind.slug, &country);
                c.currency = crate::fields::currency_of(&country)
                    .unwrap_or("USD")
                    .to_string();
                for letter in letters_for(&c, cat) {
                    let md = to_markdown(&doc(letter, &c, cat, today));
                    let at = format!("{country} {} {}", kind.slug, letter.slug());
                    assert!(!md.contains(".md") && !md.contains("VERIFICATION"), "{at}");
                    assert!(md.contains(&c.currency), "{at}: {md}");
                    assert_eq!(md.contains("Regulation Z"), country == "US", "{at}");
                    assert_eq!(
                        md.contains("section 75") || md.contains("Consumer Credit Act"),
                        letter == Letter::Section75,
                        "{at}"
                    );
                    if let Some(right) = letter.right() {
                        let basis = cat.basis_of(right, &country).unwrap();
                        let url = match basis {
                            Basis::Rule(r) => &r.evidence.url,
                            Basis::Note(n) => &n.evidence[0].url,
                        };
                        if letter != Letter::BillingError {
                            assert!(md.contains(url.as_str()), "{at}: the page {url}");
                        }
                    }
                }
            }
        }
    }

    /// The unauthorised-payment notice dates its limit from the charge: 13 months
    /// after 5 November 2026 is 5 December 2027.
    #[test]
    fn the_unauthorised_notice_gives_the_last_day_for_this_charge() {
        let cat = builtin().unwrap();
        for country in ["DE", "ES", "FR", "IE", "IT", "NL"] {
            let c = case("unauthorized", country);
            assert_eq!(letters_for(&c, cat)[0], Letter::UnauthorisedPayment);
            let md = to_markdown(&letter_doc(&c, cat, date(2026, 11, 22)));
            assert!(md.contains("Notice of an unauthorised payment"), "{md}");
            assert!(md.contains("13 months"), "{md}");
            assert!(md.contains("by 2027-12-05"), "{country}: {md}");
            assert!(md.contains("Date I noticed the payment: ____"), "{md}");
        }
    }

    /// The section 75 claim for a UK purchase that never came: the amount, the
    /// conditions (credit card, £100 to £30,000), and the Office of Fair Trading's page.
    #[test]
    fn a_uk_purchase_that_never_came_gets_the_section_75_claim() {
        let cat = builtin().unwrap();
        let mut c = case("not-received", "GB");
        c.currency = "GBP".into();
        c.merchant_contacted = true;
        let letters = letters_for(&c, cat);
        assert_eq!(letters, [Letter::Section75, Letter::Complaint]);
        let md = to_markdown(&letter_doc(&c, cat, date(2026, 11, 22)));
        for expected in [
            "Claim under section 75 of the Consumer Credit Act 1974",
            "250.00 GBP",
            "equally liable",
            "more than £100 and not more than £30,000",
            "not a charge card",
            "oft.gov.uk",
            "I contacted the merchant",
        ] {
            assert!(md.contains(expected), "{expected:?} missing: {md}");
        }
        // A letter the market does not give is written as the complaint instead.
        let fr = case("not-received", "FR");
        let md = to_markdown(&doc(Letter::Section75, &fr, cat, date(2026, 11, 22)));
        assert!(md.contains("Complaint about a charge") && !md.contains("section 75"));
    }

    /// The command-line names are unique and read back.
    #[test]
    fn letter_slugs_read_back() {
        for letter in Letter::ALL {
            assert_eq!(Letter::from_slug(letter.slug()), Some(letter));
        }
        assert_eq!(Letter::from_slug("reg-z"), None);
    }
    /// Issue 27: the US billing-error letter (Regulation Z) goes only to US accounts;
    /// every other market's case gets a complaint letter that cites no US rule, in
    /// its own currency, and no letter names an internal file.
    #[test]
    fn only_us_accounts_get_the_us_letter() {
        let cat = builtin().unwrap();
        let dir = crate::directory::Directory::builtin().unwrap();
        let now = "2026-11-18T10:00:00Z".parse().unwrap();
        for country in dir
            .countries
            .iter()
            .map(|c| c.code.as_str())
            .filter(|c| c.len() == 2)
        {
            let mut case = Case::new(now, "duplicate", country);
            case.merchant = "Acme".into();
            case.amount_minor = 1000;
            let md = to_markdown(&letter_doc(&case, cat, date(2026, 11, 22)));
            assert!(!md.contains(".md"), "{country}: {md}");
            if country == "US" {
                assert!(
                    md.contains("Regulation Z") && md.contains("10.00 USD"),
                    "{md}"
                );
                assert_eq!(letters_for(&case, cat), [Letter::BillingError]);
            } else {
                assert!(
                    !md.contains("Regulation Z") && !md.contains("billing error"),
                    "{country}"
                );
                assert!(md.contains("Complaint about a charge"), "{country}");
                assert!(
                    !md.contains("USD") || crate::fields::currency_of(country) == Some("USD"),
                    "{country}: {md}"
                );
                assert_eq!(letters_for(&case, cat), [Letter::Complaint]);
            }
        }
    }
}
