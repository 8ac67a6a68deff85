//! Verify, proved against the whole directory (issue 24): every official phone line,
//! in every spelling people copy from Amex's pages, checked from every country the app
//! offers as "Calling from", must be named; the same spelling with its last digit
//! changed must never be called Amex.
//!
//! The spellings are generated from the phone facts the app ships (libphonenumber's
//! E.164, international and national forms in `data/phone-cache.ron`) and the dialling
//! facts of each calling country, never typed by hand.

use amex_desk::directory::phone::PhoneFacts;
use amex_desk::directory::verify::{Verdict, verify};
use amex_desk::directory::{Contact, Directory, Status};
use phonenumber::metadata::DATABASE;

/// One spelling of a line, and the countries it is checked from.
struct Spelling {
    text: String,
    from: Vec<String>,
}

fn official_lines(dir: &Directory) -> Vec<(&Contact, &PhoneFacts)> {
    dir.contacts
        .iter()
        .filter(|c| c.grade.status == Status::Official && c.record.kind.is_phone())
        .filter_map(|c| c.phone.as_ref().map(|p| (c, p)))
        .collect()
}

fn callers(dir: &Directory) -> Vec<String> {
    dir.countries.iter().map(|c| c.code.clone()).collect()
}

/// "+44 1273 696933" -> "44 1273 696933".
fn without_plus(facts: &PhoneFacts) -> &str {
    facts.international.trim_start_matches('+')
}

/// The spellings of one line: E.164, international, "+CC (0)…" where the country has a
/// trunk prefix "0", "00 CC…", each caller's own exit code, and the national spelling
/// from the countries that share its country code and that the line serves.
fn spellings(dir: &Directory, contact: &Contact, facts: &PhoneFacts) -> Vec<Spelling> {
    let everyone = callers(dir);
    let mut out = vec![
        Spelling {
            text: facts.e164.clone(),
            from: everyone.clone(),
        },
        Spelling {
            text: facts.international.clone(),
            from: everyone.clone(),
        },
        Spelling {
            text: format!("00 {}", without_plus(facts)),
            from: everyone.clone(),
        },
    ];
    let trunk = DATABASE
        .by_id(facts.region.as_str())
        .and_then(|m| m.national_prefix());
    if trunk == Some("0") {
        let code = facts.calling_code.to_string();
        let rest = without_plus(facts)[code.len()..].trim_start();
        out.push(Spelling {
            text: format!("+{code} (0){rest}"),
            from: everyone.clone(),
        });
    }
    for from in &everyone {
        if let Some(prefix) = dir.caller(from).and_then(|c| c.prefix) {
            out.push(Spelling {
                text: format!("{prefix} {}", without_plus(facts)),
                from: vec![from.clone()],
            });
        }
    }
    let home: Vec<String> = std::iter::once(facts.region.clone())
        .chain(contact.record.countries.iter().cloned())
        .filter(|c| {
            dir.caller(c)
                .is_some_and(|f| f.calling_code == facts.calling_code)
        })
        .collect();
    out.push(Spelling {
        text: facts.national.clone(),
        from: home,
    });
    out
}

/// The spelling with its last digit changed.
fn one_digit_off(text: &str) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    if let Some(last) = chars.iter().rposition(char::is_ascii_digit) {
        let d = chars[last].to_digit(10).unwrap_or(0);
        chars[last] = char::from_digit((d + 1) % 10, 10).unwrap_or('0');
    }
    chars.into_iter().collect()
}

#[test]
fn every_official_line_in_every_spelling_from_every_country_is_named() {
    let dir = Directory::builtin().unwrap();
    let lines = official_lines(&dir);
    assert!(
        lines.len() > 100,
        "only {} official phone lines",
        lines.len()
    );
    let amex_e164: Vec<&str> = dir
        .contacts
        .iter()
        .filter(|c| c.grade.status.is_amex_line())
        .filter_map(|c| c.e164.as_deref())
        .collect();
    let (mut checked, mut spellings_seen) = (0usize, 0usize);
    let mut failures = Vec::new();
    for (contact, facts) in &lines {
        for spelling in spellings(&dir, contact, facts) {
            spellings_seen += 1;
            for from in &spelling.from {
                checked += 1;
                let v = verify(&dir, &spelling.text, from);
                if v.verdict != Verdict::Amex || !v.contacts.contains(&contact.record.id) {
                    failures.push(format!(
                        "{} \"{}\" from {from}: {:?} {}",
                        contact.record.id, spelling.text, v.verdict, v.finding
                    ));
                }
                let off = one_digit_off(&spelling.text);
                let v = verify(&dir, &off, from);
                let is_another_line = v.e164.as_deref().is_some_and(|e| amex_e164.contains(&e));
                if v.verdict == Verdict::Amex && !is_another_line {
                    failures.push(format!(
                        "one digit off \"{off}\" from {from}: {}",
                        v.finding
                    ));
                }
            }
        }
    }
    eprintln!(
        "{} official lines, {spellings_seen} spellings, {} calling-from countries: {checked} checks (and as many one digit off)",
        lines.len(),
        callers(&dir).len()
    );
    assert!(
        failures.is_empty(),
        "{} of {checked} failed:\n{}",
        failures.len(),
        failures[..failures.len().min(40)].join("\n")
    );
}
