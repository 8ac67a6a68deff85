//! Carries reminders out while the window is open: [`Reminders::step`] runs on a frame,
//! at start and then at most once a minute ([`INTERVAL`]), and does work only when the
//! local date or the journal changed; it asks for one wake-up, a minute after the next
//! local midnight (or a minute on, when a change waits for the interval), never sooner.
//! No egui here: the window passes the wake-up on to `request_repaint_after`.

use std::path::Path;
use std::time::Duration;

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::file::RemindedFile;
use super::{Reminded, plan};
use crate::disputes::Catalog;
use crate::journal::Journal;
use crate::notify::Notifier;

/// The least time between two runs, and the least wake-up asked for.
pub(crate) const INTERVAL: Duration = Duration::from_secs(60);

/// What a step asks of the window.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Step {
    /// A problem to tell the user (once): notifications failed, the file was not saved.
    pub report: Option<String>,
    /// Wake the window after this long (never less than [`INTERVAL`]).
    pub wake_after: Option<Duration>,
}

/// The window's reminders: the notifier, what was notified today and its file.
#[derive(Default)]
pub(crate) struct Reminders {
    /// None: no notifications (most tests).
    notifier: Option<Box<dyn Notifier>>,
    /// None: what was notified is kept in memory only.
    file: Option<RemindedFile>,
    reminded: Reminded,
    /// When the last run was.
    last_run: Option<Timestamp>,
    /// The date and journal fingerprint the last run saw.
    seen: Option<(Date, u64)>,
    /// The notifier failed: reported once, not tried again in this session.
    broken: bool,
    /// A save failure was reported (not repeated).
    save_reported: bool,
}

impl Reminders {
    /// Shows notifications with `notifier`.
    pub(crate) fn set_notifier(&mut self, notifier: Box<dyn Notifier>) {
        self.notifier = Some(notifier);
    }

    /// Keeps what was notified in `data_dir` and reads what was notified before; the
    /// message when the file cannot be read (it is then left as it is).
    pub(crate) fn open_file(&mut self, data_dir: &Path) -> Option<String> {
        let (file, loaded) = RemindedFile::open(data_dir);
        self.file = Some(file);
        match loaded {
            Ok(reminded) => {
                self.reminded = reminded;
                None
            }
            Err(e) => Some(crate::t!(
                "journal-reminders-unreadable",
                error = e.to_string()
            )),
        }
    }

    /// One frame's step: notifies what fell due, if it is time to look (see the module).
    pub fn step(
        &mut self,
        journal: &Journal,
        fingerprint: u64,
        catalog: &Catalog,
        now: Timestamp,
        zone: &TimeZone,
        on: bool,
    ) -> Step {
        if self.notifier.is_none() || self.broken || !on {
            self.seen = None;
            return Step::default();
        }
        let today = now.to_zoned(zone.clone()).date();
        let seen = (today, fingerprint);
        let waited = self.last_run.is_none_or(|last| {
            let elapsed = now.duration_since(last);
            elapsed.is_negative() || elapsed.as_secs() >= INTERVAL.as_secs() as i64
        });
        let mut report = None;
        if self.seen != Some(seen) && waited {
            report = self.run(journal, catalog, today);
            self.last_run = Some(now);
            self.seen = Some(seen);
        }
        let wake = if self.broken {
            None
        } else if self.seen != Some(seen) {
            Some(INTERVAL)
        } else {
            Some(until_midnight(now, zone) + INTERVAL)
        };
        Step {
            report,
            wake_after: wake.map(|w| w.max(INTERVAL)),
        }
    }

    /// Notifies the items due today or overdue not yet notified today.
    fn run(&mut self, journal: &Journal, catalog: &Catalog, today: Date) -> Option<String> {
        let items = crate::followups::due_items(journal, catalog, today);
        let plan = plan(journal, &items, today, true, &self.reminded);
        let reminder = plan.reminder?;
        let notifier = self.notifier.as_mut()?;
        if let Err(e) = notifier.notify(&reminder.title, &reminder.body) {
            self.broken = true;
            return Some(crate::t!("journal-reminders-failed", error = e.to_string()));
        }
        self.reminded = plan.reminded;
        let file = self.file.as_mut()?;
        if file.read_only_reason().is_some() {
            return None;
        }
        match file.save(&self.reminded) {
            Ok(()) => None,
            Err(e) if !self.save_reported => {
                self.save_reported = true;
                Some(crate::t!(
                    "journal-reminders-not-recorded",
                    error = e.to_string()
                ))
            }
            Err(_) => None,
        }
    }
}

/// The time from `now` to the next local midnight (an hour when it cannot be found).
fn until_midnight(now: Timestamp, zone: &TimeZone) -> Duration {
    let next = now
        .to_zoned(zone.clone())
        .date()
        .tomorrow()
        .and_then(|d| d.to_zoned(zone.clone()))
        .map(|z| z.timestamp().duration_since(now));
    next.ok()
        .and_then(|d| Duration::try_from(d).ok())
        .unwrap_or(Duration::from_secs(3600))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::{Entry, Promise};
    use crate::notify::RecordingNotifier;

    fn journal(now: Timestamp) -> Journal {
        let mut j = Journal::default();
        let mut e = Entry::new(now, &TimeZone::UTC);
        e.reference = "4471".into();
        e.promises = vec![Promise {
            text: "callback".into(),
            due: Some(jiff::civil::date(2026, 11, 18)),
            done: false,
        }];
        j.entries.push(e);
        j
    }

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    #[test]
    fn once_a_day_across_restarts_and_wakes_only_after_midnight() {
        let dir = tempfile::tempdir().unwrap();
        let now = at("2026-11-18T10:00:00Z");
        let j = journal(now);
        let recorder = RecordingNotifier::default();
        let mut r = Reminders::default();
        r.set_notifier(Box::new(recorder.clone()));
        assert_eq!(r.open_file(dir.path()), None);
        let step = r.step(
            &j,
            j.fingerprint(),
            crate::disputes::builtin().unwrap(),
            now,
            &TimeZone::UTC,
            true,
        );
        assert_eq!(step.report, None);
        // 14 hours to midnight, plus a minute.
        assert_eq!(step.wake_after, Some(Duration::from_secs(14 * 3600 + 60)));
        r.step(
            &j,
            j.fingerprint(),
            crate::disputes::builtin().unwrap(),
            at("2026-11-18T10:05:00Z"),
            &TimeZone::UTC,
            true,
        );
        assert_eq!(recorder.sent().len(), 1);

        // A restart the same day: nothing again; the next day: again (now overdue).
        let mut again = Reminders::default();
        again.set_notifier(Box::new(recorder.clone()));
        again.open_file(dir.path());
        again.step(
            &j,
            j.fingerprint(),
            crate::disputes::builtin().unwrap(),
            at("2026-11-18T18:00:00Z"),
            &TimeZone::UTC,
            true,
        );
        assert_eq!(recorder.sent().len(), 1);
        again.step(
            &j,
            j.fingerprint(),
            crate::disputes::builtin().unwrap(),
            at("2026-11-19T00:01:00Z"),
            &TimeZone::UTC,
            true,
        );
        let sent = recorder.sent();
        assert_eq!(sent.len(), 2);
        assert_eq!(
            sent[1].1,
            "Chase Amex about ref 4471: promised callback, was due yesterday"
        );
    }

    #[test]
    fn a_journal_change_waits_for_the_minute_and_off_does_nothing() {
        let now = at("2026-11-18T10:00:00Z");
        let mut j = Journal::default();
        let recorder = RecordingNotifier::default();
        let mut r = Reminders::default();
        r.set_notifier(Box::new(recorder.clone()));
        assert_eq!(
            r.step(
                &j,
                j.fingerprint(),
                crate::disputes::builtin().unwrap(),
                now,
                &TimeZone::UTC,
                true
            )
            .report,
            None
        );
        j = journal(now);
        let soon = r.step(
            &j,
            j.fingerprint(),
            crate::disputes::builtin().unwrap(),
            at("2026-11-18T10:00:20Z"),
            &TimeZone::UTC,
            true,
        );
        assert_eq!(soon.wake_after, Some(INTERVAL));
        assert!(recorder.sent().is_empty(), "not within the minute");
        let off = r.step(
            &j,
            j.fingerprint(),
            crate::disputes::builtin().unwrap(),
            at("2026-11-18T10:01:00Z"),
            &TimeZone::UTC,
            false,
        );
        assert_eq!(off, Step::default());
        assert!(recorder.sent().is_empty());
        r.step(
            &j,
            j.fingerprint(),
            crate::disputes::builtin().unwrap(),
            at("2026-11-18T10:01:10Z"),
            &TimeZone::UTC,
            true,
        );
        assert_eq!(recorder.sent().len(), 1);
    }

    struct Failing;
    impl Notifier for Failing {
        fn notify(&mut self, _: &str, _: &str) -> Result<(), crate::notify::NotifyError> {
            Err(crate::notify::NotifyError::NoService(
                "no session bus".into(),
            ))
        }
    }

    #[test]
    fn a_failing_notifier_is_reported_once_and_not_retried() {
        let now = at("2026-11-18T10:00:00Z");
        let j = journal(now);
        let mut r = Reminders::default();
        r.set_notifier(Box::new(Failing));
        let first = r.step(
            &j,
            j.fingerprint(),
            crate::disputes::builtin().unwrap(),
            now,
            &TimeZone::UTC,
            true,
        );
        assert!(first.report.unwrap().contains("no session bus"));
        assert_eq!(first.wake_after, None);
        let later = r.step(
            &j,
            j.fingerprint(),
            crate::disputes::builtin().unwrap(),
            at("2026-11-19T10:00:00Z"),
            &TimeZone::UTC,
            true,
        );
        assert_eq!(later, Step::default());
    }

    #[test]
    fn midnight_is_local() {
        let zone = TimeZone::get("America/New_York").unwrap();
        // 10:00 UTC is 05:00 in New York: 19 hours to its midnight.
        let wait = until_midnight(at("2026-11-18T10:00:00Z"), &zone);
        assert_eq!(wait, Duration::from_secs(19 * 3600));
    }
}
