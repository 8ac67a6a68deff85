//! Text shared by the window, the documents and the command line: money in minor units,
//! day counts relative to today (in the current language), and file-name slugs. Pure and unit-tested; the one
//! place each of these is written.

/// Minor units as "1234.50" (a minus sign for negatives, "-0.05" included).
pub fn money(minor: i64) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

/// A date's distance from today in words: "3 days ago", "1 day ago", "today",
/// "tomorrow", "in 5 days" (`days` negative for the past).
pub(crate) fn relative_days(days: i32) -> String {
    match days {
        d if d < 0 => crate::t!("shell-days-ago", days = i64::from(d.unsigned_abs())),
        0 => crate::t!("shell-today"),
        1 => crate::t!("shell-tomorrow"),
        d => crate::t!("shell-in-days", days = i64::from(d)),
    }
}

/// The same distance said of something due: "8 days overdue", "1 day overdue",
/// "due today", "due tomorrow", "in 5 days".
pub(crate) fn due_days(days: i32) -> String {
    match days {
        d if d < 0 => crate::t!("shell-days-overdue", days = i64::from(d.unsigned_abs())),
        0 => crate::t!("shell-due-today"),
        1 => crate::t!("shell-due-tomorrow"),
        d => relative_days(d),
    }
}

/// A file-name part from free text: ASCII letters and digits lowercased, every run of
/// anything else one "-", none at either end; `fallback` when nothing is left.
pub fn slug(text: &str, fallback: &str) -> String {
    let s = text
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>();
    let s = s
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if s.is_empty() {
        fallback.to_string()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_keeps_the_sign() {
        assert_eq!(money(-5), "-0.05");
        assert_eq!(money(-123450), "-1234.50");
        assert_eq!(money(0), "0.00");
        assert_eq!(money(123450), "1234.50");
        assert_eq!(money(i64::MIN), "-92233720368547758.08");
    }

    #[test]
    fn relative_days_past_today_tomorrow_future() {
        assert_eq!(relative_days(-8), "8 days ago");
        assert_eq!(relative_days(-1), "1 day ago");
        assert_eq!(relative_days(0), "today");
        assert_eq!(relative_days(1), "tomorrow");
        assert_eq!(relative_days(7), "in 7 days");
    }

    #[test]
    fn due_days_says_overdue() {
        assert_eq!(due_days(-8), "8 days overdue");
        assert_eq!(due_days(-1), "1 day overdue");
        assert_eq!(due_days(0), "due today");
        assert_eq!(due_days(1), "due tomorrow");
        assert_eq!(due_days(7), "in 7 days");
    }

    #[test]
    fn slug_collapses_and_falls_back() {
        assert_eq!(
            slug("Hotel  Card (ending 10005)", "case"),
            "hotel-card-ending-10005"
        );
        assert_eq!(slug("--Gold--", "card"), "gold");
        assert_eq!(slug("金卡", "card"), "card");
        assert_eq!(slug("", "case"), "case");
    }
}
