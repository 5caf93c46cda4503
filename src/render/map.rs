//! The chain map's markup for a placed layout: tiers as headed lists of node buttons, links as a
//! decorative SVG behind them. The markup carries the state it is built in (pressed, the one Tab
//! stop, filtered tiers); the component applies later changes without rebuilding it.

use super::{esc, when};
use crate::data::schema::{Kind, Tier};
use crate::data::{headline, node, primary_series, tier_nodes};
use crate::geom::chain::ChainLayout;
use crate::geom::{num, sparkline, Rect};
use crate::i18n::format::value;
use crate::i18n::{strings, tier_index, Lang};
use std::fmt::Write;

const SPARK: (f64, f64) = (56.0, 22.0);

fn place(r: &Rect, with_height: bool) -> String {
    let mut s = format!(
        "left:{}px;top:{}px;width:{}px",
        num(r.x0),
        num(r.y0),
        num(r.width())
    );
    if with_height {
        let _ = write!(s, ";height:{}px", num(r.height()));
    }
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
    let figure = match headline(&n.id) {
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
    let spark = primary_series(&n.id)
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
        id = esc(&n.id),
        tier = n.tier.as_str(),
        tab = if i == state.focus { "0" } else { "-1" },
        pressed = state.selected == Some(i),
        filtered = if state.tiers[tier_index(n.tier)] { "" } else { " filtered" },
        name = esc(lang.node(n)),
    )
}

pub fn map(layout: &ChainLayout, lang: Lang, state: &MapState) -> String {
    let t = strings(lang);
    let mut s = format!(
        "<svg class=\"links\" aria-hidden=\"true\" focusable=\"false\" width=\"{}\" height=\"{}\">",
        num(layout.width),
        num(layout.height)
    );
    for l in &layout.links {
        let _ = write!(
            s,
            "<path d=\"{}\" data-from=\"{}\" data-to=\"{}\"/>",
            l.d,
            esc(&node(l.from).id),
            esc(&node(l.to).id)
        );
    }
    s.push_str("</svg>");
    for tier in Tier::ALL {
        let ti = tier_index(*tier);
        let Some((_, head)) = layout.headings.iter().find(|(h, _)| *h == ti) else {
            continue;
        };
        let _ = write!(
            s,
            "<section class=\"tier\" data-tier=\"{id}\" aria-labelledby=\"tier-{id}\">\
             <h3 id=\"tier-{id}\" class=\"tier-head\" style=\"{style}\">{name}<span>{part}</span></h3><ul>",
            id = tier.as_str(),
            style = place(head, false),
            name = esc(t.tier_names[ti]),
            part = esc(t.tier_parts[ti]),
        );
        for (i, _) in tier_nodes(*tier) {
            if let Some(r) = layout.nodes.get(i) {
                let _ = write!(
                    s,
                    "<li style=\"{}\">{}</li>",
                    place(r, true),
                    card(i, lang, state)
                );
            }
        }
        s.push_str("</ul></section>");
    }
    s
}
