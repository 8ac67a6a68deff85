//! Searching and filtering the call log.

use super::model::{Entry, EntryStatus, Journal};

/// What the log list shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LogQuery {
    /// Words that must all appear (any field, any case).
    pub text: String,
    /// Only this status.
    pub status: Option<EntryStatus>,
}

impl LogQuery {
    /// Does `entry` match? `contact_label` is the directory label of its contact.
    pub fn matches(&self, entry: &Entry, contact_label: &str) -> bool {
        if self.status.is_some_and(|s| s != entry.status) {
            return false;
        }
        let words: Vec<String> = self
            .text
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        if words.is_empty() {
            return true;
        }
        // The labels as shown, in the window's language.
        let status = entry.status.label();
        let purpose = entry
            .purpose
            .map(|p| p.label().to_string())
            .unwrap_or_default();
        let channel = entry.channel.label().to_string();
        let mut haystack = [
            entry.rep.as_str(),
            entry.reference.as_str(),
            entry.summary.as_str(),
            entry.contact.as_deref().unwrap_or(""),
            contact_label,
            purpose.as_str(),
            status.as_str(),
            channel.as_str(),
        ]
        .join("\n");
        for p in &entry.promises {
            haystack.push('\n');
            haystack.push_str(&p.text);
        }
        haystack.push('\n');
        haystack.push_str(&entry.when.short());
        // The day as the list shows it too ("5.12.2026"), so what is seen can be searched.
        haystack.push('\n');
        haystack.push_str(&entry.when.shown());
        let haystack = haystack.to_lowercase();
        words.iter().all(|w| haystack.contains(w.as_str()))
    }
}

/// Matching entries, newest call first.
pub fn search<'a>(
    journal: &'a Journal,
    query: &LogQuery,
    label_of: impl Fn(&str) -> String,
) -> Vec<&'a Entry> {
    // Contact labels are only needed to match words.
    let words = !query.text.trim().is_empty();
    let mut hits: Vec<&Entry> = journal
        .entries
        .iter()
        .filter(|e| {
            let label = match (&e.contact, words) {
                (Some(c), true) => label_of(c),
                _ => String::new(),
            };
            query.matches(e, &label)
        })
        .collect();
    hits.sort_by(|a, b| {
        b.when
            .timestamp
            .cmp(&a.when.timestamp)
            .then_with(|| a.id.cmp(&b.id))
    });
    hits
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::tz::TimeZone;

    #[test]
    fn words_status_and_contact_labels_filter() {
        let mut j = Journal::default();
        let t1 = "2026-11-01T10:00:00Z".parse().unwrap();
        let t2 = "2026-11-02T10:00:00Z".parse().unwrap();
        let mut a = Entry::new(t1, &TimeZone::UTC);
        a.summary = "Hotel refund".into();
        a.rep = "Dana".into();
        a.contact = Some("us-general".into());
        let mut b = Entry::new(t2, &TimeZone::UTC);
        b.summary = "Annual fee".into();
        b.status = EntryStatus::Resolved;
        j.entries = vec![a, b];
        let label = |id: &str| {
            if id == "us-general" {
                "Customer Service".to_string()
            } else {
                String::new()
            }
        };
        let all = search(&j, &LogQuery::default(), label);
        assert_eq!(all[0].summary, "Annual fee", "newest first");
        let q = |text: &str, status| LogQuery {
            text: text.into(),
            status,
        };
        assert_eq!(search(&j, &q("dana refund", None), label).len(), 1);
        assert_eq!(search(&j, &q("customer", None), label).len(), 1);
        assert_eq!(
            search(&j, &q("", Some(EntryStatus::Resolved)), label).len(),
            1
        );
        assert_eq!(
            search(&j, &q("hotel", Some(EntryStatus::Resolved)), label).len(),
            0
        );
    }
}
