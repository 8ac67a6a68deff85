//! A moment as the user lived it: local date and time with the UTC offset of the
//! moment, as the journal stores it.

use std::fmt;
use std::str::FromStr;

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::{Offset, TimeZone};
use serde::{Deserialize, Serialize};

/// A moment as the user lived it: local date and time with its UTC offset, written
/// `2026-11-18T10:00:00+00:00` in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalTime {
    /// The instant.
    pub timestamp: Timestamp,
    /// The offset the user's clock had then.
    pub offset: Offset,
}

impl LocalTime {
    /// `timestamp` as seen in `zone`, to the second (the precision of the file).
    pub(crate) fn in_zone(timestamp: Timestamp, zone: &TimeZone) -> LocalTime {
        let timestamp = Timestamp::from_second(timestamp.as_second()).unwrap_or(timestamp);
        LocalTime {
            timestamp,
            offset: zone.to_offset(timestamp),
        }
    }

    /// The local date.
    pub fn date(&self) -> Date {
        self.offset.to_datetime(self.timestamp).date()
    }

    /// `2026-11-18 10:00` (local time, no seconds), as the editable field holds it and
    /// the exports write it.
    pub fn short(&self) -> String {
        self.offset
            .to_datetime(self.timestamp)
            .strftime("%Y-%m-%d %H:%M")
            .to_string()
    }

    /// The local day and time as the window and the papers show them, in the current
    /// language: "18 Nov 2026 10:00", "18.11.2026 10:00" ([`crate::format::date_time`]).
    pub fn shown(&self) -> String {
        crate::format::date_time(self.offset.to_datetime(self.timestamp))
    }
}

impl fmt::Display for LocalTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let dt = self.offset.to_datetime(self.timestamp);
        let secs = self.offset.seconds();
        let sign = if secs < 0 { '-' } else { '+' };
        let abs = secs.unsigned_abs();
        let (hours, minutes) = (abs / 3600, (abs % 3600) / 60);
        if !(0..=9999).contains(&dt.year()) {
            let date_time = dt.strftime("%Y-%m-%dT%H:%M:%S");
            return write!(f, "{date_time}{sign}{hours:02}:{minutes:02}");
        }
        // As `strftime("%Y-%m-%dT%H:%M:%S")` writes it, without reading a format (a
        // journal save writes 10,000 of these).
        write!(
            f,
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{sign}{hours:02}:{minutes:02}",
            dt.year(),
            dt.month(),
            dt.day(),
            dt.hour(),
            dt.minute(),
            dt.second(),
        )
    }
}

/// Why a text is not a local time with its offset.
#[derive(Debug, thiserror::Error)]
pub enum LocalTimeError {
    /// Not an RFC 3339 / Temporal date-time.
    #[error("not a date-time with offset ({0})")]
    Syntax(jiff::Error),
    /// No offset: the moment is unknown.
    #[error("the UTC offset is missing (e.g. +01:00)")]
    NoOffset,
    /// Out of range.
    #[error("{0}")]
    Range(jiff::Error),
}

impl FromStr for LocalTime {
    type Err = LocalTimeError;

    fn from_str(s: &str) -> Result<LocalTime, LocalTimeError> {
        let pieces = jiff::fmt::temporal::Pieces::parse(s).map_err(LocalTimeError::Syntax)?;
        let offset = match pieces.offset() {
            Some(jiff::fmt::temporal::PiecesOffset::Numeric(n)) => n.offset(),
            Some(jiff::fmt::temporal::PiecesOffset::Zulu) => Offset::UTC,
            _ => return Err(LocalTimeError::NoOffset),
        };
        let time = pieces.time().unwrap_or_default();
        let timestamp = offset
            .to_timestamp(pieces.date().to_datetime(time))
            .map_err(LocalTimeError::Range)?;
        Ok(LocalTime { timestamp, offset })
    }
}

impl Serialize for LocalTime {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for LocalTime {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<LocalTime, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The file's text as `strftime` writes it (what every journal so far holds).
    fn by_strftime(t: &LocalTime) -> String {
        let dt = t.offset.to_datetime(t.timestamp);
        let abs = t.offset.seconds().unsigned_abs();
        let sign = if t.offset.seconds() < 0 { '-' } else { '+' };
        format!(
            "{}{sign}{:02}:{:02}",
            dt.strftime("%Y-%m-%dT%H:%M:%S"),
            abs / 3600,
            (abs % 3600) / 60
        )
    }

    /// Every offset a zone can have (to the minute, both signs) with moments spread
    /// from year -9999 to 9999 and the seconds of a day: the text is strftime's, and
    /// (years 0 to 9999) reads back as the same moment.
    #[test]
    fn a_local_time_is_written_as_strftime_wrote_it_and_reads_back() {
        let first = Timestamp::MIN.as_second() + 2 * 86_400;
        let last = Timestamp::MAX.as_second() - 2 * 86_400;
        let step = (last - first) / 997;
        let mut checked = 0;
        for minutes in (-25 * 60 - 59..=25 * 60 + 59).step_by(7) {
            let offset = Offset::from_seconds(minutes * 60).unwrap();
            for k in 0..=997i64 {
                let second = first + k * step + (k * 7919) % 86_400;
                let timestamp = Timestamp::from_second(second).unwrap();
                let local = LocalTime { timestamp, offset };
                let text = local.to_string();
                assert_eq!(text, by_strftime(&local));
                // strftime's years before 0 ("-0005") are not RFC 3339: only the
                // years a call can have are read back.
                if (0..=9999).contains(&local.date().year()) {
                    let back = text.parse::<LocalTime>();
                    assert_eq!(back.as_ref().ok(), Some(&local), "{text}: {back:?}");
                }
                checked += 1;
            }
        }
        assert!(checked > 400_000);
    }
}
