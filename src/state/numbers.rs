//! The numbers page: filters, search, the results with how each number is dialled from
//! where you are (computed once per change, see [`NumbersState::views`]), the
//! selection, and the details panel's width.

use crate::directory::advice::{MarketAdvice, market_advice};
use crate::directory::view::{NumberView, number_view};
use crate::directory::{
    Channel, Contact, Directory, Filters, Purpose, Region, Results, Tier, filter,
};

use super::{Ctx, Effect, Out};
use crate::t;

/// The numbers page's commands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumbersCommand {
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
    /// Copy a contact's dial string or address (from any page).
    Copy(String),
    /// Dial a contact (opens its `tel:` link).
    Call(String),
    /// Copy a contact's number and start the call timer for it (the details panel).
    StartCall(String),
    /// The details panel's divider was dragged to this width (logical pixels).
    SetDetailsWidth(u32),
    /// Open or close the details drawer (narrow windows).
    ToggleDetails,
}

/// How many results get their [`NumberView`] computed with the results: more than
/// any window shows at once, few enough that a search in a huge directory stays quick.
pub(crate) const VIEWS_CACHED: usize = 300;

/// The numbers page's state.
#[derive(Clone, Debug, Default)]
pub struct NumbersState {
    /// Current filters.
    pub filters: Filters,
    /// Current search text.
    pub search: String,
    /// Current results.
    pub results: Results,
    /// How each of the first [`VIEWS_CACHED`] results is dialled from the
    /// calling-from country, by result position: computed with the results, used to
    /// draw and to copy (rows further down compute theirs when scrolled to).
    pub views: Vec<NumberView>,
    /// What to do instead, when the chosen country has no official everyday line.
    pub advice: Option<MarketAdvice>,
    /// Bumped whenever `results` is recomputed (lets the edge cache derived values).
    pub results_generation: u64,
    /// Selected position in `results.hits`.
    pub selected: Option<usize>,
    /// Scroll the list so the selection is visible (after keyboard moves).
    pub scroll_to_selected: bool,
    /// The id of the last contact copied or called.
    pub last_contact: Option<String>,
    /// The details panel's width as last dragged (kept in the settings).
    pub details_width: u32,
    /// Whether the details drawer is open (narrow windows only).
    pub details_open: bool,
}

impl NumbersState {
    /// The page as saved settings left it (results computed by [`NumbersState::refresh`]).
    pub fn new(filters: Filters, details_width: u32) -> NumbersState {
        NumbersState {
            filters,
            details_width,
            ..NumbersState::default()
        }
    }

    /// Recomputes the results and their views after a filter, search or calling-from
    /// change.
    pub(crate) fn refresh(&mut self, directory: &Directory, calling_from: &str) {
        self.results = filter::run_from(directory, &self.filters, &self.search, Some(calling_from));
        self.views = self
            .results
            .hits
            .iter()
            .take(VIEWS_CACHED)
            .map(|i| number_view(directory, &directory.contacts[*i], calling_from))
            .collect();
        self.advice = self
            .filters
            .country
            .as_deref()
            .and_then(|market| market_advice(directory, market));
        self.results_generation += 1;
        self.selected = None;
    }

    /// The contact at a result position.
    pub fn hit<'d>(&self, directory: &'d Directory, position: usize) -> Option<&'d Contact> {
        self.results
            .hits
            .get(position)
            .map(|i| &directory.contacts[*i])
    }

    /// How the contact `id` is dialled from `ctx.calling_from`: the cached view when it
    /// is listed, else computed.
    pub fn view_of(&self, ctx: &Ctx, contact: &Contact) -> NumberView {
        self.results
            .hits
            .iter()
            .position(|i| ctx.directory.contacts[*i].record.id == contact.record.id)
            .and_then(|p| self.views.get(p).cloned())
            .unwrap_or_else(|| number_view(ctx.directory, contact, ctx.calling_from))
    }

    /// Applies a numbers command.
    pub fn apply(&mut self, command: NumbersCommand, ctx: &Ctx, out: &mut Out) {
        match command {
            NumbersCommand::Select(position) => {
                if position < self.results.hits.len() {
                    self.selected = Some(position);
                }
            }
            NumbersCommand::MoveSelection(delta) => self.move_selection(delta),
            NumbersCommand::SelectionShown => self.scroll_to_selected = false,
            NumbersCommand::CopySelected => {
                let position = self.selected.unwrap_or(0);
                if let Some(contact) = self.hit(ctx.directory, position) {
                    self.selected = Some(position);
                    self.copy(contact.record.id.clone(), ctx, out);
                }
            }
            NumbersCommand::Copy(id) => self.copy(id, ctx, out),
            NumbersCommand::Call(id) => self.call(id, ctx, out),
            NumbersCommand::StartCall(id) => {
                out.then(NumbersCommand::Copy(id.clone()));
                out.then(super::JournalCommand::StartTimer(super::CallLog {
                    contact: id,
                    purpose: self.filters.purpose,
                }));
            }
            NumbersCommand::SetDetailsWidth(width) => {
                self.details_width = crate::layout::chosen_width(width as f32);
            }
            NumbersCommand::ToggleDetails => self.details_open = !self.details_open,
            filter_or_search => {
                self.filter(filter_or_search, ctx.directory);
                self.refresh(ctx.directory, ctx.calling_from);
            }
        }
    }

    /// A filter or search change (the results are recomputed after).
    fn filter(&mut self, command: NumbersCommand, directory: &Directory) {
        match command {
            NumbersCommand::SetSearch(text) => self.search = text,
            NumbersCommand::ClearSearch => self.search.clear(),
            NumbersCommand::SetRegion(region) => {
                self.filters.region = region;
                // A country outside the new region would hide everything.
                if let (Some(r), Some(code)) = (region, &self.filters.country)
                    && directory.country(code).is_some_and(|c| c.region != r)
                {
                    self.filters.country = None;
                }
            }
            NumbersCommand::SetCountry(country) => self.filters.country = country,
            NumbersCommand::SetTier(tier) => self.filters.tier = tier,
            NumbersCommand::SetPurpose(purpose) => self.filters.purpose = purpose,
            NumbersCommand::SetChannel(channel) => self.filters.channel = channel,
            NumbersCommand::SetIncludeOutdated(on) => self.filters.include_outdated = on,
            NumbersCommand::ClearFilters => {
                self.filters = Filters::default();
                self.search.clear();
            }
            _ => {}
        }
    }

    fn move_selection(&mut self, delta: i32) {
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

    fn copy(&mut self, id: String, ctx: &Ctx, out: &mut Out) {
        if let Some(contact) = ctx.directory.contact(&id) {
            let text = self.view_of(ctx, contact).display;
            self.last_contact = Some(id);
            out.toast(t!("numbers-copied", number = &text));
            out.push(Effect::CopyText(text));
        }
    }

    fn call(&mut self, id: String, ctx: &Ctx, out: &mut Out) {
        if let Some(contact) = ctx.directory.contact(&id) {
            let view = self.view_of(ctx, contact);
            match view.tel {
                Some(tel) => {
                    self.last_contact = Some(id);
                    out.toast(t!("numbers-calling", number = &view.display));
                    out.push(Effect::Dial {
                        tel,
                        number: view.display,
                    });
                }
                None => out.toast(t!("numbers-cannot-dial")),
            }
        }
    }
}
