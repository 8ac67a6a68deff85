//! Reviewed data files compiled into the binary (`data/*.ron`), parsed once, on first
//! use, so start-up pays only for what the first frame shows.

use std::sync::OnceLock;

use serde::de::DeserializeOwned;

/// Parses `text` (the contents of `name`) into `cell` the first time, then returns the
/// same value. An error names the file, line and column.
pub fn load<T: DeserializeOwned>(
    cell: &'static OnceLock<Result<T, String>>,
    name: &str,
    text: &str,
) -> Result<&'static T, String> {
    cell.get_or_init(|| {
        ron::from_str(text).map_err(|e: ron::error::SpannedError| {
            format!(
                "{name}:{}:{}: {}",
                e.span.start.line, e.span.start.col, e.code
            )
        })
    })
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
        static GOOD: OnceLock<Result<Item, String>> = OnceLock::new();
        let first = load(&GOOD, "data/x.ron", "(name: \"a\")").unwrap();
        assert_eq!(first.name, "a");
        // The cell keeps the first parse; the text is not read again.
        let again = load(&GOOD, "data/x.ron", "garbage").unwrap();
        assert!(std::ptr::eq(first, again));

        static BAD: OnceLock<Result<Item, String>> = OnceLock::new();
        let err = load(&BAD, "data/y.ron", "(\n  nme: \"a\")").unwrap_err();
        assert!(err.starts_with("data/y.ron:2:"), "{err}");
    }
}
