//! Why a line has its status, in the reader's language. Grading keeps the reason in
//! English ([`Grade::why`](super::grade::Grade::why): the prepared directory and JSON
//! carry it); this works it out again from the directory for the window.

use super::grade::{Reason, against_rival, base_status, finding_of, finding_reason, strength};
use super::load::{Contact, Directory};
use super::model::in_english;

/// Why `contact` has its status, in the current language. [`Grade::why`](super::grade::Grade::why) keeps it in
/// English (for JSON and the prepared directory); this works the reason out again from
/// the directory. A reason set after grading (a withdrawn number range) is shown as
/// stored.
pub(crate) fn why_text(dir: &Directory, contact: &Contact) -> String {
    let reason = reason_of(dir, contact);
    if in_english(|| reason.text()) == contact.grade.why {
        reason.text()
    } else {
        contact.grade.why.clone()
    }
}

/// The reason grading gave `contact`, worked out again as grading does.
fn reason_of(dir: &Directory, contact: &Contact) -> Reason {
    let page = |id: &str| dir.source(id);
    let record = &contact.record;
    if finding_of(&record.evidence).is_some() {
        return finding_reason(&record.evidence, &page);
    }
    let mine = strength(&page, record);
    let (mut status, mut reason) = base_status(mine);
    for rival in contact
        .grade
        .rivals
        .iter()
        .filter_map(|j| dir.contacts.get(*j))
    {
        let (theirs, why) = against_rival(mine, strength(&page, &rival.record), &rival.record);
        if theirs > status {
            status = theirs;
            reason = why;
        }
    }
    reason
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reason_worked_out_again_is_the_one_stored() {
        let dir = Directory::builtin().unwrap();
        for c in &dir.contacts {
            // A withdrawn range's reason is set after grading (withdrawn.rs).
            if c.grade.why.starts_with("Numbers beginning") {
                continue;
            }
            assert_eq!(
                in_english(|| reason_of(&dir, c).text()),
                c.grade.why,
                "{}",
                c.record.id
            );
            assert_eq!(why_text(&dir, c), c.grade.why, "{}", c.record.id);
        }
    }
}
