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
        write!(
            f,
            "{}{sign}{:02}:{:02}",
            dt.strftime("%Y-%m-%dT%H:%M:%S"),
            abs / 3600,
            (abs % 3600) / 60
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
