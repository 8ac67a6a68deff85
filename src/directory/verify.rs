//! "Is this really American Express?": checks a phone number, link or email address
//! pasted from a text, an email or a search ad against the directory.
//!
//! Numbers are read the way people paste them: inside a sentence ("Call us now at
//! 1-800-528-4800."), with an extension, in full-width or other Unicode decimal digits,
//! with letters ("1-800-FLOWERS"). libphonenumber reads them with the caller's country
//! as the default region (so "0800 917 8047" means a UK number to someone in the UK, and
//! "00 44 …" works from Spain); an explicit "+CC" wins whatever the calling-from country.
//! Numbers libphonenumber cannot read (Korea's 00798 numbers) are matched by their
//! digits. Links and email addresses are Amex under americanexpress.com, aexp.com and the
//! regional domains the directory's own Amex pages are on; anything else is not, and
//! names that imitate them (punycode and other look-alikes) are called out.

use super::load::{Contact, Directory};
use super::model::Status;
use super::phone;
use super::reading::{self, Reading, Written};
use crate::t;

/// The answer, as a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// A known American Express line or domain.
    Amex,
    /// Known NOT to be American Express.
    NotAmex,
    /// Not in the directory.
    Unknown,
    /// Not a valid number or address.
    Invalid,
}

impl Verdict {
    /// The JSON and command-line spelling.
    pub fn slug(self) -> &'static str {
        match self {
            Verdict::Amex => "amex",
            Verdict::NotAmex => "not-amex",
            Verdict::Unknown => "unknown",
            Verdict::Invalid => "invalid",
        }
    }
}

/// The outcome of a check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verification {
    /// What was checked, as typed.
    pub input: String,
    /// The number in E.164, when it is one.
    pub e164: Option<String>,
    /// The verdict.
    pub verdict: Verdict,
    /// The directory contacts it matches (ids), best status first.
    pub contacts: Vec<String>,
    /// Whose it is, when known not to be Amex.
    pub belongs_to: Option<String>,
    /// One sentence on what was found.
    pub finding: String,
    /// What to do.
    pub advice: String,
}

/// The advice when nothing better can be said.
fn safe() -> String {
    t!("numbers-verify-safe")
}

/// The first code point of each run of ten Unicode decimal digits (Nd) in common use:
/// Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali, Gurmukhi, Gujarati, Oriya,
/// Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian,
/// full-width.
const DIGIT_ZEROS: [u32; 18] = [
    0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0E50,
    0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10,
];

/// The text with every decimal digit as ASCII and the full-width, no-break and dash
/// look-alikes people paste from PDFs and phones as their ASCII forms.
pub(crate) fn ascii_digits(text: &str) -> String {
    text.chars()
        .map(|c| {
            let code = c as u32;
            if let Some(zero) = DIGIT_ZEROS.iter().find(|z| (**z..**z + 10).contains(&code)) {
                return char::from(b'0' + (code - zero) as u8);
            }
            match c {
                '\u{FF0B}' => '+',
                '\u{FF08}' => '(',
                '\u{FF09}' => ')',
                '\u{FF0E}' | '\u{3002}' => '.',
                '\u{FF0D}' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{30FC}' => '-',
                '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{3000}' => ' ',
                other => other,
            }
        })
        .collect()
}

/// A phone number found in pasted text: the number, and an extension if one follows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FoundNumber {
    /// The number as written (ASCII digits).
    pub number: String,
    /// The extension ("ext. 12", "x12"), digits only.
    pub extension: Option<String>,
}

/// The phone number in a sentence: the longest run of digits and separators with 6 or
/// more digits, and the extension written after it. `None` when there is none.
pub(crate) fn find_number(text: &str) -> Option<FoundNumber> {
    let chars: Vec<char> = text.chars().collect();
    let mut best: Option<(usize, usize, usize)> = None; // (start, end, digits)
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i].is_ascii_digit()
            || (chars[i] == '+' || chars[i] == '(')
                && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit());
        if !starts {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut last_digit = i;
        let mut digits = 0;
        while j < chars.len() && (chars[j].is_ascii_digit() || "+-. ()/".contains(chars[j])) {
            if chars[j].is_ascii_digit() {
                digits += 1;
                last_digit = j;
            }
            j += 1;
        }
        if digits >= 6 && best.is_none_or(|b| digits > b.2) {
            best = Some((i, last_digit + 1, digits));
        }
        i = j.max(i + 1);
    }
    let (start, end, _) = best?;
    let mut number: String = chars[start..end].iter().collect();
    if number.starts_with('(') && !number.contains(')') {
        number.remove(0);
    }
    let rest: String = chars[end..].iter().collect();
    Some(FoundNumber {
        number,
        extension: extension_of(&rest),
    })
}

/// "ext. 12", "extension 12", "x12", "#12" at the start of `rest`: the digits.
fn extension_of(rest: &str) -> Option<String> {
    let lower = rest.trim_start().to_lowercase();
    let after = ["extension", "ext.", "ext", "x", "#"]
        .iter()
        .find_map(|w| lower.strip_prefix(w))?;
    let digits: String = after
        .trim_start_matches([' ', ':', '.'])
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    (!digits.is_empty()).then_some(digits)
}

/// Whether pasted text is a phone number in a sentence rather than a link: it has a
/// number of 6 digits or more and nothing that makes it an address.
fn is_number_in_text(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    !lower.contains("://")
        && !lower.contains('@')
        && !lower.starts_with("www.")
        && find_number(text).is_some()
}

/// Checks `input` for someone calling from `from` (ISO alpha-2).
pub fn verify(dir: &Directory, input: &str, from: &str) -> Verification {
    let normalised = ascii_digits(input);
    let trimmed = normalised.trim();
    let mut v = Verification {
        input: trimmed.to_string(),
        e164: None,
        verdict: Verdict::Invalid,
        contacts: Vec::new(),
        belongs_to: None,
        finding: String::new(),
        advice: safe(),
    };
    if trimmed.is_empty() {
        v.finding = t!("numbers-verify-nothing");
        return v;
    }
    if let Some(handle) = social_handle(trimmed) {
        return verify_handle(dir, v, &handle);
    }
    if is_number_in_text(trimmed)
        && (has_words(trimmed) || has_extension(trimmed))
        && let Some(found) = find_number(trimmed)
    {
        let mut v = verify_number(dir, v, &found.number, from);
        if let Some(ext) = found.extension {
            v.finding.push(' ');
            v.finding
                .push_str(&t!("numbers-verify-extension", extension = ext));
        }
        return v;
    }
    if looks_like_address(trimmed) {
        return verify_domain(dir, v, trimmed);
    }
    verify_number(dir, v, trimmed, from)
}

/// Whether the text has a word of letters besides the number ("Call us at ..."); a
/// vanity number ("1-800-FLOWERS") has none.
fn has_words(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !w.chars().any(|c| c.is_ascii_digit())
    })
}

fn has_extension(text: &str) -> bool {
    find_number(text).is_some_and(|f| f.extension.is_some())
}

fn social_handle(input: &str) -> Option<String> {
    let rest = input.strip_prefix('@')?;
    (!rest.is_empty() && rest.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        .then(|| input.to_ascii_lowercase())
}

fn looks_like_address(input: &str) -> bool {
    let lower = input.to_ascii_lowercase();
    lower.contains('@')
        || lower.starts_with("http://")
        || lower.starts_with("https://")
        || lower.starts_with("www.")
        || (lower.contains('.')
            && lower.chars().any(|c| c.is_alphabetic())
            && !lower.starts_with("tel:"))
}

fn verify_handle(dir: &Directory, mut v: Verification, handle: &str) -> Verification {
    let matches: Vec<&Contact> = dir
        .contacts
        .iter()
        .filter(|c| {
            c.record.kind == super::model::Kind::Social
                && c.record.value.to_ascii_lowercase() == handle
        })
        .collect();
    match matches.first() {
        Some(c) => {
            v.verdict = Verdict::Amex;
            v.contacts = matches.iter().map(|c| c.record.id.clone()).collect();
            v.finding = t!(
                "numbers-verify-known-account",
                account = &c.record.value,
                label = c.record.shown_label(),
                status = c.grade.status.name()
            );
            v.advice = t!("numbers-verify-known-account-advice");
        }
        None => {
            v.verdict = Verdict::Unknown;
            v.finding = t!("numbers-verify-unknown-account", account = handle);
        }
    }
    v
}

/// The host of a URL or email address, lower-case, without a trailing dot.
pub(crate) fn host_of(input: &str) -> Option<String> {
    let lower = input.trim().to_lowercase();
    let host = if !lower.contains("://") && !lower.starts_with("www.") && lower.contains('@') {
        // An email address: the domain after the last @.
        lower.rsplit('@').next()?.to_string()
    } else {
        let without_scheme = lower.split_once("://").map_or(lower.as_str(), |(_, r)| r);
        let authority = without_scheme
            .split(['/', '?', '#'])
            .next()
            .unwrap_or(without_scheme);
        // "americanexpress.com@evil.example" sends you to evil.example.
        let host_port = authority.rsplit('@').next().unwrap_or(authority);
        host_port.split(':').next().unwrap_or(host_port).to_string()
    };
    let host = host.trim_end_matches('.').to_string();
    (!host.is_empty() && host.contains('.')).then_some(host)
}

/// Whether a host is American Express's own: americanexpress.com, aexp.com, a host the
/// directory's Amex pages are on (the regional domains, such as americanexpress.com.sa),
/// or under one of them.
pub(crate) fn is_amex_host(host: &str, dir: &Directory) -> bool {
    ["americanexpress.com", "aexp.com"]
        .iter()
        .map(|d| d.to_string())
        .chain(dir.amex_hosts())
        .any(|d| host == d || host.ends_with(&format!(".{d}")))
}

fn verify_domain(dir: &Directory, mut v: Verification, input: &str) -> Verification {
    let Some(host) = host_of(input) else {
        v.verdict = Verdict::Invalid;
        v.finding = t!("numbers-verify-unreadable-address");
        return v;
    };
    if is_amex_host(&host, dir) {
        v.verdict = Verdict::Amex;
        v.finding = t!("numbers-verify-amex-domain", host = &host);
        v.advice = t!("numbers-verify-amex-domain-advice");
        return v;
    }
    if let Some((partner, markets)) = dir.partner_of_host(&host) {
        // The licensed issuer's own site: right for the cards it issues, and only there.
        let issuer = partner
            .publisher
            .split(" (")
            .next()
            .unwrap_or(&partner.publisher);
        let names: Vec<String> = markets.iter().map(|m| dir.country_name(m)).collect();
        v.verdict = Verdict::Amex;
        v.finding = t!(
            "numbers-verify-partner-domain",
            host = &host,
            issuer = issuer,
            markets = names.join(", ")
        );
        v.advice = t!("numbers-verify-partner-domain-advice");
        return v;
    }
    v.verdict = Verdict::NotAmex;
    let squashed: String = host.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
    let punycode = host.split('.').any(|label| label.starts_with("xn--"));
    let imitates = squashed.contains("amex")
        || squashed.contains("americanexpress")
        || squashed.contains("aexp")
        || punycode
        || !host.is_ascii();
    v.finding = match (imitates, punycode) {
        (true, true) => t!("numbers-verify-look-alike-punycode", host = &host),
        (true, false) => t!("numbers-verify-look-alike", host = &host),
        _ => t!("numbers-verify-other-domain", host = &host),
    };
    v.advice = t!("numbers-verify-other-domain-advice");
    v
}

fn verify_number(dir: &Directory, mut v: Verification, input: &str, from: &str) -> Verification {
    let digits = phone::digits(input);
    // A retired form of a listed number (e.g. Mexico's 01-800) is recognised by its digits.
    if let Some(old) = dir.contacts.iter().find(|c| {
        c.grade.status == Status::Outdated
            && phone::digits(&c.record.value) == digits
            && !digits.is_empty()
    }) {
        v.verdict = Verdict::Invalid;
        v.contacts = vec![old.record.id.clone()];
        v.finding = t!(
            "numbers-verify-retired-format",
            number = &old.record.value,
            notes = &old.record.notes
        );
        return v;
    }
    let mut readings = reading::readings(input, from);
    if readings.is_empty() {
        // Copied from another country's page, in that country's own spelling.
        readings = reading::foreign_readings(input, dir.number_regions());
        readings.retain(|r| !contacts_for(dir, r).is_empty());
    }
    let Some(chosen) = readings
        .iter()
        .position(|r| !contacts_for(dir, r).is_empty())
        .or((!readings.is_empty()).then_some(0))
    else {
        return verify_unreadable(dir, v, input, &digits, from);
    };
    let read = &readings[chosen];
    v.e164 = Some(read.e164.clone());
    let matches = contacts_for(dir, read);
    let mut v = answer(dir, v, matches, &phone::international(&read.number));
    v.finding.push_str(&how_read_note(dir, read, from));
    let others: Vec<&str> = readings
        .iter()
        .filter(|r| r.e164 != read.e164)
        .map(|r| r.e164.as_str())
        .collect();
    if let Some((first, rest)) = others.split_first() {
        // "a or b or c", in the current language.
        let numbers = rest.iter().fold(first.to_string(), |all, next| {
            t!("numbers-verify-or", first = all, second = *next)
        });
        v.finding.push(' ');
        v.finding
            .push_str(&t!("numbers-verify-also-read-as", numbers = numbers));
    }
    v
}

/// Text no reading makes a valid number of: numbers libphonenumber cannot read
/// (Korea's 00798) are matched by their digits; anything else is not a number.
fn verify_unreadable(
    dir: &Directory,
    mut v: Verification,
    input: &str,
    digits: &str,
    from: &str,
) -> Verification {
    let by_digits = digit_matches(dir, digits);
    if !by_digits.is_empty() {
        let shown = input.trim().to_string();
        return with_reach_note(answer(dir, v, by_digits, &shown), digits, from, dir);
    }
    v.verdict = Verdict::Invalid;
    v.finding = t!(
        "numbers-verify-not-a-number",
        input = input,
        from = dir.country_name(from)
    );
    v
}

/// The directory contacts a reading of a number matches: by E.164, else (numbers the
/// directory knows only as written) by digits.
fn contacts_for<'a>(dir: &'a Directory, read: &Reading) -> Vec<&'a Contact> {
    let by_e164: Vec<&Contact> = dir
        .contacts
        .iter()
        .filter(|c| c.e164.as_deref() == Some(read.e164.as_str()))
        .collect();
    if !by_e164.is_empty() {
        return by_e164;
    }
    let mut matches = digit_matches(dir, &phone::digits(&read.e164));
    matches.extend(digit_matches(
        dir,
        &phone::digits(&phone::national(&read.number)),
    ));
    matches
}

/// How a spelling the caller's phone would not dial as typed was read, and what to
/// dial instead.
fn how_read_note(dir: &Directory, read: &Reading, from: &str) -> String {
    if read.written.dials_as_typed() {
        return String::new();
    }
    let facts = phone::facts(&read.number);
    let dial = phone::dial_from(&facts, dir.caller(from).as_ref());
    let how = match &read.written {
        Written::Foreign(region) => {
            t!(
                "numbers-verify-read-as-written-in",
                country = dir.country_name(region)
            )
        }
        Written::ExitCode { prefix, .. } => {
            t!("numbers-verify-read-with-exit-code", prefix = prefix)
        }
        _ => t!("numbers-verify-read-without-plus"),
    };
    let mut note = format!(
        " {}",
        t!(
            "numbers-verify-how-read",
            how = how,
            from = dir.country_name(from),
            number = &dial.text
        )
    );
    match dial.reach {
        phone::Reach::Direct => {}
        phone::Reach::TollFreeAbroad => {
            note.push(' ');
            note.push_str(&t!("numbers-verify-reach-toll-free"));
        }
        phone::Reach::NotFromAbroad => {
            note.push(' ');
            note.push_str(&t!("numbers-verify-reach-not-from-abroad"));
        }
    }
    note
}

/// Contacts with no E.164 whose number, as written, has these digits.
fn digit_matches<'a>(dir: &'a Directory, digits: &str) -> Vec<&'a Contact> {
    if digits.len() < 6 {
        return Vec::new();
    }
    dir.contacts
        .iter()
        .filter(|c| c.e164.is_none() && c.record.kind.is_phone())
        .filter(|c| phone::digits(&c.record.value) == digits)
        .collect()
}

/// The verdict for the contacts a number matched (`shown`: the number as displayed).
fn answer(
    dir: &Directory,
    mut v: Verification,
    mut matches: Vec<&Contact>,
    shown: &str,
) -> Verification {
    let listed = matches.len();
    // A line a file nobody signed added or changed never decides the answer.
    matches.retain(|c| !c.unverified);
    if matches.is_empty() && listed > 0 {
        v.verdict = Verdict::Unknown;
        v.finding = t!("numbers-verify-unsigned-only", number = shown);
        v.advice = safe();
        return v;
    }
    matches.sort_by_key(|c| c.grade.status);
    matches.dedup_by_key(|c| c.record.id.clone());
    v.contacts = matches.iter().map(|c| c.record.id.clone()).collect();
    if let Some(best) = matches.iter().find(|c| c.grade.status.is_amex_line()) {
        v.verdict = Verdict::Amex;
        v.finding = t!(
            "numbers-verify-known-line",
            number = shown,
            label = best.record.shown_label(),
            country = dir.country_name(best.home_country().unwrap_or("worldwide")),
            status = best.grade.status.name()
        );
        v.advice = match best.grade.status {
            Status::Official | Status::Corroborated => t!("numbers-verify-known-line-advice"),
            _ => t!("numbers-verify-listed-unconfirmed-advice"),
        };
        return v;
    }
    if let Some(other) = matches.first() {
        v.verdict = Verdict::NotAmex;
        v.belongs_to = other.grade.belongs_to.clone();
        v.finding = match &other.grade.belongs_to {
            Some(owner) => t!("numbers-verify-belongs-to", number = shown, owner = owner),
            None => t!(
                "numbers-verify-not-amex-because",
                number = shown,
                why = super::why::why_text(dir, other)
            ),
        };
        return v;
    }
    v.verdict = Verdict::Unknown;
    v.finding = t!("numbers-verify-unknown-number", number = shown);
    v
}

/// Korea's 00798 numbers are international toll-free numbers that work only from inside
/// South Korea: say so, and that they cannot be dialled from elsewhere.
fn with_reach_note(mut v: Verification, digits: &str, from: &str, dir: &Directory) -> Verification {
    if digits.starts_with("00798") || digits.starts_with("00308") {
        v.finding.push(' ');
        v.finding.push_str(&t!("numbers-verify-korean-toll-free"));
        if from != "KR" {
            v.advice = t!(
                "numbers-verify-cannot-dial-from",
                from = dir.country_name(from),
                advice = &v.advice
            );
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, from: &str) -> Verification {
        verify(&Directory::builtin().unwrap(), input, from)
    }

    /// An input, the country it is read from, the expected verdict and, when one is
    /// expected, the first contact it matches.
    type Case<'a> = (&'a str, &'a str, Verdict, Option<&'a str>);

    fn assert_verdicts(cases: &[Case]) {
        for (input, from, verdict, contact) in cases {
            let v = check(input, from);
            assert_eq!(v.verdict, *verdict, "{input} from {from}: {}", v.finding);
            if let Some(id) = contact {
                assert_eq!(v.contacts.first().map(String::as_str), Some(*id), "{input}");
            }
            assert!(!v.finding.is_empty() && !v.advice.is_empty());
        }
    }

    /// Known Amex lines, however they are written.
    #[test]
    fn known_amex_lines_are_recognised_however_written() {
        assert_verdicts(&[
            ("18005284800", "US", Verdict::Amex, Some("us-general")),
            ("+1 (800) 528-4800", "GB", Verdict::Amex, Some("us-general")),
            ("1.800.528.4800", "US", Verdict::Amex, Some("us-general")),
            ("1-800-528-4800", "ES", Verdict::Amex, Some("us-general")),
            ("tel:+18005284800", "US", Verdict::Amex, Some("us-general")),
            (
                "0800 917 8047",
                "GB",
                Verdict::Amex,
                Some("gb-customer-relations"),
            ),
            (
                "00 44 800 917 8047",
                "ES",
                Verdict::Amex,
                Some("gb-customer-relations"),
            ),
            (
                "011 44 1273 696933",
                "US",
                Verdict::Amex,
                Some("gb-from-abroad"),
            ),
            (
                "1300 132 639",
                "AU",
                Verdict::Amex,
                Some("au-customer-service"),
            ),
            (
                "800 504 0400",
                "MX",
                Verdict::Amex,
                Some("mx-customer-service"),
            ),
            (
                "1800 419 3646",
                "IN",
                Verdict::Amex,
                Some("in-call-centre-tollfree"),
            ),
            (
                "+1 336 393 1111",
                "JP",
                Verdict::Amex,
                Some("us-collect-abroad"),
            ),
        ]);
    }

    /// Known NOT to be Amex.
    #[test]
    fn numbers_known_not_to_be_amex_are_flagged() {
        assert_verdicts(&[
            (
                "0800 151 0900",
                "GB",
                Verdict::NotAmex,
                Some("gb-barclaycard"),
            ),
            (
                "+44 800 151 0900",
                "US",
                Verdict::NotAmex,
                Some("gb-barclaycard"),
            ),
            (
                "1-800-387-1193",
                "US",
                Verdict::NotAmex,
                Some("us-fax-claimed"),
            ),
            (
                "+65 6510 8888",
                "SG",
                Verdict::NotAmex,
                Some("sg-directory-intl"),
            ),
        ]);
    }

    /// Unknown and invalid.
    #[test]
    fn unknown_and_invalid_numbers_are_told_apart() {
        assert_verdicts(&[
            ("1-800-FLOWERS", "US", Verdict::Unknown, None),
            ("+1 212 555 0199", "US", Verdict::Unknown, None),
            ("0800 917", "GB", Verdict::Invalid, None),
            ("hello", "US", Verdict::Invalid, None),
            (
                "01-800-005-2221",
                "MX",
                Verdict::Invalid,
                Some("mx-directory-old"),
            ),
        ]);
    }

    /// Issue 27: every card-issuing partner's own site is recognised as the issuer's,
    /// by name and market (a Swiss cardholder is never told to leave swisscard.ch),
    /// and a look-alike of it is not: over every partner page of the directory.
    #[test]
    fn every_partner_site_is_its_issuers_and_look_alikes_are_not() {
        use crate::directory::model::{SourceKind, url_host};
        let d = Directory::builtin().unwrap();
        let partners: Vec<_> = d
            .sources
            .iter()
            .filter(|s| s.kind == SourceKind::Partner)
            .collect();
        assert!(partners.len() >= 3, "Swisscard's and Maybank's pages");
        for page in partners {
            let url = page.url.as_deref().unwrap();
            let host = url_host(url).unwrap();
            let issuer = page.publisher.split(" (").next().unwrap();
            for (input, genuine) in [
                (url.to_string(), true),
                (format!("https://www.{host}/login"), true),
                (format!("https://{host}.evil.example/login"), false),
                (format!("https://secure-{host}/login"), false),
                (format!("https://{host}@evil.example/"), false),
            ] {
                let v = verify(&d, &input, "US");
                if genuine {
                    assert_eq!(v.verdict, Verdict::Amex, "{input}");
                    assert!(v.finding.contains(issuer), "{input}: {}", v.finding);
                    assert!(v.finding.contains("licensed to issue"), "{}", v.finding);
                } else {
                    assert_eq!(v.verdict, Verdict::NotAmex, "{input}");
                }
            }
        }
    }

    /// Domains and addresses.
    #[test]
    fn domains_and_addresses_are_checked_by_host() {
        assert_verdicts(&[
            (
                "https://www.americanexpress.com/uk/",
                "GB",
                Verdict::Amex,
                None,
            ),
            (
                "Manager-Customerservicesindia@aexp.com",
                "IN",
                Verdict::Amex,
                None,
            ),
            ("americanexpress.com", "US", Verdict::Amex, None),
            (
                "https://americanexpress.com.evil.example/login",
                "US",
                Verdict::NotAmex,
                None,
            ),
            (
                "https://americanexpress.com@evil.example/",
                "US",
                Verdict::NotAmex,
                None,
            ),
            (
                "amex-support@secure-amex-help.com",
                "US",
                Verdict::NotAmex,
                None,
            ),
            (
                "https://www.americanexpress-verify.net",
                "US",
                Verdict::NotAmex,
                None,
            ),
            ("http://аmericanexpress.com", "US", Verdict::NotAmex, None),
            ("www.example.org", "US", Verdict::NotAmex, None),
        ]);
    }

    /// Social accounts.
    #[test]
    fn social_accounts_are_matched_by_handle() {
        assert_verdicts(&[
            ("@AskAmex", "US", Verdict::Amex, Some("us-askamex")),
            ("@AmexHelpDesk", "US", Verdict::Unknown, None),
        ]);
    }

    #[test]
    fn numbers_are_read_the_way_people_paste_them() {
        let cases: &[(&str, &str, Verdict, &str)] = &[
            (
                "Call us now at 1-800-528-4800.",
                "US",
                Verdict::Amex,
                "us-general",
            ),
            (
                "Please call (800) 528-4800!",
                "US",
                Verdict::Amex,
                "us-general",
            ),
            ("1-800-528-4800 ext. 12", "US", Verdict::Amex, "us-general"),
            ("1-800-528-4800 x12", "US", Verdict::Amex, "us-general"),
            ("１８００５２８４８００", "US", Verdict::Amex, "us-general"),
            (
                "\u{0661}\u{0668}\u{0660}\u{0660}\u{0665}\u{0662}\u{0668}\u{0664}\u{0668}\u{0660}\u{0660}",
                "US",
                Verdict::Amex,
                "us-general",
            ),
            (
                "＋４４ ８００ ９１７ ８０４７",
                "JP",
                Verdict::Amex,
                "gb-customer-relations",
            ),
            (
                "+44 800 917 8047",
                "US",
                Verdict::Amex,
                "gb-customer-relations",
            ),
            ("+1 800 528 4800", "GB", Verdict::Amex, "us-general"),
            (
                "Your card is blocked, call 0800 151 0900 now",
                "GB",
                Verdict::NotAmex,
                "gb-barclaycard",
            ),
            ("00798-800-1111", "KR", Verdict::Amex, "kr-directory"),
        ];
        for (input, from, verdict, id) in cases {
            let v = check(input, from);
            assert_eq!(v.verdict, *verdict, "{input} from {from}: {}", v.finding);
            assert_eq!(v.contacts.first().map(String::as_str), Some(*id), "{input}");
        }
        assert!(
            check("1-800-528-4800 ext. 12", "US")
                .finding
                .contains("Extension 12")
        );
    }

    #[test]
    fn korea_s_00798_numbers_work_only_inside_korea() {
        let home = check("00798-800-1111", "KR");
        assert!(
            home.finding.contains("only from phones inside South Korea"),
            "{}",
            home.finding
        );
        let abroad = check("00798-800-1111", "US");
        assert!(
            abroad
                .advice
                .starts_with("From United States it cannot be dialled"),
            "{}",
            abroad.advice
        );
    }

    #[test]
    fn numbers_known_only_as_written_are_still_recognised() {
        // Known as someone else's or invented, whether or not libphonenumber reads them.
        for (input, from) in [
            ("800-181-2272", "SG"),
            ("0800-555-0123", "AR"),
            ("+65 6510 8888", "SG"),
        ] {
            assert_eq!(check(input, from).verdict, Verdict::NotAmex, "{input}");
        }
        let d = Directory::builtin().unwrap();
        let implausible: Vec<&Contact> = d
            .contacts
            .iter()
            .filter(|c| !c.grade.status.is_amex_line() && c.record.kind.is_phone())
            .collect();
        assert!(!implausible.is_empty());
        for c in implausible {
            let from = c.record.number_region().unwrap_or("US");
            let v = verify(&d, &c.record.value, from);
            assert_eq!(
                v.verdict,
                Verdict::NotAmex,
                "{}: {}",
                c.record.id,
                v.finding
            );
        }
    }

    #[test]
    fn look_alike_and_punycode_hosts_are_named() {
        let v = check("http://xn--americanexpres-ikb.com/login", "US");
        assert_eq!(v.verdict, Verdict::NotAmex);
        assert!(
            v.finding.contains("look-alike") && v.finding.contains("punycode"),
            "{}",
            v.finding
        );
        assert_eq!(
            check("https://www.americanexpress.com.sa/ar/", "SA").verdict,
            Verdict::Amex
        );
    }

    #[test]
    fn misattributed_numbers_say_whose_they_are() {
        let v = check("0800 151 0900", "GB");
        assert_eq!(v.belongs_to.as_deref(), Some("Barclaycard"));
        assert!(v.finding.contains("Barclaycard"));
        assert_eq!(v.e164.as_deref(), Some("+448001510900"));
        let cra = check("1-800-387-1193", "CA");
        assert!(cra.finding.contains("Canada Revenue Agency"));
    }

    #[test]
    fn unknown_numbers_get_the_safe_advice() {
        let v = check("+1 212 555 0199", "US");
        assert!(v.advice.contains("back of your card"));
    }

    #[test]
    fn hosts_are_read_like_a_browser_would() {
        assert_eq!(
            host_of("https://americanexpress.com@evil.example/x").as_deref(),
            Some("evil.example")
        );
        assert_eq!(
            host_of("HTTPS://WWW.AmericanExpress.com:443/uk").as_deref(),
            Some("www.americanexpress.com")
        );
        assert_eq!(host_of("someone@aexp.com").as_deref(), Some("aexp.com"));
        assert_eq!(
            host_of("americanexpress.com.").as_deref(),
            Some("americanexpress.com")
        );
        let d = Directory::builtin().unwrap();
        assert!(!is_amex_host("notamericanexpress.com", &d));
        assert!(!is_amex_host("americanexpress.com.evil.example", &d));
        assert!(is_amex_host("global.americanexpress.com", &d));
        // A regional domain the directory's own Amex pages are on.
        assert!(is_amex_host("www.americanexpress.com.sa", &d));
        assert!(!is_amex_host("americanexpress.com.sa.evil.example", &d));
    }
}
