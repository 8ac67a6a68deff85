//! The messages' own checks: every file parses, every language has exactly English's
//! keys with the same arguments, every key is used by the code and every key the code
//! uses exists, and no formatted message carries isolation marks.

#![allow(clippy::disallowed_methods)] // test code reads the source tree

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::messages::{PREFIXES, ids_in, sources};
use super::*;

/// Each message's id and the `$arguments` its text uses, per file.
fn arguments_in(text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        let starts_message =
            line.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && line.contains('=');
        if starts_message {
            let id = line
                .split('=')
                .next()
                .unwrap_or_default()
                .trim()
                .to_string();
            out.entry(id.clone()).or_default();
            current = Some(id);
        } else if line.starts_with('#') || line.trim().is_empty() {
            if !line.starts_with(' ') {
                current = None;
            }
            continue;
        }
        let Some(id) = &current else { continue };
        let mut rest = line;
        while let Some(at) = rest.find('$') {
            let name: String = rest[at + 1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            out.entry(id.clone()).or_default().insert(name);
            rest = &rest[at + 1..];
        }
    }
    out
}

#[test]
fn every_file_of_every_language_parses() {
    for lang in Lang::OFFERED {
        for (area, text) in PREFIXES.iter().zip(sources(lang)) {
            let (_, errors) = ids_in(text);
            assert!(errors.is_empty(), "{}/{area}.ftl: {errors:?}", lang.tag());
        }
    }
}

#[test]
fn every_id_lives_in_the_file_its_prefix_names() {
    use super::messages::{area_of, file};
    for lang in Lang::OFFERED {
        for area in 0..PREFIXES.len() {
            let Some(text) = file(lang, area) else {
                continue;
            };
            for id in ids_in(text).0 {
                assert_eq!(area_of(&id), Some(area), "{}: {id}", lang.tag());
            }
        }
    }
}

/// The data each content id translates: the call-prep content, the escalation ladders
/// and external bodies, the disputes catalogue (with its deadline rules' labels and
/// country notes) and the retention script (each area's own test checks its ids one
/// by one).
#[test]
fn every_content_id_names_the_data_it_translates() {
    use super::messages::content_source;
    for lang in Lang::OFFERED.into_iter().filter(|l| *l != Lang::En) {
        let text = content_source(lang).unwrap();
        let mut seen = BTreeSet::new();
        for id in ids_in(text).0 {
            assert!(
                seen.insert(id.clone()),
                "{}/content.ftl: {id} again",
                lang.tag()
            );
            assert!(
                [
                    "content-prep-",
                    "content-ladder-",
                    "content-body-",
                    "content-dispute-",
                    "content-rule-",
                    "content-note-",
                    "content-retention-",
                ]
                .iter()
                .any(|p| id.starts_with(p)),
                "{}/content.ftl: {id} translates no known data",
                lang.tag()
            );
        }
    }
}

#[test]
fn no_id_is_defined_twice_in_a_language() {
    for lang in Lang::OFFERED {
        let mut seen = BTreeSet::new();
        for (area, text) in PREFIXES.iter().zip(sources(lang)) {
            for id in ids_in(text).0 {
                assert!(
                    seen.insert(id.clone()),
                    "{}/{area}.ftl: {id} again",
                    lang.tag()
                );
            }
        }
    }
}

#[test]
fn every_language_has_exactly_englishs_keys_and_arguments() {
    let english = sources(Lang::En);
    let mut problems = Vec::new();
    for lang in Lang::OFFERED.into_iter().filter(|l| *l != Lang::En) {
        for ((area, en), other) in PREFIXES.iter().zip(english).zip(sources(lang)) {
            let en = arguments_in(en);
            let other = arguments_in(other);
            for (id, args) in &en {
                match other.get(id) {
                    None => problems.push(format!("{}/{area}.ftl lacks {id}", lang.tag())),
                    Some(theirs) if theirs != args => problems.push(format!(
                        "{}/{area}.ftl: {id} uses {theirs:?}, English {args:?}",
                        lang.tag()
                    )),
                    Some(_) => {}
                }
            }
            for id in other.keys().filter(|id| !en.contains_key(*id)) {
                problems.push(format!(
                    "{}/{area}.ftl has {id}, English does not",
                    lang.tag()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The ids the code names: string literals right after `t!(`, `message(` or
/// `message_in(`.
fn ids_used_by_code() -> BTreeSet<String> {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut used = BTreeSet::new();
    // This module's own docs and tests name example ids.
    let own = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join("i18n");
    for file in files.into_iter().filter(|f| !f.starts_with(&own)) {
        let text = std::fs::read_to_string(&file).unwrap();
        for opener in ["t!(", "message(", "message_with(", "message_in("] {
            let mut rest = text.as_str();
            while let Some(at) = rest.find(opener) {
                rest = &rest[at + opener.len()..];
                let trimmed = rest.trim_start();
                if let Some(literal) = trimmed.strip_prefix('"') {
                    let id: String = literal.chars().take_while(|c| *c != '"').collect();
                    if id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                        used.insert(id);
                    }
                }
            }
        }
    }
    used
}

#[test]
fn every_key_is_used_and_every_used_key_exists() {
    let defined: BTreeSet<String> = sources(Lang::En)
        .iter()
        .flat_map(|text| ids_in(text).0)
        .collect();
    let referenced: BTreeSet<String> = sources(Lang::En)
        .iter()
        .flat_map(|text| {
            text.split('{')
                .skip(1)
                .filter_map(|s| {
                    let id = s.trim_start().split(['}', ' ']).next()?;
                    (id.chars().next()?.is_ascii_lowercase()).then(|| id.to_string())
                })
                .collect::<Vec<_>>()
        })
        .collect();
    let used = ids_used_by_code();
    let unused: Vec<_> = defined
        .iter()
        .filter(|id| !used.contains(*id) && !referenced.contains(*id))
        .collect();
    let missing: Vec<_> = used.iter().filter(|id| !defined.contains(*id)).collect();
    assert!(unused.is_empty(), "defined but never used: {unused:?}");
    assert!(
        missing.is_empty(),
        "used but not defined in English: {missing:?}"
    );
}

#[test]
fn no_formatted_message_carries_isolation_marks() {
    for lang in Lang::OFFERED.into_iter().chain([Lang::Pseudo]) {
        set_current(lang);
        for text in sources(lang) {
            for (id, args) in arguments_in(text) {
                let values: Vec<(&str, Arg<'_>)> = args
                    .iter()
                    .map(|name| (name.as_str(), Arg::from("+44 20 7946 0000")))
                    .collect();
                let out = message_with(&id, &values);
                assert!(
                    !out.contains(['\u{2068}', '\u{2069}']),
                    "{}: {id} gives {out:?}",
                    lang.tag()
                );
                assert!(!out.is_empty(), "{}: {id} is empty", lang.tag());
            }
        }
    }
    set_current(Lang::En);
}

#[test]
fn a_missing_message_falls_back_to_english_then_to_its_id() {
    set_current(Lang::Ja);
    assert_eq!(message("no-such-message", None), "no-such-message");
    set_current(Lang::En);
}
