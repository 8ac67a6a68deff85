//! The running call: Start call starts the timer, On hold / Talking split the time,
//! End call opens the call-log entry with start, end, hold and talk time filled in.

use crate::journal::CallTimer;
use crate::t;

use super::journal::{CallLog, JournalCommand, JournalState, call_draft};
use super::{Ctx, Out};

/// Said when Start call is pressed during a call (the running one is never dropped),
/// in English, for the tests.
#[cfg(test)]
pub(crate) const ALREADY_TIMING: &str = "A call is already being timed: press End call first.";

impl JournalState {
    /// The call timer's commands.
    pub(super) fn apply_timer(&mut self, command: JournalCommand, ctx: &Ctx, out: &mut Out) {
        match command {
            JournalCommand::StartTimer(call) => {
                if self.timer.is_some() {
                    out.toast(t!("journal-already-timing"));
                } else {
                    self.timer = Some(CallTimer::start(call.contact, call.purpose, ctx.now));
                }
            }
            JournalCommand::SetCallPhase(phase) => {
                if let Some(timer) = &mut self.timer {
                    timer.set_phase(phase, ctx.now);
                }
            }
            JournalCommand::EndCall => self.end_call(ctx, out),
            _ => {}
        }
    }

    /// Stops the timer and puts its times into the call's entry: the new entry already
    /// open or waiting for that line (Start call on the prep page opens one), else a
    /// new one, which waits if the entry being edited has unsaved changes.
    fn end_call(&mut self, ctx: &Ctx, out: &mut Out) {
        let Some(timer) = self.timer.take() else {
            return;
        };
        let times = timer.end(ctx.now, ctx.zone);
        if let Some(draft) = self.untimed_call_draft(&timer.contact) {
            draft.when = times.started.short();
            draft.call_times = Some(times);
            return;
        }
        let call = CallLog {
            contact: timer.contact.clone(),
            purpose: timer.purpose,
        };
        let mut draft = call_draft(call, ctx);
        draft.when = times.started.short();
        draft.call_times = Some(times);
        if let Some(said) = self.open(draft) {
            out.toast(said);
        }
    }

    /// What the caller is doing in the running call, if one runs.
    #[cfg(test)]
    pub(crate) fn call_phase(&self) -> Option<crate::journal::Phase> {
        self.timer.as_ref().map(|t| t.phase)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::Phase;
    use crate::state::testing::Env;
    use jiff::Timestamp;

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn run(js: &mut JournalState, command: JournalCommand, now: &str) -> Out {
        let env = Env::at(at(now));
        let mut out = Out::default();
        js.apply(command, &env.ctx(), &mut out);
        out
    }

    fn start() -> JournalCommand {
        JournalCommand::StartTimer(CallLog {
            contact: "us-general".into(),
            purpose: None,
        })
    }

    #[test]
    fn end_call_opens_the_entry_with_the_times() {
        let mut js = JournalState::default();
        run(&mut js, start(), "2026-11-18T10:00:00Z");
        assert_eq!(js.call_phase(), Some(Phase::OnHold));
        let again = run(&mut js, start(), "2026-11-18T10:01:00Z");
        assert_eq!(again.toast.as_deref(), Some(ALREADY_TIMING));
        assert_eq!(
            js.timer.as_ref().unwrap().started,
            at("2026-11-18T10:00:00Z")
        );
        run(
            &mut js,
            JournalCommand::SetCallPhase(Phase::Talking),
            "2026-11-18T10:12:00Z",
        );
        run(&mut js, JournalCommand::EndCall, "2026-11-18T10:20:30Z");
        assert!(js.timer.is_none());
        let draft = &js.editor.as_ref().unwrap().draft;
        let times = draft.call_times.unwrap();
        assert_eq!((times.hold_secs, times.talk_secs), (720, 510));
        assert_eq!(draft.when, "2026-11-18 10:00");
        assert_eq!(draft.contact.as_deref(), Some("us-general"));
    }

    #[test]
    fn end_call_fills_the_entry_opened_at_the_start() {
        let mut js = JournalState::default();
        run(&mut js, start(), "2026-11-18T10:00:00Z");
        run(
            &mut js,
            JournalCommand::OpenLog(CallLog {
                contact: "us-general".into(),
                purpose: None,
            }),
            "2026-11-18T10:00:00Z",
        );
        let mut draft = js.editor.as_ref().unwrap().draft.clone();
        draft.summary = "typed during the call".into();
        run(
            &mut js,
            JournalCommand::UpdateDraft(Box::new(draft)),
            "2026-11-18T10:05:00Z",
        );
        run(&mut js, JournalCommand::EndCall, "2026-11-18T10:09:00Z");
        let draft = &js.editor.as_ref().unwrap().draft;
        assert_eq!(draft.summary, "typed during the call");
        assert_eq!(draft.call_times.unwrap().hold_secs, 540);
        // Nothing happens without a running call.
        let before = js.editor.clone();
        run(&mut js, JournalCommand::EndCall, "2026-11-18T10:10:00Z");
        assert_eq!(js.editor, before);
    }
}
