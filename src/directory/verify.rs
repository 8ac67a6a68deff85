//! "Is this really American Express?": checks a phone number, link or email address
//! pasted from a text, an email or a search ad against the directory.
//!
//! Numbers are read by libphonenumber with the caller's country as the default region
//! (so "0800 917 8047" means a UK number to someone in the UK, and "00 44 …" works from
//! Spain); letters ("1-800-FLOWERS") are read as digits. Links and email addresses are
//! Amex only under americanexpress.com or aexp.com; anything else is not, and names that
//! imitate them are called out as look-alikes.

use super::load::{Contact, Directory};
use super::model::Status;
use super::phone;

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

const SAFE: &str = "Hang up or don't reply, and call the number on the back of your card.";

/// Checks `input` for someone calling from `from` (ISO alpha-2).
pub fn verify(dir: &Directory, input: &str, from: &str) -> Verification {
    let trimmed = input.trim();
    let mut v = Verification {
        input: trimmed.to_string(),
        e164: None,
        verdict: Verdict::Invalid,
        contacts: Vec::new(),
        belongs_to: None,
        finding: String::new(),
        advice: SAFE.to_string(),
    };
    if trimmed.is_empty() {
        v.finding = "Nothing to check.".into();
        return v;
    }
    if let Some(handle) = social_handle(trimmed) {
        return verify_handle(dir, v, &handle);
    }
    if looks_like_address(trimmed) {
        return verify_domain(v, trimmed);
    }
    verify_number(dir, v, trimmed, from)
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
            v.finding = format!(
                "{}: {} ({}).",
                c.record.value,
                c.record.label,
                c.grade.status.slug()
            );
            v.advice = "A real American Express account. Never post card details in public; they will ask you to send a private message.".into();
        }
        None => {
            v.verdict = Verdict::Unknown;
            v.finding = format!(
                "{handle} is not an American Express account this directory knows (the service account is @AskAmex)."
            );
        }
    }
    v
}

/// The host of a URL or email address, lower-case, without a trailing dot.
pub fn host_of(input: &str) -> Option<String> {
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

/// Whether a host is American Express's own: americanexpress.com, aexp.com, or under them.
pub fn is_amex_host(host: &str) -> bool {
    ["americanexpress.com", "aexp.com"]
        .iter()
        .any(|d| host == *d || host.ends_with(&format!(".{d}")))
}

fn verify_domain(mut v: Verification, input: &str) -> Verification {
    let Some(host) = host_of(input) else {
        v.verdict = Verdict::Invalid;
        v.finding = "This is not a web address or email address that can be read.".into();
        return v;
    };
    if is_amex_host(&host) {
        v.verdict = Verdict::Amex;
        v.finding = format!("{host} belongs to American Express.");
        v.advice = "A genuine American Express domain. Still, never give a PIN or one-time code to anyone who contacts you: Amex never asks for them.".into();
        return v;
    }
    v.verdict = Verdict::NotAmex;
    let squashed: String = host.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
    let imitates = squashed.contains("amex")
        || squashed.contains("americanexpress")
        || squashed.contains("aexp")
        || !host.is_ascii();
    v.finding = if imitates {
        format!(
            "{host} is NOT American Express: it is a look-alike. Amex uses only americanexpress.com and aexp.com."
        )
    } else {
        format!(
            "{host} is not an American Express domain (Amex uses americanexpress.com and aexp.com)."
        )
    };
    v.advice = "Don't click it or reply. Log in by typing americanexpress.com yourself, or call the number on the back of your card.".into();
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
        v.finding = format!(
            "{} is a retired number format: {}",
            old.record.value, old.record.notes
        );
        return v;
    }
    let text = input.strip_prefix("tel:").unwrap_or(input);
    // As dialled from the caller's country; failing that, as a number with its country
    // code but no "+" (someone in Spain pasting "1-800-528-4800").
    let number = phone::parse(text, Some(from))
        .ok()
        .filter(|n| n.is_valid())
        .or_else(|| {
            // Written with the caller's international prefix ("011 44 …" from the US).
            let prefix = dir.caller(from).and_then(|c| c.prefix)?;
            let rest = digits.strip_prefix(prefix.as_str())?;
            phone::parse(&format!("+{rest}"), None)
                .ok()
                .filter(|n| n.is_valid())
        })
        .or_else(|| {
            (!text.trim_start().starts_with('+') && !digits.is_empty())
                .then(|| phone::parse(&format!("+{digits}"), None).ok())
                .flatten()
                .filter(|n| n.is_valid())
        });
    let Some(number) = number else {
        v.verdict = Verdict::Invalid;
        v.finding = format!(
            "\"{input}\" is not a valid phone number (read as dialled from {}).",
            dir.country_name(from)
        );
        return v;
    };
    let e164 = phone::e164(&number);
    v.e164 = Some(e164.clone());
    let mut matches: Vec<&Contact> = dir
        .contacts
        .iter()
        .filter(|c| c.e164.as_deref() == Some(e164.as_str()))
        .collect();
    matches.sort_by_key(|c| c.grade.status);
    v.contacts = matches.iter().map(|c| c.record.id.clone()).collect();
    let amex: Vec<&&Contact> = matches
        .iter()
        .filter(|c| c.grade.status.is_amex_line())
        .collect();
    if let Some(best) = amex.first() {
        v.verdict = Verdict::Amex;
        v.finding = format!(
            "{} is a known American Express line: {} ({}, {}).",
            phone::international(&number),
            best.record.label,
            dir.country_name(best.home_country().unwrap_or("worldwide")),
            best.grade.status.slug()
        );
        v.advice = match best.grade.status {
            Status::Official | Status::Corroborated => "You can call it. If someone asked you to call it, you can still hang up and use the number on the back of your card.".into(),
            _ => "Listed, but not confirmed by an official page: prefer the number on the back of your card.".into(),
        };
        return v;
    }
    if let Some(other) = matches.first() {
        v.verdict = Verdict::NotAmex;
        v.belongs_to = other.grade.belongs_to.clone();
        v.finding = match &other.grade.belongs_to {
            Some(owner) => format!(
                "{} is NOT an American Express number: it belongs to {owner}.",
                phone::international(&number)
            ),
            None => format!(
                "{} is NOT an American Express number: {}",
                phone::international(&number),
                other.record.notes
            ),
        };
        return v;
    }
    v.verdict = Verdict::Unknown;
    v.finding = format!(
        "{} is not a known American Express line.",
        phone::international(&number)
    );
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, from: &str) -> Verification {
        verify(&Directory::builtin().unwrap(), input, from)
    }

    #[test]
    fn table_of_inputs_and_verdicts() {
        let cases: &[(&str, &str, Verdict, Option<&str>)] = &[
            // Known Amex lines, however they are written.
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
            // Known NOT to be Amex.
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
            // Unknown and invalid.
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
            // Domains and addresses.
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
            // Social accounts.
            ("@AskAmex", "US", Verdict::Amex, Some("us-askamex")),
            ("@AmexHelpDesk", "US", Verdict::Unknown, None),
        ];
        for (input, from, verdict, contact) in cases {
            let v = check(input, from);
            assert_eq!(v.verdict, *verdict, "{input} from {from}: {}", v.finding);
            if let Some(id) = contact {
                assert_eq!(v.contacts.first().map(String::as_str), Some(*id), "{input}");
            }
            assert!(!v.finding.is_empty() && !v.advice.is_empty());
        }
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
        assert!(!is_amex_host("notamericanexpress.com"));
        assert!(!is_amex_host("americanexpress.com.evil.example"));
        assert!(is_amex_host("global.americanexpress.com"));
    }
}
