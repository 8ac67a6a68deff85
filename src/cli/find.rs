//! `amex-desk find`: the numbers panel on the command line.

use serde_json::{Value, json};

use super::{Failure, FindArgs, clipboard, country_arg};
use crate::columns::{display_width, pad};
use crate::directory::filter::{self, general_line};
use crate::directory::staleness::{age_line, newest_amex_page, old_page_note, stale_notice};
use crate::directory::view::{hours_source, number_view};
use crate::directory::{Contact, Directory, Filters};
use crate::t;

pub(crate) use crate::i18n::in_english;

/// Runs `find`.
pub fn run(dir: &Directory, args: &FindArgs) -> Result<(), Failure> {
    let country = match &args.country {
        Some(c) => Some(country_arg(dir, "--country", c)?),
        None => None,
    };
    let from = match &args.from {
        Some(c) => country_arg(dir, "--from", c)?,
        None => crate::settings::default_calling_from(),
    };
    let filters = Filters {
        region: args.region,
        country: country.clone(),
        tier: args.tier,
        purpose: args.purpose,
        channel: args.channel,
        include_outdated: args.all_statuses,
    };
    let text = args.query.join(" ");
    let results = filter::run_from(dir, &filters, &text, Some(&from));
    let contacts: Vec<&Contact> = results.hits.iter().map(|i| &dir.contacts[*i]).collect();

    if args.json {
        let rows: Vec<Value> =
            in_english(|| contacts.iter().map(|c| to_json(dir, c, &from)).collect());
        let out = serde_json::to_string_pretty(&rows)
            .map_err(|e| Failure::data(t!("cli-cannot-write-json", error = e.to_string())))?;
        println!("{out}");
    } else if !contacts.is_empty() {
        print_table(dir, &contacts, &from);
    }
    if let Some(advice) = country
        .as_deref()
        .and_then(|market| crate::directory::advice::market_advice(dir, market))
    {
        print_advice(dir, &advice, &from, args.json);
    }

    let Some(top) = contacts.first() else {
        let mut message = t!("cli-find-no-match");
        if let Some(code) = &country
            && let Some(general) = general_line(dir, code)
        {
            let view = number_view(dir, general, &from);
            message.push('\n');
            message.push_str(&t!(
                "cli-find-general-line",
                country = dir.country_name(code),
                number = view.display,
                line = general.record.shown_label(),
                status = general.grade.status.slug()
            ));
        }
        return Err(Failure::data(message));
    };
    if args.copy {
        let text = number_view(dir, top, &from).display;
        clipboard::copy(&text)
            .map_err(|e| Failure::data(t!("cli-could-not-copy", error = e.to_string())))?;
        eprintln!(
            "{}",
            t!(
                "cli-copied",
                number = crate::journal::clean::echo_safe(&text),
                line = top.record.shown_label()
            )
        );
    }
    Ok(())
}

/// A contact's evidence as JSON: one object per citation, with its page.
pub(crate) fn evidence_json(dir: &Directory, contact: &Contact) -> Vec<Value> {
    contact
        .record
        .evidence
        .iter()
        .map(|c| {
            let page = dir.source(&c.source);
            json!({
                "source": c.source,
                "title": page.map(|s| s.title.as_str()),
                "publisher": page.map(|s| s.publisher.as_str()),
                "source_kind": page.map(|s| s.kind.slug()),
                "url": page.and_then(|s| s.url.as_deref()),
                "vintage": page.and_then(|s| s.vintage),
                "read_on": page.and_then(|s| s.read_on.as_deref()),
                "printed": c.printed,
                "label": c.label,
                "purposes": c.purposes.iter().map(|p| p.slug()).collect::<Vec<_>>(),
                "stated_hours": c.stated_hours,
                "finding": finding_slug(&c.finding),
            })
        })
        .collect()
}

fn finding_slug(finding: &crate::directory::model::Finding) -> String {
    use crate::directory::model::Finding;
    match finding {
        Finding::Lists => "lists".to_string(),
        Finding::BelongsTo(owner) => format!("belongs-to: {owner}"),
        Finding::Retired(why) => format!("retired: {why}"),
        Finding::Invented(why) => format!("invented: {why}"),
    }
}

fn to_json(dir: &Directory, contact: &Contact, from: &str) -> Value {
    let record = &contact.record;
    let grade = &contact.grade;
    let view = number_view(dir, contact, from);
    let rivals: Vec<&str> = grade
        .rivals
        .iter()
        .map(|i| dir.contacts[*i].record.id.as_str())
        .collect();
    let hours_from = hours_source(dir, contact).map(|s| s.short_name());
    json!({
        "id": record.id,
        "label": record.label,
        "department": record.department,
        "country": contact.home_country().unwrap_or("worldwide"),
        "countries": record.countries,
        "kind": record.kind.slug(),
        "channel": record.kind.channel().slug(),
        "value": record.value,
        "number_e164": contact.e164,
        "number_display": view.display,
        "calling_from": from,
        "reachable_from_caller": view.reach == crate::directory::phone::Reach::Direct,
        "warning": view.warning,
        "alternative": view.alternative.as_ref().map(|(id, dial)| json!({"id": id, "number_display": dial})),
        "tel": view.tel,
        "purposes": grade.purposes.iter().map(|p| p.slug()).collect::<Vec<_>>(),
        "tiers": record.tiers.slugs(),
        "status": grade.status.slug(),
        "status_meaning": grade.status.explain(),
        "status_reason": grade.why,
        "evidence": evidence_json(dir, contact),
        "conflicts_with": rivals,
        "hours": contact.availability.summary(),
        "hours_stated_on": hours_from,
        "languages": record.languages,
        "notes": record.notes,
        "verified": !contact.unverified,
        "newest_amex_page_year": newest_amex_page(dir, contact),
    })
}

/// What to do instead, for a country with no official everyday line (on stderr with
/// --json, so the JSON stays one array).
fn print_advice(
    dir: &Directory,
    advice: &crate::directory::advice::MarketAdvice,
    from: &str,
    json: bool,
) {
    let mut text = format!("\n{}\n", advice.why);
    for (i, step) in crate::directory::advice::STEPS.iter().enumerate() {
        text.push_str(&format!("  {}. {step}\n", i + 1));
    }
    for id in advice.from_abroad.iter().take(4) {
        if let Some(c) = dir.contact(id) {
            let view = number_view(dir, c, from);
            text.push_str(&format!(
                "     {}\n",
                t!(
                    "cli-advice-cards",
                    country = dir.country_name(c.home_country().unwrap_or("worldwide")),
                    number = view.display,
                    line = c.record.shown_label()
                )
            ));
        }
    }
    if json {
        eprint!("{text}");
    } else {
        print!("{text}");
    }
}

fn print_table(dir: &Directory, contacts: &[&Contact], from: &str) {
    let today = jiff::Zoned::now().date();
    let views: Vec<_> = contacts.iter().map(|c| number_view(dir, c, from)).collect();
    let width = |f: &dyn Fn(usize) -> usize| (0..contacts.len()).map(f).max().unwrap_or(0);
    let (status, number) = (t!("cli-col-status"), t!("cli-col-number"));
    let w_status = width(&|i| contacts[i].grade.status.slug().len()).max(display_width(&status));
    let w_number = width(&|i| views[i].display.chars().count())
        .clamp(6, 48)
        .max(display_width(&number));
    println!(
        "{}  {}  {}  {}",
        pad(&status, w_status),
        pad(&number, w_number),
        pad(&t!("cli-col-country"), 8),
        t!("cli-col-label")
    );
    for (contact, view) in contacts.iter().zip(&views) {
        let record = &contact.record;
        println!(
            "{:<w_status$}  {:<w_number$}  {:<8}  {} [{}]",
            contact.grade.status.slug(),
            view.display,
            record.countries.join(","),
            record.shown_label(),
            record.id
        );
        if let Some(warning) = &view.warning {
            let alt = view
                .alternative
                .as_ref()
                .map(|(_, d)| format!(" {}", t!("cli-use-instead", number = d)))
                .unwrap_or_default();
            println!("{:w_status$}  ↳ {warning}{alt}", "");
        }
        if contact.unverified {
            // Said under a line a `--directory` file nobody signed adds or changes.
            println!("{:w_status$}  ↳ {}", "", t!("cli-not-verified"));
        }
        if let Some(note) = old_page_note(dir, contact, today) {
            println!("{:w_status$}  ↳ {note}", "");
        }
    }
    println!(
        "\n{}",
        t!(
            "cli-lines-shown",
            count = contacts.len(),
            from = dir.country_name(from)
        )
    );
    println!("{}", age_line(dir, today));
    if let Some(notice) = stale_notice(dir, today) {
        println!("{notice}");
    }
}
