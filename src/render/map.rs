//! The chain map's markup for a placed layout: tiers as headed lists of node buttons, links as a
//! decorative SVG behind them. The markup carries the state it is built in (pressed, the one Tab
//! stop, filtered tiers); the component applies later changes without rebuilding it.

use super::{esc, when};
use crate::data::schema::{Kind, Tier};
use crate::data::{headline, node, primary_series, tier_nodes};
use crate::geom::chain::{ChainLayout, LinkPath, Slot, GAP_VIEW_W, TRUNK};
use crate::geom::{num, sparkline};
use crate::i18n::format::value;
use crate::i18n::{strings, tier_index, Lang};
use std::fmt::Write;

const SPARK: (f64, f64) = (56.0, 22.0);

/// A link SVG: stretched to its box (`preserveAspectRatio="none"`), strokes kept at their width.
fn links_svg(class: &str, view_w: f64, view_h: f64, paths: &[&LinkPath]) -> String {
    let mut s = format!(
        "<svg class=\"links {class}\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 {} {}\" preserveAspectRatio=\"none\">",
        num(view_w),
        num(view_h)
    );
    for l in paths {
        let _ = write!(
            s,
            "<path d=\"{}\" vector-effect=\"non-scaling-stroke\" data-from=\"{}\" data-to=\"{}\"/>",
            l.d,
            esc(node(l.from).id),
            esc(node(l.to).id)
        );
    }
    s.push_str("</svg>");
    s
}

/// What the map's buttons show of the reader's state.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapState {
    pub selected: Option<usize>,
    /// The node that is the map's one Tab stop.
    pub focus: usize,
    pub tiers: [bool; 3],
}

impl Default for MapState {
    fn default() -> Self {
        MapState {
            selected: None,
            focus: 0,
            tiers: [true; 3],
        }
    }
}

/// One node's button: name, headline figure (or that the source gives none), sparkline.
pub fn card(i: usize, lang: Lang, state: &MapState) -> String {
    let n = node(i);
    let figure = match headline(n.id) {
        Some(f) => format!(
            "<span class=\"figure\"><span class=\"when\">{}</span> {}</span>",
            esc(&when(f, lang)),
            esc(&value(f.value, f.unit, f.qualifier, lang))
        ),
        None => format!(
            "<span class=\"figure none\">{}</span>",
            esc(strings(lang).no_figures)
        ),
    };
    let spark = primary_series(n.id)
        .map(|s| {
            let pts: Vec<(f64, f64, bool)> = s
                .points
                .iter()
                .map(|f| (f64::from(f.year.unwrap_or(0)), f.value.to_f64(), f.kind != Kind::Actual))
                .collect();
            let (actual, projected) = sparkline(&pts, SPARK.0, SPARK.1);
            format!(
                "<svg class=\"spark\" aria-hidden=\"true\" focusable=\"false\" width=\"{w}\" height=\"{h}\">\
                 <path class=\"actual\" d=\"{actual}\"/><path class=\"projected\" d=\"{projected}\"/></svg>",
                w = num(SPARK.0),
                h = num(SPARK.1)
            )
        })
        .unwrap_or_default();
    format!(
        "<button type=\"button\" class=\"node{filtered}\" data-node=\"{id}\" data-tier=\"{tier}\" aria-pressed=\"{pressed}\" tabindex=\"{tab}\">\
         <span class=\"name\">{name}</span>{figure}{spark}</button>",
        id = esc(n.id),
        tier = n.tier.as_str(),
        tab = if i == state.focus { "0" } else { "-1" },
        pressed = state.selected == Some(i),
        filtered = if state.tiers[tier_index(n.tier)] { "" } else { " filtered" },
        name = esc(lang.node(n)),
    )
}

/// The custom properties that size the map's box: its height in the wide and the phone layout.
pub fn map_style(layout: &ChainLayout) -> String {
    format!(
        "--wh:{};--ph:{}",
        num(layout.wide_height),
        num(layout.phone_height)
    )
}

/// The map's content. Places are custom properties (`--y`/`--h` wide, `--py`/`--ph` phone, in px
/// at a 16 px root) and a slot class; the stylesheet turns them into positions for either layout.
pub fn map(layout: &ChainLayout, lang: Lang, state: &MapState) -> String {
    let t = strings(lang);
    let mut s = String::new();
    for gap in 0..2 {
        let paths: Vec<&LinkPath> = layout.wide_links.iter().filter(|l| l.gap == gap).collect();
        if !paths.is_empty() {
            s.push_str(&links_svg(
                if gap == 0 { "gap0" } else { "gap1" },
                GAP_VIEW_W,
                layout.wide_height,
                &paths,
            ));
        }
    }
    if !layout.phone_links.is_empty() {
        let paths: Vec<&LinkPath> = layout.phone_links.iter().collect();
        s.push_str(&links_svg("trunk", TRUNK, layout.phone_height, &paths));
    }
    for tier in Tier::ALL {
        let ti = tier_index(*tier);
        let Some((_, top)) = layout.headings.iter().find(|(h, _)| *h == ti) else {
            continue;
        };
        let _ = write!(
            s,
            "<section class=\"tier\" data-tier=\"{id}\" aria-labelledby=\"tier-{id}\" style=\"--c:{ti}\">\
             <h3 id=\"tier-{id}\" class=\"tier-head\" style=\"--py:{top}\">{name}<span>{part}</span></h3><ul>",
            id = tier.as_str(),
            top = num(*top),
            name = esc(t.tier_names[ti]),
            part = esc(t.tier_parts[ti]),
        );
        for (i, _) in tier_nodes(*tier) {
            if let Some(p) = layout.nodes.get(i) {
                let _ = write!(
                    s,
                    "<li class=\"{}\" style=\"--y:{};--h:{};--py:{};--ph:{}\">{}</li>",
                    match p.slot {
                        Slot::Left => "l",
                        Slot::Right => "r",
                        Slot::Full => "f",
                    },
                    num(p.wide.top),
                    num(p.wide.height),
                    num(p.phone.top),
                    num(p.phone.height),
                    card(i, lang, state)
                );
            }
        }
        s.push_str("</ul></section>");
    }
    s
}
