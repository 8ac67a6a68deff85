//! How old the numbers are, said plainly (issue 30): the directory's age, and lines
//! whose newest American Express page is old. Pure: `today` is passed in.

use jiff::civil::Date;

use crate::t;

use super::load::{Contact, Directory};
use super::model::SourceKind;

/// Past this many days since the directory was compiled, the numbers are called old.
pub(crate) const STALE_AFTER_DAYS: i32 = 183;

/// A page more than this many years older than today is called old.
pub(crate) const OLD_PAGE_YEARS: i16 = 3;

/// Days from the directory's compile date to `today` (`None` if the date is unreadable).
pub(crate) fn age_days(dir: &Directory, today: Date) -> Option<i32> {
    let compiled = Date::strptime("%Y-%m-%d", &dir.compiled_on).ok()?;
    let span = compiled.until((jiff::Unit::Day, today)).ok()?;
    Some(span.get_days())
}

/// "12 days ago", "3 months ago", "today"; nothing for a date after today (a clock
/// set back).
fn ago(days: i32) -> String {
    match days {
        i32::MIN..=-1 => String::new(),
        0 => t!("numbers-age-today"),
        1..=60 => t!("numbers-age-days", days = i64::from(days)),
        _ => t!("numbers-age-months", months = i64::from(days / 30)),
    }
}

/// One line on where the numbers come from and how old they are, for the window and
/// `find`: "Numbers checked on 2026-11-23 (12 days ago); update 1, built into this app."
pub(crate) fn age_line(dir: &Directory, today: Date) -> String {
    let when = age_days(dir, today).map(ago).unwrap_or_default();
    let (date, serial, trust) = (
        crate::format::date_text(&dir.compiled_on),
        dir.serial.to_string(),
        dir.trust.describe(),
    );
    if when.is_empty() {
        t!(
            "numbers-age-line",
            date = date,
            serial = serial,
            trust = trust
        )
    } else {
        t!(
            "numbers-age-line-when",
            date = date,
            when = when,
            serial = serial,
            trust = trust
        )
    }
}

/// The warning to show next to the numbers once the directory is past
/// [`STALE_AFTER_DAYS`], pointing to the number on the back of the card.
pub(crate) fn stale_notice(dir: &Directory, today: Date) -> Option<String> {
    let days = age_days(dir, today)?;
    (days > STALE_AFTER_DAYS).then(|| {
        t!(
            "numbers-stale-notice",
            date = crate::format::date_text(&dir.compiled_on),
            months = i64::from(days / 30)
        )
    })
}

/// The year of the newest American Express page that lists `contact`, if any says.
pub(crate) fn newest_amex_page(dir: &Directory, contact: &Contact) -> Option<u16> {
    contact
        .record
        .evidence
        .iter()
        .filter_map(|c| dir.source(&c.source))
        .filter(|s| s.kind == SourceKind::Amex)
        .filter_map(|s| s.vintage)
        .max()
}

/// A note for a line whose newest American Express page is more than
/// [`OLD_PAGE_YEARS`] years old ("its page is from 2019, over 3 years old").
pub(crate) fn old_page_note(dir: &Directory, contact: &Contact, today: Date) -> Option<String> {
    let year = newest_amex_page(dir, contact)?;
    (today.year() - year as i16 > OLD_PAGE_YEARS).then(|| {
        t!(
            "numbers-old-page",
            year = year.to_string(),
            years = i64::from(OLD_PAGE_YEARS)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        Date::strptime("%Y-%m-%d", s).unwrap()
    }

    #[test]
    fn the_builtin_directory_is_fresh_now_and_stale_seven_months_on() {
        let dir = Directory::builtin().unwrap();
        let compiled = date(&dir.compiled_on);
        assert!(stale_notice(&dir, compiled).is_none());
        let line = age_line(
            &dir,
            compiled.checked_add(jiff::Span::new().days(12)).unwrap(),
        );
        assert!(
            line.contains("(12 days ago)") && line.contains("built into this app"),
            "{line}"
        );
        let later = compiled.checked_add(jiff::Span::new().months(7)).unwrap();
        let notice = stale_notice(&dir, later).unwrap();
        assert!(notice.contains("7 months ago") && notice.contains("back of your card"));
    }

    #[test]
    fn every_line_with_an_old_page_says_so_and_no_other() {
        let dir = Directory::builtin().unwrap();
        let today = date("2026-12-05");
        for c in &dir.contacts {
            let note = old_page_note(&dir, c, today);
            let old = newest_amex_page(&dir, c).is_some_and(|y| y < 2023);
            assert_eq!(note.is_some(), old, "{}", c.record.id);
        }
    }
}
