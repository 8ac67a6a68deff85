//! Free-text search. Every term must match:
//! - digit runs ("4800", "+44 800") match a number's digits as written or nationally,
//!   or the start of its E.164 digits;
//! - one- and two-letter words ("uk", "us") match the start of a word;
//! - longer words match a single word fuzzily (typos like "platnum" still find
//!   Platinum), scored by `nucleo-matcher`.
//!
//! Words are scored once per distinct vocabulary word, not per contact, so a query over
//! 10,000 contacts costs little more than one over 60.

use nucleo_matcher::pattern::{Atom, AtomKind, CaseMatching, Normalization};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use super::load::{Contact, Directory};

/// A parsed search text, ready to score contacts.
pub struct TextQuery {
    terms: Vec<Term>,
}

enum Term {
    /// A run of digits.
    Digits(String),
    /// Score per vocabulary word (0 = no match).
    Words(Vec<u16>),
}

/// The share of a perfect score a fuzzy word match needs.
const MIN_SHARE: f32 = 0.6;

impl TextQuery {
    /// Parses the search box text against a directory's vocabulary. Empty text matches
    /// everything.
    pub fn new(text: &str, dir: &Directory) -> TextQuery {
        let mut matcher = None;
        let terms = text
            .split_whitespace()
            .map(|raw| term(raw, dir, &mut matcher))
            .collect();
        TextQuery { terms }
    }

    /// The match score (higher is better), or `None` when a term does not match.
    pub fn score(&self, contact: &Contact) -> Option<u32> {
        let mut total = 0u32;
        for term in &self.terms {
            let score = match term {
                Term::Digits(d) => (contact.digits.contains(d.as_str())
                    || contact.e164_digits.starts_with(d.as_str()))
                .then_some(200),
                Term::Words(scores) => contact
                    .word_ids
                    .iter()
                    .map(|w| scores.get(*w as usize).copied().unwrap_or(0))
                    .max()
                    .filter(|s| *s > 0)
                    .map(u32::from),
            }?;
            total += score;
        }
        Some(total)
    }
}

fn term(raw: &str, dir: &Directory, matcher: &mut Option<Matcher>) -> Term {
    let is_number = raw.chars().any(|c| c.is_ascii_digit())
        && raw
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '.' | '(' | ')'));
    if is_number {
        return Term::Digits(raw.chars().filter(char::is_ascii_digit).collect());
    }
    let needle = raw.to_lowercase();
    if needle.chars().count() <= 2 {
        let scores = dir
            .vocabulary
            .iter()
            .map(|w| {
                if *w == needle {
                    150
                } else if w.starts_with(&needle) {
                    100
                } else {
                    0
                }
            })
            .collect();
        return Term::Words(scores);
    }
    let matcher = matcher.get_or_insert_with(|| Matcher::new(Config::DEFAULT));
    let atom = Atom::new(
        &needle,
        CaseMatching::Ignore,
        Normalization::Smart,
        AtomKind::Fuzzy,
        false,
    );
    let mut buf = Vec::new();
    let perfect = atom
        .score(Utf32Str::new(&needle, &mut buf), matcher)
        .unwrap_or(1);
    let minimum = (f32::from(perfect) * MIN_SHARE) as u16;
    let scores = dir
        .vocabulary
        .iter()
        .map(|w| {
            atom.score(Utf32Str::new(w, &mut buf), matcher)
                .filter(|s| *s >= minimum)
                .unwrap_or(0)
        })
        .collect();
    Term::Words(scores)
}
