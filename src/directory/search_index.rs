//! What the free-text search reads, laid out so a query never walks every contact's
//! words: the vocabulary (each distinct search word once), the shared word groups (a
//! fixed label's names in every language, a country's code and names), each contact's
//! own words and groups, and the same turned around: for each word and each group, the
//! contacts found by it. A query scores each vocabulary word and each group once, then
//! visits only the contacts of the words that matched.

use serde::{Deserialize, Serialize};

/// The search index of a directory (built at load; the lists by word are rebuilt after
/// decoding a prepared directory, not stored).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchIndex {
    /// Every distinct lower-case search word (label, department, purposes, countries,
    /// value...).
    pub vocabulary: Vec<String>,
    /// For each vocabulary word, the letters and digits it holds (see
    /// [`super::load::char_mask`]): a query word skips the words that lack one of its
    /// own before any fuzzy scoring.
    pub vocabulary_masks: Vec<u64>,
    /// The word ids of each fixed label (a kind's, a channel's, a problem's, a card's
    /// names in every language) and of each country (its code and names).
    pub word_groups: Vec<Vec<u32>>,
    /// Each contact's own word ids (label, department, value).
    words: Runs<u32>,
    /// Each contact's word group ids (its labels, its countries).
    groups: Runs<u16>,
    /// For each vocabulary word, the contacts that have it as their own word.
    #[serde(skip)]
    by_word: Runs<u32>,
    /// For each word group, the contacts found by it.
    #[serde(skip)]
    by_group: Runs<u32>,
}

impl SearchIndex {
    /// Adds the next contact's words and groups.
    pub(crate) fn push_contact(&mut self, words: &[u32], groups: &[u16]) {
        self.words.push(words);
        self.groups.push(groups);
    }

    /// Builds the lists by word and by group from the contacts' own (after the last
    /// contact is added, and after decoding).
    pub(crate) fn finish(&mut self) {
        self.by_word = self.words.inverted(self.vocabulary.len());
        self.by_group = self.groups.inverted(self.word_groups.len());
    }

    /// How many contacts the index holds.
    pub fn contacts(&self) -> usize {
        self.words.len()
    }

    /// The own word ids of the contact at `position` (empty past the end). Queries go
    /// the other way ([`SearchIndex::contacts_with_word`]); tests read this way.
    #[cfg(test)]
    pub(crate) fn contact_words(&self, position: usize) -> &[u32] {
        self.words.get(position)
    }

    /// The word group ids of the contact at `position` (empty past the end).
    #[cfg(test)]
    pub(crate) fn contact_groups(&self, position: usize) -> &[u16] {
        self.groups.get(position)
    }

    /// The positions of the contacts with the vocabulary word `word` as their own.
    pub fn contacts_with_word(&self, word: usize) -> &[u32] {
        self.by_word.get(word)
    }

    /// The positions of the contacts found by the word group `group`.
    pub fn contacts_in_group(&self, group: usize) -> &[u32] {
        self.by_group.get(group)
    }

    /// Every word the contact at `position` can be found by: its own and its groups'.
    #[cfg(test)]
    pub(crate) fn contact_all_words(&self, position: usize) -> impl Iterator<Item = &str> {
        self.contact_groups(position)
            .iter()
            .filter_map(|g| self.word_groups.get(usize::from(*g)))
            .flatten()
            .chain(self.contact_words(position))
            .filter_map(|w| self.vocabulary.get(*w as usize))
            .map(String::as_str)
    }
}

/// A list of lists in two flat arrays: every entry's items one after another, and where
/// each entry's items end.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Runs<T> {
    items: Vec<T>,
    ends: Vec<u32>,
}

impl<T> Default for Runs<T> {
    fn default() -> Self {
        Runs {
            items: Vec::new(),
            ends: Vec::new(),
        }
    }
}

/// An id that indexes a table.
trait Id: Copy {
    fn index(self) -> usize;
}

impl Id for u16 {
    fn index(self) -> usize {
        usize::from(self)
    }
}

impl Id for u32 {
    fn index(self) -> usize {
        self as usize
    }
}

impl<T: Id> Runs<T> {
    /// Adds the next entry.
    fn push(&mut self, items: &[T]) {
        self.items.extend_from_slice(items);
        self.ends.push(self.items.len() as u32);
    }

    /// How many entries it holds.
    fn len(&self) -> usize {
        self.ends.len()
    }

    /// The items of entry `position` (empty past the end).
    fn get(&self, position: usize) -> &[T] {
        let start = match position.checked_sub(1) {
            Some(before) => self.ends.get(before).copied().unwrap_or(0) as usize,
            None => 0,
        };
        let end = self.ends.get(position).copied().unwrap_or(0) as usize;
        self.items.get(start..end).unwrap_or(&[])
    }

    /// For each of `keys` ids, the entries holding it, in entry order (ids out of range
    /// are left out).
    fn inverted(&self, keys: usize) -> Runs<u32> {
        let mut counts = vec![0u32; keys];
        for item in &self.items {
            if let Some(n) = counts.get_mut(item.index()) {
                *n += 1;
            }
        }
        let mut ends = Vec::with_capacity(keys);
        let mut total = 0u32;
        for n in &counts {
            total += n;
            ends.push(total);
        }
        // Each key's next free slot, filled in entry order.
        let mut next: Vec<u32> = ends.iter().zip(&counts).map(|(e, n)| e - n).collect();
        let mut items = vec![0u32; total as usize];
        for entry in 0..self.len() {
            for item in self.get(entry) {
                if let Some(slot) = next.get_mut(item.index()) {
                    if let Some(place) = items.get_mut(*slot as usize) {
                        *place = entry as u32;
                    }
                    *slot += 1;
                }
            }
        }
        Runs { items, ends }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_contact_gets_back_what_was_pushed() {
        let mut index = SearchIndex::default();
        index.push_contact(&[1, 2], &[0]);
        index.push_contact(&[], &[3, 4]);
        index.push_contact(&[7], &[]);
        assert_eq!(index.contacts(), 3);
        assert_eq!(index.contact_words(0), &[1, 2]);
        assert_eq!(index.contact_groups(0), &[0]);
        assert_eq!(index.contact_words(1), &[] as &[u32]);
        assert_eq!(index.contact_groups(1), &[3, 4]);
        assert_eq!(index.contact_words(2), &[7]);
        assert_eq!(index.contact_groups(2), &[] as &[u16]);
        assert_eq!(index.contact_words(3), &[] as &[u32]);
    }

    /// Turned around, every (contact, word) and (contact, group) pair of a directory is
    /// found again, and nothing else: the built-in directory (decoded from the prepared
    /// binary, so its lists were rebuilt) and a generated one (loaded).
    #[test]
    fn the_lists_by_word_and_group_hold_exactly_the_contacts_own_lists() {
        for dir in [
            crate::directory::Directory::builtin().unwrap(),
            crate::directory::sample::generated(500).unwrap(),
        ] {
            let index = &dir.search;
            assert_eq!(index.contacts(), dir.contacts.len());
            let mut forward: Vec<(usize, usize)> = Vec::new();
            let mut backward: Vec<(usize, usize)> = Vec::new();
            for c in 0..index.contacts() {
                forward.extend(index.contact_words(c).iter().map(|w| (c, *w as usize)));
            }
            for w in 0..index.vocabulary.len() {
                backward.extend(index.contacts_with_word(w).iter().map(|c| (*c as usize, w)));
            }
            forward.sort_unstable();
            backward.sort_unstable();
            assert_eq!(forward, backward);
            let mut forward: Vec<(usize, usize)> = Vec::new();
            let mut backward: Vec<(usize, usize)> = Vec::new();
            for c in 0..index.contacts() {
                forward.extend(index.contact_groups(c).iter().map(|g| (c, usize::from(*g))));
            }
            for g in 0..index.word_groups.len() {
                backward.extend(index.contacts_in_group(g).iter().map(|c| (*c as usize, g)));
            }
            forward.sort_unstable();
            backward.sort_unstable();
            assert!(!forward.is_empty());
            assert_eq!(forward, backward);
        }
    }
}
