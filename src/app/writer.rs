//! The writer (issue 29, item 4): one thread that owns the window's files (the journal,
//! the settings, the forms kept across a close) and does all their reading and
//! writing, so a slow disk or another window holding the journal's lock never stalls
//! a frame. The window sends [`Job`]s with snapshots; each job is answered with one
//! [`Reply`], in order, and the thread wakes the window when it sends one.
//!
//! No egui here: the wake-up is a callback.

#![allow(clippy::disallowed_methods)] // the edge: the window's files (issue 15)

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::JoinHandle;
use std::time::Duration;

use crate::journal::merge::merge;
use crate::journal::{Journal, JournalFile};
use crate::settings::Settings;
use crate::settings::file::SettingsFile;
use crate::state::Reply;
use crate::state::UnsavedForms;
use crate::unsaved_file::UnsavedFile;

/// Work for the writer thread.
#[expect(
    clippy::large_enum_variant,
    reason = "a few jobs per user action, each moved once into the channel"
)]
pub(crate) enum Job {
    /// Open (load) the journal of this data folder.
    OpenJournal(PathBuf),
    /// Open the forms kept across the last close in this data folder, and put them back.
    OpenForms(PathBuf),
    /// Keep the settings in this file from now on.
    AdoptSettings(Box<SettingsFile>),
    /// Save this snapshot of the journal. `seen`: the last of the writer's reads of
    /// the file the window had taken in when it took the snapshot (an older one means
    /// the snapshot misses what another window wrote: it is merged in first).
    SaveJournal {
        /// The journal as the window shows it.
        journal: Journal,
        /// See above.
        seen: u64,
    },
    /// Read the journal again if someone else changed the file.
    Refresh,
    /// Read a journal file to import.
    Import(PathBuf),
    /// List the journal's earlier versions.
    ListBackups,
    /// Restore the journal from this backup.
    Restore(String),
    /// Save these settings.
    SaveSettings(Settings),
    /// Keep these forms with unsaved changes.
    KeepForms(UnsavedForms),
    /// Say which of these files exist.
    CheckFiles(Vec<String>),
}

impl Job {
    fn name(&self) -> &'static str {
        match self {
            Job::OpenJournal(_) => "open the journal",
            Job::OpenForms(_) => "open kept forms",
            Job::AdoptSettings(_) => "adopt the settings file",
            Job::SaveJournal { .. } => "save the journal",
            Job::Refresh => "refresh the journal",
            Job::Import(_) => "import",
            Job::ListBackups => "list backups",
            Job::Restore(_) => "restore",
            Job::SaveSettings(_) => "save the settings",
            Job::KeepForms(_) => "keep unsaved forms",
            Job::CheckFiles(_) => "check files",
        }
    }
}

/// An answer from the writer: the number of the job it answers, how many times it has
/// read something new from the journal file so far, and what to tell the state
/// (nothing for a job with nothing to say).
type Answer = (u64, u64, Option<Reply>);

/// How the writer wakes the window (it repaints and takes the answer in).
pub(crate) type Wake = Arc<dyn Fn() + Send + Sync>;

/// The window's side of the writer thread.
pub(crate) struct Writer {
    /// What the thread is started with, until the first job starts it (a window that
    /// keeps no files never starts one).
    start: Option<(Wake, Option<Gate>)>,
    jobs: Option<Sender<(u64, Job)>>,
    answers: Option<Receiver<Answer>>,
    thread: Option<JoinHandle<()>>,
    /// The number of the last job sent.
    sent: u64,
    /// The number of the last job answered.
    answered: u64,
    /// The number of the last journal save sent (a save answered with an older
    /// number was overtaken by newer edits).
    last_save: u64,
    /// The number of the last refresh sent (at most one is on its way at a time).
    last_refresh: u64,
    /// How many of the writer's reads of new content the window has taken in.
    disk_seen: u64,
}

/// What the writer thread owns.
#[derive(Default)]
struct Files {
    journal: Option<JournalFile>,
    /// What the journal file held when the thread last read or wrote it: a snapshot
    /// taken before the window took in the writer's last read is merged with it, so
    /// what another window wrote is never dropped.
    known: Option<Journal>,
    /// How many times the thread read something new from the journal file (loaded it,
    /// refreshed it, or merged another window's changes while saving).
    disk_gen: u64,
    settings: Option<SettingsFile>,
    unsaved: Option<UnsavedFile>,
    /// Waited on before every job (tests: a slow disk).
    gate: Option<Gate>,
}

/// The longest the test gate holds a job (so a test that failed still ends).
const GATE_LIMIT: Duration = Duration::from_secs(20);

/// A slow disk, for tests: the writer waits for a token before every job (at most
/// [`GATE_LIMIT`]); a closed channel ends the waiting.
pub(crate) type Gate = Receiver<()>;

impl Writer {
    /// Starts the writer thread; `wake` is called after every answer with something to
    /// say (the window repaints and takes it in). `gate` holds every job until a token comes (tests).
    pub fn spawn(wake: Wake, gate: Option<Gate>) -> Writer {
        Writer {
            start: Some((wake, gate)),
            jobs: None,
            answers: None,
            thread: None,
            sent: 0,
            answered: 0,
            last_save: 0,
            last_refresh: 0,
            disk_seen: 0,
        }
    }

    /// Starts the thread (the first job does).
    fn started(&mut self) -> Option<&Sender<(u64, Job)>> {
        if let Some((wake, gate)) = self.start.take() {
            let (jobs, inbox) = mpsc::channel::<(u64, Job)>();
            let (outbox, answers) = mpsc::channel::<Answer>();
            let thread = std::thread::Builder::new()
                .name("amex-desk-writer".to_string())
                .spawn(move || {
                    let mut files = Files {
                        gate,
                        ..Files::default()
                    };
                    for (number, job) in inbox {
                        if let Some(gate) = &files.gate {
                            let _ = gate.recv_timeout(GATE_LIMIT);
                        }
                        let name = job.name();
                        let reply = files.run(job);
                        log::debug!("writer: {name} done");
                        let news = reply.is_some();
                        if outbox.send((number, files.disk_gen, reply)).is_err() {
                            break;
                        }
                        // Only an answer with something to say repaints (a refresh that
                        // found nothing new must not start another frame).
                        if news {
                            wake();
                        }
                    }
                });
            match thread {
                Ok(thread) => {
                    self.thread = Some(thread);
                    self.jobs = Some(jobs);
                    self.answers = Some(answers);
                }
                Err(e) => {
                    log::warn!("cannot start the writer thread ({e}): nothing will be saved")
                }
            }
        }
        self.jobs.as_ref()
    }

    /// Sends a job. Refreshes are sent only when none is on its way.
    pub fn send(&mut self, job: Job) {
        if matches!(job, Job::Refresh) && self.answered < self.last_refresh {
            return;
        }
        if self.started().is_none() {
            return;
        }
        self.sent += 1;
        let job = match job {
            Job::SaveJournal { journal, .. } => {
                self.last_save = self.sent;
                Job::SaveJournal {
                    journal,
                    seen: self.disk_seen,
                }
            }
            Job::Refresh => {
                self.last_refresh = self.sent;
                Job::Refresh
            }
            job => job,
        };
        let sent = self
            .jobs
            .as_ref()
            .is_some_and(|jobs| jobs.send((self.sent, job)).is_ok());
        if !sent {
            log::warn!("the writer thread has stopped: nothing more will be saved");
            self.jobs = None;
            self.answered = self.sent;
        }
    }

    /// Is a job on its way?
    pub(crate) fn busy(&self) -> bool {
        self.answered < self.sent
    }

    /// How many jobs are on their way (answers not yet taken in count as on their way).
    pub(crate) fn pending(&self) -> u64 {
        self.sent - self.answered
    }

    /// The answers that arrived, without waiting.
    pub fn answers(&mut self) -> Vec<Reply> {
        let mut replies = Vec::new();
        while let Some(answer) = self.answers.as_ref().and_then(|a| a.try_recv().ok()) {
            self.take(answer, &mut replies);
        }
        replies
    }

    /// Waits until every job sent so far is answered (closing; tests), and returns the
    /// answers.
    pub fn wait(&mut self) -> Vec<Reply> {
        let mut replies = Vec::new();
        while self.busy() {
            match self.answers.as_ref().map(Receiver::recv) {
                Some(Ok(answer)) => self.take(answer, &mut replies),
                Some(Err(_)) | None => {
                    self.answered = self.sent;
                    self.jobs = None;
                }
            }
        }
        replies
    }

    fn take(&mut self, (number, disk_gen, reply): Answer, replies: &mut Vec<Reply>) {
        self.answered = self.answered.max(number);
        self.disk_seen = self.disk_seen.max(disk_gen);
        match reply {
            Some(Reply::JournalSaved {
                result, read_only, ..
            }) => replies.push(Reply::JournalSaved {
                result,
                read_only,
                overtaken: number < self.last_save,
            }),
            Some(reply) => replies.push(reply),
            None => {}
        }
    }
}

impl Drop for Writer {
    /// Finishes what was sent (a save in flight is never cut short), then stops.
    fn drop(&mut self) {
        self.jobs = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Files {
    fn run(&mut self, job: Job) -> Option<Reply> {
        match job {
            Job::OpenJournal(dir) => Some(self.open_journal(&dir)),
            Job::OpenForms(dir) => Some(self.open_forms(&dir)),
            Job::AdoptSettings(file) => {
                self.settings = Some(*file);
                None
            }
            Job::SaveJournal { journal, seen } => self.save_journal(journal, seen),
            Job::Refresh => self.refresh(),
            Job::Import(path) => {
                let result = crate::journal::read_journal(&path);
                Some(Reply::Imported { path, result })
            }
            Job::ListBackups => Some(Reply::BackupsListed(match &self.journal {
                Some(file) => crate::journal::backups::list(&file.backups_dir()),
                None => Ok(Vec::new()),
            })),
            Job::Restore(name) => {
                let Some(file) = &mut self.journal else {
                    let message = "this window keeps no journal file".to_string();
                    return Some(Reply::Problem(message));
                };
                let result = file.restore(Path::new(&name)).map_err(Into::into);
                if let Ok(restored) = &result {
                    self.known = Some(restored.clone());
                    self.disk_gen += 1;
                }
                Some(Reply::Restored { name, result })
            }
            Job::SaveSettings(settings) => {
                let file = self.settings.as_mut()?;
                if file.read_only_reason().is_some() {
                    return None;
                }
                file.save(&settings)
                    .err()
                    .map(|e| Reply::Problem(format!("Settings not saved: {e}")))
            }
            Job::KeepForms(forms) => {
                let file = self.unsaved.as_mut()?;
                file.save(&forms)
                    .err()
                    .map(|e| Reply::Problem(format!("Unsaved changes not kept: {e}")))
            }
            Job::CheckFiles(paths) => Some(Reply::FilesChecked(
                paths
                    .into_iter()
                    .map(|p| {
                        let exists = Path::new(&p).exists();
                        (p, exists)
                    })
                    .collect(),
            )),
        }
    }

    fn open_journal(&mut self, dir: &Path) -> Reply {
        let (file, result) = JournalFile::open(dir);
        let path = file.path().to_path_buf();
        self.journal = Some(file);
        let result = match result {
            Ok(journal) => {
                self.known = Some(journal.clone());
                self.disk_gen += 1;
                Ok(journal)
            }
            Err(e) => {
                log::warn!("the journal is read-only: {e}");
                Err(e.into())
            }
        };
        Reply::JournalOpened { path, result }
    }

    fn open_forms(&mut self, dir: &Path) -> Reply {
        let (file, kept) = UnsavedFile::open(dir);
        self.unsaved = Some(file);
        match kept {
            Ok(forms) => Reply::FormsKept(forms),
            Err(e) => Reply::Problem(format!(
                "Forms kept from last time could not be read and are left as they are: {e}"
            )),
        }
    }

    fn save_journal(&mut self, snapshot: Journal, seen: u64) -> Option<Reply> {
        let file = self.journal.as_mut()?;
        let ours = match &self.known {
            Some(known) if seen < self.disk_gen => merge(&snapshot, known).0,
            _ => snapshot,
        };
        let result = file
            .save(&ours)
            .map(|(saved, report)| (saved.unwrap_or(ours), report));
        if let Ok((saved, report)) = &result {
            self.known = Some(saved.clone());
            if *report != Default::default() {
                self.disk_gen += 1;
            }
        }
        Some(Reply::JournalSaved {
            read_only: result.is_err() && file.read_only_reason().is_some(),
            result: result.map_err(Into::into),
            overtaken: false,
        })
    }

    fn refresh(&mut self) -> Option<Reply> {
        let file = self.journal.as_mut()?;
        let known = self.known.clone().unwrap_or_default();
        match file.refresh(&known)? {
            Ok((merged, _)) => {
                self.known = Some(merged.clone());
                self.disk_gen += 1;
                Some(Reply::JournalOnDisk(merged))
            }
            Err(e) => Some(Reply::JournalReadOnly(e)),
        }
    }
}
