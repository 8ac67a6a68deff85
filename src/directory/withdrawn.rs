//! Number ranges a market's numbering authority has withdrawn: a line in one is
//! outdated whatever the page that prints it says (Ireland's 1850 and 1890 numbers
//! stopped working on 1 January 2022).

use super::grade::Grade;
use super::model::{ContactRecord, Source, Status, WithdrawnRange};
use super::phone;

/// The national significant digits of a number written for `country` ("+353 1850 882
/// 028" and "1850 882 028" both give "1850882028").
fn national_digits(value: &str, country: &str) -> String {
    let digits = phone::digits(value);
    if value.trim_start().starts_with('+')
        && let Some(code) = phone::calling_code(country)
        && let Some(rest) = digits.strip_prefix(&code.to_string())
    {
        return rest.trim_start_matches('0').to_string();
    }
    digits.trim_start_matches('0').to_string()
}

/// The withdrawn range `record`'s number is in, if any.
pub fn range_of<'r>(
    record: &ContactRecord,
    ranges: &'r [WithdrawnRange],
) -> Option<&'r WithdrawnRange> {
    if !record.kind.is_phone() {
        return None;
    }
    let country = record.number_region()?;
    let national = national_digits(&record.value, country);
    ranges.iter().find(|r| {
        r.country == country && r.prefixes.iter().any(|p| national.starts_with(p.as_str()))
    })
}

/// Marks every contact whose number is in a withdrawn range as outdated, saying why
/// and on whose word.
pub fn apply(
    records: &[ContactRecord],
    grades: &mut [Grade],
    ranges: &[WithdrawnRange],
    sources: &[Source],
) {
    for (record, grade) in records.iter().zip(grades.iter_mut()) {
        let Some(range) = range_of(record, ranges) else {
            continue;
        };
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::Directory;

    #[test]
    fn national_digits_drop_the_country_code_and_trunk_prefix() {
        assert_eq!(national_digits("+353 1850 882 028", "IE"), "1850882028");
        assert_eq!(national_digits("1850 882 028", "IE"), "1850882028");
        assert_eq!(national_digits("+44 (0)1273 696933", "GB"), "1273696933");
    }

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
