//! The languages the app speaks, and which one the system asks for.

use serde::{Deserialize, Serialize};

/// A language of the window, the command line and the printed papers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// English (the source language: every message exists in it).
    #[default]
    En,
    /// Spanish.
    Es,
    /// French.
    Fr,
    /// German.
    De,
    /// Japanese.
    Ja,
    /// A pseudo-language for tests: English with accents and 40 % longer, so a string
    /// left in code or a layout that cannot grow shows at once. Never offered to users.
    Pseudo,
}

impl Lang {
    /// The languages offered to people, in the order of the picker.
    pub const OFFERED: [Lang; 5] = [Lang::En, Lang::Es, Lang::Fr, Lang::De, Lang::Ja];

    /// The offered languages and the pseudo-language (for tests over every form text
    /// can take).
    pub const EVERY: [Lang; 6] = [
        Lang::En,
        Lang::Es,
        Lang::Fr,
        Lang::De,
        Lang::Ja,
        Lang::Pseudo,
    ];

    /// The BCP 47 tag (`es`, `ja`; `qps` for the pseudo-language, from the private range).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Ja => "ja",
            Lang::Pseudo => "qps",
        }
    }

    /// The language's name in itself, as the picker shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Fr => "Français",
            Lang::De => "Deutsch",
            Lang::Ja => "日本語",
            Lang::Pseudo => "Pseudo",
        }
    }

    /// Whether the language is written with CJK characters (the window then needs a
    /// font egui does not carry).
    pub fn needs_cjk_font(self) -> bool {
        matches!(self, Lang::Ja)
    }

    /// A few characters of the language's own script beyond Latin-1 (empty for
    /// languages written in it): a font that has them can print the language.
    pub fn script_sample(self) -> &'static str {
        match self {
            Lang::Ja => "日本語のかなカナ",
            _ => "",
        }
    }

    /// The language a tag or locale names: `es`, `es-MX`, `es_MX.UTF-8`, `de_AT@euro`,
    /// `JA`; `qps` for the pseudo-language. `C`, `POSIX` and languages the app does not
    /// speak give none.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let base = locale.trim().split(['.', '@']).next()?;
        let primary = base.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            "fr" => Some(Lang::Fr),
            "de" => Some(Lang::De),
            "ja" => Some(Lang::Ja),
            "qps" => Some(Lang::Pseudo),
            _ => None,
        }
    }
}

/// The language the environment asks for, read the POSIX way: the first of `LC_ALL`,
/// `LC_MESSAGES` and `LANG` that is set and not empty decides (so `LC_ALL=C` means
/// English even when `LANG` is German). `get` reads one variable.
pub fn language_from_env(get: impl Fn(&str) -> Option<String>) -> Option<Option<Lang>> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(&get)
        .find(|value| !value.trim().is_empty())
        .map(|value| Lang::from_locale(&value))
}

/// The system's language: the POSIX variables where one is set (every platform), else
/// the operating system's own setting (Windows' and macOS' user language), else English.
pub fn system_language() -> Lang {
    match language_from_env(|name| std::env::var(name).ok()) {
        Some(found) => found.unwrap_or(Lang::En),
        None => sys_locale::get_locale()
            .and_then(|locale| Lang::from_locale(&locale))
            .unwrap_or(Lang::En),
    }
}

/// Whether `c` is written with CJK fonts: kana, Han ideographs, Hangul, CJK punctuation
/// and full-width forms (the window's font search and the printed papers' line breaks
/// ask).
pub fn is_cjk(c: char) -> bool {
    matches!(
        u32::from(c),
        0x1100..=0x11FF
            | 0x2E80..=0x2FDF
            | 0x3000..=0x33FF
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xA960..=0xA97F
            | 0xAC00..=0xD7AF
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFFEF
            | 0x20000..=0x3FFFF
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn every_spelling_of_every_offered_language_is_read() {
        for lang in Lang::OFFERED {
            let tag = lang.tag();
            let upper = tag.to_ascii_uppercase();
            for spelling in [
                tag.to_string(),
                upper.clone(),
                format!("{tag}-XX"),
                format!("{tag}_XX"),
                format!("{tag}_XX.UTF-8"),
                format!("{tag}_XX.utf8@euro"),
                format!("{tag}@euro"),
                format!(" {tag}_XX "),
                format!("{upper}-Latn-XX"),
            ] {
                assert_eq!(Lang::from_locale(&spelling), Some(lang), "{spelling:?}");
            }
        }
        for other in [
            "C",
            "POSIX",
            "C.UTF-8",
            "pt_BR.UTF-8",
            "zh-Hant-TW",
            "",
            "_",
        ] {
            assert_eq!(Lang::from_locale(other), None, "{other:?}");
        }
    }

    #[test]
    fn the_first_set_variable_decides() {
        let de = [("LANG", "de_DE.UTF-8")];
        assert_eq!(language_from_env(env(&de)), Some(Some(Lang::De)));
        let messages = [("LANG", "de_DE.UTF-8"), ("LC_MESSAGES", "ja_JP.UTF-8")];
        assert_eq!(language_from_env(env(&messages)), Some(Some(Lang::Ja)));
        let all = [
            ("LANG", "de_DE.UTF-8"),
            ("LC_MESSAGES", "ja_JP.UTF-8"),
            ("LC_ALL", "fr_FR.UTF-8"),
        ];
        assert_eq!(language_from_env(env(&all)), Some(Some(Lang::Fr)));
        let c = [("LANG", "de_DE.UTF-8"), ("LC_ALL", "C")];
        assert_eq!(language_from_env(env(&c)), Some(None));
        let empty = [("LANG", "es_ES.UTF-8"), ("LC_ALL", "")];
        assert_eq!(language_from_env(env(&empty)), Some(Some(Lang::Es)));
        assert_eq!(language_from_env(env(&[])), None);
    }

    #[test]
    fn languages_round_trip_through_their_tags() {
        for lang in Lang::OFFERED.into_iter().chain([Lang::Pseudo]) {
            assert_eq!(Lang::from_locale(lang.tag()), Some(lang));
        }
    }
}
