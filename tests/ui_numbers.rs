//! The numbers panel driven as a person would: find controls by their label, click,
//! type, and check what changed on screen and on the clipboard.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use amex_desk::app::DeskApp;
use amex_desk::directory::Directory;
use amex_desk::opener::RecordingOpener;
use common::{
    app_with, calling_from, choose, copied_text, harness, harness_with, settle, shows, type_into,
};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn shown_count(harness: &Harness<'static, DeskApp>) -> usize {
    harness.state().state.numbers.results.hits.len()
}

#[test]
fn picking_a_country_and_a_tier_changes_the_list() {
    let mut h = harness("GB");
    let everything = shown_count(&h);
    assert!(h.query_by_label(&format!("{everything} lines")).is_some());

    choose(&mut h, "Country", "United Kingdom ·");
    let uk = shown_count(&h);
    assert!(uk < everything);
    assert!(h.query_by_label(&format!("{uk} lines")).is_some());
    assert!(h.query_by_label("0800 917 8047").is_some(), "UK line shown");
    assert!(
        h.query_by_label("1 (800) 528-4800").is_none(),
        "US line hidden"
    );
    assert!(
        h.query_by_label("0800 151 0900").is_none(),
        "Barclaycard number never shown"
    );

    choose(&mut h, "Country", "United States ·");
    choose(&mut h, "Card", "Corporate ·");
    assert!(
        h.query_by_label("00 1 800-528-2122").is_some(),
        "corporate line shown"
    );
    // From the UK the collect line comes first (it connects from abroad); among the
    // US toll-free lines, the card-specific ones come first.
    let first_toll_free = (0..20)
        .filter_map(|i| h.state().state.hit(i))
        .find(|c| c.record.kind == amex_desk::directory::Kind::TollFree)
        .unwrap();
    assert_eq!(
        first_toll_free.record.tiers,
        amex_desk::directory::model::Tiers::Only(vec![amex_desk::directory::Tier::Corporate]),
        "card-specific lines first"
    );
    assert!(
        h.query_by_label("00 1 800-528-4800").is_none(),
        "personal-cards line hidden for corporate"
    );
    assert_eq!(
        h.state().state.numbers.filters.country.as_deref(),
        Some("US")
    );
}

#[test]
fn typing_in_search_narrows_the_list() {
    let mut h = harness("US");
    type_into(&mut h, "Search", "4800");
    assert_eq!(shown_count(&h), 1);
    assert!(h.query_by_label("1 line").is_some());
    assert!(h.query_by_label("1 (800) 528-4800").is_some());

    // Esc clears the search.
    h.key_press(Key::Escape);
    settle(&mut h);
    assert!(shown_count(&h) > 1);
    assert!(h.state().state.numbers.search.is_empty());
}

#[test]
fn copy_puts_the_dial_string_on_the_clipboard_and_says_so() {
    let mut h = harness("GB");
    choose(&mut h, "Country", "United Kingdom ·");
    h.get_by_label("Copy 0800 917 8047").click();
    h.step();
    assert_eq!(copied_text(&h).as_deref(), Some("0800 917 8047"));
    settle(&mut h);
    assert!(h.query_by_label_contains("Copied 0800 917 8047").is_some());
}

#[test]
fn clicking_the_number_itself_copies_it() {
    let mut h = harness("ES");
    choose(&mut h, "Country", "United Kingdom ·");
    // From Spain the UK's from-abroad line is dialled with 00 44.
    h.get_by_label("00 44 1273 696933").click();
    h.step();
    assert_eq!(copied_text(&h).as_deref(), Some("00 44 1273 696933"));
}

#[test]
fn changing_calling_from_reformats_every_number() {
    let mut h = harness("GB");
    choose(&mut h, "Country", "United Kingdom ·");
    assert!(h.query_by_label("01273 696933").is_some());
    choose(&mut h, "Calling from", "Spain (ES)");
    assert!(h.query_by_label("00 44 1273 696933").is_some());
    assert!(
        h.query_by_label_contains("shown as dialled from Spain")
            .is_some()
    );
    assert_eq!(h.state().state.calling_from, "ES");
}

#[test]
fn toll_free_from_abroad_says_so_and_offers_the_collect_line() {
    let mut h = harness("ES");
    choose(&mut h, "Country", "United States ·");
    type_into(&mut h, "Search", "lost stolen");
    assert!(
        h.query_by_label("00 1 800-992-3404").is_some(),
        "the lost/stolen line"
    );
    assert!(
        h.query_all_by_label_contains("Toll-free only inside United States")
            .count()
            >= 1
    );
    assert!(
        h.query_all_by_label_contains("Use 00 1 336-393-1111 instead")
            .count()
            >= 1
    );
}

#[test]
fn call_opens_a_tel_link() {
    let opener = RecordingOpener::default();
    let mut h = harness_with(app_with(
        calling_from("GB"),
        "Europe/London",
        opener.clone(),
        Directory::builtin().unwrap(),
    ));
    choose(&mut h, "Country", "United Kingdom ·");
    h.get_by_label("Call 0800 917 8047").click();
    settle(&mut h);
    assert_eq!(
        *opener.opened.lock().unwrap(),
        vec!["tel:+448009178047".to_string()]
    );
}

#[test]
fn nothing_matches_points_to_the_back_of_the_card_and_the_general_line() {
    let mut h = harness("GB");
    choose(&mut h, "Country", "United Kingdom ·");
    type_into(&mut h, "Search", "zzqx");
    assert_eq!(shown_count(&h), 0);
    assert!(
        h.query_by_label("No line matches your search and filters.")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("Call the number on the back of your card")
            .is_some()
    );
    assert!(
        h.query_by_label("General line for United Kingdom: 0800 917 8047")
            .is_some()
    );
    h.get_by_label("Copy the United Kingdom general line")
        .click();
    h.step();
    assert_eq!(copied_text(&h).as_deref(), Some("0800 917 8047"));
}

#[test]
fn keyboard_moves_the_selection_and_enter_copies() {
    let mut h = harness("GB");
    choose(&mut h, "Country", "United Kingdom ·");
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    settle(&mut h);
    assert!(h.get_by_label("Search").is_focused());
    h.key_press(Key::ArrowDown);
    settle(&mut h);
    h.key_press(Key::ArrowDown);
    settle(&mut h);
    assert_eq!(h.state().state.numbers.selected, Some(1));
    // The details panel shows the selected line beside its row.
    assert_eq!(
        h.query_all_by_label(
            "Consumer cards from abroad: lost, stolen, fraud and customer relations"
        )
        .count(),
        2
    );
    // Each queued event is its own frame and output() keeps only the last one, so
    // check the frame of the key going down.
    h.key_down(Key::Enter);
    h.step();
    assert_eq!(copied_text(&h).as_deref(), Some("01273 696933"));
    h.key_up(Key::Enter);
    settle(&mut h);
}

#[test]
fn opening_hours_show_open_now_in_both_zones() {
    let mut h = harness("GB");
    choose(&mut h, "Country", "United Kingdom ·");
    // Both UK consumer lines are the 24-hour lost, stolen and fraud lines (the current
    // pages), not the 1998-2007 page's weekday statement-team hours.
    assert!(h.query_all_by_label_contains("Open 24 hours").count() >= 2);
    let uk = h.state().state.hit(0).unwrap();
    assert_eq!(uk.record.value, "0800 917 8047");
    assert!(matches!(
        uk.availability,
        amex_desk::directory::hours::Availability::Always
    ));
    // Saudi Arabia's service line: 8am-8pm Riyadh time every day, shown in both zones.
    let mut h = harness("GB");
    choose(&mut h, "Country", "Saudi Arabia ·");
    assert!(
        h.query_all_by_label_contains(
            "Open now · until Wed 20:00 Riyadh time (Wed 17:00 your time)"
        )
        .count()
            >= 1
    );
}

#[test]
fn clear_all_filters_resets_everything() {
    let mut h = harness("GB");
    let everything = shown_count(&h);
    choose(&mut h, "Country", "Canada ·");
    choose(&mut h, "Problem", "Fraud ·");
    assert!(shown_count(&h) < everything);
    h.get_by_label("Clear all filters").click();
    settle(&mut h);
    assert_eq!(shown_count(&h), everything);
}

#[test]
fn a_data_warning_is_visible_and_dismissable() {
    let mut app = app_with(
        calling_from("GB"),
        "Europe/London",
        RecordingOpener::default(),
        Directory::builtin().unwrap(),
    );
    app.state.warning =
        Some("bad.ron could not be used (1 problem). Showing the built-in directory.".into());
    let mut h = harness_with(app);
    assert!(
        h.query_by_label_contains("bad.ron could not be used")
            .is_some()
    );
    h.get_by_label("Dismiss").click();
    settle(&mut h);
    assert!(
        h.query_by_label_contains("bad.ron could not be used")
            .is_none()
    );
}

#[test]
fn keyboard_selection_scrolls_into_view_then_lets_go() {
    let mut h = harness("GB");
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    settle(&mut h);
    for _ in 0..15 {
        h.key_press(Key::ArrowDown);
        settle(&mut h);
    }
    let state = &h.state().state;
    assert_eq!(state.numbers.selected, Some(14));
    let far = state.hit(14).unwrap();
    let number = state.view_of(far).display;
    assert!(
        h.query_all_by_label(&number).count() >= 1,
        "the 15th line ({number}) was scrolled into view"
    );
    assert!(
        !h.state().state.numbers.scroll_to_selected,
        "the list stops forcing the scroll once the selection is shown"
    );
}

#[test]
fn a_country_without_an_official_line_says_what_to_do_instead() {
    let mut h = harness("SE");
    choose(&mut h, "Country", "Sweden ·");
    assert!(
        h.query_by_label_contains(
            "No American Express page we have gives a personal-card line for Sweden"
        )
        .is_some()
    );
    assert!(
        h.query_by_label_contains("Call the number on the back of your card")
            .is_some()
    );
    // A line that works from abroad, whole, with its own Copy button.
    h.get_by_label("Copy 00 1 336-393-1111").click();
    h.step();
    assert_eq!(copied_text(&h).as_deref(), Some("00 1 336-393-1111"));
    // Germany's official lines serve Corporate Cards and merchants: the banner says so
    // instead of denying the lines under it.
    choose(&mut h, "Country", "Germany ·");
    assert!(
        h.query_by_label_contains("personal-card line for Germany: the official lines below are for merchants and Corporate Cards")
            .is_some()
    );
    // A market with its own official line shows no such advice.
    choose(&mut h, "Country", "United Kingdom ·");
    assert!(
        h.query_by_label_contains("No American Express page we have gives")
            .is_none()
    );
}

#[test]
fn enter_on_another_page_copies_nothing_and_the_hint_is_the_page_s_own() {
    for page in ["Journal", "Call prep", "Disputes", "Retention"] {
        let dir = tempfile::tempdir().unwrap();
        let mut h = common::harness_in(dir.path());
        assert!(h.query_by_label_contains("Enter copies").is_some());
        common::click(&mut h, page);
        assert!(
            h.query_by_label_contains("Enter copies").is_none(),
            "{page}"
        );
        assert!(
            h.query_by_label_contains("Tab moves between fields")
                .is_some(),
            "{page}"
        );
        h.key_down(Key::Enter);
        h.step();
        assert_eq!(
            copied_text(&h),
            None,
            "Enter on {page} copied a hidden line"
        );
        h.key_up(Key::Enter);
        settle(&mut h);
    }
}

#[test]
fn calling_from_spain_about_a_lost_us_card_the_collect_line_comes_first_and_enter_copies_it() {
    let mut h = harness("ES");
    choose(&mut h, "Country", "United States ·");
    choose(&mut h, "Card", "Platinum ·");
    choose(&mut h, "Problem", "Lost or stolen card ·");
    assert_eq!(
        h.state().state.hit(0).unwrap().record.id,
        "us-collect-abroad"
    );
    h.key_down(Key::Enter);
    h.step();
    assert_eq!(copied_text(&h).as_deref(), Some("00 1 336-393-1111"));
    h.key_up(Key::Enter);
    settle(&mut h);
}

/// Issue 13 item 7: long pickers take typing: the filter has the focus when the list
/// opens, typing narrows it, Enter picks the first match.
#[test]
fn a_long_picker_filters_as_you_type_and_enter_picks_the_first_match() {
    let mut h = harness("GB");
    h.get_by_label("Country").click();
    settle(&mut h);
    h.get_by_label("Filter Country").type_text("spa");
    settle(&mut h);
    assert!(shows(&h, "Spain"));
    assert!(!shows(&h, "United States"), "narrowed to the matches");
    h.key_press(Key::Enter);
    settle(&mut h);
    assert_eq!(
        h.state().state.numbers.filters.country.as_deref(),
        Some("ES")
    );
}

/// Issue 13 item 7: no duplicated lines: a line with unknown hours says so once.
#[test]
fn unknown_hours_are_said_once_in_the_details() {
    let mut h = harness("GB");
    let position = h.state().state.numbers.results.hits.iter().position(|&i| {
        let c = &h.state().state.directory.contacts[i];
        c.record.kind.is_phone()
            && matches!(
                c.availability,
                amex_desk::directory::hours::Availability::Unknown
            )
    });
    let Some(position) = position else {
        panic!("no listed line with unknown hours");
    };
    h.state_mut()
        .state
        .apply(amex_desk::state::NumbersCommand::Select(position));
    settle(&mut h);
    assert_eq!(h.query_all_by_label("Hours not known").count(), 1);
}

/// Issue 24: what people type finds what the filters find. "platinum lost" with
/// Country = United Kingdom lists the UK's lost-card lines that serve Platinum cards,
/// a typo too, and a country's own name finds its lines.
#[test]
fn searching_as_people_type_finds_what_the_filters_find() {
    let mut h = harness("GB");
    choose(&mut h, "Country", "United Kingdom ·");
    type_into(&mut h, "Search", "platinum lost");
    assert!(shown_count(&h) > 0, "platinum lost finds nothing");
    assert!(
        h.query_by_label("0800 917 8047").is_some(),
        "the UK consumer line"
    );
    h.key_press(Key::Escape);
    settle(&mut h);
    type_into(&mut h, "Search", "platnum");
    assert!(shown_count(&h) > 0, "a typo finds nothing");
    h.key_press(Key::Escape);
    settle(&mut h);
    choose(&mut h, "Country", "Any");
    type_into(&mut h, "Search", "Deutschland");
    assert!(shown_count(&h) > 0);
    assert!(shows(&h, "Germany"), "the German lines");
}
