//! Checks a journal for what loading would otherwise hide: records sharing one id
//! (one would silently win), links from calls to cases or cards that are not there,
//! and cases or retention calls that list calls that are not there.

use std::collections::{HashMap, HashSet};

use uuid::Uuid;

use super::model::{Journal, Link};
use crate::t;

/// One problem found, with the id it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The record the problem is about.
    pub id: Uuid,
    /// What is wrong, in a sentence.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.id, self.message)
    }
}

/// The lines of the window's banner for `problems`: a heading, at most `shown`
/// problems by id, and how many more `amex-desk check-journal` would list.
pub(crate) fn banner_lines(problems: &[Problem], shown: usize) -> Vec<String> {
    let n = problems.len();
    if n == 0 {
        return Vec::new();
    }
    let mut lines = vec![t!("journal-integrity-heading", count = n)];
    lines.extend(problems.iter().take(shown).map(|p| format!("• {p}")));
    if n > shown {
        lines.push(t!("journal-integrity-more", count = n - shown));
    }
    lines
}

/// Ids that appear more than once among `ids`, with their count, in first-seen order.
fn duplicates(ids: impl Iterator<Item = Uuid>) -> Vec<(Uuid, usize)> {
    let mut counts: HashMap<Uuid, usize> = HashMap::new();
    let mut order = Vec::new();
    for id in ids {
        let n = counts.entry(id).or_insert(0);
        if *n == 0 {
            order.push(id);
        }
        *n += 1;
    }
    order
        .into_iter()
        .filter_map(|id| counts.get(&id).filter(|n| **n > 1).map(|n| (id, *n)))
        .collect()
}

/// Records of each kind that share an id.
fn duplicate_ids(journal: &Journal) -> Vec<Problem> {
    let kinds: [(Kind, Vec<Uuid>); 4] = [
        (Kind::Call, journal.entries.iter().map(|e| e.id).collect()),
        (Kind::Note, journal.notes.iter().map(|n| n.id).collect()),
        (Kind::Case, journal.cases.iter().map(|c| c.id).collect()),
        (Kind::Card, journal.cards.iter().map(|c| c.id).collect()),
    ];
    kinds
        .into_iter()
        .flat_map(|(kind, ids)| {
            duplicates(ids.into_iter())
                .into_iter()
                .map(move |(id, n)| Problem {
                    id,
                    message: match kind {
                        Kind::Call => t!("journal-integrity-shared-calls", count = n),
                        Kind::Note => t!("journal-integrity-shared-notes", count = n),
                        Kind::Case => t!("journal-integrity-shared-cases", count = n),
                        Kind::Card => t!("journal-integrity-shared-cards", count = n),
                    },
                })
        })
        .collect()
}

/// The kinds of record the problems name.
#[derive(Clone, Copy)]
enum Kind {
    Call,
    Note,
    Case,
    Card,
}

/// Why a linked id is missing: deleted, or never in this journal.
fn missing(journal: &Journal, id: Uuid) -> String {
    if journal.deleted.iter().any(|t| t.id == id) {
        t!("journal-integrity-deleted")
    } else {
        t!("journal-integrity-not-in-journal")
    }
}

/// Calls that link to a dispute case or retention card that is not there.
fn unknown_link_targets(journal: &Journal) -> Vec<Problem> {
    let cases: HashSet<Uuid> = journal.cases.iter().map(|c| c.id).collect();
    let cards: HashSet<Uuid> = journal.cards.iter().map(|c| c.id).collect();
    let mut found = Vec::new();
    for entry in &journal.entries {
        for link in &entry.links {
            let (kind, target, known) = match link {
                Link::Dispute(id) => (Kind::Case, *id, cases.contains(id)),
                Link::Retention(id) => (Kind::Card, *id, cards.contains(id)),
            };
            if !known {
                let (target, why) = (target.to_string(), missing(journal, target));
                found.push(Problem {
                    id: entry.id,
                    message: match kind {
                        Kind::Case => {
                            t!(
                                "journal-integrity-call-links-case",
                                target = target,
                                why = why
                            )
                        }
                        _ => t!(
                            "journal-integrity-call-links-card",
                            target = target,
                            why = why
                        ),
                    },
                });
            }
        }
    }
    found
}

/// Cases and retention calls that list a call that is not there.
fn dangling_call_links(journal: &Journal) -> Vec<Problem> {
    let calls: HashSet<Uuid> = journal.entries.iter().map(|e| e.id).collect();
    let from_cases = journal.cases.iter().flat_map(|case| {
        case.calls
            .iter()
            .map(move |call| (case.id, Kind::Case, *call))
    });
    let from_cards = journal.cards.iter().flat_map(|card| {
        card.outcomes
            .iter()
            .filter_map(|o| o.call)
            .map(move |call| (card.id, Kind::Card, call))
    });
    from_cases
        .chain(from_cards)
        .filter(|(_, _, call)| !calls.contains(call))
        .map(|(id, kind, call)| {
            let (call, why) = (call.to_string(), missing(journal, call));
            Problem {
                id,
                message: match kind {
                    Kind::Case => t!("journal-integrity-case-lists-call", call = call, why = why),
                    _ => t!("journal-integrity-card-lists-call", call = call, why = why),
                },
            }
        })
        .collect()
}

/// Calls whose timed start, end, hold and talk do not add up.
fn impossible_call_times(journal: &Journal) -> Vec<Problem> {
    journal
        .entries
        .iter()
        .filter_map(|e| {
            let message = e.call_times.as_ref()?.problem()?;
            Some(Problem { id: e.id, message })
        })
        .collect()
}

/// Every problem in `journal`: duplicate ids, unknown link targets, dangling links,
/// call times that do not add up.
pub fn check(journal: &Journal) -> Vec<Problem> {
    let mut found = duplicate_ids(journal);
    found.extend(unknown_link_targets(journal));
    found.extend(dangling_call_links(journal));
    found.extend(impossible_call_times(journal));
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::model::{Entry, Tombstone};
    use jiff::Timestamp;
    use jiff::tz::TimeZone;

    #[test]
    fn the_banner_lists_the_first_problems_by_id_and_counts_the_rest() {
        let problems: Vec<Problem> = (1..=7)
            .map(|n| Problem {
                id: Uuid::from_u128(n),
                message: format!("problem {n}"),
            })
            .collect();
        assert!(banner_lines(&[], 5).is_empty());
        let one = banner_lines(&problems[..1], 5);
        assert_eq!(one.len(), 2);
        assert!(one[0].contains("1 problem "), "{one:?}");
        assert!(one[1].contains(&Uuid::from_u128(1).to_string()));
        let all = banner_lines(&problems, 5);
        assert_eq!(all.len(), 7, "heading, five problems, the rest counted");
        assert!(all[0].contains("7 problems"));
        assert!(all[6].contains("2 more") && all[6].contains("check-journal"));
    }

    #[test]
    fn duplicates_unknown_targets_and_dangling_links_are_reported() {
        let now: Timestamp = "2026-11-18T10:00:00Z".parse().unwrap();
        let mut j = Journal::default();
        let e = Entry::new(now, &TimeZone::UTC);
        let dup = e.id;
        j.entries = vec![e.clone(), e.clone(), e];
        let gone_case = Uuid::from_u128(7);
        let mut linked = Entry::new(now, &TimeZone::UTC);
        linked.links = vec![
            Link::Dispute(gone_case),
            Link::Retention(Uuid::from_u128(8)),
        ];
        j.entries.push(linked.clone());
        let mut case = crate::records::Case::new(now, "not-received", "US");
        case.calls = vec![linked.id, Uuid::from_u128(9)];
        j.cases.push(case.clone());
        j.deleted.push(Tombstone {
            id: gone_case,
            deleted: now,
        });
        let problems = check(&j);
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert_eq!(problems[0].id, dup);
        assert!(problems[0].message.contains("3 calls share this id"));
        assert!(problems[1].message.contains("which was deleted"));
        assert!(problems[2].message.contains("retention card"));
        assert_eq!(problems[3].id, case.id);
        assert!(problems[3].message.contains("not in the journal"));
        j.entries.truncate(1);
        j.entries[0].links.clear();
        j.cases.clear();
        assert!(check(&j).is_empty());
        let when = j.entries[0].when;
        j.entries[0].call_times = Some(crate::journal::CallTimes {
            started: when,
            ended: when,
            hold_secs: 600,
            talk_secs: 0,
        });
        let problems = check(&j);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("more than the call's 00:00"));
    }
}
