//! The rules for values a person types, shared by the window and the command line:
//! required text, country and currency codes, amounts and dates. Each rule returns the
//! same message wherever it runs; the window shows it beside the field, the CLI after
//! the flag's name.

use jiff::ToSpan;
use jiff::civil::Date;

use crate::format::money;
use crate::i18n::Lang;
use crate::t;

/// A value that cannot be used, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The field's label as shown in the editor.
    pub field: String,
    /// What is wrong, in words, with what to write instead.
    pub message: String,
}

impl FieldError {
    /// An error for the field labelled `field`.
    pub fn new(field: &str, message: impl Into<String>) -> FieldError {
        FieldError {
            field: field.to_string(),
            message: message.into(),
        }
    }
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = t!(
            "journal-field-message",
            field = &self.field,
            message = &self.message
        );
        f.write_str(&text)
    }
}

/// At most this many characters of what was typed are echoed back in a message.
const ECHO_CHARS: usize = 40;

/// What was typed, quoted and shortened for a message.
pub(crate) fn echo(text: &str) -> String {
    let text = text.trim();
    let mut out: String = text.chars().take(ECHO_CHARS).collect();
    if text.chars().count() > ECHO_CHARS {
        out.push('…');
    }
    t!("journal-field-echo", text = out)
}

/// Text that must not be empty; `what` asks for it ("who is the charge from?").
pub fn required<'t>(field: &str, text: &'t str, what: &str) -> Result<&'t str, FieldError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        Err(FieldError::new(
            field,
            t!("journal-field-empty", what = what),
        ))
    } else {
        Ok(trimmed)
    }
}

/// A two-letter ISO 3166 country code, upper-cased.
pub fn country(field: &str, text: &str) -> Result<String, FieldError> {
    let code = text.trim().to_ascii_uppercase();
    if code.len() == 2 && code.parse::<iso_currency::Country>().is_ok() {
        Ok(code)
    } else {
        Err(FieldError::new(
            field,
            t!("journal-field-not-country", value = echo(text)),
        ))
    }
}

/// The currency a country's accounts are kept in (ISO 4217), for defaults: the
/// country's own currency (its code starts with the country's, as GBP, JPY, CHF) or
/// the one it uses (EUR); funds, metals and superseded codes never.
pub(crate) fn currency_of(country: &str) -> Option<&'static str> {
    let code = country.trim().to_ascii_uppercase();
    let parsed = code.parse::<iso_currency::Country>().ok()?;
    let usable: Vec<iso_currency::Currency> = iso_currency::Currency::from_country(parsed)
        .into_iter()
        .filter(|c| !c.is_fund() && !c.is_special() && c.is_superseded().is_none())
        .collect();
    usable
        .iter()
        .find(|c| c.code().starts_with(code.as_str()))
        .or_else(|| usable.first())
        .map(|c| c.code())
}

/// The currency after the account country changes from `old` to `new`: the new
/// country's when `current` was still the old country's default (or empty), else
/// what the user chose.
pub(crate) fn currency_following(current: &str, old: &str, new: &str) -> String {
    let was_default = current.is_empty() || currency_of(old) == Some(current);
    match currency_of(new) {
        Some(code) if was_default => code.to_string(),
        _ => current.to_string(),
    }
}

/// A three-letter ISO 4217 currency code, upper-cased.
pub fn currency(field: &str, text: &str) -> Result<String, FieldError> {
    let code = text.trim().to_ascii_uppercase();
    if code.len() == 3 && iso_currency::Currency::from_code(&code).is_some() {
        Ok(code)
    } else {
        Err(FieldError::new(
            field,
            t!("journal-field-not-currency", value = echo(text)),
        ))
    }
}

/// The largest amount accepted, in minor units (99,999,999.99).
pub(crate) const MAX_AMOUNT_MINOR: i64 = 9_999_999_999;

/// An amount as read from what was typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Amount {
    /// Nothing typed.
    Empty,
    /// A clear amount in minor units (cents).
    Value(i64),
    /// "1.234" or "1,234": thousands, or a decimal with three places? Never guessed.
    Ambiguous {
        /// The amount if the mark separates thousands, in minor units.
        thousands: i64,
    },
}

/// Reads an amount with a decimal point or a decimal comma ("185.50", "185,50",
/// "1,234.56", "1.234,56", "1 234,56", "€185,50"), with a currency sign or ISO code at
/// either end as [`crate::format::amount`] writes them ("1.234,56 €", "1,234.56 USD",
/// "¥5,000"). One mark followed by exactly three digits ("1.234") is
/// [`Amount::Ambiguous`], except with the yen's sign or a code of a currency without
/// minor units, where it can only be thousands. Negative, zero, over-long or malformed
/// amounts are refused with the reason.
pub(crate) fn read_amount(field: &str, text: &str) -> Result<Amount, FieldError> {
    let fail = |why: String| Err(FieldError::new(field, why));
    let typed = || echo(text);
    let (bare, whole_only) = without_currency(text);
    let clean: String = bare
        .trim_matches(|c: char| CURRENCY_SIGNS.contains(c) || c.is_whitespace())
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\'' && *c != '’')
        .collect();
    if clean.is_empty() {
        return if text.trim().is_empty() {
            Ok(Amount::Empty)
        } else {
            fail(t!("journal-amount-not-amount", value = typed()))
        };
    }
    if clean.starts_with('-') {
        return fail(t!("journal-amount-negative", value = typed()));
    }
    if !clean
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return fail(t!("journal-amount-not-amount", value = typed()));
    }
    let reading = match split_amount(&clean) {
        Some(reading) => reading,
        None => return fail(t!("journal-amount-malformed", value = typed())),
    };
    let value = match &reading {
        Amount::Value(v) | Amount::Ambiguous { thousands: v } => *v,
        Amount::Empty => 0,
    };
    if value == 0 {
        return fail(t!("journal-amount-zero", value = typed()));
    }
    if value > MAX_AMOUNT_MINOR {
        return fail(t!("journal-amount-too-large", value = typed()));
    }
    Ok(match reading {
        Amount::Ambiguous { thousands } if whole_only => Amount::Value(thousands),
        reading => reading,
    })
}

/// The currency signs an amount may carry at either end.
const CURRENCY_SIGNS: &str = "$£€¥₹￥円";

/// The signs of the yen, which has no minor units.
const YEN_SIGNS: &str = "¥￥円";

/// What was typed without a currency sign or ISO code at its start or end, and whether
/// that currency has no minor units.
fn without_currency(text: &str) -> (&str, bool) {
    let mut rest = text.trim();
    let mut whole_only = false;
    let lead = leading_token_len(rest);
    if let Some(whole) = rest.get(..lead).and_then(currency_token) {
        whole_only |= whole;
        rest = rest.get(lead..).unwrap_or_default().trim_start();
    }
    let trail = trailing_token_start(rest);
    if let Some(whole) = rest.get(trail..).and_then(currency_token) {
        whole_only |= whole;
        rest = rest.get(..trail).unwrap_or_default().trim_end();
    }
    (rest, whole_only)
}

/// The length of the sign or the run of ASCII letters `text` starts with.
fn leading_token_len(text: &str) -> usize {
    match text.chars().next() {
        Some(c) if CURRENCY_SIGNS.contains(c) => c.len_utf8(),
        _ => text
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(text.len()),
    }
}

/// Where the sign or the run of ASCII letters `text` ends with starts.
fn trailing_token_start(text: &str) -> usize {
    match text.chars().next_back() {
        Some(c) if CURRENCY_SIGNS.contains(c) => text.len() - c.len_utf8(),
        _ => text
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_ascii_alphabetic())
            .map_or(0, |(at, c)| at + c.len_utf8()),
    }
}

/// Whether the currency `token` names ("€", "¥", "USD", "jpy") has no minor units;
/// `None` when it names none.
fn currency_token(token: &str) -> Option<bool> {
    let mut chars = token.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && CURRENCY_SIGNS.contains(c)
    {
        return Some(YEN_SIGNS.contains(c));
    }
    if token.len() != 3 {
        return None;
    }
    let currency = iso_currency::Currency::from_code(&token.to_ascii_uppercase())?;
    Some(currency.exponent() == Some(0))
}

/// Whole and fraction parts by where the marks are; `None` when malformed.
fn split_amount(clean: &str) -> Option<Amount> {
    let Some(last_mark) = clean.rfind(['.', ',']) else {
        return clean
            .parse::<i64>()
            .ok()?
            .checked_mul(100)
            .map(Amount::Value);
    };
    let mark = clean[last_mark..].chars().next()?;
    let other = if mark == '.' { ',' } else { '.' };
    let marks_of_kind = clean.matches(mark).count();
    let (whole, fraction, ambiguous) = if clean.contains(other) || marks_of_kind > 1 {
        if clean.contains(other) && marks_of_kind == 1 {
            // "1,234.56" / "1.234,56": the last mark is the decimal one.
            (&clean[..last_mark], &clean[last_mark + 1..], false)
        } else if !clean.contains(other) {
            // "1.234.567": the mark only separates thousands.
            (clean, "", false)
        } else {
            return None;
        }
    } else {
        let fraction = &clean[last_mark + 1..];
        match fraction.len() {
            0..=2 => (&clean[..last_mark], fraction, false),
            3 => (clean, "", true),
            _ => return None,
        }
    };
    if fraction.len() > 2 || !fraction.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let units = whole_units(whole, mark_between(whole))?;
    let cents: i64 = match fraction.len() {
        0 => 0,
        1 => fraction.parse::<i64>().ok()? * 10,
        _ => fraction.parse().ok()?,
    };
    let value = units.checked_mul(100)?.checked_add(cents)?;
    Some(if ambiguous {
        Amount::Ambiguous { thousands: value }
    } else {
        Amount::Value(value)
    })
}

/// The thousands mark inside a whole part, if any.
fn mark_between(whole: &str) -> Option<char> {
    whole.chars().find(|c| *c == '.' || *c == ',')
}

/// "1,234,567" (groups of three after the first) or plain digits.
fn whole_units(whole: &str, mark: Option<char>) -> Option<i64> {
    let Some(mark) = mark else {
        return if whole.is_empty() {
            Some(0)
        } else {
            whole.parse().ok()
        };
    };
    let groups: Vec<&str> = whole.split(mark).collect();
    let first_ok = (1..=3).contains(&groups[0].len());
    if !first_ok || groups[1..].iter().any(|g| g.len() != 3) {
        return None;
    }
    groups.concat().parse().ok()
}

/// An amount for saving: empty is `None`, ambiguous input is refused with both readings.
pub fn amount(field: &str, text: &str) -> Result<Option<i64>, FieldError> {
    match read_amount(field, text)? {
        Amount::Empty => Ok(None),
        Amount::Value(v) => Ok(Some(v)),
        Amount::Ambiguous { thousands } => Err(FieldError::new(
            field,
            t!(
                "journal-amount-ambiguous",
                value = echo(text),
                amount = money(thousands)
            ),
        )),
    }
}

/// A year something began ("member since"): from 1950 up to this year.
pub fn year(field: &str, text: &str, today: Date) -> Result<Option<i16>, FieldError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    trimmed
        .parse::<i16>()
        .ok()
        .filter(|y| (1950..=today.year()).contains(y))
        .map(Some)
        .ok_or_else(|| {
            FieldError::new(
                field,
                t!(
                    "journal-field-not-year",
                    value = echo(text),
                    year = today.year().to_string()
                ),
            )
        })
}

/// Which dates a field accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateRule {
    /// Something that already happened: from 2000 up to today.
    Past,
    /// A plan or a record: from 2000 up to five years ahead.
    Plan,
}

/// The earliest date any field accepts.
pub(crate) fn earliest_date() -> Date {
    jiff::civil::date(2000, 1, 1)
}

/// A date as people write it in `lang`: ISO 8601 (2026-12-05) in every language; in
/// Spanish, French and German also day first (5.12.2026, 5/12/2026, 5-12-2026) and with
/// the month named as the app prints it (5 dic 2026, 5 déc. 2026); in Japanese
/// 2026年12月5日 (full-width digits too). English takes ISO only: 12/5/2026 is a
/// different day on each side of the Atlantic.
pub(crate) fn read_date(text: &str, lang: Lang) -> Option<Date> {
    if let Ok(date) = text.parse::<Date>() {
        return Some(date);
    }
    // Digits as ASCII (full-width ones too), every other run of characters one word.
    let text: String = text
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_digit(u32::from(c) - u32::from('０'), 10).unwrap_or(c),
            c => c,
        })
        .collect();
    let mut numbers = Vec::new();
    let mut words = Vec::new();
    for piece in text.split(|c: char| c.is_whitespace() || matches!(c, '.' | '/' | '-' | ',')) {
        for (is_digit, run) in runs(piece) {
            if is_digit {
                numbers.push(run.parse::<i32>().ok()?);
            } else {
                words.push(run.to_lowercase());
            }
        }
    }
    let (day, month, year) = match (lang, numbers.as_slice(), words.as_slice()) {
        (Lang::Ja, [y, m, d], w) if w.iter().all(|w| ["年", "月", "日"].contains(&w.as_str())) => {
            (*d, *m, *y)
        }
        (Lang::Es | Lang::Fr | Lang::De, [d, m, y], []) => (*d, *m, *y),
        (Lang::Es | Lang::Fr | Lang::De, [d, y], [word]) => (*d, month_named(lang, word)?, *y),
        _ => return None,
    };
    jiff::civil::Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()
}

/// The runs of digits and of other characters in `piece`, in order (`true`: digits).
fn runs(piece: &str) -> Vec<(bool, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut kind: Option<bool> = None;
    for (i, c) in piece.char_indices() {
        let digit = c.is_ascii_digit();
        if let Some(was) = kind.filter(|was| *was != digit) {
            out.push((was, &piece[start..i]));
            start = i;
        }
        kind = Some(digit);
    }
    if let Some(was) = kind {
        out.push((was, &piece[start..]));
    }
    out
}

/// The month `word` names in `lang`, as the app prints it ("dic", "déc", "Dez").
fn month_named(lang: Lang, word: &str) -> Option<i32> {
    let word = word.trim_end_matches('.');
    (1..=12).find(|m| {
        let printed = crate::format::date_in(lang, jiff::civil::date(2000, *m as i8, 1));
        printed
            .split_whitespace()
            .any(|part| part.trim_end_matches('.').to_lowercase() == word)
    })
}

/// An optional date within the rule's range (empty is `None`), written as
/// [`read_date`] takes it in the current language.
pub fn date(
    field: &str,
    text: &str,
    today: Date,
    rule: DateRule,
) -> Result<Option<Date>, FieldError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    let date: Date = read_date(trimmed, crate::i18n::current()).ok_or_else(|| {
        FieldError::new(
            field,
            t!(
                "journal-field-not-date",
                value = echo(text),
                today = today.to_string()
            ),
        )
    })?;
    if date < earliest_date() {
        return Err(FieldError::new(
            field,
            t!("journal-field-date-before-2000", date = date.to_string()),
        ));
    }
    match rule {
        DateRule::Past if date > today => Err(FieldError::new(
            field,
            t!(
                "journal-field-date-future",
                date = date.to_string(),
                today = today.to_string()
            ),
        )),
        DateRule::Plan if date > today.saturating_add(5.years()) => Err(FieldError::new(
            field,
            t!("journal-field-date-too-far", date = date.to_string()),
        )),
        _ => Ok(Some(date)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Amount, FieldError> {
        read_amount("Amount", text)
    }

    #[test]
    fn amounts_with_a_decimal_comma_or_point() {
        for (text, minor) in [
            ("185,50", 18550),
            ("185.50", 18550),
            ("185,5", 18550),
            ("185", 18500),
            ("185.", 18500),
            ("0,07", 7),
            (",07", 7),
            ("1,234.56", 123456),
            ("1.234,56", 123456),
            ("1 234,56", 123456),
            ("1\u{a0}234,56", 123456),
            ("1'234.56", 123456),
            ("1.234.567", 123456700),
            ("1,234,567.89", 123456789),
            ("€185,50", 18550),
            ("$ 212.40", 21240),
            ("212.40 €", 21240),
        ] {
            assert_eq!(read(text), Ok(Amount::Value(minor)), "{text}");
        }
    }

    #[test]
    fn currency_signs_and_codes_at_either_end() {
        for (text, minor) in [
            ("1,234.56 USD", 123456),
            ("USD 1,234.56", 123456),
            ("1.234,56\u{a0}€", 123456),
            ("1\u{202f}234,56\u{a0}GBP", 123456),
            ("usd 5", 500),
            ("¥5,000", 500000),
            ("5.000 JPY", 500000),
            ("5,000円", 500000),
            ("JPY 1,234", 123400),
        ] {
            assert_eq!(read(text), Ok(Amount::Value(minor)), "{text}");
        }
        // A code for a currency with minor units leaves "1,234" a question.
        assert_eq!(
            read("1,234 USD"),
            Ok(Amount::Ambiguous { thousands: 123400 })
        );
        for text in ["USD", "5 ABC", "ABC 5", "5 USDX", "5 US"] {
            assert!(read(text).is_err(), "{text}");
        }
    }

    /// What the window and the papers print, typed back, reads as the same amount: in
    /// every language, for every currency, with and without thousands.
    #[test]
    fn printed_amounts_read_back() {
        use crate::i18n::Lang;
        let langs = Lang::EVERY;
        for lang in langs {
            for currency in ["EUR", "USD", "GBP", "JPY", "CHF", ""] {
                for minor in [
                    5,
                    99,
                    100,
                    12_345,
                    100_000,
                    123_456,
                    100_000_000,
                    MAX_AMOUNT_MINOR,
                ] {
                    let text = crate::format::amount_in(lang, minor, currency);
                    assert_eq!(
                        read(&text),
                        Ok(Amount::Value(minor)),
                        "{} {currency}: {text:?}",
                        lang.tag()
                    );
                }
                // Zero prints, and is refused as an amount, as it is typed.
                let zero = crate::format::amount_in(lang, 0, currency);
                assert!(read(&zero).unwrap_err().message.contains("zero"), "{zero}");
            }
        }
    }

    #[test]
    fn three_digits_after_one_mark_are_asked_about() {
        assert_eq!(read("1.234"), Ok(Amount::Ambiguous { thousands: 123400 }));
        assert_eq!(read("1,234"), Ok(Amount::Ambiguous { thousands: 123400 }));
        let e = amount("Amount", "1.234").unwrap_err();
        assert!(e.message.contains("could mean 1234.00"), "{}", e.message);
    }

    #[test]
    fn bad_amounts_say_why() {
        for (text, why) in [
            ("-5", "negative"),
            ("0", "zero"),
            ("0,00", "zero"),
            ("abc", "not an amount"),
            ("12.3456", "not an amount"),
            ("1,23,456", "not an amount"),
            ("1.234,567", "not an amount"),
            ("1,234.5.6", "not an amount"),
            ("100000000000", "too large"),
        ] {
            let message = read(text).unwrap_err().message;
            assert!(message.contains(why), "{text}: {message}");
        }
        assert_eq!(amount("Amount", "  "), Ok(None));
    }

    #[test]
    fn codes_and_required_text() {
        assert_eq!(country("Country", " gb "), Ok("GB".into()));
        assert!(
            country("Country", "ZZ")
                .unwrap_err()
                .message
                .contains("not a country")
        );
        assert_eq!(currency("Currency", "eur"), Ok("EUR".into()));
        let e = currency("Currency", "ZZZZZZ").unwrap_err();
        assert_eq!(
            e.to_string(),
            "Currency: \"ZZZZZZ\" is not a currency code; use three letters, e.g. USD, EUR or GBP"
        );
        assert!(required("Merchant", "  ", "who is the charge from?").is_err());
        assert_eq!(required("Merchant", " Shop ", ""), Ok("Shop"));
    }

    #[test]
    fn dates_in_a_sensible_range() {
        let today = jiff::civil::date(2026, 11, 23);
        let past = |t| date("Statement closing", t, today, DateRule::Past);
        assert_eq!(past(""), Ok(None));
        assert_eq!(past("2026-11-23"), Ok(Some(today)));
        assert!(
            past("9999-12-31")
                .unwrap_err()
                .message
                .contains("in the future")
        );
        assert!(
            past("1999-12-31")
                .unwrap_err()
                .message
                .contains("before 2000")
        );
        assert!(
            past("23/11/2026")
                .unwrap_err()
                .message
                .contains("YYYY-MM-DD")
        );
        let plan = |t| date("Follow-up date", t, today, DateRule::Plan);
        assert!(plan("2027-01-10").is_ok());
        assert!(
            plan("2040-01-01")
                .unwrap_err()
                .message
                .contains("five years")
        );
    }

    #[test]
    fn years() {
        let today = jiff::civil::date(2026, 11, 23);
        assert_eq!(year("Member since", "2015", today), Ok(Some(2015)));
        assert_eq!(year("Member since", "", today), Ok(None));
        assert!(year("Member since", "2027", today).is_err());
        assert!(year("Member since", "15", today).is_err());
    }

    #[test]
    fn long_input_is_echoed_short() {
        let e = currency("Currency", &"X".repeat(10_000)).unwrap_err();
        assert!(e.message.chars().count() < 120);
    }

    #[test]
    fn every_market_has_its_own_currency_by_default() {
        for (country, currency) in [
            ("US", "USD"),
            ("GB", "GBP"),
            ("ES", "EUR"),
            ("DE", "EUR"),
            ("JP", "JPY"),
            ("CH", "CHF"),
            ("IN", "INR"),
            ("MX", "MXN"),
            ("CA", "CAD"),
            ("AU", "AUD"),
            ("NZ", "NZD"),
            ("SG", "SGD"),
            ("HK", "HKD"),
            ("SE", "SEK"),
            ("TW", "TWD"),
        ] {
            assert_eq!(currency_of(country), Some(currency), "{country}");
        }
        let dir = crate::directory::Directory::builtin().unwrap();
        for c in &dir.countries {
            if c.code.len() == 2 {
                assert!(currency_of(&c.code).is_some(), "{}", c.code);
            }
        }
        assert_eq!(currency_of("ZZ"), None);
        assert_eq!(currency_following("GBP", "GB", "US"), "USD");
        assert_eq!(
            currency_following("CHF", "GB", "US"),
            "CHF",
            "a chosen currency stays"
        );
        assert_eq!(currency_following("", "", "JP"), "JPY");
    }

    /// What the app prints as a date in each language reads back as that date, for
    /// every month and days at both ends; ISO reads in every language; day-first and
    /// Japanese forms read where they are the language's own, never in English.
    #[test]
    fn printed_dates_read_back_in_every_language() {
        use crate::i18n::Lang;
        let mut checked = 0;
        for lang in Lang::EVERY {
            for year in [2000, 2026, 2031] {
                for month in 1..=12 {
                    for day in [1, 9, 12, 28] {
                        let date = jiff::civil::date(year, month, day);
                        let printed = crate::format::date_in(lang, date);
                        assert_eq!(read_date(&printed, lang), Some(date), "{lang:?} {printed}");
                        assert_eq!(read_date(&date.to_string(), lang), Some(date));
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 800);
        let dec5 = Some(jiff::civil::date(2026, 12, 5));
        for lang in [Lang::Es, Lang::Fr, Lang::De] {
            for text in ["5.12.2026", "5/12/2026", "05-12-2026", " 5 . 12 . 2026 "] {
                assert_eq!(read_date(text, lang), dec5, "{lang:?} {text}");
            }
        }
        assert_eq!(read_date("5 dic 2026", Lang::Es), dec5);
        assert_eq!(read_date("5 DÉC. 2026", Lang::Fr), dec5);
        assert_eq!(read_date("2026年12月5日", Lang::Ja), dec5);
        assert_eq!(read_date("２０２６年１２月５日", Lang::Ja), dec5);
        for (text, lang) in [
            ("12/5/2026", Lang::En),
            ("5.12.2026", Lang::En),
            ("31.2.2026", Lang::De),
            ("5 foo 2026", Lang::Es),
            ("2026年12月", Lang::Ja),
            ("5 déc. 2026", Lang::Es),
        ] {
            assert_eq!(read_date(text, lang), None, "{lang:?} {text}");
        }
    }
}
