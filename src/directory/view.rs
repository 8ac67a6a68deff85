//! How a contact is presented to a caller in a given country: the string to dial or
//! copy, the `tel:` link, and what to do when the number cannot be reached from there.
//! Shared by the window and the command line.

use super::load::{Contact, Directory};
use super::model::{Kind, Source, Status, Tiers};
use super::phone::{self, Reach};
use crate::t;

/// A contact as seen from the caller's country.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumberView {
    /// What to show and copy: the dial string for phones, the value otherwise.
    pub display: String,
    /// `tel:+E164` for callable numbers.
    pub tel: Option<String>,
    /// Whether the number connects from the caller's country.
    pub reach: Reach,
    /// A warning to show beside the number, if any.
    pub warning: Option<String>,
    /// A better line to use from abroad: (contact id, dial string).
    pub alternative: Option<(String, String)>,
}

/// Builds the view of `contact` for someone calling from `from` (ISO alpha-2).
pub(crate) fn number_view(dir: &Directory, contact: &Contact, from: &str) -> NumberView {
    let record = &contact.record;
    let mut view = NumberView {
        display: record.value.clone(),
        tel: None,
        reach: Reach::Direct,
        warning: None,
        alternative: None,
    };
    if !record.kind.is_phone() {
        return view;
    }
    let Some(number) = &contact.phone else {
        view.warning = Some(match (&record.format_note, contact.grade.status) {
            (Some(note), _) => note.clone(),
            (None, Status::Outdated) => t!("numbers-warning-retired-format"),
            _ => t!("numbers-warning-not-valid"),
        });
        return view;
    };
    let caller = dir.caller(from);
    let dial = phone::dial_from(number, caller.as_ref());
    view.display = dial.text;
    view.reach = dial.reach;
    if record.kind.is_callable() {
        view.tel = Some(phone::tel_uri(number));
    }
    let home = dir.country_name(&number.region).to_string();
    let here = dir.country_name(from).to_string();
    view.warning = match dial.reach {
        Reach::Direct if record.kind == Kind::Collect => Some(t!("numbers-warning-collect")),
        Reach::Direct => None,
        Reach::TollFreeAbroad => Some(t!(
            "numbers-warning-toll-free-abroad",
            home = &home,
            here = &here
        )),
        Reach::NotFromAbroad => Some(t!("numbers-warning-not-from-abroad", home = &home)),
    };
    if dial.reach != Reach::Direct {
        view.alternative = abroad_alternative(dir, contact).map(|alt| {
            let text = alt
                .phone
                .as_ref()
                .map(|n| phone::dial_from(n, caller.as_ref()).text)
                .unwrap_or_else(|| alt.record.value.clone());
            (alt.record.id.clone(), text)
        });
    }
    view
}

/// The collect or from-abroad line of the same country that covers the contact's
/// purposes, best status first.
pub(crate) fn abroad_alternative<'a>(dir: &'a Directory, contact: &Contact) -> Option<&'a Contact> {
    let home = contact.home_country()?;
    dir.contacts
        .iter()
        .filter(|c| {
            matches!(c.record.kind, Kind::Collect | Kind::International)
                && c.grade.status.shown_by_default()
                && c.phone.is_some()
                && c.record.countries.iter().any(|k| k == home)
                && (c.record.tiers == contact.record.tiers || c.record.tiers == Tiers::Any)
        })
        .min_by_key(|c| {
            let covers = contact
                .grade
                .purposes
                .iter()
                .all(|p| c.grade.purposes.contains(p));
            (!covers, c.grade.status)
        })
}

/// The page the contact's opening hours are taken from (shown as "hours as stated on
/// ..."), when one of its citations gives them.
pub(crate) fn hours_source<'a>(dir: &'a Directory, contact: &Contact) -> Option<&'a Source> {
    contact
        .grade
        .hours_from
        .and_then(|i| contact.record.evidence.get(i))
        .and_then(|c| dir.source(&c.source))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir() -> Directory {
        Directory::builtin().unwrap()
    }

    #[test]
    fn home_callers_see_the_national_number() {
        let d = dir();
        let v = number_view(&d, d.contact("gb-customer-relations").unwrap(), "GB");
        assert_eq!(v.display, "0800 917 8047");
        assert_eq!(v.tel.as_deref(), Some("tel:+448009178047"));
        assert_eq!(v.warning, None);
    }

    #[test]
    fn toll_free_from_abroad_offers_the_collect_line() {
        let d = dir();
        let v = number_view(&d, d.contact("us-lost-stolen").unwrap(), "ES");
        assert_eq!(v.display, "00 1 800-992-3404");
        assert_eq!(v.reach, Reach::TollFreeAbroad);
        assert!(
            v.warning
                .unwrap()
                .contains("Toll-free only inside United States")
        );
        assert_eq!(
            v.alternative,
            Some((
                "us-collect-abroad".to_string(),
                "00 1 336-393-1111".to_string()
            ))
        );
    }

    #[test]
    fn australian_1300_number_from_abroad_points_to_the_overseas_line() {
        let d = dir();
        let v = number_view(&d, d.contact("au-customer-service").unwrap(), "US");
        assert_eq!(v.reach, Reach::NotFromAbroad);
        assert_eq!(v.alternative.unwrap().0, "au-from-overseas");
    }

    #[test]
    fn corporate_lines_get_the_corporate_alternative() {
        let d = dir();
        let alt = abroad_alternative(&d, d.contact("ca-corporate").unwrap()).unwrap();
        assert_eq!(alt.record.id, "ca-collect");
    }

    #[test]
    fn unparsable_numbers_say_why() {
        let d = dir();
        let v = number_view(&d, d.contact("kr-directory").unwrap(), "KR");
        assert_eq!(v.display, "00798-800-1111");
        assert!(v.tel.is_none());
        assert!(v.warning.unwrap().contains("00798"));
        let v = number_view(&d, d.contact("mx-directory-old").unwrap(), "MX");
        assert!(v.warning.unwrap().contains("Retired"));
    }

    #[test]
    fn non_phone_contacts_show_their_value() {
        let d = dir();
        let v = number_view(&d, d.contact("gb-postal").unwrap(), "US");
        assert!(v.display.contains("Brighton"));
        assert!(v.tel.is_none());
        let fax = number_view(&d, d.contact("us-fax-claimed").unwrap(), "US");
        assert!(fax.tel.is_none(), "fax is not callable");
    }

    #[test]
    fn hours_are_credited_to_the_citation_that_gives_them() {
        let d = dir();
        let with_hours = d
            .contacts
            .iter()
            .find(|c| c.grade.hours_from.is_some())
            .unwrap();
        let i = with_hours.grade.hours_from.unwrap();
        let page = hours_source(&d, with_hours).unwrap();
        assert_eq!(page.id, with_hours.record.evidence[i].source);
        let without = d
            .contacts
            .iter()
            .find(|c| c.grade.hours_from.is_none())
            .unwrap();
        assert!(hours_source(&d, without).is_none());
    }
}
