//! Fonts for the characters egui's own fonts lack (Japanese above all), found among the
//! system's fonts only when a character needs one (issue 28): an English window never
//! even lists the system fonts, so its first frame does not wait for them.
//!
//! The search itself is `egui_system_font_provider`'s (the operating system's own
//! fallback through `fontique`: fontconfig on Linux, DirectWrite on Windows, CoreText on
//! macOS). This wrapper starts it on first need, with the window's language, and
//! remembers when a CJK character found no font, so the window can say so once.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

use egui::{FallbackRequest, FontInsert, FontProvider};
use egui_system_font_provider::SystemFontProvider;

use crate::i18n::{Lang, is_cjk};

/// The system-font search, started on the first character no installed font has.
pub(crate) struct OnDemandFonts {
    /// The language whose fonts to prefer (Japanese over Chinese forms of Han).
    lang: Lang,
    /// The search, once started.
    system: OnceLock<SystemFontProvider>,
    /// A CJK character found no font.
    missed_cjk: AtomicBool,
}

impl OnDemandFonts {
    /// A provider preferring `lang`'s fonts.
    pub(crate) fn new(lang: Lang) -> Arc<OnDemandFonts> {
        Arc::new(OnDemandFonts {
            lang,
            system: OnceLock::new(),
            missed_cjk: AtomicBool::new(false),
        })
    }

    /// Whether a CJK character found no font (once true, stays true).
    pub(crate) fn missed_cjk(&self) -> bool {
        self.missed_cjk.load(Ordering::Relaxed)
    }

    /// Whether the system search was started (an English window never starts it).
    pub(crate) fn started(&self) -> bool {
        self.system.get().is_some()
    }
}

impl FontProvider for OnDemandFonts {
    fn font_for(&self, request: &FallbackRequest<'_>) -> Option<FontInsert> {
        let system = self.system.get_or_init(|| {
            log::debug!("a character needs a system font: listing the system's fonts");
            SystemFontProvider::new().with_locale(Some(self.lang.tag()))
        });
        let found = system.font_for(request);
        if found.is_none() && request.cluster.chars().next().is_some_and(is_cjk) {
            self.missed_cjk.store(true, Ordering::Relaxed);
        }
        found
    }
}

/// The window's font search: installed on the first frame, and whether it has said
/// that CJK text found no font.
#[derive(Default)]
pub(crate) struct Fonts {
    provider: Option<Arc<OnDemandFonts>>,
    told: bool,
    /// The papers' font search was started in the background.
    papers_prepared: bool,
}

impl Fonts {
    /// Installs the search on the first frame (preferring `lang`'s fonts); gives the
    /// note to show, once, when a CJK character found no font.
    pub(crate) fn frame(&mut self, ctx: &egui::Context, lang: Lang) -> Option<String> {
        let provider = self.provider.get_or_insert_with(|| {
            let provider = OnDemandFonts::new(lang);
            ctx.add_font_provider(provider.clone());
            provider
        });
        // A window that needed a system font for its language will likely print in it:
        // find the papers' font off the UI thread now, not on the first Print click.
        if !self.papers_prepared && lang.needs_cjk_font() && provider.started() {
            self.papers_prepared = true;
            crate::print::prepare_fonts_in_background(lang);
        }
        if self.told || !provider.missed_cjk() {
            return None;
        }
        self.told = true;
        log::warn!("no installed font has Japanese characters");
        Some(crate::t!("shell-no-cjk-font"))
    }

    /// Whether the system's fonts were listed (never for an English window).
    pub(crate) fn searched(&self) -> bool {
        self.provider.as_ref().is_some_and(|p| p.started())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_characters_are_told_apart() {
        for c in "日本語カードをなくした한국어、（１）".chars() {
            assert!(is_cjk(c), "{c:?}");
        }
        for c in "Card é ß № 0123 +-()".chars() {
            assert!(!is_cjk(c), "{c:?}");
        }
    }
}
