//! Writing the events as an iCalendar file with the `icalendar` crate, which folds
//! lines at 75 octets, escapes TEXT values and ends every line with CRLF.

use icalendar::{Alarm, Calendar, Component, Event, EventLike, Property, Trigger};
use jiff::Timestamp;
use jiff::civil::Date;

use super::{ALARM_DAYS_BEFORE, ALARM_TRIGGER, CalendarEvent};

/// The PRODID of the files written.
pub(crate) const PRODID: &str = "-//Amex Desk//Calendar export//EN";

/// The events as an RFC 5545 file (CRLF line ends). `generated_at` is every
/// component's DTSTAMP, so the same events and time give the same bytes.
pub(crate) fn to_ics(events: &[CalendarEvent], generated_at: Timestamp) -> String {
    let stamp = utc_text(generated_at);
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", PRODID))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .append_property(Property::new("METHOD", "PUBLISH"))
        .name("Amex Desk");
    for e in events {
        calendar.push(event(e, &stamp));
    }
    calendar.done().to_string()
}

/// `20261118T100000Z`.
fn utc_text(t: Timestamp) -> String {
    t.strftime("%Y%m%dT%H%M%SZ").to_string()
}

/// `DTSTART;VALUE=DATE:20261118`.
fn date_property(key: &str, date: Date) -> Property {
    Property::new(key, date.strftime("%Y%m%d").to_string())
        .add_parameter("VALUE", "DATE")
        .done()
}

/// One all-day VEVENT (DTEND is the next day: the end is exclusive).
fn event(e: &CalendarEvent, stamp: &str) -> Event {
    let mut event = Event::new();
    event
        .uid(&e.uid)
        .summary(&e.summary)
        .description(&e.description)
        .append_property(Property::new("DTSTAMP", stamp))
        .append_property(Property::new("LAST-MODIFIED", utc_text(e.updated)))
        .append_property(date_property("DTSTART", e.date))
        .append_property(date_property("DTEND", e.date.tomorrow().unwrap_or(e.date)))
        .append_property(Property::new("TRANSP", "TRANSPARENT"));
    if e.has_alarm() {
        event.alarm(alarm(e, stamp));
    }
    event.done()
}

/// A DISPLAY reminder at 09:00 three days before. The crate writes a DTSTAMP and a
/// UID into every component it has none for (a new random UID each time), so both
/// are set here: the UID derived from the event's (RFC 9074 allows one on VALARM).
fn alarm(e: &CalendarEvent, stamp: &str) -> Alarm {
    let before = chrono::Duration::days(i64::from(ALARM_DAYS_BEFORE));
    let mut alarm = Alarm::display(
        &format!("In {ALARM_DAYS_BEFORE} days: {}", e.summary),
        Trigger::before_start(before),
    );
    alarm
        .append_property(Property::new("TRIGGER", ALARM_TRIGGER))
        .append_property(Property::new("UID", e.uid.replacen('@', "-alarm@", 1)))
        .append_property(Property::new("DTSTAMP", stamp));
    alarm.done()
}
