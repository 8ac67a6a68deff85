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

#![allow(clippy::disallowed_methods, clippy::unwrap_used)] // test code: reads the sources it checks

use std::path::Path;

/// Lowest first; a module may depend on modules of lower layers only.
const LAYERS: &[&[&str]] = &[
    // The messages of every language (issue 28), and their `t!` macro: every layer
    // speaks through them.
    &["i18n", "t"],
    // The file-system utilities, below the other utilities so that `opener` can check
    // a file through them (issue 15: file access only in allowed modules).
    &["fsutil"],
    &[
        "format",
        "columns",
        "print",
        "opener",
        "message",
        "layout",
        "builtin",
        "windows_console",
        "sensitive",
        "sharing",
        "notify",
    ],
    &["store", "fields", "evidence"],
    &["directory"],
    &["records"],
    &["journal"],
    &["disputes", "retention", "guidance", "paths"],
    &["followups", "settings", "catalogs", "calendar"],
    &["after"],
    &["state", "reminders"],
    &["ui", "unsaved_file", "dialogs", "logging"],
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

/// The module path of a file under `src/` ("directory/check.rs" -> [directory, check]).
fn module_path(file: &str) -> Vec<String> {
    let trimmed = file.trim_end_matches(".rs");
    let mut parts: Vec<String> = trimmed.split('/').map(str::to_string).collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// The file a module path names: the longest prefix that is a file in `files`.
fn file_of(segments: &[String], files: &[String]) -> Option<String> {
    (1..=segments.len()).rev().find_map(|k| {
        let base = segments[..k].join("/");
        [format!("{base}.rs"), format!("{base}/mod.rs")]
            .into_iter()
            .find(|f| files.contains(f))
    })
}

/// Every `crate::` and `super::` path in `code`, as module paths from the crate root.
fn absolute_paths(file: &str, code: &str) -> Vec<Vec<String>> {
    let own = module_path(file);
    let s = code.as_bytes();
    let mut out = Vec::new();
    for prefix in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(at) = code[from..].find(prefix) {
            let at = from + at;
            from = at + prefix.len();
            let before = if at > 0 { s[at - 1] } else { b' ' };
            if before.is_ascii_alphanumeric() || before == b'_' || before == b'$' || before == b':'
            {
                continue;
            }
            let mut base: Vec<String> = if prefix == "crate::" {
                Vec::new()
            } else {
                own[..own.len().saturating_sub(1)].to_vec()
            };
            let mut i = from;
            // `super::super::`
            while code[i..].starts_with("super::") {
                base.pop();
                i += "super::".len();
            }
            for path in tree(s, &mut i) {
                let mut full = base.clone();
                full.extend(path);
                out.push(full);
            }
        }
    }
    out
}

/// The files each file names, by `crate::` and `super::` paths.
fn file_graph(sources: &[(String, String)]) -> Vec<(String, Vec<String>)> {
    let files: Vec<String> = sources.iter().map(|(f, _)| f.clone()).collect();
    sources
        .iter()
        .map(|(file, text)| {
            let mut deps: Vec<String> = absolute_paths(file, &code(text))
                .iter()
                .filter_map(|p| file_of(p, &files))
                .filter(|d| d != file)
                .collect();
            deps.sort();
            deps.dedup();
            (file.clone(), deps)
        })
        .collect()
}

/// The circles of the graph: each pair or ring of files that name each other.
fn circles(graph: &[(String, Vec<String>)]) -> Vec<Vec<String>> {
    let index = |f: &str| graph.iter().position(|(g, _)| g == f);
    let reach = |from: usize| {
        let mut seen = vec![false; graph.len()];
        let mut stack = vec![from];
        while let Some(n) = stack.pop() {
            for d in &graph[n].1 {
                if let Some(j) = index(d)
                    && !seen[j]
                {
                    seen[j] = true;
                    stack.push(j);
                }
            }
        }
        seen
    };
    let reaches: Vec<Vec<bool>> = (0..graph.len()).map(reach).collect();
    let mut done = vec![false; graph.len()];
    let mut out = Vec::new();
    for i in 0..graph.len() {
        if done[i] || !reaches[i][i] {
            continue;
        }
        let ring: Vec<usize> = (0..graph.len())
            .filter(|&j| reaches[i][j] && reaches[j][i])
            .collect();
        for &j in &ring {
            done[j] = true;
        }
        out.push(ring.iter().map(|&j| graph[j].0.clone()).collect());
    }
    out
}

fn sources() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files).unwrap();
    files
        .into_iter()
        .map(|path| {
            let rel = path
                .strip_prefix(&src)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, std::fs::read_to_string(&path).unwrap())
        })
        .filter(|(rel, _)| rel != "lib.rs" && rel != "main.rs" && !rel.ends_with("/tests.rs"))
        .collect()
}

#[test]
fn no_two_files_name_each_other() {
    let found = circles(&file_graph(&sources()));
    assert!(
        found.is_empty(),
        "files that depend on each other (move the shared types down, or merge them):\n{}",
        found
            .iter()
            .map(|ring| ring.join(" <-> "))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// Only the window's floors (`ui`, `dialogs`, `app`) may name egui or eframe.
fn names_egui(code: &str) -> bool {
    ["egui::", "eframe::", "use egui", "use eframe"]
        .iter()
        .any(|w| code.contains(w))
}

fn is_window_floor(file: &str) -> bool {
    file.starts_with("ui/") || file.starts_with("app/") || file == "app.rs" || file == "dialogs.rs"
}

#[test]
fn nothing_below_the_window_names_egui() {
    let found: Vec<String> = sources()
        .into_iter()
        .filter(|(file, text)| !is_window_floor(file) && names_egui(&code(text)))
        .map(|(file, _)| file)
        .collect();
    assert!(found.is_empty(), "egui below the window floors: {found:?}");
}

#[test]
fn the_circle_and_egui_checks_catch_what_they_should() {
    let graph = file_graph(&[
        ("a/one.rs".into(), "use super::two::X;".into()),
        ("a/two.rs".into(), "use crate::a::one::Y;".into()),
        ("a/three.rs".into(), "use super::one::Z;".into()),
    ]);
    assert_eq!(circles(&graph), vec![vec!["a/one.rs", "a/two.rs"]]);
    let straight = file_graph(&[
        ("a/one.rs".into(), "use super::two::X;".into()),
        ("a/two.rs".into(), "use crate::b::Y;".into()),
        ("b.rs".into(), String::new()),
    ]);
    assert!(circles(&straight).is_empty());
    assert!(names_egui("fn f(ctx: &egui::Context) {}"));
    assert!(!names_egui("/// no egui here"));
    assert!(!names_egui(&code("// uses egui::Context\nfn f() {}")));
    assert!(is_window_floor("ui/numbers.rs") && !is_window_floor("directory/load.rs"));
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

/// Every `Result<..>` in `code` whose error type is `String`.
fn string_results(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (start, _) in code.match_indices("Result<") {
        let rest = &code[start + "Result<".len()..];
        let (mut depth, mut last_comma, mut end) = (0usize, None, None);
        for (i, c) in rest.char_indices() {
            match c {
                '<' | '(' | '[' => depth += 1,
                '>' | ')' | ']' if depth == 0 => {
                    end = Some(i);
                    break;
                }
                '>' | ')' | ']' => depth -= 1,
                ',' if depth == 0 => last_comma = Some(i),
                _ => {}
            }
        }
        if let (Some(comma), Some(end)) = (last_comma, end)
            && rest[comma + 1..end].trim() == "String"
        {
            found.push(format!("Result<{}>", &rest[..end]));
        }
    }
    found
}

/// The command line's own files: its top-level reporting turns errors into text.
fn is_cli_edge(file: &str) -> bool {
    file.starts_with("cli/") || file == "cli.rs"
}

#[test]
fn errors_are_typed_below_the_command_line() {
    let found: Vec<String> = sources()
        .into_iter()
        .filter(|(file, _)| !is_cli_edge(file))
        .flat_map(|(file, text)| {
            string_results(&code(&text))
                .into_iter()
                .map(move |r| format!("{file}: {r}"))
        })
        .collect();
    assert!(
        found.is_empty(),
        "errors as plain text below the command line (give them a thiserror type):\n{}",
        found.join("\n")
    );
}

#[test]
fn only_the_command_line_prints_to_stderr() {
    // Everything else logs through the `log` facade (its sink writes to stderr).
    let found: Vec<String> = sources()
        .into_iter()
        .filter(|(file, _)| !is_cli_edge(file))
        .filter(|(_, text)| code(text).contains("eprintln!"))
        .map(|(file, _)| file)
        .collect();
    assert!(found.is_empty(), "eprintln! outside the CLI: {found:?}");
}

#[test]
fn the_app_shell_stays_thin() {
    let shell = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app.rs");
    let lines = std::fs::read_to_string(shell).unwrap().lines().count();
    assert!(
        lines <= 200,
        "src/app.rs has {lines} lines (at most 200: give the new job a room in src/app/)"
    );
}

#[test]
fn the_house_checks_catch_what_they_should() {
    assert_eq!(
        string_results("fn f() -> Result<Vec<(u8, String)>, String> {}"),
        vec!["Result<Vec<(u8, String)>, String>"]
    );
    assert!(string_results("fn f() -> Result<String, MyError> {}").is_empty());
    assert!(string_results("fn f() -> std::io::Result<String> {}").is_empty());
    assert!(string_results(&code("// Result<(), String>\nfn f() {}")).is_empty());
    assert!(is_cli_edge("cli/log.rs") && !is_cli_edge("journal/file.rs"));
}
