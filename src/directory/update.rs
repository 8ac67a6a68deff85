//! Directory updates (issue 30), pure logic: what an update changes, per market.
//! Signature checking and applying come next; this part only compares two loaded
//! directories. No egui, no I/O.

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
    pub fn render_text(&self) -> String {
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

/// An accepted signing key: its minisign key id (hex) and the last day it may sign.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyInfo {
    /// The key id, as minisign prints it (hex).
    pub id: String,
    /// The last day (YYYY-MM-DD) an update signed with it is accepted.
    pub expires: String,
}

/// Why an update is refused before it is shown or applied.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    /// The signing key expired.
    #[error("refused: the update is signed with key {id}, which expired on {expires}")]
    ExpiredKey {
        /// The key id.
        id: String,
        /// Its expiry date.
        expires: String,
    },
    /// The update is not newer than the active directory.
    #[error("refused: the update is version {offered}, not newer than the active version {active}")]
    NotNewer {
        /// The update's serial.
        offered: u32,
        /// The active directory's serial.
        active: u32,
    },
}

/// Checks an update's serial against the active one and its key's expiry against
/// `today` (YYYY-MM-DD). The signature itself is checked separately.
pub fn check_acceptable(
    active: u32,
    offered: u32,
    key: &KeyInfo,
    today: &str,
) -> Result<(), Refused> {
    if today > key.expires.as_str() {
        return Err(Refused::ExpiredKey {
            id: key.id.clone(),
            expires: key.expires.clone(),
        });
    }
    if offered <= active {
        return Err(Refused::NotNewer { offered, active });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUILTIN: &str = include_str!("../../data/directory.ron");

    fn load(text: &str) -> Directory {
        Directory::from_ron(text, "test").unwrap()
    }

    fn key() -> KeyInfo {
        KeyInfo {
            id: "ABCD".into(),
            expires: "2027-06-30".into(),
        }
    }

    #[test]
    fn newer_with_live_key_is_accepted() {
        assert_eq!(check_acceptable(1, 2, &key(), "2026-12-05"), Ok(()));
    }

    #[test]
    fn older_or_equal_version_is_refused_by_name() {
        let e = check_acceptable(2, 2, &key(), "2026-12-05").unwrap_err();
        assert!(e.to_string().contains("version 2, not newer"));
        assert!(check_acceptable(3, 2, &key(), "2026-12-05").is_err());
    }

    #[test]
    fn expired_key_is_refused_by_name() {
        let e = check_acceptable(1, 2, &key(), "2027-07-01").unwrap_err();
        assert!(
            e.to_string()
                .contains("key ABCD, which expired on 2027-06-30")
        );
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
