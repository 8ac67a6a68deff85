//! The messages of every language, as Fluent bundles built on first use on each thread.
//!
//! Each language has one `.ftl` file per area of the app in `locales/<tag>/`, compiled
//! in. An id's prefix names its area (`shell-search` is in `shell.ftl`), and each area
//! is parsed on its first message, so the first screen parses only what it shows. A
//! message a language lacks falls back to English; the key-completeness test keeps that
//! from shipping. Placeables are not wrapped in Unicode isolation marks (U+2068/U+2069):
//! a number or reference people copy, print or export must hold only what they see.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use super::lang::Lang;
use super::pseudo;

/// The content's translations: ids `content-prep-…` (call prep), `content-ladder-…`
/// and `content-body-…` (the escalation ladders and external bodies),
/// `content-dispute-…` (the disputes catalogue) and `content-retention-…` (the
/// retention script).
#[cfg(test)]
pub(crate) fn content_source(lang: Lang) -> Option<&'static str> {
    file(lang, 7)
}

/// Fails unless every language but English translates exactly `wanted` among its
/// content ids that start with one of `prefixes` (none missing, none the data lacks).
#[cfg(test)]
pub(crate) fn assert_content_translates_exactly(
    prefixes: &[&str],
    wanted: &std::collections::BTreeSet<String>,
) {
    for lang in Lang::OFFERED.into_iter().filter(|l| *l != Lang::En) {
        let Some(text) = content_source(lang) else {
            panic!("{}: no content.ftl", lang.tag());
        };
        let (found, errors) = ids_in(text);
        assert!(errors.is_empty(), "{}/content.ftl: {errors:?}", lang.tag());
        let found: std::collections::BTreeSet<String> = found
            .into_iter()
            .filter(|id| prefixes.iter().any(|p| id.starts_with(p)))
            .collect();
        let missing: Vec<_> = wanted.difference(&found).collect();
        let extra: Vec<_> = found.difference(wanted).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}/content.ftl: missing {missing:?}, not in the data {extra:?}",
            lang.tag()
        );
    }
}

/// Fails unless the content ids are unique, none stands for an empty text, and English
/// reads each as the data's own text.
#[cfg(test)]
pub(crate) fn assert_ids_stand_for_their_english(pairs: &[(String, String)]) {
    let unique: std::collections::BTreeSet<&String> = pairs.iter().map(|(id, _)| id).collect();
    assert_eq!(unique.len(), pairs.len(), "an id is used twice");
    in_english(|| {
        for (id, english) in pairs {
            assert_eq!(&content(id, english), english, "{id}");
            assert!(!english.trim().is_empty(), "{id}");
        }
    });
}

/// Fails unless every number of each English text (days, months, amounts, phone
/// numbers, hours: its runs of digits, as many times as they occur) is in its
/// translation in every other language.
#[cfg(test)]
pub(crate) fn assert_translations_keep_the_numbers(pairs: &[(String, String)]) {
    fn digit_runs(text: &str) -> Vec<&str> {
        text.split(|c: char| !c.is_ascii_digit())
            .filter(|run| !run.is_empty())
            .collect()
    }
    let mut problems = Vec::new();
    for lang in Lang::OFFERED.into_iter().filter(|l| *l != Lang::En) {
        for (id, english) in pairs {
            let local = super::in_language(lang, || content(id, english));
            let mut found = digit_runs(&local);
            for n in digit_runs(english) {
                match found.iter().position(|f| *f == n) {
                    Some(i) => {
                        found.remove(i);
                    }
                    None => problems.push(format!("{}: {id}: no {n} in {local}", lang.tag())),
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The opening quotation mark of a quoted text in each language's style.
#[cfg(test)]
pub(crate) fn opening_quote(lang: Lang) -> &'static str {
    match lang {
        Lang::Es | Lang::Fr => "«",
        Lang::De => "„",
        Lang::Ja => "「",
        Lang::En | Lang::Pseudo => "\"",
    }
}

/// The directory's country names, ids `country-<ISO code>`.
#[cfg(test)]
pub(crate) fn countries_source(lang: Lang) -> Option<&'static str> {
    file(lang, 8)
}

/// The seven `.ftl` files of the app's areas in a language (the pseudo-language is
/// made from English).
#[cfg(test)]
pub(crate) fn sources(lang: Lang) -> [&'static str; 7] {
    std::array::from_fn(|area| file(lang, area).unwrap_or_default())
}

/// The prefix of each area's ids, in the order of a language's files: the seven areas
/// of the app ([`sources`]), then the data's content and the country names.
pub(crate) const PREFIXES: [&str; 9] = [
    "shell",
    "numbers",
    "prep",
    "journal",
    "disputes",
    "retention",
    "cli",
    "content",
    "country",
];

/// The file of `lang` that holds the ids of area number `area` (none: a data file
/// English does not have).
pub(crate) fn file(lang: Lang, area: usize) -> Option<&'static str> {
    super::files::files(lang)
        .get(area)
        .map(super::files::Packed::text)
}

/// Which file holds `id`: the area its prefix names.
pub(crate) fn area_of(id: &str) -> Option<usize> {
    let prefix = id.split('-').next()?;
    PREFIXES.iter().position(|p| *p == prefix)
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
    static BUNDLES: RefCell<HashMap<(Lang, usize), FluentBundle<FluentResource>>> =
        RefCell::new(HashMap::new());
}

/// Sets the language this thread speaks from now on (the window sets it every frame
/// from the state; the command line once at start).
pub fn set_current(lang: Lang) {
    CURRENT.with(|current| current.set(lang));
}

/// Runs `f` with this thread speaking English, then goes back to the language it spoke
/// (also when `f` panics): for text kept in files, JSON and the prepared directory,
/// which never depends on the language of the run.
pub fn in_english<T>(f: impl FnOnce() -> T) -> T {
    in_language(Lang::En, f)
}

/// Runs `f` with this thread speaking `lang`, then goes back to the language it spoke
/// (also when `f` panics).
pub fn in_language<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    /// Puts the language back on the way out.
    struct Restore(Lang);
    impl Drop for Restore {
        fn drop(&mut self) {
            set_current(self.0);
        }
    }
    let _restore = Restore(current());
    set_current(lang);
    f()
}

/// The language this thread speaks (English until [`set_current`] says otherwise).
pub fn current() -> Lang {
    CURRENT.with(Cell::get)
}

/// A bundle over one file of a language. A file with a syntax error still gives the
/// messages that parsed (the completeness test fails on the error).
fn bundle(lang: Lang, text: &str) -> FluentBundle<FluentResource> {
    let id = lang
        .tag()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new(vec![id]);
    bundle.set_use_isolating(false);
    if lang == Lang::Pseudo {
        bundle.set_transform(Some(pseudo::transform));
    }
    let resource = match FluentResource::try_new(text.to_string()) {
        Ok(resource) => resource,
        Err((partial, _errors)) => partial,
    };
    // Only a message defined twice fails; the first definition is kept.
    let _ = bundle.add_resource(resource);
    bundle
}

/// Formats `id` in `lang` with `args`, or `None` when the language lacks the message.
fn format_in(lang: Lang, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    BUNDLES.with(|bundles| {
        let area = area_of(id)?;
        let text = file(lang, area)?;
        let mut bundles = bundles.borrow_mut();
        let bundle = bundles
            .entry((lang, area))
            .or_insert_with(|| bundle(lang, text));
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        Some(text.into_owned())
    })
}

/// The message `id` in this thread's language, with `args`: English when the language
/// lacks it, the id itself when English does too (a test keeps that from shipping).
pub fn message(id: &str, args: Option<&FluentArgs>) -> String {
    message_of(current(), id, args)
}

/// The message `id` in `lang` whatever this thread speaks, with named arguments, and
/// the same fallbacks as [`message`]: for text whose language the caller chooses (the
/// dates of [`crate::format`], tested in every language).
pub fn message_in(id: &str, lang: Lang, args: &[(&str, Arg<'_>)]) -> String {
    message_of(lang, id, Some(&fluent_args(args)))
}

/// The message `id` in `lang`, else in English, else the id.
fn message_of(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    format_in(lang, id, args)
        .or_else(|| {
            (lang != Lang::En)
                .then(|| format_in(Lang::En, id, args))
                .flatten()
        })
        .unwrap_or_else(|| id.to_string())
}

/// A text of the data files (`english`, as written there) in this thread's language:
/// the translation with this `id` where the language has one, else the English.
pub fn content(id: &str, english: &str) -> String {
    match current() {
        Lang::En => english.to_string(),
        Lang::Pseudo => pseudo::transform(english).into_owned(),
        lang => format_in(lang, id, None).unwrap_or_else(|| english.to_string()),
    }
}

/// A value for a message argument (text or a count, which selects plural forms).
pub enum Arg<'a> {
    /// Text, put in as it is.
    Text(Cow<'a, str>),
    /// A number: plural rules select on it.
    Count(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(text.as_str()))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

impl From<usize> for Arg<'_> {
    fn from(count: usize) -> Self {
        Arg::Count(i64::try_from(count).unwrap_or(i64::MAX))
    }
}

impl From<i64> for Arg<'_> {
    fn from(count: i64) -> Self {
        Arg::Count(count)
    }
}

impl From<u32> for Arg<'_> {
    fn from(count: u32) -> Self {
        Arg::Count(i64::from(count))
    }
}

/// The message `id` with named arguments.
pub fn message_with(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    message(id, Some(&fluent_args(args)))
}

/// Named arguments as Fluent takes them.
fn fluent_args<'a>(args: &[(&str, Arg<'_>)]) -> FluentArgs<'a> {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(text) => fluent.set(name.to_string(), FluentValue::from(text.to_string())),
            Arg::Count(count) => fluent.set(name.to_string(), FluentValue::from(*count)),
        }
    }
    fluent
}

/// The ids one file defines, in file order, and its syntax errors (for the
/// completeness tests).
#[cfg(test)]
pub(crate) fn ids_in(text: &str) -> (Vec<String>, Vec<String>) {
    let (resource, errors) = match fluent_syntax::parser::parse(text) {
        Ok(resource) => (resource, Vec::new()),
        Err((partial, errors)) => (partial, errors),
    };
    let ids = resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_string()),
            _ => None,
        })
        .collect();
    (ids, errors.iter().map(|e| format!("{e:?}")).collect())
}
