//! How a phone number someone typed can be read, whoever is calling from wherever.
//!
//! People copy numbers from Amex's pages, letters and texts in every spelling:
//! "+44 1273 696933", "+44 (0)1273 696933", "00 44 1273 696933", "011 44 …" (the US
//! exit code), "01273 696933" (the UK's own spelling), "44 1273 696933". Each spelling
//! is read here into the numbers it can mean, with how it was written:
//!
//! - a number with "+" means the same from anywhere: the country code is read from
//!   the digits, and the rest is read with *that* country's rules (its trunk prefix
//!   "0" dropped), never with the caller's;
//! - "00" (most of the world's exit code) or the caller's own exit code ("011" from the
//!   US, "010" from Japan, "0011" from Australia) is read like "+";
//! - otherwise the number is read as the caller's own country writes it, and, failing
//!   that, as a country code written without "+";
//! - [`foreign_readings`] reads it as another country's own spelling, for numbers
//!   copied from a page of that country ("0800 917 8047" seen from the US).
//!
//! Pure logic over libphonenumber's metadata (the `phonenumber` crate).

use phonenumber::PhoneNumber;
use phonenumber::metadata::DATABASE;

use super::phone;

/// How the digits were written, which decides what they mean.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Written {
    /// With "+" and a country code: the same number from anywhere.
    Plus,
    /// With an exit code before the country code ("00", "011").
    ExitCode {
        /// The exit code as typed.
        prefix: String,
        /// Whether it is the caller's own, so it connects as typed.
        callers: bool,
    },
    /// As the caller's own country writes its numbers.
    National,
    /// As another country writes its numbers (its ISO code).
    Foreign(String),
    /// A country code written without "+" or an exit code ("44 1273 696933").
    BareCountryCode,
}

impl Written {
    /// Whether the caller's phone dials it as typed (with "+" on a mobile phone).
    pub(crate) fn dials_as_typed(&self) -> bool {
        matches!(
            self,
            Written::Plus | Written::National | Written::ExitCode { callers: true, .. }
        )
    }
}

/// One number a spelling can mean.
#[derive(Clone, Debug)]
pub struct Reading {
    /// The number (valid for libphonenumber).
    pub number: PhoneNumber,
    /// Its E.164 form.
    pub e164: String,
    /// How it was written.
    pub written: Written,
}

/// The text with "tel:" and the "(0)" people put after a country code removed.
pub fn clean(text: &str) -> String {
    let text = text.trim();
    let text = text.strip_prefix("tel:").unwrap_or(text);
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let inner_end = after.find(')');
        match inner_end {
            Some(end) if after[..end].trim() == "0" => rest = &after[end + 1..],
            _ => {
                out.push('(');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Every number `text` can mean to someone calling from `from` (ISO alpha-2), most
/// likely first, each E.164 once. Text is expected with ASCII digits
/// ([`super::verify::ascii_digits`]).
pub(crate) fn readings(text: &str, from: &str) -> Vec<Reading> {
    let text = clean(text);
    let digits = phone::digits(&text);
    let mut found = Vec::new();
    if digits.is_empty() {
        return found;
    }
    if text.starts_with('+') {
        found.extend(international(&digits, Written::Plus));
        return found;
    }
    for (prefix, callers) in exit_codes(&digits, from) {
        let rest = &digits[prefix.len()..];
        found.extend(international(rest, Written::ExitCode { prefix, callers }));
    }
    if found.is_empty() {
        found.extend(national(&text, from, Written::National));
        found.extend(international(&digits, Written::BareCountryCode));
    }
    dedup(found)
}

/// The numbers `text` means as each of `regions` writes its own numbers, for text that
/// means nothing from the caller's country.
pub(crate) fn foreign_readings<'a>(
    text: &str,
    regions: impl IntoIterator<Item = &'a str>,
) -> Vec<Reading> {
    let text = clean(text);
    if text.starts_with('+') {
        return Vec::new();
    }
    let found = regions
        .into_iter()
        .flat_map(|region| national(&text, region, Written::Foreign(region.to_string())))
        .collect();
    dedup(found)
}

/// The exit codes `digits` starts with: the caller's own (from libphonenumber's
/// metadata), and "00", the exit code of most of the world, which pages print.
fn exit_codes(digits: &str, from: &str) -> Vec<(String, bool)> {
    let mut codes = Vec::new();
    let callers = DATABASE
        .by_id(from.to_ascii_uppercase().as_str())
        .and_then(|meta| meta.international_prefix())
        .and_then(|idd| idd.find(digits))
        .filter(|m| m.start() == 0 && !m.as_str().is_empty())
        .map(|m| m.as_str().to_string());
    if let Some(code) = callers {
        codes.push((code, true));
    }
    if digits.starts_with("00") && !codes.iter().any(|(c, _)| c == "00") {
        codes.push(("00".to_string(), false));
    }
    codes
}

/// `digits` read as a country code and a number of that country. libphonenumber reads
/// the rest with that country's own rules (its trunk prefix dropped) only when no
/// default region is given: with the caller's region as a hint it drops the caller's
/// trunk prefix instead ("+44 1273…" from the US lost its 1).
fn international(digits: &str, written: Written) -> Vec<Reading> {
    phone::parse(&format!("+{digits}"), None)
        .ok()
        .filter(PhoneNumber::is_valid)
        .map(|number| vec![reading(number, written)])
        .unwrap_or_default()
}

/// `text` read as `region` writes its own numbers, when that gives a valid number of
/// the region's country code. libphonenumber takes a national number that starts with
/// the region's own country code for one written with it ("6510 8888" in Singapore
/// became "+65 108888"); then the digits are read again after the country code.
fn national(text: &str, region: &str, written: Written) -> Vec<Reading> {
    let Some(code) = phone::calling_code(region) else {
        return Vec::new();
    };
    valid_in(text, region, code)
        .or_else(|| {
            let digits = phone::digits(text);
            let trunk = DATABASE
                .by_id(region.to_ascii_uppercase().as_str())
                .and_then(|meta| meta.national_prefix())
                .unwrap_or_default();
            let rest = digits.strip_prefix(trunk).filter(|_| !trunk.is_empty());
            let rest = rest.unwrap_or(&digits);
            phone::parse(&format!("+{code}{rest}"), None)
                .ok()
                .filter(|n| n.is_valid() && n.code().value() == code)
        })
        .map(|number| vec![reading(number, written)])
        .unwrap_or_default()
}

fn valid_in(text: &str, region: &str, code: u16) -> Option<PhoneNumber> {
    phone::parse(text, Some(region))
        .ok()
        .filter(|n| n.is_valid() && n.code().value() == code)
}

fn reading(number: PhoneNumber, written: Written) -> Reading {
    Reading {
        e164: phone::e164(&number),
        number,
        written,
    }
}

fn dedup(found: Vec<Reading>) -> Vec<Reading> {
    let mut out: Vec<Reading> = Vec::with_capacity(found.len());
    for r in found {
        if !out.iter().any(|o| o.e164 == r.e164) {
            out.push(r);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e164s(text: &str, from: &str) -> Vec<String> {
        readings(text, from).into_iter().map(|r| r.e164).collect()
    }

    #[test]
    fn a_plus_number_means_the_same_from_anywhere() {
        for from in ["US", "CA", "MX", "SG", "GB", "JP", "AU", "DE", "ZZ"] {
            assert_eq!(e164s("+44 1273 696 933", from), ["+441273696933"], "{from}");
            assert_eq!(e164s("+441273696933", from), ["+441273696933"], "{from}");
            assert_eq!(
                e164s("+44 (0)1273 696933", from),
                ["+441273696933"],
                "{from}"
            );
            assert_eq!(e164s("+61 1300 132 639", from), ["+611300132639"], "{from}");
            assert_eq!(
                e164s("+353 1850 882 028", from),
                ["+3531850882028"],
                "{from}"
            );
        }
    }

    #[test]
    fn exit_codes_are_read_like_plus() {
        assert_eq!(e164s("00 44 1273 696933", "US"), ["+441273696933"]);
        assert_eq!(e164s("011 44 1273 696933", "US"), ["+441273696933"]);
        assert_eq!(e164s("010 44 1273 696933", "JP"), ["+441273696933"]);
        assert_eq!(e164s("0011 61 2 9271 8664", "AU"), ["+61292718664"]);
        let r = readings("00 44 1273 696933", "US");
        assert_eq!(
            r[0].written,
            Written::ExitCode {
                prefix: "00".into(),
                callers: false
            }
        );
        assert!(!r[0].written.dials_as_typed());
    }

    #[test]
    fn national_spellings_follow_the_caller_then_a_bare_country_code() {
        assert_eq!(e164s("01273 696933", "GB"), ["+441273696933"]);
        assert_eq!(e164s("1-800-528-4800", "US"), ["+18005284800"]);
        assert_eq!(e164s("1-800-528-4800", "ES"), ["+18005284800"]);
        assert_eq!(
            readings("1-800-528-4800", "ES")[0].written,
            Written::BareCountryCode
        );
        assert_eq!(e164s("44 1273 696933", "US"), ["+441273696933"]);
        assert!(readings("0800 917 8047", "US").is_empty());
        // libphonenumber alone reads this as "+65 108888".
        assert_eq!(e164s("6510 8888", "SG"), ["+6565108888"]);
    }

    #[test]
    fn foreign_spellings_are_read_by_that_country() {
        let r = foreign_readings("0800 917 8047", ["US", "GB"]);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].e164, "+448009178047");
        assert_eq!(r[0].written, Written::Foreign("GB".into()));
    }

    #[test]
    fn clean_drops_only_a_lone_zero_in_brackets() {
        assert_eq!(clean("+44 (0)1273 696933"), "+44 1273 696933");
        assert_eq!(clean("tel:+1 (800) 528-4800"), "+1 (800) 528-4800");
        assert_eq!(clean("+33 ( 0 ) 1 47 77 72 00"), "+33  1 47 77 72 00");
    }
}
