//! Deadlines computed from a case's dates: pure, calendar-exact (`jiff`), each with the
//! rule's source, and whether it is law or the issuer's stated policy.

use jiff::ToSpan;
use jiff::civil::Date;

use super::catalog::{Anchor, Catalog, RuleKind};
use super::model::Case;

/// One computed deadline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deadline {
    /// What is due.
    pub label: String,
    /// The rule's kind.
    pub kind: RuleKind,
    /// The date.
    pub due: Date,
    /// Days from today (negative: passed).
    pub days_left: i32,
    /// Where the rule comes from.
    pub source: String,
    /// The issuer's stated policy rather than law.
    pub policy: bool,
}

/// A rule that cannot be dated yet (its anchor date is missing).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pending {
    /// The rule's label.
    pub label: String,
    /// What date is missing.
    pub needs: &'static str,
    /// Where the rule comes from.
    pub source: String,
}

/// Calendar days from `from` to `to`.
pub fn days_between(from: Date, to: Date) -> i32 {
    from.until(to).map(|s| s.get_days()).unwrap_or(0)
}

/// Every dated deadline of the case (earliest first) and the rules still waiting for a
/// date.
pub fn deadlines(case: &Case, catalog: &Catalog, today: Date) -> (Vec<Deadline>, Vec<Pending>) {
    let mut dated = Vec::new();
    let mut pending = Vec::new();
    for rule in catalog.rules_for(&case.country) {
        let (anchor, needs) = match rule.from {
            Anchor::StatementDate => (case.statement_date, "the statement closing date"),
            Anchor::FiledDate => (case.filed_on, "the date you filed"),
        };
        match anchor.and_then(|a| a.checked_add(rule.days.days()).ok()) {
            Some(due) => dated.push(Deadline {
                label: rule.label.clone(),
                kind: rule.kind,
                due,
                days_left: days_between(today, due),
                source: rule.source.clone(),
                policy: rule.policy,
            }),
            None => pending.push(Pending {
                label: rule.label.clone(),
                needs,
                source: rule.source.clone(),
            }),
        }
    }
    dated.sort_by_key(|d| d.due);
    (dated, pending)
}

/// The deadline to watch: the first one not yet passed that still concerns the user
/// (the notice before filing; the issuer's dates after), else the last passed one.
pub fn nearest(case: &Case, catalog: &Catalog, today: Date) -> Option<Deadline> {
    if case.status.closed() {
        return None;
    }
    let (dated, _) = deadlines(case, catalog, today);
    let relevant: Vec<Deadline> = dated
        .into_iter()
        .filter(|d| !(d.kind == RuleKind::NoticeDue && case.filed_on.is_some()))
        .collect();
    relevant
        .iter()
        .find(|d| d.days_left >= 0)
        .or(relevant.last())
        .cloned()
}

/// One condition of US 15 USC 1666i (claims about goods or services) and whether the
/// case meets it (`None`: not known yet).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Condition {
    /// The condition.
    pub text: &'static str,
    /// Met?
    pub met: Option<bool>,
}

/// The 15 USC 1666i conditions, for US accounts.
pub fn claims_conditions(case: &Case) -> Vec<Condition> {
    if case.country != "US" {
        return Vec::new();
    }
    vec![
        Condition {
            text: "The charge is over $50",
            met: (case.amount_minor != 0).then_some(case.amount_minor > 5000),
        },
        Condition {
            text: "Bought in your state or within 100 miles of your address",
            met: Some(case.within_100_miles),
        },
        Condition {
            text: "You tried in good faith to settle it with the merchant first",
            met: Some(case.merchant_contacted),
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::disputes::catalog::builtin;
    use jiff::civil::date;

    fn case(country: &str) -> Case {
        Case::new(jiff::Timestamp::UNIX_EPOCH, "not-received", country)
    }

    #[test]
    fn us_notice_is_60_days_after_the_statement_across_month_ends_and_leap_years() {
        let cat = builtin().unwrap();
        let mut c = case("US");
        for (statement, due) in [
            (date(2026, 1, 31), date(2026, 4, 1)),
            (date(2028, 1, 1), date(2028, 3, 1)), // 2028 is a leap year: Feb has 29 days
            (date(2027, 1, 1), date(2027, 3, 2)),
            (date(2026, 12, 15), date(2027, 2, 13)),
        ] {
            c.statement_date = Some(statement);
            let (dated, pending) = deadlines(&c, cat, date(2026, 1, 1));
            let notice = dated
                .iter()
                .find(|d| d.kind == RuleKind::NoticeDue)
                .unwrap();
            assert_eq!(notice.due, due, "statement {statement}");
            assert_eq!(
                pending.len(),
                2,
                "the issuer's dates wait for the filing date"
            );
            assert!(!notice.policy);
        }
    }

    #[test]
    fn issuer_dates_count_from_filing_and_days_left_can_go_negative() {
        let cat = builtin().unwrap();
        let mut c = case("US");
        c.statement_date = Some(date(2026, 10, 31));
        c.filed_on = Some(date(2026, 11, 10));
        let (dated, pending) = deadlines(&c, cat, date(2026, 12, 15));
        assert!(pending.is_empty());
        let ack = dated
            .iter()
            .find(|d| d.kind == RuleKind::Acknowledgement)
            .unwrap();
        assert_eq!(ack.due, date(2026, 12, 10));
        assert_eq!(ack.days_left, -5);
        let res = dated
            .iter()
            .find(|d| d.kind == RuleKind::Resolution)
            .unwrap();
        assert_eq!(res.due, date(2027, 2, 8));
        // Filed: the notice deadline no longer matters; the next one is the resolution.
        assert_eq!(
            nearest(&c, cat, date(2026, 12, 15)).unwrap().kind,
            RuleKind::Resolution
        );
        c.status = crate::disputes::CaseStatus::ResolvedInMyFavour;
        assert!(nearest(&c, cat, date(2026, 12, 15)).is_none());
    }

    #[test]
    fn other_countries_show_the_issuers_policy() {
        let cat = builtin().unwrap();
        let mut c = case("CA");
        c.filed_on = Some(date(2026, 2, 20));
        let (dated, _) = deadlines(&c, cat, date(2026, 2, 20));
        assert_eq!(dated.len(), 2);
        assert!(dated.iter().all(|d| d.policy));
        assert_eq!(dated[0].due, date(2026, 3, 6));
        assert_eq!(dated[1].due, date(2026, 4, 17));
        let mut gb = case("GB");
        gb.filed_on = Some(date(2026, 2, 20));
        assert!(deadlines(&gb, cat, date(2026, 2, 20)).0.is_empty());
    }

    #[test]
    fn claims_conditions_for_us_accounts() {
        let mut c = case("US");
        assert_eq!(claims_conditions(&c)[0].met, None);
        c.amount_minor = 5001;
        c.merchant_contacted = true;
        let conds = claims_conditions(&c);
        assert_eq!(
            conds.iter().map(|c| c.met).collect::<Vec<_>>(),
            vec![Some(true), Some(false), Some(true)]
        );
        c.amount_minor = 5000;
        assert_eq!(
            claims_conditions(&c)[0].met,
            Some(false),
            "$50 exactly is not over $50"
        );
        assert!(claims_conditions(&case("GB")).is_empty());
    }
}
