//! The "Follow-ups due" list: the journal's own follow-ups and promises
//! ([`crate::journal::entry_due_items`]) plus each dispute case's nearest deadline
//! ([`crate::disputes::nearest`]), overdue first. It sits above both `journal` and
//! `disputes`, so neither needs the other for it. Pure; nothing here imports egui.

use jiff::civil::Date;

use crate::disputes::{Case, Catalog};
use crate::journal::due::one_line;
use crate::journal::{Due, DueKind, Journal, entry_due_items};
use crate::t;

/// Everything with a date that is still to chase, earliest (most overdue) first.
pub fn due_items(journal: &Journal, catalog: &Catalog, today: Date) -> Vec<Due> {
    let mut items = entry_due_items(journal, today);
    if !journal.cases.is_empty() {
        items.extend(dispute_items(&journal.cases, catalog, today));
        items.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.text.cmp(&b.text)));
    }
    items
}

/// How many items are overdue.
#[cfg(test)]
pub(crate) fn overdue_count(journal: &Journal, catalog: &Catalog, today: Date) -> usize {
    due_items(journal, catalog, today)
        .iter()
        .filter(|d| d.overdue())
        .count()
}

/// Each case's nearest deadline as a dated item.
fn dispute_items(cases: &[Case], catalog: &Catalog, today: Date) -> Vec<Due> {
    cases
        .iter()
        .filter_map(|case| {
            let d = crate::disputes::nearest(case, catalog, today)?;
            let merchant = if case.merchant.trim().is_empty() {
                t!("journal-due-no-merchant")
            } else {
                one_line(case.merchant.trim(), 40)
            };
            Some(Due {
                entry: case.id,
                kind: DueKind::Dispute,
                date: d.due,
                text: t!(
                    "journal-due-dispute",
                    merchant = merchant,
                    deadline = &d.localized_label
                ),
                days: d.days_left,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::{Entry, Promise};
    use jiff::tz::TimeZone;

    #[test]
    fn disputes_join_the_entries_follow_ups_in_date_order() {
        let now = "2026-11-18T10:00:00Z".parse().unwrap();
        let today = jiff::civil::date(2026, 11, 18);
        let mut j = Journal::default();
        let mut e = Entry::new(now, &TimeZone::UTC);
        e.promises = vec![Promise {
            text: "credit $45".into(),
            due: Some(jiff::civil::date(2026, 11, 10)),
            done: false,
        }];
        j.entries.push(e);
        let catalog = crate::disputes::builtin().unwrap();
        assert_eq!(due_items(&j, catalog, today), entry_due_items(&j, today));
        assert_eq!(overdue_count(&j, catalog, today), 1);

        let mut case = Case::new(now, "not-received", "US");
        case.merchant = "Acme".into();
        case.transaction_date = Some(jiff::civil::date(2026, 11, 1));
        j.cases.push(case);
        let items = due_items(&j, catalog, today);
        let nearest = crate::disputes::nearest(&j.cases[0], catalog, today);
        assert_eq!(
            items.iter().any(|d| d.kind == DueKind::Dispute),
            nearest.is_some()
        );
        assert!(items.windows(2).all(|w| w[0].date <= w[1].date));
    }
}
