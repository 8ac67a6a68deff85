//! The executor: effects the state asks for (clipboard, links, dialing, exports, file
//! jobs) are carried out here, and what comes of them goes back as one [`Reply`].

use super::DeskApp;
use crate::state::{Effect, Reply};

impl DeskApp {
    /// Hands a reply from the edge to the state and carries out what follows.
    pub(super) fn answer(&mut self, ctx: &egui::Context, reply: Reply) {
        // Forms are kept only once those kept last time are back in the window (else
        // the first frame's empty forms would overwrite them).
        if let Reply::FormsKept(forms) = &reply {
            self.kept.forms_on = true;
            self.kept.forms_sent = Some(forms.clone());
        }
        for effect in self.state.reply(reply) {
            self.run_effect(ctx, effect);
        }
    }

    /// Carries out one effect; a failure comes back to the state as a reply.
    pub(super) fn run_effect(&mut self, ctx: &egui::Context, effect: Effect) {
        match effect {
            Effect::CopyText(text) => ctx.copy_text(text),
            Effect::Open(link) => {
                if let Err(e) = self.opener.open(&link) {
                    log::warn!("{e}");
                    self.answer(ctx, Reply::Problem(crate::message::link_failed(&link)));
                }
            }
            Effect::Dial { tel, number } => {
                if let Err(e) = self.opener.open(&tel) {
                    log::warn!("{e}");
                    self.answer(ctx, Reply::DialFailed { number });
                }
            }
            Effect::OpenExport(path) => {
                if let Err(e) = self.opener.open_export(&path) {
                    log::warn!("{e}");
                    let message = crate::message::export_failed(&path, path.is_file());
                    self.answer(ctx, Reply::Problem(message));
                }
            }
            Effect::ShowInFolder(path) => {
                if let Err(e) = self.opener.show_in_folder(&path) {
                    log::warn!("{e}");
                    let message = format!("Could not show the folder: {e}");
                    self.answer(ctx, Reply::Problem(message));
                }
            }
            Effect::WriteExport { name, bytes, from } => self.export(ctx, name, bytes, from),
            Effect::ChooseFile(choice) => self.choose(ctx, choice),
            file_effect => {
                if let Some(reply) = self.file_effect(file_effect) {
                    self.answer(ctx, reply);
                }
            }
        }
        ctx.request_repaint();
    }
}
