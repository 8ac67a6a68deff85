//! The window's state, the commands the UI sends, and what they cause.
//!
//! Each page is a unit: its own state, command enum and `apply` (numbers, prep,
//! journal, disputes, retention, in the files of those names). UI functions read
//! [`AppState`] and push page commands (`impl From<PageCommand> for Command`);
//! [`AppState::apply`] routes each to its page with a [`Ctx`] (time, directory,
//! catalogs loaded once) and an [`Out`] to push into. Pages never call each other:
//! a move to another page is a command pushed to [`Out::then`], or a page a command
//! [brings forward](Command::brings_forward). What is left for the edge comes back
//! as [`Effect`]s; I/O results come back through methods here (`exported`,
//! `imported`, `files_checked`, ...). Everything here is pure and unit-tested.

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::catalogs::Catalogs;
use crate::directory::verify::{Verification, verify};
use crate::directory::view::NumberView;
use crate::directory::{Contact, Directory};
use crate::settings::{Settings, ThemePref};

mod call;
mod directory_update;
pub mod disputes;
mod effect;
mod errors;
mod files;
mod frame;
mod journal;
pub mod numbers;
pub mod prep;
mod reply;
pub mod retention;
mod unsaved;
mod waiting;

pub use directory_update::{DirectoryCommand, ReportForm, UpdateOffer};
pub use disputes::{CaseDraft, DisputeCommand, DisputesState};
pub use effect::{Commands, Effect, Out};
pub(crate) use errors::OTHER_WINDOW;
pub use errors::{DirectoryFileError, ExportError, JournalError};
pub use files::Choice;
pub use frame::FrameView;
pub use journal::{CallLog, Editor, ExportFormat, JournalCommand, JournalState, Undo};
pub use numbers::{NumbersCommand, NumbersState};
pub use prep::{PrepCommand, PrepState};
pub use reply::Reply;
pub use retention::{CardDraft, OfferDraft, OutcomeDraft, RetentionCommand, RetentionState};
pub use unsaved::UnsavedForms;
pub use waiting::WAITS;
pub(crate) use waiting::waiting_note;

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

impl View {
    /// Every page, in tab order.
    pub const ALL: [View; 5] = [
        View::Numbers,
        View::Journal,
        View::Prep,
        View::Disputes,
        View::Retention,
    ];

    /// The tab's name.
    pub fn label(self) -> String {
        match self {
            View::Numbers => crate::t!("shell-tab-numbers"),
            View::Journal => crate::t!("shell-tab-journal"),
            View::Prep => crate::t!("shell-tab-prep"),
            View::Disputes => crate::t!("shell-tab-disputes"),
            View::Retention => crate::t!("shell-tab-retention"),
        }
    }
}

/// How long a confirmation stays on screen.
pub(crate) const TOAST_SECONDS: i64 = 4;

/// Something the user asked for: a page's command, or one for the whole window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// For the whole window.
    App(AppCommand),
    /// The numbers page.
    Numbers(NumbersCommand),
    /// Call prep.
    Prep(PrepCommand),
    /// The journal.
    Journal(JournalCommand),
    /// Disputes.
    Dispute(DisputeCommand),
    /// The retention coach.
    Retention(RetentionCommand),
    /// The directory itself: updates, going back, problem reports.
    Directory(DirectoryCommand),
}

/// Commands for the whole window (the top bar, the tabs, banners).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AppCommand {
    /// Switch page.
    ShowView(View),
    /// Where the user calls from.
    SetCallingFrom(String),
    /// The verify box changed: check this number, link or email address.
    SetVerifyInput(String),
    /// Clear the verify box and its answer.
    ClearVerify,
    /// Open an https link shown in the app (a source page).
    OpenLink(String),
    /// Open a file the app wrote (PDF, Markdown, CSV) in the system viewer.
    OpenExport(std::path::PathBuf),
    /// Show the folder holding a file the app wrote.
    ShowInFolder(std::path::PathBuf),
    /// Ask for a file with an Open dialog.
    ChooseFile(Choice),
    /// Theme.
    SetTheme(ThemePref),
    /// The window's language (none: follow the system's).
    SetLanguage(Option<crate::i18n::Lang>),
    /// Desktop reminders on or off.
    SetReminders(bool),
    /// Hide the data warning banner.
    DismissWarning,
    /// Hide the "kept from last time" banner.
    DismissRestored,
}

impl Command {
    /// Open a deleted case again where it was (undo), from the journal's own state
    /// without it naming the disputes page.
    pub(crate) fn reopen_case(case: Box<crate::records::Case>) -> Command {
        Command::Dispute(DisputeCommand::Reopen(case))
    }

    /// The page this command brings forward before it is applied, if any.
    pub(crate) fn brings_forward(&self) -> Option<View> {
        match self {
            Command::Journal(c) => c.brings_forward(),
            Command::Dispute(c) => c.brings_forward(),
            _ => None,
        }
    }
}

macro_rules! command_from {
    ($($page:ident => $variant:ident),* $(,)?) => {
        $(impl From<$page> for Command {
            fn from(command: $page) -> Command {
                Command::$variant(command)
            }
        })*
    };
}

command_from!(
    AppCommand => App,
    NumbersCommand => Numbers,
    PrepCommand => Prep,
    JournalCommand => Journal,
    DisputeCommand => Dispute,
    RetentionCommand => Retention,
    DirectoryCommand => Directory,
);

/// What every page's `apply` may read: the time, the directory, the catalogs and
/// where the user is.
pub struct Ctx<'a> {
    /// Now.
    pub now: Timestamp,
    /// The user's time zone.
    pub zone: &'a TimeZone,
    /// Today in that zone.
    pub today: Date,
    /// The directory in use.
    pub directory: &'a Directory,
    /// The catalogs, loaded once at start-up.
    pub catalogs: &'a Catalogs,
    /// Where the user calls from (ISO alpha-2).
    pub calling_from: &'a str,
    /// The cardholder's country for prep and new cases ([`AppState::prep_country`]).
    pub country: &'a str,
}

impl Ctx<'_> {
    /// `name` with the local time before its extension ("x-a4.pdf" becomes
    /// "x-a4-154500.pdf"), so a second print never takes the first one's name.
    pub(crate) fn stamped(&self, name: &str) -> String {
        let time = self
            .now
            .to_zoned(self.zone.clone())
            .strftime("%H%M%S")
            .to_string();
        match name.rsplit_once('.') {
            Some((stem, ext)) => format!("{stem}-{time}.{ext}"),
            None => format!("{name}-{time}"),
        }
    }
}

/// A short confirmation ("Copied ...").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Toast {
    /// The message.
    pub text: String,
    /// When it disappears.
    pub until: Timestamp,
}

/// Said after a verification while a file nobody signed is shown.
pub(crate) fn unsigned_not_used() -> String {
    format!(" ({})", crate::t!("shell-unsigned-not-used"))
}

/// Everything the window shows.
pub struct AppState {
    /// The directory in use.
    pub directory: Directory,
    /// The other catalogs, loaded once.
    pub catalogs: Catalogs,
    /// The directory's countries sorted by name, as (code, name), for every picker.
    pub countries: Vec<(String, String)>,
    /// A problem to show at the top (e.g. the --directory file was rejected).
    pub warning: Option<String>,
    /// The directory in use while `directory` is a file nobody signed, opened for
    /// inspection: Verify always uses this one.
    pub trusted_directory: Option<Directory>,
    /// A signed directory update waiting for the user's word.
    pub update_offer: Option<UpdateOffer>,
    /// The "Report a problem with this number" form, when open.
    pub report_form: Option<ReportForm>,
    /// Forms kept from the last close were put back: what, for the banner.
    pub restored: Option<String>,
    /// Where the user calls from.
    pub calling_from: String,
    /// Theme.
    pub theme: ThemePref,
    /// The language chosen in the window (none: follow the system's).
    pub language: Option<crate::i18n::Lang>,
    /// The system's language (English unless the start-up says otherwise).
    pub system_language: crate::i18n::Lang,
    /// `--lang`: the language of this run, until one is chosen in the window.
    pub forced_language: Option<crate::i18n::Lang>,
    /// The current confirmation, if any.
    pub toast: Option<Toast>,
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
    /// The numbers page.
    pub numbers: NumbersState,
    /// Call prep.
    pub prep: PrepState,
    /// The journal.
    pub journal: JournalState,
    /// The disputes page.
    pub disputes: DisputesState,
    /// The retention coach.
    pub retention: RetentionState,
    /// The last file written to the exports folder.
    pub last_export: Option<std::path::PathBuf>,
    /// Derived once per frame.
    pub frame: FrameView,
    /// Desktop reminders on (kept in the settings).
    pub reminders: bool,
}

/// The directory's countries sorted by name, as (code, name) in the current language,
/// for every picker.
fn sorted_countries(directory: &Directory) -> Vec<(String, String)> {
    let mut countries: Vec<(String, String)> = directory
        .countries
        .iter()
        .map(|c| (c.code.clone(), directory.country_name(&c.code)))
        .collect();
    countries.sort_by(|a, b| a.1.cmp(&b.1));
    countries
}

impl AppState {
    /// What the start found: a `warning` for the banner (a rejected `--directory`, an
    /// unreadable settings file) and, when the directory shown is a file opened for
    /// inspection, the `trusted` one in use that Verify keeps using.
    pub fn starting_with(
        mut self,
        warning: Option<String>,
        trusted: Option<Directory>,
    ) -> AppState {
        self.warning = warning;
        self.trusted_directory = trusted;
        self
    }

    /// A new state from a directory, the catalogs and saved settings.
    pub fn new(
        directory: Directory,
        catalogs: Catalogs,
        settings: Settings,
        now: Timestamp,
        local_tz: TimeZone,
    ) -> AppState {
        // Names and views are made in the language the state starts in (`speaking`
        // changes it).
        crate::i18n::set_current(settings.language.unwrap_or_default());
        let countries = sorted_countries(&directory);
        let mut numbers = NumbersState::new(settings.filters, settings.details_width);
        // Drop a saved country the (possibly replaced) directory does not know.
        if let Some(code) = &numbers.filters.country
            && directory.country(code).is_none()
        {
            numbers.filters.country = None;
        }
        numbers.refresh(&directory, &settings.calling_from);
        AppState {
            directory,
            catalogs,
            countries,
            warning: None,
            trusted_directory: None,
            update_offer: None,
            report_form: None,
            restored: None,
            calling_from: settings.calling_from,
            theme: settings.theme,
            language: settings.language,
            system_language: crate::i18n::Lang::En,
            forced_language: None,
            toast: None,
            now,
            local_tz,
            verify_input: String::new(),
            verification: None,
            view: View::Numbers,
            numbers,
            prep: PrepState {
                card: settings.card,
                ..PrepState::default()
            },
            journal: JournalState::default(),
            disputes: DisputesState::default(),
            retention: RetentionState::default(),
            last_export: None,
            frame: FrameView::default(),
            reminders: settings.reminders,
        }
    }

    /// What to save for the next run.
    pub fn settings(&self) -> Settings {
        Settings {
            filters: self.numbers.filters.clone(),
            calling_from: self.calling_from.clone(),
            theme: self.theme,
            details_width: self.numbers.details_width,
            reminders: self.reminders,
            card: self.prep.card,
            language: self.language,
        }
    }

    /// Whether `saved` are the settings now, compared in place (every frame, no copy).
    pub fn settings_are(&self, saved: &Settings) -> bool {
        // Every field named: a new setting does not compile until it is compared.
        let Settings {
            filters,
            calling_from,
            theme,
            details_width,
            reminders,
            card,
            language,
        } = saved;
        *filters == self.numbers.filters
            && *calling_from == self.calling_from
            && *theme == self.theme
            && *details_width == self.numbers.details_width
            && *reminders == self.reminders
            && *card == self.prep.card
            && *language == self.language
    }

    /// Makes the texts kept from earlier frames again in the language now spoken (the
    /// countries' names and order, the results' views, the verify box's answer).
    fn relocalize(&mut self) {
        crate::i18n::set_current(self.lang());
        self.countries = sorted_countries(&self.directory);
        self.numbers.refresh(&self.directory, &self.calling_from);
        self.reverify();
    }

    /// The language the window speaks: `--lang`'s for this run, else the one chosen in
    /// the window, else the system's.
    pub fn lang(&self) -> crate::i18n::Lang {
        self.forced_language
            .or(self.language)
            .unwrap_or(self.system_language)
    }

    /// Starts in the `system` language (the window's start-up reads it; tests and the
    /// default stay English), or in `forced` for this run (`--lang`).
    pub fn speaking(
        mut self,
        system: crate::i18n::Lang,
        forced: Option<crate::i18n::Lang>,
    ) -> AppState {
        let before = self.lang();
        self.system_language = system;
        self.forced_language = forced;
        if self.lang() != before {
            self.relocalize();
        }
        self
    }

    /// Adds a note to the banner at the top (after any already there).
    pub fn add_warning(&mut self, note: String) {
        self.warning = Some(match self.warning.take() {
            Some(earlier) => format!("{earlier}\n{note}"),
            None => note,
        });
    }

    /// The contact at a result position.
    pub fn hit(&self, position: usize) -> Option<&Contact> {
        self.numbers.hit(&self.directory, position)
    }

    /// The selected contact.
    pub fn selected_contact(&self) -> Option<&Contact> {
        self.numbers.selected.and_then(|p| self.hit(p))
    }

    /// How the result at `position` is dialled from the calling-from country (cached
    /// with the results).
    pub(crate) fn view_at(&self, position: usize) -> Option<&NumberView> {
        self.numbers.views.get(position)
    }

    /// How a contact looks from the calling-from country.
    pub fn view_of(&self, contact: &Contact) -> NumberView {
        let country = self.prep_country();
        self.numbers.view_of(&self.ctx(&country), contact)
    }

    /// The toast, if it has not expired.
    pub(crate) fn active_toast(&self) -> Option<&Toast> {
        self.toast.as_ref().filter(|t| t.until > self.now)
    }

    pub(crate) fn toast(&mut self, text: String) {
        let until = self
            .now
            .checked_add(jiff::SignedDuration::from_secs(TOAST_SECONDS))
            .unwrap_or(self.now);
        self.toast = Some(Toast { text, until });
    }

    /// The context pages read (`country`: [`AppState::prep_country`]).
    fn ctx<'a>(&'a self, country: &'a str) -> Ctx<'a> {
        Ctx {
            now: self.now,
            zone: &self.local_tz,
            today: self.today(),
            directory: &self.directory,
            catalogs: &self.catalogs,
            calling_from: &self.calling_from,
            country,
        }
    }

    /// Applies a command, and the commands it leads to, and returns the effects to
    /// carry out.
    pub fn apply(&mut self, command: impl Into<Command>) -> Vec<Effect> {
        self.frame.invalidate();
        let mut queue = std::collections::VecDeque::from([command.into()]);
        let mut effects = Vec::new();
        while let Some(command) = queue.pop_front() {
            let mut out = Out::default();
            self.route(command, &mut out);
            if let Some(text) = out.toast {
                self.toast(text);
            }
            effects.extend(out.effects);
            queue.extend(out.then);
        }
        effects
    }

    /// Sends a command to its page.
    fn route(&mut self, command: Command, out: &mut Out) {
        let command = match command {
            Command::App(command) => return self.apply_app(command, out),
            page => page,
        };
        if let Some(view) = command.brings_forward() {
            self.show(view, out);
        }
        let country = self.prep_country();
        let today = self.today();
        let ctx = Ctx {
            now: self.now,
            zone: &self.local_tz,
            today,
            directory: &self.directory,
            catalogs: &self.catalogs,
            calling_from: &self.calling_from,
            country: &country,
        };
        match command {
            Command::App(_) => {}
            Command::Numbers(c) => self.numbers.apply(c, &ctx, out),
            Command::Prep(c) => self.prep.apply(c, &ctx, out),
            Command::Journal(c) => self.journal.apply(c, &ctx, out),
            Command::Dispute(c) => {
                // "Open the saved file" speaks of the case it was saved from: another
                // case opened, it goes.
                if c.switches_case() {
                    self.last_export = None;
                }
                self.disputes.apply(c, &ctx, &mut self.journal, out)
            }
            Command::Retention(c) => self.retention.apply(c, &ctx, &mut self.journal, out),
            Command::Directory(c) => self.apply_directory(c, out),
        }
    }

    /// The window's own commands.
    fn apply_app(&mut self, command: AppCommand, out: &mut Out) {
        match command {
            AppCommand::ShowView(view) => self.show(view, out),
            AppCommand::SetCallingFrom(code) => {
                self.calling_from = code.to_ascii_uppercase();
                self.numbers.refresh(&self.directory, &self.calling_from);
                self.reverify();
            }
            AppCommand::SetVerifyInput(text) => {
                self.verify_input = text;
                self.reverify();
            }
            AppCommand::ClearVerify => {
                self.verify_input.clear();
                self.verification = None;
            }
            AppCommand::OpenLink(link) => {
                if crate::opener::check_link(&link).is_ok() && link.starts_with("https://") {
                    out.push(Effect::Open(link));
                }
            }
            AppCommand::OpenExport(path) => out.push(Effect::OpenExport(path)),
            AppCommand::ShowInFolder(path) => out.push(Effect::ShowInFolder(path)),
            AppCommand::ChooseFile(choice) => out.push(Effect::ChooseFile(choice)),
            AppCommand::SetTheme(theme) => self.theme = theme,
            AppCommand::SetLanguage(language) => {
                self.language = language;
                self.forced_language = None;
                self.relocalize();
            }
            AppCommand::SetReminders(on) => self.reminders = on,
            AppCommand::DismissWarning => self.warning = None,
            AppCommand::DismissRestored => self.restored = None,
        }
    }

    /// Shows `view`. "Case saved." belongs to the moment it was said, not to the next
    /// visit (unsaved markers stay on the forms themselves); the coach opens on your
    /// first card rather than an empty form.
    fn show(&mut self, view: View, out: &mut Out) {
        if view != self.view {
            self.disputes.message = None;
            self.retention.message = None;
        }
        self.view = view;
        if view == View::Retention
            && self.retention.card.is_none()
            && let Some(id) = self.journal.data.cards.first().map(|c| c.id)
        {
            out.then(RetentionCommand::SelectCard(id));
        }
    }

    fn reverify(&mut self) {
        self.verification = (!self.verify_input.trim().is_empty())
            .then(|| {
                verify(
                    self.verify_directory(),
                    &self.verify_input,
                    &self.calling_from,
                )
            })
            .map(|mut v| {
                if self.trusted_directory.is_some() {
                    v.finding.push_str(&unsigned_not_used());
                }
                v
            });
    }

    /// The directory Verify uses: never a file nobody signed.
    pub(crate) fn verify_directory(&self) -> &Directory {
        self.trusted_directory.as_ref().unwrap_or(&self.directory)
    }

    /// The cardholder country call prep and new cases use.
    pub(crate) fn prep_country(&self) -> String {
        self.prep
            .country
            .clone()
            .or_else(|| self.numbers.filters.country.clone())
            .unwrap_or_else(|| self.calling_from.clone())
    }

    /// The line call prep recommends, with what to know about it (none: call the
    /// number on the back of the card).
    pub fn prep_line(&self) -> Option<crate::guidance::LineChoice<'_>> {
        let country = self.prep_country();
        let line = self.prep.line(&self.ctx(&country))?;
        let contact = self.directory.contact(&line.contact.record.id)?;
        Some(crate::guidance::LineChoice {
            contact,
            caveats: line.caveats,
        })
    }

    /// The edge wrote an export for the page `from` (or failed to).
    pub(crate) fn exported(&mut self, from: View, result: Result<std::path::PathBuf, ExportError>) {
        if from == View::Journal {
            self.journal.message = Some(match &result {
                Ok(path) => format!("Exported to {}", path.display()),
                Err(e) => format!("Export failed: {e}"),
            });
        }
        match result {
            Ok(path) => {
                self.toast(format!("Saved {}", path.display()));
                self.last_export = Some(path);
            }
            Err(e) => self.toast(format!("Could not save: {e}")),
        }
    }

    /// The edge read the journal file to import (`Ok(None)`: it does not exist); the
    /// returned effects save the merged journal.
    pub(crate) fn imported(
        &mut self,
        path: &std::path::Path,
        result: Result<Option<crate::journal::Journal>, crate::store::StoreError>,
    ) -> Vec<Effect> {
        let mut out = Out::default();
        self.journal.imported(path, result, &mut out);
        out.effects
    }

    /// Today in the user's time zone.
    pub fn today(&self) -> Date {
        self.now.to_zoned(self.local_tz.clone()).date()
    }

    /// The phone app could not be opened for `number`: say so plainly and copy the
    /// number instead (the returned effect puts it on the clipboard).
    pub(crate) fn dial_failed(&mut self, number: String) -> Vec<Effect> {
        self.toast(crate::message::call_failed(&number));
        vec![Effect::CopyText(number)]
    }

    /// Opens a case and returns what to check for it: used at start-up (`--case`).
    pub(crate) fn open_case(&mut self, id: uuid::Uuid) -> Vec<Effect> {
        self.apply(DisputeCommand::Open(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::{Filters, Region, Tier};

    fn state() -> AppState {
        let settings = Settings {
            calling_from: "GB".into(),
            ..Settings::default()
        };
        AppState::new(
            Directory::builtin().unwrap(),
            Catalogs::load().unwrap(),
            settings,
            "2026-11-18T10:00:00Z".parse().unwrap(),
            TimeZone::UTC,
        )
    }

    #[test]
    fn filters_and_search_update_results() {
        let mut s = state();
        let all = s.numbers.results.hits.len();
        s.apply(NumbersCommand::SetCountry(Some("GB".into())));
        let gb = s.numbers.results.hits.len();
        assert!(gb < all);
        s.apply(NumbersCommand::SetSearch("post".into()));
        assert!(s.numbers.results.hits.len() < gb);
        assert_eq!(s.hit(0).unwrap().record.id, "gb-postal");
        s.apply(NumbersCommand::ClearFilters);
        assert_eq!(s.numbers.results.hits.len(), all);
        assert!(s.numbers.search.is_empty());
    }

    #[test]
    fn copy_returns_the_dial_string_and_confirms() {
        let mut s = state();
        let effects = s.apply(NumbersCommand::Copy("gb-customer-relations".into()));
        assert_eq!(effects, vec![Effect::CopyText("0800 917 8047".into())]);
        assert_eq!(s.active_toast().unwrap().text, "Copied 0800 917 8047");
        assert_eq!(
            s.numbers.last_contact.as_deref(),
            Some("gb-customer-relations")
        );
        // From Spain the same line is dialled with the international prefix.
        s.apply(AppCommand::SetCallingFrom("es".into()));
        let effects = s.apply(NumbersCommand::Copy("gb-from-abroad".into()));
        assert_eq!(effects, vec![Effect::CopyText("00 44 1273 696933".into())]);
    }

    #[test]
    fn toast_expires() {
        let mut s = state();
        s.apply(NumbersCommand::Copy("us-general".into()));
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
        s.apply(NumbersCommand::SetDetailsWidth(401));
        assert_eq!(s.settings().details_width, 401);
        s.apply(NumbersCommand::SetDetailsWidth(5));
        assert_eq!(s.settings().details_width, crate::layout::DETAILS_MIN_WIDTH);
        assert!(!s.numbers.details_open);
        s.apply(NumbersCommand::ToggleDetails);
        assert!(s.numbers.details_open);
    }

    #[test]
    fn call_opens_tel_links_only_for_phones() {
        let mut s = state();
        assert_eq!(
            s.apply(NumbersCommand::Call("us-general".into())),
            vec![Effect::Dial {
                tel: "tel:+18005284800".into(),
                number: "00 1 800-528-4800".into()
            }]
        );
        assert!(s.apply(NumbersCommand::Call("gb-postal".into())).is_empty());
        assert!(
            s.apply(AppCommand::OpenLink("http://x.example".into()))
                .is_empty()
        );
        assert_eq!(
            s.apply(AppCommand::OpenLink(
                "https://www.americanexpress.com/uk/".into()
            )),
            vec![Effect::Open("https://www.americanexpress.com/uk/".into())]
        );
    }

    #[test]
    fn keyboard_selection_moves_and_copies() {
        let mut s = state();
        s.apply(NumbersCommand::SetCountry(Some("GB".into())));
        s.apply(NumbersCommand::MoveSelection(1));
        assert_eq!(s.numbers.selected, Some(0));
        s.apply(NumbersCommand::MoveSelection(1));
        assert_eq!(s.numbers.selected, Some(1));
        s.apply(NumbersCommand::MoveSelection(-5));
        assert_eq!(s.numbers.selected, Some(0));
        assert!(s.numbers.scroll_to_selected);
        s.apply(NumbersCommand::SelectionShown);
        assert!(
            !s.numbers.scroll_to_selected,
            "the user can scroll away again"
        );
        let effects = s.apply(NumbersCommand::CopySelected);
        assert_eq!(effects, vec![Effect::CopyText("0800 917 8047".into())]);
        s.apply(NumbersCommand::SetSearch("zzzz".into()));
        assert_eq!(s.numbers.selected, None);
        assert!(s.apply(NumbersCommand::CopySelected).is_empty());
    }

    #[test]
    fn verify_box_answers_and_follows_calling_from() {
        let mut s = state();
        s.apply(AppCommand::SetVerifyInput("0800 151 0900".into()));
        let v = s.verification.clone().unwrap();
        assert_eq!(v.verdict, crate::directory::verify::Verdict::NotAmex);
        // From the US the same digits are no US number: they are read as the UK writes
        // them, and the answer says so and how to dial it from there.
        s.apply(AppCommand::SetCallingFrom("US".into()));
        let from_us = s.verification.as_ref().unwrap();
        assert_eq!(from_us.verdict, v.verdict);
        assert!(
            from_us
                .finding
                .contains("Read as United Kingdom writes it; from United States dial 011 44"),
            "{}",
            from_us.finding
        );
        s.apply(AppCommand::ClearVerify);
        assert!(s.verification.is_none() && s.verify_input.is_empty());
    }

    #[test]
    fn region_change_drops_a_country_outside_it() {
        let mut s = state();
        s.apply(NumbersCommand::SetCountry(Some("GB".into())));
        s.apply(NumbersCommand::SetRegion(Some(Region::AsiaPacific)));
        assert_eq!(s.numbers.filters.country, None);
        s.apply(NumbersCommand::SetCountry(Some("AU".into())));
        s.apply(NumbersCommand::SetRegion(Some(Region::AsiaPacific)));
        assert_eq!(s.numbers.filters.country.as_deref(), Some("AU"));
    }

    #[test]
    fn settings_come_back() {
        let mut s = state();
        s.apply(NumbersCommand::SetCountry(Some("CA".into())));
        s.apply(NumbersCommand::SetTier(Some(Tier::Platinum)));
        s.apply(AppCommand::SetTheme(ThemePref::Dark));
        let saved = s.settings();
        let again = AppState::new(
            Directory::builtin().unwrap(),
            Catalogs::load().unwrap(),
            saved.clone(),
            s.now,
            TimeZone::UTC,
        );
        assert_eq!(again.numbers.filters.country.as_deref(), Some("CA"));
        assert_eq!(again.numbers.filters.tier, Some(Tier::Platinum));
        assert_eq!(again.theme, ThemePref::Dark);
        assert_eq!(again.calling_from, "GB");
        // The in-place comparison the window makes every frame agrees with the copy,
        // and notices a change of each setting.
        assert!(s.settings_are(&saved) && again.settings_are(&saved));
        let changed = [
            Settings {
                calling_from: "US".into(),
                ..saved.clone()
            },
            Settings {
                theme: ThemePref::Light,
                ..saved.clone()
            },
            Settings {
                details_width: saved.details_width + 1,
                ..saved.clone()
            },
            Settings {
                language: Some(crate::i18n::Lang::De),
                ..saved.clone()
            },
            Settings {
                reminders: !saved.reminders,
                ..saved.clone()
            },
            Settings {
                card: crate::directory::product::CardKind::Corporate,
                ..saved.clone()
            },
            Settings {
                filters: Filters::default(),
                ..saved.clone()
            },
        ];
        for other in &changed {
            assert_ne!(other, &saved);
            assert!(!s.settings_are(other), "{other:?}");
        }
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
            Catalogs::load().unwrap(),
            settings,
            Timestamp::UNIX_EPOCH,
            TimeZone::UTC,
        );
        assert_eq!(s.numbers.filters.country, None);
        assert!(!s.numbers.results.hits.is_empty());
    }
}

/// What a [`Ctx`] borrows, for the pages' unit tests.
#[cfg(test)]
pub(crate) mod testing {
    use super::*;

    /// A built-in directory and catalogs, UTC, a cardholder from the US.
    pub(crate) struct Env {
        pub directory: Directory,
        pub catalogs: Catalogs,
        pub zone: TimeZone,
        pub now: Timestamp,
        pub country: String,
    }

    impl Env {
        /// The environment at `now`.
        pub fn at(now: Timestamp) -> Env {
            Env {
                directory: Directory::builtin().unwrap(),
                catalogs: Catalogs::load().unwrap(),
                zone: TimeZone::UTC,
                now,
                country: "US".to_string(),
            }
        }

        /// The context pages read.
        pub fn ctx(&self) -> Ctx<'_> {
            Ctx {
                now: self.now,
                zone: &self.zone,
                today: self.now.to_zoned(self.zone.clone()).date(),
                directory: &self.directory,
                catalogs: &self.catalogs,
                calling_from: "US",
                country: &self.country,
            }
        }
    }
}
