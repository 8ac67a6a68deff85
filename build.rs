//! Build script: on Windows targets, embeds the icon and version information in the
//! .exe (a resource compiled by windres: mingw-w64's when cross-building from Linux).
//! Other targets get nothing.

fn main() -> std::io::Result<()> {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=packaging/icons/amex-desk.ico");
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
