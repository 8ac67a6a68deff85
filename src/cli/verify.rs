//! `amex-desk verify INPUT`: is this number, link or email address really American
//! Express? Exit 0 for a known Amex line or domain, 1 for anything else.

use serde_json::json;

use super::directory_source::Loaded;
use super::{Failure, country_arg};
use crate::directory::verify::{Verdict, verify};
use crate::t;

/// Runs `verify` against the directory in use: a `--directory` file nobody signed is
/// never used to say a number is American Express's.
pub fn run(loaded: &Loaded, input: &str, from: Option<&str>, as_json: bool) -> Result<(), Failure> {
    let dir = loaded.for_verify();
    let from = match from {
        Some(c) => country_arg(dir, "--from", c)?,
        None => crate::settings::default_calling_from(),
    };
    // With --json the finding and the advice are English in every language.
    let mut v = if as_json {
        super::find::in_english(|| verify(dir, input, &from))
    } else {
        verify(dir, input, &from)
    };
    // What was typed comes back in the answer: never a card number or an escape.
    v.input = crate::journal::clean::echo_safe(&v.input);
    v.finding = crate::journal::clean::echo_safe(&v.finding);
    if loaded.trusted.is_some() {
        v.finding.push_str(&crate::state::unsigned_not_used());
    }
    if as_json {
        let contacts: Vec<_> = super::find::in_english(|| {
            v.contacts
                .iter()
                .filter_map(|id| dir.contact(id))
                .map(|c| {
                    json!({
                        "id": c.record.id,
                        "label": c.record.label,
                        "status": c.grade.status.slug(),
                        "country": c.home_country().unwrap_or("worldwide"),
                        "belongs_to": c.grade.belongs_to,
                        "evidence": super::find::evidence_json(dir, c),
                    })
                })
                .collect()
        });
        let out = json!({
            "input": v.input,
            "from": from,
            "e164": v.e164,
            "verdict": v.verdict.slug(),
            "belongs_to": v.belongs_to,
            "finding": v.finding,
            "contacts": contacts,
            "advice": v.advice,
        });
        println!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
    } else {
        let word = match v.verdict {
            Verdict::Amex => t!("cli-verdict-amex"),
            Verdict::NotAmex => t!("cli-verdict-not-amex"),
            Verdict::Unknown => t!("cli-verdict-unknown"),
            Verdict::Invalid => t!("cli-verdict-invalid"),
        };
        println!(
            "{}",
            t!("cli-verdict-line", verdict = word, finding = &v.finding)
        );
        for id in &v.contacts {
            if let Some(c) = dir.contact(id) {
                let sources: Vec<String> = c
                    .grade
                    .sources
                    .iter()
                    .filter_map(|s| dir.source(s))
                    .map(|s| s.short_name())
                    .collect();
                println!(
                    "  {}",
                    t!(
                        "cli-verify-contact",
                        number = &c.record.value,
                        status = c.grade.status.slug(),
                        line = c.record.shown_label(),
                        sources = sources.join("; ")
                    )
                );
            }
        }
        println!("{}", v.advice);
    }
    match v.verdict {
        Verdict::Amex => Ok(()),
        _ => Err(Failure::data(String::new())),
    }
}
