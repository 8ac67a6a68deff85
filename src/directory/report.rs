//! "Report a problem with this number" (issue 30): a short, privacy-safe report a
//! cardholder copies or saves for the maintainers (the line, what is wrong, the page
//! they saw, the directory's update number; never journal data), and the maintainer's
//! side: a report turned into a draft change of `data/directory.ron`. Pure: no I/O.

use serde::{Deserialize, Serialize};

use super::load::Directory;
use super::model::in_english;
use crate::t;

/// The first line of every report, and its format name.
pub(crate) const FORMAT: &str = "amex-desk-correction/1";

/// What is wrong with a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
pub enum Problem {
    /// The number is wrong (a correct one is given).
    WrongNumber,
    /// The number does not connect or is no longer in service.
    DoesNotConnect,
    /// The hours are wrong.
    WrongHours,
    /// The number is not American Express's.
    NotAmex,
    /// Something else (see the details).
    Other,
}

impl Problem {
    /// Every problem, in menu order.
    pub const ALL: [Problem; 5] = [
        Problem::WrongNumber,
        Problem::DoesNotConnect,
        Problem::WrongHours,
        Problem::NotAmex,
        Problem::Other,
    ];

    /// The words in the menu, in the current language.
    pub fn label(self) -> String {
        match self {
            Problem::WrongNumber => t!("numbers-problem-wrong-number"),
            Problem::DoesNotConnect => t!("numbers-problem-does-not-connect"),
            Problem::WrongHours => t!("numbers-problem-wrong-hours"),
            Problem::NotAmex => t!("numbers-problem-not-amex"),
            Problem::Other => t!("numbers-problem-other"),
        }
    }
}

/// A correction report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// Always [`FORMAT`].
    pub format: String,
    /// The line's id in the directory.
    pub line: String,
    /// The number as the app showed it.
    pub number_shown: String,
    /// What is wrong.
    pub problem: Problem,
    /// The right number, for [`Problem::WrongNumber`].
    pub correct_number: Option<String>,
    /// The page the cardholder saw it on (http or https).
    pub page_url: Option<String>,
    /// Anything else, in a sentence (card numbers masked, control characters removed).
    pub details: String,
    /// The directory's update number.
    pub directory_serial: u32,
    /// The directory's compile date.
    pub directory_compiled_on: String,
}

/// Why a report could not be made or read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReportError {
    /// No such line.
    #[error("no line with id \"{0}\" in the directory (see `amex-desk find --json` for ids)")]
    UnknownLine(String),
    /// A wrong number with no right one.
    #[error("a wrong number needs the right one (--correct-number)")]
    NoCorrectNumber,
    /// A page that is not a web address.
    #[error("the page must be a web address starting with https:// or http://, not \"{0}\"")]
    NotAUrl(String),
    /// Not a report.
    #[error("not a correction report: {0}")]
    Unreadable(String),
    /// The directory text has no such line.
    #[error("data/directory.ron has no contact with id \"{0}\"")]
    NotInData(String),
}

/// What the cardholder says, before it is cleaned.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Said {
    /// The line's id.
    pub line: String,
    /// What is wrong.
    pub problem: Option<Problem>,
    /// The right number.
    pub correct_number: String,
    /// The page.
    pub page_url: String,
    /// Anything else.
    pub details: String,
}

/// Text the report may carry: card numbers masked, control characters removed,
/// trimmed and capped at `max` characters.
fn safe(text: &str, max: usize) -> String {
    let (masked, _) = crate::sensitive::redact(text);
    masked
        .chars()
        .filter(|c| !c.is_control())
        .take(max)
        .collect::<String>()
        .trim()
        .to_string()
}

/// Makes a report about a line of `dir`.
pub fn make(dir: &Directory, said: &Said) -> Result<Report, ReportError> {
    let contact = dir
        .contact(&said.line)
        .ok_or_else(|| ReportError::UnknownLine(said.line.clone()))?;
    let problem = said.problem.unwrap_or(Problem::Other);
    let correct = safe(&said.correct_number, 40);
    if problem == Problem::WrongNumber && correct.is_empty() {
        return Err(ReportError::NoCorrectNumber);
    }
    let url = said.page_url.trim();
    if !(url.is_empty() || url.starts_with("https://") || url.starts_with("http://")) {
        return Err(ReportError::NotAUrl(safe(url, 80)));
    }
    Ok(Report {
        format: FORMAT.to_string(),
        line: contact.record.id.clone(),
        number_shown: contact.record.value.clone(),
        problem,
        correct_number: (!correct.is_empty()).then_some(correct),
        page_url: (!url.is_empty()).then(|| safe(url, 500)),
        details: safe(&said.details, 500),
        directory_serial: dir.serial,
        directory_compiled_on: dir.compiled_on.clone(),
    })
}

/// The report as the text to copy or save.
pub fn render(report: &Report) -> String {
    let body =
        ron::ser::to_string_pretty(report, ron::ser::PrettyConfig::default()).unwrap_or_default();
    format!(
        "// Amex Desk correction report. Send it to the maintainers; it holds no journal data.\n{body}\n"
    )
}

/// Reads a report back (the maintainer's side).
pub fn parse(text: &str) -> Result<Report, ReportError> {
    let report: Report = ron::from_str(text).map_err(|e| ReportError::Unreadable(e.to_string()))?;
    if report.format != FORMAT {
        return Err(ReportError::Unreadable(format!(
            "format \"{}\", expected \"{FORMAT}\"",
            report.format
        )));
    }
    Ok(report)
}

/// The maintainer's draft: `data` (the text of `data/directory.ron`) with a comment on
/// the reported contact and, for a wrong number, its `value` replaced. The result does
/// not pass `check-data` until a page that prints the new number is cited: a report is
/// a lead, not evidence.
pub(crate) fn to_patch(data: &str, report: &Report) -> Result<String, ReportError> {
    let id_line = format!("id: \"{}\",", report.line);
    let mut lines: Vec<String> = data.lines().map(str::to_string).collect();
    let at = lines
        .iter()
        .position(|l| l.trim() == id_line)
        .ok_or_else(|| ReportError::NotInData(report.line.clone()))?;
    let indent: String = lines[at]
        .chars()
        .take_while(|c| c.is_whitespace())
        .collect();
    if let (Problem::WrongNumber, Some(new)) = (report.problem, &report.correct_number) {
        let value = lines[at..]
            .iter()
            .position(|l| l.trim_start().starts_with("value: \""))
            .map(|i| at + i);
        if let Some(i) = value {
            lines[i] = format!("{indent}value: \"{}\",", new.replace('"', ""));
        }
    }
    lines.insert(at, format!("{indent}{}", comment(report)));
    let mut out = lines.join("\n");
    if data.ends_with('\n') {
        out.push('\n');
    }
    Ok(out)
}

/// The comment the draft puts above the reported line (in English, like the data file).
fn comment(report: &Report) -> String {
    let mut text = format!(
        "// CORRECTION REPORT (not evidence; cite a page before release): {} (shown: {}",
        in_english(|| report.problem.label()),
        report.number_shown
    );
    if let Some(n) = &report.correct_number {
        text.push_str(&format!("; reported: {n}"));
    }
    if let Some(url) = &report.page_url {
        text.push_str(&format!("; page: {url}"));
    }
    if !report.details.is_empty() {
        text.push_str(&format!("; {}", report.details));
    }
    text.push_str(&format!("; directory update {})", report.directory_serial));
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUILTIN: &str = include_str!("../../data/directory.ron");

    fn said(line: &str, problem: Problem) -> Said {
        Said {
            line: line.into(),
            problem: Some(problem),
            correct_number: "0800 000 0000".into(),
            page_url: "https://www.americanexpress.com/uk/contact".into(),
            details: "card 3782 822463 10005 \u{1b}[31m said so".into(),
        }
    }

    #[test]
    fn every_line_and_problem_round_trips_into_a_draft_of_the_data_file() {
        let dir = Directory::builtin().unwrap();
        for c in &dir.contacts {
            for problem in Problem::ALL {
                let report = make(&dir, &said(&c.record.id, problem)).unwrap();
                let back = parse(&render(&report)).unwrap();
                assert_eq!(back, report);
                let patched = to_patch(BUILTIN, &back).unwrap();
                assert_eq!(patched.lines().count(), BUILTIN.lines().count() + 1);
                assert!(patched.contains("CORRECTION REPORT"));
                if problem == Problem::WrongNumber {
                    assert!(
                        patched.contains("value: \"0800 000 0000\","),
                        "{}",
                        c.record.id
                    );
                }
            }
        }
    }

    #[test]
    fn a_report_never_carries_a_card_number_or_a_control_character() {
        let dir = Directory::builtin().unwrap();
        let id = &dir.contacts[0].record.id;
        let text = render(&make(&dir, &said(id, Problem::Other)).unwrap());
        assert!(!text.contains("3782 822463 10005") && !text.contains('\u{1b}'));
        assert!(!crate::sensitive::digit_values(&text).contains("378282246310005"));
    }

    #[test]
    fn bad_input_is_named() {
        let dir = Directory::builtin().unwrap();
        let id = dir.contacts[0].record.id.clone();
        let e = make(&dir, &said("no-such-line", Problem::Other)).unwrap_err();
        assert!(e.to_string().contains("no-such-line"));
        let mut s = said(&id, Problem::WrongNumber);
        s.correct_number.clear();
        assert_eq!(make(&dir, &s).unwrap_err(), ReportError::NoCorrectNumber);
        let mut s = said(&id, Problem::Other);
        s.page_url = "javascript:alert(1)".into();
        assert!(matches!(make(&dir, &s), Err(ReportError::NotAUrl(_))));
        assert!(matches!(
            parse("(format: 1)"),
            Err(ReportError::Unreadable(_))
        ));
    }
}
