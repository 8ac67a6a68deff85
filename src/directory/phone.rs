//! Phone numbers: parsing with libphonenumber's metadata (the `phonenumber` crate),
//! E.164, `tel:` links, and the string to dial from another country.
//!
//! Dialling from abroad follows libphonenumber's `formatOutOfCountryCallingNumber`
//! on the crate's metadata: the calling country's international prefix, the country
//! code, and the number's national significant number in international format (trunk
//! prefix dropped). Nothing here is a hand-made table of prefixes.
//!
//! Loading libphonenumber's metadata costs about 75 ms and several MiB, so what the
//! window needs of each number ([`PhoneFacts`]) and of each calling country
//! ([`CallerFacts`]) is computed by the crate and kept in `data/phone-cache.ron` for the
//! built-in directory (a test regenerates and compares it). Numbers not in the cache are
//! computed at load.

use phonenumber::metadata::DATABASE;
use phonenumber::{Mode, PhoneNumber, Type, country::Id};
use serde::{Deserialize, Serialize};

/// What the app needs to know about a valid phone number, computed by libphonenumber.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhoneFacts {
    /// E.164, e.g. "+18005284800".
    pub e164: String,
    /// The region libphonenumber files it under ("US" for NANPA toll-free numbers).
    pub region: String,
    /// The country calling code.
    pub calling_code: u16,
    /// National format, e.g. "(800) 528-4800".
    pub national: String,
    /// International format, e.g. "+1 800-528-4800".
    pub international: String,
    /// The national significant number's digits.
    pub national_number: String,
    /// Toll-free, shared-cost, premium or UAN: free or cheap at home only.
    pub toll_free_like: bool,
    /// libphonenumber's metadata says it cannot be dialled from abroad.
    pub no_international: bool,
}

/// What the app needs to know about the country a caller dials from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallerFacts {
    /// The country calling code.
    pub calling_code: u16,
    /// The international prefix to dial ("00", "011", "0011"), when there is one.
    pub prefix: Option<String>,
}

/// A phone number that could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    /// The country code is not one libphonenumber knows.
    #[error("unknown country code \"{0}\"")]
    UnknownCountry(String),
    /// The text is not a phone number at all.
    #[error("not a phone number: {0}")]
    Unparsable(String),
    /// It parses, but no number of that shape exists in that country.
    #[error("not a valid number for {country}: {value}")]
    Invalid {
        /// The country it was read for.
        country: String,
        /// The text.
        value: String,
    },
}

/// Whether a number can be dialled from the caller's country.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// Dial it as shown.
    Direct,
    /// A toll-free or shared-cost number of another country: often unreachable from
    /// abroad, and never free from there.
    TollFreeAbroad,
    /// libphonenumber's metadata says it cannot be dialled from outside its country.
    NotFromAbroad,
}

/// The string to dial from a given country, with how reachable it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DialString {
    /// What to dial (or copy), e.g. "00 1 800-528-4800".
    pub text: String,
    /// Whether it is expected to connect.
    pub reach: Reach,
}

/// Parses a country code ("gb" or "GB") into libphonenumber's id.
pub(crate) fn country_id(code: &str) -> Result<Id, PhoneError> {
    code.to_ascii_uppercase()
        .parse::<Id>()
        .map_err(|_| PhoneError::UnknownCountry(code.to_string()))
}

/// Reads `value` as a phone number of `country` (numbers written with `+` may belong
/// to any country). Returns the number whether or not it is valid.
pub fn parse(value: &str, country: Option<&str>) -> Result<PhoneNumber, PhoneError> {
    let id = match country {
        Some(code) => Some(country_id(code)?),
        None => None,
    };
    phonenumber::parse(id, value).map_err(|e| PhoneError::Unparsable(format!("{value} ({e})")))
}

/// Reads `value` as a phone number of `country` and requires it to be valid there:
/// a valid number whose calling code is the country's (so Canadian 1-800 numbers,
/// which libphonenumber files under the US, count as Canadian).
pub(crate) fn parse_valid_for(value: &str, country: &str) -> Result<PhoneNumber, PhoneError> {
    let number = parse(value, Some(country))?;
    let code_matches = calling_code(country) == Some(number.code().value());
    if number.is_valid() && code_matches {
        Ok(number)
    } else {
        Err(PhoneError::Invalid {
            country: country.to_string(),
            value: value.to_string(),
        })
    }
}

/// The country calling code of a region ("GB" gives 44).
pub fn calling_code(region: &str) -> Option<u16> {
    DATABASE
        .by_id(region.to_ascii_uppercase().as_str())
        .map(|m| m.country_code())
}

/// The E.164 form, e.g. "+18005284800".
pub fn e164(number: &PhoneNumber) -> String {
    number.format().mode(Mode::E164).to_string()
}

/// The international form, e.g. "+1 800-528-4800".
pub fn international(number: &PhoneNumber) -> String {
    number.format().mode(Mode::International).to_string()
}

/// The national form, e.g. "0800 917 8047".
pub fn national(number: &PhoneNumber) -> String {
    number.format().mode(Mode::National).to_string()
}

/// Whether the number is free or shared-cost at home (toll-free, 1300, 400...).
pub(crate) fn is_toll_free_like(number: &PhoneNumber) -> bool {
    matches!(
        number.number_type(&DATABASE),
        Type::TollFree | Type::SharedCost | Type::PremiumRate | Type::Uan
    )
}

/// The region the number belongs to, e.g. "US" (NANPA toll-free numbers report "US").
pub(crate) fn region_of(number: &PhoneNumber) -> Option<String> {
    number.country().id().map(|id| id.as_ref().to_string())
}

/// The facts the app keeps about a valid number.
pub fn facts(number: &PhoneNumber) -> PhoneFacts {
    PhoneFacts {
        e164: e164(number),
        region: region_of(number).unwrap_or_default(),
        calling_code: number.code().value(),
        national: national(number),
        international: international(number),
        national_number: number.national().to_string(),
        toll_free_like: is_toll_free_like(number),
        no_international: cannot_dial_internationally(number),
    }
}

/// The facts about dialling out of a region ("ES"), or `None` for an unknown region.
pub(crate) fn caller_facts(region: &str) -> Option<CallerFacts> {
    let meta = DATABASE.by_id(region.to_ascii_uppercase().as_str())?;
    Some(CallerFacts {
        calling_code: meta.country_code(),
        prefix: international_prefix_for(meta),
    })
}

/// What to dial from the caller's country to reach `number`, following
/// libphonenumber's out-of-country formatting rules (`caller` is `None` for a region
/// libphonenumber does not know: then the "+" form is shown).
pub(crate) fn dial_from(number: &PhoneFacts, caller: Option<&CallerFacts>) -> DialString {
    let Some(caller) = caller else {
        return DialString {
            text: number.international.clone(),
            reach: Reach::Direct,
        };
    };
    if caller.calling_code == number.calling_code {
        // NANPA: the national format prefixed by the country code ("1 (800) 528-4800");
        // elsewhere, the national format.
        let text = if number.calling_code == 1 {
            format!("1 {}", number.national)
        } else {
            number.national.clone()
        };
        return DialString {
            text,
            reach: Reach::Direct,
        };
    }
    let reach = if number.no_international {
        Reach::NotFromAbroad
    } else if number.toll_free_like {
        Reach::TollFreeAbroad
    } else {
        Reach::Direct
    };
    let text = match &caller.prefix {
        // "+1 800-528-4800" → "00 1 800-528-4800".
        Some(prefix) => format!("{prefix} {}", number.international.trim_start_matches('+')),
        None => number.international.clone(),
    };
    DialString { text, reach }
}

/// A `tel:` URI for the number ("tel:+18005284800").
pub(crate) fn tel_uri(number: &PhoneFacts) -> String {
    format!("tel:{}", number.e164)
}

/// The prefix to dial before a country code from this region: the preferred one if the
/// metadata names one, else the single fixed prefix; `None` when the region has several
/// and names none (then the "+" form is shown).
fn international_prefix_for(meta: &phonenumber::Metadata) -> Option<String> {
    if let Some(preferred) = meta.preferred_international_prefix() {
        return Some(preferred.to_string());
    }
    let pattern = meta.international_prefix()?.as_str();
    // libphonenumber's SINGLE_INTERNATIONAL_PREFIX: digits, optionally "~" and digits
    // (the tilde means "wait for a dial tone").
    let single = !pattern.is_empty()
        && pattern
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '~' | '\u{2053}' | '\u{223C}' | '\u{FF5E}'));
    single.then(|| pattern.to_string())
}

/// libphonenumber's `canBeInternationallyDialled`, negated.
fn cannot_dial_internationally(number: &PhoneNumber) -> bool {
    let Some(meta) = number.metadata(&DATABASE) else {
        return false;
    };
    match meta.descriptors().no_international() {
        Some(descriptor) => descriptor.is_match(&number.national().to_string()),
        None => false,
    }
}

/// The digits of a string, for matching numbers however they are written.
pub fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(value: &str, cc: &str) -> PhoneFacts {
        facts(&parse_valid_for(value, cc).unwrap())
    }

    fn dial_from(number: &PhoneFacts, from: &str) -> DialString {
        super::dial_from(number, caller_facts(from).as_ref())
    }

    #[test]
    fn e164_is_computed() {
        assert_eq!(num("1-800-528-4800", "US").e164, "+18005284800");
        assert_eq!(num("0800 917 8047", "GB").e164, "+448009178047");
        assert_eq!(num("800 504 0400", "MX").e164, "+528005040400");
        assert_eq!(tel_uri(&num("1300 132 639", "AU")), "tel:+611300132639");
    }

    #[test]
    fn canadian_toll_free_is_valid_for_canada() {
        assert!(parse_valid_for("1-800-869-3016", "CA").is_ok());
    }

    #[test]
    fn invalid_and_foreign_numbers_are_rejected() {
        assert!(matches!(
            parse_valid_for("01-800-005-2221", "MX"),
            Err(PhoneError::Invalid { .. })
        ));
        // A UK number is not valid "for Germany" just because it has a +.
        assert!(parse_valid_for("+44 20 7264 1777", "DE").is_err());
        assert!(matches!(
            parse_valid_for("hello", "US"),
            Err(PhoneError::Unparsable(_))
        ));
        assert!(matches!(
            country_id("XX"),
            Err(PhoneError::UnknownCountry(_))
        ));
    }

    #[test]
    fn dialling_from_home_uses_the_national_form() {
        let gb = num("0800 917 8047", "GB");
        assert_eq!(dial_from(&gb, "GB").text, "0800 917 8047");
        let us = num("1-800-528-4800", "US");
        assert_eq!(dial_from(&us, "US").text, "1 (800) 528-4800");
        assert_eq!(dial_from(&us, "CA").text, "1 (800) 528-4800");
    }

    #[test]
    fn dialling_from_abroad_uses_the_callers_prefix() {
        let collect = num("+1-336-393-1111", "US");
        let cases = [
            ("ES", "00 1 336-393-1111"),
            ("GB", "00 1 336-393-1111"),
            ("MX", "00 1 336-393-1111"),
            ("IN", "00 1 336-393-1111"),
            ("AU", "0011 1 336-393-1111"),
            ("JP", "010 1 336-393-1111"),
        ];
        for (from, expected) in cases {
            let dial = dial_from(&collect, from);
            assert_eq!(dial.text, expected, "from {from}");
            assert_eq!(dial.reach, Reach::Direct, "from {from}");
        }
        let uk_abroad = num("+44 1273 696933", "GB");
        assert_eq!(dial_from(&uk_abroad, "US").text, "011 44 1273 696933");
        // Trunk prefix dropped: (02) 9271 8664 becomes 2 9271 8664.
        let au = num("+61 2 9271 8664", "AU");
        assert_eq!(dial_from(&au, "GB").text, "00 61 2 9271 8664");
    }

    #[test]
    fn toll_free_numbers_abroad_are_flagged() {
        let us = num("1-800-992-3404", "US");
        assert_eq!(dial_from(&us, "ES").reach, Reach::TollFreeAbroad);
        let au = num("1300 132 639", "AU");
        assert_eq!(dial_from(&au, "US").reach, Reach::NotFromAbroad);
        assert_eq!(dial_from(&au, "AU").reach, Reach::Direct);
        let india = num("1800 419 3646", "IN");
        assert_eq!(dial_from(&india, "GB").reach, Reach::NotFromAbroad);
    }

    #[test]
    fn unknown_calling_region_falls_back_to_plus_form() {
        let us = num("1-800-528-4800", "US");
        assert_eq!(dial_from(&us, "ZZ").text, "+1 800-528-4800");
    }

    #[test]
    fn digits_strips_formatting() {
        assert_eq!(digits("+1 (800) 528-4800"), "18005284800");
    }
}
