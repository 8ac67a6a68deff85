//! The modules depend on each other one way only (issue 15, item 4):
//! utilities -> directory -> records -> journal -> disputes/retention/guidance -> followups ->
//! state -> ui -> app -> cli.
//!
//! Every `crate::` path in `src/**/*.rs` (in `use` lines, `use crate::{..}` groups and
//! inline paths; comments and `#[cfg(test)] mod tests` blocks are not read) names a
//! top-level module. A file may name a module of a strictly lower layer in [`LAYERS`],
//! never one of its own layer or above. Every top-level module of `src/` must be in [`LAYERS`], so a
//! new one has to be placed.
//!
//! No exceptions: the journal file stores dispute cases and retention cards, and their
//! types live in `records`, below `journal`; card-number masking (`sensitive`) is a
//! utility, below both.

#![allow(clippy::disallowed_methods)] // test code: reads the sources it checks

use std::path::Path;

/// Lowest first; a module may depend on modules of lower layers only.
const LAYERS: &[&[&str]] = &[
    // The file-system utilities, below the other utilities so that `opener` can check
    // a file through them (issue 15: file access only in allowed modules).
    &["fsutil"],
    &[
        "format",
        "print",
        "opener",
        "message",
        "measure",
        "layout",
        "builtin",
        "windows_console",
        "sensitive",
        "sharing",
        "notify",
    ],
    &["store", "fields"],
    &["directory"],
    &["records"],
    &["journal"],
    &["disputes", "retention", "guidance", "paths"],
    &["followups", "settings", "catalogs", "calendar"],
    &["state", "reminders"],
    &["ui", "unsaved_file", "dialogs"],
    &["app"],
    &["cli"],
];

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// The code of a file without comments and without its `#[cfg(test)] mod tests` block.
fn code(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < lines.len() {
        let next = lines[i + 1..].iter().find(|l| !l.trim().is_empty());
        if lines[i].trim() == "#[cfg(test)]"
            && next.is_some_and(|l| l.trim().starts_with("mod tests"))
        {
            // Skip to the line that closes the module's braces.
            let mut depth = 0i32;
            let mut opened = false;
            i += 1;
            while i < lines.len() {
                for c in lines[i].chars() {
                    match c {
                        '{' => {
                            depth += 1;
                            opened = true;
                        }
                        '}' => depth -= 1,
                        _ => {}
                    }
                }
                i += 1;
                if opened && depth <= 0 || lines[i - 1].trim_end().ends_with(';') && !opened {
                    break;
                }
            }
            continue;
        }
        let line = lines[i];
        let line = match line.find("//") {
            Some(at) if !line[..at].contains('"') => &line[..at],
            _ => line,
        };
        out.push_str(line);
        out.push('\n');
        i += 1;
    }
    out
}

/// A path or `{..}` group after `crate::`, expanded to its paths' segments.
fn tree(s: &[u8], i: &mut usize) -> Vec<Vec<String>> {
    let skip_ws = |i: &mut usize| {
        while *i < s.len() && s[*i].is_ascii_whitespace() {
            *i += 1;
        }
    };
    skip_ws(i);
    if *i < s.len() && s[*i] == b'{' {
        *i += 1;
        let mut all = Vec::new();
        loop {
            skip_ws(i);
            if *i >= s.len() || s[*i] == b'}' {
                *i += 1;
                return all;
            }
            all.extend(tree(s, i));
            // Skip `as Name` and the like up to the next item.
            let mut depth = 0;
            while *i < s.len() {
                match s[*i] {
                    b'{' => depth += 1,
                    b'}' if depth == 0 => break,
                    b'}' => depth -= 1,
                    b',' if depth == 0 => {
                        *i += 1;
                        break;
                    }
                    _ => {}
                }
                *i += 1;
            }
        }
    }
    let start = *i;
    while *i < s.len() && (s[*i].is_ascii_alphanumeric() || s[*i] == b'_') {
        *i += 1;
    }
    let ident = String::from_utf8_lossy(&s[start..*i]).into_owned();
    if ident.is_empty() || ident == "self" {
        return vec![Vec::new()];
    }
    if s[*i..].starts_with(b"::") {
        *i += 2;
        return tree(s, i)
            .into_iter()
            .map(|mut rest| {
                rest.insert(0, ident.clone());
                rest
            })
            .collect();
    }
    vec![vec![ident]]
}

/// Every `crate::` path in `code`, as (module, first item) pairs.
fn references(code: &str) -> Vec<(String, Option<String>)> {
    let s = code.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = code[from..].find("crate::") {
        let at = from + at;
        from = at + "crate::".len();
        if at > 0 && (s[at - 1].is_ascii_alphanumeric() || s[at - 1] == b'_' || s[at - 1] == b'$') {
            continue;
        }
        let mut i = from;
        for path in tree(s, &mut i) {
            let mut segments = path.into_iter();
            if let Some(module) = segments.next() {
                out.push((module, segments.next()));
            }
        }
    }
    out
}

/// The layering violations of one file (`file`: its path under `src/`).
fn violations(file: &str, text: &str) -> Vec<String> {
    let own = file
        .split('/')
        .next()
        .unwrap_or(file)
        .trim_end_matches(".rs");
    let Some(own_layer) = layer(own) else {
        return vec![format!("{file}: module `{own}` is not in LAYERS")];
    };
    let mut found = Vec::new();
    for (module, item) in references(&code(text)) {
        if module == own {
            continue;
        }
        let Some(dep_layer) = layer(&module) else {
            found.push(format!("{file}: `crate::{module}` is not in LAYERS"));
            continue;
        };
        if dep_layer >= own_layer {
            found.push(format!(
                "{file}: `{own}` may not name `crate::{module}::{}` (same or higher layer)",
                item.as_deref().unwrap_or("")
            ));
        }
    }
    found
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            rust_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    Ok(())
}

#[test]
fn no_module_names_a_higher_layer() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files).unwrap();
    let mut found = Vec::new();
    for path in files {
        let rel = path
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        // The crate roots and test-only files.
        if rel == "lib.rs" || rel == "main.rs" || rel.ends_with("/tests.rs") {
            continue;
        }
        found.extend(violations(&rel, &std::fs::read_to_string(&path).unwrap()));
    }
    assert!(
        found.is_empty(),
        "layering violations:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_catches_back_arrows() {
    // Allowed: down the layers, including the stored types and masking.
    assert!(violations("disputes/docs.rs", "use crate::journal::Entry;").is_empty());
    assert!(violations("journal/model.rs", "pub cases: Vec<crate::records::Case>,").is_empty());
    assert!(violations("records/case.rs", "crate::sensitive::last_five(x)").is_empty());
    assert!(
        violations(
            "ui/x.rs",
            "use crate::{state::AppState, journal::{self, Entry}};"
        )
        .is_empty()
    );
    // Back-arrows.
    for (file, text) in [
        ("journal/due.rs", "let c = crate::disputes::builtin();"),
        ("journal/model.rs", "use crate::disputes::{Case, nearest};"),
        ("journal/query.rs", "use crate::disputes::Case;"),
        ("records/case.rs", "use crate::journal::Journal;"),
        ("records/card.rs", "use crate::journal::sensitive;"),
        ("directory/view.rs", "use crate::{fsutil, journal::Entry};"),
        ("disputes/docs.rs", "use crate::retention::RetentionCard;"),
        ("state/mod.rs", "use crate::ui::numbers;"),
        ("format.rs", "crate::fields::money(1)"),
        ("journal/due.rs", "use crate::followups::due_items;"),
        ("newmodule/mod.rs", "use crate::format;"),
    ] {
        assert!(!violations(file, text).is_empty(), "{file}: {text}");
    }
    // Comments and test modules are not code; what follows a test module is.
    let tested = "/// see [`crate::followups`]\n#[cfg(test)]\nmod tests {\n use crate::state::AppState;\n}\n";
    assert!(violations("journal/due.rs", tested).is_empty());
    let after = format!("{tested}fn f() {{ crate::disputes::builtin(); }}\n");
    assert!(!violations("journal/due.rs", &after).is_empty());
}
