//! Where a node's details open: in the part of the reader's screen the map can see, next to the
//! card that was chosen, so no reader has to scroll (or, in an iframe, cannot) to find them.
//!
//! Every length is in px, measured from the top of the map (`.chain-map`).

/// Space kept between the details and the edge of the reader's screen.
pub const MARGIN: f64 = 8.0;

/// How much of the details must be on the reader's screen (all of them, when shorter): their
/// height is not known before they are drawn, and placing them must not wait for that.
pub const SHOWN: f64 = 200.0;

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

/// The details' top: where the chosen card (`anchor`) puts them, moved up until `shown` px of them
/// (or as many as the reader's `screen` holds) are on it, but never above the screen's top (their
/// heading stays readable) nor above the map.
pub fn details_top(screen: Extent, anchor: Extent, shown: f64, placement: Placement) -> f64 {
    let wanted = match placement {
        Placement::Beside => anchor.top,
        Placement::Under => anchor.bottom + MARGIN,
    };
    let room = (screen.bottom - screen.top - 2.0 * MARGIN).max(0.0);
    let last = screen.bottom - MARGIN - shown.min(room);
    wanted.min(last).max(screen.top + MARGIN).max(0.0)
}

/// The reader's screen in the map's coordinates: `seen`, the part of the page's viewport the
/// reader can see (all of it at the top level; in an iframe, what an `IntersectionObserver` reports),
/// and the map's top, both in viewport coordinates.
pub fn screen_in(seen: Extent, map_top: f64) -> Extent {
    Extent {
        top: seen.top - map_top,
        bottom: seen.bottom - map_top,
    }
}
