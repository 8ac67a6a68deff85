//! Where the numbers page puts its panels, from the window's width in logical pixels.
//! Pure arithmetic (no egui), so the breakpoints are unit-tested and the same numbers
//! drive the window and its tests.
//!
//! The rule that matters: the list of numbers always keeps at least
//! [`LIST_MIN_WIDTH`], wide enough for the longest dial string in monospace beside its
//! Copy and Call buttons. The details panel gives way first (narrower, then a drawer
//! under the list), never the numbers.

/// The filters panel's width.
pub(crate) const FILTERS_WIDTH: f32 = 250.0;
/// The narrowest the numbers list may get.
pub(crate) const LIST_MIN_WIDTH: f32 = 380.0;
/// The details panel's narrowest width (beside the list).
pub(crate) const DETAILS_MIN_WIDTH: u32 = 260;
/// The details panel's widest width.
pub(crate) const DETAILS_MAX_WIDTH: u32 = 640;
/// The details panel's width for a new user.
pub(crate) const DETAILS_DEFAULT_WIDTH: u32 = 320;

/// Where the details of the selected line go.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum DetailsPlace {
    /// A panel beside the list, this wide (and at most `max` wide when dragged).
    Side {
        /// The width to draw it at.
        width: f32,
        /// The widest it may be dragged to in this window.
        max: f32,
    },
    /// A collapsible drawer under the list (the window is too narrow for three columns).
    Drawer,
}

/// The details panel's place for a window `window_width` wide, given the width the
/// user last chose (`chosen`, kept in the settings).
pub(crate) fn details_place(window_width: f32, chosen: u32) -> DetailsPlace {
    let room = window_width - FILTERS_WIDTH - LIST_MIN_WIDTH;
    if room < DETAILS_MIN_WIDTH as f32 {
        return DetailsPlace::Drawer;
    }
    let max = room.min(DETAILS_MAX_WIDTH as f32);
    let width = (chosen as f32).clamp(DETAILS_MIN_WIDTH as f32, max);
    DetailsPlace::Side { width, max }
}

/// A width the user dragged the divider to, as kept in the settings (whole pixels,
/// within the allowed range).
pub(crate) fn chosen_width(dragged: f32) -> u32 {
    if !dragged.is_finite() {
        return DETAILS_DEFAULT_WIDTH;
    }
    (dragged.round() as i64).clamp(DETAILS_MIN_WIDTH as i64, DETAILS_MAX_WIDTH as i64) as u32
}

/// The narrowest window that still shows the details beside the list.
#[cfg(test)]
pub(crate) fn side_breakpoint() -> f32 {
    FILTERS_WIDTH + LIST_MIN_WIDTH + DETAILS_MIN_WIDTH as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn narrow_windows_put_details_in_a_drawer() {
        assert_eq!(details_place(800.0, 320), DetailsPlace::Drawer);
        assert_eq!(
            details_place(side_breakpoint() - 1.0, 320),
            DetailsPlace::Drawer
        );
        assert!(matches!(
            details_place(side_breakpoint(), 320),
            DetailsPlace::Side { .. }
        ));
    }

    #[test]
    fn the_list_always_keeps_its_minimum() {
        for window in [890.0, 960.0, 1024.0, 1280.0, 1920.0] {
            for chosen in [0, 260, 320, 500, 640, 5000] {
                if let DetailsPlace::Side { width, max } = details_place(window, chosen) {
                    assert!(width <= max);
                    assert!(
                        window - FILTERS_WIDTH - width >= LIST_MIN_WIDTH,
                        "{window} {chosen}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_chosen_width_is_kept_when_there_is_room() {
        assert_eq!(
            details_place(1280.0, 400),
            DetailsPlace::Side {
                width: 400.0,
                max: 640.0
            }
        );
        // 1024: at most 1024 - 250 - 380 = 394.
        assert_eq!(
            details_place(1024.0, 500),
            DetailsPlace::Side {
                width: 394.0,
                max: 394.0
            }
        );
    }

    #[test]
    fn dragged_widths_are_clamped_and_rounded() {
        assert_eq!(chosen_width(333.6), 334);
        assert_eq!(chosen_width(10.0), DETAILS_MIN_WIDTH);
        assert_eq!(chosen_width(9999.0), DETAILS_MAX_WIDTH);
        assert_eq!(chosen_width(f32::NAN), DETAILS_DEFAULT_WIDTH);
    }
}
