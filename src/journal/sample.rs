//! A journal of any size for measuring (the benches and `amex-desk __timings`). Never
//! shown to a user.

use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

use super::model::{Entry, EntryStatus, Journal, Promise};
use crate::directory::{Channel, Purpose};

/// `n` calls spread over years, each with a rep, a reference, a two-sentence summary,
/// and every third with a dated promise and a follow-up.
pub fn journal(n: usize) -> Journal {
    let zone = TimeZone::get("America/New_York").unwrap_or(TimeZone::UTC);
    let start = Timestamp::from_second(1_577_887_200).unwrap_or(Timestamp::UNIX_EPOCH);
    let mut j = Journal::default();
    for i in 0..n {
        let at = start
            .checked_add(SignedDuration::from_hours(i as i64 * 5))
            .unwrap_or(start);
        let mut e = Entry::new(at, &zone);
        e.contact = Some(format!("us-general-{}", i % 60));
        e.channel = Channel::ALL[i % 3];
        e.purpose = Some(Purpose::ALL[i % Purpose::ALL.len()]);
        e.rep = format!(
            "Rep {} (ID {})",
            ["Dana", "Marcus", "Priya", "Tom"][i % 4],
            4000 + i % 900
        );
        e.reference = format!("R-{:08}", 10_000_000 + i);
        e.summary = format!(
            "Called about the charge of ${}.{:02} from merchant #{i}. The representative explained the next steps and said a letter would follow.",
            i % 900,
            i % 100
        );
        if i % 3 == 0 {
            e.promises.push(Promise {
                text: "Temporary credit while the dispute is reviewed".to_string(),
                due: e.when.date().checked_add(jiff::Span::new().days(30)).ok(),
                done: i % 2 == 0,
            });
            e.follow_up = e.when.date().checked_add(jiff::Span::new().days(14)).ok();
        }
        e.status = EntryStatus::ALL[i % 4];
        j.entries.push(e);
    }
    j
}
