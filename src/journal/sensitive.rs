//! Card numbers and security codes must never reach the disk.
//!
//! [`scan`] finds them in free text: payment card numbers (Luhn-valid, with a known
//! network prefix and length, written with or without spaces or dashes) and 3–4 digit
//! codes written next to a word like CID, CVV or "security code". [`redact`] replaces
//! card numbers with their last five digits and removes codes. Reference numbers,
//! dates, phone numbers and amounts are left alone: they fail the length, prefix or
//! Luhn checks, or have no security-code word beside them.

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

/// What was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FindingKind {
    /// A payment card number; `last5` is what is kept.
    CardNumber {
        /// The last five digits.
        last5: String,
    },
    /// A card security code (CID/CVV).
    SecurityCode,
}

/// A card number or code at a byte range of the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Byte range of the digits (from the first digit to the last).
    pub range: Range<usize>,
    /// What it is.
    pub kind: FindingKind,
}

impl Finding {
    /// What it becomes when saved.
    pub fn replacement(&self) -> String {
        match &self.kind {
            FindingKind::CardNumber { last5 } => format!("[card ending {last5}]"),
            FindingKind::SecurityCode => "[removed]".to_string(),
        }
    }

    /// What it is, in a few words.
    pub fn what(&self) -> &'static str {
        match &self.kind {
            FindingKind::CardNumber { .. } => "a card number",
            FindingKind::SecurityCode => "a security code",
        }
    }

    /// A one-line warning for the user.
    pub fn warning(&self) -> String {
        match &self.kind {
            FindingKind::CardNumber { last5 } => format!(
                "This looks like a full card number: it will be saved as \"[card ending {last5}]\"."
            ),
            FindingKind::SecurityCode => {
                "Never write down your security code (CID/CVV): it will be removed.".to_string()
            }
        }
    }
}

/// Luhn checksum over ASCII digits.
pub fn luhn_valid(digits: &[u8]) -> bool {
    let mut sum = 0u32;
    for (i, d) in digits.iter().rev().enumerate() {
        let mut v = u32::from(d - b'0');
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    !digits.is_empty() && sum.is_multiple_of(10)
}

/// Does this digit string have the prefix and length of a payment card network?
pub fn card_network(digits: &[u8]) -> Option<&'static str> {
    let len = digits.len();
    let prefix = |n: usize| -> u32 {
        digits
            .iter()
            .take(n)
            .fold(0, |acc, d| acc * 10 + u32::from(d - b'0'))
    };
    if len < 2 {
        return None;
    }
    let p2 = prefix(2);
    let p3 = prefix(3);
    let p4 = prefix(4);
    if (p2 == 34 || p2 == 37) && len == 15 {
        return Some("American Express");
    }
    if digits[0] == b'4' && matches!(len, 13 | 16 | 19) {
        return Some("Visa");
    }
    if ((51..=55).contains(&p2) || (2221..=2720).contains(&p4)) && len == 16 {
        return Some("Mastercard");
    }
    if (p4 == 6011 || (644..=649).contains(&p3) || p2 == 65) && (16..=19).contains(&len) {
        return Some("Discover");
    }
    if (3528..=3589).contains(&p4) && (16..=19).contains(&len) {
        return Some("JCB");
    }
    if ((300..=305).contains(&p3) || p2 == 36 || p2 == 38 || p2 == 39) && (14..=19).contains(&len) {
        return Some("Diners Club");
    }
    if p2 == 62 && (16..=19).contains(&len) {
        return Some("UnionPay");
    }
    None
}

/// A run of digit groups: digits joined by single spaces or dashes.
struct Group {
    range: Range<usize>,
}

fn digit_groups(text: &str) -> Vec<Vec<Group>> {
    let bytes = text.as_bytes();
    let mut runs: Vec<Vec<Group>> = Vec::new();
    let mut current: Vec<Group> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            current.push(Group { range: start..i });
            // A single separator followed by a digit continues the run.
            if i + 1 < bytes.len()
                && matches!(bytes[i], b' ' | b'-' | b'.')
                && bytes[i + 1].is_ascii_digit()
            {
                i += 1;
                continue;
            }
            runs.push(std::mem::take(&mut current));
        } else {
            i += 1;
        }
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs
}

fn card_findings(text: &str) -> Vec<Finding> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    for run in digit_groups(text) {
        // A run that starts or ends inside a longer token (letters glued on) is an
        // identifier, not a card: "REF12345…".
        let mut start = 0;
        while start < run.len() {
            let mut best: Option<(usize, Vec<u8>)> = None;
            let mut digits: Vec<u8> = Vec::new();
            for (end, group) in run.iter().enumerate().skip(start) {
                digits.extend_from_slice(&bytes[group.range.clone()]);
                if digits.len() > 19 {
                    break;
                }
                if digits.len() >= 13 && card_network(&digits).is_some() && luhn_valid(&digits) {
                    best = Some((end, digits.clone()));
                }
            }
            match best {
                Some((end, digits)) => {
                    let last5 = String::from_utf8_lossy(&digits[digits.len() - 5..]).into_owned();
                    found.push(Finding {
                        range: run[start].range.start..run[end].range.end,
                        kind: FindingKind::CardNumber { last5 },
                    });
                    start = end + 1;
                }
                None => start += 1,
            }
        }
    }
    found
}

fn code_pattern() -> Option<&'static Regex> {
    static PATTERN: OnceLock<Option<Regex>> = OnceLock::new();
    PATTERN
        .get_or_init(|| {
            Regex::new(
                r"(?i)\b(?:cid|cvv2?|cvc2?|csc|cvn|4dbc|(?:card\s+)?security\s+code|verification\s+code|card\s+code)\b(?:[\s:#=.\-]|\b(?:is|was|number|no|code|of)\b)*(\d{3,4})\b",
            )
            .ok()
        })
        .as_ref()
}

fn code_findings(text: &str) -> Vec<Finding> {
    let Some(pattern) = code_pattern() else {
        return Vec::new();
    };
    pattern
        .captures_iter(text)
        .filter_map(|c| c.get(1))
        .map(|m| Finding {
            range: m.range(),
            kind: FindingKind::SecurityCode,
        })
        .collect()
}

/// (total digits, longest run of digits): most text has too few to hold a card
/// number or a code, and is not scanned further.
fn digit_counts(text: &str) -> (usize, usize) {
    let (mut total, mut run, mut longest) = (0, 0, 0);
    for b in text.bytes() {
        if b.is_ascii_digit() {
            total += 1;
            run += 1;
            longest = longest.max(run);
        } else {
            run = 0;
        }
    }
    (total, longest)
}

/// Every card number and security code in `text`, in order, not overlapping.
pub fn scan(text: &str) -> Vec<Finding> {
    let (total, longest) = digit_counts(text);
    if longest < 3 {
        return Vec::new();
    }
    let mut found = if total >= 13 {
        card_findings(text)
    } else {
        Vec::new()
    };
    for code in code_findings(text) {
        if !found
            .iter()
            .any(|f| f.range.start < code.range.end && code.range.start < f.range.end)
        {
            found.push(code);
        }
    }
    found.sort_by_key(|f| f.range.start);
    found
}

/// `text` with card numbers cut to their last five digits and security codes removed,
/// and what was changed.
pub fn redact(text: &str) -> (String, Vec<Finding>) {
    let found = scan(text);
    if found.is_empty() {
        return (text.to_string(), found);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for f in &found {
        out.push_str(&text[at..f.range.start]);
        out.push_str(&f.replacement());
        at = f.range.end;
    }
    out.push_str(&text[at..]);
    (out, found)
}

/// Redacts `text` in place; returns how many things were changed.
pub fn redact_in_place(text: &mut String) -> usize {
    let (clean, found) = redact(text);
    if !found.is_empty() {
        *text = clean;
    }
    found.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cards(text: &str) -> Vec<String> {
        scan(text)
            .into_iter()
            .filter(|f| matches!(f.kind, FindingKind::CardNumber { .. }))
            .map(|f| text[f.range].to_string())
            .collect()
    }

    #[test]
    fn real_looking_card_numbers_are_caught() {
        for (text, number) in [
            ("card 3782 822463 10005 cid 1234", "3782 822463 10005"),
            ("378282246310005", "378282246310005"),
            ("my amex is 3714-496353-98431.", "3714-496353-98431"),
            ("visa 4111 1111 1111 1111 expired", "4111 1111 1111 1111"),
            ("mc 5555555555554444", "5555555555554444"),
            ("discover 6011 1111 1111 1117", "6011 1111 1111 1117"),
            ("ref 12345 then 378734493671000", "378734493671000"),
            ("diners 3056 9309 0259 04", "3056 9309 0259 04"),
        ] {
            assert_eq!(cards(text), vec![number.to_string()], "{text}");
        }
    }

    #[test]
    fn ordinary_numbers_are_left_alone() {
        for text in [
            "reference 1234567890123", // 13 digits, no network prefix
            "case 2026112200123456",   // 16 digits, fails Luhn
            "call 1-800-528-4800 or +44 1273 696933",
            "on 2026-11-22 at 10:30",
            "refund of $1,234.56 promised",
            "ref A7-99812-3312",
            "378282246310006", // Amex-shaped but not Luhn-valid
            "account ending 10005",
            "claim 34 52 2026",
        ] {
            assert!(
                scan(text).is_empty(),
                "false positive in {text:?}: {:?}",
                scan(text)
            );
        }
    }

    #[test]
    fn security_codes_next_to_their_word_are_caught() {
        for (text, code) in [
            ("cid 1234", "1234"),
            ("CVV: 123", "123"),
            ("the security code is 9876", "9876"),
            ("CID#4321", "4321"),
            ("4DBC 5555 on the front", "5555"),
        ] {
            let found = scan(text);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].kind, FindingKind::SecurityCode);
            assert_eq!(&text[found[0].range.clone()], code);
        }
        for text in [
            "acid 1234",
            "code 1234 reference",
            "rep id 1234",
            "cid 12345",
        ] {
            assert!(scan(text).is_empty(), "false positive in {text:?}");
        }
    }

    #[test]
    fn redaction_keeps_the_last_five_digits_only() {
        let (clean, found) = redact("card 3782 822463 10005 cid 1234");
        assert_eq!(clean, "card [card ending 10005] cid [removed]");
        assert_eq!(found.len(), 2);
        assert!(!clean.contains("3782") && !clean.contains("1234"));
        let mut text = "nothing here".to_string();
        assert_eq!(redact_in_place(&mut text), 0);
        assert_eq!(text, "nothing here");
    }

    #[test]
    fn luhn_and_networks() {
        assert!(luhn_valid(b"378282246310005"));
        assert!(!luhn_valid(b"378282246310006"));
        assert_eq!(card_network(b"378282246310005"), Some("American Express"));
        assert_eq!(card_network(b"37828224631000"), None);
        assert_eq!(card_network(b"2221000000000009"), Some("Mastercard"));
    }
}
