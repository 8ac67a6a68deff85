//! Reading a PDF back as a reader would (lopdf's text extraction), for tests that check
//! what was printed. Shared by the integration tests (`common::pdf`) and the unit tests
//! of `src/print` and `src/disputes` (included by path).

#![allow(dead_code, clippy::unwrap_used, clippy::disallowed_methods)]

/// The text of each page, in order. A page lopdf cannot read (its ToUnicode parser
/// takes only a narrow form of CMap, not the Adobe form an embedded Japanese font's map
/// is written in) is read with poppler's `pdftotext`, as a reader would.
pub fn pages(bytes: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(bytes).unwrap();
    let numbers: Vec<u32> = doc.get_pages().keys().copied().collect();
    numbers
        .iter()
        .map(|p| {
            doc.extract_text(&[*p])
                .unwrap_or_else(|_| pdftotext_page(bytes, *p))
        })
        .collect()
}

/// One page's text as poppler's `pdftotext` reads it (Debian's poppler-utils).
pub fn pdftotext_page(bytes: &[u8], page: u32) -> String {
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), bytes).unwrap();
    let page = page.to_string();
    let out = std::process::Command::new("pdftotext")
        .args(["-layout", "-f", &page, "-l", &page])
        .arg(file.path())
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) reads PDFs with embedded fonts back");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The whole text on one line (line breaks become spaces), for `contains` checks.
pub fn text(bytes: &[u8]) -> String {
    pages(bytes).join(" ").replace('\n', " ")
}

/// [`text`] of a file.
pub fn file_text(path: impl AsRef<std::path::Path>) -> String {
    text(&std::fs::read(path).unwrap())
}
