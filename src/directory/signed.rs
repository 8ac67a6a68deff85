//! Signed directory updates (issue 30): one file, the minisign signature of a directory
//! followed by the directory itself, checked against the public keys the app carries
//! (`data/keys.ron`). Pure: bytes in, a checked directory or a reason out; no file I/O
//! (in a debug build, [`app_keys`] also reads one environment variable).
//!
//! The file is what `scripts/sign-directory.sh` writes: the four lines of a minisign
//! signature (`untrusted comment:`, signature, `trusted comment:`, global signature),
//! then the directory RON, byte for byte as it was signed.

use serde::Deserialize;

use super::load::{Directory, MAX_FILE_BYTES};
use super::trust::Trust;

/// A public key an update may be signed with, and the last day it may be used.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct TrustedKey {
    /// The key id, as minisign prints it ("28A342B8F84F9185").
    pub id: String,
    /// The public key, as the second line of minisign's `.pub` file.
    pub public: String,
    /// The last day (YYYY-MM-DD) an update signed with it is accepted.
    pub expires: String,
    /// Whose key it is.
    #[serde(default)]
    pub note: String,
}

/// The keys this build trusts: `data/keys.ron`. A debug build (never a release) also
/// trusts the key in `AMEX_DESK_TEST_PUBLIC_KEY` (`ID:BASE64`), so the command-line
/// tests can apply updates signed with the test key in `tests/keys/`.
pub(crate) fn app_keys() -> Vec<TrustedKey> {
    let mut keys: Vec<TrustedKey> =
        ron::from_str(include_str!("../../data/keys.ron")).unwrap_or_default();
    if cfg!(debug_assertions)
        && let Ok(test_key) = std::env::var("AMEX_DESK_TEST_PUBLIC_KEY")
        && let Some((id, public)) = test_key.split_once(':')
    {
        keys.push(TrustedKey {
            id: id.to_string(),
            public: public.to_string(),
            expires: "9999-12-31".to_string(),
            note: "test key (debug builds only)".to_string(),
        });
    }
    keys
}

/// Why an update was refused. Nothing is changed when one is.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum UpdateError {
    /// Over the directory size limit.
    #[error("it is {0} bytes, over the {MAX_FILE_BYTES} byte limit of a directory")]
    TooLarge(usize),
    /// Not text.
    #[error("it is not a text file (not UTF-8), so it is not a directory update")]
    NotText,
    /// No signature at the top.
    #[error(
        "it is not a signed directory update (it does not start with a minisign signature). A directory file nobody signed can only be opened for inspection (\"Load a directory file...\" or --directory); it cannot replace the directory"
    )]
    Unsigned,
    /// Signed with a key the app does not carry.
    #[error(
        "it is signed with a key this app does not trust; updates come only from the Amex Desk project"
    )]
    UnknownKey,
    /// The signature does not match the contents.
    #[error(
        "its signature does not match its contents: it was changed after it was signed (by key {key_id})"
    )]
    Tampered {
        /// The key whose signature it carries.
        key_id: String,
    },
    /// Signed with a key past its last day.
    #[error("it is signed with key {id}, which expired on {expires}")]
    ExpiredKey {
        /// The key id.
        id: String,
        /// Its last day.
        expires: String,
    },
    /// Not newer than the directory in use.
    #[error(
        "it is update {offered}, not newer than the directory in use (update {active}); nothing to do"
    )]
    NotNewer {
        /// The update's number.
        offered: u32,
        /// The number of the directory in use.
        active: u32,
    },
    /// The signed directory does not load.
    #[error("the signed directory has errors:\n{0}")]
    Invalid(String),
}

/// A checked update, ready to be shown and, on the user's word, applied.
#[derive(Clone, Debug)]
pub struct Update {
    /// The directory it carries, marked as signed.
    pub directory: Directory,
    /// The key that signed it.
    pub key: TrustedKey,
}

/// Splits an update file into its signature (four lines) and the signed bytes.
fn split(bytes: &[u8]) -> Option<(&str, &[u8])> {
    let mut end = 0;
    for _ in 0..4 {
        let next = bytes.get(end..)?.iter().position(|&b| b == b'\n')?;
        end += next + 1;
    }
    let signature = std::str::from_utf8(&bytes[..end]).ok()?;
    signature
        .starts_with("untrusted comment:")
        .then_some((signature, &bytes[end..]))
}

/// Checks the signature with every key: the key that signed it, and the signed bytes.
/// The key's expiry is not checked here (a directory applied while its key was valid
/// stays usable), only by [`open_update`].
pub fn check_signature<'k>(
    bytes: &[u8],
    keys: &'k [TrustedKey],
) -> Result<(&'k TrustedKey, String), UpdateError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(UpdateError::TooLarge(bytes.len()));
    }
    let (signature, signed) = split(bytes).ok_or(UpdateError::Unsigned)?;
    let signature =
        minisign_verify::Signature::decode(signature).map_err(|_| UpdateError::Unsigned)?;
    let mut tampered = None;
    for key in keys {
        let Ok(public) = minisign_verify::PublicKey::from_base64(&key.public) else {
            continue;
        };
        match public.verify(signed, &signature, false) {
            Ok(()) => {
                let text = std::str::from_utf8(signed).map_err(|_| UpdateError::NotText)?;
                return Ok((key, text.to_string()));
            }
            Err(minisign_verify::Error::UnexpectedKeyId) => {}
            Err(_) => tampered = Some(key.id.clone()),
        }
    }
    Err(match tampered {
        Some(key_id) => UpdateError::Tampered { key_id },
        None => UpdateError::UnknownKey,
    })
}

/// Opens an update: the signature checks out with a key that has not expired on
/// `today` (YYYY-MM-DD), the directory loads, and it is newer than `active_serial`.
pub(crate) fn open_update(
    bytes: &[u8],
    keys: &[TrustedKey],
    today: &str,
    active_serial: u32,
) -> Result<Update, UpdateError> {
    let (key, text) = check_signature(bytes, keys)?;
    if today > key.expires.as_str() {
        return Err(UpdateError::ExpiredKey {
            id: key.id.clone(),
            expires: key.expires.clone(),
        });
    }
    let directory = load_signed(&text, key)?;
    if directory.serial <= active_serial {
        return Err(UpdateError::NotNewer {
            offered: directory.serial,
            active: active_serial,
        });
    }
    Ok(Update {
        directory,
        key: key.clone(),
    })
}

/// Loads the directory an update carries (its signature already checked) and marks it
/// as signed by `key`.
pub(crate) fn load_signed(text: &str, key: &TrustedKey) -> Result<Directory, UpdateError> {
    let mut directory = Directory::from_ron_reusing_builtin(text, "the directory update")
        .map_err(|e| UpdateError::Invalid(e.to_string()))?;
    directory.trust = Trust::Signed {
        key_id: key.id.clone(),
    };
    Ok(directory)
}

#[cfg(test)]
pub mod test_key {
    //! The test key pair of `tests/keys/` (never trusted by a release build).

    use super::TrustedKey;

    /// The test key's id.
    pub const ID: &str = "578954DDF938BC68";
    /// The test public key.
    pub(crate) const PUBLIC: &str = "RWRovDj53VSJV4FSX3URjoqbNlirT1WQ7yz5gn9FyMm+wNmMjHIh8m3W";

    /// The test key, valid until `expires`.
    pub fn key(expires: &str) -> TrustedKey {
        TrustedKey {
            id: ID.into(),
            public: PUBLIC.into(),
            expires: expires.into(),
            note: "test".into(),
        }
    }

    /// An update file: `text` signed with the test secret key.
    pub fn sign(text: &str) -> Vec<u8> {
        let secret =
            minisign::SecretKey::from_bytes(include_bytes!("../../tests/keys/test.key.bin"))
                .unwrap();
        let signature =
            minisign::sign(None, &secret, text.as_bytes(), Some("test update"), None).unwrap();
        let mut out = signature.into_string().into_bytes();
        if !out.ends_with(b"\n") {
            out.push(b'\n');
        }
        out.extend_from_slice(text.as_bytes());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::test_key::{key, sign};
    use super::*;

    const BUILTIN: &str = include_str!("../../data/directory.ron");

    fn newer(serial: u32) -> String {
        BUILTIN.replacen("serial: 1,", &format!("serial: {serial},"), 1)
    }

    #[test]
    fn a_signed_newer_update_opens_as_signed() {
        let update = open_update(&sign(&newer(2)), &[key("2030-01-01")], "2026-12-05", 1).unwrap();
        assert_eq!(update.directory.serial, 2);
        assert_eq!(
            update.directory.trust,
            Trust::Signed {
                key_id: test_key::ID.into()
            }
        );
    }

    #[test]
    fn every_changed_byte_of_the_signed_part_is_refused_as_tampered() {
        let file = sign(&newer(2));
        let body = split(&file).unwrap().0.len();
        // Every 997th byte of the directory, and the last one.
        let mut positions: Vec<usize> = (body..file.len()).step_by(997).collect();
        positions.push(file.len() - 1);
        for at in positions {
            let mut bad = file.clone();
            bad[at] ^= 0x01;
            let e = open_update(&bad, &[key("2030-01-01")], "2026-12-05", 1).unwrap_err();
            assert!(
                matches!(e, UpdateError::Tampered { .. } | UpdateError::NotText),
                "byte {at}: {e}"
            );
        }
    }

    #[test]
    fn a_wrong_key_an_older_update_an_expired_key_and_no_signature_are_refused() {
        let other = TrustedKey {
            public: "RWSFkU/4uEKjKH/V3yxzDO9iHmUAd6/M1kJfevY+JdDBoAAVmwZf8BSZ".into(),
            id: "28A342B8F84F9185".into(),
            ..key("2030-01-01")
        };
        let file = sign(&newer(2));
        assert_eq!(
            open_update(&file, &[other], "2026-12-05", 1).unwrap_err(),
            UpdateError::UnknownKey
        );
        let e = open_update(&file, &[key("2030-01-01")], "2026-12-05", 2).unwrap_err();
        assert!(e.to_string().contains("update 2, not newer"), "{e}");
        let e = open_update(&file, &[key("2026-06-30")], "2026-12-05", 1).unwrap_err();
        assert!(e.to_string().contains("expired on 2026-06-30"), "{e}");
        let e =
            open_update(newer(2).as_bytes(), &[key("2030-01-01")], "2026-12-05", 1).unwrap_err();
        assert_eq!(e, UpdateError::Unsigned);
        assert!(e.to_string().contains("for inspection"));
    }

    #[test]
    fn a_signed_file_with_errors_is_refused_with_them() {
        let e =
            open_update(&sign("(version: 2)"), &[key("2030-01-01")], "2026-12-05", 1).unwrap_err();
        assert!(matches!(e, UpdateError::Invalid(_)), "{e}");
    }

    #[test]
    fn the_app_carries_its_keys() {
        let keys = app_keys();
        assert!(!keys.is_empty());
        for k in &keys {
            assert!(
                minisign_verify::PublicKey::from_base64(&k.public).is_ok(),
                "{}",
                k.id
            );
            assert!(jiff::civil::Date::strptime("%Y-%m-%d", &k.expires).is_ok());
            assert_ne!(k.id, test_key::ID, "the test key is never an app key");
        }
    }
}
