//! Whose word a directory is: the one built into the app, a signed update, or a file
//! nobody signed. A file nobody signed can be looked at, but every line it adds or
//! changes is marked "not verified" and is never used to call a number American
//! Express's (issue 30). Pure: no I/O.

use super::load::{Contact, Directory};

pub use super::model::Trust;

/// Marks every contact of `file` (a directory nobody signed) that `trusted` does not
/// list word for word, with the same grade, as not verified. Returns how many.
pub(crate) fn mark_unverified(file: &mut Directory, trusted: &Directory) -> usize {
    file.trust = Trust::Unverified;
    let mut marked = 0;
    for contact in &mut file.contacts {
        let same = trusted
            .contact(&contact.record.id)
            .is_some_and(|t| same_line(t, contact));
        contact.unverified = !same;
        marked += usize::from(!same);
    }
    marked
}

/// Whether two contacts say the same thing: the record and the grade its evidence
/// earns (a changed source can change the grade without touching the record).
fn same_line(trusted: &Contact, other: &Contact) -> bool {
    trusted.record == other.record && trusted.grade == other.grade
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUILTIN: &str = include_str!("../../data/directory.ron");

    #[test]
    fn a_copy_of_the_builtin_marks_nothing_and_one_changed_digit_marks_that_line() {
        let trusted = Directory::builtin().unwrap();
        let mut same = Directory::from_ron(BUILTIN, "copy.ron").unwrap();
        assert_eq!(mark_unverified(&mut same, &trusted), 0);
        let changed = BUILTIN.replace("0800 917 8047", "0800 917 8048");
        assert_ne!(changed, BUILTIN, "the sample number is in the directory");
        let mut file = Directory::from_ron(&changed, "changed.ron").unwrap();
        let marked = mark_unverified(&mut file, &trusted);
        assert!(marked >= 1);
        assert!(
            file.contacts
                .iter()
                .filter(|c| c.unverified)
                .all(|c| c.record.value.contains("8048"))
        );
        assert_eq!(file.trust, Trust::Unverified);
        assert!(!file.trust.is_verified());
    }
}
