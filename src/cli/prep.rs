//! `amex-desk prep` and `amex-desk print prep`: the call prep sheet from scripts.

use std::path::Path;

use super::Failure;
use crate::directory::Directory;
use crate::guidance::{self, Call, prep_doc};
use crate::print::{Block, Paper, render};
use crate::t;

fn sheet(dir: &Directory, call: Call) -> Result<crate::print::Doc, Failure> {
    let guidance = guidance::builtin().map_err(Failure::data)?;
    let today = jiff::Zoned::now().date().to_string();
    Ok(prep_doc(dir, guidance, call, &today))
}

/// Prints the prep sheet as text (or JSON).
pub fn run(dir: &Directory, call: Call, json: bool) -> Result<(), Failure> {
    if json {
        // Keys, identifiers and texts stay English in every language.
        return super::find::in_english(|| print_json(dir, call));
    }
    let doc = sheet(dir, call)?;
    for block in &doc.blocks {
        match block {
            Block::Title(t) => println!("{t}\n{}", "=".repeat(crate::columns::display_width(t))),
            Block::Heading(t) => println!("\n{t}"),
            Block::Para(t) | Block::Small(t) => println!("{t}"),
            Block::Bullet(t) => println!("  - {t}"),
            Block::Step(n, t) => println!("  {n}. {t}"),
            Block::Check { text, .. } => println!("  [ ] {text}"),
            Block::Field(label, value) => {
                println!("{}", t!("prep-label-value", label = label, value = value))
            }
            Block::WriteIn(label) => println!(
                "{} ____________________",
                t!("prep-label-colon", label = label)
            ),
            Block::Space => println!(),
        }
    }
    Ok(())
}

/// The prep sheet as JSON.
fn print_json(dir: &Directory, call: Call) -> Result<(), Failure> {
    let (purpose, country, from) = (call.purpose, call.country, call.calling_from);
    let choice = guidance::choose_line(dir, call);
    let caveats: Vec<String> = choice
        .as_ref()
        .map(|c| {
            c.caveats
                .iter()
                .map(|k| k.sentence(call.card, &dir.country_name(country)))
                .collect()
        })
        .unwrap_or_default();
    let line = choice.map(|c| c.contact);
    let g = guidance::builtin().map_err(Failure::data)?;
    let prep = g.prep_for(purpose);
    let value = serde_json::json!({
        "purpose": purpose.slug(),
        "country": country,
        "card": call.card.slug(),
        "line_caveats": caveats,
        "channel": prep.map(|p| p.channel.slug()),
        "channel_reason": prep.map(|p| p.channel_reason.clone()),
        "line": line.map(|c| serde_json::json!({
            "id": c.record.id,
            "label": c.record.label,
            "dial": crate::directory::view::number_view(dir, c, from).display,
            "status": c.grade.status.slug(),
        })),
        "ready": guidance::always_ready().into_iter().chain(prep.map(|p| p.ready.clone()).unwrap_or_default()).collect::<Vec<_>>(),
        "ivr": prep.map(|p| p.ivr.clone()).unwrap_or_default(),
        "say": prep.map(|p| p.say.clone()).unwrap_or_default().into_iter().chain([guidance::last_step()]).collect::<Vec<_>>(),
        "escalation": g.ladder_for(country).map(|l| l.steps.iter().map(|s| serde_json::json!({
            "title": s.title, "detail": s.detail, "contact": s.contact.as_deref().and_then(|id| guidance::step_contact(dir, id, from)).map(|c| c.record.id.clone()), "body": s.body.as_deref().and_then(|b| g.body(b)).map(|b| serde_json::json!({
                "name": b.name, "url": b.url, "phone": b.phone, "postal": b.postal, "timeline": b.timeline, "status": b.status.slug(),
            })),
            "evidence": g.step_evidence(s).map(|e| e.citation()).collect::<Vec<_>>(),
        })).collect::<Vec<_>>()),
    });
    println!(
        "{}",
        serde_json::to_string_pretty(&value).map_err(|e| Failure::data(e.to_string()))?
    );
    Ok(())
}

/// Writes the prep sheet as a PDF.
pub fn print(dir: &Directory, call: Call, paper: Paper, output: &Path) -> Result<(), Failure> {
    let doc = crate::print::in_paper_language(|| sheet(dir, call))?;
    write_paper(output, &render(&doc, paper))
}

/// Writes a printed paper to a new file and says where, in the reader's language.
pub(crate) fn write_paper(output: &Path, bytes: &[u8]) -> Result<(), Failure> {
    crate::fsutil::write_new(output, bytes).map_err(|e| {
        Failure::data(t!(
            "cli-cannot-write",
            path = output.display().to_string(),
            error = e.to_string()
        ))
    })?;
    println!(
        "{}",
        t!(
            "cli-wrote",
            path = crate::journal::clean::echo_safe(&output.display().to_string())
        )
    );
    Ok(())
}
