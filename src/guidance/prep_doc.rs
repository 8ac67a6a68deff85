//! The one-page call prep sheet.

use super::{
    Body, Call, Guidance, Ladder, Prep, always_ready, choose_line, last_step, line_to_call,
    step_contact,
};
use crate::directory::Directory;
use crate::directory::view::number_view;
use crate::print::{Block, Doc};
use crate::t;

/// Where the preparation's tips come from. They are general (written from US pages and
/// guides), so outside the US the line says so and points to the market's own rules.
pub(crate) fn sources_line(dir: &Directory, ids: &[String], country: &str) -> String {
    let names: Vec<&str> = ids
        .iter()
        .filter_map(|id| dir.source(id).map(|s| s.title.as_str()))
        .collect();
    let names = names.join("; ");
    if country.eq_ignore_ascii_case("US") {
        t!("prep-sources", names = names)
    } else {
        t!(
            "prep-general-tips",
            names = names,
            country = dir.country_name(country)
        )
    }
}

/// The prep sheet for `call` (purpose, card, market, calling-from country), dated
/// `today`.
pub fn prep_doc(dir: &Directory, guidance: &Guidance, call: Call, today: &str) -> Doc {
    let (purpose, country, calling_from) = (call.purpose, call.country, call.calling_from);
    let mut blocks = vec![Block::Title(t!("prep-title", purpose = purpose.label()))];
    if let Some(prep) = guidance.prep_for(purpose).map(Prep::localized) {
        let prep = &prep;
        if prep.urgent {
            blocks.push(Block::Para(t!("prep-urgent-now")));
        }
        blocks.extend(contact_section(dir, prep, call));
        blocks.extend(have_ready_section(prep));
        blocks.extend(phone_menu_section(prep));
        blocks.extend(what_to_say_section(prep));
        blocks.extend(notes_section(dir, prep, country));
    }
    if let Some(ladder) = guidance.ladder_for(country).map(Ladder::localized) {
        blocks.extend(ladder_section(
            dir,
            guidance,
            &ladder,
            country,
            calling_from,
        ));
    }
    Doc {
        title: t!("prep-doc-title", purpose = purpose.label()),
        footer: t!("prep-doc-footer", date = crate::format::date_text(today)),
        blocks,
    }
}

/// "How to get in touch": the best channel and why, and the line to call from
/// `calling_from` (with why the first choice is not it, when it cannot be relied on).
fn contact_section(dir: &Directory, prep: &Prep, call: Call) -> Vec<Block> {
    let (purpose, country, calling_from) = (call.purpose, call.country, call.calling_from);
    let mut blocks = vec![
        Block::Heading(t!("prep-how-to-reach")),
        Block::Field(t!("prep-best-channel"), prep.channel.label().to_string()),
        Block::Para(prep.channel_reason.clone()),
    ];
    let first_choice = line_to_call(dir, purpose, country);
    let choice = choose_line(dir, call);
    let line = choice.as_ref().map(|c| c.contact);
    blocks.push(Block::Field(t!("prep-card"), call.card.label().to_string()));
    if let (Some(first), Some(line)) = (first_choice, line)
        && first.record.id != line.record.id
    {
        blocks.push(Block::Small(t!(
            "prep-first-choice-unreliable",
            line = first.record.shown_label(),
            number = number_view(dir, first, calling_from).display,
            from = dir.country_name(calling_from)
        )));
    }
    match line {
        Some(line) => {
            let view = number_view(dir, line, calling_from);
            blocks.push(Block::Field(
                t!("prep-line-to-call"),
                t!(
                    "prep-line-dialled",
                    number = &view.display,
                    line = line.record.shown_label(),
                    from = dir.country_name(calling_from),
                    status = line.grade.status.slug()
                ),
            ));
            let caveats = choice.map(|c| c.caveats).unwrap_or_default();
            for caveat in &caveats {
                blocks.push(Block::Para(
                    caveat.sentence(call.card, &dir.country_name(country)),
                ));
            }
            if let Some(warning) = view.warning.filter(|_| caveats.is_empty()) {
                blocks.push(Block::Small(warning));
            }
        }
        None => blocks.push(Block::Field(
            t!("prep-line-to-call"),
            t!("prep-back-of-card"),
        )),
    }
    blocks.push(Block::Small(t!("prep-when-in-doubt")));
    blocks
}

/// "Have ready": what every call needs, then what this purpose needs, to tick off.
fn have_ready_section(prep: &Prep) -> Vec<Block> {
    let items = always_ready()
        .into_iter()
        .chain(prep.ready.iter().cloned())
        .map(|text| Block::Check {
            text,
            checked: false,
            note: None,
        });
    std::iter::once(Block::Heading(t!("prep-have-ready")))
        .chain(items)
        .collect()
}

/// "The phone menu will ask for": the menu's questions.
fn phone_menu_section(prep: &Prep) -> Vec<Block> {
    std::iter::once(Block::Heading(t!("prep-phone-menu")))
        .chain(prep.ivr.iter().cloned().map(Block::Bullet))
        .collect()
}

/// "What to say": numbered steps, ending with the step every call ends with.
fn what_to_say_section(prep: &Prep) -> Vec<Block> {
    let steps = prep
        .say
        .iter()
        .cloned()
        .chain([last_step()])
        .enumerate()
        .map(|(i, item)| Block::Step(i + 1, item));
    std::iter::once(Block::Heading(t!("prep-what-to-say")))
        .chain(steps)
        .collect()
}

/// "Notes": lines to write in during the call, then the sources of the advice.
fn notes_section(dir: &Directory, prep: &Prep, country: &str) -> Vec<Block> {
    let labels = [
        t!("prep-rep-name"),
        t!("prep-reference-number"),
        t!("prep-what-promised"),
        t!("prep-follow-up-on"),
    ];
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    let mut blocks = Block::write_ins(&t!("prep-notes"), &labels);
    blocks.push(Block::Space);
    blocks.push(Block::Small(sources_line(dir, &prep.sources, country)));
    blocks
}

/// "If it is not resolved": the country's escalation ladder, each step with its
/// contact's number and the body's ways in.
fn ladder_section(
    dir: &Directory,
    guidance: &Guidance,
    ladder: &Ladder,
    country: &str,
    calling_from: &str,
) -> Vec<Block> {
    let mut blocks = vec![Block::Heading(t!(
        "prep-not-resolved-in",
        country = dir.country_name(country)
    ))];
    for (i, step) in ladder.steps.iter().enumerate() {
        let mut text = t!(
            "prep-label-value",
            label = &step.title,
            value = &step.detail
        );
        if let Some(c) = step
            .contact
            .as_deref()
            .and_then(|id| step_contact(dir, id, calling_from))
        {
            text.push(' ');
            text.push_str(&t!(
                "prep-step-contact",
                number = number_view(dir, c, calling_from).display
            ));
        }
        if let Some(b) = step
            .body
            .as_deref()
            .and_then(|id| guidance.body(id))
            .map(Body::localized)
        {
            let reach: Vec<&str> = [b.url.as_deref(), b.phone.as_deref(), b.postal.as_deref()]
                .into_iter()
                .flatten()
                .collect();
            text.push_str(&format!(
                " {} ({}). {}",
                b.name,
                reach.join(", "),
                b.timeline
            ));
        }
        blocks.push(Block::Step(i + 1, text));
        for page in guidance.step_evidence(step) {
            blocks.push(Block::Small(t!("prep-source", source = page.citation())));
        }
    }
    blocks
}
