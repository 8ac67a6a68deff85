//! The built-in directory, parsed ahead of time: `data/directory.bin` holds the
//! directory file and its phone cache in postcard's compact binary form, so start-up
//! decodes bytes instead of parsing 400 KB of RON. It is derived data, like the phone
//! cache: the test `prepared_directory_is_current` re-parses `data/directory.ron` and
//! `data/phone-cache.ron` and fails when the binary differs
//! (`UPDATE_DIRECTORY_BIN=1 cargo test prepared` rewrites it).

use serde::{Deserialize, Serialize};

use super::model::DirectoryFile;
use super::phone_cache::PhoneCache;

/// The pre-parsed built-in directory, compiled into the binary.
pub(crate) const BUILTIN_BIN: &[u8] = include_bytes!("../../data/directory.bin");

/// The directory file and the libphonenumber results for it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Prepared {
    /// The directory file, as `data/directory.ron` says.
    pub file: DirectoryFile,
    /// Its phone cache, as `data/phone-cache.ron` says.
    pub cache: PhoneCache,
}

/// The built-in binary does not decode (it is older than the code reading it).
#[derive(Debug, thiserror::Error)]
#[error("data/directory.bin cannot be read ({0}): run UPDATE_DIRECTORY_BIN=1 cargo test prepared")]
pub struct StaleBinary(postcard::Error);

/// Decodes the built-in binary.
pub fn builtin() -> Result<Prepared, StaleBinary> {
    postcard::from_bytes(BUILTIN_BIN).map_err(StaleBinary)
}

/// Encodes a directory file and its phone cache.
pub fn encode(prepared: &Prepared) -> Result<Vec<u8>, postcard::Error> {
    postcard::to_allocvec(prepared)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::disallowed_methods)] // writes the derived file on request

    use super::*;
    use crate::directory::load::BUILTIN_RON;

    #[test]
    fn prepared_directory_is_current() {
        let fresh = Prepared {
            file: ron::from_str(BUILTIN_RON).unwrap(),
            cache: PhoneCache::builtin(),
        };
        let bytes = encode(&fresh).unwrap();
        if std::env::var_os("UPDATE_DIRECTORY_BIN").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/directory.bin");
            std::fs::write(path, &bytes).unwrap();
            return;
        }
        assert!(
            bytes == BUILTIN_BIN,
            "data/directory.bin is stale: run UPDATE_DIRECTORY_BIN=1 cargo test prepared"
        );
        assert_eq!(builtin().unwrap(), fresh);
    }
}
