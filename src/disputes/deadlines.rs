//! Deadlines computed from a case's dates: pure, calendar-exact (`jiff`), each with the
//! rule's source, and whether it is law or the issuer's stated policy.

use jiff::ToSpan;
use jiff::civil::Date;

use super::catalog::{Anchor, Catalog, RuleKind};
use super::model::Case;
use crate::t;

/// One computed deadline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deadline {
    /// What is due: the rule's label as written (English; JSON and calendar files).
    pub label: String,
    /// What is due in the current language ([`super::catalog::Rule::localized_label`]):
    /// what people read in the window, the papers and the command line's text.
    pub localized_label: String,
    /// The rule's kind.
    pub kind: RuleKind,
    /// The date.
    pub due: Date,
    /// Days from today (negative: passed).
    pub days_left: i32,
    /// Where the rule comes from.
    pub source: String,
    /// The page that states it: the quote, who says it, where and when.
    pub citation: String,
    /// What kind of rule: law, a regulator's or ombudsman's rule, the issuer's policy.
    pub standing: String,
    /// The issuer's stated policy rather than law.
    pub policy: bool,
}

/// What kind of rule it is, in words (in the current language).
pub(crate) fn standing(rule: &super::catalog::Rule) -> String {
    use super::evidence::SourceKind;
    if rule.policy {
        return t!("disputes-standing-policy");
    }
    match rule.evidence.kind {
        SourceKind::Legislation => t!("disputes-standing-law"),
        SourceKind::Regulator => t!("disputes-standing-regulator"),
        SourceKind::Ombudsman => t!("disputes-standing-ombudsman"),
        SourceKind::Secondary => t!("disputes-standing-secondary"),
        SourceKind::Issuer => t!("disputes-standing-policy"),
    }
}

/// `from` plus the rule's months, then its days (business days skip Saturdays and
/// Sundays; public holidays are not known here).
pub(crate) fn due_date(rule: &super::catalog::Rule, from: Date) -> Option<Date> {
    let mut due = from.checked_add(rule.months.months()).ok()?;
    if rule.business_days {
        let mut left = rule.days;
        while left > 0 {
            due = due.tomorrow().ok()?;
            if !matches!(
                due.weekday(),
                jiff::civil::Weekday::Saturday | jiff::civil::Weekday::Sunday
            ) {
                left -= 1;
            }
        }
        Some(due)
    } else {
        due.checked_add(rule.days.days()).ok()
    }
}

/// "60 days", "13 months", "15 business days", "6 months and 10 days".
pub(crate) fn span_words(r: &super::catalog::Rule) -> String {
    let days = |n: i32| {
        let count = i64::from(n);
        if r.business_days {
            t!("disputes-span-business-days", count = count)
        } else {
            t!("disputes-span-days", count = count)
        }
    };
    let months = |n: i32| t!("disputes-span-months", count = i64::from(n));
    match (r.months, r.days) {
        (0, d) => days(d),
        (m, 0) => months(m),
        (m, d) => t!(
            "disputes-span-months-and-days",
            months = months(m),
            days = days(d)
        ),
    }
}

/// "the charge", "the statement", "your complaint", "the final response".
pub(crate) fn anchor_words(anchor: Anchor) -> String {
    match anchor {
        Anchor::StatementDate => t!("disputes-anchor-statement"),
        Anchor::FiledDate => t!("disputes-anchor-filed"),
        Anchor::TransactionDate => t!("disputes-anchor-charge"),
        Anchor::FinalResponseDate => t!("disputes-anchor-final-response"),
    }
}

/// What to say for a market with no deadline rule recorded: that none is known, and
/// what to do anyway.
pub(crate) fn none_known(market: &str) -> String {
    t!("disputes-none-known", market = market)
}

/// A rule that cannot be dated yet (its anchor date is missing).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Pending {
    /// The rule's label as written (English).
    pub label: String,
    /// The rule's label in the current language.
    pub localized_label: String,
    /// What date is missing (in words, in the current language).
    pub needs: String,
    /// Where the rule comes from.
    pub source: String,
}

/// The date a rule counted from `anchor` waits for, in words: "the date you filed".
fn needs_words(anchor: Anchor) -> String {
    match anchor {
        Anchor::StatementDate => t!("disputes-needs-statement-date"),
        Anchor::FiledDate => t!("disputes-needs-filed-date"),
        Anchor::TransactionDate => t!("disputes-needs-charge-date"),
        Anchor::FinalResponseDate => t!("disputes-needs-final-response-date"),
    }
}

/// Calendar days from `from` to `to`.
pub(crate) fn days_between(from: Date, to: Date) -> i32 {
    from.until(to).map(|s| s.get_days()).unwrap_or(0)
}

/// Every dated deadline of the case (earliest first) and the rules still waiting for a
/// date.
pub(crate) fn deadlines(
    case: &Case,
    catalog: &Catalog,
    today: Date,
) -> (Vec<Deadline>, Vec<Pending>) {
    let mut dated = Vec::new();
    let mut pending = Vec::new();
    for rule in catalog.rules_for_case(case) {
        let anchor = match rule.from {
            Anchor::StatementDate => case.statement_date,
            Anchor::FiledDate => case.filed_on,
            Anchor::TransactionDate => case.transaction_date,
            Anchor::FinalResponseDate => case.final_response_on,
        };
        match anchor.and_then(|a| due_date(rule, a)) {
            Some(due) => dated.push(Deadline {
                label: rule.label.clone(),
                localized_label: rule.localized_label(),
                kind: rule.kind,
                due,
                days_left: days_between(today, due),
                source: rule.source.clone(),
                citation: rule.evidence.citation(),
                standing: standing(rule),
                policy: rule.policy,
            }),
            None => pending.push(Pending {
                label: rule.label.clone(),
                localized_label: rule.localized_label(),
                needs: needs_words(rule.from),
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
pub(crate) struct Condition {
    /// The condition (in the current language).
    pub text: String,
    /// Met?
    pub met: Option<bool>,
}

/// The 15 USC 1666i conditions, for US accounts.
pub(crate) fn claims_conditions(case: &Case) -> Vec<Condition> {
    if case.country != "US" {
        return Vec::new();
    }
    vec![
        Condition {
            text: t!("disputes-condition-over-50", amount = "$50"),
            met: (case.amount_minor != 0).then_some(case.amount_minor > 5000),
        },
        Condition {
            text: t!("disputes-condition-within-100-miles"),
            met: Some(case.within_100_miles),
        },
        Condition {
            text: t!("disputes-condition-merchant-first"),
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
    fn the_issuers_policy_and_the_ombudsmans_rule_are_told_apart() {
        let cat = builtin().unwrap();
        let mut c = case("CA");
        c.filed_on = Some(date(2026, 2, 20));
        let (dated, _) = deadlines(&c, cat, date(2026, 2, 20));
        assert_eq!(dated.len(), 2);
        assert!(dated[0].policy && dated[0].standing == "the issuer's stated policy");
        assert_eq!(dated[0].due, date(2026, 3, 6));
        assert!(!dated[1].policy && dated[1].standing == "the ombudsman's rule");
        assert_eq!(dated[1].due, date(2026, 4, 17));
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

    /// Issue 27: the markets the issue names get their own dated rules, each with its
    /// page; the EEA's 13 months reach every member state and no one else; a market
    /// with none says so (the window adds general advice).
    #[test]
    fn every_named_market_gets_its_own_rules_with_their_pages() {
        let cat = builtin().unwrap();
        let today = date(2026, 12, 5);
        let dated_case = |country: &str| {
            let mut c = case(country);
            c.transaction_date = Some(date(2026, 1, 31));
            c.statement_date = Some(date(2026, 2, 5));
            c.filed_on = Some(date(2026, 11, 2));
            c.final_response_on = Some(date(2026, 11, 20));
            c
        };
        let expect: [(&str, &[&str]); 15] = [
            ("GB", &["2026-11-23", "2026-12-21", "2027-05-20"]),
            ("IE", &["2026-12-12"]),
            ("ES", &["2026-11-23", "2027-11-02"]),
            ("DE", &[]),
            ("FR", &["2027-11-02"]),
            ("IT", &["2026-11-23", "2027-11-02"]),
            ("NL", &["2026-12-28"]),
            ("CA", &["2026-11-16", "2026-12-28", "2027-05-19"]),
            ("AU", &["2026-12-02", "2028-11-20"]),
            ("IN", &["2026-12-02", "2026-04-01"]),
            ("SG", &["2027-05-20"]),
            ("HK", &["2027-01-01"]),
            ("JP", &[]),
            ("MX", &["2026-05-06"]),
            ("NZ", &["2027-01-02"]),
        ];
        for (country, dues) in expect {
            let (dated, pending) = deadlines(&dated_case(country), cat, today);
            assert!(pending.is_empty(), "{country}: {pending:?}");
            let got: Vec<String> = dated.iter().map(|d| d.due.to_string()).collect();
            for due in dues {
                assert!(
                    got.contains(&due.to_string()),
                    "{country}: {due} not in {got:?}"
                );
            }
            assert_eq!(got.len(), dues.len(), "{country}: {got:?}");
            for d in &dated {
                assert!(d.citation.contains("http"), "{country}: {}", d.citation);
                assert!(!d.citation.contains(".md"), "{country}");
            }
        }
        // The 13 months to report an unauthorised payment are a deadline of an
        // unauthorised charge, not of a parcel that never came (the case above); the
        // EEA rule is a secondary source's report of the law, and says so.
        let unauthorised = |country: &str| {
            let mut c = dated_case(country);
            c.kind = "unauthorized".into();
            deadlines(&c, cat, today).0
        };
        for (country, due) in [
            ("DE", "2027-02-28"),
            ("FR", "2027-02-28"),
            ("GB", "2027-02-28"),
            ("JP", "2026-04-01"),
        ] {
            assert!(
                unauthorised(country)
                    .iter()
                    .any(|d| d.due.to_string() == due),
                "{country}"
            );
        }
        let de = unauthorised("DE");
        assert_eq!(de[0].standing, "law, as a secondary source reports it");
        assert!(
            de[0]
                .citation
                .contains("not checked against the official text")
        );
        for outside in ["GB", "CH", "US", "TR", "NO"] {
            let eea = unauthorised(outside)
                .iter()
                .any(|d| d.label.contains("wrongly executed"));
            assert_eq!(eea, outside == "NO", "{outside}");
        }
        // The label people read is in their language; the label as written (JSON,
        // calendar files) stays English.
        crate::i18n::set_current(crate::i18n::Lang::Ja);
        let (ja, pending) = deadlines(&case("US"), cat, today);
        crate::i18n::set_current(crate::i18n::Lang::En);
        assert!(ja.is_empty());
        assert_eq!(pending[0].label, cat.rules[0].label);
        assert!(pending[0].localized_label.ends_with("期限"));
        assert!(de[0].localized_label == de[0].label);
        // Without the final response's date, its clock waits for it.
        let mut gb = dated_case("GB");
        gb.final_response_on = None;
        let (_, pending) = deadlines(&gb, cat, today);
        assert_eq!(pending[0].needs, "the date of the final response");
    }

    /// Over every market and every dispute type: a case gets exactly the rules of its
    /// country (and the EEA's) that apply to its type, each dated when its date is in.
    #[test]
    fn every_case_gets_exactly_the_rules_for_its_type() {
        let cat = builtin().unwrap();
        let dir = crate::directory::Directory::builtin().unwrap();
        for country in dir.countries.iter().map(|c| c.code.as_str()) {
            for kind in &cat.types {
                let mut c = Case::new(jiff::Timestamp::UNIX_EPOCH, &kind.slug, country);
                c.transaction_date = Some(date(2026, 1, 31));
                c.statement_date = Some(date(2026, 2, 5));
                c.filed_on = Some(date(2026, 11, 2));
                c.final_response_on = Some(date(2026, 11, 20));
                let (dated, pending) = deadlines(&c, cat, date(2026, 12, 5));
                assert!(pending.is_empty(), "{country} {}", kind.slug);
                let expected: Vec<&str> = cat
                    .rules_for(country)
                    .filter(|r| r.kinds.is_empty() || r.kinds.contains(&kind.slug))
                    .map(|r| r.label.as_str())
                    .collect();
                let mut got: Vec<&str> = dated.iter().map(|d| d.label.as_str()).collect();
                let mut want = expected.clone();
                got.sort_unstable();
                want.sort_unstable();
                assert_eq!(got, want, "{country} {}", kind.slug);
            }
        }
    }
}
