//! The user's own record with one line: how many calls were logged to it and the
//! median hold time of the timed ones, from the journal's entries.

use super::model::Entry;
use crate::t;

/// The user's own record with one line: calls logged to it, and the median hold time
/// of the timed ones.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LineStats {
    /// Calls logged to the line.
    pub calls: usize,
    /// Median seconds on hold, over the calls with hold time (none: no such call).
    pub median_hold_secs: Option<u32>,
}

impl LineStats {
    /// "Your calls to this line: 3, median hold 12 min" (none: no calls).
    pub(crate) fn describe(&self) -> Option<String> {
        if self.calls == 0 {
            return None;
        }
        Some(match self.median_hold_secs {
            Some(secs) => t!(
                "journal-line-stats-hold",
                calls = self.calls,
                hold = minutes(secs)
            ),
            None => t!("journal-line-stats", calls = self.calls),
        })
    }
}

/// "12 min", or "40 s" under a minute.
fn minutes(secs: u32) -> String {
    if secs < 60 {
        t!("journal-seconds", secs = secs)
    } else {
        t!("journal-minutes", mins = (secs + 30) / 60)
    }
}

/// The calls among `entries` to `contact`, and their median hold time (the mean of
/// the two middle ones for an even count).
pub(crate) fn line_stats(entries: &[Entry], contact: &str) -> LineStats {
    let mut calls = 0;
    let mut holds = Vec::new();
    for e in entries
        .iter()
        .filter(|e| e.contact.as_deref() == Some(contact))
    {
        calls += 1;
        if let Some(t) = e.call_times.filter(|t| t.hold_secs > 0) {
            holds.push(t.hold_secs);
        }
    }
    holds.sort_unstable();
    let n = holds.len();
    let median_hold_secs = match n {
        0 => None,
        _ if n % 2 == 1 => Some(holds[n / 2]),
        _ => {
            let sum = u64::from(holds[n / 2 - 1]) + u64::from(holds[n / 2]);
            Some(u32::try_from(sum / 2).unwrap_or(u32::MAX))
        }
    };
    LineStats {
        calls,
        median_hold_secs,
    }
}
