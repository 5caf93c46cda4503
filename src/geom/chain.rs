//! The chain map's layout: tier headings, node cards and link paths for a given width.
//!
//! At 600 px and wider the tiers are three columns joined by curves; below, they stack, two cards
//! a row, joined by a trunk running down the middle.

use super::{num, Rect};

/// Card height, gap between cards, heading height, space between stacked tiers.
pub const CARD_H: f64 = 64.0;
pub const GAP: f64 = 10.0;
pub const HEAD_H: f64 = 44.0;
pub const PHONE_BELOW: f64 = 600.0;
/// Phone cards are half as wide, so names and figures get two lines each.
pub const PHONE_CARD_H: f64 = 84.0;
const TRUNK: f64 = 28.0;
const STACK_GAP: f64 = 28.0;

#[derive(Clone, Debug, PartialEq)]
pub struct LinkPath {
    pub from: usize,
    pub to: usize,
    pub d: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChainLayout {
    pub width: f64,
    pub height: f64,
    pub phone: bool,
    /// Heading box of each tier that has nodes (upstream, midstream, downstream).
    pub headings: Vec<(usize, Rect)>,
    /// One box per node, in the order of `tiers`.
    pub nodes: Vec<Rect>,
    pub links: Vec<LinkPath>,
}

/// Lays out nodes given the tier (0, 1, 2) of each, the links as index pairs, the width, and the
/// root font size over 16 px (`em`): cards and headings grow with the reader's text size.
pub fn layout(tiers: &[usize], links: &[(usize, usize)], width: f64, em: f64) -> ChainLayout {
    let width = width.max(1.0);
    let em = if em.is_finite() && em > 0.0 { em } else { 1.0 };
    let phone = width < PHONE_BELOW;
    let (card_h, head_h) = (if phone { PHONE_CARD_H } else { CARD_H } * em, HEAD_H * em);
    let mut nodes = vec![Rect::default(); tiers.len()];
    let mut headings = Vec::new();
    let members =
        |t: usize| -> Vec<usize> { (0..tiers.len()).filter(|&i| tiers[i] == t).collect() };
    let height;
    if phone {
        let col_w = (width - TRUNK) / 2.0;
        let mut y = 0.0;
        for t in 0..3 {
            let m = members(t);
            if m.is_empty() {
                continue;
            }
            if y > 0.0 {
                y += STACK_GAP;
            }
            headings.push((t, Rect::new(0.0, y, col_w, y + head_h)));
            y += head_h;
            if m.len() == 1 {
                nodes[m[0]] = Rect::new(0.0, y, width, y + card_h * 1.5);
                y += card_h * 1.5;
                continue;
            }
            for (k, &i) in m.iter().enumerate() {
                let x0 = if k % 2 == 0 { 0.0 } else { col_w + TRUNK };
                let top = y + (k / 2) as f64 * (card_h + GAP);
                nodes[i] = Rect::new(x0, top, x0 + col_w, top + card_h);
            }
            let rows = m.len().div_ceil(2) as f64;
            y += rows * card_h + (rows - 1.0) * GAP;
        }
        height = y;
    } else {
        let gap = (width * 0.08).clamp(40.0, 96.0);
        let col_w = (width - 2.0 * gap) / 3.0;
        let stack_h = |n: usize| -> f64 {
            match n {
                0 => 0.0,
                1 => card_h * 1.5,
                n => n as f64 * card_h + (n - 1) as f64 * GAP,
            }
        };
        let body_h = (0..3)
            .map(|t| stack_h(members(t).len()))
            .fold(0.0, f64::max);
        let top = head_h + GAP;
        for t in 0..3 {
            let m = members(t);
            if m.is_empty() {
                continue;
            }
            let x0 = t as f64 * (col_w + gap);
            headings.push((t, Rect::new(x0, 0.0, x0 + col_w, head_h)));
            let h = if m.len() == 1 { card_h * 1.5 } else { card_h };
            let mut y = top + (body_h - stack_h(m.len())) / 2.0;
            for &i in &m {
                nodes[i] = Rect::new(x0, y, x0 + col_w, y + h);
                y += h + GAP;
            }
        }
        height = top + body_h;
    }
    let links = links
        .iter()
        .filter(|(a, b)| *a < nodes.len() && *b < nodes.len())
        .map(|&(from, to)| LinkPath {
            from,
            to,
            d: if phone {
                trunk_path(&nodes, from, to, width / 2.0)
            } else {
                curve_path(&nodes, links, from, to)
            },
        })
        .collect();
    ChainLayout {
        width,
        height,
        phone,
        headings,
        nodes,
        links,
    }
}

/// Spreads the ends of a node's links along its edge so that a hub's links fan out instead of meeting in a point.
fn port(
    links: &[(usize, usize)],
    node: usize,
    link: (usize, usize),
    outgoing: bool,
    r: &Rect,
) -> f64 {
    let ends: Vec<&(usize, usize)> = links
        .iter()
        .filter(|l| if outgoing { l.0 == node } else { l.1 == node })
        .collect();
    let k = ends.iter().position(|&&l| l == link).unwrap_or(0);
    r.y0 + r.height() * (k as f64 + 1.0) / (ends.len() as f64 + 1.0)
}

fn curve_path(nodes: &[Rect], links: &[(usize, usize)], from: usize, to: usize) -> String {
    let (a, b) = (&nodes[from], &nodes[to]);
    let (x0, x1) = (a.x1, b.x0);
    let y0 = port(links, from, (from, to), true, a);
    let y1 = port(links, to, (from, to), false, b);
    let mx = (x0 + x1) / 2.0;
    format!(
        "M{} {}C{} {} {} {} {} {}",
        num(x0),
        num(y0),
        num(mx),
        num(y0),
        num(mx),
        num(y1),
        num(x1),
        num(y1)
    )
}

/// A right-angled path through the trunk at `tx`: from the side of a card into the trunk and down
/// to the hub's top edge, or from the hub's bottom edge down and out to the side of a card.
fn trunk_path(nodes: &[Rect], from: usize, to: usize, tx: f64) -> String {
    let (a, b) = (&nodes[from], &nodes[to]);
    let side = |r: &Rect| if r.cx() < tx { r.x1 } else { r.x0 };
    if a.width() < b.width() {
        // card → hub below
        format!(
            "M{} {}H{}V{}",
            num(side(a)),
            num(a.cy()),
            num(tx),
            num(b.y0)
        )
    } else {
        // hub → card below
        format!(
            "M{} {}V{}H{}",
            num(tx),
            num(a.y1),
            num(b.cy()),
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
