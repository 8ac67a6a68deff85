//! The call-prep page: what the call is about, the cardholder's country, Start call
//! (copy the line, open the call-log entry beside the sheet) and Print.

use crate::directory::Purpose;
use crate::directory::product::CardKind;
use crate::guidance::{Call, LineChoice};
use crate::print::Paper;
use crate::t;

use super::journal::{CallLog, JournalCommand};
use super::numbers::NumbersCommand;
use super::{Ctx, Effect, Out, View};

/// The call-prep page's commands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrepCommand {
    /// What the call is about.
    SetPurpose(Purpose),
    /// The cardholder's country (for the line and the escalation ladder).
    SetCountry(String),
    /// The card the call is about (personal, business, corporate).
    SetCard(CardKind),
    /// Copy the line for the purpose, start the call timer and open a pre-filled
    /// call-log entry beside the sheet.
    StartCall,
    /// Write the prep sheet as a PDF into the exports folder.
    Print(Paper),
}

/// The call-prep page's state.
#[derive(Clone, Debug)]
pub struct PrepState {
    /// What the call is about.
    pub purpose: Purpose,
    /// The cardholder's country, if chosen here (else the country filter, else the
    /// calling-from country: see [`super::AppState::prep_country`]).
    pub country: Option<String>,
    /// The card held (remembered in the settings).
    pub card: CardKind,
}

impl Default for PrepState {
    fn default() -> Self {
        PrepState {
            purpose: Purpose::General,
            country: None,
            card: CardKind::Personal,
        }
    }
}

impl PrepState {
    /// The call being prepared, for a cardholder of `ctx.country` calling from
    /// `ctx.calling_from`.
    pub fn call<'a>(&self, ctx: &Ctx<'a>) -> Call<'a> {
        Call {
            purpose: self.purpose,
            country: ctx.country,
            calling_from: ctx.calling_from,
            card: self.card,
        }
    }

    /// The line to call for the purpose and card as a cardholder of `ctx.country`,
    /// reachable from `ctx.calling_from` where the market has one (none: call the number
    /// on the back of the card).
    pub fn line<'d>(&self, ctx: &Ctx<'d>) -> Option<LineChoice<'d>> {
        crate::guidance::choose_line(ctx.directory, self.call(ctx))
    }

    /// Applies a call-prep command.
    pub fn apply(&mut self, command: PrepCommand, ctx: &Ctx, out: &mut Out) {
        match command {
            PrepCommand::SetPurpose(purpose) => self.purpose = purpose,
            PrepCommand::SetCountry(code) => self.country = Some(code),
            PrepCommand::SetCard(card) => self.card = card,
            PrepCommand::StartCall => match self.line(ctx) {
                Some(line) => {
                    let contact = line.contact.record.id.clone();
                    out.then(NumbersCommand::Copy(contact.clone()));
                    out.then(JournalCommand::StartTimer(CallLog {
                        contact: contact.clone(),
                        purpose: Some(self.purpose),
                    }));
                    // The entry opens beside the prep sheet: the script and the ladder
                    // stay in view during the call.
                    out.then(JournalCommand::OpenLog(CallLog {
                        contact,
                        purpose: Some(self.purpose),
                    }));
                }
                None => out.toast(t!("prep-no-line-known")),
            },
            PrepCommand::Print(paper) => {
                let today = ctx.today.to_string();
                let doc = crate::print::in_paper_language(|| {
                    crate::guidance::prep_doc(
                        ctx.directory,
                        ctx.catalogs.guidance,
                        self.call(ctx),
                        &today,
                    )
                });
                out.push(Effect::WriteExport {
                    name: ctx.stamped(&format!(
                        "call-prep-{}-{today}-{}.pdf",
                        self.purpose.slug(),
                        paper.slug()
                    )),
                    bytes: crate::print::render(&doc, paper),
                    from: View::Prep,
                });
            }
        }
    }
}
