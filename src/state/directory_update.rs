//! The directory's own commands in the window (issue 30): offer a signed update with
//! what it changes and apply it only on the user's word, go back to the previous
//! directory, and "Report a problem with this number". Pure: the edge reads and
//! writes the files and answers through the methods here.

use std::path::{Path, PathBuf};

use super::{AppState, Choice, Effect, Out, View};
use crate::directory::installed::{InstallError, RolledBack};
use crate::directory::report::{self, Said};
use crate::directory::signed::Update;
use crate::directory::{Directory, update};

/// Commands about the directory itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DirectoryCommand {
    /// Ask for an update file (.amexdir) with an Open dialog.
    ChooseUpdate,
    /// Apply the update on offer.
    Apply,
    /// Do not apply the update on offer.
    Decline,
    /// Go back to the directory in use before the last update.
    Rollback,
    /// Open the problem report form for this line.
    StartReport(String),
    /// The report form changed.
    EditReport(Said),
    /// Copy the report.
    CopyReport,
    /// Save the report in the exports folder (or where the user says).
    SaveReport,
    /// Close the report form.
    CloseReport,
}

/// A checked update waiting for the user's word.
#[derive(Clone, Debug)]
pub struct UpdateOffer {
    /// The file it came from.
    pub path: PathBuf,
    /// The directory it carries.
    pub directory: Box<Directory>,
    /// The signing key's id and whose it is.
    pub key: String,
    /// What it changes, as lines of text.
    pub changes: String,
    /// The file's bytes, as signed (what is written to the data folder).
    pub bytes: Vec<u8>,
}

/// The problem report form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReportForm {
    /// What the user said so far.
    pub said: Said,
    /// Why the report could not be made, after Copy or Save.
    pub error: Option<String>,
}

impl AppState {
    /// Applies a directory command.
    pub(super) fn apply_directory(&mut self, command: DirectoryCommand, out: &mut Out) {
        match command {
            DirectoryCommand::ChooseUpdate => {
                out.push(Effect::ChooseFile(Choice::DirectoryUpdate));
            }
            DirectoryCommand::Apply => {
                if let Some(offer) = &self.update_offer {
                    out.push(Effect::ApplyUpdate(offer.bytes.clone()));
                }
            }
            DirectoryCommand::Decline => {
                if self.update_offer.take().is_some() {
                    out.toast("Not applied: the directory in use is unchanged.");
                }
            }
            DirectoryCommand::Rollback => out.push(Effect::RollbackDirectory),
            DirectoryCommand::StartReport(line) => self.start_report(line),
            DirectoryCommand::EditReport(said) => {
                if let Some(form) = &mut self.report_form {
                    form.said = said;
                    form.error = None;
                }
            }
            DirectoryCommand::CopyReport => {
                if let Some(text) = self.report_text() {
                    out.push(Effect::CopyText(text));
                    out.toast(
                        "Report copied: paste it into an email or an issue for the maintainers.",
                    );
                }
            }
            DirectoryCommand::SaveReport => {
                if let Some(text) = self.report_text() {
                    let line = self.report_form.as_ref().map(|f| f.said.line.clone());
                    out.push(Effect::WriteExport {
                        name: format!("correction-{}.ron", line.unwrap_or_default()),
                        bytes: text.into_bytes(),
                        from: View::Numbers,
                    });
                }
            }
            DirectoryCommand::CloseReport => self.report_form = None,
        }
    }

    fn start_report(&mut self, line: String) {
        // The page the user saw: the line's first American Express page.
        let page = self
            .directory
            .contact(&line)
            .and_then(|c| {
                c.record
                    .evidence
                    .iter()
                    .filter_map(|e| self.directory.source(&e.source))
                    .find_map(|s| s.url.clone())
            })
            .unwrap_or_default();
        self.report_form = Some(ReportForm {
            said: Said {
                line,
                page_url: page,
                ..Said::default()
            },
            error: None,
        });
    }

    /// The report as text, or `None` with the reason shown in the form.
    fn report_text(&mut self) -> Option<String> {
        let form = self.report_form.as_mut()?;
        match report::make(&self.directory, &form.said) {
            Ok(made) => Some(report::render(&made)),
            Err(e) => {
                form.error = Some(e.to_string());
                None
            }
        }
    }

    /// The edge opened and checked an update file: offer it with what it changes, or
    /// say why it was refused (nothing changes then).
    pub(crate) fn update_opened(
        &mut self,
        path: &Path,
        opened: Result<(Update, Vec<u8>), InstallError>,
    ) {
        match opened {
            Ok((offered, bytes)) => {
                let changes = update::diff(self.verify_directory(), &offered.directory);
                self.update_offer = Some(UpdateOffer {
                    path: path.to_path_buf(),
                    key: format!("{} ({})", offered.key.id, offered.key.note),
                    changes: changes.render_text(),
                    directory: Box::new(offered.directory),
                    bytes,
                });
            }
            Err(e) => self.warning = Some(e.to_string()),
        }
    }

    /// The edge wrote the update on offer to the data folder: it is the directory in
    /// use now.
    pub(crate) fn update_applied(&mut self, result: Result<(), InstallError>) {
        let Some(offer) = self.update_offer.take() else {
            return;
        };
        match result {
            Ok(()) => {
                let serial = offer.directory.serial;
                self.trusted_directory = None;
                self.replace_directory(*offer.directory);
                self.toast(format!(
                    "Update {serial} is in use. \"Go back to the previous directory\" undoes it."
                ));
            }
            Err(e) => {
                self.warning = Some(format!(
                    "The update could not be saved, so the directory in use is unchanged: {e}"
                ));
            }
        }
    }

    /// The edge went back to the previous directory; `in_use` is the one in use now.
    pub(crate) fn rolled_back(&mut self, result: Result<(RolledBack, Directory), InstallError>) {
        match result {
            Ok((RolledBack::Nothing, _)) => self.toast(
                "Nothing to undo: no update was applied; the built-in directory is in use."
                    .to_string(),
            ),
            Ok((done, in_use)) => {
                let serial = in_use.serial;
                self.trusted_directory = None;
                self.replace_directory(in_use);
                self.toast(match done {
                    RolledBack::ToPrevious => format!("Went back to update {serial}."),
                    _ => "Went back to the directory built into this app.".to_string(),
                });
            }
            Err(e) => self.warning = Some(format!("Could not go back: {e}")),
        }
    }
}
