//! Keyboard shortcuts: Ctrl/Cmd+F or / focus the search (every page); on the numbers
//! page only, Up/Down move the selection, Enter copies it, Esc clears the search. Other
//! pages own their keys (their forms' fields), so Enter there never copies a hidden line.
//! Ctrl/Cmd+Z with no field focused undoes the last delete.

use egui::{Context, Event, Id, Key, Modifiers};

use crate::state::{AppState, JournalCommand, View};
use crate::state::{Commands, NumbersCommand};
use crate::t;

/// The search box's widget id.
pub(crate) const SEARCH_ID: &str = "search_box";

/// Turns this frame's key presses into commands (and focus changes).
pub(crate) fn shortcuts(ctx: &Context, state: &AppState, commands: &mut Commands) {
    let search_id = Id::unique(SEARCH_ID);
    let focused = ctx.memory(|m| m.focused());
    let nothing_focused = focused.is_none();
    // A focused button or checkbox does not own Ctrl+Z; a text field does.
    let text_focused =
        focused.is_some_and(|id| egui::text_edit::TextEditState::load(ctx, id).is_some());
    let search_focused = focused == Some(search_id);
    let popup_open = egui::Popup::is_any_open(ctx);

    let mut focus_search = false;
    ctx.input_mut(|input| {
        if input.consume_key(Modifiers::COMMAND, Key::F) {
            focus_search = true;
        }
        if nothing_focused {
            let slash = input
                .events
                .iter()
                .any(|e| matches!(e, Event::Text(t) if t == "/"));
            if slash {
                input
                    .events
                    .retain(|e| !matches!(e, Event::Text(t) if t == "/"));
                focus_search = true;
            }
        }
        // Ctrl/Cmd+Z puts back the last deleted entry, note or case, on any page; in a
        // text field it stays the field's own undo.
        if !text_focused
            && state.journal.undo.is_some()
            && input.consume_key(Modifiers::COMMAND, Key::Z)
        {
            commands.push(JournalCommand::Undo);
        }
        if popup_open || !(nothing_focused || search_focused) || state.view != View::Numbers {
            return;
        }
        if input.consume_key(Modifiers::NONE, Key::ArrowDown) {
            commands.push(NumbersCommand::MoveSelection(1));
        }
        if input.consume_key(Modifiers::NONE, Key::ArrowUp) {
            commands.push(NumbersCommand::MoveSelection(-1));
        }
        if input.consume_key(Modifiers::NONE, Key::Enter) {
            commands.push(NumbersCommand::CopySelected);
        }
        if input.key_pressed(Key::Escape) && !state.numbers.search.is_empty() {
            commands.push(NumbersCommand::ClearSearch);
        }
    });
    if focus_search {
        ctx.memory_mut(|m| m.request_focus(search_id));
    }
}

/// The current page's shortcuts, for the status bar.
pub(crate) fn page_hint(view: View) -> String {
    match view {
        View::Numbers => t!("numbers-keys-numbers"),
        View::Journal | View::Disputes => t!("numbers-keys-journal"),
        View::Prep | View::Retention => t!("numbers-keys-forms"),
    }
}
