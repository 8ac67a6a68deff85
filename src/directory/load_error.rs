//! What loading a directory file reports: every problem with its file, line, column
//! and field. Its own file, below both the loader and the checks that fill it.

use std::fmt;

/// The schema version this build understands.
pub(crate) const SCHEMA_VERSION: u32 = 2;

/// One problem found while loading a directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    /// The file (or "built in").
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// The field path, e.g. `contacts[3] "us-general".sources[1]`.
    pub field: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        if self.field.is_empty() {
            write!(f, ": {}", self.message)
        } else {
            write!(f, ": {}: {}", self.field, self.message)
        }
    }
}

/// Every problem found in one file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LoadErrors(pub Vec<LoadError>);

impl LoadErrors {
    /// One problem with the file `file` as a whole (it cannot be read or decoded).
    pub(crate) fn of_file(file: &str, message: String) -> LoadErrors {
        LoadErrors(vec![LoadError {
            file: file.to_string(),
            line: None,
            column: None,
            field: String::new(),
            message,
        }])
    }

    /// One sentence for a banner: how many problems, the first, and the command that
    /// lists them all for the file at `path`.
    pub fn summary(&self, path: &std::path::Path) -> String {
        let n = self.0.len();
        let first = self.0.first().map(|e| e.to_string()).unwrap_or_default();
        format!(
            "{n} problem{}; first: {first}. Run `amex-desk check-data {}` for the full list.",
            if n == 1 { "" } else { "s" },
            path.display()
        )
    }
}

impl fmt::Display for LoadErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadErrors {}
