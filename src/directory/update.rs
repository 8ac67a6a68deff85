//! What a directory update changes, per market (issue 30): lines added, removed, and
//! numbers or statuses changed. The signature is checked in [`super::signed`]. Pure.

use std::collections::BTreeMap;

use super::load::{Contact, Directory};
use super::model::Status;

/// One line whose number or status differs between two directories.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Changed {
    /// The contact id.
    pub id: String,
    /// The value before and after, when it changed.
    pub number: Option<(String, String)>,
    /// The status before and after, when it changed.
    pub status: Option<(Status, Status)>,
}

/// What changes in one market ("worldwide" for lines that serve every market).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MarketDiff {
    /// Ids of lines only the new directory has.
    pub added: Vec<String>,
    /// Ids of lines only the old directory has.
    pub removed: Vec<String>,
    /// Lines in both whose number or status changed.
    pub changed: Vec<Changed>,
}

/// What an update changes, keyed by market code.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diff {
    /// Per market, in code order; markets without a change are left out.
    pub markets: BTreeMap<String, MarketDiff>,
}

impl Diff {
    /// Whether the two directories list the same lines, numbers and statuses.
    pub fn is_empty(&self) -> bool {
        self.markets.is_empty()
    }

    /// The diff as plain lines for the CLI and the window.
    pub(crate) fn render_text(&self) -> String {
        if self.is_empty() {
            return "No line, number or status changes.\n".to_string();
        }
        let mut out = String::new();
        for (market, d) in &self.markets {
            out.push_str(&format!("{market}:\n"));
            for id in &d.added {
                out.push_str(&format!("  + added {id}\n"));
            }
            for id in &d.removed {
                out.push_str(&format!("  - removed {id}\n"));
            }
            for c in &d.changed {
                render_changed(&mut out, c);
            }
        }
        out
    }
}

fn render_changed(out: &mut String, c: &Changed) {
    if let Some((old, new)) = &c.number {
        out.push_str(&format!("  ~ {} number: {old} -> {new}\n", c.id));
    }
    if let Some((old, new)) = c.status {
        out.push_str(&format!(
            "  ~ {} status: {} -> {}\n",
            c.id,
            old.slug(),
            new.slug()
        ));
    }
}

/// Compares `old` with `new`: lines added, removed, numbers and statuses changed, per market.
pub fn diff(old: &Directory, new: &Directory) -> Diff {
    let mut out = Diff::default();
    for c in &new.contacts {
        match old.contact(&c.record.id) {
            None => each_market(&mut out, c, |m| m.added.push(c.record.id.clone())),
            Some(o) => {
                if let Some(ch) = changed(o, c) {
                    each_market(&mut out, c, |m| m.changed.push(ch.clone()));
                }
            }
        }
    }
    for o in &old.contacts {
        if new.contact(&o.record.id).is_none() {
            each_market(&mut out, o, |m| m.removed.push(o.record.id.clone()));
        }
    }
    out
}

fn changed(old: &Contact, new: &Contact) -> Option<Changed> {
    let number = (old.record.value != new.record.value)
        .then(|| (old.record.value.clone(), new.record.value.clone()));
    let status =
        (old.grade.status != new.grade.status).then_some((old.grade.status, new.grade.status));
    (number.is_some() || status.is_some()).then(|| Changed {
        id: new.record.id.clone(),
        number,
        status,
    })
}

fn each_market(out: &mut Diff, c: &Contact, mut f: impl FnMut(&mut MarketDiff)) {
    for market in &c.record.countries {
        f(out.markets.entry(market.clone()).or_default());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUILTIN: &str = include_str!("../../data/directory.ron");

    fn load(text: &str) -> Directory {
        Directory::from_ron(text, "test").unwrap()
    }

    #[test]
    fn same_directory_has_no_diff() {
        let d = load(BUILTIN);
        assert!(diff(&d, &d).is_empty());
    }

    #[test]
    fn a_changed_number_shows_in_its_market() {
        let old = load(BUILTIN);
        let first = &old.contacts[0];
        let value = first.record.value.clone();
        let mut changed_value = value.clone();
        let last = changed_value.pop().unwrap();
        changed_value.push(if last == '1' { '2' } else { '1' });
        let text = BUILTIN.replacen(&format!("\"{value}\""), &format!("\"{changed_value}\""), 1);
        let new = load(&text);
        let d = diff(&old, &new);
        let market = &first.record.countries[0];
        let m = &d.markets[market];
        assert_eq!(m.changed[0].number, Some((value, changed_value)));
        assert!(d.render_text().contains("number:"));
    }
}
