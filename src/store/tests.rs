use super::*;
use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Doc {
    version: u32,
    notes: Vec<String>,
}

impl Versioned for Doc {
    fn version(&self) -> u32 {
        self.version
    }
}

fn doc(notes: &[&str]) -> Doc {
    Doc {
        version: 1,
        notes: notes.iter().map(|s| s.to_string()).collect(),
    }
}

fn store_in(dir: &Path) -> Store {
    Store::new(dir.join("journal.ron"), 1)
}

#[test]
fn round_trip_and_backup() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store_in(dir.path());
    assert_eq!(store.load::<Doc>().unwrap(), None);
    store.save(&doc(&["first"])).unwrap();
    store.save(&doc(&["first", "second"])).unwrap();
    assert_eq!(
        store.load::<Doc>().unwrap(),
        Some(doc(&["first", "second"]))
    );
    let bak: Doc =
        ron::from_str(&std::fs::read_to_string(backup_path(store.path())).unwrap()).unwrap();
    assert_eq!(bak, doc(&["first"]));
    // No temporary files left behind.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[cfg(unix)]
#[test]
fn files_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(dir.path());
    store.save(&doc(&["a"])).unwrap();
    store.save(&doc(&["b"])).unwrap();
    for path in [store.path().to_path_buf(), backup_path(store.path())] {
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", path.display());
    }
}

fn assert_refused_and_untouched(contents: &[u8], expect: impl Fn(&StoreError)) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store_in(dir.path());
    std::fs::write(store.path(), contents).unwrap();
    let err = store.load::<Doc>().unwrap_err();
    expect(&err);
    assert_eq!(store.read_only_reason(), Some(&err));
    assert!(store.save(&doc(&["would overwrite"])).is_err());
    assert_eq!(
        std::fs::read(store.path()).unwrap(),
        contents,
        "file changed"
    );
    assert!(!backup_path(store.path()).exists());
}

#[test]
fn garbage_is_reported_with_line_and_never_overwritten() {
    assert_refused_and_untouched(b"(version: 1,\n notes: [\"a\",\n oops ]\n)", |e| {
        assert!(matches!(e.kind, StoreErrorKind::Parse(_)));
        assert_eq!(e.line, Some(3));
        let text = e.to_string();
        assert!(text.contains("journal.ron:3:"), "{text}");
        assert!(text.contains("left untouched"), "{text}");
    });
}

#[test]
fn truncated_files_are_refused() {
    let full = ron::ser::to_string_pretty(&doc(&["one", "two"]), Default::default()).unwrap();
    let cut = &full.as_bytes()[..full.len() / 2];
    assert_refused_and_untouched(cut, |e| assert!(matches!(e.kind, StoreErrorKind::Parse(_))));
}

#[test]
fn newer_versions_are_refused() {
    assert_refused_and_untouched(b"(version: 7, notes: [], future_field: 1)", |e| {
        assert_eq!(
            e.kind,
            StoreErrorKind::NewerVersion {
                found: 7,
                supported: 1
            }
        );
        assert!(e.to_string().contains("newer Amex Desk"));
    });
    // A newer file whose shape this build cannot read is still named as newer.
    assert_refused_and_untouched(b"(version: 9, notes: \"a new shape\")", |e| {
        assert!(matches!(
            e.kind,
            StoreErrorKind::NewerVersion { found: 9, .. }
        ));
    });
}

#[test]
fn oversized_files_are_not_parsed() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store_in(dir.path());
    let file = std::fs::File::create(store.path()).unwrap();
    file.set_len(MAX_FILE_BYTES + 1).unwrap();
    let err = store.load::<Doc>().unwrap_err();
    assert!(matches!(err.kind, StoreErrorKind::TooLarge(_)));
    assert!(store.save(&doc(&["x"])).is_err());
    assert_eq!(
        std::fs::metadata(store.path()).unwrap().len(),
        MAX_FILE_BYTES + 1
    );
}

#[test]
fn a_readable_file_after_a_fix_can_be_saved_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store_in(dir.path());
    std::fs::write(store.path(), "garbage").unwrap();
    assert!(store.load::<Doc>().is_err());
    std::fs::write(store.path(), "(version: 1, notes: [\"fixed\"])").unwrap();
    assert_eq!(store.load::<Doc>().unwrap(), Some(doc(&["fixed"])));
    store.save(&doc(&["fixed", "more"])).unwrap();
}

#[cfg(unix)]
#[test]
fn a_symlinked_journal_keeps_its_link_and_the_target_gets_the_data() {
    let dir = tempfile::tempdir().unwrap();
    let synced = dir.path().join("synced");
    std::fs::create_dir(&synced).unwrap();
    let real = synced.join("journal.ron");
    let mut first = Store::new(real.clone(), 1);
    first.load::<Doc>().unwrap();
    first.save(&doc(&["one"])).unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    std::os::unix::fs::symlink(&real, data.join("journal.ron")).unwrap();
    let mut store = store_in(&data);
    assert_eq!(store.load::<Doc>().unwrap(), Some(doc(&["one"])));
    store.save(&doc(&["one", "two"])).unwrap();
    let link = std::fs::symlink_metadata(data.join("journal.ron")).unwrap();
    assert!(link.file_type().is_symlink(), "the link was replaced");
    let saved: Doc = ron::from_str(&std::fs::read_to_string(&real).unwrap()).unwrap();
    assert_eq!(saved, doc(&["one", "two"]));
    let bak: Doc =
        ron::from_str(&std::fs::read_to_string(synced.join("journal.ron.bak")).unwrap()).unwrap();
    assert_eq!(bak, doc(&["one"]), "the .bak is beside the real file");
    assert!(!data.join("journal.ron.bak").exists());
    let leftovers = std::fs::read_dir(&data).unwrap().count();
    assert_eq!(leftovers, 1, "no temporary file beside the link");
}

/// Issue 25: a `.bak` that is a symbolic link (kept elsewhere, e.g. on a backup disk)
/// keeps its link; its target gets the previous copy.
#[cfg(unix)]
#[test]
fn a_symlinked_bak_keeps_its_link() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir(&data).unwrap();
    std::fs::create_dir(&elsewhere).unwrap();
    let target = elsewhere.join("journal.bak");
    std::fs::write(&target, "old backup").unwrap();
    std::os::unix::fs::symlink(&target, data.join("journal.ron.bak")).unwrap();
    let mut store = store_in(&data);
    store.load::<Doc>().unwrap();
    store.save(&doc(&["one"])).unwrap();
    store.save(&doc(&["one", "two"])).unwrap();
    let link = std::fs::symlink_metadata(data.join("journal.ron.bak")).unwrap();
    assert!(link.file_type().is_symlink(), "the .bak link was replaced");
    let bak: Doc = ron::from_str(&std::fs::read_to_string(&target).unwrap()).unwrap();
    assert_eq!(bak, doc(&["one"]));
}

#[cfg(unix)]
#[test]
fn a_dangling_link_is_refused_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.ron");
    std::os::unix::fs::symlink(dir.path().join("gone/journal.ron"), &path).unwrap();
    let mut store = store_in(dir.path());
    // Not "no journal yet": the link's target is named, and nothing is saved.
    let e = store.load::<Doc>().unwrap_err().to_string();
    assert!(
        e.contains("is a symbolic link to") && e.contains("gone/journal.ron"),
        "{e}"
    );
    let e = store.save(&doc(&["x"])).unwrap_err().to_string();
    assert!(e.contains("journal.ron"), "{e}");
    assert!(
        std::fs::symlink_metadata(&path)
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

/// A file at the size limit saves and reads back; one byte more is refused before
/// anything is written, and the file on disk stays as it was.
#[test]
fn a_file_at_the_limit_reads_back_and_one_over_is_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store_in(dir.path());
    store.save(&doc(&["small"])).unwrap();
    let overhead = ron::ser::to_string_pretty(&doc(&[""]), ron::ser::PrettyConfig::new())
        .unwrap()
        .len() as u64
        + 1;
    let fill = "x".repeat((MAX_FILE_BYTES - overhead) as usize);
    let at_limit = doc(&[&fill]);
    store.save(&at_limit).unwrap();
    assert_eq!(
        std::fs::metadata(store.path()).unwrap().len(),
        MAX_FILE_BYTES
    );
    assert_eq!(store.load::<Doc>().unwrap(), Some(at_limit.clone()));
    let over = doc(&[&format!("{fill}y")]);
    let err = store.save(&over).unwrap_err();
    assert!(matches!(err.kind, StoreErrorKind::TooLargeToSave(n) if n == MAX_FILE_BYTES + 1));
    assert!(err.to_string().contains("not saved"), "{err}");
    assert_eq!(store.load::<Doc>().unwrap(), Some(at_limit));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

/// A journal link whose file is gone is refused, naming where it points; a `.bak`
/// that cannot be written is named as the `.bak`.
#[cfg(unix)]
#[test]
fn a_dangling_link_and_a_bad_bak_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let gone = dir.path().join("elsewhere/journal.ron");
    std::os::unix::fs::symlink(&gone, dir.path().join("journal.ron")).unwrap();
    let mut store = store_in(dir.path());
    let err = store.load::<Doc>().unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("is a symbolic link to") && text.contains("elsewhere/journal.ron"),
        "{text}"
    );
    assert!(
        store.save(&doc(&["x"])).is_err(),
        "read-only after the refusal"
    );

    let dir = tempfile::tempdir().unwrap();
    let mut store = store_in(dir.path());
    store.save(&doc(&["first"])).unwrap();
    std::fs::create_dir_all(backup_path(store.path())).unwrap();
    let err = store.save(&doc(&["second"])).unwrap_err();
    assert!(
        err.path.to_string_lossy().ends_with("journal.ron.bak"),
        "{err}"
    );
    assert_eq!(store.load::<Doc>().unwrap(), Some(doc(&["first"])));
}
