//! Forms with unsaved changes, kept when the window closes and put back at the next
//! start: one behaviour for every form (call-log entry, dispute case, retention card
//! and call outcome). Nothing is asked on close and nothing is lost. Card numbers
//! and security codes are masked before anything is written, as in the journal.

use serde::{Deserialize, Serialize};

use super::AppState;
use super::journal::Editor;
use super::retention::{CardDraft, OutcomeDraft};
use crate::journal::sensitive::redact_in_place;
use crate::journal::{CallTimer, Draft};
use crate::state::CaseDraft;
use crate::t;

/// The forms open with unsaved changes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnsavedForms {
    /// The call-log entry being written.
    #[serde(default)]
    pub entry: Option<Draft>,
    /// The dispute case being edited.
    #[serde(default)]
    pub case: Option<CaseDraft>,
    /// The retention card being edited.
    #[serde(default)]
    pub card: Option<CardDraft>,
    /// The retention call's outcome being recorded.
    #[serde(default)]
    pub outcome: Option<OutcomeDraft>,
    /// The call being timed (its times survive a crash).
    #[serde(default)]
    pub call: Option<CallTimer>,
    /// Call-log entries waiting to open behind the one being written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub waiting: Vec<Draft>,
}

impl UnsavedForms {
    /// No form has unsaved changes.
    pub fn is_empty(&self) -> bool {
        self.entry.is_none()
            && self.case.is_none()
            && self.card.is_none()
            && self.outcome.is_none()
            && self.call.is_none()
            && self.waiting.is_empty()
    }

    /// "the call-log entry and the dispute case (Shop)", for the note on restore.
    pub(crate) fn describe(&self) -> String {
        let mut parts = Vec::new();
        if self.entry.is_some() {
            parts.push(t!("journal-kept-entry"));
        }
        if let Some(case) = &self.case {
            parts.push(match case.case.merchant.trim() {
                "" => t!("journal-kept-case"),
                merchant => t!("journal-kept-case-named", merchant = merchant),
            });
        }
        if let Some(card) = &self.card {
            parts.push(match card.card.nickname.trim() {
                "" => t!("journal-kept-card"),
                name => t!("journal-kept-card-named", name = name),
            });
        }
        if self.outcome.is_some() {
            parts.push(t!("journal-kept-outcome"));
        }
        if self.call.is_some() {
            parts.push(t!("journal-kept-timer"));
        }
        if !self.waiting.is_empty() {
            parts.push(t!("journal-kept-waiting", count = self.waiting.len()));
        }
        match parts.len() {
            0 => String::new(),
            1 => parts.remove(0),
            n => t!(
                "journal-list-and",
                rest = parts[..n - 1].join(&t!("journal-list-separator")),
                last = &parts[n - 1]
            ),
        }
    }

    /// The same forms with card numbers and codes masked in every text field.
    pub fn masked(mut self) -> UnsavedForms {
        self.entry
            .iter_mut()
            .chain(&mut self.waiting)
            .for_each(|d| {
                let mut fields = vec![&mut d.rep, &mut d.reference, &mut d.summary];
                fields.extend(d.promises.iter_mut().map(|p| &mut p.text));
                fields.into_iter().for_each(|t| {
                    redact_in_place(t);
                });
            });
        if let Some(d) = &mut self.case {
            d.case.text_fields_mut().into_iter().for_each(|t| {
                redact_in_place(t);
            });
            d.case.clamp_card_digits();
        }
        if let Some(d) = &mut self.card {
            d.card.text_fields_mut().into_iter().for_each(|t| {
                redact_in_place(t);
            });
        }
        if let Some(d) = &mut self.outcome {
            let mut fields = vec![&mut d.rep, &mut d.reference];
            fields.extend(d.offers.iter_mut().map(|o| &mut o.what));
            fields.into_iter().for_each(|t| {
                redact_in_place(t);
            });
        }
        self
    }
}

/// [`UnsavedForms`] borrowed from the state.
struct UnsavedView<'a> {
    entry: Option<&'a Draft>,
    case: Option<&'a CaseDraft>,
    card: Option<&'a CardDraft>,
    outcome: Option<&'a OutcomeDraft>,
    call: Option<&'a CallTimer>,
    waiting: &'a [Draft],
}

impl UnsavedView<'_> {
    fn to_owned(&self) -> UnsavedForms {
        UnsavedForms {
            entry: self.entry.cloned(),
            case: self.case.cloned(),
            card: self.card.cloned(),
            outcome: self.outcome.cloned(),
            call: self.call.cloned(),
            waiting: self.waiting.to_vec(),
        }
    }

    fn matches(&self, forms: &UnsavedForms) -> bool {
        self.entry == forms.entry.as_ref()
            && self.case == forms.case.as_ref()
            && self.card == forms.card.as_ref()
            && self.outcome == forms.outcome.as_ref()
            && self.call == forms.call.as_ref()
            && self.waiting == forms.waiting.as_slice()
    }
}

impl AppState {
    /// The call-log entry being edited has changes not saved yet (or is new).
    pub(crate) fn entry_unsaved(&self) -> bool {
        self.journal.editor_unsaved()
    }

    /// The forms whose changes are not saved yet.
    pub fn unsaved_forms(&self) -> UnsavedForms {
        self.unsaved_view().to_owned()
    }

    /// Whether `forms` are the forms unsaved now, compared in place: called every
    /// frame, it clones nothing.
    pub fn unsaved_forms_are(&self, forms: &UnsavedForms) -> bool {
        self.unsaved_view().matches(forms)
    }

    /// The unsaved forms, borrowed from the state.
    fn unsaved_view(&self) -> UnsavedView<'_> {
        let journal = &self.journal.data;
        let card = self
            .retention
            .card
            .as_ref()
            .filter(|d| match journal.card(d.card.id) {
                Some(saved) => !d.matches_saved(saved),
                None => !d.card.nickname.trim().is_empty(),
            });
        UnsavedView {
            entry: self
                .journal
                .editor
                .as_ref()
                .filter(|_| self.entry_unsaved())
                .map(|e| &e.draft),
            case: self.disputes.draft.as_ref().filter(|d| d.dirty),
            card,
            outcome: self
                .retention
                .outcome
                .as_ref()
                .filter(|o| **o != OutcomeDraft::default()),
            call: self.journal.timer.as_ref(),
            waiting: &self.journal.waiting,
        }
    }

    /// Puts back forms kept at the last close, and says so; the effects check the
    /// restored case's evidence files.
    pub(crate) fn restore_forms(&mut self, forms: UnsavedForms) -> Vec<super::Effect> {
        if forms.is_empty() {
            return Vec::new();
        }
        let mut effects = Vec::new();
        let what = forms.describe();
        if let Some(draft) = forms.entry {
            self.journal.editor = Some(Editor::restored(draft));
        }
        if let Some(mut case) = forms.case {
            case.dirty = true;
            let files = case.evidence_files();
            self.disputes.draft = Some(case);
            if !files.is_empty() {
                effects.push(super::Effect::CheckFiles(files));
            }
        }
        if let Some(card) = forms.card {
            self.retention.card = Some(card);
        }
        if forms.outcome.is_some() {
            self.retention.outcome = forms.outcome;
        }
        if forms.call.is_some() {
            self.journal.timer = forms.call;
        }
        self.journal.waiting = forms.waiting;
        if self.journal.editor.is_none() {
            self.journal.open_next();
        }
        self.restored = Some(t!("journal-kept-from-last-time", what = what));
        effects
    }
}
