//! Directories of any size for measuring (the benches and `amex-desk __timings`): the
//! shipped contacts' labels, notes and evidence, spread over the shipped countries, with
//! distinct valid US toll-free numbers, and evidence that grades them official,
//! corroborated, single-source and conflicting in turn. Never shown to a user.

use super::filter::Filters;
use super::load::{Directory, LoadErrors};
use super::model::{
    Citation, ContactRecord, DirectoryFile, Finding, Hours, Kind, Purpose, SourceKind, Tier, Tiers,
};

/// Why a generated directory could not be made (a broken build).
#[derive(Debug, thiserror::Error)]
pub enum SampleError {
    /// The built-in directory lacks what the sample copies.
    #[error("the built-in directory has no {0}")]
    Empty(&'static str),
    /// A directory did not load.
    #[error("{0}")]
    Load(#[from] LoadErrors),
}

/// The file of a generated directory of `n` contacts.
pub fn generated_file(n: usize) -> Result<DirectoryFile, SampleError> {
    // From the prepared built-in directory, not its RON text: the release binary then
    // carries no copy of data/directory.ron for this hidden measuring command.
    let builtin = Directory::builtin()?;
    let templates: Vec<ContactRecord> = builtin
        .contacts
        .iter()
        .filter(|c| c.record.kind.is_phone() && c.grade.status.shown_by_default())
        .map(|c| c.record.clone())
        .collect();
    let countries: Vec<String> = builtin.countries.iter().map(|c| c.code.clone()).collect();
    let amex_page = builtin
        .sources
        .iter()
        .find(|s| s.kind == SourceKind::Amex)
        .map(|s| s.id.clone())
        .ok_or(SampleError::Empty("American Express page"))?;
    if templates.is_empty() || countries.is_empty() {
        return Err(SampleError::Empty("line to copy"));
    }
    let number = |i: usize| format!("1-800-{:03}-{:04}", 200 + (i / 10_000) % 800, i % 10_000);
    let cite = |source: &str, i: usize, hours: Hours| Citation {
        source: source.to_string(),
        printed: Some(number(i)),
        label: "generated".into(),
        purposes: vec![Purpose::ALL[i % 11], Purpose::General],
        stated_hours: None,
        hours,
        finding: Finding::Lists,
    };
    let mut contacts = Vec::with_capacity(n);
    for i in 0..n {
        let t = &templates[i % templates.len()];
        let mut c = t.clone();
        c.id = format!("gen-{i}");
        c.label = format!("{} #{i}", t.label);
        c.countries = vec!["US".to_string(), countries[i % countries.len()].clone()];
        c.dial_region = None;
        c.kind = Kind::TollFree;
        c.value = number(i);
        c.conflicts_with.clear();
        c.format_note = None;
        let hours = if i % 3 == 0 {
            Hours::Always
        } else {
            Hours::Unknown
        };
        c.evidence = match i % 4 {
            0 => vec![cite(&amex_page, i, hours)],
            1 => vec![cite("guide", i, hours.clone()), cite("howto", i, hours)],
            2 => vec![cite("directory", i, hours)],
            _ => {
                c.conflicts_with = vec![format!("gen-{}", i - 1)];
                vec![cite("directory", i, hours)]
            }
        };
        c.tiers = if i % 4 == 0 {
            Tiers::Only(vec![Tier::Gold, Tier::Platinum])
        } else {
            Tiers::Any
        };
        contacts.push(c);
    }
    Ok(DirectoryFile {
        version: super::load_error::SCHEMA_VERSION,
        compiled_on: builtin.compiled_on,
        serial: builtin.serial,
        sources: builtin.sources,
        countries: builtin.countries,
        contacts,
        withdrawn_ranges: Vec::new(),
    })
}

/// A generated directory of `n` contacts, loaded.
pub fn generated(n: usize) -> Result<Directory, SampleError> {
    Ok(Directory::from_file(
        generated_file(n)?,
        "",
        "generated",
        None,
    )?)
}

/// The searches measured over a generated directory (name, filters, search text): every
/// line, one country, card and purpose, two words, and digits.
pub fn queries() -> Vec<(&'static str, Filters, &'static str)> {
    vec![
        ("all", Filters::default(), ""),
        (
            "country+tier+purpose",
            Filters {
                country: Some("GB".into()),
                tier: Some(Tier::Gold),
                purpose: Some(Purpose::Fraud),
                ..Filters::default()
            },
            "",
        ),
        ("text", Filters::default(), "lost card"),
        ("digits", Filters::default(), "4800"),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_directory_loads_with_every_line() {
        let dir = generated(300).unwrap();
        assert_eq!(dir.contacts.len(), 300);
    }
}
