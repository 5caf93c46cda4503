//! Where a node's details open: in the part of the reader's screen the map section can see, next to
//! the card that was chosen, so no reader has to scroll (or, in an iframe, cannot) to find them.
//!
//! Every length is in px, measured from the top of the map section (`.chain`).

/// Space kept between the details and the edge of the reader's screen.
pub const MARGIN: f64 = 8.0;

/// A vertical extent: top and bottom.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Extent {
    pub top: f64,
    pub bottom: f64,
}

/// How the details sit against the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// Wide screens: in a column beside the map, level with the chosen card.
    Beside,
    /// Phones and tablets: a sheet over the map, just under the chosen card.
    Under,
}

/// The details' top: where the chosen card (`anchor`) puts them, moved up until as much of them as
/// the reader's `screen` can hold is on it, but never above the screen's top (their heading stays
/// readable) nor above the section.
pub fn details_top(screen: Extent, anchor: Extent, height: f64, placement: Placement) -> f64 {
    let wanted = match placement {
        Placement::Beside => anchor.top,
        Placement::Under => anchor.bottom + MARGIN,
    };
    let room = (screen.bottom - screen.top - 2.0 * MARGIN).max(0.0);
    let last = screen.bottom - MARGIN - height.min(room);
    wanted.min(last).max(screen.top + MARGIN).max(0.0)
}

/// The reader's screen in the section's coordinates: `seen`, the part of the page's viewport the
/// reader can see (all of it at the top level; in an iframe, what an `IntersectionObserver` reports),
/// and the section's top, both in viewport coordinates.
pub fn screen_in(seen: Extent, section_top: f64) -> Extent {
    Extent {
        top: seen.top - section_top,
        bottom: seen.bottom - section_top,
    }
}
