//! A dispute case, stored in the journal file beside the calls it links to.

use std::collections::BTreeMap;

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::directory::Channel;
use crate::t;

/// Where a dispute stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum CaseStatus {
    /// Gathering evidence.
    #[default]
    Preparing,
    /// The merchant has been contacted.
    ContactedMerchant,
    /// Filed with American Express.
    FiledWithAmex,
    /// Amex acknowledged it.
    Acknowledged,
    /// Resolved in your favour.
    ResolvedInMyFavour,
    /// Resolved against you.
    ResolvedAgainst,
    /// Taken further (complaint, regulator).
    Escalated,
}

impl CaseStatus {
    /// Every status, in order.
    pub const ALL: [CaseStatus; 7] = [
        CaseStatus::Preparing,
        CaseStatus::ContactedMerchant,
        CaseStatus::FiledWithAmex,
        CaseStatus::Acknowledged,
        CaseStatus::ResolvedInMyFavour,
        CaseStatus::ResolvedAgainst,
        CaseStatus::Escalated,
    ];

    /// Human label, in the current language.
    pub fn label(self) -> String {
        match self {
            CaseStatus::Preparing => t!("disputes-status-preparing"),
            CaseStatus::ContactedMerchant => t!("disputes-status-contacted-merchant"),
            CaseStatus::FiledWithAmex => t!("disputes-status-filed-with-amex"),
            CaseStatus::Acknowledged => t!("disputes-status-acknowledged"),
            CaseStatus::ResolvedInMyFavour => t!("disputes-status-resolved-in-my-favour"),
            CaseStatus::ResolvedAgainst => t!("disputes-status-resolved-against"),
            CaseStatus::Escalated => t!("disputes-status-escalated"),
        }
    }

    /// Command-line and JSON name.
    pub fn slug(self) -> &'static str {
        match self {
            CaseStatus::Preparing => "preparing",
            CaseStatus::ContactedMerchant => "contacted-merchant",
            CaseStatus::FiledWithAmex => "filed-with-amex",
            CaseStatus::Acknowledged => "acknowledged",
            CaseStatus::ResolvedInMyFavour => "resolved-in-my-favour",
            CaseStatus::ResolvedAgainst => "resolved-against",
            CaseStatus::Escalated => "escalated",
        }
    }

    /// Resolved one way or the other (deadlines stop mattering).
    pub fn closed(self) -> bool {
        matches!(
            self,
            CaseStatus::ResolvedInMyFavour | CaseStatus::ResolvedAgainst
        )
    }
}

/// The state of one checklist item in a case.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemState {
    /// Gathered?
    #[serde(default)]
    pub checked: bool,
    /// The user's note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// A file on disk holding the evidence (the path only; the file is never copied).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
}

/// A dispute.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    /// Stable identity, for merging.
    pub id: Uuid,
    /// When it was created.
    pub created: Timestamp,
    /// When it last changed.
    pub updated: Timestamp,
    /// The merchant.
    pub merchant: String,
    /// The disputed amount in minor units (cents).
    pub amount_minor: i64,
    /// ISO currency code.
    pub currency: String,
    /// When the charge was made.
    #[serde(default)]
    pub transaction_date: Option<Date>,
    /// Closing date of the first statement showing the charge.
    #[serde(default)]
    pub statement_date: Option<Date>,
    /// The card's nickname.
    #[serde(default)]
    pub card_nickname: String,
    /// At most the last five digits of the card.
    #[serde(default)]
    pub card_last5: String,
    /// Country of the account (deadlines differ).
    pub country: String,
    /// Dispute type slug (see the catalog).
    pub kind: String,
    /// Where it stands.
    #[serde(default)]
    pub status: CaseStatus,
    /// How it was filed.
    #[serde(default)]
    pub filing_channel: Option<Channel>,
    /// When it was filed with the issuer.
    #[serde(default)]
    pub filed_on: Option<Date>,
    /// When the issuer's final response came (the external body's clock starts).
    #[serde(default)]
    pub final_response_on: Option<Date>,
    /// Merchant contacted in good faith first?
    #[serde(default)]
    pub merchant_contacted: bool,
    /// Purchase in your state or within 100 miles (US 15 USC 1666i)?
    #[serde(default)]
    pub within_100_miles: bool,
    /// What went wrong, in the user's words.
    #[serde(default)]
    pub description: String,
    /// Checklist state, by item title.
    #[serde(default)]
    pub items: BTreeMap<String, ItemState>,
    /// Linked call-log entries.
    #[serde(default)]
    pub calls: Vec<Uuid>,
}

impl Case {
    /// A new case of `kind` for an account in `country`.
    pub fn new(now: Timestamp, kind: &str, country: &str) -> Case {
        Case {
            id: Uuid::new_v4(),
            created: now,
            updated: now,
            merchant: String::new(),
            amount_minor: 0,
            currency: crate::fields::currency_of(country)
                .unwrap_or("USD")
                .to_string(),
            transaction_date: None,
            statement_date: None,
            card_nickname: String::new(),
            card_last5: String::new(),
            country: country.to_string(),
            kind: kind.to_string(),
            status: CaseStatus::Preparing,
            filing_channel: None,
            filed_on: None,
            final_response_on: None,
            merchant_contacted: false,
            within_100_miles: false,
            description: String::new(),
            items: BTreeMap::new(),
            calls: Vec::new(),
        }
    }

    /// The amount with its currency code as files, JSON and calendars keep it:
    /// "1234.50 USD" (the same in every language).
    pub(crate) fn amount_text(&self) -> String {
        format!(
            "{} {}",
            crate::format::money(self.amount_minor),
            self.currency
        )
    }

    /// The amount as the window and the papers show it, in the current language:
    /// "1,234.50 USD", "1.234,50 €" ([`crate::format::amount`]).
    pub(crate) fn amount_shown(&self) -> String {
        crate::format::amount(self.amount_minor, &self.currency)
    }

    /// "Gold card ending 10005" (never more than five digits).
    pub(crate) fn card_text(&self) -> String {
        let last = crate::sensitive::last_five(&self.card_last5);
        match (self.card_nickname.trim(), last.as_str()) {
            ("", "") => t!("disputes-card-not-given"),
            (name, "") => name.to_string(),
            ("", last) => t!("disputes-card-ending", last = last),
            (name, last) => t!("disputes-card-named-ending", name = name, last = last),
        }
    }

    /// Free-text fields, for masking card numbers and codes.
    pub(crate) fn text_fields_mut(&mut self) -> Vec<&mut String> {
        let mut fields = vec![
            &mut self.merchant,
            &mut self.card_nickname,
            &mut self.description,
        ];
        fields.extend(self.items.values_mut().map(|i| &mut i.note));
        fields
    }

    /// Keeps at most the last five digits of the card number in `card_last5` (never a
    /// security code written beside it).
    pub(crate) fn clamp_card_digits(&mut self) {
        self.card_last5 = crate::sensitive::last_five(&self.card_last5);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_and_card_text() {
        let mut c = Case::new(Timestamp::UNIX_EPOCH, "duplicate", "US");
        c.amount_minor = 123450;
        assert_eq!(c.amount_text(), "1234.50 USD");
        c.card_last5 = "3782 822463 10005".into();
        c.clamp_card_digits();
        assert_eq!(c.card_last5, "10005");
        c.card_nickname = "Gold".into();
        assert_eq!(c.card_text(), "Gold ending 10005");
    }
}
