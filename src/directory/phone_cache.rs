//! The checked-in cache of libphonenumber results for the built-in directory
//! (`data/phone-cache.ron`), so opening the window does not load libphonenumber's
//! metadata (about 75 ms and several MiB). It is derived data: the test
//! `phone_cache_is_current` recomputes it with the `phonenumber` crate and fails when the
//! file differs (`UPDATE_PHONE_CACHE=1 cargo test phone_cache` rewrites it). An entry
//! whose number or country no longer matches the directory is ignored and recomputed.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::model::DirectoryFile;
use super::phone::{self, CallerFacts, PhoneError, PhoneFacts};

/// The cache file compiled into the binary.
pub(crate) const BUILTIN_CACHE_RON: &str = include_str!("../../data/phone-cache.ron");

/// One contact's number as libphonenumber reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CachedNumber {
    /// The number as written (the entry is used only while it matches).
    pub value: String,
    /// The country it was read for (`None`: worldwide, read from its `+`).
    pub country: Option<String>,
    /// The facts, or `None` when libphonenumber finds it invalid.
    pub facts: Option<PhoneFacts>,
}

/// libphonenumber results for a directory.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhoneCache {
    /// Per contact id.
    pub numbers: BTreeMap<String, CachedNumber>,
    /// Per country code of the countries table.
    pub callers: BTreeMap<String, CallerFacts>,
}

/// Reads a phone number of a contact: valid for its home country, or (worldwide
/// contacts) valid as written with its `+`.
pub(crate) fn read_number(value: &str, home: Option<&str>) -> Result<PhoneFacts, PhoneError> {
    let number = match home {
        Some(cc) => phone::parse_valid_for(value, cc)?,
        None => {
            let n = phone::parse(value, None)?;
            if !n.is_valid() {
                return Err(PhoneError::Invalid {
                    country: "any".into(),
                    value: value.to_string(),
                });
            }
            n
        }
    };
    Ok(phone::facts(&number))
}

impl PhoneCache {
    /// Computes the cache for a directory file with libphonenumber.
    pub fn compute(file: &DirectoryFile) -> PhoneCache {
        let numbers = file
            .contacts
            .iter()
            .filter(|c| c.kind.is_phone())
            .map(|c| {
                let home = c.number_region();
                let entry = CachedNumber {
                    value: c.value.clone(),
                    country: home.map(str::to_string),
                    facts: read_number(&c.value, home).ok(),
                };
                (c.id.clone(), entry)
            })
            .collect();
        let callers = file
            .countries
            .iter()
            .filter_map(|c| phone::caller_facts(&c.code).map(|f| (c.code.clone(), f)))
            .collect();
        PhoneCache { numbers, callers }
    }

    /// The built-in cache (empty if it cannot be read: everything is then computed).
    pub fn builtin() -> PhoneCache {
        ron::from_str(BUILTIN_CACHE_RON).unwrap_or_default()
    }

    /// The cached reading of a contact's number, if it still matches.
    pub fn number(&self, id: &str, value: &str, home: Option<&str>) -> Option<&CachedNumber> {
        self.numbers
            .get(id)
            .filter(|e| e.value == value && e.country.as_deref() == home)
    }

    /// The file text.
    #[cfg(test)]
    pub(crate) fn to_ron(&self) -> String {
        let config = ron::ser::PrettyConfig::new().indentor("  ".to_string());
        let body = ron::ser::to_string_pretty(self, config).unwrap_or_default();
        format!(
            "// Generated from data/directory.ron by the phonenumber crate; do not edit.\n// Regenerate: UPDATE_PHONE_CACHE=1 cargo test phone_cache\n{body}\n"
        )
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::disallowed_methods)] // test code
    use super::*;
    use crate::directory::load::BUILTIN_RON;

    #[test]
    fn phone_cache_is_current() {
        let file: DirectoryFile = ron::from_str(BUILTIN_RON).unwrap();
        let fresh = PhoneCache::compute(&file).to_ron();
        if std::env::var_os("UPDATE_PHONE_CACHE").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/phone-cache.ron");
            std::fs::write(path, &fresh).unwrap();
            return;
        }
        assert!(
            fresh == BUILTIN_CACHE_RON,
            "data/phone-cache.ron is stale: run UPDATE_PHONE_CACHE=1 cargo test phone_cache"
        );
        assert_eq!(PhoneCache::builtin(), ron::from_str(&fresh).unwrap());
    }

    #[test]
    fn stale_entries_are_ignored() {
        let cache = PhoneCache::builtin();
        assert!(
            cache
                .number("us-general", "1-800-528-4800", Some("US"))
                .is_some()
        );
        assert!(
            cache
                .number("us-general", "1-800-528-4801", Some("US"))
                .is_none()
        );
        assert!(
            cache
                .number("us-general", "1-800-528-4800", Some("CA"))
                .is_none()
        );
    }
}
