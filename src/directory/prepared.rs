//! The built-in directory, loaded ahead of time: `data/directory.bin` holds the
//! [`Directory`] exactly as loading, validating and grading `data/directory.ron` (with
//! the phone cache) leaves it, in postcard's compact binary form, so start-up decodes a
//! ready structure instead of parsing 400 KB of RON and grading every line. It is
//! derived data, like the phone cache: the test `prepared_directory_is_current` loads
//! `data/directory.ron` and `data/phone-cache.ron` the slow way and fails when the
//! binary differs (`UPDATE_DIRECTORY_BIN=1 cargo test prepared` rewrites it).

use super::load::{BUILTIN_NAME, Directory, LoadErrors};

/// The prepared built-in directory, compiled into the binary.
pub(crate) const BUILTIN_BIN: &[u8] = include_bytes!("../../data/directory.bin");

/// The built-in binary does not decode (it is older than the code reading it).
#[derive(Debug, thiserror::Error)]
#[error("data/directory.bin cannot be read ({0}): run UPDATE_DIRECTORY_BIN=1 cargo test prepared")]
pub struct StaleBinary(postcard::Error);

impl Directory {
    /// The directory compiled into the binary: `data/directory.ron` with the
    /// checked-in phone cache, loaded and graded ahead of time (the test suite keeps
    /// the two in step).
    pub fn builtin() -> Result<Directory, LoadErrors> {
        decode(BUILTIN_BIN).map_err(|stale| LoadErrors::of_file(BUILTIN_NAME, stale.to_string()))
    }
}

/// Decodes a prepared directory (its lookups by id are rebuilt).
pub fn decode(bytes: &[u8]) -> Result<Directory, StaleBinary> {
    postcard::from_bytes::<Directory>(bytes)
        .map(Directory::reindexed)
        .map_err(StaleBinary)
}

/// Encodes a loaded directory.
pub fn encode(directory: &Directory) -> Result<Vec<u8>, postcard::Error> {
    postcard::to_allocvec(directory)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::disallowed_methods)] // writes the derived file on request

    use super::*;
    use crate::directory::load::BUILTIN_RON;
    use crate::directory::model::Trust;
    use crate::directory::phone_cache::PhoneCache;

    /// The built-in directory loaded the slow way, as the binary must hold it.
    fn fresh() -> Directory {
        let file = ron::from_str(BUILTIN_RON).unwrap();
        let cache = PhoneCache::builtin();
        let mut dir = Directory::from_file(file, BUILTIN_RON, BUILTIN_NAME, Some(&cache)).unwrap();
        dir.trust = Trust::BuiltIn;
        dir
    }

    #[test]
    fn prepared_directory_is_current() {
        let bytes = encode(&fresh()).unwrap();
        if std::env::var_os("UPDATE_DIRECTORY_BIN").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/directory.bin");
            std::fs::write(path, &bytes).unwrap();
            return;
        }
        assert!(
            bytes == BUILTIN_BIN,
            "data/directory.bin is stale: run UPDATE_DIRECTORY_BIN=1 cargo test prepared"
        );
    }

    /// Decoding gives back what was encoded, lookups included.
    #[test]
    fn the_decoded_directory_answers_as_the_loaded_one() {
        let loaded = fresh();
        let decoded = decode(&encode(&loaded).unwrap()).unwrap();
        assert_eq!(encode(&decoded).unwrap(), encode(&loaded).unwrap());
        for c in &loaded.contacts {
            let id = &c.record.id;
            assert_eq!(decoded.contact(id).map(|d| &d.record.id), Some(id));
        }
        for s in &loaded.sources {
            assert!(decoded.source(&s.id).is_some(), "{}", s.id);
        }
        for c in &loaded.countries {
            assert_eq!(decoded.country(&c.code).map(|d| &d.code), Some(&c.code));
            assert_eq!(decoded.caller(&c.code), loaded.caller(&c.code));
        }
        // The phone facts reused by updates are the ones the cache file holds.
        let from_dir = decoded.phone_cache();
        let file = PhoneCache::builtin();
        for (id, entry) in &from_dir.numbers {
            assert_eq!(file.numbers.get(id), Some(entry), "{id}");
        }
        assert_eq!(from_dir.callers, file.callers);
    }
}
