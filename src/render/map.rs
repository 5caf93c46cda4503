//! The chain map's markup for a placed layout: tiers as headed lists of node buttons, links as a
//! decorative SVG behind them. The markup carries the state it is built in (pressed, the one Tab
//! stop, filtered tiers); the component applies later changes without rebuilding it.

use super::html::{Html, Ident, Text};
use super::when;
use crate::data::schema::{Kind, Tier};
use crate::data::{headline, node, primary_series, tier_nodes};
use crate::geom::chain::{ChainLayout, Drawn, Link, Slot, GAP_VIEW_W, TRUNK};
use crate::geom::{num, sparkline};
use crate::html;
use crate::i18n::format::value;
use crate::i18n::{strings, tier_index, Lang};

const SPARK: (f64, f64) = (56.0, 22.0);

/// A link SVG: stretched to its box (`preserveAspectRatio="none"`), strokes kept at their width;
/// `path` gives a link's path in it, or none where it does not draw that link.
fn links_svg<'a>(
    class: &'static str,
    view_w: f64,
    view_h: f64,
    links: &'a [Link<'a>],
    path: impl Fn(&'a Link<'a>) -> Option<&'a str>,
) -> Html {
    let mut s = html![
        "<svg class=\"links ",
        Ident(class),
        "\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 ",
        num(view_w),
        " ",
        num(view_h),
        "\" preserveAspectRatio=\"none\">"
    ];
    for (l, d) in links.iter().filter_map(|l| Some((l, path(l)?))) {
        s.push(&html![
            "<path d=\"",
            Text(d),
            "\" vector-effect=\"non-scaling-stroke\" data-from=\"",
            Text(node(l.from).id),
            "\" data-to=\"",
            Text(node(l.to).id),
            "\"/>"
        ]);
    }
    s.push(&html!["</svg>"]);
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
pub fn card(i: usize, lang: Lang, state: &MapState) -> Html {
    let n = node(i);
    let figure = match headline(n.id) {
        Some(f) => html![
            "<span class=\"figure\"><span class=\"when\">",
            Text(&when(f, lang)),
            "</span> ",
            Text(&value(f.value, f.unit, f.qualifier, lang)),
            "</span>"
        ],
        None => html![
            "<span class=\"figure none\">",
            Text(strings(lang).no_figures),
            "</span>"
        ],
    };
    let spark = primary_series(n.id).map(|s| {
        let pts: Vec<(f64, f64, bool)> = s
            .points
            .iter()
            .map(|f| {
                (
                    f64::from(f.year.unwrap_or(0)),
                    f.value.to_f64(),
                    f.kind != Kind::Actual,
                )
            })
            .collect();
        let (actual, projected) = sparkline(&pts, SPARK.0, SPARK.1);
        html![
            "<svg class=\"spark\" aria-hidden=\"true\" focusable=\"false\" width=\"",
            num(SPARK.0),
            "\" height=\"",
            num(SPARK.1),
            "\"><path class=\"actual\" d=\"",
            Text(&actual),
            "\"/><path class=\"projected\" d=\"",
            Text(&projected),
            "\"/></svg>"
        ]
    });
    let filtered = (!state.tiers[tier_index(n.tier)]).then(|| html![" filtered"]);
    html![
        "<button type=\"button\" class=\"node",
        filtered,
        "\" data-node=\"",
        Text(n.id),
        "\" data-tier=\"",
        Ident(n.tier.as_str()),
        "\" aria-pressed=\"",
        state.selected == Some(i),
        "\" tabindex=\"",
        Ident(if i == state.focus { "0" } else { "-1" }),
        "\"><span class=\"name\">",
        Text(lang.node(n)),
        "</span>",
        figure,
        spark,
        "</button>"
    ]
}

/// The map's places as a stylesheet, so that the markup carries no `style` attribute (a page
/// served with `style-src 'self'` applies none): the box's height in the wide and the phone layout
/// on `.chain-map`, each tier heading's phone place on its id, and each card's place on its
/// `at-<node id>` class (`--y`/`--h` wide, `--py`/`--ph` phone, in px at a 16 px root). The layout
/// is the dataset's, the same for every view; the build appends this to the page's stylesheet.
pub fn map_css(layout: &ChainLayout) -> String {
    use std::fmt::Write;
    let mut css = format!(
        ".chain-map{{--wh:{};--ph:{}}}",
        num(layout.wide_height),
        num(layout.phone_height)
    );
    for (ti, top) in &layout.headings {
        let _ = write!(
            css,
            "#tier-{}{{--py:{}}}",
            Tier::ALL[*ti].as_str(),
            num(*top)
        );
    }
    for (i, p) in layout.nodes.iter().enumerate() {
        let _ = write!(
            css,
            ".at-{}{{--y:{};--h:{};--py:{};--ph:{}}}",
            node(i).id,
            num(p.wide.top),
            num(p.wide.height),
            num(p.phone.top),
            num(p.phone.height)
        );
    }
    css
}

/// The links to the map as an image in one language (`export::map_file`, photographed by
/// `tools/og.mjs`): SVG, PNG and a social card, a set per theme, the stylesheet showing the page's
/// own. Written out at compile time: the labels are the interface's ("下载" / "Download").
macro_rules! map_links {
    ($lang:literal, $heading:literal, $download:literal, $card:literal) => {
        concat!(
            $heading,
            map_links!(@theme $lang, "light", $download, $card),
            map_links!(@theme $lang, "dark", $download, $card)
        )
    };
    (@theme $lang:literal, $theme:literal, $download:literal, $card:literal) => {
        concat!(
            "<a class=\"chip t-", $theme, "\" data-export=\"map-svg\" href=\"ai-server-chain-map-",
            $lang, "-", $theme, ".svg\" download>", $download, " SVG</a>",
            "<a class=\"chip t-", $theme, "\" data-export=\"map-png\" href=\"ai-server-chain-map-",
            $lang, "-", $theme, ".png\" download>", $download, " PNG</a>",
            "<a class=\"chip t-", $theme, "\" data-export=\"map-card\" href=\"ai-server-chain-map-card-",
            $lang, "-", $theme, ".png\" download>", $card, "</a>"
        )
    };
}

pub fn exports(lang: Lang) -> Html {
    // Trusted: string literals joined at compile time, nothing read at run time.
    Html::trusted(
        match lang {
            Lang::Zh => map_links!("zh", "产业链:", "下载", "社交卡片"),
            Lang::En => map_links!("en", "The chain: ", "Download", "Social card"),
        }
        .to_owned(),
    )
}

/// The map's content. Each card's list item has a slot class and its place's class (`map_css`); the
/// stylesheet turns them into positions for either layout.
pub fn map(layout: &Drawn, lang: Lang, state: &MapState) -> Html {
    let t = strings(lang);
    let mut s = Html::default();
    for (gap, class) in [(0, "gap0"), (1, "gap1")] {
        if layout.links.iter().any(|l| l.gap == gap) {
            s.push(&links_svg(
                class,
                GAP_VIEW_W,
                layout.wide_height,
                layout.links,
                |l| (l.gap == gap).then_some(l.wide),
            ));
        }
    }
    if !layout.links.is_empty() {
        s.push(&links_svg(
            "trunk",
            TRUNK,
            layout.phone_height,
            layout.links,
            |l| Some(l.phone),
        ));
    }
    for tier in Tier::ALL {
        let ti = tier_index(*tier);
        if tier_nodes(*tier).next().is_none() {
            continue;
        }
        let id = Ident(tier.as_str());
        s.push(&html![
            "<section class=\"tier\" data-tier=\"",
            id,
            "\" aria-labelledby=\"tier-",
            id,
            "\"><h3 id=\"tier-",
            id,
            "\" class=\"tier-head\">",
            Text(t.tier_names[ti]),
            "<span>",
            Text(t.tier_parts[ti]),
            "</span></h3><ul>"
        ]);
        for (i, _) in tier_nodes(*tier) {
            if let Some(p) = layout.slots.get(i) {
                let slot = Ident(match p {
                    Slot::Left => "l",
                    Slot::Right => "r",
                    Slot::Full => "f",
                });
                s.push(&html![
                    "<li class=\"",
                    slot,
                    " at-",
                    Text(node(i).id),
                    "\">",
                    card(i, lang, state),
                    "</li>"
                ]);
            }
        }
        s.push(&html!["</ul></section>"]);
    }
    s
}
