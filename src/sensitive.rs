//! Card numbers and security codes must never reach the disk.
//!
//! [`scan`] finds them in free text. It first makes a normalised copy of the text
//! (Unicode NFKC, so full-width and other compatibility digits become ASCII; every kind
//! of whitespace, line break, no-break space and dash made alike), looks for card
//! numbers there (Luhn-valid, with a known network prefix and length, written with any
//! mix of spaces, tabs, line breaks, `-`, `/`, `_` or `.` between digit groups) and
//! 3–4 digit codes written near a phrase that names them (CID, CVV, "security code",
//! "the digits on the back"...), then maps each match back to the original text.
//! [`redact`] replaces card numbers with their last five digits and removes codes;
//! [`last_five`] reads a "last five digits" field. Amounts with decimals, dates,
//! phone numbers, IBANs and numbers introduced as references or orders are left
//! alone.

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;
use unicode_general_category::{GeneralCategory, get_general_category};
use unicode_normalization::UnicodeNormalization;

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
    pub(crate) fn replacement(&self) -> String {
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
pub(crate) fn card_network(digits: &[u8]) -> Option<&'static str> {
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
    if (2200..=2204).contains(&p4) && (16..=19).contains(&len) {
        return Some("Mir");
    }
    if (p2 == 50 || (56..=69).contains(&p2)) && (12..=19).contains(&len) {
        return Some("Maestro");
    }
    None
}

/// A normalised copy of a text, and for each of its bytes the byte range of the
/// original character it came from.
struct Normalised {
    text: String,
    /// `None`: byte for byte the original (ASCII text).
    origin: Option<Vec<Range<usize>>>,
}

impl Normalised {
    /// NFKC per character; whitespace, invisible separators and dashes made alike.
    fn new(original: &str) -> Normalised {
        if original.is_ascii() {
            return Normalised {
                text: original.chars().map(plain).collect(),
                origin: None,
            };
        }
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len());
        let mut push = |c: char, from: &Range<usize>| {
            text.push(c);
            origin.extend(std::iter::repeat_n(from.clone(), c.len_utf8()));
        };
        for (start, c) in original.char_indices() {
            let from = start..start + c.len_utf8();
            if c.is_ascii() {
                push(plain(c), &from);
            } else if is_format(c) {
                // Zero-width spaces, joiners, soft hyphens, bidi marks: read through.
            } else if let Some(digit) = decimal_digit(c) {
                push(digit, &from);
            } else if let Some(simple) = separator(c) {
                push(simple, &from);
            } else {
                for d in std::iter::once(c).nfkc() {
                    let d = decimal_digit(d).unwrap_or(d);
                    push(separator(d).unwrap_or(d), &from);
                }
            }
        }
        Normalised {
            text,
            origin: Some(origin),
        }
    }

    /// The original byte range behind a non-empty normalised byte range.
    fn original(&self, range: &Range<usize>) -> Range<usize> {
        let Some(origin) = &self.origin else {
            return range.clone();
        };
        let first = origin.get(range.start).map_or(0, |r| r.start);
        let last = origin
            .get(range.end.saturating_sub(1))
            .map_or(first, |r| r.end);
        first..last
    }
}

/// ASCII whitespace (tab, line breaks, form feed) becomes a plain space.
fn plain(c: char) -> char {
    if c.is_ascii_whitespace() { ' ' } else { c }
}

/// Whether `c` is a format character (Unicode category Cf: zero-width space and
/// joiners, word joiner, soft hyphen, bidi marks, byte-order mark): invisible, so a
/// number is read through it.
fn is_format(c: char) -> bool {
    get_general_category(c) == GeneralCategory::Format
}

/// The ASCII digit of a Unicode decimal digit of any script (category Nd: Arabic-Indic,
/// Persian, Devanagari, Bengali, Thai, Tamil, full-width, mathematical...). Decimal
/// digits come in runs of ten from zero, so the value is the distance from the run's
/// start (the mathematical digits are five such runs in a row).
fn decimal_digit(c: char) -> Option<char> {
    if c.is_ascii_digit() {
        return Some(c);
    }
    if get_general_category(c) != GeneralCategory::DecimalNumber {
        return None;
    }
    let code = c as u32;
    let mut start = code;
    while start > 0
        && char::from_u32(start - 1)
            .is_some_and(|p| get_general_category(p) == GeneralCategory::DecimalNumber)
        && code - (start - 1) < 50
    {
        start -= 1;
    }
    char::from_digit((code - start) % 10, 10)
}

/// Separators that NFKC leaves alone: every Unicode space and line break becomes a
/// space; dashes and minus signs `-`; slashes `/`; bullets and middle dots a space.
fn separator(c: char) -> Option<char> {
    match c {
        c if c.is_whitespace() => Some(' '),
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{2E3A}' | '\u{2E3B}' => Some('-'),
        '\u{2044}' | '\u{2215}' => Some('/'),
        '\u{00B7}' | '\u{2022}' | '\u{2027}' | '\u{2219}' | '\u{30FB}' | '\u{FF65}' => Some(' '),
        _ => None,
    }
}

/// A group of ASCII digits in the normalised text.
#[derive(Clone)]
struct Group {
    range: Range<usize>,
}

/// Characters allowed between the digit groups of one number: spaces, dashes, slashes,
/// dots, commas, bars, colons and brackets ("4111 | 1111", "(4111)(1111)").
fn is_group_separator(b: u8) -> bool {
    matches!(
        b,
        b' ' | b'-' | b'/' | b'_' | b'.' | b',' | b'|' | b':' | b';' | b'(' | b')' | b'[' | b']'
    )
}

/// The longest separator run allowed between two groups (" - ", six spaces...).
const MAX_SEPARATOR: usize = 6;

/// Where the digits starting at `i` end.
fn digits_end(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && bytes[i].is_ascii_digit() {
        i += 1;
    }
    i
}

/// If the separators at `i` lead on to another group of the same number, where that
/// group starts. A `.` followed by one or two digits is a decimal point: no.
fn next_group(bytes: &[u8], i: usize) -> Option<usize> {
    let mut j = i;
    while j < bytes.len() && j - i < MAX_SEPARATOR && is_group_separator(bytes[j]) {
        j += 1;
    }
    let ok = j > i && j < bytes.len() && bytes[j].is_ascii_digit();
    let decimal =
        matches!(bytes.get(i), Some(b'.' | b',')) && j == i + 1 && digits_end(bytes, j) - j <= 2;
    (ok && !decimal).then_some(j)
}

/// Runs of digit groups; a run never spans a decimal point.
fn digit_runs(text: &str) -> Vec<Vec<Group>> {
    let bytes = text.as_bytes();
    let mut runs: Vec<Vec<Group>> = Vec::new();
    let mut current: Vec<Group> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let end = digits_end(bytes, i);
        current.push(Group { range: i..end });
        match next_group(bytes, end) {
            Some(next) => i = next,
            None => {
                runs.push(std::mem::take(&mut current));
                // Skip a decimal fraction: "4500.00" and "4500,00" are one amount.
                i = if matches!(bytes.get(end), Some(b'.' | b',')) {
                    digits_end(bytes, end + 1)
                } else {
                    end
                };
            }
        }
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs
}

/// Does the run at `run_start` follow an IBAN's country code ("DE89 3704…"): two
/// capital letters starting a word, glued to the digits?
fn follows_iban_country(text: &str, run_start: usize) -> bool {
    let before: Vec<u8> = text.as_bytes()[..run_start]
        .iter()
        .rev()
        .take(3)
        .copied()
        .collect();
    match before.as_slice() {
        [a, b] => a.is_ascii_uppercase() && b.is_ascii_uppercase(),
        [a, b, c] => a.is_ascii_uppercase() && b.is_ascii_uppercase() && !c.is_ascii_alphanumeric(),
        _ => false,
    }
}

/// A run after an IBAN's country code is an account number, and a run written as a
/// phone number ("+" and a country code set apart: "+1 638 9473 347") is a phone
/// number. Nothing else switches masking off: a card number introduced as a reference
/// ("ref 3782…", "case 4111…") or glued to a "+" ("+6011…") is still a card number,
/// and safety wins.
fn run_is_excluded(text: &str, run: &[Group]) -> bool {
    let Some(first) = run.first() else {
        return true;
    };
    let phone = text[..first.range.start].ends_with('+') && first.range.len() <= 3 && run.len() > 1;
    phone || follows_iban_country(text, first.range.start)
}

/// The longest card number in `run` starting at group `start`: (last group, digits).
/// Groups are either all of three digits or more but the last (the usual layouts; this
/// keeps dates out), or all of one or two digits ("3 7 8 2 …", "37 82 82 …").
fn card_at(bytes: &[u8], run: &[Group], start: usize) -> Option<(usize, Vec<u8>)> {
    let mut best = None;
    let mut digits: Vec<u8> = Vec::new();
    let small = run[start].range.len() < 3;
    for (end, group) in run.iter().enumerate().skip(start) {
        let len = group.range.len();
        if small && len > 2 {
            break;
        }
        digits.extend_from_slice(&bytes[group.range.clone()]);
        if digits.len() > 19 {
            break;
        }
        if digits.len() >= 13 && card_network(&digits).is_some() && luhn_valid(&digits) {
            best = Some((end, digits.clone()));
        }
        if !small && len < 3 {
            break;
        }
    }
    best
}

/// Card numbers in the normalised text, as normalised byte ranges.
fn card_findings(text: &str) -> Vec<(Range<usize>, FindingKind)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    for run in digit_runs(text) {
        if run_is_excluded(text, &run) {
            continue;
        }
        let mut start = 0;
        while start < run.len() {
            match card_at(bytes, &run, start) {
                Some((end, digits)) => {
                    let last5 = String::from_utf8_lossy(&digits[digits.len() - 5..]).into_owned();
                    found.push((
                        run[start].range.start..run[end].range.end,
                        FindingKind::CardNumber { last5 },
                    ));
                    start = end + 1;
                }
                None => start += 1,
            }
        }
    }
    found
}

/// A phrase that names a security code, then up to 30 other characters, then 3–4
/// digits (group 1); or 3–4 digits (group 2) then "is my CID", "(CVV)".
fn code_pattern() -> Option<&'static Regex> {
    static PATTERN: OnceLock<Option<Regex>> = OnceLock::new();
    PATTERN
        .get_or_init(|| {
            let short = r"(?:c\s?\.?\s?i\s?\.?\s?d|c\.v\.v|cvv2?|cvc2?|csc|cvn|cvd|cav2?|4\s?dbc|spc)\b\.?";
            let named = r"(?:card\s+)?(?:security|verification|sec\.?)\s*(?:code|value|digits?)";
            let place = r"(?:(?:\d|three|four)[\s-]*digits?\s+(?:security\s+)?(?:code|number)?\s*|(?:code|digits|numbers?)\s+)on\s+(?:the\s+)?(?:back|front|reverse)(?:\s+of\s+(?:the\s+|my\s+)?card)?";
            Regex::new(&format!(
                r"(?i)(?:\b(?:{short})|\b{named}\b|\bcard\s+code\b|\b{place}\b)[^\d]{{0,30}}(\d{{3,4}}|\d(?:[ .-]\d){{2,3}})|\b(\d{{3,4}})\s*[(\[]?\s*(?:is\s+(?:my|the)\s+(?:card'?s?\s+)?)?(?:{short}|security\s+code)\b"
            ))
            .ok()
        })
        .as_ref()
}

/// Security codes in the normalised text, as normalised byte ranges.
fn code_findings(text: &str) -> Vec<(Range<usize>, FindingKind)> {
    let Some(pattern) = code_pattern() else {
        return Vec::new();
    };
    let bytes = text.as_bytes();
    pattern
        .captures_iter(text)
        .filter_map(|c| c.get(1).or_else(|| c.get(2)))
        .filter(|m| {
            let before = m.start().checked_sub(1).map(|i| bytes[i]);
            let after = bytes.get(m.end()).copied();
            !before.is_some_and(|b| b.is_ascii_digit())
                && !after.is_some_and(|b| b.is_ascii_digit())
        })
        .map(|m| (m.range(), FindingKind::SecurityCode))
        .collect()
}

/// Too few digits of any script to hold a code: nothing to scan.
fn too_few_digits(text: &str) -> bool {
    text.chars().filter(|c| c.is_numeric()).nth(2).is_none()
}

/// The digits of `text` in ASCII, every Unicode decimal digit by its value, everything
/// else dropped: what a reader of the text could dial or type.
pub fn digit_values(text: &str) -> String {
    text.chars()
        .flat_map(|c| std::iter::once(c).nfkc().collect::<Vec<char>>())
        .filter_map(decimal_digit)
        .collect()
}

/// Every card number and security code in `text`, in order, not overlapping.
pub(crate) fn scan(text: &str) -> Vec<Finding> {
    if too_few_digits(text) {
        return Vec::new();
    }
    let norm = Normalised::new(text);
    let mut found = card_findings(&norm.text);
    for code in code_findings(&norm.text) {
        if !found
            .iter()
            .any(|(r, _)| r.start < code.0.end && code.0.start < r.end)
        {
            found.push(code);
        }
    }
    found.sort_by_key(|(r, _)| r.start);
    found
        .into_iter()
        .map(|(range, kind)| Finding {
            range: norm.original(&range),
            kind,
        })
        .collect()
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
        if f.range.start < at {
            continue;
        }
        out.push_str(&text[at..f.range.start]);
        out.push_str(&f.replacement());
        at = f.range.end;
    }
    out.push_str(&text[at..]);
    (out, found)
}

/// Redacts `text` in place; returns how many things were changed.
pub(crate) fn redact_in_place(text: &mut String) -> usize {
    let (clean, found) = redact(text);
    if !found.is_empty() {
        *text = clean;
    }
    found.len()
}

/// What a "last five digits" field keeps: the last five digits of the card number in
/// it, else of its longest group of digits once security codes are removed.
/// `"card 3782 822463 10005 CID 1234"` gives `"10005"`.
pub fn last_five(text: &str) -> String {
    let found = scan(text);
    if let Some(last5) = found.iter().find_map(|f| match &f.kind {
        FindingKind::CardNumber { last5 } => Some(last5.clone()),
        FindingKind::SecurityCode => None,
    }) {
        return last5;
    }
    let (clean, _) = redact(text);
    let norm = Normalised::new(&clean);
    let longest = digit_runs(&norm.text)
        .into_iter()
        .map(|run| {
            run.iter()
                .map(|g| &norm.text[g.range.clone()])
                .collect::<String>()
        })
        .fold(
            String::new(),
            |best, d| if d.len() > best.len() { d } else { best },
        );
    longest[longest.len().saturating_sub(5)..].to_string()
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

    /// Issue 14: the 16 spellings of six card numbers that used to be saved in full.
    const CARD_SPELLINGS: [(&str, &str); 16] = [
        ("card 3782 822463 10005 thanks", "10005"),
        ("card 3782  822463  10005 thanks", "10005"),
        ("card 3782\t822463\t10005 thanks", "10005"),
        ("card 3782\n822463\n10005 thanks", "10005"),
        ("card 3782\r\n822463\r\n10005 thanks", "10005"),
        ("card 3782/822463/10005 thanks", "10005"),
        ("card 3782_822463_10005 thanks", "10005"),
        ("card 3782 - 822463 - 10005 thanks", "10005"),
        ("card 3782\u{a0}822463\u{a0}10005 thanks", "10005"),
        (
            "card \u{ff13}\u{ff17}\u{ff18}\u{ff12} \u{ff18}\u{ff12}\u{ff12}\u{ff14}\u{ff16}\u{ff13} \u{ff11}\u{ff10}\u{ff10}\u{ff10}\u{ff15} thanks",
            "10005",
        ),
        ("amex 3714\u{2013}496353\u{2013}98431.", "98431"),
        ("amex 371449635398431 ok", "98431"),
        ("amex 3787 3449 3671 000 ok", "71000"),
        (
            "visa 4111\u{202f}1111\u{2007}1111\u{2009}1111 expired",
            "11111",
        ),
        ("mc 5555.5555.5555.4444 declined", "54444"),
        (
            "discover 6011\u{200b}1111\u{200b}1111\u{200b}1117 ok",
            "11117",
        ),
    ];

    /// Issue 14: 18 ways of writing a security code.
    const CODE_PHRASINGS: [(&str, &str); 18] = [
        ("CID 1234", "1234"),
        ("CID for my card is 2345", "2345"),
        ("CVV (1357)", "1357"),
        ("c.i.d. 2468", "2468"),
        ("sec. code 3141", "3141"),
        ("4-digit code on the front: 8642", "8642"),
        ("the 3 digits on the back are 753", "753"),
        ("CVV2: 951", "951"),
        ("cvc 246 given", "246"),
        ("CSC=1593", "1593"),
        ("the security code is 7531", "7531"),
        ("card security code - 864", "864"),
        ("verification code: 9753", "9753"),
        ("the code on the back is 369", "369"),
        ("cid:\n4321", "4321"),
        (
            "CVV\u{a0}\u{ff11}\u{ff12}\u{ff13}",
            "\u{ff11}\u{ff12}\u{ff13}",
        ),
        ("the four digits on the front of my card: 6262", "6262"),
        ("4321 is my CID", "4321"),
    ];

    /// Numbers that are not card numbers or codes and must be kept.
    const FALSE_POSITIVES: [&str; 14] = [
        "credits 4500.00 1009.00 30.00",
        "IBAN DE89 3704 0044 0532 0130 00",
        "GB82 WEST 1234 5698 7654 32",
        "DE89370400440532013000",
        "on 2026-11-22 at 10:30, then 25/11/2026 03/12/2026",
        "dates 22/11/2026 01/12/2026 15.01.2027",
        "call 1-800-528-4800 or +44 1273 696933",
        "+1 800 528 4800 then +44 20 7946 0958",
        "refund of $1,234.56 promised, then 4,500.00",
        "payments 2500.00 4750.25 1250.50 89.99",
        "case 2026112200123456",
        "rep id 1234, acid 1234, cid 12345",
        "code 1234 reference",
        "claim 34 52 2026",
    ];

    #[test]
    fn every_card_spelling_is_caught_and_only_its_digits_replaced() {
        for (text, last5) in CARD_SPELLINGS {
            let (clean, found) = redact(text);
            assert_eq!(found.len(), 1, "{text:?}: {found:?}");
            assert_eq!(
                found[0].kind,
                FindingKind::CardNumber {
                    last5: last5.into()
                }
            );
            assert!(
                clean.contains(&format!("[card ending {last5}]")),
                "{clean:?}"
            );
            let digits = clean.chars().filter(|c| c.is_numeric()).count();
            assert_eq!(digits, 5, "only the last five digits stay: {clean:?}");
            let before = text.split_whitespace().next().unwrap_or_default();
            assert!(clean.starts_with(before), "{clean:?}");
            assert_eq!(last_five(text), last5, "{text:?}");
        }
    }

    #[test]
    fn every_code_phrasing_is_caught() {
        for (text, code) in CODE_PHRASINGS {
            let found = scan(text);
            assert_eq!(found.len(), 1, "{text:?}: {found:?}");
            assert_eq!(found[0].kind, FindingKind::SecurityCode, "{text:?}");
            assert_eq!(&text[found[0].range.clone()], code, "{text:?}");
            let (clean, _) = redact(text);
            assert!(clean.contains("[removed]"), "{clean:?}");
        }
    }

    #[test]
    fn numbers_glued_to_words_are_still_caught() {
        for (text, last5) in [
            ("Amex371449635398431 please", "98431"),
            ("card#3782-822463-10005", "10005"),
            ("card:378282246310005.", "10005"),
            ("(378282246310005)", "10005"),
        ] {
            assert_eq!(last_five(text), last5, "{text:?}");
            assert_eq!(redact(text).1.len(), 1, "{text:?}");
        }
    }

    /// Card numbers introduced as references are masked all the same: safety wins.
    #[test]
    fn a_word_in_front_never_switches_masking_off() {
        for (text, last5) in [
            ("Ref 371234567890104", "90104"),
            ("reference no. 371449635398431", "98431"),
            ("order #378282246310005", "10005"),
            ("confirmation number: 4111111111111111", "11111"),
            ("ref 378282246310005", "10005"),
            ("case 4111 1111 1111 1111", "11111"),
            ("transaction 6011 1111 1111 1117", "11117"),
            ("+6011111111111117", "11117"),
        ] {
            let found = scan(text);
            assert_eq!(found.len(), 1, "{text:?}: {found:?}");
            assert_eq!(last_five(text), last5, "{text:?}");
        }
    }

    /// Card numbers of every network used by the generators below.
    const CARDS: [&str; 4] = [
        "378282246310005",
        "4111111111111111",
        "5555555555554444",
        "6011111111111117",
    ];

    /// The zero of every run of Unicode decimal digits (category Nd).
    fn digit_zeros() -> Vec<u32> {
        (0x80u32..0x2_0000)
            .filter(|&c| char::from_u32(c).is_some_and(|ch| decimal_digit(ch) == Some('0')))
            .collect()
    }

    fn in_script(digits: &str, zero: u32) -> String {
        digits
            .chars()
            .map(|d| match d.to_digit(10) {
                Some(v) => char::from_u32(zero + v).unwrap_or(d),
                None => d,
            })
            .collect()
    }

    /// A card number laid out as people write it.
    fn layouts(digits: &str) -> Vec<String> {
        let chars: Vec<char> = digits.chars().collect();
        let groups: Vec<String> = if chars.len() == 15 {
            vec![
                chars[..4].iter().collect(),
                chars[4..10].iter().collect(),
                chars[10..].iter().collect(),
            ]
        } else {
            chars.chunks(4).map(|c| c.iter().collect()).collect()
        };
        let joined = |sep: &str| groups.join(sep);
        let spaced = |n: usize| {
            chars
                .chunks(n)
                .map(|c| c.iter().collect::<String>())
                .collect::<Vec<_>>()
                .join(" ")
        };
        vec![
            digits.to_string(),
            joined(" "),
            joined("-"),
            joined(","),
            joined(" | "),
            joined("\u{b7}"),
            joined(" \u{2022} "),
            joined("      "),
            joined("."),
            groups.iter().map(|g| format!("({g})")).collect(),
            spaced(1),
            spaced(2),
        ]
    }

    fn interleave(text: &str, joiner: char) -> String {
        let mut out = String::new();
        for (i, c) in text.chars().enumerate() {
            if i > 0 {
                out.push(joiner);
            }
            out.push(c);
        }
        out
    }

    fn assert_masked(text: &str, last5: &str) {
        let found = scan(text);
        assert!(
            found.iter().any(|f| f.kind
                == FindingKind::CardNumber {
                    last5: last5.into()
                }),
            "{text:?} ({}): {found:?}",
            text.escape_unicode()
        );
        let (clean, _) = redact(text);
        let ascii: String = clean
            .chars()
            .filter_map(|c| decimal_digit(c).or((!is_format(c)).then_some(c)))
            .filter(char::is_ascii_digit)
            .collect();
        assert!(ascii.len() < 13, "{text:?} left {clean:?}");
    }

    /// Every digit script, every layout, and a reference word in front.
    #[test]
    fn every_script_and_layout_is_masked() {
        let zeros = digit_zeros();
        assert!(zeros.len() > 60, "{} digit scripts", zeros.len());
        for zero in std::iter::once(u32::from(b'0')).chain(zeros) {
            for card in CARDS {
                let last5 = &card[card.len() - 5..];
                for layout in layouts(card) {
                    let text = format!("ref {}", in_script(&layout, zero));
                    assert_masked(&text, last5);
                }
            }
        }
    }

    /// An invisible character between every digit, in ASCII and Arabic-Indic, and a
    /// mix of scripts in one number.
    #[test]
    fn invisible_characters_between_digits_are_read_through() {
        for joiner in [
            '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{00AD}', '\u{200E}', '\u{FEFF}',
        ] {
            for card in CARDS {
                let last5 = &card[card.len() - 5..];
                for zero in [u32::from(b'0'), 0x0660] {
                    let text = format!("card {}", interleave(&in_script(card, zero), joiner));
                    assert_masked(&text, last5);
                }
            }
        }
        let mixed: String = "378282246310005"
            .chars()
            .enumerate()
            .map(|(i, d)| {
                if i % 2 == 0 {
                    d
                } else {
                    char::from_u32(0x0660 + d.to_digit(10).unwrap_or(0)).unwrap_or(d)
                }
            })
            .collect();
        assert_masked(&mixed, "10005");
    }

    /// Security codes written with spaces or invisible characters between the digits,
    /// or named as the numbers on the back of the card.
    #[test]
    fn spaced_and_hidden_codes_are_removed() {
        for text in [
            "CVV 7 4 8 6",
            "CVV \u{200B}7\u{200B}4\u{200B}8\u{200B}6",
            "numbers on back of card 9243",
            "the numbers on the back of my card: 924",
            "CVV \u{0667}\u{0664}\u{0668}",
        ] {
            let (clean, found) = redact(text);
            assert!(
                found.iter().any(|f| f.kind == FindingKind::SecurityCode),
                "{text:?}: {found:?}"
            );
            assert!(clean.contains("[removed]"), "{clean:?}");
        }
    }

    #[test]
    fn false_positives_stay() {
        for text in FALSE_POSITIVES {
            assert!(
                scan(text).is_empty(),
                "false positive in {text:?}: {:?}",
                scan(text)
            );
        }
    }

    #[test]
    fn last_five_keeps_only_card_digits() {
        assert_eq!(last_five("card 3782 822463 10005 CID 1234"), "10005");
        assert_eq!(last_five("ending 10005 cid 1234"), "10005");
        assert_eq!(last_five("10005"), "10005");
        assert_eq!(
            last_five("\u{ff11}\u{ff10}\u{ff10}\u{ff10}\u{ff15}"),
            "10005"
        );
        assert_eq!(last_five("ending 10005, exp 12/27"), "10005");
        assert_eq!(last_five(""), "");
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
