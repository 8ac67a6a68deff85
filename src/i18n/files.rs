//! The `.ftl` files compiled into the binary: English as text (the first screen reads it
//! at once), every other language deflated by `build.rs` and inflated the first time one
//! of its files is read, which keeps about two thirds of the translations' weight out of
//! the binary (issue 28 and the 18 MiB budget of issue 29).

use std::sync::OnceLock;

use super::lang::Lang;

/// One file of a language.
pub(crate) struct Packed {
    /// English: the text itself.
    plain: Option<&'static str>,
    /// Another language: the text, zlib-deflated by `build.rs`.
    deflated: &'static [u8],
    /// The inflated text, once read.
    text: OnceLock<String>,
}

impl Packed {
    const fn plain(text: &'static str) -> Packed {
        Packed {
            plain: Some(text),
            deflated: &[],
            text: OnceLock::new(),
        }
    }

    const fn deflated(bytes: &'static [u8]) -> Packed {
        Packed {
            plain: None,
            deflated: bytes,
            text: OnceLock::new(),
        }
    }

    /// The file's text (inflated on first use; empty if the compiled-in bytes were
    /// damaged, which the tests rule out: every message then falls back to English).
    pub(crate) fn text(&'static self) -> &'static str {
        if let Some(text) = self.plain {
            return text;
        }
        self.text.get_or_init(|| {
            miniz_oxide::inflate::decompress_to_vec_zlib(self.deflated)
                .ok()
                .and_then(|bytes| String::from_utf8(bytes).ok())
                .unwrap_or_else(|| {
                    log::warn!("a compiled-in translation file does not inflate");
                    String::new()
                })
        })
    }
}

/// The app's seven areas, then the data's content and the country names (English has
/// no data files: its data is the `data/*.ron` files themselves).
macro_rules! english {
    ($($area:literal),*) => {
        [$(Packed::plain(include_str!(concat!("../../locales/en/", $area, ".ftl")))),*]
    };
}

macro_rules! deflated {
    ($tag:literal: $($area:literal),*) => {
        [$(Packed::deflated(include_bytes!(concat!(
            env!("OUT_DIR"), "/locales/", $tag, "/", $area, ".ftl.z"
        )))),*]
    };
}

static EN: [Packed; 7] = english!(
    "shell",
    "numbers",
    "prep",
    "journal",
    "disputes",
    "retention",
    "cli"
);
static ES: [Packed; 9] = deflated!("es": "shell", "numbers", "prep", "journal", "disputes", "retention", "cli", "content", "countries");
static FR: [Packed; 9] = deflated!("fr": "shell", "numbers", "prep", "journal", "disputes", "retention", "cli", "content", "countries");
static DE: [Packed; 9] = deflated!("de": "shell", "numbers", "prep", "journal", "disputes", "retention", "cli", "content", "countries");
static JA: [Packed; 9] = deflated!("ja": "shell", "numbers", "prep", "journal", "disputes", "retention", "cli", "content", "countries");

/// The files of `lang`, in the order of `messages::PREFIXES` (the pseudo-language is
/// made from English).
pub(crate) fn files(lang: Lang) -> &'static [Packed] {
    match lang {
        Lang::En | Lang::Pseudo => &EN,
        Lang::Es => &ES,
        Lang::Fr => &FR,
        Lang::De => &DE,
        Lang::Ja => &JA,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every compiled-in file reads back exactly as the file in `locales/`.
    #[test]
    fn every_file_inflates_to_its_source() {
        // The files are named for their ids' prefixes, the country names' file in the plural.
        let names =
            super::super::messages::PREFIXES.map(|p| if p == "country" { "countries" } else { p });
        for lang in Lang::OFFERED {
            for (packed, name) in files(lang).iter().zip(names) {
                let path = format!(
                    "{}/locales/{}/{name}.ftl",
                    env!("CARGO_MANIFEST_DIR"),
                    lang.tag()
                );
                #[allow(clippy::disallowed_methods)] // test code: reads the source file
                let source = std::fs::read_to_string(&path).unwrap();
                assert_eq!(packed.text(), source, "{path}");
            }
        }
    }
}
