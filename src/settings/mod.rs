//! What survives a restart: filters, the calling-from country and the theme. Stored in
//! `settings.ron` through the same atomic, private store as the journal ([`file`]); a
//! bad file is reported and left untouched, and the window starts with defaults.

use serde::{Deserialize, Serialize};

use crate::directory::Filters;

pub mod file;

/// Light, dark, or follow the system.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemePref {
    /// Follow the operating system.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl ThemePref {
    /// The name shown to people.
    pub fn label(self) -> String {
        match self {
            ThemePref::System => crate::t!("shell-theme-system"),
            ThemePref::Light => crate::t!("shell-theme-light"),
            ThemePref::Dark => crate::t!("shell-theme-dark"),
        }
    }

    /// The next choice when the theme button is clicked.
    pub fn next(self) -> ThemePref {
        match self {
            ThemePref::System => ThemePref::Light,
            ThemePref::Light => ThemePref::Dark,
            ThemePref::Dark => ThemePref::System,
        }
    }
}

/// Persisted preferences.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The numbers panel's filters.
    pub filters: Filters,
    /// Where the user calls from (ISO alpha-2).
    pub calling_from: String,
    /// Theme.
    pub theme: ThemePref,
    /// The details panel's width in logical pixels, as last dragged (files written
    /// before this setting existed get the default).
    pub details_width: u32,
    /// Desktop notifications when a follow-up, promise or dispute deadline falls due
    /// (files written before this setting existed get them on).
    pub reminders: bool,
    /// The card call prep is for (files written before this setting existed get a
    /// personal card).
    pub card: crate::directory::product::CardKind,
    /// The language chosen in the window (none: follow the system's).
    pub language: Option<crate::i18n::Lang>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            filters: Filters::default(),
            calling_from: default_calling_from(),
            theme: ThemePref::System,
            details_width: crate::layout::DETAILS_DEFAULT_WIDTH,
            reminders: true,
            card: crate::directory::product::CardKind::Personal,
            language: None,
        }
    }
}

/// The calling-from country for a new user: the region of the system locale, else US.
pub(crate) fn default_calling_from() -> String {
    sys_locale::get_locale()
        .and_then(|l| region_from_locale(&l))
        .unwrap_or_else(|| "US".to_string())
}

/// The region of a locale string: "en-GB" and "en_GB.UTF-8" give "GB"; "C" gives none.
pub(crate) fn region_from_locale(locale: &str) -> Option<String> {
    let base = locale.split(['.', '@']).next()?;
    let region = base.split(['-', '_']).nth(1)?;
    (region.len() == 2 && region.chars().all(|c| c.is_ascii_alphabetic()))
        .then(|| region.to_ascii_uppercase())
}

/// Reads settings from RON text, falling back to defaults for a missing or bad value.
pub(crate) fn from_ron(text: Option<&str>) -> Settings {
    text.and_then(|t| ron::from_str(t).ok()).unwrap_or_default()
}

/// The settings to start with: the saved ones, or on a first start the defaults with
/// the country filter set to the user's own country (when the directory knows it).
pub(crate) fn initial(
    saved: Option<Settings>,
    directory: &crate::directory::Directory,
) -> Settings {
    match saved {
        Some(settings) => settings,
        None => {
            let mut settings = Settings::default();
            if directory.country(&settings.calling_from).is_some() {
                settings.filters.country = Some(settings.calling_from.clone());
            }
            settings
        }
    }
}

/// Writes settings as RON text.
#[cfg(test)]
pub(crate) fn to_ron(settings: &Settings) -> String {
    ron::to_string(settings).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::{Purpose, Tier};

    #[test]
    fn locale_regions() {
        assert_eq!(region_from_locale("en-GB").as_deref(), Some("GB"));
        assert_eq!(region_from_locale("es_MX.UTF-8").as_deref(), Some("MX"));
        assert_eq!(region_from_locale("C.UTF-8"), None);
        assert_eq!(region_from_locale("en"), None);
        assert_eq!(region_from_locale("zh-Hans-CN"), None);
    }

    #[test]
    fn settings_round_trip() {
        let settings = Settings {
            filters: Filters {
                country: Some("GB".into()),
                tier: Some(Tier::Gold),
                purpose: Some(Purpose::Fraud),
                ..Filters::default()
            },
            calling_from: "ES".into(),
            theme: ThemePref::Dark,
            details_width: 410,
            reminders: false,
            card: crate::directory::product::CardKind::Business,
            language: Some(crate::i18n::Lang::Ja),
        };
        assert_eq!(from_ron(Some(&to_ron(&settings))), settings);
    }

    #[test]
    fn a_first_start_filters_to_the_users_country() {
        let dir = crate::directory::Directory::builtin().unwrap();
        let first = initial(None, &dir);
        assert_eq!(
            first.filters.country.as_deref(),
            Some(first.calling_from.as_str())
        );
        let saved = Settings {
            filters: Filters::default(),
            calling_from: "ES".into(),
            theme: ThemePref::Light,
            ..Settings::default()
        };
        let again = initial(Some(saved), &dir);
        assert_eq!(
            again.filters.country, None,
            "a saved choice of no country is kept"
        );
    }

    #[test]
    fn bad_settings_fall_back_to_defaults() {
        let s = from_ron(Some("(filters: 42"));
        assert_eq!(s.filters, Filters::default());
        assert_eq!(from_ron(None).theme, ThemePref::System);
    }

    #[test]
    fn settings_saved_before_the_details_width_still_load() {
        let old = "(filters: (country: Some(\"GB\")), calling_from: \"ES\", theme: Dark)";
        let s = from_ron(Some(old));
        assert_eq!(s.calling_from, "ES");
        assert_eq!(s.theme, ThemePref::Dark);
        assert_eq!(s.details_width, crate::layout::DETAILS_DEFAULT_WIDTH);
        assert!(
            s.reminders,
            "reminders are on for files from before the setting"
        );
    }
}
