//! Reviewed data files compiled into the binary (`data/*.ron`), parsed once, on first
//! use, so start-up pays only for what the first frame shows.

use std::sync::OnceLock;

use serde::de::DeserializeOwned;

/// A data file that could not be read: where, and what was wrong.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DataError {
    /// Not valid RON: the file, line and column.
    #[error("{file}:{line}:{col}: {message}")]
    Syntax {
        /// The file, as the project names it (`data/guidance.ron`).
        file: String,
        /// The line (from 1).
        line: usize,
        /// The column (from 1).
        col: usize,
        /// What the parser expected.
        message: String,
    },
    /// Valid RON that breaks the file's rules (an unknown source, an empty checklist).
    #[error("{file}: {}", problems.join("; "))]
    Invalid {
        /// The file.
        file: String,
        /// Each problem, naming the entry it is in.
        problems: Vec<String>,
    },
}

impl DataError {
    /// `problems` found in `file`, or none.
    pub fn check(file: &str, problems: Vec<String>) -> Result<(), DataError> {
        if problems.is_empty() {
            Ok(())
        } else {
            Err(DataError::Invalid {
                file: file.to_string(),
                problems,
            })
        }
    }
}

/// Parses `text`, the contents of `file`; an error names the file, line and column.
pub(crate) fn parse_ron<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, DataError> {
    ron::from_str(text).map_err(|e: ron::error::SpannedError| DataError::Syntax {
        file: file.to_string(),
        line: e.span.start.line,
        col: e.span.start.col,
        message: e.code.to_string(),
    })
}

/// Parses `text` (the contents of `name`) into `cell` the first time, then returns the
/// same value. An error names the file, line and column.
pub fn load<T: DeserializeOwned>(
    cell: &'static OnceLock<Result<T, DataError>>,
    name: &str,
    text: &str,
) -> Result<&'static T, DataError> {
    cell.get_or_init(|| parse_ron(name, text))
        .as_ref()
        .map_err(Clone::clone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize, PartialEq)]
    struct Item {
        name: String,
    }

    #[test]
    fn parses_once_and_names_the_place_of_an_error() {
        static GOOD: OnceLock<Result<Item, DataError>> = OnceLock::new();
        let first = load(&GOOD, "data/x.ron", "(name: \"a\")").unwrap();
        assert_eq!(first.name, "a");
        // The cell keeps the first parse; the text is not read again.
        let again = load(&GOOD, "data/x.ron", "garbage").unwrap();
        assert!(std::ptr::eq(first, again));

        static BAD: OnceLock<Result<Item, DataError>> = OnceLock::new();
        let err = load(&BAD, "data/y.ron", "(\n  nme: \"a\")").unwrap_err();
        assert!(err.to_string().starts_with("data/y.ron:2:"), "{err}");
    }
}
