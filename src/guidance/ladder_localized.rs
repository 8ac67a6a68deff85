//! The escalation ladders and external bodies in the reader's language (issue 28):
//! each rung's title and detail, ids `content-ladder-<country>-<n>-<title|detail>`, and
//! each external body's stated time limits, `content-body-<id>-timeline`, translated in
//! `locales/<tag>/content.ftl`. A body's name as it writes it, its ways in (link,
//! phone, address) and the quoted pages stay as written: quotes keep their page's words.
//! A text without a translation stays as written.

use super::{Body, Ladder, Step};

impl Ladder {
    /// The id of field `field` of rung number `n` (from 0) of this ladder.
    fn step_id(&self, n: usize, field: &str) -> String {
        format!(
            "content-ladder-{}-{}-{field}",
            self.country.to_ascii_lowercase(),
            n + 1
        )
    }

    /// Each translatable text of this ladder with its id, in file order.
    #[cfg(test)]
    pub(crate) fn content_ids(&self) -> Vec<(String, &str)> {
        self.steps
            .iter()
            .enumerate()
            .flat_map(|(n, step)| {
                [
                    (self.step_id(n, "title"), step.title.as_str()),
                    (self.step_id(n, "detail"), step.detail.as_str()),
                ]
            })
            .collect()
    }

    /// This ladder in the current language: each rung's title and detail (its
    /// contact, body and pages stay as they are).
    pub fn localized(&self) -> Ladder {
        Ladder {
            country: self.country.clone(),
            steps: self
                .steps
                .iter()
                .enumerate()
                .map(|(n, step)| Step {
                    title: crate::i18n::content(&self.step_id(n, "title"), &step.title),
                    detail: crate::i18n::content(&self.step_id(n, "detail"), &step.detail),
                    ..step.clone()
                })
                .collect(),
        }
    }
}

impl Body {
    /// The id of this body's stated time limits.
    fn timeline_id(&self) -> String {
        format!("content-body-{}-timeline", self.id)
    }

    /// Each translatable text of this body with its id.
    #[cfg(test)]
    pub(crate) fn content_ids(&self) -> Vec<(String, &str)> {
        vec![(self.timeline_id(), self.timeline.as_str())]
    }

    /// This body in the current language: what it does and when to go to it. Its
    /// name, link, phone, address and quoted pages stay as written.
    pub fn localized(&self) -> Body {
        Body {
            timeline: crate::i18n::content(&self.timeline_id(), &self.timeline),
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use crate::i18n::Lang;

    /// Every (id, English) pair of the built-in ladders and bodies.
    fn pairs() -> Vec<(String, &'static str)> {
        let guidance = crate::guidance::builtin().unwrap();
        let ladders = guidance.ladders.iter().flat_map(|l| l.content_ids());
        let bodies = guidance.bodies.iter().flat_map(|b| b.content_ids());
        ladders.chain(bodies).collect()
    }

    #[test]
    fn every_language_translates_exactly_the_ladders_and_bodies() {
        let wanted: BTreeSet<String> = pairs().into_iter().map(|(id, _)| id).collect();
        assert_eq!(wanted.len(), pairs().len(), "two texts share an id");
        crate::i18n::messages::assert_content_translates_exactly(
            &["content-ladder-", "content-body-"],
            &wanted,
        );
    }

    /// Days, months, amounts, phone numbers and hours are never lost in translation:
    /// every number of the English is in each translation.
    #[test]
    fn every_translation_keeps_the_numbers_of_the_english() {
        let pairs: Vec<(String, String)> = pairs()
            .into_iter()
            .map(|(id, english)| (id, english.to_string()))
            .collect();
        crate::i18n::messages::assert_translations_keep_the_numbers(&pairs);
    }

    #[test]
    fn a_ladder_and_a_body_read_in_the_current_language_and_english_stays_as_written() {
        let guidance = crate::guidance::builtin().unwrap();
        for lang in Lang::OFFERED {
            crate::i18n::set_current(lang);
            for ladder in &guidance.ladders {
                let local = ladder.localized();
                assert_eq!(local.steps.len(), ladder.steps.len());
                for (mine, theirs) in local.steps.iter().zip(&ladder.steps) {
                    assert_eq!(
                        (&mine.contact, &mine.body, &mine.evidence),
                        (&theirs.contact, &theirs.body, &theirs.evidence),
                        "the pages keep their words"
                    );
                    assert_eq!(
                        lang == Lang::En,
                        mine.detail == theirs.detail,
                        "{lang:?} {}: {}",
                        ladder.country,
                        theirs.title
                    );
                }
            }
            for body in &guidance.bodies {
                let local = body.localized();
                assert_eq!(
                    lang == Lang::En,
                    local == *body,
                    "{lang:?} {}: only the timeline is translated",
                    body.id
                );
                assert_eq!(
                    (&local.name, &local.url, &local.phone, &local.postal),
                    (&body.name, &body.url, &body.phone, &body.postal)
                );
                assert_eq!(local.evidence, body.evidence);
            }
        }
        crate::i18n::set_current(Lang::En);
    }
}
