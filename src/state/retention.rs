//! The retention coach's state: the card being edited, the script step, and the outcome
//! being recorded (which becomes a call-log entry and follow-ups).

use jiff::civil::Date;
use uuid::Uuid;

use super::journal::{JournalState, read_only};
use super::{Ctx, Effect, Out, View};
use crate::directory::{Channel, Purpose, Tier};
use crate::fields::{self, DateRule, FieldError};
use crate::journal::{Entry, Link, Promise};
use crate::print::Paper;
use crate::retention::{Offer, OfferKind, Outcome, RetentionCard};
use crate::t;

/// A saved card's member-since year, fee and dates as the form shows them.
fn typed_fields(card: &RetentionCard) -> [String; 4] {
    let d = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
    [
        card.member_since.map(|y| y.to_string()).unwrap_or_default(),
        if card.annual_fee_minor == 0 {
            String::new()
        } else {
            crate::format::money(card.annual_fee_minor)
        },
        d(card.fee_posted),
        d(card.fee_statement_closing),
    ]
}

/// A card profile as typed.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CardDraft {
    /// The card (nickname, tier, spend, last digits edited in place).
    pub card: RetentionCard,
    /// Member-since year as typed.
    pub member_since: String,
    /// Annual fee as typed.
    pub fee: String,
    /// Fee posted date as typed.
    pub fee_posted: String,
    /// Fee statement closing date as typed.
    pub statement_closing: String,
    /// Why the last save was refused.
    pub error: Option<String>,
}

impl CardDraft {
    /// A draft of a card.
    pub fn of(card: RetentionCard) -> CardDraft {
        let [member_since, fee, fee_posted, statement_closing] = typed_fields(&card);
        CardDraft {
            member_since,
            fee,
            fee_posted,
            statement_closing,
            card,
            error: None,
        }
    }

    /// Whether the form shows `saved` unchanged (the error line aside).
    pub(crate) fn matches_saved(&self, saved: &RetentionCard) -> bool {
        let [member_since, fee, fee_posted, statement_closing] = typed_fields(saved);
        self.card == *saved
            && self.member_since == member_since
            && self.fee == fee
            && self.fee_posted == fee_posted
            && self.statement_closing == statement_closing
    }

    /// The card as typed, and every field that is wrong, in the form's order.
    pub fn checked(&self, today: Date) -> (RetentionCard, Vec<FieldError>) {
        let mut card = self.card.clone();
        let mut problems = Vec::new();
        let what = t!("retention-nickname-needed");
        if let Err(e) = fields::required(&nickname_label(), &card.nickname, &what) {
            problems.push(e);
        }
        match fields::year(&member_since_label(), &self.member_since, today) {
            Ok(year) => card.member_since = year,
            Err(e) => problems.push(e),
        }
        match fields::amount(&annual_fee_label(), &self.fee) {
            Ok(fee) => card.annual_fee_minor = fee.unwrap_or(0),
            Err(e) => problems.push(e),
        }
        let mut date = |label: &str, text: &str| {
            fields::date(label, text, today, DateRule::Past).unwrap_or_else(|e| {
                problems.push(e);
                None
            })
        };
        card.fee_posted = date(&fee_posted_label(), &self.fee_posted);
        card.fee_statement_closing = date(&fee_statement_closing_label(), &self.statement_closing);
        (card, problems)
    }

    /// The card to save, or the first field that is wrong.
    pub(crate) fn to_card(&self, today: Date) -> Result<RetentionCard, FieldError> {
        let (card, problems) = self.checked(today);
        match problems.into_iter().next() {
            None => Ok(card),
            Some(first) => Err(first),
        }
    }
}

/// Label of the card's nickname field (shared by the form and its messages).
pub(crate) fn nickname_label() -> String {
    t!("retention-nickname")
}
/// Label of the member-since year.
pub(crate) fn member_since_label() -> String {
    t!("retention-member-since")
}
/// Label of the annual-fee field.
pub(crate) fn annual_fee_label() -> String {
    t!("retention-annual-fee")
}
/// Label of the fee-posted date.
pub(crate) fn fee_posted_label() -> String {
    t!("retention-fee-posted")
}
/// Label of the fee statement's closing date.
pub(crate) fn fee_statement_closing_label() -> String {
    t!("retention-fee-statement-closes")
}
/// Label of offer `number`'s deadline (shared by the outcome form and its messages).
pub(crate) fn offer_deadline_label(number: usize) -> String {
    t!("retention-offer-deadline", number = number)
}

/// An offer as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OfferDraft {
    /// Kind.
    pub kind: OfferKind,
    /// What.
    pub what: String,
    /// Spend requirement.
    pub spend: String,
    /// Deadline as typed.
    pub deadline: String,
    /// Accepted?
    pub accepted: bool,
}

/// The outcome of a call, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OutcomeDraft {
    /// Offers made.
    pub offers: Vec<OfferDraft>,
    /// Rep.
    pub rep: String,
    /// Reference number.
    pub reference: String,
    /// Why the last save was refused.
    pub error: Option<String>,
}

/// Retention commands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RetentionCommand {
    /// Start a new card profile.
    NewCard,
    /// Show a saved card.
    SelectCard(Uuid),
    /// The card form changed.
    UpdateCard(Box<CardDraft>),
    /// Save the card.
    SaveCard,
    /// Next script step.
    NextStep,
    /// Previous script step.
    PreviousStep,
    /// Start recording what happened.
    StartOutcome,
    /// The outcome form changed.
    UpdateOutcome(Box<OutcomeDraft>),
    /// Save the outcome (history, call-log entry, follow-ups).
    SaveOutcome,
    /// Drop the outcome form.
    CancelOutcome,
    /// Write the script card (with the selected card's prep) as a PDF.
    Print(Paper),
}

/// The retention page's state.
#[derive(Clone, Debug, Default)]
pub struct RetentionState {
    /// The card form (a saved card, or a new one).
    pub card: Option<CardDraft>,
    /// The script step shown.
    pub step: usize,
    /// The outcome being recorded.
    pub outcome: Option<OutcomeDraft>,
    /// The last message for the user.
    pub message: Option<String>,
}

impl RetentionState {
    /// Applies a retention command; cards and outcomes are saved in `journal`.
    pub fn apply(
        &mut self,
        command: RetentionCommand,
        ctx: &Ctx,
        journal: &mut JournalState,
        out: &mut Out,
    ) {
        let steps = ctx.catalogs.retention.steps.len();
        match command {
            RetentionCommand::NewCard => {
                let mut card = RetentionCard::new(ctx.now, "");
                card.tier = Some(Tier::Gold);
                card.country = ctx.country.to_string();
                card.currency = crate::fields::currency_of(ctx.country)
                    .unwrap_or("USD")
                    .to_string();
                self.card = Some(CardDraft::of(card));
                self.outcome = None;
            }
            RetentionCommand::SelectCard(id) => {
                if let Some(card) = journal.data.card(id) {
                    self.card = Some(CardDraft::of(card.clone()));
                    self.outcome = None;
                    self.step = 0;
                }
            }
            RetentionCommand::UpdateCard(draft) => self.card = Some(*draft),
            RetentionCommand::SaveCard => self.save_card(ctx, journal, out),
            RetentionCommand::NextStep => self.step = (self.step + 1).min(steps.saturating_sub(1)),
            RetentionCommand::PreviousStep => self.step = self.step.saturating_sub(1),
            RetentionCommand::StartOutcome => {
                self.outcome = Some(OutcomeDraft {
                    offers: vec![OfferDraft::default()],
                    ..OutcomeDraft::default()
                })
            }
            RetentionCommand::UpdateOutcome(draft) => self.outcome = Some(*draft),
            RetentionCommand::CancelOutcome => self.outcome = None,
            RetentionCommand::SaveOutcome => {
                if save_outcome(self, journal, ctx) {
                    out.push(Effect::SaveJournal);
                }
            }
            RetentionCommand::Print(paper) => self.print(paper, ctx, out),
        }
    }

    fn save_card(&mut self, ctx: &Ctx, journal: &mut JournalState, out: &mut Out) {
        let Some(draft) = &mut self.card else {
            return;
        };
        if !journal.writable() {
            draft.error = Some(read_only());
            return;
        }
        match draft.to_card(ctx.today) {
            Ok(card) => {
                journal.data.upsert_card(card.clone(), ctx.now);
                let saved = journal.data.card(card.id).cloned().unwrap_or(card);
                self.card = Some(CardDraft::of(saved));
                self.message = Some(t!("retention-card-saved"));
                out.push(Effect::SaveJournal);
            }
            Err(e) => draft.error = Some(e.to_string()),
        }
    }

    /// The script card, with the selected card's prep when its form is valid.
    fn print(&self, paper: Paper, ctx: &Ctx, out: &mut Out) {
        let card = self.card.as_ref().and_then(|d| d.to_card(ctx.today).ok());
        let doc = crate::print::in_paper_language(|| {
            crate::retention::doc::script_doc(card.as_ref(), ctx.catalogs.retention, ctx.today)
        });
        let name = match card {
            Some(c) => format!(
                "retention-{}-{}.pdf",
                crate::format::slug(&c.nickname, "card"),
                paper.slug()
            ),
            None => format!("retention-script-{}.pdf", paper.slug()),
        };
        out.push(Effect::WriteExport {
            name: ctx.stamped(&name),
            bytes: crate::print::render(&doc, paper),
            from: View::Retention,
        });
    }
}

/// Records the outcome being typed: history on the card, a call-log entry, and a
/// promise for each accepted spend requirement. True when it was saved.
fn save_outcome(rs: &mut RetentionState, js: &mut JournalState, ctx: &Ctx) -> bool {
    let (now, zone, today) = (ctx.now, ctx.zone, ctx.today);
    let (Some(card_draft), Some(draft)) = (&rs.card, &mut rs.outcome) else {
        return false;
    };
    let Some(mut card) = js.data.card(card_draft.card.id).cloned() else {
        draft.error = Some(t!("retention-save-card-first"));
        return false;
    };
    if !js.writable() {
        draft.error = Some(read_only());
        return false;
    }
    let mut offers = Vec::new();
    for (i, o) in draft.offers.iter().enumerate() {
        if o.what.trim().is_empty() && o.spend.trim().is_empty() && o.deadline.trim().is_empty() {
            continue;
        }
        let deadline = match fields::date(
            &offer_deadline_label(i + 1),
            &o.deadline,
            today,
            DateRule::Plan,
        ) {
            Ok(d) => d,
            Err(e) => {
                draft.error = Some(e.to_string());
                return false;
            }
        };
        offers.push(Offer {
            kind: o.kind,
            what: o.what.trim().to_string(),
            spend_requirement: o.spend.trim().to_string(),
            deadline,
            accepted: o.accepted,
        });
    }
    let mut outcome = Outcome {
        date: today,
        offers,
        rep: draft.rep.trim().to_string(),
        reference: draft.reference.trim().to_string(),
        call: None,
    };
    // The call-log entry, with a dated promise for every accepted spend requirement.
    let mut entry = Entry::new(now, zone);
    entry.channel = Channel::Phone;
    entry.purpose = Some(Purpose::Retention);
    entry.rep = outcome.rep.clone();
    entry.reference = outcome.reference.clone();
    entry.summary = t!(
        "retention-call-summary",
        card = &card.nickname,
        outcome = outcome.summary()
    );
    entry.links.push(Link::Retention(card.id));
    for o in outcome
        .offers
        .iter()
        .filter(|o| o.accepted && (o.deadline.is_some() || !o.spend_requirement.is_empty()))
    {
        entry.promises.push(Promise {
            text: t!(
                "retention-spend-promise",
                offer = &o.what,
                spend = &o.spend_requirement
            ),
            due: o.deadline,
            done: false,
        });
    }
    outcome.call = Some(entry.id);
    js.data.upsert_entry(entry, now);
    card.outcomes.push(outcome);
    js.data.upsert_card(card.clone(), now);
    rs.card = js.data.card(card.id).cloned().map(CardDraft::of);
    rs.outcome = None;
    rs.message = Some(t!("retention-outcome-recorded"));
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::testing::Env;
    use jiff::Timestamp;
    use jiff::tz::TimeZone;

    /// One command, as the router would send it (`steps`: the script's length).
    fn apply_retention(
        rs: &mut RetentionState,
        js: &mut JournalState,
        command: RetentionCommand,
        steps: usize,
        now: Timestamp,
        _zone: &TimeZone,
    ) -> Vec<Effect> {
        let env = Env::at(now);
        assert_eq!(env.catalogs.retention.steps.len(), steps);
        let mut out = Out::default();
        rs.apply(command, &env.ctx(), js, &mut out);
        out.effects
    }
    use crate::followups::due_items;
    use crate::journal::Journal;

    #[test]
    fn an_accepted_offer_becomes_history_a_call_and_a_follow_up() {
        let mut rs = RetentionState::default();
        let mut js = JournalState::new(Journal::default(), "/tmp/j.ron".into(), None);
        let now: Timestamp = "2026-11-18T10:00:00Z".parse().unwrap();
        let z = TimeZone::UTC;
        apply_retention(&mut rs, &mut js, RetentionCommand::NewCard, 7, now, &z);
        let mut card = rs.card.clone().unwrap();
        assert!(
            apply_retention(&mut rs, &mut js, RetentionCommand::SaveCard, 7, now, &z).is_empty(),
            "nickname needed"
        );
        card.card.nickname = "Gold".into();
        card.fee = "325".into();
        card.statement_closing = "2026-11-05".into();
        card.member_since = "2015".into();
        apply_retention(
            &mut rs,
            &mut js,
            RetentionCommand::UpdateCard(Box::new(card)),
            7,
            now,
            &z,
        );
        assert_eq!(
            apply_retention(&mut rs, &mut js, RetentionCommand::SaveCard, 7, now, &z),
            vec![Effect::SaveJournal]
        );
        apply_retention(&mut rs, &mut js, RetentionCommand::StartOutcome, 7, now, &z);
        let mut outcome = rs.outcome.clone().unwrap();
        outcome.offers[0] = OfferDraft {
            kind: OfferKind::Points,
            what: "30,000 points".into(),
            spend: "$3,000 in 3 months".into(),
            deadline: "2027-02-18".into(),
            accepted: true,
        };
        outcome.rep = "Marcus".into();
        outcome.reference = "RT-5521".into();
        apply_retention(
            &mut rs,
            &mut js,
            RetentionCommand::UpdateOutcome(Box::new(outcome)),
            7,
            now,
            &z,
        );
        apply_retention(&mut rs, &mut js, RetentionCommand::SaveOutcome, 7, now, &z);
        let card = &js.data.cards[0];
        assert_eq!(card.outcomes.len(), 1);
        assert!(card.outcomes[0].accepted());
        let entry = js.data.entry(card.outcomes[0].call.unwrap()).unwrap();
        assert_eq!(entry.reference, "RT-5521");
        assert_eq!(entry.links, vec![Link::Retention(card.id)]);
        let catalog = crate::disputes::builtin().unwrap();
        let due = due_items(&js.data, catalog, jiff::civil::date(2026, 11, 18));
        assert!(
            due.iter()
                .any(|d| d.text.contains("30,000 points")
                    && d.date == jiff::civil::date(2027, 2, 18))
        );
        // Steps stay within the script.
        for _ in 0..20 {
            apply_retention(&mut rs, &mut js, RetentionCommand::NextStep, 7, now, &z);
        }
        assert_eq!(rs.step, 6);
    }
}
