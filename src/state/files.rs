//! What comes back from the edge's file dialogs: a file chosen in an Open dialog, an
//! export saved where the user chose, not saved (Cancel), or saved in the exports
//! folder because no dialog could be shown. Pure: the edge shows the dialogs and
//! reads or writes the files; these methods decide what happens next and what to say.

use std::path::{Path, PathBuf};

use uuid::Uuid;

use super::{AppState, DisputeCommand, Effect, JournalCommand, View};
use crate::directory::Directory;
use crate::t;

/// What an Open dialog is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Choice {
    /// A journal file to import and merge (Journal page).
    JournalImport,
    /// A file for an evidence item of a dispute case.
    Evidence {
        /// The case open when the dialog was asked for.
        case: Uuid,
        /// The evidence item's title.
        item: String,
    },
    /// A directory file to use instead of the one shown (as `--directory`).
    Directory,
    /// A signed directory update (.amexdir).
    DirectoryUpdate,
}

impl Choice {
    /// The dialog's title.
    pub fn title(&self) -> String {
        match self {
            Choice::JournalImport => t!("journal-choose-journal-title"),
            Choice::Evidence { item, .. } => {
                // The item is kept by its title as written; people read it localized.
                let item = crate::disputes::builtin()
                    .map_or_else(|_| item.clone(), |catalog| catalog.item_title(item));
                t!("journal-choose-evidence-title", item = item)
            }
            Choice::Directory => t!("journal-choose-directory-title"),
            Choice::DirectoryUpdate => t!("journal-choose-update-title"),
        }
    }

    /// The file types offered, as (name, extensions); empty: any file.
    pub fn filter(&self) -> Option<(String, &'static [&'static str])> {
        match self {
            Choice::JournalImport => Some((t!("journal-filter-journal"), &["ron"])),
            Choice::Directory => Some((t!("journal-filter-directory"), &["ron"])),
            Choice::DirectoryUpdate => Some((t!("journal-filter-update"), &["amexdir"])),
            Choice::Evidence { .. } => None,
        }
    }
}

/// Said when an export dialog was cancelled (in English, for the tests).
#[cfg(test)]
pub(crate) const NOT_SAVED: &str = "Not saved.";

/// Said when an export dialog was cancelled.
pub(crate) fn not_saved() -> String {
    t!("journal-export-not-saved")
}

/// Said when no dialog could be shown and the file went to the exports folder.
pub(crate) fn fallback_message(path: &Path) -> String {
    t!(
        "journal-saved-to-exports",
        path = path.display().to_string()
    )
}

impl AppState {
    /// The user chose `path` in the Open dialog asked for `choice`; returns the effects
    /// that follow (import the journal, check the evidence file). A directory file is
    /// read by the edge and comes back through [`AppState::directory_chosen`].
    pub(crate) fn file_chosen(&mut self, choice: Choice, path: &Path) -> Vec<Effect> {
        let text = path.display().to_string();
        match choice {
            Choice::JournalImport => {
                let mut effects = self.apply(JournalCommand::SetImportPath(text));
                effects.extend(self.apply(JournalCommand::Import));
                effects
            }
            Choice::Evidence { case, item } => {
                let Some(mut draft) = self.disputes.draft.clone().filter(|d| d.case.id == case)
                else {
                    self.toast(t!("journal-evidence-not-attached", file = &text));
                    return Vec::new();
                };
                draft.case.items.entry(item).or_default().file = Some(text);
                self.apply(DisputeCommand::Update(Box::new(draft)))
            }
            Choice::Directory | Choice::DirectoryUpdate => Vec::new(),
        }
    }

    /// The Open dialog for `choice` was cancelled (`shown`) or could not be shown.
    pub(crate) fn choice_dropped(&mut self, shown: bool) {
        if !shown {
            self.toast(t!("journal-no-open-dialog"));
        }
    }

    /// The edge read and checked the directory file the user chose (the same checks as
    /// `--directory`). A good one replaces the directory shown; a rejected one leaves it
    /// and the banner says why.
    pub(crate) fn directory_chosen(
        &mut self,
        path: &Path,
        result: Result<Directory, super::DirectoryFileError>,
    ) {
        match result {
            Ok(mut directory) => {
                let trusted = match self.trusted_directory.take() {
                    Some(trusted) => trusted,
                    None => self.directory.clone(),
                };
                let marked = crate::directory::trust::mark_unverified(&mut directory, &trusted);
                self.trusted_directory = Some(trusted);
                self.replace_directory(directory);
                self.warning = None;
                self.toast(t!(
                    "journal-directory-inspected",
                    path = path.display().to_string(),
                    count = marked
                ));
            }
            Err(e) => {
                self.warning = Some(t!(
                    "journal-directory-rejected",
                    path = path.display().to_string(),
                    reason = e.summary(path)
                ));
            }
        }
    }

    pub(super) fn replace_directory(&mut self, directory: Directory) {
        self.countries = super::sorted_countries(&directory);
        if let Some(code) = &self.numbers.filters.country
            && directory.country(code).is_none()
        {
            self.numbers.filters.country = None;
        }
        self.directory = directory;
        self.numbers.refresh(&self.directory, &self.calling_from);
        self.verification = None;
        self.verify_input.clear();
    }

    /// The export for `from` was not saved: its dialog was cancelled.
    pub(crate) fn export_cancelled(&mut self, from: View) {
        if from == View::Journal {
            self.journal.message = Some(not_saved());
        }
        self.toast(not_saved());
    }

    /// No Save dialog could be shown: the edge wrote the export for `from` to the
    /// exports folder (or failed to); the message says where.
    pub(crate) fn exported_to_fallback(
        &mut self,
        from: View,
        result: Result<PathBuf, super::ExportError>,
    ) {
        match result {
            Ok(path) => {
                let message = fallback_message(&path);
                if from == View::Journal {
                    self.journal.message = Some(message.clone());
                }
                self.toast(message);
                self.last_export = Some(path);
            }
            Err(e) => self.exported(from, Err(e)),
        }
    }

    /// The window was closing while the Save dialog for an export from `from` was
    /// open: the dialog was closed and the edge wrote the export to the exports folder
    /// (or failed to). The banner says where, and that closing again quits.
    pub(crate) fn exported_on_close(
        &mut self,
        from: View,
        result: Result<PathBuf, super::ExportError>,
    ) {
        let said = match &result {
            Ok(path) => t!("journal-saved-on-close", path = path.display().to_string()),
            Err(e) => t!("journal-not-saved-on-close", error = e.to_string()),
        };
        if let Ok(path) = result {
            self.last_export = Some(path);
        }
        if from == View::Journal {
            self.journal.message = Some(said.clone());
        }
        self.warning = Some(said);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Settings;
    use crate::state::DisputeCommand;

    fn state() -> AppState {
        let dir = Directory::builtin().unwrap();
        let catalogs = crate::catalogs::Catalogs::load().unwrap();
        let now: jiff::Timestamp = "2026-11-18T10:00:00Z".parse().unwrap();
        AppState::new(
            dir,
            catalogs,
            Settings::default(),
            now,
            jiff::tz::TimeZone::UTC,
        )
    }

    #[test]
    fn a_chosen_journal_file_is_imported() {
        let mut s = state();
        let effects = s.file_chosen(Choice::JournalImport, Path::new("/tmp/other.ron"));
        assert_eq!(s.journal.import_path, "/tmp/other.ron");
        assert_eq!(
            effects,
            vec![Effect::ImportJournal(PathBuf::from("/tmp/other.ron"))]
        );
    }

    #[test]
    fn a_chosen_evidence_file_is_attached_to_its_item_and_checked() {
        let mut s = state();
        let kind = s.catalogs.disputes.types[0].slug.clone();
        let item = s.catalogs.disputes.types[0].items[0].title.clone();
        s.apply(DisputeCommand::New {
            kind,
            from_call: None,
        });
        let case = s.disputes.draft.as_ref().unwrap().case.id;
        let effects = s.file_chosen(
            Choice::Evidence {
                case,
                item: item.clone(),
            },
            Path::new("/tmp/receipt.pdf"),
        );
        let draft = s.disputes.draft.as_ref().unwrap();
        assert_eq!(
            draft.case.items[&item].file.as_deref(),
            Some("/tmp/receipt.pdf")
        );
        assert!(draft.dirty);
        assert_eq!(
            effects,
            vec![Effect::CheckFiles(vec!["/tmp/receipt.pdf".to_string()])]
        );
    }

    #[test]
    fn evidence_chosen_after_the_case_closed_is_not_attached() {
        let mut s = state();
        let effects = s.file_chosen(
            Choice::Evidence {
                case: Uuid::new_v4(),
                item: "Receipt".to_string(),
            },
            Path::new("/tmp/receipt.pdf"),
        );
        assert!(effects.is_empty());
        assert!(s.toast.unwrap().text.contains("was not attached"));
    }

    #[test]
    fn a_cancelled_export_says_not_saved_and_the_fallback_names_the_folder() {
        let mut s = state();
        s.export_cancelled(View::Journal);
        assert_eq!(s.journal.message.as_deref(), Some(NOT_SAVED));
        assert!(s.last_export.is_none());
        let path = PathBuf::from("/data/exports/prep.pdf");
        s.exported_to_fallback(View::Prep, Ok(path.clone()));
        let toast = s.toast.unwrap().text;
        assert!(toast.starts_with("No file dialog could be shown here"));
        assert!(toast.ends_with("/data/exports/prep.pdf"));
        assert_eq!(s.last_export, Some(path));
    }

    #[test]
    fn a_rejected_directory_leaves_the_current_one_and_says_why() {
        let mut s = state();
        let before = s.directory.contacts.len();
        let errors = crate::directory::LoadErrors(vec![crate::directory::LoadError {
            file: "/tmp/bad.ron".to_string(),
            line: Some(3),
            column: None,
            field: "contacts[0]".to_string(),
            message: "bad".to_string(),
        }]);
        let rejected = Err(super::super::DirectoryFileError::Rejected(errors));
        s.directory_chosen(Path::new("/tmp/bad.ron"), rejected);
        assert_eq!(s.directory.contacts.len(), before);
        let warning = s.warning.unwrap();
        assert!(
            warning.contains("1 problem; first: /tmp/bad.ron:3: contacts[0]: bad."),
            "{warning}"
        );
    }

    #[test]
    fn a_good_directory_replaces_the_shown_one() {
        let mut s = state();
        s.warning = Some("old".to_string());
        let generation = s.numbers.results_generation;
        s.directory_chosen(
            Path::new("/tmp/good.ron"),
            Ok(Directory::builtin().unwrap()),
        );
        assert!(s.warning.is_none());
        assert!(s.numbers.results_generation > generation);
        assert!(s.toast.unwrap().text.contains("/tmp/good.ron"));
    }
}
