//! Text shared by the window, the documents and the command line: money in minor units,
//! dates and amounts in the current language's conventions, day counts relative to
//! today (in the current language), and file-name slugs. Pure and unit-tested; the one
//! place each of these is written.
//!
//! [`money`] and ISO dates ("2026-12-05") are what files, JSON, calendars and the
//! editable fields hold; [`date`], [`date_time`] and [`amount`] are only for showing.

use jiff::civil::{Date, DateTime};

use crate::i18n::{Arg, Lang};

/// Minor units as "1234.50" (a minus sign for negatives, "-0.05" included).
pub fn money(minor: i64) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

/// A day in the current language's way: "2026-12-05" (English), "5 dic 2026",
/// "5 déc. 2026", "5.12.2026", "2026年12月5日".
pub(crate) fn date(d: Date) -> String {
    date_in(crate::i18n::current(), d)
}

/// [`date`] in `lang`. English writes ISO 8601, which no English reader misreads (unlike
/// 12/5/2026) and which the date fields take; every other language orders and names the
/// parts in its message `shell-date`. The pseudo-language writes English's (its accents
/// are for words).
pub(crate) fn date_in(lang: Lang, d: Date) -> String {
    match conventions_of(lang) {
        Lang::En => d.to_string(),
        lang => named_date(lang, d),
    }
}

/// The message `shell-date` of `lang` for `d`: "5 dic 2026".
fn named_date(lang: Lang, d: Date) -> String {
    crate::i18n::message_in(
        "shell-date",
        lang,
        &[
            ("day", Arg::Count(i64::from(d.day()))),
            ("month", Arg::Count(i64::from(d.month()))),
            ("year", Arg::Count(i64::from(d.year()))),
        ],
    )
}

/// A day kept as ISO text (the directory's `compiled_on`) shown like [`date`]; text
/// that is not an ISO date as it is.
pub(crate) fn date_text(iso: &str) -> String {
    iso.trim()
        .parse::<Date>()
        .map_or_else(|_| iso.to_string(), date)
}

/// A day and a time of day in the current language's way: "2026-12-05 14:30",
/// "5.12.2026 14:30", "2026年12月5日 14:30" (every language here writes the time on
/// a 24-hour clock).
pub(crate) fn date_time(at: DateTime) -> String {
    date_time_in(crate::i18n::current(), at)
}

/// [`date_time`] in `lang`.
pub(crate) fn date_time_in(lang: Lang, at: DateTime) -> String {
    format!("{} {}", date_in(lang, at.date()), at.strftime("%H:%M"))
}

/// The language whose conventions `lang` writes dates and numbers in.
fn conventions_of(lang: Lang) -> Lang {
    match lang {
        Lang::Pseudo => Lang::En,
        other => other,
    }
}

/// No-break space: between a number and its currency, so they never part at a line end.
const NBSP: char = '\u{a0}';

/// An amount of `currency` (an ISO 4217 code) in minor units, in the current
/// language's way: "1,234.56 USD", "1.234,56 €", "1 234,56 €", "¥5,000". The
/// hundredths are left out only for a currency without minor units (the yen) when
/// they are zero: amounts are always kept in hundredths, and nothing is rounded.
pub(crate) fn amount(minor: i64, currency: &str) -> String {
    amount_in(crate::i18n::current(), minor, currency)
}

/// [`amount`] in `lang`: English and Japanese write "1,234.56", Spanish and German
/// "1.234,56", French "1 234,56" (a narrow no-break space between thousands). The euro
/// is "€" after the number in Spanish, French and German, the yen "¥" before it in
/// Japanese; every other currency is its code after the number ("1.234,56 USD"), and
/// an empty code gives the number alone.
pub(crate) fn amount_in(lang: Lang, minor: i64, currency: &str) -> String {
    let lang = conventions_of(lang);
    let code = currency.trim().to_ascii_uppercase();
    let whole_only = iso_currency::Currency::from_code(&code)
        .and_then(iso_currency::Currency::exponent)
        == Some(0);
    let sign = if minor < 0 { "-" } else { "" };
    let number = number_in(lang, minor.unsigned_abs(), whole_only);
    match (lang, code.as_str()) {
        (_, "") => format!("{sign}{number}"),
        (Lang::Es | Lang::Fr | Lang::De, "EUR") => format!("{sign}{number}{NBSP}€"),
        (Lang::Es | Lang::Fr | Lang::De, _) => format!("{sign}{number}{NBSP}{code}"),
        (Lang::Ja, "JPY") => format!("{sign}¥{number}"),
        _ => format!("{sign}{number} {code}"),
    }
}

/// The thousands mark and the decimal mark of `lang`.
fn marks(lang: Lang) -> (&'static str, char) {
    match lang {
        Lang::Es | Lang::De => (".", ','),
        Lang::Fr => ("\u{202f}", ','),
        Lang::En | Lang::Ja | Lang::Pseudo => (",", '.'),
    }
}

/// `minor` hundredths with `lang`'s marks ("1.234,56"); whole units only ("5.000")
/// when `whole_only` and there are no hundredths.
fn number_in(lang: Lang, minor: u64, whole_only: bool) -> String {
    let (thousands, decimal) = marks(lang);
    let units = grouped(minor / 100, thousands);
    match minor % 100 {
        0 if whole_only => units,
        cents => format!("{units}{decimal}{cents:02}"),
    }
}

/// `n`'s digits in groups of three from the right, `mark` between the groups.
fn grouped(n: u64, mark: &str) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() * 2);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(mark);
        }
        out.push(c);
    }
    out
}

/// A date's distance from today in words: "3 days ago", "1 day ago", "today",
/// "tomorrow", "in 5 days" (`days` negative for the past).
pub(crate) fn relative_days(days: i32) -> String {
    match days {
        d if d < 0 => crate::t!("shell-days-ago", days = i64::from(d.unsigned_abs())),
        0 => crate::t!("shell-today"),
        1 => crate::t!("shell-tomorrow"),
        d => crate::t!("shell-in-days", days = i64::from(d)),
    }
}

/// The same distance said of something due: "8 days overdue", "1 day overdue",
/// "due today", "due tomorrow", "in 5 days".
pub(crate) fn due_days(days: i32) -> String {
    match days {
        d if d < 0 => crate::t!("shell-days-overdue", days = i64::from(d.unsigned_abs())),
        0 => crate::t!("shell-due-today"),
        1 => crate::t!("shell-due-tomorrow"),
        d => relative_days(d),
    }
}

/// A file-name part from free text: ASCII letters and digits lowercased, every run of
/// anything else one "-", none at either end; `fallback` when nothing is left.
pub fn slug(text: &str, fallback: &str) -> String {
    let s = text
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>();
    let s = s
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if s.is_empty() {
        fallback.to_string()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_keeps_the_sign() {
        assert_eq!(money(-5), "-0.05");
        assert_eq!(money(-123450), "-1234.50");
        assert_eq!(money(0), "0.00");
        assert_eq!(money(123450), "1234.50");
        assert_eq!(money(i64::MIN), "-92233720368547758.08");
    }

    fn day(y: i16, m: i8, d: i8) -> Date {
        jiff::civil::date(y, m, d)
    }

    #[test]
    fn dates_in_each_language() {
        let d = day(2026, 12, 5);
        for (lang, want) in [
            (Lang::En, "2026-12-05"),
            (Lang::Es, "5 dic 2026"),
            (Lang::Fr, "5 déc. 2026"),
            (Lang::De, "5.12.2026"),
            (Lang::Ja, "2026年12月5日"),
            (Lang::Pseudo, "2026-12-05"),
        ] {
            assert_eq!(date_in(lang, d), want, "{}", lang.tag());
        }
        assert_eq!(date_in(Lang::En, day(2027, 1, 31)), "2027-01-31");
        // English's message is the translators' model, and the fallback.
        assert_eq!(named_date(Lang::En, d), "5 Dec 2026");
        assert_eq!(date_in(Lang::Es, day(2026, 9, 1)), "1 sept 2026");
        assert_eq!(date_in(Lang::Fr, day(2026, 2, 28)), "28 févr. 2026");
        assert_eq!(date_in(Lang::De, day(2026, 1, 9)), "9.1.2026");
        assert_eq!(date_in(Lang::Ja, day(2026, 10, 31)), "2026年10月31日");
    }

    #[test]
    fn every_month_has_its_own_name_and_the_day_and_year_show() {
        for lang in Lang::EVERY {
            let mut seen = std::collections::BTreeSet::new();
            for month in 1..=12 {
                for d in [1, 9, 10, 28] {
                    let text = date_in(lang, day(2026, month, d));
                    assert!(text.contains("2026"), "{}: {text}", lang.tag());
                    assert!(text.contains(&d.to_string()), "{}: {text}", lang.tag());
                    assert!(!text.contains(['{', '}', '$']), "{}: {text}", lang.tag());
                    // No two days of the year read the same.
                    assert!(seen.insert(text.clone()), "{}: {text} twice", lang.tag());
                }
            }
        }
    }

    #[test]
    fn the_current_language_decides() {
        crate::i18n::set_current(Lang::De);
        assert_eq!(date(day(2026, 12, 5)), "5.12.2026");
        assert_eq!(amount(123456, "EUR"), "1.234,56\u{a0}€");
        let at = day(2026, 12, 5).at(9, 5, 59, 0);
        assert_eq!(date_time(at), "5.12.2026 09:05");
        crate::i18n::set_current(Lang::En);
        assert_eq!(date_time(at), "2026-12-05 09:05");
        assert_eq!(date_time_in(Lang::Ja, at), "2026年12月5日 09:05");
        crate::i18n::set_current(Lang::Fr);
        assert_eq!(date_text("2026-11-23"), "23 nov. 2026");
        assert_eq!(date_text("x"), "x");
        crate::i18n::set_current(Lang::En);
    }

    #[test]
    fn amounts_in_each_language() {
        for (lang, currency, want) in [
            (Lang::En, "USD", "1,234.56 USD"),
            (Lang::En, "EUR", "1,234.56 EUR"),
            (Lang::De, "EUR", "1.234,56\u{a0}€"),
            (Lang::Es, "EUR", "1.234,56\u{a0}€"),
            (Lang::Es, "USD", "1.234,56\u{a0}USD"),
            (Lang::Fr, "EUR", "1\u{202f}234,56\u{a0}€"),
            (Lang::Fr, "GBP", "1\u{202f}234,56\u{a0}GBP"),
            (Lang::Ja, "USD", "1,234.56 USD"),
            (Lang::Ja, "JPY", "¥1,234.56"),
            (Lang::Pseudo, "USD", "1,234.56 USD"),
        ] {
            assert_eq!(amount_in(lang, 123456, currency), want, "{}", lang.tag());
        }
        // The yen has no minor units: whole yen print without hundredths.
        assert_eq!(amount_in(Lang::Ja, 500_000, "JPY"), "¥5,000");
        assert_eq!(amount_in(Lang::En, 500_000, "jpy"), "5,000 JPY");
        assert_eq!(amount_in(Lang::De, 500_000, "JPY"), "5.000\u{a0}JPY");
        assert_eq!(amount_in(Lang::De, 0, "EUR"), "0,00\u{a0}€");
        assert_eq!(amount_in(Lang::En, 5, "USD"), "0.05 USD");
        assert_eq!(amount_in(Lang::En, -123456, "USD"), "-1,234.56 USD");
        assert_eq!(amount_in(Lang::Ja, -500_000, "JPY"), "-¥5,000");
        assert_eq!(amount_in(Lang::Fr, 99, ""), "0,99");
        assert_eq!(
            amount_in(Lang::En, 9_999_999_999, "XYZ"),
            "99,999,999.99 XYZ"
        );
        assert_eq!(
            amount_in(Lang::Es, i64::MIN, "EUR"),
            "-92.233.720.368.547.758,08\u{a0}€"
        );
    }

    /// Amounts with and without thousands, zero, and the largest accepted.
    const SAMPLE_MINOR: [i64; 9] = [
        0,
        5,
        99,
        100,
        123_456,
        100_000,
        100_000_000,
        123_456_789,
        9_999_999_999,
    ];

    #[test]
    fn amounts_keep_their_digits_in_every_language_and_currency() {
        for lang in Lang::EVERY {
            for currency in ["EUR", "USD", "GBP", "JPY", "XYZ"] {
                for minor in SAMPLE_MINOR {
                    let text = amount_in(lang, minor, currency);
                    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
                    let whole = currency == "JPY" && minor % 100 == 0;
                    let want = if whole { minor / 100 } else { minor };
                    assert_eq!(digits.parse::<i64>(), Ok(want), "{}: {text}", lang.tag());
                    assert!(!text.contains("  "), "{text}");
                }
            }
        }
    }

    #[test]
    fn groups_of_three() {
        assert_eq!(grouped(0, ","), "0");
        assert_eq!(grouped(999, ","), "999");
        assert_eq!(grouped(1000, ","), "1,000");
        assert_eq!(grouped(123_456_789, "."), "123.456.789");
    }

    #[test]
    fn relative_days_past_today_tomorrow_future() {
        assert_eq!(relative_days(-8), "8 days ago");
        assert_eq!(relative_days(-1), "1 day ago");
        assert_eq!(relative_days(0), "today");
        assert_eq!(relative_days(1), "tomorrow");
        assert_eq!(relative_days(7), "in 7 days");
    }

    #[test]
    fn due_days_says_overdue() {
        assert_eq!(due_days(-8), "8 days overdue");
        assert_eq!(due_days(-1), "1 day overdue");
        assert_eq!(due_days(0), "due today");
        assert_eq!(due_days(1), "due tomorrow");
        assert_eq!(due_days(7), "in 7 days");
    }

    #[test]
    fn slug_collapses_and_falls_back() {
        assert_eq!(
            slug("Hotel  Card (ending 10005)", "case"),
            "hotel-card-ending-10005"
        );
        assert_eq!(slug("--Gold--", "card"), "gold");
        assert_eq!(slug("金卡", "card"), "card");
        assert_eq!(slug("", "case"), "case");
    }
}
