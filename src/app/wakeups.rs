//! When the window draws again and what its title says: reminders, the next opening
//! or closing of a listed line, a running call's clock, the toast, the overdue count.
//! No continuous repaint.

use super::DeskApp;
use crate::directory::hours;
use crate::state::Reply;

impl DeskApp {
    /// Notifies what fell due (at start, then at most once a minute, when the date or
    /// the journal changed) and asks for the one wake-up it needs, never within a minute.
    pub(super) fn remind(&mut self, ctx: &egui::Context) {
        let state = &self.state;
        let step = self.reminders.step(
            &state.journal.data,
            state.frame.fingerprint,
            state.catalogs.disputes,
            state.now,
            &state.local_tz,
            state.reminders,
        );
        if let Some(note) = step.report {
            log::warn!("{note}");
            self.answer(ctx, Reply::Problem(note));
        }
        if let Some(wait) = step.wake_after {
            ctx.request_repaint_after(wait);
        }
    }

    /// "Amex Desk (2 overdue)" when follow-ups are overdue.
    pub(super) fn update_title(&mut self, ctx: &egui::Context) {
        let title = match self.state.frame.overdue {
            0 => "Amex Desk".to_string(),
            n => format!("Amex Desk ({n} overdue)"),
        };
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// The window title last set.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// Repaints only when something on screen will change: the toast expiring, a
    /// listed contact opening or closing, or a running call's clock.
    pub(super) fn schedule_repaint(&mut self, ctx: &egui::Context) {
        let now = self.state.now;
        let generation = self.state.numbers.results_generation;
        let stale = match self.next_hours_change {
            Some((g, next)) => g != generation || next.is_some_and(|t| t <= now),
            None => true,
        };
        if stale {
            let states: Vec<_> = self
                .state
                .numbers
                .results
                .hits
                .iter()
                .map(|i| &self.state.directory.contacts[*i])
                .filter(|c| matches!(c.availability, hours::Availability::Weekly(_)))
                .map(|c| c.availability.state_at(now))
                .collect();
            self.next_hours_change = Some((generation, hours::next_change(&states)));
        }
        let hours_change = self.next_hours_change.and_then(|(_, next)| next);
        let toast = self.state.active_toast().map(|t| t.until);
        // A running call's clock moves once a second; no call, no tick.
        let call_tick = self.state.journal.timer.as_ref().map(|t| t.next_tick(now));
        let next = [toast, hours_change, call_tick].into_iter().flatten().min();
        if let Some(at) = next
            && let Ok(wait) = std::time::Duration::try_from(at.duration_since(now))
        {
            ctx.request_repaint_after(wait + std::time::Duration::from_millis(50));
        }
    }
}

impl DeskApp {
    /// Shows desktop reminders with `notifier` (see [`crate::reminders`]).
    pub fn with_notifier(mut self, notifier: Box<dyn crate::notify::Notifier>) -> DeskApp {
        self.reminders.set_notifier(notifier);
        self
    }
}
