//! The call timer: a running call split into time on hold and time talking, and the
//! times a finished call leaves in its journal entry (evidence of how long the user
//! was kept waiting). Pure: every function takes the time it needs.

use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};

use super::local_time::LocalTime;
use crate::directory::Purpose;
use crate::t;

/// How long a finished call took, as kept in its journal entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallTimes {
    /// When the call started.
    pub started: LocalTime,
    /// When it ended.
    pub ended: LocalTime,
    /// Seconds spent on hold (menus and queues included).
    pub hold_secs: u32,
    /// Seconds spent talking to someone.
    pub talk_secs: u32,
}

impl CallTimes {
    /// The call's length in seconds (0 if the end is before the start).
    pub(crate) fn duration_secs(&self) -> i64 {
        (self.ended.timestamp.as_second() - self.started.timestamp.as_second()).max(0)
    }

    /// "25:10 (hold 08:10, talk 17:00)".
    pub fn summary(&self) -> String {
        t!(
            "journal-call-times",
            total = clock(self.duration_secs()),
            hold = clock(i64::from(self.hold_secs)),
            talk = clock(i64::from(self.talk_secs))
        )
    }

    /// What does not add up, if anything: an end before the start, or more hold and
    /// talk time than the call lasted.
    pub fn problem(&self) -> Option<String> {
        if self.ended.timestamp < self.started.timestamp {
            return Some(t!(
                "journal-call-times-backwards",
                end = self.ended.to_string(),
                start = self.started.to_string()
            ));
        }
        let split = i64::from(self.hold_secs) + i64::from(self.talk_secs);
        // A second of slack per part: the parts are rounded to whole seconds.
        (split > self.duration_secs() + 2).then(|| {
            t!(
                "journal-call-times-too-long",
                split = clock(split),
                total = clock(self.duration_secs())
            )
        })
    }
}

/// What the caller is doing during a running call.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Phase {
    /// Waiting: menus, queues, hold music.
    #[default]
    OnHold,
    /// Talking to someone.
    Talking,
}

impl Phase {
    /// Button text and status word.
    pub fn label(self) -> String {
        match self {
            Phase::OnHold => t!("journal-phase-on-hold"),
            Phase::Talking => t!("journal-phase-talking"),
        }
    }
}

/// A call being timed. Kept with the unsaved forms, so a crash does not lose it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallTimer {
    /// The directory contact called.
    pub contact: String,
    /// What the call is about, when the user chose it.
    #[serde(default)]
    pub purpose: Option<Purpose>,
    /// When the call started.
    pub started: Timestamp,
    /// What the caller is doing now.
    pub phase: Phase,
    /// Since when.
    pub since: Timestamp,
    /// Seconds on hold before `since`.
    pub hold_secs: i64,
    /// Seconds talking before `since`.
    pub talk_secs: i64,
}

/// Whole seconds from `from` to `to` (0 if `to` is earlier: a clock set back).
fn secs_between(from: Timestamp, to: Timestamp) -> i64 {
    (to.as_second() - from.as_second()).max(0)
}

impl CallTimer {
    /// A call to `contact` starting at `now`, on hold (calls start in the menus).
    pub fn start(contact: String, purpose: Option<Purpose>, now: Timestamp) -> CallTimer {
        CallTimer {
            contact,
            purpose,
            started: now,
            phase: Phase::OnHold,
            since: now,
            hold_secs: 0,
            talk_secs: 0,
        }
    }

    /// Switches to `phase` at `now` (nothing changes if it is the current one).
    pub(crate) fn set_phase(&mut self, phase: Phase, now: Timestamp) {
        if phase == self.phase {
            return;
        }
        let (hold, talk) = self.split(now);
        self.hold_secs = hold;
        self.talk_secs = talk;
        self.phase = phase;
        self.since = now.max(self.since);
    }

    /// Switches between on hold and talking at `now`.
    #[cfg(test)]
    pub(crate) fn toggle(&mut self, now: Timestamp) {
        let other = match self.phase {
            Phase::OnHold => Phase::Talking,
            Phase::Talking => Phase::OnHold,
        };
        self.set_phase(other, now);
    }

    /// Seconds on hold and talking up to `now`.
    pub fn split(&self, now: Timestamp) -> (i64, i64) {
        let current = secs_between(self.since, now);
        match self.phase {
            Phase::OnHold => (self.hold_secs + current, self.talk_secs),
            Phase::Talking => (self.hold_secs, self.talk_secs + current),
        }
    }

    /// Seconds since the call started.
    pub fn elapsed(&self, now: Timestamp) -> i64 {
        secs_between(self.started, now)
    }

    /// The next moment the shown clock changes: the next whole second of the call.
    pub(crate) fn next_tick(&self, now: Timestamp) -> Timestamp {
        let next = self.elapsed(now) + 1;
        self.started
            .checked_add(jiff::SignedDuration::from_secs(next))
            .unwrap_or(now)
    }

    /// The call ends at `now`: its times, in the user's zone.
    pub fn end(&self, now: Timestamp, zone: &TimeZone) -> CallTimes {
        let (hold, talk) = self.split(now);
        let secs = |s: i64| u32::try_from(s).unwrap_or(u32::MAX);
        CallTimes {
            started: LocalTime::in_zone(self.started, zone),
            ended: LocalTime::in_zone(now.max(self.started), zone),
            hold_secs: secs(hold),
            talk_secs: secs(talk),
        }
    }
}

/// `mm:ss`, or `h:mm:ss` from an hour on.
pub fn clock(secs: i64) -> String {
    let secs = secs.max(0);
    let (h, m, s) = (secs / 3600, (secs % 3600) / 60, secs % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m:02}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::line_stats::line_stats;
    use crate::journal::model::Entry;

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn a_call_splits_into_hold_and_talk() {
        let mut t = CallTimer::start("us-general".into(), None, at("2026-11-18T10:00:00Z"));
        assert_eq!(t.phase, Phase::OnHold);
        assert_eq!(t.split(at("2026-11-18T10:08:10Z")), (490, 0));
        t.toggle(at("2026-11-18T10:08:10Z"));
        assert_eq!(t.phase, Phase::Talking);
        t.set_phase(Phase::Talking, at("2026-11-18T10:09:00Z"));
        assert_eq!(t.split(at("2026-11-18T10:10:00Z")), (490, 110));
        t.toggle(at("2026-11-18T10:12:00Z"));
        t.toggle(at("2026-11-18T10:13:00Z"));
        assert_eq!(t.elapsed(at("2026-11-18T10:20:00Z")), 1200);
        let zone = TimeZone::get("Europe/Paris").unwrap();
        let times = t.end(at("2026-11-18T10:20:00Z"), &zone);
        assert_eq!(times.hold_secs, 490 + 60);
        assert_eq!(times.talk_secs, 230 + 420);
        assert_eq!(times.started.to_string(), "2026-11-18T11:00:00+01:00");
        assert_eq!(times.ended.to_string(), "2026-11-18T11:20:00+01:00");
        assert_eq!(times.duration_secs(), 1200);
        assert_eq!(times.summary(), "20:00 (hold 09:10, talk 10:50)");
        assert_eq!(times.problem(), None);
    }

    #[test]
    fn a_clock_set_back_counts_nothing_negative() {
        let mut t = CallTimer::start("x".into(), None, at("2026-11-18T10:00:00Z"));
        t.toggle(at("2026-11-18T09:59:00Z"));
        assert_eq!(t.split(at("2026-11-18T09:58:00Z")), (0, 0));
        let times = t.end(at("2026-11-18T09:50:00Z"), &TimeZone::UTC);
        assert_eq!(times.duration_secs(), 0);
        assert_eq!(times.problem(), None);
    }

    #[test]
    fn the_next_tick_is_the_next_whole_second_of_the_call() {
        let t = CallTimer::start("x".into(), None, at("2026-11-18T10:00:00.400Z"));
        assert_eq!(
            t.next_tick(at("2026-11-18T10:00:05.900Z")),
            at("2026-11-18T10:00:06.400Z")
        );
    }

    #[test]
    fn clocks_and_problems_read_plainly() {
        assert_eq!(clock(0), "00:00");
        assert_eq!(clock(754), "12:34");
        assert_eq!(clock(3723), "1:02:03");
        let start = LocalTime::in_zone(at("2026-11-18T10:00:00Z"), &TimeZone::UTC);
        let end = LocalTime::in_zone(at("2026-11-18T10:01:00Z"), &TimeZone::UTC);
        let backwards = CallTimes {
            started: end,
            ended: start,
            hold_secs: 0,
            talk_secs: 0,
        };
        assert!(backwards.problem().unwrap().contains("before they start"));
        let too_long = CallTimes {
            started: start,
            ended: end,
            hold_secs: 50,
            talk_secs: 50,
        };
        assert!(too_long.problem().unwrap().contains("more than"));
    }

    fn call(contact: &str, hold: Option<u32>) -> Entry {
        let now = at("2026-11-18T10:00:00Z");
        let mut e = Entry::new(now, &TimeZone::UTC);
        e.contact = Some(contact.to_string());
        e.call_times = hold.map(|hold_secs| CallTimes {
            started: e.when,
            ended: e.when,
            hold_secs,
            talk_secs: 0,
        });
        e
    }

    #[test]
    fn line_stats_count_calls_and_take_the_median_hold() {
        let entries = vec![
            call("a", Some(600)),
            call("a", None),
            call("a", Some(900)),
            call("b", Some(60)),
            call("a", Some(0)),
            call("a", Some(780)),
        ];
        let stats = line_stats(&entries, "a");
        assert_eq!(stats.calls, 5);
        assert_eq!(stats.median_hold_secs, Some(780));
        assert_eq!(
            stats.describe().unwrap(),
            "Your calls to this line: 5, median hold 13 min"
        );
        let even = line_stats(&entries[..3], "a");
        assert_eq!(even.median_hold_secs, Some(750));
        assert_eq!(
            line_stats(&entries[1..2], "a").describe().unwrap(),
            "Your calls to this line: 1"
        );
        assert_eq!(line_stats(&entries, "c").describe(), None);
        let one: Vec<Entry> = vec![call("d", Some(40))];
        assert_eq!(
            line_stats(&one, "d").describe().unwrap(),
            "Your calls to this line: 1, median hold 40 s"
        );
    }
}
