//! The disputes part of the window's state: the case being edited, and what printing
//! or saving it asks of the edge. Cases are stored in the journal.

use std::collections::BTreeSet;

use jiff::civil::Date;
use uuid::Uuid;

use super::journal::{JournalState, Undo, read_only};
use super::{Ctx, Effect, Out, View};
use crate::disputes::{Case, docs};
use crate::fields::{self, DateRule, FieldError};
use crate::journal::Link;
use crate::print::{Paper, render};
use crate::t;

/// A case as typed in the editor.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CaseDraft {
    /// The case (checklist, flags and text fields are edited in place).
    pub case: Case,
    /// Amount as typed.
    pub amount: String,
    /// Transaction date as typed.
    pub transaction_date: String,
    /// Statement closing date as typed.
    pub statement_date: String,
    /// Filing date as typed.
    pub filed_on: String,
    /// Final response date as typed.
    pub final_response_on: String,
    /// Not saved yet (new, or changed since the last save).
    pub dirty: bool,
    /// Why the last save was refused.
    pub error: Option<String>,
}

fn date_text(d: Option<Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

impl CaseDraft {
    /// A draft of an existing (or new) case.
    pub fn of(case: Case, dirty: bool) -> CaseDraft {
        CaseDraft {
            amount: if case.amount_minor == 0 {
                String::new()
            } else {
                crate::format::money(case.amount_minor)
            },
            transaction_date: date_text(case.transaction_date),
            statement_date: date_text(case.statement_date),
            filed_on: date_text(case.filed_on),
            final_response_on: date_text(case.final_response_on),
            case,
            dirty,
            error: None,
        }
    }

    /// The case as typed, and every field that is wrong (empty when it can be saved).
    /// The window shows each message beside its field as the user types; the CLI uses
    /// the same rules through [`crate::fields`].
    pub fn checked(&self, today: Date) -> (Case, Vec<FieldError>) {
        let mut case = self.case.clone();
        let mut problems = Vec::new();
        // In the form's order, so "Fix 2 fields" lists them top to bottom.
        let needed = t!("disputes-merchant-needed");
        if let Err(e) = fields::required(&merchant_label(), &case.merchant, &needed) {
            problems.push(e);
        }
        case.amount_minor = match fields::amount(&amount_label(), &self.amount) {
            Ok(v) => v.unwrap_or(0),
            Err(e) => {
                problems.push(e);
                0
            }
        };
        match fields::currency(&currency_label(), &case.currency) {
            Ok(code) => case.currency = code,
            Err(e) => problems.push(e),
        }
        if let Err(e) = fields::country(&account_label(), &case.country) {
            problems.push(e);
        }
        let mut date = |label: &str, text: &str| {
            fields::date(label, text, today, DateRule::Past).unwrap_or_else(|e| {
                problems.push(e);
                None
            })
        };
        case.transaction_date = date(&transaction_date_label(), &self.transaction_date);
        case.statement_date = date(&statement_date_label(), &self.statement_date);
        case.filed_on = date(&filed_on_label(), &self.filed_on);
        case.final_response_on = date(&final_response_on_label(), &self.final_response_on);
        (case, problems)
    }

    /// The case to save, or the first field that is wrong.
    pub(crate) fn to_case(&self, today: Date) -> Result<Case, crate::fields::FieldError> {
        let (case, problems) = self.checked(today);
        match problems.into_iter().next() {
            None => Ok(case),
            Some(first) => Err(first),
        }
    }

    /// Whether the form asks the US-only question "bought in my state or within 100
    /// miles" (15 USC 1666i applies to US accounts only).
    pub(crate) fn asks_within_100_miles(&self) -> bool {
        self.case.country == "US"
    }

    /// The evidence files the case names (to check that they exist).
    pub(crate) fn evidence_files(&self) -> Vec<String> {
        self.case
            .items
            .values()
            .filter_map(|s| s.file.clone())
            .collect()
    }

    /// The case as typed so far, for live previews such as the deadlines: a half-typed
    /// date or amount is simply not used yet. [`CaseDraft::to_case`] is the strict
    /// version that saving uses.
    pub(crate) fn typed_case(&self) -> Case {
        let mut case = self.case.clone();
        let date = |text: &str| text.trim().parse::<Date>().ok();
        case.transaction_date = date(&self.transaction_date);
        case.statement_date = date(&self.statement_date);
        case.filed_on = date(&self.filed_on);
        case.final_response_on = date(&self.final_response_on);
        case.amount_minor = match fields::read_amount(&amount_label(), &self.amount) {
            Ok(fields::Amount::Value(v)) => v,
            _ => 0,
        };
        case
    }
}

/// The case editor's field labels in the current language, shared by the form and its
/// messages (a problem names its field by the label the form shows).
pub(crate) fn merchant_label() -> String {
    t!("disputes-field-merchant")
}

/// Label of the amount field.
pub(crate) fn amount_label() -> String {
    t!("disputes-field-amount")
}

/// Label of the currency field.
pub(crate) fn currency_label() -> String {
    t!("disputes-field-currency")
}

/// Label of the account-country picker.
pub(crate) fn account_label() -> String {
    t!("disputes-field-account")
}

/// Label of the transaction date.
pub(crate) fn transaction_date_label() -> String {
    t!("disputes-field-transaction-date")
}

/// Label of the statement closing date.
pub(crate) fn statement_date_label() -> String {
    t!("disputes-field-statement-date")
}

/// Label of the filing date.
pub(crate) fn filed_on_label() -> String {
    t!("disputes-field-filed-on")
}

/// Label of the final-response date.
pub(crate) fn final_response_on_label() -> String {
    t!("disputes-field-final-response-on")
}

/// Disputes commands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DisputeCommand {
    /// Start a case of this type (slug), optionally from a call-log entry.
    New {
        /// Dispute type slug.
        kind: String,
        /// The call it starts from.
        from_call: Option<Uuid>,
    },
    /// Open a saved case.
    Open(Uuid),
    /// Open a case that was just put back (Undo of a delete).
    Reopen(Box<Case>),
    /// The editor changed.
    Update(Box<CaseDraft>),
    /// Save the case.
    Save,
    /// Close the editor (unsaved changes are dropped).
    Close,
    /// Delete the open case.
    Delete,
    /// Print the blank checklist of a type.
    PrintChecklist(String, Paper),
    /// Print the open case's packet.
    PrintPacket(Paper),
    /// Print one of the open case's letters (billing-error notice, unauthorised
    /// payment, section 75 claim, complaint).
    PrintLetter(crate::disputes::letters::Letter, Paper),
    /// Print the letter that takes the open case to its market's external body.
    PrintReferral(Paper),
    /// Copy the open case's packet as Markdown.
    CopyMarkdown,
}

impl DisputeCommand {
    /// The page this command brings forward (opening a case shows the Disputes page).
    pub(crate) fn brings_forward(&self) -> Option<View> {
        matches!(self, DisputeCommand::New { .. } | DisputeCommand::Open(_))
            .then_some(View::Disputes)
    }

    /// Whether it puts another case (or none) in the editor.
    pub(crate) fn switches_case(&self) -> bool {
        matches!(
            self,
            DisputeCommand::New { .. }
                | DisputeCommand::Open(_)
                | DisputeCommand::Reopen(_)
                | DisputeCommand::Close
                | DisputeCommand::Delete
        )
    }
}

/// The disputes page's own state.
#[derive(Clone, Debug, Default)]
pub struct DisputesState {
    /// The case being edited.
    pub draft: Option<CaseDraft>,
    /// The last message for the user.
    pub message: Option<String>,
    /// The open case's evidence files that were not found when it was opened or last
    /// changed (checked by the edge, never while drawing).
    pub missing_files: BTreeSet<String>,
}

impl DisputesState {
    /// Applies a disputes command; cases are saved in `journal`.
    pub fn apply(
        &mut self,
        command: DisputeCommand,
        ctx: &Ctx,
        journal: &mut JournalState,
        out: &mut Out,
    ) {
        match command {
            DisputeCommand::New { kind, from_call } => {
                let mut case = Case::new(ctx.now, &kind, ctx.country);
                if let Some(id) = from_call
                    && let Some(entry) = journal.data.entry(id)
                {
                    case.calls.push(id);
                    case.description = entry.summary.clone();
                    case.filed_on = Some(entry.when.date());
                }
                self.edit(CaseDraft::of(case, true), out);
            }
            DisputeCommand::Open(id) => {
                if let Some(case) = journal.data.case(id) {
                    self.edit(CaseDraft::of(case.clone(), false), out);
                }
            }
            DisputeCommand::Reopen(case) => {
                self.edit(CaseDraft::of(*case, false), out);
                self.message = Some(t!("disputes-case-restored"));
            }
            DisputeCommand::Update(draft) => {
                let mut draft = *draft;
                draft.dirty = true;
                // Items with nothing ticked, noted or attached are dropped, so the file
                // stays small.
                draft
                    .case
                    .items
                    .retain(|_, s| s.checked || !s.note.is_empty() || s.file.is_some());
                let files_changed = self.draft.as_ref().map(CaseDraft::evidence_files)
                    != Some(draft.evidence_files());
                self.draft = Some(draft);
                if files_changed {
                    self.check_files(out);
                }
            }
            DisputeCommand::Save => self.save(ctx, journal, out),
            DisputeCommand::Close => self.draft = None,
            DisputeCommand::Delete => {
                if let Some(draft) = self.draft.take()
                    && journal.writable()
                    && let Some(case) = journal.data.delete_case(draft.case.id, ctx.now)
                {
                    journal.undo = Some(Undo::Case(Box::new(case)));
                    self.message = Some(t!("disputes-case-deleted"));
                    out.push(Effect::SaveJournal);
                }
            }
            print => self.print(print, ctx, journal, out),
        }
    }

    /// Opens `draft` in the editor and asks which of its files exist. A message about
    /// another case goes.
    fn edit(&mut self, draft: CaseDraft, out: &mut Out) {
        let same = self.draft.as_ref().map(|d| d.case.id) == Some(draft.case.id);
        if !same {
            self.message = None;
        }
        self.draft = Some(draft);
        self.check_files(out);
    }

    fn check_files(&mut self, out: &mut Out) {
        let files = self
            .draft
            .as_ref()
            .map(CaseDraft::evidence_files)
            .unwrap_or_default();
        self.missing_files.clear();
        if !files.is_empty() {
            out.push(Effect::CheckFiles(files));
        }
    }

    /// Takes in which evidence files exist (`(path, exists)`), as the edge found them.
    pub(crate) fn files_checked(&mut self, found: Vec<(String, bool)>) {
        self.missing_files = found
            .into_iter()
            .filter(|(_, exists)| !exists)
            .map(|(path, _)| path)
            .collect();
    }

    fn save(&mut self, ctx: &Ctx, journal: &mut JournalState, out: &mut Out) {
        let Some(draft) = &mut self.draft else {
            return;
        };
        if !journal.writable() {
            draft.error = Some(read_only());
            return;
        }
        let case = match draft.to_case(ctx.today) {
            Ok(case) => case,
            Err(e) => {
                draft.error = Some(e.to_string());
                return;
            }
        };
        let now = ctx.now;
        // Link the calls back to the case.
        for call in &case.calls {
            if let Some(mut entry) = journal.data.entry(*call).cloned()
                && !entry.links.contains(&Link::Dispute(case.id))
            {
                entry.links.push(Link::Dispute(case.id));
                journal.data.upsert_entry(entry, now);
            }
        }
        let mut copy = case.clone();
        copy.text_fields_mut().into_iter().for_each(|t| {
            crate::journal::clean::strip_in_place(t);
        });
        let removed = crate::journal::clean::removed_note(copy != case);
        let masked = journal.data.upsert_case(case.clone(), now);
        let saved = journal.data.case(case.id).cloned().unwrap_or(case);
        self.draft = Some(CaseDraft::of(saved, false));
        self.message = Some(if masked > 0 {
            t!(
                "disputes-case-saved-masked",
                count = masked,
                removed = removed
            )
        } else {
            t!("disputes-case-saved", removed = removed)
        });
        out.push(Effect::SaveJournal);
    }

    /// Prints and copies: documents built here, written by the edge.
    fn print(&mut self, command: DisputeCommand, ctx: &Ctx, journal: &JournalState, out: &mut Out) {
        let catalog = ctx.catalogs.disputes;
        let today = ctx.today;
        let write = |name: String, bytes: Vec<u8>| Effect::WriteExport {
            name: ctx.stamped(&name),
            bytes,
            from: View::Disputes,
        };
        if let DisputeCommand::PrintChecklist(slug, paper) = &command {
            if let Some(kind) = catalog.kind(slug) {
                let doc =
                    crate::print::in_paper_language(|| docs::checklist_doc(kind, catalog, today));
                out.push(write(
                    format!("checklist-{slug}-{}.pdf", paper.slug()),
                    render(&doc, *paper),
                ));
            }
            return;
        }
        let Some(draft) = &self.draft else {
            return;
        };
        let case = draft.to_case(today).unwrap_or_else(|_| draft.typed_case());
        let calls = journal.data.entries_with(&case.calls);
        match command {
            DisputeCommand::PrintPacket(paper) | DisputeCommand::PrintLetter(_, paper) => {
                let letter = match command {
                    DisputeCommand::PrintLetter(letter, _) => Some(letter),
                    _ => None,
                };
                let doc = crate::print::in_paper_language(|| match letter {
                    None => docs::packet_doc(&case, catalog, &calls, today),
                    Some(letter) => crate::disputes::letters::doc(letter, &case, catalog, today),
                });
                let what = letter.map_or_else(
                    || "packet".to_string(),
                    |letter| format!("letter-{}", letter.slug()),
                );
                let name = format!(
                    "dispute-{what}-{}-{today}-{}.pdf",
                    crate::format::slug(&case.merchant, "case"),
                    paper.slug()
                );
                out.push(write(name, render(&doc, paper)));
            }
            DisputeCommand::PrintReferral(paper) => {
                let referral = crate::print::in_paper_language(|| {
                    crate::after::referral_doc(&case, ctx.catalogs, today)
                });
                if let Some(doc) = referral {
                    let name = format!(
                        "dispute-referral-{}-{today}-{}.pdf",
                        crate::format::slug(&case.merchant, "case"),
                        paper.slug()
                    );
                    out.push(write(name, render(&doc, paper)));
                }
            }
            DisputeCommand::CopyMarkdown => {
                let doc = docs::packet_doc(&case, catalog, &calls, today);
                self.message = Some(t!("disputes-copied-markdown"));
                out.push(Effect::CopyText(docs::to_markdown(&doc)));
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::Journal;
    use crate::state::testing::Env;
    use jiff::Timestamp;
    use jiff::civil::date;

    /// One command, as the router would send it.
    fn apply_dispute(
        ds: &mut DisputesState,
        js: &mut JournalState,
        command: DisputeCommand,
        country: &str,
        now: Timestamp,
        today: Date,
    ) -> Vec<Effect> {
        let mut env = Env::at(now);
        env.country = country.to_string();
        let mut ctx = env.ctx();
        ctx.today = today;
        let mut out = Out::default();
        ds.apply(command, &ctx, js, &mut out);
        out.effects
    }

    #[test]
    fn the_typed_case_uses_what_parses_and_skips_what_is_half_typed() {
        let mut ds = DisputesState::default();
        let mut js = JournalState::new(Journal::default(), "/tmp/j.ron".into(), None);
        let now: Timestamp = "2026-11-18T10:00:00Z".parse().unwrap();
        let new = DisputeCommand::New {
            kind: "duplicate".into(),
            from_call: None,
        };
        apply_dispute(&mut ds, &mut js, new, "US", now, date(2026, 11, 18));
        let mut draft = ds.draft.clone().unwrap();
        draft.amount = "212.40".into();
        draft.statement_date = "2026-11-01".into();
        draft.filed_on = "2026-11-1".into();
        draft.transaction_date = " 2026-10-20 ".into();
        let case = draft.typed_case();
        assert_eq!(case.amount_minor, 21240);
        assert_eq!(case.statement_date, Some(date(2026, 11, 1)));
        assert_eq!(case.transaction_date, Some(date(2026, 10, 20)));
        assert_eq!(case.filed_on, None, "half-typed: not used yet");
        draft.amount = "21".into();
        draft.filed_on = "2026-11-19".into();
        let case = draft.typed_case();
        assert_eq!(case.amount_minor, 2100);
        assert_eq!(case.filed_on, Some(date(2026, 11, 19)));
        draft.amount = "twelve".into();
        assert_eq!(draft.typed_case().amount_minor, 0);
    }

    #[test]
    fn new_edit_save_print_delete() {
        let mut ds = DisputesState::default();
        let mut js = JournalState::new(Journal::default(), "/tmp/j.ron".into(), None);
        let now: Timestamp = "2026-11-18T10:00:00Z".parse().unwrap();
        let today = date(2026, 11, 18);
        let new = DisputeCommand::New {
            kind: "duplicate".into(),
            from_call: None,
        };
        apply_dispute(&mut ds, &mut js, new, "US", now, today);
        let mut draft = ds.draft.clone().unwrap();
        assert!(draft.dirty);
        // Refused without a merchant, then with a bad amount.
        assert!(apply_dispute(&mut ds, &mut js, DisputeCommand::Save, "US", now, today).is_empty());
        assert!(
            ds.draft
                .as_ref()
                .unwrap()
                .error
                .as_ref()
                .unwrap()
                .starts_with("Merchant")
        );
        draft.case.merchant = "Hotel 3782 822463 10005".into();
        draft.amount = "twelve".into();
        apply_dispute(
            &mut ds,
            &mut js,
            DisputeCommand::Update(Box::new(draft.clone())),
            "US",
            now,
            today,
        );
        apply_dispute(&mut ds, &mut js, DisputeCommand::Save, "US", now, today);
        assert!(
            ds.draft
                .as_ref()
                .unwrap()
                .error
                .as_ref()
                .unwrap()
                .starts_with("Amount")
        );
        draft.amount = "89.00".into();
        draft.statement_date = "2026-11-01".into();
        // The window's "last five" field keeps only the card's digits, never the CID.
        draft.case.card_last5 = "card 3782 822463 10005 CID 1234".into();
        apply_dispute(
            &mut ds,
            &mut js,
            DisputeCommand::Update(Box::new(draft)),
            "US",
            now,
            today,
        );
        let effects = apply_dispute(&mut ds, &mut js, DisputeCommand::Save, "US", now, today);
        assert_eq!(effects, vec![Effect::SaveJournal]);
        let saved = &js.data.cases[0];
        assert_eq!(saved.merchant, "Hotel [card ending 10005]");
        assert_eq!(saved.card_last5, "10005");
        assert_eq!(saved.amount_minor, 8900);
        assert!(!ds.draft.as_ref().unwrap().dirty);
        let printed = apply_dispute(
            &mut ds,
            &mut js,
            DisputeCommand::PrintPacket(Paper::A4),
            "US",
            now,
            today,
        );
        assert!(
            matches!(&printed[0], Effect::WriteExport { name, bytes, .. } if name.starts_with("dispute-packet-hotel-card-ending-10005") && bytes.starts_with(b"%PDF"))
        );
        apply_dispute(&mut ds, &mut js, DisputeCommand::Delete, "US", now, today);
        assert!(js.data.cases.is_empty());
    }

    #[test]
    fn a_case_from_a_call_links_both_ways() {
        let mut ds = DisputesState::default();
        let mut js = JournalState::new(Journal::default(), "/tmp/j.ron".into(), None);
        let now: Timestamp = "2026-11-18T10:00:00Z".parse().unwrap();
        let mut entry = crate::journal::Entry::new(now, &jiff::tz::TimeZone::UTC);
        entry.summary = "Parcel never came".into();
        let call = entry.id;
        js.data.upsert_entry(entry, now);
        let new = DisputeCommand::New {
            kind: "not-received".into(),
            from_call: Some(call),
        };
        apply_dispute(&mut ds, &mut js, new, "US", now, date(2026, 11, 18));
        let mut draft = ds.draft.clone().unwrap();
        assert_eq!(draft.case.description, "Parcel never came");
        assert_eq!(draft.filed_on, "2026-11-18");
        draft.case.merchant = "Acme".into();
        apply_dispute(
            &mut ds,
            &mut js,
            DisputeCommand::Update(Box::new(draft)),
            "US",
            now,
            date(2026, 11, 18),
        );
        apply_dispute(
            &mut ds,
            &mut js,
            DisputeCommand::Save,
            "US",
            now,
            date(2026, 11, 18),
        );
        let case_id = js.data.cases[0].id;
        assert_eq!(js.data.cases[0].calls, vec![call]);
        assert_eq!(
            js.data.entry(call).unwrap().links,
            vec![Link::Dispute(case_id)]
        );
    }
}
