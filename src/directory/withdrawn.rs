//! Number ranges a market's numbering authority has withdrawn: a line in one is
//! outdated whatever the page that prints it says (Ireland's 1850 and 1890 numbers
//! stopped working on 1 January 2022).

use super::grade::Grade;
use super::model::{ContactRecord, Source, Status, WithdrawnRange};
use super::phone;

/// The withdrawn range a contact's number is in, if any: its national number as
/// libphonenumber reads it (`national`, from the phone cache), else its digits as
/// written without a trunk "0".
pub(crate) fn range_of<'r>(
    record: &ContactRecord,
    national: Option<&str>,
    ranges: &'r [WithdrawnRange],
) -> Option<&'r WithdrawnRange> {
    if !record.kind.is_phone() {
        return None;
    }
    let country = record.number_region()?;
    let digits = phone::digits(&record.value);
    let national = national.unwrap_or_else(|| digits.trim_start_matches('0'));
    ranges.iter().find(|r| {
        r.country == country && r.prefixes.iter().any(|p| national.starts_with(p.as_str()))
    })
}

/// Marks a contact whose number is in `range` as outdated, saying why and on whose word.
pub fn mark(grade: &mut Grade, range: &WithdrawnRange, sources: &[Source]) {
    let by = sources
        .iter()
        .find(|s| s.id == range.source)
        .map_or(range.source.as_str(), |s| s.publisher.as_str());
    grade.status = Status::Outdated;
    grade.why = format!(
        "Numbers beginning {} stopped working on {} ({by}: \"{}\").",
        range.prefixes.join(" and "),
        range.since,
        range.quote
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::Directory;

    #[test]
    fn ireland_s_1850_line_is_outdated_whatever_its_page_says() {
        let d = Directory::builtin().unwrap();
        let line = d.contact("ie-lost-stolen").unwrap();
        assert_eq!(line.grade.status, Status::Outdated);
        assert!(
            line.grade.why.contains("1 January 2022"),
            "{}",
            line.grade.why
        );
        assert!(!line.grade.status.shown_by_default());
    }
}
