//! The directory's data types, as written in `data/directory.ron`.
//!
//! Enum values are spelled in PascalCase in the RON file and in kebab-case on the
//! command line and in JSON (see each type's `slug`).

use std::cell::RefCell;
use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::t;

/// A text of the current language as a `&'static str`: the label functions keep that
/// type, since code across the app borrows their words. Each distinct text is kept
/// once per thread (a few hundred labels in all languages), so the memory is bounded.
pub(crate) fn interned(text: String) -> &'static str {
    thread_local! {
        static TEXTS: RefCell<HashSet<&'static str>> = RefCell::new(HashSet::new());
    }
    TEXTS.with(|texts| {
        let mut texts = texts.borrow_mut();
        if let Some(kept) = texts.get(text.as_str()) {
            return *kept;
        }
        let kept: &'static str = Box::leak(text.into_boxed_str());
        texts.insert(kept);
        kept
    })
}

pub(crate) use crate::i18n::in_english;

/// How far a contact can be trusted, in the vocabulary of `VERIFICATION.md`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Status {
    /// Appears on an americanexpress.com page.
    Official,
    /// Two or more independent sources agree; no official page seen.
    Corroborated,
    /// Only one source gives it.
    SingleSource,
    /// Sources disagree for the same purpose.
    Conflicting,
    /// Only on an American Express page that a newer Amex page replaces.
    Superseded,
    /// A retired format.
    Outdated,
    /// Evidence it belongs to someone else: never offered as an Amex line.
    Misattributed,
    /// Looks invented: never offered as an Amex line.
    Implausible,
}

impl Status {
    /// Every status, best first (the ranking order).
    pub const ALL: [Status; 8] = [
        Status::Official,
        Status::Corroborated,
        Status::SingleSource,
        Status::Conflicting,
        Status::Superseded,
        Status::Outdated,
        Status::Misattributed,
        Status::Implausible,
    ];

    /// The kebab-case name used on the command line and in JSON.
    pub fn slug(self) -> &'static str {
        match self {
            Status::Official => "official",
            Status::Corroborated => "corroborated",
            Status::SingleSource => "single-source",
            Status::Conflicting => "conflicting",
            Status::Superseded => "superseded",
            Status::Outdated => "outdated",
            Status::Misattributed => "misattributed",
            Status::Implausible => "implausible",
        }
    }

    /// A short explanation for people, in the current language.
    pub(crate) fn explain(self) -> String {
        match self {
            Status::Official => t!("numbers-status-explain-official"),
            Status::Corroborated => t!("numbers-status-explain-corroborated"),
            Status::SingleSource => t!("numbers-status-explain-single-source"),
            Status::Conflicting => t!("numbers-status-explain-conflicting"),
            Status::Superseded => t!("numbers-status-explain-superseded"),
            Status::Outdated => t!("numbers-status-explain-outdated"),
            Status::Misattributed => t!("numbers-status-explain-misattributed"),
            Status::Implausible => t!("numbers-status-explain-implausible"),
        }
    }

    /// The status in a few words, for people (in English its slug: "single-source").
    pub(crate) fn name(self) -> String {
        match self {
            Status::Official => t!("numbers-status-official"),
            Status::Corroborated => t!("numbers-status-corroborated"),
            Status::SingleSource => t!("numbers-status-single-source"),
            Status::Conflicting => t!("numbers-status-conflicting"),
            Status::Superseded => t!("numbers-status-superseded"),
            Status::Outdated => t!("numbers-status-outdated"),
            Status::Misattributed => t!("numbers-status-misattributed"),
            Status::Implausible => t!("numbers-status-implausible"),
        }
    }

    /// Whether a contact with this status may be offered as an Amex line at all.
    pub fn is_amex_line(self) -> bool {
        !matches!(self, Status::Misattributed | Status::Implausible)
    }

    /// Whether the default view shows it (outdated and superseded lines need "include
    /// outdated").
    pub fn shown_by_default(self) -> bool {
        self.is_amex_line() && !self.is_retired()
    }

    /// Outdated or superseded: shown only on request.
    pub(crate) fn is_retired(self) -> bool {
        matches!(self, Status::Outdated | Status::Superseded)
    }
}

/// What a contact is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Purpose {
    /// General customer service: can route any question.
    General,
    /// Lost or stolen cards.
    LostCard,
    /// Fraud and unrecognised charges.
    Fraud,
    /// Disputing a charge.
    Disputes,
    /// Travel emergencies and assistance abroad.
    TravelEmergency,
    /// Applying for a card or checking an application.
    Applications,
    /// Membership Rewards and points.
    Rewards,
    /// Keeping a card: the annual-fee retention call.
    Retention,
    /// Complaints and escalation.
    Complaints,
    /// Paying a bill.
    Payments,
    /// Online account and app problems.
    Technical,
    /// Closing a card account.
    CloseAccount,
    /// Gift and prepaid cards.
    GiftCards,
    /// Text telephone (TTY) and relay services.
    Accessibility,
    /// Merchants accepting Amex (not cardholders): hidden unless asked for.
    MerchantServices,
}

impl Purpose {
    /// Every purpose, in menu order.
    pub const ALL: [Purpose; 15] = [
        Purpose::General,
        Purpose::LostCard,
        Purpose::Fraud,
        Purpose::Disputes,
        Purpose::TravelEmergency,
        Purpose::Applications,
        Purpose::Rewards,
        Purpose::Retention,
        Purpose::Complaints,
        Purpose::Payments,
        Purpose::Technical,
        Purpose::CloseAccount,
        Purpose::GiftCards,
        Purpose::Accessibility,
        Purpose::MerchantServices,
    ];

    /// The kebab-case name used on the command line and in JSON.
    pub fn slug(self) -> &'static str {
        match self {
            Purpose::General => "general",
            Purpose::LostCard => "lost-card",
            Purpose::Fraud => "fraud",
            Purpose::Disputes => "disputes",
            Purpose::TravelEmergency => "travel-emergency",
            Purpose::Applications => "applications",
            Purpose::Rewards => "rewards",
            Purpose::Retention => "retention",
            Purpose::Complaints => "complaints",
            Purpose::Payments => "payments",
            Purpose::Technical => "technical",
            Purpose::CloseAccount => "close-account",
            Purpose::GiftCards => "gift-cards",
            Purpose::Accessibility => "accessibility",
            Purpose::MerchantServices => "merchant-services",
        }
    }

    /// The name shown to people, in the current language.
    pub fn label(self) -> &'static str {
        interned(match self {
            Purpose::General => t!("numbers-purpose-general"),
            Purpose::LostCard => t!("numbers-purpose-lost-card"),
            Purpose::Fraud => t!("numbers-purpose-fraud"),
            Purpose::Disputes => t!("numbers-purpose-disputes"),
            Purpose::TravelEmergency => t!("numbers-purpose-travel-emergency"),
            Purpose::Applications => t!("numbers-purpose-applications"),
            Purpose::Rewards => t!("numbers-purpose-rewards"),
            Purpose::Retention => t!("numbers-purpose-retention"),
            Purpose::Complaints => t!("numbers-purpose-complaints"),
            Purpose::Payments => t!("numbers-purpose-payments"),
            Purpose::Technical => t!("numbers-purpose-technical"),
            Purpose::CloseAccount => t!("numbers-purpose-close-account"),
            Purpose::GiftCards => t!("numbers-purpose-gift-cards"),
            Purpose::Accessibility => t!("numbers-purpose-accessibility"),
            Purpose::MerchantServices => t!("numbers-purpose-merchant-services"),
        })
    }
}

/// A card tier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Tier {
    /// Blue Cash and other Blue cards.
    Blue,
    /// Green Card.
    Green,
    /// Gold Card.
    Gold,
    /// Platinum Card.
    Platinum,
    /// Centurion (Black) Card.
    Centurion,
    /// Small-business cards.
    Business,
    /// Corporate cards.
    Corporate,
}

impl Tier {
    /// Every tier, in menu order.
    pub const ALL: [Tier; 7] = [
        Tier::Blue,
        Tier::Green,
        Tier::Gold,
        Tier::Platinum,
        Tier::Centurion,
        Tier::Business,
        Tier::Corporate,
    ];

    /// The kebab-case name used on the command line and in JSON.
    pub fn slug(self) -> &'static str {
        match self {
            Tier::Blue => "blue",
            Tier::Green => "green",
            Tier::Gold => "gold",
            Tier::Platinum => "platinum",
            Tier::Centurion => "centurion",
            Tier::Business => "business",
            Tier::Corporate => "corporate",
        }
    }

    /// The name shown to people, in the current language.
    pub fn label(self) -> &'static str {
        interned(match self {
            Tier::Blue => t!("numbers-tier-blue"),
            Tier::Green => t!("numbers-tier-green"),
            Tier::Gold => t!("numbers-tier-gold"),
            Tier::Platinum => t!("numbers-tier-platinum"),
            Tier::Centurion => t!("numbers-tier-centurion"),
            Tier::Business => t!("numbers-tier-business"),
            Tier::Corporate => t!("numbers-tier-corporate"),
        })
    }
}

/// Which cards a contact serves.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Tiers {
    /// Every card.
    Any,
    /// Only these tiers.
    Only(Vec<Tier>),
}

impl Tiers {
    /// The tiers as slugs (`["any"]` for every card).
    pub(crate) fn slugs(&self) -> Vec<&'static str> {
        match self {
            Tiers::Any => vec!["any"],
            Tiers::Only(list) => list.iter().map(|t| t.slug()).collect(),
        }
    }
}

/// How a contact is reached: the kind of number or address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Kind {
    /// Free to call from inside the country.
    TollFree,
    /// An ordinary or local-rate number.
    Local,
    /// Call collect (reverse charges) through an operator.
    Collect,
    /// A number meant for calls from abroad.
    International,
    /// Text telephone.
    Tty,
    /// Fax.
    Fax,
    /// A postal address.
    Postal,
    /// An email address.
    Email,
    /// Live chat.
    Chat,
    /// The mobile app.
    App,
    /// Secure messages in the online account.
    SecureMessage,
    /// A social-media account.
    Social,
    /// A web page.
    Web,
}

impl Kind {
    /// Whether `value` is a phone number (parsed to E.164 at load).
    pub fn is_phone(self) -> bool {
        matches!(
            self,
            Kind::TollFree
                | Kind::Local
                | Kind::Collect
                | Kind::International
                | Kind::Tty
                | Kind::Fax
        )
    }

    /// Whether the number can be called by voice (fax cannot).
    pub(crate) fn is_callable(self) -> bool {
        self.is_phone() && self != Kind::Fax
    }

    /// The channel this kind belongs to.
    pub fn channel(self) -> Channel {
        match self {
            Kind::TollFree | Kind::Local | Kind::Collect | Kind::International | Kind::Tty => {
                Channel::Phone
            }
            Kind::Fax => Channel::Fax,
            Kind::Postal => Channel::Postal,
            Kind::Email => Channel::Email,
            Kind::Chat | Kind::SecureMessage => Channel::Chat,
            Kind::App => Channel::App,
            Kind::Social => Channel::Social,
            Kind::Web => Channel::Web,
        }
    }

    /// The kebab-case name used on the command line and in JSON.
    pub fn slug(self) -> &'static str {
        match self {
            Kind::TollFree => "toll-free",
            Kind::Local => "local",
            Kind::Collect => "collect",
            Kind::International => "international",
            Kind::Tty => "tty",
            Kind::Fax => "fax",
            Kind::Postal => "postal",
            Kind::Email => "email",
            Kind::Chat => "chat",
            Kind::App => "app",
            Kind::SecureMessage => "secure-message",
            Kind::Social => "social",
            Kind::Web => "web",
        }
    }

    /// The name shown to people, in the current language.
    pub fn label(self) -> &'static str {
        interned(match self {
            Kind::TollFree => t!("numbers-kind-toll-free"),
            Kind::Local => t!("numbers-kind-local"),
            Kind::Collect => t!("numbers-kind-collect"),
            Kind::International => t!("numbers-kind-international"),
            Kind::Tty => t!("numbers-kind-tty"),
            Kind::Fax => t!("numbers-kind-fax"),
            Kind::Postal => t!("numbers-kind-postal"),
            Kind::Email => t!("numbers-kind-email"),
            Kind::Chat => t!("numbers-kind-chat"),
            Kind::App => t!("numbers-kind-app"),
            Kind::SecureMessage => t!("numbers-kind-secure-message"),
            Kind::Social => t!("numbers-kind-social"),
            Kind::Web => t!("numbers-kind-web"),
        })
    }
}

/// A way of getting in touch, for the channel filter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Channel {
    /// Voice calls (including collect and TTY).
    Phone,
    /// Live chat and secure messages.
    Chat,
    /// The mobile app.
    App,
    /// Email.
    Email,
    /// Post.
    Postal,
    /// Social media.
    Social,
    /// Web pages.
    Web,
    /// Fax.
    Fax,
}

impl Channel {
    /// Every channel, in menu order.
    pub const ALL: [Channel; 8] = [
        Channel::Phone,
        Channel::Chat,
        Channel::App,
        Channel::Email,
        Channel::Postal,
        Channel::Social,
        Channel::Web,
        Channel::Fax,
    ];

    /// The kebab-case name used on the command line and in JSON.
    pub fn slug(self) -> &'static str {
        match self {
            Channel::Phone => "phone",
            Channel::Chat => "chat",
            Channel::App => "app",
            Channel::Email => "email",
            Channel::Postal => "postal",
            Channel::Social => "social",
            Channel::Web => "web",
            Channel::Fax => "fax",
        }
    }

    /// The name shown to people, in the current language.
    pub fn label(self) -> &'static str {
        interned(match self {
            Channel::Phone => t!("numbers-channel-phone"),
            Channel::Chat => t!("numbers-channel-chat"),
            Channel::App => t!("numbers-channel-app"),
            Channel::Email => t!("numbers-channel-email"),
            Channel::Postal => t!("numbers-channel-postal"),
            Channel::Social => t!("numbers-channel-social"),
            Channel::Web => t!("numbers-channel-web"),
            Channel::Fax => t!("numbers-channel-fax"),
        })
    }
}

/// A group of countries for the region filter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Region {
    /// United States and Canada.
    NorthAmerica,
    /// Europe, including the UK.
    Europe,
    /// Asia and the Pacific.
    AsiaPacific,
    /// Mexico, Central and South America.
    LatinAmerica,
    /// Middle East and Africa.
    MiddleEastAfrica,
}

impl Region {
    /// Every region, in menu order.
    pub const ALL: [Region; 5] = [
        Region::NorthAmerica,
        Region::Europe,
        Region::AsiaPacific,
        Region::LatinAmerica,
        Region::MiddleEastAfrica,
    ];

    /// The kebab-case name used on the command line and in JSON.
    pub fn slug(self) -> &'static str {
        match self {
            Region::NorthAmerica => "north-america",
            Region::Europe => "europe",
            Region::AsiaPacific => "asia-pacific",
            Region::LatinAmerica => "latin-america",
            Region::MiddleEastAfrica => "middle-east-africa",
        }
    }

    /// The name shown to people, in the current language.
    pub fn label(self) -> String {
        match self {
            Region::NorthAmerica => t!("numbers-region-north-america"),
            Region::Europe => t!("numbers-region-europe"),
            Region::AsiaPacific => t!("numbers-region-asia-pacific"),
            Region::LatinAmerica => t!("numbers-region-latin-america"),
            Region::MiddleEastAfrica => t!("numbers-region-middle-east-africa"),
        }
    }
}

/// A day of the week, as written in the data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Day {
    /// Monday.
    Mon,
    /// Tuesday.
    Tue,
    /// Wednesday.
    Wed,
    /// Thursday.
    Thu,
    /// Friday.
    Fri,
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
}

/// One opening window, in the contact's own time zone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    /// The days it applies to.
    pub days: Vec<Day>,
    /// Opening time, "HH:MM".
    pub open: String,
    /// Closing time, "HH:MM" ("24:00" for midnight).
    pub close: String,
}

/// When a contact answers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Hours {
    /// Around the clock, every day (stated by a source other than the worldwide directory).
    Always,
    /// Open in these windows, in an IANA time zone.
    Weekly {
        /// IANA time zone name, e.g. "Europe/London".
        zone: String,
        /// The opening windows.
        slots: Vec<Slot>,
    },
    /// No trustworthy source gives hours.
    #[default]
    Unknown,
}

/// Who stands behind a source, which decides what its word is worth.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SourceKind {
    /// An American Express page on an Amex domain: what makes a line official.
    Amex,
    /// A page of the company licensed to issue American Express cards in a market
    /// (Swisscard in Switzerland): first-hand, like an Amex page, for lines serving only
    /// the markets its [`Source::issuer_of`] names; anyone else's page elsewhere.
    Partner,
    /// Anyone else: articles, other companies, public code. Corroborates or conflicts,
    /// never makes a line official.
    #[default]
    ThirdParty,
    /// The project's own review (VERIFICATION.md): records findings such as "belongs to
    /// someone else", never counts as a source that prints a number.
    Review,
}

impl SourceKind {
    /// The kebab-case name used in JSON.
    pub fn slug(self) -> &'static str {
        match self {
            SourceKind::Amex => "amex",
            SourceKind::Partner => "partner",
            SourceKind::ThirdParty => "third-party",
            SourceKind::Review => "review",
        }
    }
}

/// Where a piece of information comes from: one page or document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// Stable id, referenced by citations.
    pub id: String,
    /// Title of the page or document, as it shows it.
    pub title: String,
    /// Who published it.
    pub publisher: String,
    /// Who stands behind it.
    #[serde(default)]
    pub kind: SourceKind,
    /// Where it can be found, when known.
    #[serde(default)]
    pub url: Option<String>,
    /// A year the page itself shows (copyright line, a printed date, a year in the URL);
    /// `None` when it shows none.
    #[serde(default)]
    pub vintage: Option<u16>,
    /// How the year was read from the page.
    #[serde(default)]
    pub vintage_note: Option<String>,
    /// When it was read for this directory ("YYYY-MM-DD").
    #[serde(default)]
    pub read_on: Option<String>,
    /// What it is, in a line.
    #[serde(default)]
    pub note: String,
    /// For a [`SourceKind::Partner`] page: the markets where its publisher issues
    /// American Express cards, and the page that says so.
    #[serde(default)]
    pub issuer_of: Option<IssuerOf>,
}

/// Where a partner issues American Express cards, as a page states it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssuerOf {
    /// The markets (ISO alpha-2).
    pub markets: Vec<String>,
    /// The source id of the page that says it issues the cards there.
    pub source: String,
    /// That page's sentence, as printed.
    pub quote: String,
}

impl Source {
    /// Whether this page is first-hand for a line serving `countries`: an American
    /// Express page always; a partner's page when every one of them is a market where
    /// it issues the cards.
    pub(crate) fn first_hand_for(&self, countries: &[String]) -> bool {
        match self.kind {
            SourceKind::Amex => true,
            SourceKind::Partner => self.issuer_of.as_ref().is_some_and(|of| {
                !countries.is_empty() && countries.iter().all(|c| of.markets.contains(c))
            }),
            SourceKind::ThirdParty | SourceKind::Review => false,
        }
    }

    /// "americanexpress.com/uk, page of 2024": where and how old, in a few words.
    pub(crate) fn short_name(&self) -> String {
        let place = self
            .url
            .as_deref()
            .map(short_url)
            .unwrap_or_else(|| self.publisher.clone());
        t!(
            "numbers-source-page",
            place = place,
            of_year = page_year(self.vintage)
        )
    }
}

/// The host of a URL, lower-case, without "www." ("swisscard.ch").
pub(crate) fn url_host(url: &str) -> Option<String> {
    let rest = url.split_once("://").map(|(_, rest)| rest)?;
    let host = rest.split(['/', '?', '#', ':']).next()?.to_lowercase();
    Some(
        host.strip_prefix("www.")
            .map(str::to_string)
            .unwrap_or(host),
    )
}

/// A URL without scheme and "www.", cut after its first path segment.
pub(crate) fn short_url(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    let mut parts = rest.splitn(3, '/');
    let host = parts.next().unwrap_or(rest);
    match parts.next().filter(|p| !p.is_empty()) {
        Some(first) => format!("{host}/{first}"),
        None => host.to_string(),
    }
}

/// What a page says of a number.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Finding {
    /// It prints the number as an American Express line for the stated purposes.
    #[default]
    Lists,
    /// It shows the number belongs to someone else (whom).
    BelongsTo(String),
    /// It finds the number retired (why).
    Retired(String),
    /// It finds the number invented (why).
    Invented(String),
}

/// One piece of evidence: a page, what it prints and what it says the number is for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Citation {
    /// Id into the sources table.
    pub source: String,
    /// The number or address exactly as the page prints it (a data test parses it and
    /// checks it is the contact's number); `None` only for a review's finding.
    #[serde(default)]
    pub printed: Option<String>,
    /// What the page calls it, in the page's words.
    #[serde(default)]
    pub label: String,
    /// What the page says it is for.
    #[serde(default)]
    pub purposes: Vec<Purpose>,
    /// The hours the page states, as printed.
    #[serde(default)]
    pub stated_hours: Option<String>,
    /// The same hours, structured (`Unknown` when the page states none, or when its
    /// statement is not evidence, such as a blanket "24/7" for every country).
    #[serde(default)]
    pub hours: Hours,
    /// What the page says of the number.
    #[serde(default)]
    pub finding: Finding,
}

/// A country the directory knows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code.
    pub code: String,
    /// English name.
    pub name: String,
    /// Region group.
    pub region: Region,
    /// Other names people type ("UK", "USA").
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Who serves the market's cardholders when it has no issuer of its own, as a page
    /// says (Luxembourg: the Belgian branch; Portugal: no longer issued).
    #[serde(default)]
    pub note: Option<MarketNote>,
}

impl Country {
    /// The market whose lines serve this one's cardholders, when a page says so.
    pub(crate) fn served_by(&self) -> Option<&str> {
        match self.note.as_ref().map(|n| &n.standing) {
            Some(Standing::ServedBy(market)) => Some(market.as_str()),
            _ => None,
        }
    }
}

/// A market without an issuer of its own: who serves its cardholders.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Standing {
    /// Another market's branch serves them (its lines are theirs).
    ServedBy(String),
    /// American Express no longer issues cards there.
    NoLongerIssued,
}

/// What a page says about a market's [`Standing`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MarketNote {
    /// Who serves the market.
    pub standing: Standing,
    /// The source id of the page that says so.
    pub source: String,
    /// Its sentence, as printed.
    pub quote: String,
    /// An English translation, when the page is in another language.
    #[serde(default)]
    pub translation: Option<String>,
}

/// One contact point, as written in the data file: facts only. Its status, purposes
/// and hours are computed from `evidence` at load ([`super::grade`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactRecord {
    /// Stable id.
    pub id: String,
    /// What it is, in a line.
    pub label: String,
    /// The department that answers.
    pub department: String,
    /// Which cards it serves.
    pub tiers: Tiers,
    /// Cardholder countries (ISO alpha-2), or "worldwide".
    pub countries: Vec<String>,
    /// The numbering plan the number belongs to, when it is not the first country's
    /// (a US toll-free number for cards issued in the US to Latin American residents).
    #[serde(default)]
    pub dial_region: Option<String>,
    /// How it is reached.
    pub kind: Kind,
    /// The number or address, written the way the market writes it.
    pub value: String,
    /// Languages served, as stated.
    #[serde(default)]
    pub languages: Vec<String>,
    /// What a cardholder should know.
    #[serde(default)]
    pub notes: String,
    /// The pages that print it, and what each says.
    pub evidence: Vec<Citation>,
    /// Ids of contacts that sources give instead for the same need.
    #[serde(default)]
    pub conflicts_with: Vec<String>,
    /// Why a phone number that libphonenumber cannot validate still ships.
    #[serde(default)]
    pub format_note: Option<String>,
}

impl ContactRecord {
    /// The country whose dialling rules apply to its number: `dial_region`, else its
    /// first country that is not "worldwide".
    pub(crate) fn number_region(&self) -> Option<&str> {
        self.dial_region.as_deref().or_else(|| self.home_market())
    }

    /// Its first cardholder market that is not "worldwide".
    pub(crate) fn home_market(&self) -> Option<&str> {
        self.countries
            .iter()
            .find(|c| c.as_str() != "worldwide")
            .map(String::as_str)
    }

    /// Every purpose any listing citation gives it.
    pub(crate) fn purposes_claimed(&self) -> impl Iterator<Item = Purpose> + '_ {
        self.evidence
            .iter()
            .filter(|c| c.finding == Finding::Lists)
            .flat_map(|c| c.purposes.iter().copied())
    }
}

/// The whole data file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryFile {
    /// Schema version.
    pub version: u32,
    /// When the data was compiled ("YYYY-MM-DD").
    pub compiled_on: String,
    /// The update number: each signed directory update carries a higher one than the
    /// directory it replaces (0 when a file does not say).
    #[serde(default)]
    pub serial: u32,
    /// The sources table.
    pub sources: Vec<Source>,
    /// The countries table.
    pub countries: Vec<Country>,
    /// The contacts.
    pub contacts: Vec<ContactRecord>,
    /// Number ranges withdrawn by a market's numbering authority.
    #[serde(default)]
    pub withdrawn_ranges: Vec<WithdrawnRange>,
}

/// A number range a market's numbering authority has withdrawn, as the directory file
/// records it, with the page that says so.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WithdrawnRange {
    /// The market (ISO alpha-2) whose numbering plan it is.
    pub country: String,
    /// The national number prefixes withdrawn ("1850").
    pub prefixes: Vec<String>,
    /// The day they stopped working ("2022-01-01").
    pub since: String,
    /// The source id (in the sources table) that says so.
    pub source: String,
    /// The sentence as the source prints it.
    pub quote: String,
}

/// " of 2024", or " of unknown year" (said after "page", in the current language).
pub(crate) fn page_year(vintage: Option<u16>) -> String {
    match vintage {
        Some(year) => t!("numbers-page-of-year", year = year.to_string()),
        None => t!("numbers-page-of-unknown-year"),
    }
}

/// Where the directory in use comes from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Trust {
    /// The directory compiled into the app.
    BuiltIn,
    /// A directory update whose signature checked out with one of the app's keys.
    Signed {
        /// The signing key's id, as minisign prints it.
        key_id: String,
    },
    /// A file opened for inspection (`--directory`, "Load a directory file..."): its
    /// own additions and changes are not verified.
    #[default]
    Unverified,
}

impl Trust {
    /// The plain words for `directory status` and the window.
    pub(crate) fn describe(&self) -> String {
        match self {
            Trust::BuiltIn => t!("numbers-trust-built-in"),
            Trust::Signed { key_id } => t!("numbers-trust-signed", key = key_id),
            Trust::Unverified => t!("numbers-trust-unverified"),
        }
    }

    /// Whether the lines may be used to say a number is American Express's.
    #[cfg(test)]
    pub(crate) fn is_verified(&self) -> bool {
        !matches!(self, Trust::Unverified)
    }
}
