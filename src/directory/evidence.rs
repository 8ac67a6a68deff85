//! Every printed number tied to its contact: each page that lists a phone number must
//! print a number that reads back as the contact's own (E.164). Used by the data tests
//! and by `amex-desk check-data`; it loads libphonenumber, so it is not run at start-up.

use super::load::Directory;
use super::model::Finding;
use super::phone;

/// A citation whose printed number does not read back as its contact's number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mismatch {
    /// The contact's id.
    pub contact: String,
    /// The citing source's id.
    pub source: String,
    /// The number as the page prints it.
    pub printed: String,
    /// The contact's number (E.164).
    pub expected: String,
}

impl std::fmt::Display for Mismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: source \"{}\" prints \"{}\", which does not read as {}",
            self.contact, self.source, self.printed, self.expected
        )
    }
}

/// The printed numbers that do not match their contact's number.
pub fn printed_mismatches(dir: &Directory) -> Vec<Mismatch> {
    let mut out = Vec::new();
    for contact in &dir.contacts {
        let Some(expected) = &contact.e164 else {
            continue;
        };
        let regions: Vec<&str> = contact
            .record
            .countries
            .iter()
            .map(String::as_str)
            .filter(|c| *c != "worldwide")
            .chain(contact.record.number_region())
            .collect();
        for citation in &contact.record.evidence {
            let Some(printed) = &citation.printed else {
                continue;
            };
            if citation.finding != Finding::Lists && !has_digits(printed) {
                continue;
            }
            if !reads_as(printed, &regions, expected) {
                out.push(Mismatch {
                    contact: contact.record.id.clone(),
                    source: citation.source.clone(),
                    printed: printed.clone(),
                    expected: expected.clone(),
                });
            }
        }
    }
    out
}

fn has_digits(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
}

/// Whether `printed`, read as dialled in one of `regions` (or, written with its country
/// code but no "+", as an international number), is `expected`.
pub(crate) fn reads_as(printed: &str, regions: &[&str], expected: &str) -> bool {
    let core = strip_suffix_words(printed);
    let same = |text: &str, region: Option<&str>| {
        phone::parse(text, region)
            .ok()
            .is_some_and(|n| phone::e164(&n) == expected)
    };
    regions.iter().any(|r| same(&core, Some(r)))
        || same(&core, None)
        || same(&format!("+{}", core.replace("(0)", "")), None)
}

/// The number without a trailing menu choice ("Option 1", "opción 3").
fn strip_suffix_words(printed: &str) -> String {
    let lower = printed.to_lowercase();
    let cut = ["option", "opción", "choix", ", opt"]
        .iter()
        .filter_map(|w| lower.find(w))
        .min()
        .unwrap_or(printed.len());
    printed[..cut].trim_end_matches([',', ' ']).to_string()
}
