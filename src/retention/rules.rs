//! The retention rules, computed: tenure, retention offers taken in the last 12 and 24
//! months, and the annual-fee refund window.

use jiff::ToSpan;
use jiff::civil::Date;

use super::model::RetentionCard;

/// The prep summary for a card on a day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prep {
    /// Years as a member (from the member-since year).
    pub tenure_years: Option<i16>,
    /// An offer was accepted in the last 12 months.
    pub offer_in_12_months: bool,
    /// An offer was accepted in the last 24 months.
    pub offer_in_24_months: bool,
    /// The last day to close with the fee refunded.
    pub refund_until: Option<Date>,
    /// Days left in the refund window (negative: passed).
    pub refund_days_left: Option<i32>,
}

/// Was `date` within the last `months` months of `today`?
pub(crate) fn within_months(date: Date, today: Date, months: i32) -> bool {
    match today.checked_sub(months.months()) {
        Ok(start) => date >= start && date <= today,
        Err(_) => false,
    }
}

/// The prep summary. `window_days`: the refund window after the fee statement's closing
/// date where one is known for the card's country
/// ([`crate::retention::Script::refund_window_for`]).
pub fn prep(card: &RetentionCard, today: Date, window_days: Option<i32>) -> Prep {
    let accepted: Vec<Date> = card
        .outcomes
        .iter()
        .filter(|o| o.accepted())
        .map(|o| o.date)
        .collect();
    let refund_until = card
        .fee_statement_closing
        .zip(window_days)
        .and_then(|(d, days)| d.checked_add(days.days()).ok());
    Prep {
        tenure_years: card.member_since.map(|y| today.year() - y),
        offer_in_12_months: accepted.iter().any(|d| within_months(*d, today, 12)),
        offer_in_24_months: accepted.iter().any(|d| within_months(*d, today, 24)),
        refund_until,
        refund_days_left: refund_until.map(|d| today.until(d).map(|s| s.get_days()).unwrap_or(0)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::retention::model::{Offer, Outcome};
    use jiff::civil::date;

    fn outcome(d: Date, accepted: bool) -> Outcome {
        Outcome {
            date: d,
            offers: vec![Offer {
                accepted,
                what: "20,000 points".into(),
                ..Offer::default()
            }],
            rep: String::new(),
            reference: String::new(),
            call: None,
        }
    }

    #[test]
    fn twelve_and_twenty_four_months_count_back_from_today() {
        let today = date(2026, 3, 31);
        // 12 months before 31 March 2026 is 31 March 2025.
        assert!(within_months(date(2025, 3, 31), today, 12));
        assert!(!within_months(date(2025, 3, 30), today, 12));
        // From 29 Feb 2028, a year back is 28 Feb 2027 (no 29th).
        assert!(within_months(date(2027, 2, 28), date(2028, 2, 29), 12));
        assert!(!within_months(date(2027, 2, 27), date(2028, 2, 29), 12));
        let mut card = RetentionCard::new(jiff::Timestamp::UNIX_EPOCH, "Gold");
        card.member_since = Some(2015);
        card.outcomes = vec![
            outcome(date(2024, 9, 1), true),
            outcome(date(2026, 1, 5), false),
        ];
        let p = prep(&card, today, Some(30));
        assert_eq!(p.tenure_years, Some(11));
        assert!(!p.offer_in_12_months, "the 2026 call had no accepted offer");
        assert!(p.offer_in_24_months);
    }

    #[test]
    fn the_refund_window_is_30_days_after_the_fee_statement_closes() {
        let mut card = RetentionCard::new(jiff::Timestamp::UNIX_EPOCH, "Platinum");
        for (closing, until) in [
            (date(2026, 1, 31), date(2026, 3, 2)),
            (date(2028, 2, 10), date(2028, 3, 11)), // leap year
            (date(2026, 12, 15), date(2027, 1, 14)),
        ] {
            card.fee_statement_closing = Some(closing);
            let p = prep(&card, closing, Some(30));
            assert_eq!(p.refund_until, Some(until), "closing {closing}");
            assert_eq!(p.refund_days_left, Some(30));
        }
        let p = prep(&card, date(2027, 1, 20), Some(30));
        assert_eq!(p.refund_days_left, Some(-6));
        card.fee_statement_closing = None;
        assert_eq!(prep(&card, date(2027, 1, 20), Some(30)).refund_until, None);
    }

    /// Issue 27: the US 30-day refund is never shown for another market's card, nor for
    /// a card whose country is not said; every market but the US says none is known.
    #[test]
    fn the_us_refund_rule_applies_to_us_accounts_only() {
        let script = crate::retention::builtin().unwrap();
        let dir = crate::directory::Directory::builtin().unwrap();
        let mut card = RetentionCard::new(jiff::Timestamp::UNIX_EPOCH, "Platinum");
        card.fee_statement_closing = Some(date(2026, 11, 20));
        let today = date(2026, 11, 25);
        for country in dir.countries.iter().map(|c| c.code.as_str()).chain([""]) {
            card.country = country.to_string();
            let window = script.refund_window_for(&card);
            let p = prep(&card, today, window);
            let note = script.refund_note(&card);
            if country == "US" {
                assert_eq!(p.refund_until, Some(date(2026, 12, 20)));
                assert!(note.contains("Cardmember Agreement"), "{note}");
            } else {
                assert_eq!(p.refund_until, None, "{country}");
                assert!(
                    note.contains("No annual-fee refund rule"),
                    "{country}: {note}"
                );
            }
        }
    }
}
