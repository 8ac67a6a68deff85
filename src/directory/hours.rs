//! Opening hours: parsing the data's schedules, "open now" in the contact's own time
//! zone, and the next opening or closing shown in the user's local time.

use jiff::civil::{Date, Time, Weekday};
use jiff::tz::TimeZone;
use jiff::{Timestamp, Zoned};

use super::model::{Day, Hours, Slot};
use crate::t;

/// A weekly schedule, parsed and ready to query. Stored (in the prepared directory)
/// as its zone's name and windows; the zone is looked up again when read.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
#[serde(into = "StoredSchedule", try_from = "StoredSchedule")]
pub struct Schedule {
    /// The IANA name of the zone, as written in the data.
    pub zone_name: String,
    zone: TimeZone,
    /// (weekday, minutes from midnight to open, minutes to close; 1440 = midnight).
    windows: Vec<(Weekday, u16, u16)>,
}

/// When a contact answers, ready to query.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub enum Availability {
    /// Around the clock.
    Always,
    /// A weekly schedule.
    Weekly(Schedule),
    /// Not known.
    Unknown,
}

/// Whether a contact is open at a moment.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum OpenState {
    /// Open around the clock.
    Always,
    /// Open now, until this moment.
    OpenUntil(Zoned),
    /// Closed now, opening at this moment.
    ClosedUntil(Zoned),
    /// Hours unknown.
    Unknown,
}

/// A problem in an hours entry.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum HoursError {
    /// The zone name is not in the time-zone database.
    #[error("unknown time zone \"{0}\"")]
    UnknownZone(String),
    /// A time is not "HH:MM".
    #[error("time \"{0}\" is not HH:MM (00:00 to 24:00)")]
    BadTime(String),
    /// A window closes before it opens, or lists no days.
    #[error("window {0} is empty: it must list days and close after it opens")]
    EmptyWindow(String),
    /// A stored weekday out of 1 (Monday) to 7 (Sunday).
    #[error("weekday {0} is not 1 (Monday) to 7 (Sunday)")]
    BadWeekday(i8),
}

fn weekday(day: Day) -> Weekday {
    match day {
        Day::Mon => Weekday::Monday,
        Day::Tue => Weekday::Tuesday,
        Day::Wed => Weekday::Wednesday,
        Day::Thu => Weekday::Thursday,
        Day::Fri => Weekday::Friday,
        Day::Sat => Weekday::Saturday,
        Day::Sun => Weekday::Sunday,
    }
}

fn parse_minutes(text: &str) -> Result<u16, HoursError> {
    let bad = || HoursError::BadTime(text.to_string());
    let (h, m) = text.split_once(':').ok_or_else(bad)?;
    if h.len() != 2 || m.len() != 2 {
        return Err(bad());
    }
    let h: u16 = h.parse().map_err(|_| bad())?;
    let m: u16 = m.parse().map_err(|_| bad())?;
    if m >= 60 || h > 24 || (h == 24 && m != 0) {
        return Err(bad());
    }
    Ok(h * 60 + m)
}

/// A [`Schedule`] as the prepared directory stores it.
#[derive(serde::Serialize, serde::Deserialize)]
struct StoredSchedule {
    zone_name: String,
    /// (weekday, Monday = 1, ..., Sunday = 7; minutes to open; minutes to close).
    windows: Vec<(i8, u16, u16)>,
}

impl From<Schedule> for StoredSchedule {
    fn from(s: Schedule) -> StoredSchedule {
        StoredSchedule {
            zone_name: s.zone_name,
            windows: s
                .windows
                .into_iter()
                .map(|(day, open, close)| (day.to_monday_one_offset(), open, close))
                .collect(),
        }
    }
}

impl TryFrom<StoredSchedule> for Schedule {
    type Error = HoursError;

    fn try_from(s: StoredSchedule) -> Result<Schedule, HoursError> {
        let zone = TimeZone::get(&s.zone_name)
            .map_err(|_| HoursError::UnknownZone(s.zone_name.clone()))?;
        let windows = s
            .windows
            .into_iter()
            .map(|(day, open, close)| {
                Weekday::from_monday_one_offset(day)
                    .map(|day| (day, open, close))
                    .map_err(|_| HoursError::BadWeekday(day))
            })
            .collect::<Result<_, _>>()?;
        Ok(Schedule {
            zone_name: s.zone_name,
            zone,
            windows,
        })
    }
}

impl Availability {
    /// Parses the data's hours.
    pub fn from_hours(hours: &Hours) -> Result<Availability, HoursError> {
        match hours {
            Hours::Always => Ok(Availability::Always),
            Hours::Unknown => Ok(Availability::Unknown),
            Hours::Weekly { zone, slots } => {
                let tz = TimeZone::get(zone).map_err(|_| HoursError::UnknownZone(zone.clone()))?;
                let mut windows = Vec::new();
                for slot in slots {
                    windows.extend(parse_slot(slot)?);
                }
                Ok(Availability::Weekly(Schedule {
                    zone_name: zone.clone(),
                    zone: tz,
                    windows,
                }))
            }
        }
    }

    /// Whether it is open at `now`.
    pub(crate) fn state_at(&self, now: Timestamp) -> OpenState {
        match self {
            Availability::Always => OpenState::Always,
            Availability::Unknown => OpenState::Unknown,
            Availability::Weekly(schedule) => schedule.state_at(now),
        }
    }

    /// A one-line summary of the hours, e.g. "Mon–Fri 08:00–17:00 (Europe/London)".
    pub fn summary(&self) -> String {
        match self {
            Availability::Always => t!("numbers-hours-every-day"),
            Availability::Unknown => t!("numbers-hours-not-known"),
            Availability::Weekly(schedule) => schedule.summary(),
        }
    }
}

fn parse_slot(slot: &Slot) -> Result<Vec<(Weekday, u16, u16)>, HoursError> {
    let open = parse_minutes(&slot.open)?;
    let close = parse_minutes(&slot.close)?;
    if close <= open || slot.days.is_empty() {
        return Err(HoursError::EmptyWindow(format!(
            "{}-{}",
            slot.open, slot.close
        )));
    }
    Ok(slot
        .days
        .iter()
        .map(|d| (weekday(*d), open, close))
        .collect())
}

fn at_minutes(date: Date, minutes: u16, tz: &TimeZone) -> Option<Zoned> {
    let (date, minutes) = if minutes >= 1440 {
        (date.tomorrow().ok()?, minutes - 1440)
    } else {
        (date, minutes)
    };
    let time = Time::new((minutes / 60) as i8, (minutes % 60) as i8, 0, 0).ok()?;
    date.to_datetime(time).to_zoned(tz.clone()).ok()
}

impl Schedule {
    /// The concrete opening windows overlapping the week around `now`, sorted.
    fn windows_around(&self, now: &Zoned) -> Vec<(Zoned, Zoned)> {
        let mut out = Vec::new();
        let today = now.date();
        for offset in -1i64..=8 {
            let Ok(day) = today.checked_add(jiff::Span::new().days(offset)) else {
                continue;
            };
            for (wd, open, close) in &self.windows {
                if day.weekday() != *wd {
                    continue;
                }
                if let (Some(start), Some(end)) = (
                    at_minutes(day, *open, &self.zone),
                    at_minutes(day, *close, &self.zone),
                ) {
                    out.push((start, end));
                }
            }
        }
        out.sort_by(|a, b| a.0.cmp(&b.0));
        out
    }

    /// Whether it is open at `now`, with the next change.
    pub(crate) fn state_at(&self, now: Timestamp) -> OpenState {
        let here = now.to_zoned(self.zone.clone());
        let windows = self.windows_around(&here);
        if let Some(index) = windows.iter().position(|(s, e)| *s <= here && here < *e) {
            // Merge windows that touch (e.g. 18:00–24:00 then 00:00–06:00).
            let mut end = windows[index].1.clone();
            for (s, e) in &windows[index + 1..] {
                if *s <= end && *e > end {
                    end = e.clone();
                }
            }
            return OpenState::OpenUntil(end);
        }
        match windows.into_iter().find(|(s, _)| *s > here) {
            Some((start, _)) => OpenState::ClosedUntil(start),
            None => OpenState::Unknown,
        }
    }

    /// "Mon–Fri 08:00–17:00 (Europe/London)".
    pub fn summary(&self) -> String {
        let mut groups: Vec<(Vec<Weekday>, u16, u16)> = Vec::new();
        for (wd, open, close) in &self.windows {
            match groups.iter_mut().find(|g| g.1 == *open && g.2 == *close) {
                Some(group) => group.0.push(*wd),
                None => groups.push((vec![*wd], *open, *close)),
            }
        }
        let parts: Vec<String> = groups
            .iter()
            .map(|(days, open, close)| {
                format!("{} {}–{}", day_range(days), hhmm(*open), hhmm(*close))
            })
            .collect();
        format!("{} ({})", parts.join(", "), self.zone_name)
    }
}

fn hhmm(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// "Mon", in the current language.
fn short_day(wd: Weekday) -> String {
    match wd {
        Weekday::Monday => t!("numbers-day-mon"),
        Weekday::Tuesday => t!("numbers-day-tue"),
        Weekday::Wednesday => t!("numbers-day-wed"),
        Weekday::Thursday => t!("numbers-day-thu"),
        Weekday::Friday => t!("numbers-day-fri"),
        Weekday::Saturday => t!("numbers-day-sat"),
        Weekday::Sunday => t!("numbers-day-sun"),
    }
}

fn day_range(days: &[Weekday]) -> String {
    let mut sorted: Vec<i8> = days.iter().map(|d| d.to_monday_zero_offset()).collect();
    sorted.sort_unstable();
    sorted.dedup();
    if sorted.len() == 7 {
        return t!("numbers-hours-daily");
    }
    let contiguous = sorted.windows(2).all(|w| w[1] == w[0] + 1);
    let name = |i: i8| short_day(Weekday::from_monday_zero_offset(i).unwrap_or(Weekday::Monday));
    match (sorted.first(), sorted.last()) {
        (Some(first), Some(last)) if contiguous && sorted.len() > 2 => {
            format!("{}–{}", name(*first), name(*last))
        }
        _ => sorted
            .iter()
            .map(|i| name(*i))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// Describes an open state for people, giving times in the contact's zone and in the
/// user's own zone, e.g. "Open now · until 17:00 London time (12:00 your time)".
pub(crate) fn describe(state: &OpenState, local: &TimeZone) -> String {
    // "Wed 17:00": the day in the current language, the time on a 24-hour clock.
    let day_time = |moment: &Zoned| {
        format!(
            "{} {}",
            short_day(moment.weekday()),
            moment.strftime("%H:%M")
        )
    };
    let both = |moment: &Zoned| {
        let theirs = day_time(moment);
        let zone = moment
            .time_zone()
            .iana_name()
            .map(city_of)
            .unwrap_or_else(|| t!("numbers-hours-local-zone"));
        let mine = moment.with_time_zone(local.clone());
        if mine.offset() == moment.offset() {
            t!("numbers-hours-zone-time", time = theirs, city = zone)
        } else {
            t!(
                "numbers-hours-zone-and-your-time",
                time = theirs,
                city = zone,
                yours = day_time(&mine)
            )
        }
    };
    match state {
        OpenState::Always => t!("numbers-hours-open-always"),
        OpenState::Unknown => t!("numbers-hours-not-known"),
        OpenState::OpenUntil(end) => t!("numbers-hours-open-until", time = both(end)),
        OpenState::ClosedUntil(start) => t!("numbers-hours-closed-until", time = both(start)),
    }
}

/// "Europe/London" → "London".
fn city_of(zone: &str) -> String {
    zone.rsplit('/').next().unwrap_or(zone).replace('_', " ")
}

/// The next moment after `now` at which any of these states changes (for scheduling a
/// repaint instead of repainting continuously).
pub(crate) fn next_change<'a>(
    states: impl IntoIterator<Item = &'a OpenState>,
) -> Option<Timestamp> {
    states
        .into_iter()
        .filter_map(|s| match s {
            OpenState::OpenUntil(z) | OpenState::ClosedUntil(z) => Some(z.timestamp()),
            _ => None,
        })
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn london_weekdays() -> Availability {
        Availability::from_hours(&Hours::Weekly {
            zone: "Europe/London".into(),
            slots: vec![Slot {
                days: vec![Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri],
                open: "08:00".into(),
                close: "17:00".into(),
            }],
        })
        .unwrap()
    }

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn open_during_the_window_closed_outside() {
        let hours = london_weekdays();
        // Wed 2026-11-18 10:00 UTC = 10:00 London (GMT in November).
        match hours.state_at(ts("2026-11-18T10:00:00Z")) {
            OpenState::OpenUntil(end) => assert_eq!(end.strftime("%H:%M").to_string(), "17:00"),
            other => panic!("{other:?}"),
        }
        // Saturday: closed until Monday 08:00.
        match hours.state_at(ts("2026-11-21T12:00:00Z")) {
            OpenState::ClosedUntil(start) => {
                assert_eq!(start.strftime("%a %H:%M").to_string(), "Mon 08:00")
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn daylight_saving_time_is_respected() {
        let hours = london_weekdays();
        // Wed 2026-07-15 07:30 UTC = 08:30 BST: open.
        assert!(matches!(
            hours.state_at(ts("2026-07-15T07:30:00Z")),
            OpenState::OpenUntil(_)
        ));
        // Wed 2026-11-18 07:30 UTC = 07:30 GMT: closed.
        assert!(matches!(
            hours.state_at(ts("2026-11-18T07:30:00Z")),
            OpenState::ClosedUntil(_)
        ));
    }

    #[test]
    fn midnight_close_is_the_next_day() {
        let hours = Availability::from_hours(&Hours::Weekly {
            zone: "Australia/Sydney".into(),
            slots: vec![Slot {
                days: vec![
                    Day::Mon,
                    Day::Tue,
                    Day::Wed,
                    Day::Thu,
                    Day::Fri,
                    Day::Sat,
                    Day::Sun,
                ],
                open: "06:00".into(),
                close: "24:00".into(),
            }],
        })
        .unwrap();
        // 2026-11-21 12:30 UTC = 23:30 Sydney (AEDT, UTC+11): open until midnight.
        match hours.state_at(ts("2026-11-21T12:30:00Z")) {
            OpenState::OpenUntil(end) => {
                assert_eq!(
                    end.strftime("%Y-%m-%d %H:%M").to_string(),
                    "2026-11-22 00:00"
                )
            }
            other => panic!("{other:?}"),
        }
        // 2026-11-21 14:00 UTC = 01:00 Sydney: closed until 06:00.
        match hours.state_at(ts("2026-11-21T14:00:00Z")) {
            OpenState::ClosedUntil(start) => {
                assert_eq!(start.strftime("%H:%M").to_string(), "06:00")
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(hours.summary(), "Daily 06:00–24:00 (Australia/Sydney)");
    }

    #[test]
    fn bad_hours_are_rejected() {
        let bad_zone = Hours::Weekly {
            zone: "Mars/Olympus".into(),
            slots: vec![],
        };
        assert!(matches!(
            Availability::from_hours(&bad_zone),
            Err(HoursError::UnknownZone(_))
        ));
        let bad_time = Hours::Weekly {
            zone: "UTC".into(),
            slots: vec![Slot {
                days: vec![Day::Mon],
                open: "8am".into(),
                close: "17:00".into(),
            }],
        };
        assert!(matches!(
            Availability::from_hours(&bad_time),
            Err(HoursError::BadTime(_))
        ));
        let backwards = Hours::Weekly {
            zone: "UTC".into(),
            slots: vec![Slot {
                days: vec![Day::Mon],
                open: "17:00".into(),
                close: "08:00".into(),
            }],
        };
        assert!(matches!(
            Availability::from_hours(&backwards),
            Err(HoursError::EmptyWindow(_))
        ));
    }

    #[test]
    fn description_shows_both_zones() {
        let hours = london_weekdays();
        let state = hours.state_at(ts("2026-11-18T10:00:00Z"));
        let ny = TimeZone::get("America/New_York").unwrap();
        assert_eq!(
            describe(&state, &ny),
            "Open now · until Wed 17:00 London time (Wed 12:00 your time)"
        );
        let london = TimeZone::get("Europe/London").unwrap();
        assert_eq!(
            describe(&state, &london),
            "Open now · until Wed 17:00 London time"
        );
        assert_eq!(hours.summary(), "Mon–Fri 08:00–17:00 (Europe/London)");
    }

    #[test]
    fn next_change_is_the_earliest() {
        let hours = london_weekdays();
        let a = hours.state_at(ts("2026-11-18T10:00:00Z"));
        let b = OpenState::Always;
        assert_eq!(next_change([&a, &b]), Some(ts("2026-11-18T17:00:00Z")));
        assert_eq!(next_change([&b]), None);
    }
}
