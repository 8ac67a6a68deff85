//! A card the user may call retention about, and what happened on those calls.

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::directory::Tier;
use crate::t;

/// Rough yearly spend on the card.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SpendBand {
    /// Not given.
    #[default]
    Unknown,
    /// Under 5,000 a year.
    Under5k,
    /// 5,000 to 15,000.
    From5kTo15k,
    /// 15,000 to 50,000.
    From15kTo50k,
    /// Over 50,000.
    Over50k,
}

impl SpendBand {
    /// Every band.
    pub const ALL: [SpendBand; 5] = [
        SpendBand::Unknown,
        SpendBand::Under5k,
        SpendBand::From5kTo15k,
        SpendBand::From15kTo50k,
        SpendBand::Over50k,
    ];

    /// Human label, in the current language.
    pub fn label(self) -> String {
        match self {
            SpendBand::Unknown => t!("disputes-spend-not-given"),
            SpendBand::Under5k => t!("disputes-spend-under-5k"),
            SpendBand::From5kTo15k => t!("disputes-spend-5k-to-15k"),
            SpendBand::From15kTo50k => t!("disputes-spend-15k-to-50k"),
            SpendBand::Over50k => t!("disputes-spend-over-50k"),
        }
    }
}

/// What kind of offer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum OfferKind {
    /// Membership Rewards points.
    #[default]
    Points,
    /// A statement credit.
    StatementCredit,
    /// Move to another card.
    Downgrade,
    /// Anything else (fee waiver...).
    Other,
}

impl OfferKind {
    /// Every kind.
    pub const ALL: [OfferKind; 4] = [
        OfferKind::Points,
        OfferKind::StatementCredit,
        OfferKind::Downgrade,
        OfferKind::Other,
    ];

    /// Human label, in the current language.
    pub fn label(self) -> String {
        match self {
            OfferKind::Points => t!("disputes-offer-points"),
            OfferKind::StatementCredit => t!("disputes-offer-statement-credit"),
            OfferKind::Downgrade => t!("disputes-offer-different-card"),
            OfferKind::Other => t!("disputes-offer-other"),
        }
    }
}

/// One offer made on a call.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Offer {
    /// What kind.
    pub kind: OfferKind,
    /// What exactly ("30,000 points", "$100 credit", "move to Green").
    pub what: String,
    /// Spend requirement, if any ("$3,000 in 3 months").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub spend_requirement: String,
    /// Deadline to meet the requirement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Date>,
    /// Accepted?
    #[serde(default)]
    pub accepted: bool,
}

/// What happened on one retention call.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    /// When.
    pub date: Date,
    /// The offers made (none: no offer).
    #[serde(default)]
    pub offers: Vec<Offer>,
    /// Rep name or ID.
    #[serde(default)]
    pub rep: String,
    /// Reference number.
    #[serde(default)]
    pub reference: String,
    /// The call-log entry made for it.
    #[serde(default)]
    pub call: Option<Uuid>,
}

impl Outcome {
    /// Was any offer accepted?
    pub fn accepted(&self) -> bool {
        self.offers.iter().any(|o| o.accepted)
    }

    /// "30,000 points (accepted); $100 credit" or "no offer", with ISO dates ("by
    /// 2026-12-05"): the form the journal's call summary and JSON keep.
    pub fn summary(&self) -> String {
        self.summary_dated(|d| d.to_string())
    }

    /// [`Outcome::summary`] as the window and the papers show it, its dates in the
    /// current language's way ("by 5 Dec 2026").
    pub fn summary_shown(&self) -> String {
        self.summary_dated(crate::format::date)
    }

    /// The summary with each date written by `date`.
    fn summary_dated(&self, date: impl Fn(Date) -> String) -> String {
        if self.offers.is_empty() {
            return t!("disputes-offer-none");
        }
        self.offers
            .iter()
            .map(|o| {
                let mut s = format!("{}: {}", o.kind.label(), o.what);
                if !o.spend_requirement.is_empty() {
                    s.push_str(&t!(
                        "disputes-offer-after",
                        requirement = &o.spend_requirement
                    ));
                }
                if let Some(d) = o.deadline {
                    s.push_str(&t!("disputes-offer-by", date = date(d)));
                }
                if o.accepted {
                    s.push_str(&t!("disputes-offer-accepted"));
                }
                s
            })
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// A card and its retention history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetentionCard {
    /// Stable identity, for merging.
    pub id: Uuid,
    /// When it was created.
    pub created: Timestamp,
    /// When it last changed.
    pub updated: Timestamp,
    /// The card's nickname ("Gold", "Mum's Platinum").
    pub nickname: String,
    /// The country of the account (ISO alpha-2; empty: not said). The fee-refund rule
    /// and the currency follow it.
    #[serde(default)]
    pub country: String,
    /// Tier.
    #[serde(default)]
    pub tier: Option<Tier>,
    /// Member since (year).
    #[serde(default)]
    pub member_since: Option<i16>,
    /// Annual fee in minor units.
    #[serde(default)]
    pub annual_fee_minor: i64,
    /// Currency.
    #[serde(default)]
    pub currency: String,
    /// When the fee posted.
    #[serde(default)]
    pub fee_posted: Option<Date>,
    /// Closing date of the statement the fee appears on.
    #[serde(default)]
    pub fee_statement_closing: Option<Date>,
    /// Rough yearly spend.
    #[serde(default)]
    pub spend: SpendBand,
    /// At most the last five digits.
    #[serde(default)]
    pub last5: String,
    /// Earlier calls.
    #[serde(default)]
    pub outcomes: Vec<Outcome>,
}

impl RetentionCard {
    /// A new card profile.
    pub fn new(now: Timestamp, nickname: &str) -> RetentionCard {
        RetentionCard {
            id: Uuid::new_v4(),
            created: now,
            updated: now,
            nickname: nickname.to_string(),
            country: String::new(),
            tier: None,
            member_since: None,
            annual_fee_minor: 0,
            currency: "USD".to_string(),
            fee_posted: None,
            fee_statement_closing: None,
            spend: SpendBand::Unknown,
            last5: String::new(),
            outcomes: Vec::new(),
        }
    }

    /// Free-text fields, for masking.
    pub(crate) fn text_fields_mut(&mut self) -> Vec<&mut String> {
        let mut fields = vec![&mut self.nickname];
        for o in &mut self.outcomes {
            fields.push(&mut o.rep);
            fields.push(&mut o.reference);
            for offer in &mut o.offers {
                fields.push(&mut offer.what);
                fields.push(&mut offer.spend_requirement);
            }
        }
        fields
    }
}
