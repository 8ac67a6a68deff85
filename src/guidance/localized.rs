//! Call-prep content in the reader's language (issue 28): the texts of
//! `data/guidance.ron` are English; each language's `locales/<tag>/content.ftl`
//! translates them by id, `content-prep-<purpose>-<field>[-<n>]`. A text without a
//! translation stays as written.

use super::Prep;

impl Prep {
    /// Each translatable text of this prep with its id, in file order.
    #[cfg(test)]
    pub(crate) fn content_ids(&self) -> Vec<(String, &str)> {
        let slug = self.purpose.slug();
        let mut out = vec![(
            format!("content-prep-{slug}-reason"),
            self.channel_reason.as_str(),
        )];
        for (field, items) in [
            ("ready", &self.ready),
            ("ivr", &self.ivr),
            ("say", &self.say),
        ] {
            for (n, text) in items.iter().enumerate() {
                out.push((
                    format!("content-prep-{slug}-{field}-{}", n + 1),
                    text.as_str(),
                ));
            }
        }
        out
    }

    /// This prep in the current language.
    pub fn localized(&self) -> Prep {
        let slug = self.purpose.slug();
        let each = |field: &str, items: &[String]| -> Vec<String> {
            items
                .iter()
                .enumerate()
                .map(|(n, text)| {
                    crate::i18n::content(&format!("content-prep-{slug}-{field}-{}", n + 1), text)
                })
                .collect()
        };
        Prep {
            channel_reason: crate::i18n::content(
                &format!("content-prep-{slug}-reason"),
                &self.channel_reason,
            ),
            ready: each("ready", &self.ready),
            ivr: each("ivr", &self.ivr),
            say: each("say", &self.say),
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use crate::i18n::Lang;

    /// Every id the built-in prep content has.
    fn ids() -> BTreeSet<String> {
        let guidance = crate::guidance::builtin().unwrap();
        guidance
            .prep
            .iter()
            .flat_map(|p| p.content_ids().into_iter().map(|(id, _)| id))
            .collect()
    }

    #[test]
    fn every_language_translates_exactly_the_prep_content() {
        let wanted = ids();
        crate::i18n::messages::assert_content_translates_exactly(&["content-prep-"], &wanted);
    }

    #[test]
    fn a_prep_reads_in_the_current_language_and_english_stays_as_written() {
        let guidance = crate::guidance::builtin().unwrap();
        for prep in &guidance.prep {
            crate::i18n::set_current(Lang::En);
            assert_eq!(&prep.localized(), prep);
            for lang in Lang::OFFERED.into_iter().filter(|l| *l != Lang::En) {
                crate::i18n::set_current(lang);
                let local = prep.localized();
                assert_eq!(local.ready.len(), prep.ready.len());
                assert_ne!(
                    local.channel_reason, prep.channel_reason,
                    "{lang:?} {:?}",
                    prep.purpose
                );
            }
        }
        crate::i18n::set_current(Lang::En);
    }
}
