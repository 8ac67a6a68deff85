//! Loading and validating a directory file, and the in-memory [`Directory`].
//!
//! Loading never stops at the first problem: every error is collected with the file,
//! line, column and field it concerns, so a reviewer can fix them all at once.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use super::check::{
    ContactSite, Locator, Problems, check_citations, check_conflicts, check_contact_countries,
    check_contact_fields, check_countries, check_market_notes, check_sources, check_version,
    read_contact_number,
};
use super::grade::{self, Grade};
use super::hours::Availability;
use super::model::{Channel, ContactRecord, Country, DirectoryFile, Kind, Purpose, Source, Tier};
use super::phone::{self, CallerFacts, PhoneFacts};
use super::phone_cache::PhoneCache;
use super::search_index::SearchIndex;
use crate::fsutil::{CappedReadError, read_capped};

/// The directory shipped inside the binary.
pub const BUILTIN_RON: &str = include_str!("../../data/directory.ron");

/// The name shown for the built-in directory in messages.
pub(crate) const BUILTIN_NAME: &str = "data/directory.ron (built in)";

/// Files larger than this are refused without being parsed.
pub(crate) const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

pub use super::load_error::{LoadError, LoadErrors};

/// A contact ready to show: the record plus what is computed at load.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Contact {
    /// The record as written in the file.
    pub record: ContactRecord,
    /// Status, purposes and hours computed from its evidence.
    pub grade: Grade,
    /// What libphonenumber says of its number (phone kinds it validates).
    pub phone: Option<PhoneFacts>,
    /// E.164, computed by libphonenumber.
    pub e164: Option<String>,
    /// Parsed hours.
    pub availability: Availability,
    /// The digits as written, and of the national number (for digit search).
    pub digits: String,
    /// The E.164 digits (matched only from the start, so "4800" does not match "+44 800…").
    pub e164_digits: String,
    /// Precomputed facets, so filtering and counting never hash or allocate.
    pub facets: Facets,
    /// Added or changed by a directory file nobody signed: shown as "not verified" and
    /// never used to call a number American Express's.
    pub unverified: bool,
}

/// A contact's filter facets as bit masks and indices.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Facets {
    /// Bit per [`super::model::Region`] (all bits for worldwide contacts).
    pub regions: u8,
    /// Indices into `Directory::countries` (empty for worldwide contacts).
    pub countries: Vec<u16>,
    /// Serves every country.
    pub worldwide: bool,
    /// Bit per [`super::model::Tier`] (all bits for `Tiers::Any`).
    pub tiers: u8,
    /// Bit per [`super::model::Purpose`] listed.
    pub purposes: u16,
}

/// The bit of an enum value in a facet mask.
pub(crate) fn bit<T: Copy + PartialEq>(all: &[T], value: T) -> u16 {
    all.iter()
        .position(|v| *v == value)
        .map(|i| 1u16 << i)
        .unwrap_or(0)
}

fn facets_of(
    record: &ContactRecord,
    grade: &Grade,
    countries: &[Country],
    index: &HashMap<String, usize>,
) -> Facets {
    use super::model::{Purpose, Region, Tier, Tiers};
    let worldwide = record.countries.iter().any(|c| c == "worldwide");
    let mut country_ids: Vec<u16> = record
        .countries
        .iter()
        .filter_map(|c| index.get(c).map(|i| *i as u16))
        .collect();
    // A market served by another's branch is served by that market's lines.
    country_ids.extend(
        countries
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                c.served_by()
                    .is_some_and(|by| record.countries.iter().any(|m| m == by))
            })
            .map(|(i, _)| i as u16),
    );
    let regions = if worldwide {
        u8::MAX
    } else {
        country_ids
            .iter()
            .map(|i| bit(&Region::ALL, countries[*i as usize].region) as u8)
            .fold(0, |a, b| a | b)
    };
    let tiers = match &record.tiers {
        Tiers::Any => u8::MAX,
        Tiers::Only(list) => list
            .iter()
            .map(|t| bit(&Tier::ALL, *t) as u8)
            .fold(0, |a, b| a | b),
    };
    let purposes = grade
        .purposes
        .iter()
        .map(|p| bit(&Purpose::ALL, *p))
        .fold(0, |a, b| a | b);
    Facets {
        regions,
        countries: country_ids,
        worldwide,
        tiers,
        purposes,
    }
}

impl Contact {
    /// The country whose dialling rules apply to its number.
    pub(crate) fn home_country(&self) -> Option<&str> {
        self.record.number_region()
    }
}

/// The loaded, validated directory.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Directory {
    /// Where it came from (a path, or the built-in name).
    pub origin: String,
    /// When the data was compiled.
    pub compiled_on: String,
    /// The update number (see [`super::model::DirectoryFile::serial`]).
    pub serial: u32,
    /// Whose word it is: built in, a signed update, or a file nobody signed.
    pub trust: super::model::Trust,
    /// The sources table.
    pub sources: Vec<Source>,
    /// The countries table.
    pub countries: Vec<Country>,
    /// The contacts, in file order.
    pub contacts: Vec<Contact>,
    /// Dialling facts for each country of the countries table.
    callers: BTreeMap<String, CallerFacts>,
    /// What the free-text search reads: the vocabulary, the word groups, and each
    /// contact's words and groups in order.
    pub search: SearchIndex,
    /// Positions by id, rebuilt after decoding (see [`Directory::reindexed`]).
    #[serde(skip)]
    source_index: HashMap<String, usize>,
    #[serde(skip)]
    contact_index: HashMap<String, usize>,
    #[serde(skip)]
    country_index: HashMap<String, usize>,
}

impl Directory {
    /// The directory with its lookups by id rebuilt (they are not stored in the
    /// prepared binary).
    pub(crate) fn reindexed(mut self) -> Directory {
        self.source_index = positions(self.sources.iter().map(|s| &s.id));
        self.contact_index = positions(self.contacts.iter().map(|c| &c.record.id));
        self.country_index = positions(self.countries.iter().map(|c| &c.code));
        self.search.finish();
        self
    }

    /// Reads and validates a directory file, refusing files over [`MAX_FILE_BYTES`].
    pub(crate) fn from_path(path: &Path) -> Result<Directory, LoadErrors> {
        let name = path.display().to_string();
        let fail = |message: String| LoadErrors::of_file(&name, message);
        let text = read_capped(path, MAX_FILE_BYTES).map_err(|e| match e {
            CappedReadError::Missing => fail("cannot read: no such file".to_string()),
            CappedReadError::TooLarge(n) => fail(format!(
                "file is {n} bytes, over the {MAX_FILE_BYTES} byte limit; not parsed"
            )),
            e => fail(format!("cannot read: {e}")),
        })?;
        Directory::from_ron_reusing_builtin(&text, &name)
    }

    /// Parses and validates directory text; `name` is used in error messages.
    #[cfg(test)]
    pub(crate) fn from_ron(text: &str, name: &str) -> Result<Directory, LoadErrors> {
        Directory::from_file(parse(text, name)?, text, name, None)
    }

    /// As [`Directory::from_ron`], reusing the built-in directory's phone facts for
    /// every number it shares (same line, same number, same market): a signed update or
    /// a file opened for inspection changes a few lines, and reading every number with
    /// libphonenumber again would take a fifth of a second.
    pub(crate) fn from_ron_reusing_builtin(
        text: &str,
        name: &str,
    ) -> Result<Directory, LoadErrors> {
        let cache = Directory::builtin().ok().map(|d| d.phone_cache());
        Directory::from_file(parse(text, name)?, text, name, cache.as_ref())
    }

    /// Validates an already-parsed file. `text` (the source, possibly empty) is used to
    /// point errors at lines; `cache` (libphonenumber results computed earlier) is used
    /// for the entries that still match.
    pub fn from_file(
        file: DirectoryFile,
        text: &str,
        name: &str,
        cache: Option<&PhoneCache>,
    ) -> Result<Directory, LoadErrors> {
        let locator = Locator::new(text);
        let mut problems = Problems::new(name);
        check_version(&file, &locator, &mut problems);
        let source_index = check_sources(&file.sources, &locator, &mut problems);
        let (country_index, callers) =
            check_countries(&file.countries, cache, &locator, &mut problems);
        check_market_notes(&file.countries, &source_index, &locator, &mut problems);
        let tables = Tables {
            file: &file,
            source_index: &source_index,
            country_index: &country_index,
            cache,
            locator: &locator,
        };
        let (contacts, contact_index, search) = load_contacts(&tables, &mut problems);
        problems.finish()?;
        Ok(Directory {
            origin: name.to_string(),
            compiled_on: file.compiled_on,
            serial: file.serial,
            trust: super::model::Trust::Unverified,
            sources: file.sources,
            countries: file.countries,
            contacts,
            callers,
            search,
            source_index,
            contact_index,
            country_index,
        })
    }

    /// The hosts of the directory's American Express pages (without "www."): the
    /// regional domains Amex uses, such as americanexpress.com.sa.
    pub(crate) fn amex_hosts(&self) -> Vec<String> {
        let mut hosts: Vec<String> = self
            .sources
            .iter()
            .filter(|s| s.kind == super::model::SourceKind::Amex)
            .filter_map(|s| s.url.as_deref())
            .filter_map(super::model::url_host)
            .collect();
        hosts.sort();
        hosts.dedup();
        hosts
    }

    /// The card-issuing partner whose own pages are on `host` (or a host above it),
    /// with the markets it issues the cards in: a [`super::model::SourceKind::Partner`]
    /// page's site.
    pub(crate) fn partner_of_host(&self, host: &str) -> Option<(&Source, &[String])> {
        self.sources
            .iter()
            .filter(|s| s.kind == super::model::SourceKind::Partner)
            .find_map(|s| {
                let of = s.issuer_of.as_ref()?;
                let site = s.url.as_deref().and_then(super::model::url_host)?;
                (host == site || host.ends_with(&format!(".{site}")))
                    .then_some((s, of.markets.as_slice()))
            })
    }

    /// The countries whose numbering plans the directory's phone numbers follow, each
    /// once ("GB", "US"...), for reading a number in another country's own spelling.
    pub(crate) fn number_regions(&self) -> Vec<&str> {
        let mut regions: Vec<&str> = self
            .contacts
            .iter()
            .filter(|c| c.record.kind.is_phone())
            .filter_map(|c| c.record.number_region())
            .collect();
        regions.sort_unstable();
        regions.dedup();
        regions
    }

    /// A source by id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.source_index.get(id).map(|i| &self.sources[*i])
    }

    /// A contact by id.
    pub fn contact(&self, id: &str) -> Option<&Contact> {
        self.contact_index.get(id).map(|i| &self.contacts[*i])
    }

    /// How to dial out of a country: from the countries table (and the phone cache), else
    /// computed by libphonenumber; `None` for a region it does not know.
    pub fn caller(&self, code: &str) -> Option<CallerFacts> {
        self.callers
            .get(code)
            .cloned()
            .or_else(|| phone::caller_facts(code))
    }

    /// The libphonenumber results it holds, as a phone cache (the built-in one's are
    /// reused when an update or a file opened for inspection shares its numbers).
    pub(crate) fn phone_cache(&self) -> PhoneCache {
        let numbers = self
            .contacts
            .iter()
            .filter(|c| c.record.kind.is_phone())
            .map(|c| {
                let entry = super::phone_cache::CachedNumber {
                    value: c.record.value.clone(),
                    country: c.record.number_region().map(str::to_string),
                    facts: c.phone.clone(),
                };
                (c.record.id.clone(), entry)
            })
            .collect();
        PhoneCache {
            numbers,
            callers: self.callers.clone(),
        }
    }

    /// A country's position in `countries`.
    pub(crate) fn country_position(&self, code: &str) -> Option<usize> {
        self.country_index.get(code).copied()
    }

    /// A country by code.
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.country_index.get(code).map(|i| &self.countries[*i])
    }

    /// The English name of a country code, or the code itself.
    /// A country's name in the current language (the directory's English name where
    /// the language has none; the code itself for a country the directory lacks).
    pub(crate) fn country_name(&self, code: &str) -> String {
        if code == "worldwide" {
            return crate::t!("numbers-worldwide");
        }
        match self.country(code) {
            Some(country) => crate::i18n::content(&format!("country-{code}"), &country.name),
            None => code.to_string(),
        }
    }
}

/// The file's tables, already checked, that its contacts are checked against.
struct Tables<'a> {
    file: &'a DirectoryFile,
    source_index: &'a HashMap<String, usize>,
    country_index: &'a HashMap<String, usize>,
    cache: Option<&'a PhoneCache>,
    locator: &'a Locator<'a>,
}

/// The search words of every contact, each stored once.
#[derive(Default)]
struct Vocabulary {
    words: Vec<String>,
    index: HashMap<String, u32>,
    /// Per country code: its group in `groups` (the words of its code, name and other
    /// names), shared by every contact of that country.
    countries: HashMap<String, u16>,
    /// Per fixed label (a kind's, a channel's, a purpose's, a tier's): its group in
    /// `groups`, read once per load rather than once per contact.
    labels: HashMap<Fixed, u16>,
    /// Each fixed label's word ids in every language, and each country's words.
    groups: Vec<Vec<u32>>,
}

/// A label every contact of a kind, channel, purpose or tier is found by, in every
/// language the app speaks: the index is built once, whatever the run speaks, so a
/// Japanese reader finds the lost-card lines by 紛失 and a Spanish one by "pérdida".
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Fixed {
    Kind(Kind),
    Channel(Channel),
    Purpose(Purpose),
    Tier(Tier),
}

impl Fixed {
    /// Its texts in the current language.
    fn texts(self) -> Vec<&'static str> {
        match self {
            Fixed::Kind(kind) => vec![kind.label()],
            Fixed::Channel(channel) => vec![channel.label()],
            Fixed::Purpose(purpose) => vec![purpose.label(), purpose.slug()],
            Fixed::Tier(tier) => vec![tier.label()],
        }
    }
}

impl Vocabulary {
    /// The group of a country code (the words of the code, and of its name and other
    /// names when it is in the countries table), made the first time it is asked for:
    /// a query scores a country's words once, not once per contact of that country.
    fn country_group(&mut self, code: &str, country: Option<&Country>) -> u16 {
        if let Some(group) = self.countries.get(code) {
            return *group;
        }
        let mut ids: Vec<u32> = words_of(code).filter_map(|w| self.id_of(w)).collect();
        if let Some(country) = country {
            for text in std::iter::once(&country.name).chain(&country.aliases) {
                ids.extend(words_of(text).filter_map(|w| self.id_of(w)));
            }
        }
        let group = self.push_group(ids);
        self.countries.insert(code.to_string(), group);
        group
    }

    /// The group of a fixed label (its word ids in every language), made the first time
    /// it is asked for.
    fn label_group(&mut self, label: Fixed) -> u16 {
        if let Some(group) = self.labels.get(&label) {
            return *group;
        }
        let mut ids: Vec<u32> = Vec::new();
        for lang in crate::i18n::Lang::OFFERED {
            for text in crate::i18n::in_language(lang, || label.texts()) {
                ids.extend(words_of(text).filter_map(|w| self.id_of(w)));
            }
        }
        let group = self.push_group(ids);
        self.labels.insert(label, group);
        group
    }

    /// Adds a group of word ids (sorted, each once) and gives its number.
    fn push_group(&mut self, mut ids: Vec<u32>) -> u16 {
        ids.sort_unstable();
        ids.dedup();
        let group = u16::try_from(self.groups.len()).unwrap_or(u16::MAX);
        self.groups.push(ids);
        group
    }

    /// The id of `word`, added if new (a word seen before costs no allocation).
    fn id(&mut self, word: String) -> u32 {
        if let Some(id) = self.index.get(&word) {
            return *id;
        }
        self.words.push(word.clone());
        let id = (self.words.len() - 1) as u32;
        self.index.insert(word, id);
        id
    }

    /// The id of the search word `raw` (a piece of [`words_of`]), lower-cased
    /// without allocating when it already is lower case.
    fn id_of(&mut self, raw: &str) -> Option<u32> {
        let word = raw.trim_matches('-');
        if word.is_empty() {
            return None;
        }
        if !word.chars().any(char::is_uppercase)
            && let Some(id) = self.index.get(word)
        {
            return Some(*id);
        }
        Some(self.id(word.to_lowercase()))
    }
}

/// Checks and builds every contact, in file order, with the contacts' index by id and
/// the search index.
fn load_contacts(
    tables: &Tables,
    problems: &mut Problems,
) -> (Vec<Contact>, HashMap<String, usize>, SearchIndex) {
    let file = tables.file;
    let mut contacts = Vec::with_capacity(file.contacts.len());
    let mut vocabulary = Vocabulary::default();
    let mut search = SearchIndex::default();
    let mut contact_index = HashMap::new();
    let ids: HashSet<&str> = file.contacts.iter().map(|c| c.id.as_str()).collect();
    let grades = grade::grade_all(&file.sources, &file.contacts);
    for range in &file.withdrawn_ranges {
        if !file.sources.iter().any(|s| s.id == range.source) {
            problems.push(
                None,
                "withdrawn_ranges".to_string(),
                format!(
                    "unknown source \"{}\" for {}'s withdrawn range",
                    range.source, range.country
                ),
            );
        }
    }
    for ((i, record), grade) in file.contacts.iter().enumerate().zip(grades) {
        let site = ContactSite {
            index: i,
            record,
            locator: tables.locator,
        };
        check_contact_fields(&site, &grade, &mut contact_index, problems);
        check_citations(&site, &tables.file.sources, tables.source_index, problems);
        check_conflicts(&site, &ids, problems);
        check_contact_countries(&site, tables.country_index, problems);
        let phone_number = read_contact_number(&site, &grade, tables.cache, problems);
        let mut grade = grade;
        let national = phone_number.as_ref().map(|f| f.national_number.as_str());
        if let Some(range) = super::withdrawn::range_of(record, national, &file.withdrawn_ranges) {
            super::withdrawn::mark(&mut grade, range, &file.sources);
        }
        let (word_ids, group_ids) = search_word_ids(
            record,
            &grade,
            &tables.file.countries,
            tables.country_index,
            &mut vocabulary,
        );
        search.push_contact(&word_ids, &group_ids);
        contacts.push(build_contact(record, grade, phone_number, tables));
    }
    search.vocabulary_masks = vocabulary.words.iter().map(|w| char_mask(w)).collect();
    search.vocabulary = vocabulary.words;
    search.word_groups = vocabulary.groups;
    search.finish();
    (contacts, contact_index, search)
}

/// A checked contact with what is computed at load: hours, digits, facets.
fn build_contact(
    record: &ContactRecord,
    grade: Grade,
    phone_number: Option<PhoneFacts>,
    tables: &Tables,
) -> Contact {
    let countries = &tables.file.countries;
    // Every citation's hours were checked; these are one of them.
    let availability = Availability::from_hours(&grade.hours).unwrap_or(Availability::Unknown);
    let e164 = phone_number.as_ref().map(|f: &PhoneFacts| f.e164.clone());
    let mut digits = phone::digits(&record.value);
    if let Some(number) = &phone_number {
        digits.push(' ');
        digits.push_str(&number.national_number);
    }
    let e164_digits = e164.as_deref().map(phone::digits).unwrap_or_default();
    let facets = facets_of(record, &grade, countries, tables.country_index);
    Contact {
        record: record.clone(),
        grade,
        phone: phone_number,
        e164,
        availability,
        digits,
        e164_digits,
        facets,
        unverified: false,
    }
}

/// Each id and its position.
fn positions<'a>(ids: impl Iterator<Item = &'a String>) -> HashMap<String, usize> {
    ids.enumerate().map(|(i, id)| (id.clone(), i)).collect()
}

/// Parses directory text, reporting a syntax error with its line and column.
fn parse(text: &str, name: &str) -> Result<DirectoryFile, LoadErrors> {
    ron::Options::default().from_str(text).map_err(|e| {
        LoadErrors(vec![LoadError {
            file: name.to_string(),
            line: Some(e.span.start.line),
            column: Some(e.span.start.col),
            field: String::new(),
            message: crate::fsutil::ron_message(&e.code),
        }])
    })
}

/// Whether `c` belongs to a search word: letters and digits, the vowel signs and other
/// combining marks of Indic scripts, the joiners Sinhala spells with, "@" and "-".
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || unicode_normalization::char::is_combining_mark(c)
        || matches!(c, '@' | '-' | '\u{200C}' | '\u{200D}')
}

/// The pieces of `text` that become search words (trimmed of '-' and lower-cased by
/// [`Vocabulary::id_of`]).
pub(crate) fn words_of(text: &str) -> impl Iterator<Item = &str> + '_ {
    text.split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
}

/// Which ASCII letters (bits 0-25, either case) and digits (bits 26-35) `word` holds, as
/// the fuzzy matcher sees them: a character it takes for a plain letter (é for e, ø for
/// o: nucleo's own normalisation) sets that letter's bit; one it never takes for a
/// plain letter (kana, kanji, Thai) sets none, so the words of other scripts are skipped
/// by a Latin query instead of scored.
pub(crate) fn char_mask(word: &str) -> u64 {
    let mut mask = 0u64;
    for c in word.chars() {
        for folded in std::iter::once(c).chain(c.to_lowercase()) {
            mask |= ascii_bit(nucleo_matcher::chars::normalize(folded).to_ascii_lowercase());
        }
    }
    mask
}

/// The bit of an ASCII lower-case letter or digit (none for anything else).
fn ascii_bit(c: char) -> u64 {
    match c {
        'a'..='z' => 1 << (c as u32 - 'a' as u32),
        '0'..='9' => 1 << (26 + c as u32 - '0' as u32),
        _ => 0,
    }
}

/// The ids of the words a contact can be found by, each once, and of its word groups
/// (fixed labels and countries). A country's words (its code, name and names in other
/// languages) are read once per load, not per contact.
fn search_word_ids(
    record: &ContactRecord,
    grade: &Grade,
    countries: &[Country],
    index: &HashMap<String, usize>,
    vocabulary: &mut Vocabulary,
) -> (Vec<u32>, Vec<u16>) {
    let mut ids: Vec<u32> = Vec::new();
    let mut add = |vocabulary: &mut Vocabulary, text: &str| {
        ids.extend(words_of(text).filter_map(|w| vocabulary.id_of(w)));
    };
    add(vocabulary, &record.label);
    add(vocabulary, &record.department);
    add(vocabulary, &record.value);
    let mut fixed = vec![
        Fixed::Kind(record.kind),
        Fixed::Channel(record.kind.channel()),
    ];
    fixed.extend(grade.purposes.iter().map(|p| Fixed::Purpose(*p)));
    if let super::model::Tiers::Only(tiers) = &record.tiers {
        fixed.extend(tiers.iter().map(|t| Fixed::Tier(*t)));
    }
    let mut groups: Vec<u16> = fixed
        .into_iter()
        .map(|l| vocabulary.label_group(l))
        .collect();
    for code in &record.countries {
        let country = index.get(code).map(|i| &countries[*i]);
        groups.push(vocabulary.country_group(code, country));
    }
    groups.sort_unstable();
    groups.dedup();
    ids.sort_unstable();
    ids.dedup();
    (ids, groups)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::disallowed_methods)] // test code
    use super::*;

    #[test]
    fn every_language_names_every_country_of_the_directory() {
        use crate::i18n::{Lang, messages};
        let dir = Directory::builtin().unwrap();
        let wanted: std::collections::BTreeSet<String> = dir
            .countries
            .iter()
            .map(|c| format!("country-{}", c.code))
            .collect();
        for lang in Lang::OFFERED.into_iter().filter(|l| *l != Lang::En) {
            let (ids, errors) = messages::ids_in(messages::countries_source(lang).unwrap());
            assert!(errors.is_empty(), "{}: {errors:?}", lang.tag());
            let ids: std::collections::BTreeSet<String> = ids.into_iter().collect();
            assert_eq!(ids, wanted, "{}/countries.ftl", lang.tag());
            crate::i18n::set_current(lang);
            assert_ne!(dir.country_name("US"), "United States", "{lang:?}");
        }
        crate::i18n::set_current(Lang::En);
        assert_eq!(dir.country_name("US"), "United States");
    }

    #[test]
    fn builtin_directory_loads() {
        let dir = Directory::builtin().unwrap();
        assert!(dir.contacts.len() > 50);
        let general = dir.contact("us-general").unwrap();
        assert_eq!(general.e164.as_deref(), Some("+18005284800"));
        assert!(general.digits.contains("8005284800"));
        assert_eq!(general.e164_digits, "18005284800");
        let position = dir
            .contacts
            .iter()
            .position(|c| c.record.id == "us-general");
        let words: Vec<&str> = dir.search.contact_all_words(position.unwrap()).collect();
        assert!(
            words.contains(&"united") && words.contains(&"usa"),
            "{words:?}"
        );
        assert_eq!(dir.country_name("GB"), "United Kingdom");
    }

    #[test]
    fn the_cache_gives_the_same_directory_as_libphonenumber() {
        let cached = Directory::builtin().unwrap();
        let computed = Directory::from_ron(BUILTIN_RON, BUILTIN_NAME).unwrap();
        for (a, b) in cached.contacts.iter().zip(&computed.contacts) {
            assert_eq!(a.phone, b.phone, "{}", a.record.id);
            assert_eq!(a.digits, b.digits, "{}", a.record.id);
        }
        for country in &cached.countries {
            assert_eq!(
                cached.caller(&country.code),
                phone::caller_facts(&country.code)
            );
        }
    }

    /// A file that changes a number gets libphonenumber's facts for that number and the
    /// built-in cache's for the rest: the same as reading every number afresh.
    #[test]
    fn reusing_the_builtin_cache_never_keeps_a_changed_numbers_old_facts() {
        let text = BUILTIN_RON.replace("917 8047", "917 8099");
        let reused = Directory::from_ron_reusing_builtin(&text, "changed.ron").unwrap();
        let computed = Directory::from_ron(&text, "changed.ron").unwrap();
        for (a, b) in reused.contacts.iter().zip(&computed.contacts) {
            assert_eq!(a.phone, b.phone, "{}", a.record.id);
            assert_eq!(a.e164, b.e164, "{}", a.record.id);
        }
        let changed = reused.contact("gb-customer-relations").unwrap();
        assert_eq!(changed.e164.as_deref(), Some("+448009178099"));
    }

    #[test]
    fn syntax_errors_give_line_and_column() {
        let err = Directory::from_ron(
            "(version: 1,\n  compiled_on: \"x\",\n  sources: [oops],\n)",
            "bad.ron",
        )
        .unwrap_err();
        let first = &err.0[0];
        assert_eq!(first.file, "bad.ron");
        assert_eq!(first.line, Some(3));
        assert!(first.column.is_some());
        assert!(err.to_string().starts_with("bad.ron:3:"), "{err}");
    }

    #[test]
    fn unknown_enum_values_are_named() {
        let text = BUILTIN_RON.replacen("kind: TollFree", "kind: Trusted", 1);
        let err = Directory::from_ron(&text, "x.ron").unwrap_err();
        assert!(err.to_string().contains("Trusted"), "{err}");
        assert!(err.0[0].line.is_some());
    }

    /// Issue 27: a partner's page must say where it issues the cards, with a quoted
    /// page; no other page may claim it; a market's note needs its page, and a market
    /// served by another names a different market of the table. Each is refused by
    /// name, with its line.
    #[test]
    fn partner_pages_and_market_notes_are_checked() {
        let first_issuer = BUILTIN_RON.find("issuer_of: Some((markets: [").unwrap();
        let cases = [
            (
                BUILTIN_RON.replacen(
                    "issuer_of: Some((markets: [\"CH\"]",
                    "issuer_of: Some((markets: []",
                    1,
                ),
                "issuer_of names no market",
            ),
            (
                format!(
                    "{}{}",
                    &BUILTIN_RON[..first_issuer],
                    BUILTIN_RON[first_issuer..].replacen(
                        "source: \"amex-ch-aml\"",
                        "source: \"nowhere\"",
                        1
                    )
                ),
                "issuer_of cites an unknown source id \"nowhere\"",
            ),
            (
                BUILTIN_RON.replacen("kind: Partner,", "kind: ThirdParty,", 1),
                "only a partner's page (kind: Partner) has issuer_of",
            ),
            (
                BUILTIN_RON.replacen(
                    "standing: ServedBy(\"BE\")",
                    "standing: ServedBy(\"LU\")",
                    1,
                ),
                "served by \"LU\": not another market of the table",
            ),
            (
                BUILTIN_RON.replacen(
                    "source: \"amex-be-legal-entity-2022\", quote:",
                    "source: \"gone\", quote:",
                    1,
                ),
                "unknown source id \"gone\"",
            ),
        ];
        for (text, expected) in cases {
            assert_ne!(text, BUILTIN_RON, "{expected}");
            let err = Directory::from_ron(&text, "x.ron").unwrap_err();
            let found = err.0.iter().find(|e| e.message.contains(expected));
            let found = found.unwrap_or_else(|| panic!("{expected:?} not in {err}"));
            assert!(found.line.is_some(), "{expected}");
        }
    }

    #[test]
    fn every_semantic_error_is_listed_with_its_field() {
        let text = BUILTIN_RON
            .replacen("(source: \"guide\"", "(source: \"nowhere\"", 1)
            .replacen("id: \"us-platinum\"", "id: \"us-general\"", 1)
            .replacen("value: \"0800 917 8047\"", "value: \"0800 917\"", 1)
            .replacen("zone: \"Europe/London\"", "zone: \"Europe/Atlantis\"", 1)
            .replacen("countries: [\"NZ\"]", "countries: [\"QQ\"]", 1);
        let err = Directory::from_ron(&text, "x.ron").unwrap_err();
        let all = err.to_string();
        assert!(all.contains("unknown source id \"nowhere\""), "{all}");
        assert!(all.contains("duplicate contact id \"us-general\""), "{all}");
        assert!(all.contains("not a valid number for GB"), "{all}");
        assert!(all.contains("Europe/Atlantis"), "{all}");
        assert!(all.contains("unknown country \"QQ\""), "{all}");
        assert!(err.0.len() >= 5, "{all}");
        for e in &err.0 {
            assert!(e.line.is_some(), "no line for {e}");
            assert!(!e.field.is_empty(), "no field for {e}");
        }
        let bad_source = err
            .0
            .iter()
            .find(|e| e.message.contains("nowhere"))
            .unwrap();
        assert!(bad_source.field.contains("us-general"));
        let line = text.lines().nth(bad_source.line.unwrap() - 1).unwrap();
        assert!(line.contains("source: \"nowhere\""), "{line}");
    }

    #[test]
    fn a_contact_without_sources_does_not_load() {
        let start = BUILTIN_RON.find("id: \"us-applications\"").unwrap();
        let open = start + BUILTIN_RON[start..].find("evidence: [").unwrap();
        let close = open + BUILTIN_RON[open..].find("            ],\n").unwrap();
        let text = format!(
            "{}evidence: [\n{}",
            &BUILTIN_RON[..open],
            &BUILTIN_RON[close..]
        );
        let err = Directory::from_ron(&text, "x.ron").unwrap_err();
        assert!(err.to_string().contains("has no evidence"), "{err}");
    }

    #[test]
    fn a_listing_must_say_how_the_page_prints_the_number() {
        let text = BUILTIN_RON.replacen(
            "(source: \"guide\", printed: Some(\"1-800-528-4800\"),",
            "(source: \"guide\",",
            1,
        );
        let err = Directory::from_ron(&text, "x.ron").unwrap_err();
        assert!(err.to_string().contains("printed"), "{err}");
    }

    #[test]
    fn the_review_records_findings_but_never_lists_a_number() {
        let text = BUILTIN_RON.replacen(
            "(source: \"guide\", printed:",
            "(source: \"verification\", printed:",
            1,
        );
        let err = Directory::from_ron(&text, "x.ron").unwrap_err();
        assert!(err.to_string().contains("own review"), "{err}");
    }

    #[test]
    fn newer_versions_are_refused() {
        let text = BUILTIN_RON.replacen("version: 2", "version: 9", 1);
        let err = Directory::from_ron(&text, "x.ron").unwrap_err();
        assert!(err.to_string().contains("newer than this build"), "{err}");
    }

    #[test]
    fn oversized_files_are_not_parsed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.ron");
        let file = std::fs::File::create(&path).unwrap();
        file.set_len(MAX_FILE_BYTES + 1).unwrap();
        let err = Directory::from_path(&path).unwrap_err();
        assert!(err.to_string().contains("over the"), "{err}");
    }
}
