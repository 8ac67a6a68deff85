//! The checks run while loading a directory file, each named for what it checks, and
//! the [`Problems`] they report to: every problem, with where it is, in the order found.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::grade::Grade;
use super::hours::Availability;
use super::load_error::{LoadError, LoadErrors, SCHEMA_VERSION};
use super::model::{ContactRecord, Country, DirectoryFile, Finding, Source, SourceKind, Status};
use super::phone::{self, CallerFacts, PhoneFacts};
use super::phone_cache::{PhoneCache, read_number};

/// The problems found while loading one file: each "where: what", in the order found.
pub(super) struct Problems<'a> {
    file: &'a str,
    errors: Vec<LoadError>,
}

impl<'a> Problems<'a> {
    pub(super) fn new(file: &'a str) -> Self {
        Problems {
            file,
            errors: Vec::new(),
        }
    }

    /// Records a problem at `at` (line, column), in `field`.
    pub(super) fn push(&mut self, at: Option<(usize, usize)>, field: String, message: String) {
        self.errors.push(LoadError {
            file: self.file.to_string(),
            line: at.map(|a| a.0),
            column: at.map(|a| a.1),
            field,
            message,
        });
    }

    /// Every problem found, or nothing when there is none.
    pub(super) fn finish(self) -> Result<(), LoadErrors> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(LoadErrors(self.errors))
        }
    }
}

/// Refuses a file written for a newer schema than this build understands.
pub(super) fn check_version(file: &DirectoryFile, locator: &Locator, problems: &mut Problems) {
    if file.version > SCHEMA_VERSION {
        problems.push(
            locator.find("version:", 0),
            "version".into(),
            format!(
                "version {} is newer than this build understands ({SCHEMA_VERSION}); update Amex Desk",
                file.version
            ),
        );
    }
}

/// Checks the sources table (ids present and unique, web links), and indexes it by id.
pub(super) fn check_sources(
    sources: &[Source],
    locator: &Locator,
    problems: &mut Problems,
) -> HashMap<String, usize> {
    let mut source_index = HashMap::new();
    for (i, source) in sources.iter().enumerate() {
        // Located only when something is wrong: scanning the text per record is O(n²).
        let at = || locator.find_id(&source.id);
        if source.id.trim().is_empty() {
            problems.push(at(), format!("sources[{i}].id"), "empty id".into());
        }
        if source_index.insert(source.id.clone(), i).is_some() {
            problems.push(
                at(),
                format!("sources[{i}].id"),
                format!("duplicate source id \"{}\"", source.id),
            );
        }
        if let Some(url) = &source.url
            && !(url.starts_with("https://") || url.starts_with("http://"))
        {
            problems.push(
                at(),
                format!("sources[{i}] \"{}\".url", source.id),
                format!("url must start with https:// or http:// (got \"{url}\")"),
            );
        }
    }
    for (i, source) in sources.iter().enumerate() {
        for message in partner_problems(source, &source_index) {
            problems.push(
                locator.find_id(&source.id),
                format!("sources[{i}] \"{}\".issuer_of", source.id),
                message,
            );
        }
    }
    source_index
}

/// What is wrong with a source's claim to be a card-issuing partner's page: a partner
/// page names the markets where its publisher issues the cards, with a known page's
/// sentence that says so; no other page makes that claim.
fn partner_problems(source: &Source, source_index: &HashMap<String, usize>) -> Vec<String> {
    let mut out = Vec::new();
    match (source.kind, &source.issuer_of) {
        (SourceKind::Partner, None) => out.push(
            "a partner's page names the markets where it issues the cards (issuer_of)".into(),
        ),
        (SourceKind::Partner, Some(of)) => {
            if of.markets.is_empty() {
                out.push("issuer_of names no market".into());
            }
            if of.quote.trim().is_empty() {
                out.push("issuer_of has no quote of the page that says it issues the cards".into());
            }
            if !source_index.contains_key(&of.source) {
                out.push(format!(
                    "issuer_of cites an unknown source id \"{}\"",
                    of.source
                ));
            }
        }
        (_, Some(_)) => out.push("only a partner's page (kind: Partner) has issuer_of".into()),
        (_, None) => {}
    }
    out
}

/// Checks each market's note: a known page, its sentence, and for a market served by
/// another, a known market that is not itself.
pub(super) fn check_market_notes(
    countries: &[Country],
    source_index: &HashMap<String, usize>,
    locator: &Locator,
    problems: &mut Problems,
) {
    for (i, country) in countries.iter().enumerate() {
        let Some(note) = &country.note else { continue };
        let at = || locator.find(&format!("code: \"{}\"", country.code), 0);
        let field = format!("countries[{i}].note");
        if !source_index.contains_key(&note.source) {
            problems.push(
                at(),
                field.clone(),
                format!("unknown source id \"{}\"", note.source),
            );
        }
        if note.quote.trim().is_empty() {
            problems.push(
                at(),
                field.clone(),
                "no quote of the page that says it".into(),
            );
        }
        if let Some(by) = country.served_by()
            && (by == country.code || !countries.iter().any(|c| c.code == by))
        {
            problems.push(
                at(),
                field,
                format!("served by \"{by}\": not another market of the table"),
            );
        }
    }
}

/// Checks the countries table (ISO codes libphonenumber knows, each once), and indexes
/// it by code with each country's dialling facts.
pub(super) fn check_countries(
    countries: &[Country],
    cache: Option<&PhoneCache>,
    locator: &Locator,
    problems: &mut Problems,
) -> (HashMap<String, usize>, BTreeMap<String, CallerFacts>) {
    let mut country_index = HashMap::new();
    let mut callers = BTreeMap::new();
    for (i, country) in countries.iter().enumerate() {
        let at = || locator.find(&format!("code: \"{}\"", country.code), 0);
        let field = format!("countries[{i}].code");
        if country.code.len() != 2 || !country.code.chars().all(|c| c.is_ascii_uppercase()) {
            problems.push(
                at(),
                field.clone(),
                format!(
                    "\"{}\" is not an ISO 3166-1 alpha-2 code (two capital letters)",
                    country.code
                ),
            );
        } else {
            let facts = cache
                .and_then(|c| c.callers.get(&country.code).cloned())
                .or_else(|| phone::caller_facts(&country.code));
            match facts {
                Some(f) => {
                    callers.insert(country.code.clone(), f);
                }
                None => problems.push(
                    at(),
                    field.clone(),
                    format!("\"{}\" is not a region libphonenumber knows", country.code),
                ),
            }
        }
        if country_index.insert(country.code.clone(), i).is_some() {
            problems.push(
                at(),
                field,
                format!("duplicate country \"{}\"", country.code),
            );
        }
    }
    (country_index, callers)
}

/// One contact being checked: where it is in the file, for error messages.
pub(super) struct ContactSite<'a> {
    /// Its position in the contacts table.
    pub(super) index: usize,
    /// The record.
    pub(super) record: &'a ContactRecord,
    /// Where things are in the source text.
    pub(super) locator: &'a Locator<'a>,
}

impl ContactSite<'_> {
    /// Where `field` is written in this contact (located only when something is wrong:
    /// see [`check_sources`]).
    pub(super) fn at(&self, field: &str) -> Option<(usize, usize)> {
        let start = self.start_line();
        self.locator
            .find(&format!("{field}:"), start)
            .or_else(|| self.locator.find_id(&self.record.id))
    }

    /// Where this contact's citation of `source` is written.
    pub(super) fn at_citation(&self, source: &str) -> Option<(usize, usize)> {
        self.locator
            .find(&format!("source: \"{source}\""), self.start_line())
    }

    fn start_line(&self) -> usize {
        self.locator
            .find_id(&self.record.id)
            .map(|a| a.0)
            .unwrap_or(0)
    }

    /// The field path, e.g. `contacts[3] "us-general".value`.
    pub(super) fn path(&self, field: &str) -> String {
        format!("contacts[{}] \"{}\".{field}", self.index, self.record.id)
    }
}

/// Checks a contact's own fields: a unique id, a label, a value, a purpose, evidence.
pub(super) fn check_contact_fields(
    site: &ContactSite,
    grade: &Grade,
    contact_index: &mut HashMap<String, usize>,
    problems: &mut Problems,
) {
    let record = site.record;
    if record.id.trim().is_empty() {
        problems.push(site.at("id"), site.path("id"), "empty id".into());
    }
    if contact_index
        .insert(record.id.clone(), site.index)
        .is_some()
    {
        problems.push(
            site.at("id"),
            site.path("id"),
            format!("duplicate contact id \"{}\"", record.id),
        );
    }
    if record.label.trim().is_empty() {
        problems.push(site.at("label"), site.path("label"), "empty label".into());
    }
    if record.value.trim().is_empty() {
        problems.push(site.at("value"), site.path("value"), "empty value".into());
    }
    if grade.purposes.is_empty() {
        problems.push(
            site.at("evidence"),
            site.path("evidence"),
            "no citation gives it a purpose".into(),
        );
    }
    if record.evidence.is_empty() {
        problems.push(
            site.at("evidence"),
            site.path("evidence"),
            "has no evidence: a number with no source does not ship".into(),
        );
    }
}

/// Checks each citation: a known source (never the review listing a number), readable
/// hours, and how a listing page prints the number.
pub(super) fn check_citations(
    site: &ContactSite,
    sources: &[Source],
    source_index: &HashMap<String, usize>,
    problems: &mut Problems,
) {
    for (j, citation) in site.record.evidence.iter().enumerate() {
        let at = || site.at_citation(&citation.source);
        // Named only when a problem is found (most citations have none).
        let field = || site.path(&format!("evidence[{j}]"));
        match source_index.get(&citation.source).map(|k| &sources[*k])
        {
            None => problems.push(
                at(),
                field(),
                format!("unknown source id \"{}\"", citation.source),
            ),
            Some(source)
                if source.kind == SourceKind::Review
                    && citation.finding == Finding::Lists =>
            {
                problems.push(
                    at(),
                    field(),
                    format!(
                        "\"{}\" is the project's own review: it can record a finding, not list a number",
                        citation.source
                    ),
                )
            }
            Some(_) => {}
        }
        if let Err(e) = Availability::from_hours(&citation.hours) {
            problems.push(at(), format!("{}.hours", field()), e.to_string());
        }
        if citation.finding == Finding::Lists
            && citation
                .printed
                .as_deref()
                .is_none_or(|p| p.trim().is_empty())
        {
            problems.push(
                at(),
                field(),
                "a page that lists the number must say how it prints it (printed)".into(),
            );
        }
    }
}

/// Checks that each contact it conflicts with exists (and is not itself).
pub(super) fn check_conflicts(site: &ContactSite, ids: &HashSet<&str>, problems: &mut Problems) {
    let record = site.record;
    for (j, other) in record.conflicts_with.iter().enumerate() {
        if !ids.contains(other.as_str()) || other == &record.id {
            problems.push(
                site.at("conflicts_with"),
                site.path(&format!("conflicts_with[{j}]")),
                format!("unknown contact id \"{other}\""),
            );
        }
    }
}

/// Checks that it lists countries, each in the countries table (or "worldwide").
pub(super) fn check_contact_countries(
    site: &ContactSite,
    country_index: &HashMap<String, usize>,
    problems: &mut Problems,
) {
    let record = site.record;
    if record.countries.is_empty() {
        problems.push(
            site.at("countries"),
            site.path("countries"),
            "lists no country (use \"worldwide\")".into(),
        );
    }
    for (j, code) in record.countries.iter().enumerate() {
        if code != "worldwide" && !country_index.contains_key(code) {
            problems.push(
                site.at("countries"),
                site.path(&format!("countries[{j}]")),
                format!(
                    "unknown country \"{code}\" (add it to the countries table, or use \"worldwide\")"
                ),
            );
        }
    }
}

/// Reads a phone contact's number (from the cache when it still matches); a number
/// libphonenumber refuses is a problem unless a format note or the status explains it.
pub(super) fn read_contact_number(
    site: &ContactSite,
    grade: &Grade,
    cache: Option<&PhoneCache>,
    problems: &mut Problems,
) -> Option<PhoneFacts> {
    let record = site.record;
    if !record.kind.is_phone() {
        return None;
    }
    let home = record.number_region();
    let cached = cache.and_then(|c| c.number(&record.id, &record.value, home));
    let parsed = match cached {
        Some(entry) => entry
            .facts
            .clone()
            .ok_or_else(|| phone::PhoneError::Invalid {
                country: home.unwrap_or("any").to_string(),
                value: record.value.clone(),
            }),
        None => read_number(&record.value, home),
    };
    match parsed {
        Ok(number) => Some(number),
        Err(e) => {
            let tolerated = record.format_note.is_some()
                || matches!(
                    grade.status,
                    Status::Outdated | Status::Misattributed | Status::Implausible
                );
            if !tolerated {
                problems.push(
                    site.at("value"),
                    site.path("value"),
                    format!("{e} (fix the number, or explain with format_note)"),
                );
            }
            None
        }
    }
}

/// Finds line/column positions in the source text, for error messages.
pub(super) struct Locator<'a> {
    text: &'a str,
}

impl<'a> Locator<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        Locator { text }
    }

    /// The (line, column) of the first `needle` at or after line `from_line`.
    pub(super) fn find(&self, needle: &str, from_line: usize) -> Option<(usize, usize)> {
        self.text
            .lines()
            .enumerate()
            .skip(from_line.saturating_sub(1))
            .find_map(|(i, line)| line.find(needle).map(|col| (i + 1, col + 1)))
    }

    /// The position of `id: "<id>"`.
    pub(super) fn find_id(&self, id: &str) -> Option<(usize, usize)> {
        self.find(&format!("id: \"{id}\""), 0)
    }
}
