//! "Report a problem with this number": a short report for the maintainers (the line,
//! what is wrong, the page, the directory's update number; never journal data).

use egui::{RichText, TextEdit, Ui};

use crate::directory::Contact;
use crate::directory::report::{Problem, Said};
use crate::state::{AppState, Commands, DirectoryCommand};
use crate::t;

/// The button, or the form when it is open for this line.
pub(crate) fn report_problem_ui(
    ui: &mut Ui,
    state: &AppState,
    contact: &Contact,
    commands: &mut Commands,
) {
    let id = &contact.record.id;
    let Some(form) = state.report_form.as_ref().filter(|f| &f.said.line == id) else {
        if ui
            .small_button(t!("numbers-report-problem"))
            .on_hover_text(t!("numbers-report-problem-hover"))
            .clicked()
        {
            commands.push(DirectoryCommand::StartReport(id.clone()));
        }
        return;
    };
    ui.group(|ui| {
        ui.label(RichText::new(t!("numbers-report-problem")).strong());
        let mut said: Said = form.said.clone();
        ui.horizontal_wrapped(|ui| {
            for problem in Problem::ALL {
                let chosen = said.problem == Some(problem);
                if ui.selectable_label(chosen, problem.label()).clicked() {
                    said.problem = Some(problem);
                }
            }
        });
        if said.problem == Some(Problem::WrongNumber) {
            field_ui(
                ui,
                &t!("numbers-report-right-number"),
                &mut said.correct_number,
                1,
            );
        }
        field_ui(ui, &t!("numbers-report-page"), &mut said.page_url, 1);
        field_ui(
            ui,
            &t!("numbers-report-what-happened"),
            &mut said.details,
            2,
        );
        if said != form.said {
            commands.push(DirectoryCommand::EditReport(said));
        }
        if let Some(error) = &form.error {
            ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
        }
        ui.label(RichText::new(t!("numbers-report-masked")).small().weak());
        ui.horizontal_wrapped(|ui| {
            if ui.button(t!("numbers-report-copy")).clicked() {
                commands.push(DirectoryCommand::CopyReport);
            }
            if ui.button(t!("numbers-report-save")).clicked() {
                commands.push(DirectoryCommand::SaveReport);
            }
            if ui.button(t!("numbers-report-close")).clicked() {
                commands.push(DirectoryCommand::CloseReport);
            }
        });
    });
}

/// A labelled text box.
fn field_ui(ui: &mut Ui, label: &str, text: &mut String, rows: usize) {
    let name = ui.label(label);
    ui.add(
        TextEdit::multiline(text)
            .desired_rows(rows)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(name.id);
}
