//! Build script:
//! - deflates the translations of every language but English (`locales/<tag>/*.ftl` into
//!   `$OUT_DIR/locales/<tag>/*.ftl.z`), which `src/i18n/files.rs` compiles in and
//!   inflates on first use;
//! - on Windows targets, embeds the icon and version information in the .exe (a
//!   resource compiled by windres: mingw-w64's when cross-building from Linux).

// The build script reads and writes the build's own files (issue 15's rule is about the
// app's files at run time).
#![allow(clippy::disallowed_methods)]

use std::path::Path;

fn main() -> std::io::Result<()> {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=packaging/icons/amex-desk.ico");
    deflate_translations()?;
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return Ok(());
    }
    // winresource fills FileVersion and ProductVersion from the package version.
    winresource::WindowsResource::new()
        .set_icon("packaging/icons/amex-desk.ico")
        .set("ProductName", "Amex Desk")
        .set("FileDescription", "Amex Desk")
        .set("OriginalFilename", "amex-desk.exe")
        .set("CompanyName", "The Amex Desk authors")
        .set("LegalCopyright", "MIT OR Apache-2.0, The Amex Desk authors")
        .compile()
}

/// Every `.ftl` file of every language directory but `en`, deflated (zlib, level 10).
fn deflate_translations() -> std::io::Result<()> {
    let out = std::env::var_os("OUT_DIR")
        .map(std::path::PathBuf::from)
        .ok_or_else(|| std::io::Error::other("cargo sets OUT_DIR for build scripts"))?;
    println!("cargo:rerun-if-changed=locales");
    for lang in std::fs::read_dir("locales")? {
        let lang = lang?;
        let tag = lang.file_name();
        if tag == "en" || !lang.file_type()?.is_dir() {
            continue;
        }
        let dir = out.join("locales").join(&tag);
        std::fs::create_dir_all(&dir)?;
        for file in std::fs::read_dir(lang.path())? {
            let path = file?.path();
            if path.extension().is_some_and(|e| e == "ftl") {
                println!("cargo:rerun-if-changed={}", path.display());
                deflate_file(&path, &dir)?;
            }
        }
    }
    Ok(())
}

fn deflate_file(path: &Path, dir: &Path) -> std::io::Result<()> {
    let text = std::fs::read(path)?;
    let name = path
        .file_name()
        .ok_or_else(|| std::io::Error::other("a file has a name"))?;
    let mut target = dir.join(name).into_os_string();
    target.push(".z");
    std::fs::write(
        target,
        miniz_oxide::deflate::compress_to_vec_zlib(&text, 10),
    )
}
