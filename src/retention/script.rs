//! The script card data.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::directory::Directory;
use crate::t;

/// The script card, compiled in.
pub const BUILTIN_RON: &str = include_str!("../../data/retention.ron");

/// One step of the call.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct ScriptStep {
    /// Short title.
    pub title: String,
    /// What to say (the first is the suggestion; the rest are variants).
    pub say: Vec<String>,
    /// What to keep in mind.
    pub notes: Vec<String>,
    /// Source ids.
    pub sources: Vec<String>,
}

/// The script card.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Script {
    /// File format version.
    pub version: u32,
    /// What to have ready.
    pub ready: Vec<String>,
    /// The call, step by step.
    pub steps: Vec<ScriptStep>,
    /// Do.
    pub dos: Vec<String>,
    /// Don't.
    pub donts: Vec<String>,
    /// The annual-fee refund window, days after the closing date of the fee statement,
    /// for US accounts (the only market it is recorded for).
    pub refund_window_days: i32,
    /// Where the refund rule comes from.
    pub refund_source: String,
    /// Where the offer rules come from.
    pub offers_source: String,
}

impl Script {
    /// The refund window for `card`'s account: the US rule for a US account; none
    /// known anywhere else (or when the card's country is not said).
    pub(crate) fn refund_window_for(&self, card: &crate::records::RetentionCard) -> Option<i32> {
        card.country
            .eq_ignore_ascii_case("US")
            .then_some(self.refund_window_days)
    }

    /// What to say about the refund rule for `card`: the rule's source for a US
    /// account, else that none is recorded for its country.
    pub(crate) fn refund_note(&self, card: &crate::records::RetentionCard) -> String {
        if self.refund_window_for(card).is_some() {
            return self.refund_source.clone();
        }
        if card.country.is_empty() {
            t!("retention-no-refund-rule-country-unset")
        } else {
            t!("retention-no-refund-rule", country = &card.country)
        }
    }

    /// Parses and validates (steps present, every source known).
    pub fn parse(text: &str, dir: &Directory) -> Result<Script, crate::builtin::DataError> {
        let s: Script = crate::builtin::parse_ron("data/retention.ron", text)?;
        let mut problems = Vec::new();
        if s.steps.is_empty() {
            problems.push("no steps".to_string());
        }
        for step in &s.steps {
            if step.say.is_empty() {
                problems.push(format!("step {}: nothing to say", step.title));
            }
            for id in step.sources.iter().filter(|id| dir.source(id).is_none()) {
                problems.push(format!("step {}: unknown source {id}", step.title));
            }
        }
        crate::builtin::DataError::check("data/retention.ron", problems)?;
        Ok(s)
    }
}

/// The built-in script (parsed once, on first use). Its source ids are validated by
/// the test suite, not at run time: checking them would load the directory again.
pub fn builtin() -> Result<&'static Script, crate::builtin::DataError> {
    static SCRIPT: OnceLock<Result<Script, crate::builtin::DataError>> = OnceLock::new();
    crate::builtin::load(&SCRIPT, "data/retention.ron", BUILTIN_RON)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_validates() {
        let dir = Directory::builtin().unwrap();
        assert_eq!(
            &Script::parse(BUILTIN_RON, &dir).unwrap(),
            builtin().unwrap()
        );
        let s = builtin().unwrap();
        assert!(s.steps.len() >= 6);
        assert!(s.steps[0].say.len() >= 2, "the opening line has variants");
        assert!(s.donts.iter().any(|d| d.contains("demand")));
        assert_eq!(s.refund_window_days, 30);
        let bad = BUILTIN_RON.replacen("sources: [\"guide\"]", "sources: [\"nowhere\"]", 1);
        assert!(
            Script::parse(&bad, &dir)
                .unwrap_err()
                .to_string()
                .contains("unknown source nowhere")
        );
    }
}
