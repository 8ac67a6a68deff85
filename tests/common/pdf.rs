//! Reading a PDF back as a reader would (lopdf's text extraction), for tests that check
//! what was printed. Shared by the integration tests (`common::pdf`) and the unit tests
//! of `src/print` and `src/disputes` (included by path).

#![allow(dead_code, clippy::unwrap_used, clippy::disallowed_methods)]

/// The text of each page, in order.
pub fn pages(bytes: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(bytes).unwrap();
    let numbers: Vec<u32> = doc.get_pages().keys().copied().collect();
    numbers
        .iter()
        .map(|p| doc.extract_text(&[*p]).unwrap_or_default())
        .collect()
}

/// The whole text on one line (line breaks become spaces), for `contains` checks.
pub fn text(bytes: &[u8]) -> String {
    pages(bytes).join(" ").replace('\n', " ")
}

/// [`text`] of a file.
pub fn file_text(path: impl AsRef<std::path::Path>) -> String {
    text(&std::fs::read(path).unwrap())
}
