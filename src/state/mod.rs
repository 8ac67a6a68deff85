//! The window's state, the commands the UI sends, and what they cause.
//!
//! UI functions read [`AppState`] and push [`Command`]s; [`AppState::apply`] changes the
//! state and returns [`Effect`]s (copy to the clipboard, open a link) that the app
//! carries out at the edge. Everything here is pure and unit-tested.

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::directory::advice::{MarketAdvice, market_advice};
use crate::directory::verify::{Verification, verify};
use crate::directory::view::{NumberView, number_view};
use crate::directory::{
    Channel, Contact, Directory, Filters, Purpose, Region, Results, Tier, filter,
};
use crate::settings::{Settings, ThemePref};

pub mod disputes;
mod journal;
pub mod retention;
mod unsaved;

pub use disputes::{CaseDraft, DisputeCommand, DisputeEffect, DisputesState, apply_dispute};
pub use journal::{
    Editor, ExportFormat, JournalCommand, JournalEffect, JournalState, Undo, apply_journal,
};
pub use retention::{
    CardDraft, OfferDraft, OutcomeDraft, RetentionCommand, RetentionState, apply_retention,
};
pub use unsaved::UnsavedForms;

/// Which page the window shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// The numbers directory.
    #[default]
    Numbers,
    /// The call log, follow-ups and notes.
    Journal,
    /// Call prep and the escalation ladder.
    Prep,
    /// Dispute cases, checklists and deadlines.
    Disputes,
    /// The retention-call coach.
    Retention,
}

/// How long a confirmation stays on screen.
pub const TOAST_SECONDS: i64 = 4;

/// Something the user asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// The search text changed.
    SetSearch(String),
    /// Clear the search text (Esc).
    ClearSearch,
    /// Region filter.
    SetRegion(Option<Region>),
    /// Country filter.
    SetCountry(Option<String>),
    /// Tier filter.
    SetTier(Option<Tier>),
    /// Purpose filter.
    SetPurpose(Option<Purpose>),
    /// Channel filter.
    SetChannel(Option<Channel>),
    /// Show outdated numbers too.
    SetIncludeOutdated(bool),
    /// Reset every filter and the search.
    ClearFilters,
    /// Select the result at this position.
    Select(usize),
    /// Move the selection up (-1) or down (+1).
    MoveSelection(i32),
    /// The list has scrolled the selection into view.
    SelectionShown,
    /// Copy the selected result (or the first one).
    CopySelected,
    /// Copy a contact's dial string or address.
    Copy(String),
    /// Dial a contact (opens its `tel:` link).
    Call(String),
    /// Open an https link shown in the app (a source page).
    OpenLink(String),
    /// Where the user calls from.
    SetCallingFrom(String),
    /// Theme.
    SetTheme(ThemePref),
    /// Desktop reminders on or off.
    SetReminders(bool),
    /// Hide the data warning banner.
    DismissWarning,
    /// Hide the "kept from last time" banner.
    DismissRestored,
    /// The verify box changed: check this number, link or email address.
    SetVerifyInput(String),
    /// Clear the verify box and its answer.
    ClearVerify,
    /// Switch page.
    ShowView(View),
    /// A journal command.
    Journal(JournalCommand),
    /// Call prep: what the call is about.
    SetPrepPurpose(Purpose),
    /// Call prep: the cardholder's country (for the line and the escalation ladder).
    SetPrepCountry(String),
    /// Copy the line for the prep purpose and open a pre-filled call-log entry.
    StartCall,
    /// Write the prep sheet as a PDF into the exports folder.
    PrintPrep(crate::print::Paper),
    /// Open a file the app wrote (PDF, Markdown, CSV) in the system viewer.
    OpenExport(std::path::PathBuf),
    /// A disputes command.
    Dispute(DisputeCommand),
    /// A retention coach command.
    Retention(RetentionCommand),
    /// Write the retention script card (with the selected card's prep) as a PDF.
    PrintRetention(crate::print::Paper),
    /// The details panel's divider was dragged to this width (logical pixels).
    SetDetailsWidth(u32),
    /// Open or close the details drawer (narrow windows).
    ToggleDetails,
}

/// Work for the app's edge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Put this text on the system clipboard.
    CopyText(String),
    /// Open this link (already checked to be tel: or https:).
    Open(String),
    /// Dial with the phone app; if none is set up, copy `number` instead.
    Dial {
        /// The `tel:` link.
        tel: String,
        /// The number as shown (copied when dialling fails).
        number: String,
    },
    /// Save, export or import the journal.
    Journal(JournalEffect),
    /// Write a file into the exports folder.
    WriteExport {
        /// File name.
        name: String,
        /// Contents.
        bytes: Vec<u8>,
    },
    /// Open a file the app wrote.
    OpenExport(std::path::PathBuf),
}

/// A short confirmation ("Copied ...").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Toast {
    /// The message.
    pub text: String,
    /// When it disappears.
    pub until: Timestamp,
}

/// Everything the window shows.
pub struct AppState {
    /// The directory in use.
    pub directory: Directory,
    /// A problem to show at the top (e.g. the --directory file was rejected).
    pub warning: Option<String>,
    /// Forms kept from the last close were put back: what, for the banner.
    pub restored: Option<String>,
    /// Current filters.
    pub filters: Filters,
    /// Current search text.
    pub search: String,
    /// Current results.
    pub results: Results,
    /// What to do instead, when the chosen country has no official everyday line.
    pub advice: Option<MarketAdvice>,
    /// Bumped whenever `results` is recomputed (lets the edge cache derived values).
    pub results_generation: u64,
    /// Selected position in `results.hits`.
    pub selected: Option<usize>,
    /// Scroll the list so the selection is visible (after keyboard moves).
    pub scroll_to_selected: bool,
    /// Where the user calls from.
    pub calling_from: String,
    /// Theme.
    pub theme: ThemePref,
    /// The current confirmation, if any.
    pub toast: Option<Toast>,
    /// The id of the last contact copied or called.
    pub last_contact: Option<String>,
    /// The current time (set by the app each frame; fixed in tests).
    pub now: Timestamp,
    /// The user's time zone.
    pub local_tz: TimeZone,
    /// The verify box's text.
    pub verify_input: String,
    /// The verify box's answer.
    pub verification: Option<Verification>,
    /// The page shown.
    pub view: View,
    /// The journal.
    pub journal: JournalState,
    /// Call prep: what the call is about.
    pub prep_purpose: Purpose,
    /// Call prep: the cardholder's country, if chosen (else the country filter, else
    /// the calling-from country).
    pub prep_country: Option<String>,
    /// The last file written to the exports folder.
    pub last_export: Option<std::path::PathBuf>,
    /// The disputes page.
    pub disputes: DisputesState,
    /// The retention coach.
    pub retention: RetentionState,
    /// Overdue follow-ups, promises and dispute deadlines today: derived from the journal
    /// once per frame ([`AppState::refresh_overdue`]) for the tab label and window title.
    pub overdue: usize,
    /// The details panel's width as last dragged (kept in the settings).
    pub details_width: u32,
    /// Whether the details drawer is open (narrow windows only).
    pub details_open: bool,
    /// Desktop reminders on (kept in the settings).
    pub reminders: bool,
}

impl AppState {
    /// A new state from a directory and saved settings.
    pub fn new(
        directory: Directory,
        settings: Settings,
        now: Timestamp,
        local_tz: TimeZone,
    ) -> AppState {
        let mut state = AppState {
            directory,
            warning: None,
            restored: None,
            filters: settings.filters,
            search: String::new(),
            results: Results::default(),
            advice: None,
            results_generation: 0,
            selected: None,
            scroll_to_selected: false,
            calling_from: settings.calling_from,
            theme: settings.theme,
            toast: None,
            last_contact: None,
            now,
            local_tz,
            verify_input: String::new(),
            verification: None,
            view: View::Numbers,
            journal: JournalState::default(),
            prep_purpose: Purpose::General,
            prep_country: None,
            last_export: None,
            disputes: DisputesState::default(),
            retention: RetentionState::default(),
            overdue: 0,
            details_width: settings.details_width,
            details_open: false,
            reminders: settings.reminders,
        };
        // Drop a saved country the (possibly replaced) directory does not know.
        if let Some(code) = &state.filters.country
            && state.directory.country(code).is_none()
        {
            state.filters.country = None;
        }
        state.refresh();
        state
    }

    /// What to save for the next run.
    pub fn settings(&self) -> Settings {
        Settings {
            filters: self.filters.clone(),
            calling_from: self.calling_from.clone(),
            theme: self.theme,
            details_width: self.details_width,
            reminders: self.reminders,
        }
    }

    /// Recomputes the results after a filter or search change.
    fn refresh(&mut self) {
        self.results = filter::run_from(
            &self.directory,
            &self.filters,
            &self.search,
            Some(&self.calling_from),
        );
        self.advice = self
            .filters
            .country
            .as_deref()
            .and_then(|market| market_advice(&self.directory, market));
        self.results_generation += 1;
        self.selected = None;
    }

    /// The contact at a result position.
    pub fn hit(&self, position: usize) -> Option<&Contact> {
        self.results
            .hits
            .get(position)
            .map(|i| &self.directory.contacts[*i])
    }

    /// The selected contact.
    pub fn selected_contact(&self) -> Option<&Contact> {
        self.selected.and_then(|p| self.hit(p))
    }

    /// How a contact looks from the calling-from country.
    pub fn view_of(&self, contact: &Contact) -> NumberView {
        number_view(&self.directory, contact, &self.calling_from)
    }

    /// The toast, if it has not expired.
    pub fn active_toast(&self) -> Option<&Toast> {
        self.toast.as_ref().filter(|t| t.until > self.now)
    }

    fn toast(&mut self, text: String) {
        let until = self
            .now
            .checked_add(jiff::SignedDuration::from_secs(TOAST_SECONDS))
            .unwrap_or(self.now);
        self.toast = Some(Toast { text, until });
    }

    /// Applies a command and returns the effects to carry out.
    pub fn apply(&mut self, command: Command) -> Vec<Effect> {
        match command {
            Command::SetSearch(text) => {
                if text != self.search {
                    self.search = text;
                    self.refresh();
                }
            }
            Command::ClearSearch => {
                self.search.clear();
                self.refresh();
            }
            Command::SetRegion(region) => {
                self.filters.region = region;
                // A country outside the new region would hide everything.
                if let (Some(r), Some(code)) = (region, &self.filters.country)
                    && self.directory.country(code).is_some_and(|c| c.region != r)
                {
                    self.filters.country = None;
                }
                self.refresh();
            }
            Command::SetCountry(country) => {
                self.filters.country = country;
                self.refresh();
            }
            Command::SetTier(tier) => {
                self.filters.tier = tier;
                self.refresh();
            }
            Command::SetPurpose(purpose) => {
                self.filters.purpose = purpose;
                self.refresh();
            }
            Command::SetChannel(channel) => {
                self.filters.channel = channel;
                self.refresh();
            }
            Command::SetIncludeOutdated(on) => {
                self.filters.include_outdated = on;
                self.refresh();
            }
            Command::ClearFilters => {
                self.filters = Filters::default();
                self.search.clear();
                self.refresh();
            }
            Command::Select(position) => {
                if position < self.results.hits.len() {
                    self.selected = Some(position);
                }
            }
            Command::MoveSelection(delta) => {
                let len = self.results.hits.len();
                if len > 0 {
                    let next = match self.selected {
                        None if delta >= 0 => 0,
                        None => len - 1,
                        Some(p) => (p as i64 + delta as i64).clamp(0, len as i64 - 1) as usize,
                    };
                    self.selected = Some(next);
                    self.scroll_to_selected = true;
                }
            }
            Command::SelectionShown => self.scroll_to_selected = false,
            Command::CopySelected => {
                let position = self.selected.unwrap_or(0);
                if let Some(id) = self.hit(position).map(|c| c.record.id.clone()) {
                    self.selected = Some(position);
                    return self.apply(Command::Copy(id));
                }
            }
            Command::Copy(id) => {
                if let Some(contact) = self.directory.contact(&id) {
                    let text = self.view_of(contact).display;
                    self.last_contact = Some(id);
                    self.toast(format!("Copied {text}"));
                    return vec![Effect::CopyText(text)];
                }
            }
            Command::Call(id) => {
                if let Some(contact) = self.directory.contact(&id) {
                    let view = self.view_of(contact);
                    match view.tel {
                        Some(tel) => {
                            self.last_contact = Some(id);
                            self.toast(format!("Calling {} with your phone app", view.display));
                            return vec![Effect::Dial {
                                tel,
                                number: view.display,
                            }];
                        }
                        None => self.toast("This contact cannot be dialled".to_string()),
                    }
                }
            }
            Command::OpenLink(link) => {
                if crate::opener::check_link(&link).is_ok() && link.starts_with("https://") {
                    return vec![Effect::Open(link)];
                }
            }
            Command::SetCallingFrom(code) => {
                self.calling_from = code.to_ascii_uppercase();
                self.refresh();
                self.reverify();
            }
            Command::SetVerifyInput(text) => {
                self.verify_input = text;
                self.reverify();
            }
            Command::ClearVerify => {
                self.verify_input.clear();
                self.verification = None;
            }
            Command::ShowView(view) => {
                if view != self.view {
                    // "Case saved." belongs to the moment it was said, not to the
                    // next visit; unsaved markers stay on the forms themselves.
                    self.disputes.message = None;
                    self.retention.message = None;
                }
                self.view = view;
                // The coach opens on your first card rather than an empty form.
                if view == View::Retention
                    && self.retention.card.is_none()
                    && let Some(id) = self.journal.data.cards.first().map(|c| c.id)
                {
                    return self.apply(Command::Retention(RetentionCommand::SelectCard(id)));
                }
            }
            Command::SetPrepPurpose(purpose) => self.prep_purpose = purpose,
            Command::SetPrepCountry(code) => self.prep_country = Some(code),
            Command::StartCall => return self.start_call(),
            Command::PrintPrep(paper) => return self.print_prep(paper),
            Command::OpenExport(path) => return vec![Effect::OpenExport(path)],
            Command::Retention(command) => {
                let steps = crate::retention::builtin()
                    .map(|s| s.steps.len())
                    .unwrap_or(1);
                return apply_retention(
                    &mut self.retention,
                    &mut self.journal,
                    command,
                    steps,
                    self.now,
                    &self.local_tz,
                )
                .into_iter()
                .map(Effect::Journal)
                .collect();
            }
            Command::PrintRetention(paper) => {
                let Ok(script) = crate::retention::builtin() else {
                    return Vec::new();
                };
                let card = self
                    .retention
                    .card
                    .as_ref()
                    .and_then(|d| d.to_card(self.today()).ok());
                let doc = crate::retention::doc::script_doc(card.as_ref(), script, self.today());
                let name = card
                    .map(|c| {
                        format!(
                            "retention-{}-{}.pdf",
                            crate::format::slug(&c.nickname, "card"),
                            paper.slug()
                        )
                    })
                    .unwrap_or_else(|| format!("retention-script-{}.pdf", paper.slug()));
                return vec![Effect::WriteExport {
                    name: self.stamped(&name),
                    bytes: crate::print::render(&doc, paper),
                }];
            }
            Command::Dispute(command) => {
                if matches!(
                    command,
                    DisputeCommand::New { .. } | DisputeCommand::Open(_)
                ) {
                    self.view = View::Disputes;
                }
                let country = self.prep_country();
                let today = self.today();
                return apply_dispute(
                    &mut self.disputes,
                    &mut self.journal,
                    command,
                    &country,
                    self.now,
                    today,
                )
                .into_iter()
                .map(|e| match e {
                    DisputeEffect::Journal(j) => Effect::Journal(j),
                    DisputeEffect::Write { name, bytes } => Effect::WriteExport {
                        name: self.stamped(&name),
                        bytes,
                    },
                    DisputeEffect::Copy(text) => Effect::CopyText(text),
                })
                .collect();
            }
            Command::Journal(command) => {
                if matches!(
                    command,
                    JournalCommand::LogCall(_) | JournalCommand::New | JournalCommand::Edit(_)
                ) {
                    self.view = View::Journal;
                }
                // "Log this call" is about the problem chosen in the filters.
                let chosen = matches!(command, JournalCommand::LogCall(_))
                    .then_some(self.filters.purpose)
                    .flatten();
                if command == JournalCommand::Undo
                    && let Some(Undo::Case(case)) = &self.journal.undo
                {
                    // The case comes back open where it was deleted.
                    self.disputes.draft = Some(CaseDraft::of((**case).clone(), false));
                    self.disputes.message = Some("Case restored.".to_string());
                }
                let effects = apply_journal(
                    &mut self.journal,
                    command,
                    &self.directory,
                    self.now,
                    &self.local_tz,
                );
                if let (Some(purpose), Some(editor)) = (chosen, &mut self.journal.editor) {
                    editor.draft.purpose = Some(purpose);
                }
                return effects.into_iter().map(Effect::Journal).collect();
            }
            Command::SetTheme(theme) => self.theme = theme,
            Command::SetReminders(on) => self.reminders = on,
            Command::SetDetailsWidth(width) => {
                self.details_width = crate::layout::chosen_width(width as f32);
            }
            Command::ToggleDetails => self.details_open = !self.details_open,
            Command::DismissWarning => self.warning = None,
            Command::DismissRestored => self.restored = None,
        }
        Vec::new()
    }

    fn reverify(&mut self) {
        self.verification = (!self.verify_input.trim().is_empty())
            .then(|| verify(&self.directory, &self.verify_input, &self.calling_from));
    }

    /// The cardholder country call prep uses.
    pub fn prep_country(&self) -> String {
        self.prep_country
            .clone()
            .or_else(|| self.filters.country.clone())
            .unwrap_or_else(|| self.calling_from.clone())
    }

    /// The line call prep recommends (none: call the number on the back of the card).
    pub fn prep_line(&self) -> Option<&Contact> {
        crate::guidance::reachable_line(
            &self.directory,
            self.prep_purpose,
            &self.prep_country(),
            &self.calling_from,
        )
    }

    fn start_call(&mut self) -> Vec<Effect> {
        let Some(id) = self.prep_line().map(|c| c.record.id.clone()) else {
            self.toast("No line known: call the number on the back of your card.".to_string());
            return Vec::new();
        };
        let mut effects = self.apply(Command::Copy(id.clone()));
        // The log entry opens beside the prep sheet: the script and the ladder stay in
        // view during the call.
        let logged = apply_journal(
            &mut self.journal,
            JournalCommand::LogCall(id),
            &self.directory,
            self.now,
            &self.local_tz,
        );
        effects.extend(logged.into_iter().map(Effect::Journal));
        if let Some(editor) = &mut self.journal.editor {
            editor.draft.purpose = Some(self.prep_purpose);
        }
        effects
    }

    fn print_prep(&mut self, paper: crate::print::Paper) -> Vec<Effect> {
        let guidance = match crate::guidance::builtin() {
            Ok(g) => g,
            Err(e) => {
                self.toast(e);
                return Vec::new();
            }
        };
        let today = self.today().to_string();
        let doc = crate::guidance::prep_doc(
            &self.directory,
            guidance,
            self.prep_purpose,
            &self.prep_country(),
            &self.calling_from,
            &today,
        );
        vec![Effect::WriteExport {
            name: self.stamped(&format!(
                "call-prep-{}-{today}-{}.pdf",
                self.prep_purpose.slug(),
                paper.slug()
            )),
            bytes: crate::print::render(&doc, paper),
        }]
    }

    /// `name` with the local time before its extension ("x-a4.pdf" becomes
    /// "x-a4-1545.pdf"), so a second print never takes the first one's name.
    pub fn stamped(&self, name: &str) -> String {
        let time = self
            .now
            .to_zoned(self.local_tz.clone())
            .strftime("%H%M%S")
            .to_string();
        match name.rsplit_once('.') {
            Some((stem, ext)) => format!("{stem}-{time}.{ext}"),
            None => format!("{name}-{time}"),
        }
    }

    /// The edge wrote an export (or failed to).
    pub fn exported(&mut self, result: Result<std::path::PathBuf, String>) {
        match result {
            Ok(path) => {
                self.toast(format!("Saved {}", path.display()));
                self.last_export = Some(path);
            }
            Err(e) => self.toast(format!("Could not save: {e}")),
        }
    }

    /// Today in the user's time zone.
    pub fn today(&self) -> jiff::civil::Date {
        self.now.to_zoned(self.local_tz.clone()).date()
    }

    /// Recounts [`AppState::overdue`] from the journal and today's date.
    pub fn refresh_overdue(&mut self) {
        self.overdue = crate::followups::overdue_count(&self.journal.data, self.today());
    }

    /// Shows a problem reported by the edge (e.g. the clipboard or a link failed).
    pub fn report(&mut self, message: String) {
        self.toast(message);
    }

    /// The phone app could not be opened for `number`: say so plainly and copy the
    /// number instead (the returned effect puts it on the clipboard).
    pub fn dial_failed(&mut self, number: String) -> Vec<Effect> {
        self.toast(crate::message::call_failed(&number));
        vec![Effect::CopyText(number)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> AppState {
        let settings = Settings {
            calling_from: "GB".into(),
            ..Settings::default()
        };
        AppState::new(
            Directory::builtin().unwrap(),
            settings,
            "2026-11-18T10:00:00Z".parse().unwrap(),
            TimeZone::UTC,
        )
    }

    #[test]
    fn filters_and_search_update_results() {
        let mut s = state();
        let all = s.results.hits.len();
        s.apply(Command::SetCountry(Some("GB".into())));
        let gb = s.results.hits.len();
        assert!(gb < all);
        s.apply(Command::SetSearch("post".into()));
        assert!(s.results.hits.len() < gb);
        assert_eq!(s.hit(0).unwrap().record.id, "gb-postal");
        s.apply(Command::ClearFilters);
        assert_eq!(s.results.hits.len(), all);
        assert!(s.search.is_empty());
    }

    #[test]
    fn copy_returns_the_dial_string_and_confirms() {
        let mut s = state();
        let effects = s.apply(Command::Copy("gb-customer-relations".into()));
        assert_eq!(effects, vec![Effect::CopyText("0800 917 8047".into())]);
        assert_eq!(s.active_toast().unwrap().text, "Copied 0800 917 8047");
        assert_eq!(s.last_contact.as_deref(), Some("gb-customer-relations"));
        // From Spain the same line is dialled with the international prefix.
        s.apply(Command::SetCallingFrom("es".into()));
        let effects = s.apply(Command::Copy("gb-from-abroad".into()));
        assert_eq!(effects, vec![Effect::CopyText("00 44 1273 696933".into())]);
    }

    #[test]
    fn toast_expires() {
        let mut s = state();
        s.apply(Command::Copy("us-general".into()));
        assert!(s.active_toast().is_some());
        s.now = s
            .now
            .checked_add(jiff::SignedDuration::from_secs(TOAST_SECONDS + 1))
            .unwrap();
        assert!(s.active_toast().is_none());
    }

    #[test]
    fn a_failed_call_copies_the_number_and_says_so_plainly() {
        let mut s = state();
        let effects = s.dial_failed("00 1 336-393-1111".into());
        assert_eq!(effects, vec![Effect::CopyText("00 1 336-393-1111".into())]);
        let toast = &s.active_toast().unwrap().text;
        assert!(toast.starts_with(crate::message::NO_PHONE_APP), "{toast}");
    }

    #[test]
    fn the_details_width_is_kept_in_the_settings_within_bounds() {
        let mut s = state();
        s.apply(Command::SetDetailsWidth(401));
        assert_eq!(s.settings().details_width, 401);
        s.apply(Command::SetDetailsWidth(5));
        assert_eq!(s.settings().details_width, crate::layout::DETAILS_MIN_WIDTH);
        assert!(!s.details_open);
        s.apply(Command::ToggleDetails);
        assert!(s.details_open);
    }

    #[test]
    fn call_opens_tel_links_only_for_phones() {
        let mut s = state();
        assert_eq!(
            s.apply(Command::Call("us-general".into())),
            vec![Effect::Dial {
                tel: "tel:+18005284800".into(),
                number: "00 1 800-528-4800".into()
            }]
        );
        assert!(s.apply(Command::Call("gb-postal".into())).is_empty());
        assert!(
            s.apply(Command::OpenLink("http://x.example".into()))
                .is_empty()
        );
        assert_eq!(
            s.apply(Command::OpenLink(
                "https://www.americanexpress.com/uk/".into()
            )),
            vec![Effect::Open("https://www.americanexpress.com/uk/".into())]
        );
    }

    #[test]
    fn keyboard_selection_moves_and_copies() {
        let mut s = state();
        s.apply(Command::SetCountry(Some("GB".into())));
        s.apply(Command::MoveSelection(1));
        assert_eq!(s.selected, Some(0));
        s.apply(Command::MoveSelection(1));
        assert_eq!(s.selected, Some(1));
        s.apply(Command::MoveSelection(-5));
        assert_eq!(s.selected, Some(0));
        assert!(s.scroll_to_selected);
        s.apply(Command::SelectionShown);
        assert!(!s.scroll_to_selected, "the user can scroll away again");
        let effects = s.apply(Command::CopySelected);
        assert_eq!(effects, vec![Effect::CopyText("0800 917 8047".into())]);
        s.apply(Command::SetSearch("zzzz".into()));
        assert_eq!(s.selected, None);
        assert!(s.apply(Command::CopySelected).is_empty());
    }

    #[test]
    fn verify_box_answers_and_follows_calling_from() {
        let mut s = state();
        s.apply(Command::SetVerifyInput("0800 151 0900".into()));
        let v = s.verification.clone().unwrap();
        assert_eq!(v.verdict, crate::directory::verify::Verdict::NotAmex);
        // The same digits read from the US are a different (invalid) number.
        s.apply(Command::SetCallingFrom("US".into()));
        assert_ne!(s.verification.as_ref().unwrap().verdict, v.verdict);
        s.apply(Command::ClearVerify);
        assert!(s.verification.is_none() && s.verify_input.is_empty());
    }

    #[test]
    fn region_change_drops_a_country_outside_it() {
        let mut s = state();
        s.apply(Command::SetCountry(Some("GB".into())));
        s.apply(Command::SetRegion(Some(Region::AsiaPacific)));
        assert_eq!(s.filters.country, None);
        s.apply(Command::SetCountry(Some("AU".into())));
        s.apply(Command::SetRegion(Some(Region::AsiaPacific)));
        assert_eq!(s.filters.country.as_deref(), Some("AU"));
    }

    #[test]
    fn settings_come_back() {
        let mut s = state();
        s.apply(Command::SetCountry(Some("CA".into())));
        s.apply(Command::SetTier(Some(Tier::Platinum)));
        s.apply(Command::SetTheme(ThemePref::Dark));
        let saved = s.settings();
        let again = AppState::new(Directory::builtin().unwrap(), saved, s.now, TimeZone::UTC);
        assert_eq!(again.filters.country.as_deref(), Some("CA"));
        assert_eq!(again.filters.tier, Some(Tier::Platinum));
        assert_eq!(again.theme, ThemePref::Dark);
        assert_eq!(again.calling_from, "GB");
    }

    #[test]
    fn unknown_saved_country_is_dropped() {
        let settings = Settings {
            filters: Filters {
                country: Some("QQ".into()),
                ..Filters::default()
            },
            ..Settings::default()
        };
        let s = AppState::new(
            Directory::builtin().unwrap(),
            settings,
            Timestamp::UNIX_EPOCH,
            TimeZone::UTC,
        );
        assert_eq!(s.filters.country, None);
        assert!(!s.results.hits.is_empty());
    }
}
