//! Free-text search. Every term must match:
//! - digit runs ("4800", "+44 800") match a number's digits as written or nationally,
//!   or the start of its E.164 digits;
//! - one- and two-letter words ("uk", "us") match the start of a word;
//! - longer words match a single word fuzzily (typos like "platnum" still find
//!   Platinum), scored by `nucleo-matcher`.
//!
//! Words are scored once per distinct vocabulary word, not per contact, and only the
//! contacts of the words that matched are visited ([`super::search_index`]), so a query
//! over 10,000 contacts costs little more than one over 60.

use nucleo_matcher::pattern::{Atom, AtomKind, CaseMatching, Normalization};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use super::load::{Contact, Directory, char_mask};
use super::model::{Purpose, Tier};

/// A parsed search text, ready to score contacts.
pub(crate) struct TextQuery {
    terms: Vec<Term>,
}

enum Term {
    /// A run of digits.
    Digits(String),
    /// A word's score on each contact (its best word's, 0 = no match), and the card
    /// tiers the word names ("platinum", "platnum"): a line serving one of them matches
    /// too, as the Card filter would find it.
    Words {
        /// Score per contact position.
        best: Vec<u16>,
        /// Bit per [`Tier`] named.
        tiers: u8,
    },
}

/// What a word naming a card tier scores on a line that serves that tier.
const TIER_SCORE: u16 = 100;

/// The share of a perfect score a fuzzy word match needs.
const MIN_SHARE: f32 = 0.6;

impl TextQuery {
    /// Parses the search box text against a directory's vocabulary. Empty text matches
    /// everything.
    pub fn new(text: &str, dir: &Directory) -> TextQuery {
        let mut matcher = None;
        // A number is one term; other text is split where the index splits its words
        // ("カードの紛失・盗難" is two terms, as its words were two in the index).
        let terms = text
            .split_whitespace()
            .flat_map(|raw| {
                if is_number(raw) {
                    vec![raw]
                } else {
                    super::load::words_of(raw)
                        .map(|w| w.trim_matches('-'))
                        .filter(|w| !w.is_empty())
                        .collect()
                }
            })
            .map(|raw| term(raw, dir, &mut matcher))
            .collect();
        TextQuery { terms }
    }

    /// The match score (higher is better) of the contact at `position` in `dir`, or
    /// `None` when a term does not match. The contact itself is read only for digits
    /// and for a card tier a word names when none of its words matched.
    pub(crate) fn score(&self, dir: &Directory, position: usize) -> Option<u32> {
        let mut total = 0u32;
        for term in &self.terms {
            let score = match term {
                Term::Digits(d) => {
                    let contact = dir.contacts.get(position)?;
                    (contact.digits.contains(d.as_str())
                        || contact.e164_digits.starts_with(d.as_str()))
                    .then_some(200)
                }
                Term::Words { best, tiers } => best
                    .get(position)
                    .copied()
                    .filter(|s| *s > 0)
                    .or_else(|| {
                        let contact = dir.contacts.get(position)?;
                        serves_tier(contact, *tiers).then_some(TIER_SCORE)
                    })
                    .map(u32::from),
            }?;
            total += score;
        }
        Some(total)
    }
}

/// Whether a piece of the query is (part of) a phone number.
fn is_number(raw: &str) -> bool {
    raw.chars().any(|c| c.is_ascii_digit())
        && raw
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '.' | '(' | ')'))
}

fn term(raw: &str, dir: &Directory, matcher: &mut Option<Matcher>) -> Term {
    if is_number(raw) {
        return Term::Digits(raw.chars().filter(char::is_ascii_digit).collect());
    }
    let needle = raw.to_lowercase();
    if needle.chars().count() <= 2 {
        return Term::Words {
            best: best_per_contact(dir, &prefix_scores(dir, &needle)),
            tiers: 0,
        };
    }
    let matcher = matcher.get_or_insert_with(|| Matcher::new(Config::DEFAULT));
    let mut fuzzy = Fuzzy::new(&needle, matcher);
    let scores = fuzzy.scores(dir, matcher, true);
    let mut score = |word: &str| fuzzy.score(word, matcher);
    let tiers = Tier::ALL
        .iter()
        .enumerate()
        .filter(|(_, t)| score(t.slug()) > 0)
        .fold(0u8, |mask, (i, _)| mask | (1 << i));
    Term::Words {
        best: best_per_contact(dir, &scores),
        tiers,
    }
}

/// A one- or two-letter word's score on every vocabulary word: 150 for the word
/// itself, 100 for a word it starts, 0 otherwise.
fn prefix_scores(dir: &Directory, needle: &str) -> Vec<u16> {
    dir.search
        .vocabulary
        .iter()
        .map(|w| {
            if w == needle {
                150
            } else if w.starts_with(needle) {
                100
            } else {
                0
            }
        })
        .collect()
}

/// Each contact's best score from its own words and its word groups, given each
/// vocabulary word's score: only the contacts of the words that scored are visited.
fn best_per_contact(dir: &Directory, scores: &[u16]) -> Vec<u16> {
    let index = &dir.search;
    let mut best = vec![0u16; index.contacts()];
    let mut raise = |contacts: &[u32], score: u16| {
        for c in contacts {
            if let Some(b) = best.get_mut(*c as usize) {
                *b = (*b).max(score);
            }
        }
    };
    for (word, score) in scores.iter().enumerate().filter(|(_, s)| **s > 0) {
        raise(index.contacts_with_word(word), *score);
    }
    for (group, score) in group_scores(dir, scores).into_iter().enumerate() {
        if score > 0 {
            raise(index.contacts_in_group(group), score);
        }
    }
    best
}

/// Each word group's score (a fixed label's, a country's): its best word's.
fn group_scores(dir: &Directory, scores: &[u16]) -> Vec<u16> {
    dir.search
        .word_groups
        .iter()
        .map(|ids| {
            ids.iter()
                .map(|w| scores.get(*w as usize).copied().unwrap_or(0))
                .max()
                .unwrap_or(0)
        })
        .collect()
}

/// One query word's fuzzy scorer.
struct Fuzzy {
    atom: Atom,
    /// The least score that counts as a match.
    minimum: u16,
    /// The ASCII letters and digits of the query word.
    wanted: u64,
    buf: Vec<char>,
}

impl Fuzzy {
    fn new(needle: &str, matcher: &mut Matcher) -> Fuzzy {
        let atom = Atom::new(
            needle,
            CaseMatching::Ignore,
            Normalization::Smart,
            AtomKind::Fuzzy,
            false,
        );
        let mut buf = Vec::new();
        let perfect = atom
            .score(Utf32Str::new(needle, &mut buf), matcher)
            .unwrap_or(1);
        Fuzzy {
            atom,
            minimum: (f32::from(perfect) * MIN_SHARE) as u16,
            wanted: needle_mask(needle),
            buf,
        }
    }

    /// The score of one word (0: no match).
    fn score(&mut self, word: &str, matcher: &mut Matcher) -> u16 {
        self.atom
            .score(Utf32Str::new(word, &mut self.buf), matcher)
            .filter(|s| *s >= self.minimum)
            .unwrap_or(0)
    }

    /// The score of every vocabulary word. With `skip`, a word that lacks one of the
    /// query word's letters or digits is not scored (a fuzzy match holds them all).
    fn scores(&mut self, dir: &Directory, matcher: &mut Matcher, skip: bool) -> Vec<u16> {
        dir.search
            .vocabulary
            .iter()
            .zip(&dir.search.vocabulary_masks)
            .map(|(w, mask)| {
                if skip && mask & self.wanted != self.wanted {
                    0
                } else {
                    self.score(w, matcher)
                }
            })
            .collect()
    }
}

/// The ASCII letters and digits of a query word ([`char_mask`]'s bits; other
/// characters ask for nothing, since normalisation may match them to plain letters).
fn needle_mask(needle: &str) -> u64 {
    needle
        .chars()
        .filter(char::is_ascii)
        .map(|c| char_mask(c.encode_utf8(&mut [0; 4])))
        .fold(0, |a, b| a | b)
}

/// Whether a line serves one of the tiers in `mask` (gift-card lines serve none), as
/// the Card filter decides.
fn serves_tier(contact: &Contact, mask: u8) -> bool {
    mask != 0
        && contact.facets.tiers & mask != 0
        && !contact.grade.purposes.contains(&Purpose::GiftCards)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Skipping the words that lack a letter of the query never changes a score: every
    /// vocabulary word of the built-in directory, and each with a letter dropped, two
    /// letters swapped, an accent added and in capitals, scored both ways.
    #[test]
    fn skipping_words_without_the_letters_changes_no_score() {
        let dir = Directory::builtin().unwrap();
        let mut matcher = Matcher::new(Config::DEFAULT);
        let mut queries: Vec<String> = Vec::new();
        for word in dir
            .search
            .vocabulary
            .iter()
            .filter(|w| w.chars().count() > 2)
        {
            let chars: Vec<char> = word.chars().collect();
            queries.push(word.clone());
            queries.push(word.to_uppercase());
            queries.push(chars[1..].iter().collect());
            let mut swapped = chars.clone();
            swapped.swap(0, 1);
            queries.push(swapped.iter().collect());
            queries.push(word.replacen('e', "é", 1));
        }
        queries.sort();
        queries.dedup();
        for query in queries.iter().step_by(7) {
            let needle = query.to_lowercase();
            let mut fuzzy = Fuzzy::new(&needle, &mut matcher);
            assert_eq!(
                fuzzy.scores(&dir, &mut matcher, true),
                fuzzy.scores(&dir, &mut matcher, false),
                "{query}"
            );
        }
    }

    /// Visiting only the contacts of the words that scored gives every contact the
    /// score of its best word, as reading each contact's own words and groups does:
    /// every vocabulary word of the built-in and of a generated directory as a query,
    /// and its first two letters (the prefix rule).
    #[test]
    fn the_lists_by_word_give_each_contact_its_best_word() {
        for dir in [
            Directory::builtin().unwrap(),
            crate::directory::sample::generated(400).unwrap(),
        ] {
            let mut matcher = None;
            let mut queries: Vec<String> = dir.search.vocabulary.clone();
            queries.extend(
                dir.search
                    .vocabulary
                    .iter()
                    .map(|w| w.chars().take(2).collect::<String>()),
            );
            queries.sort();
            queries.dedup();
            for query in queries.iter().filter(|q| !is_number(q)).step_by(3) {
                let needle = query.to_lowercase();
                let scores = if needle.chars().count() <= 2 {
                    prefix_scores(&dir, &needle)
                } else {
                    let m = matcher.get_or_insert_with(|| Matcher::new(Config::DEFAULT));
                    Fuzzy::new(&needle, m).scores(&dir, m, true)
                };
                let Term::Words { best, .. } = term(query, &dir, &mut matcher) else {
                    panic!("{query}: not a word");
                };
                assert_eq!(best, reference(&dir, &scores), "{query}");
            }
        }
    }

    /// Each contact's best score, read from its own words and groups.
    fn reference(dir: &Directory, scores: &[u16]) -> Vec<u16> {
        let groups = group_scores(dir, scores);
        (0..dir.contacts.len())
            .map(|c| {
                let own = dir
                    .search
                    .contact_words(c)
                    .iter()
                    .map(|w| scores[*w as usize]);
                let shared = dir
                    .search
                    .contact_groups(c)
                    .iter()
                    .map(|g| groups[usize::from(*g)]);
                own.chain(shared).max().unwrap_or(0)
            })
            .collect()
    }

    use crate::directory::filter::{self, Filters};
    use crate::directory::model::Purpose;

    fn ids(dir: &Directory, filters: &Filters, text: &str) -> Vec<String> {
        let mut out: Vec<String> = filter::run(dir, filters, text)
            .hits
            .iter()
            .map(|i| dir.contacts[*i].record.id.clone())
            .collect();
        out.sort();
        out
    }

    fn country(code: &str) -> Filters {
        Filters {
            country: Some(code.to_string()),
            ..Filters::default()
        }
    }

    #[test]
    fn a_tier_named_in_the_search_finds_what_the_card_filter_finds() {
        let dir = Directory::builtin().unwrap();
        for code in dir.countries.iter().map(|c| c.code.clone()) {
            for tier in Tier::ALL {
                let by_filter = ids(
                    &dir,
                    &Filters {
                        tier: Some(tier),
                        ..country(&code)
                    },
                    "",
                );
                for typed in [tier.slug().to_string(), tier.slug().to_uppercase()] {
                    // The text also finds lines that only mention the word.
                    let by_text = ids(&dir, &country(&code), &typed);
                    for id in &by_filter {
                        assert!(by_text.contains(id), "{code} \"{typed}\" misses {id}");
                    }
                }
            }
        }
    }

    #[test]
    fn platinum_lost_and_typos_find_the_platinum_lines() {
        let dir = Directory::builtin().unwrap();
        let uk = country("GB");
        let platinum_lost = ids(&dir, &uk, "platinum lost");
        assert!(!platinum_lost.is_empty());
        assert!(platinum_lost.contains(&"gb-customer-relations".to_string()));
        let platinum = ids(
            &dir,
            &Filters {
                tier: Some(Tier::Platinum),
                ..uk.clone()
            },
            "",
        );
        let typo = ids(&dir, &uk, "platnum");
        for id in &platinum {
            assert!(typo.contains(id), "\"platnum\" misses {id}");
        }
        for id in &platinum_lost {
            assert!(platinum.contains(id), "{id}");
        }
        let lost = ids(&dir, &Filters::default(), "lost card uk");
        assert!(
            lost.contains(&"gb-customer-relations".to_string()),
            "{lost:?}"
        );
        for id in &lost {
            let c = dir.contact(id).unwrap();
            assert!(
                c.grade.purposes.contains(&Purpose::LostCard)
                    || c.record.label.to_lowercase().contains("lost"),
                "{id}"
            );
        }
    }

    #[test]
    fn every_country_is_found_by_its_own_names_in_its_own_language() {
        let dir = Directory::builtin().unwrap();
        for c in &dir.countries {
            let by_filter = ids(&dir, &country(&c.code), "");
            let home: Vec<&String> = by_filter
                .iter()
                .filter(|id| {
                    dir.contact(id)
                        .is_some_and(|k| k.record.countries.contains(&c.code))
                })
                .collect();
            for name in std::iter::once(&c.name).chain(&c.aliases) {
                let by_text = ids(&dir, &Filters::default(), name);
                for id in &home {
                    assert!(by_text.contains(id), "{} \"{name}\" misses {id}", c.code);
                }
            }
        }
        for (name, code) in [("Deutschland", "DE"), ("España", "ES"), ("日本", "JP")] {
            let found = ids(&dir, &Filters::default(), name);
            assert!(!found.is_empty(), "{name}");
            assert!(
                found.iter().all(|id| dir
                    .contact(id)
                    .unwrap()
                    .record
                    .countries
                    .iter()
                    .any(|k| k == code || k == "worldwide")),
                "{name}: {found:?}"
            );
        }
    }

    /// A problem typed in any language the app speaks finds every line the problem
    /// filter finds, whatever language the run speaks (the index is built once).
    #[test]
    fn every_problem_is_found_by_its_name_in_every_language() {
        use crate::i18n::{Lang, in_language};
        let dir = Directory::builtin().unwrap();
        let unfiltered = ids(&dir, &Filters::default(), "");
        let mut checked = 0;
        for purpose in Purpose::ALL {
            // The lines made for the problem (the filter also offers general lines
            // where a market has none of its own) that show with no filter (merchant
            // lines wait for the merchant problem).
            let by_filter: Vec<String> = ids(
                &dir,
                &Filters {
                    purpose: Some(purpose),
                    ..Filters::default()
                },
                "",
            )
            .into_iter()
            .filter(|id| {
                dir.contact(id)
                    .is_some_and(|c| c.grade.purposes.contains(&purpose))
            })
            .filter(|id| unfiltered.contains(id))
            .collect();
            for lang in Lang::OFFERED {
                let name = in_language(lang, || purpose.label());
                for speaking in [Lang::En, lang] {
                    let by_text = in_language(speaking, || ids(&dir, &Filters::default(), name));
                    for id in &by_filter {
                        assert!(
                            by_text.contains(id),
                            "{purpose:?} as {name:?} ({lang:?}, run in {speaking:?}) misses {id}"
                        );
                    }
                    checked += by_filter.len();
                }
            }
        }
        assert!(checked > 1000, "{checked}");
        // The examples a reader would try.
        for (lang, word) in [
            (Lang::Ja, "紛失"),
            (Lang::Es, "robada"),
            (Lang::De, "gestohlen"),
            (Lang::Fr, "perte"),
        ] {
            let found = in_language(lang, || ids(&dir, &Filters::default(), word));
            assert!(!found.is_empty(), "{word}");
        }
    }
}
