//! The chain map's layout, independent of the width it is shown at, so that the same markup serves
//! every screen (and the static first view matches the live one to the pixel).
//!
//! Vertical lengths are CSS px at the default root font size (16 px); the markup turns them into
//! rem, so cards grow with the reader's text size. Horizontal positions are left to CSS: at 632 px
//! and wider the tiers are three columns (gap `clamp(40px, 8%, 96px)`) joined by curves drawn in
//! one SVG per gap; below, they stack, two cards a row either side of a 28 px trunk. Where the
//! three columns are narrow (632 to 767 px) CSS draws the wide layout taller by
//! `PHONE_CARD_H / CARD_H`, so its cards hold two lines of name and two of figure too.

use super::num;

/// Card height, gap between cards, heading height, space between stacked tiers.
pub const CARD_H: f64 = 64.0;
pub const GAP: f64 = 10.0;
pub const HEAD_H: f64 = 44.0;
/// Phone cards are half as wide, so names and figures get two lines each.
pub const PHONE_CARD_H: f64 = 84.0;
/// The phone layout's trunk between the two columns of cards, in CSS px.
pub const TRUNK: f64 = 28.0;
const STACK_GAP: f64 = 28.0;
/// Width of a gap's SVG coordinate system (it is stretched to the gap's width).
pub const GAP_VIEW_W: f64 = 100.0;

/// Where a card sits in the phone layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Slot {
    #[default]
    Left,
    Right,
    /// The whole width: a tier with one node (the hub).
    Full,
}

/// A vertical extent: top and height.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Span {
    pub top: f64,
    pub height: f64,
}

impl Span {
    fn mid(&self) -> f64 {
        self.top + self.height / 2.0
    }
    fn bottom(&self) -> f64 {
        self.top + self.height
    }
}

/// One node's place: its column (= tier) and extent in the wide layout, its slot and extent in
/// the phone layout.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Place {
    pub column: usize,
    pub wide: Span,
    pub slot: Slot,
    pub phone: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LinkPath {
    pub from: usize,
    pub to: usize,
    /// Wide layout: the gap (0 after the first column, 1 after the second) whose SVG draws it.
    pub gap: usize,
    pub d: String,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct ChainLayout {
    pub wide_height: f64,
    pub phone_height: f64,
    /// Tiers that have nodes, with the top of their heading in the phone layout (0 when wide).
    pub headings: Vec<(usize, f64)>,
    /// One place per node, in the order of `tiers`.
    pub nodes: Vec<Place>,
    /// Curves across the gaps, in each gap's coordinates (`GAP_VIEW_W` wide, `wide_height` tall).
    pub wide_links: Vec<LinkPath>,
    /// Right-angled paths along the trunk, in its coordinates (`TRUNK` wide, `phone_height` tall).
    pub phone_links: Vec<LinkPath>,
}

/// What the map's markup draws of a layout, as data that can be `'static`: `build.rs` works the
/// dataset's layout out and writes it into the bundle (`data::MAP_LAYOUT`), so the browser lays nothing out.
#[derive(Clone, Debug, PartialEq)]
pub struct Drawn<'a> {
    pub wide_height: f64,
    pub phone_height: f64,
    /// Each node's place in the phone layout, in the order of the nodes.
    pub slots: &'a [Slot],
    pub links: &'a [Link<'a>],
}

/// A link as drawn: across a gap in the wide layout, along the trunk in the phone one.
#[derive(Clone, Debug, PartialEq)]
pub struct Link<'a> {
    pub from: usize,
    pub to: usize,
    /// The gap (0 after the first column, 1 after the second) whose SVG draws it.
    pub gap: usize,
    pub wide: &'a str,
    pub phone: &'a str,
}

impl ChainLayout {
    /// The links as `Drawn` holds them.
    pub fn links(&self) -> Vec<Link<'_>> {
        self.wide_links
            .iter()
            .zip(&self.phone_links)
            .map(|(w, p)| Link {
                from: w.from,
                to: w.to,
                gap: w.gap,
                wide: &w.d,
                phone: &p.d,
            })
            .collect()
    }

    /// Each node's slot, as `Drawn` holds them.
    pub fn slots(&self) -> Vec<Slot> {
        self.nodes.iter().map(|p| p.slot).collect()
    }
}

/// Lays out nodes given the tier (0, 1, 2) of each and the links as index pairs. Links must run
/// from one tier to the next (the data's validation makes sure); others are not drawn.
pub fn layout(tiers: &[usize], links: &[(usize, usize)]) -> ChainLayout {
    let mut l = ChainLayout {
        nodes: vec![Place::default(); tiers.len()],
        ..ChainLayout::default()
    };
    let members =
        |t: usize| -> Vec<usize> { (0..tiers.len()).filter(|&i| tiers[i] == t).collect() };

    // Wide: three columns, each stack centred on the tallest.
    let stack_h = |n: usize| -> f64 {
        match n {
            0 => 0.0,
            1 => CARD_H * 1.5,
            n => n as f64 * CARD_H + (n - 1) as f64 * GAP,
        }
    };
    let body_h = (0..3)
        .map(|t| stack_h(members(t).len()))
        .fold(0.0, f64::max);
    let top = HEAD_H + GAP;
    for t in 0..3 {
        let m = members(t);
        let height = if m.len() == 1 { CARD_H * 1.5 } else { CARD_H };
        let mut y = top + (body_h - stack_h(m.len())) / 2.0;
        for &i in &m {
            l.nodes[i].column = t;
            l.nodes[i].wide = Span { top: y, height };
            y += height + GAP;
        }
    }
    l.wide_height = if tiers.is_empty() { 0.0 } else { top + body_h };

    // Phone: the tiers stacked, two cards a row; a tier of one node takes the whole width.
    let mut y = 0.0;
    for t in 0..3 {
        let m = members(t);
        if m.is_empty() {
            continue;
        }
        if y > 0.0 {
            y += STACK_GAP;
        }
        l.headings.push((t, y));
        y += HEAD_H;
        if let [only] = m[..] {
            l.nodes[only].slot = Slot::Full;
            l.nodes[only].phone = Span {
                top: y,
                height: PHONE_CARD_H * 1.5,
            };
            y += PHONE_CARD_H * 1.5;
            continue;
        }
        for (k, &i) in m.iter().enumerate() {
            l.nodes[i].slot = if k % 2 == 0 { Slot::Left } else { Slot::Right };
            l.nodes[i].phone = Span {
                top: y + (k / 2) as f64 * (PHONE_CARD_H + GAP),
                height: PHONE_CARD_H,
            };
        }
        let rows = m.len().div_ceil(2) as f64;
        y += rows * PHONE_CARD_H + (rows - 1.0) * GAP;
    }
    l.phone_height = y;

    for &(from, to) in links {
        let (Some(a), Some(b)) = (l.nodes.get(from), l.nodes.get(to)) else {
            continue;
        };
        if b.column != a.column + 1 {
            continue;
        }
        let y0 = port(links, from, (from, to), true, &a.wide);
        let y1 = port(links, to, (from, to), false, &b.wide);
        let mx = GAP_VIEW_W / 2.0;
        let d = format!(
            "M0 {}C{} {} {} {} {} {}",
            num(y0),
            num(mx),
            num(y0),
            num(mx),
            num(y1),
            num(GAP_VIEW_W),
            num(y1)
        );
        l.wide_links.push(LinkPath {
            from,
            to,
            gap: a.column,
            d,
        });
        l.phone_links.push(LinkPath {
            from,
            to,
            gap: a.column,
            d: trunk_path(a, b),
        });
    }
    l
}

/// Spreads the ends of a node's links along its edge so that a hub's links fan out instead of meeting in a point.
fn port(
    links: &[(usize, usize)],
    node: usize,
    link: (usize, usize),
    outgoing: bool,
    s: &Span,
) -> f64 {
    let ends: Vec<&(usize, usize)> = links
        .iter()
        .filter(|l| if outgoing { l.0 == node } else { l.1 == node })
        .collect();
    let k = ends.iter().position(|&&l| l == link).unwrap_or(0);
    s.top + s.height * (k as f64 + 1.0) / (ends.len() as f64 + 1.0)
}

/// A right-angled path along the trunk (x = `TRUNK` / 2; a left card's edge is at 0, a right
/// card's at `TRUNK`): from the side of a card into the trunk and down to the hub's top edge, or
/// from the hub's bottom edge down and out to the side of a card.
fn trunk_path(a: &Place, b: &Place) -> String {
    let side = |p: &Place| if p.slot == Slot::Right { TRUNK } else { 0.0 };
    let mid = num(TRUNK / 2.0);
    if b.slot == Slot::Full && a.slot != Slot::Full {
        // card → hub below
        format!(
            "M{} {}H{mid}V{}",
            num(side(a)),
            num(a.phone.mid()),
            num(b.phone.top)
        )
    } else {
        // hub → card below
        format!(
            "M{mid} {}V{}H{}",
            num(a.phone.bottom()),
            num(b.phone.mid()),
            num(side(b))
        )
    }
}

/// Where the arrow keys lead from node `i`: Up/Down within its tier (wrapping), Left/Right to the
/// neighbouring tier's node at the same relative height.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Up,
    Down,
    Left,
    Right,
}

pub fn neighbour(tiers: &[usize], i: usize, dir: Dir) -> usize {
    let Some(&t) = tiers.get(i) else { return i };
    let members =
        |t: usize| -> Vec<usize> { (0..tiers.len()).filter(|&j| tiers[j] == t).collect() };
    let own = members(t);
    let k = own.iter().position(|&j| j == i).unwrap_or(0);
    match dir {
        Dir::Up => own[(k + own.len() - 1) % own.len()],
        Dir::Down => own[(k + 1) % own.len()],
        Dir::Left | Dir::Right => {
            let mut t2 = t;
            loop {
                t2 = match dir {
                    Dir::Left if t2 > 0 => t2 - 1,
                    Dir::Right if t2 < 2 => t2 + 1,
                    _ => return i,
                };
                let other = members(t2);
                if other.is_empty() {
                    continue;
                }
                // Same relative position: the middle of a tier leads to the middle of the next.
                let rel = if own.len() > 1 {
                    k as f64 / (own.len() - 1) as f64
                } else {
                    0.5
                };
                let j = (rel * (other.len() - 1) as f64).round() as usize;
                return other[j.min(other.len() - 1)];
            }
        }
    }
}
