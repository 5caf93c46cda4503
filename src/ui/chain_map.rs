//! The industry-chain map. Markup comes from `render::map` (rebuilt only when the language
//! changes); the reader's state is applied to it by one effect, and events are handled
//! by delegation on the container.

use super::{focus_node, mirror, region, say, Region, Ui};
use crate::data::{node, node_index, LINK_PAIRS, MAP_LAYOUT, NODE_TIERS};
use crate::geom::chain::{neighbour, Dir};
use crate::i18n::tier_index;
use crate::model::View;
use crate::render::html::Text;
use crate::render::map::{map, MapState};
use crate::render::panel::{announcement, panel};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent};

// The regions (`data-region`), which their bindings find them by. The map is built with the
// language and carries the view's state as it is then, which `highlight` keeps up to date. The
// details are placed again whenever they are rebuilt or the language changes.
const MAP: Region = Region::new(
    "map",
    |v| v.lang as u64 | u64::from(v.still) << 8,
    map_markup,
)
.following(View::panel_key);
const HEADING: Region = Region::words("chain-heading", |v| say(v, |t| t.chain_heading));
const HINT: Region = Region::words("map-hint", |v| say(v, |t| t.map_hint));
const EXPORTS: Region = Region::words("map-exports", |v| {
    crate::render::map::exports(v.lang).into()
});
const DETAILS: Region =
    Region::new("details", View::panel_key, |v| panel(v).into()).following(|v| v.lang as u64);
const SPOKEN: Region = Region::new(
    "selection-spoken",
    |v| v.node.map_or(0, |i| i as u64 + 1) | (v.lang as u64) << 8,
    spoken,
);
pub(super) const REGIONS: &[Region] = &[MAP, HEADING, HINT, EXPORTS, DETAILS, SPOKEN];

/// The node button an event happened in, as an index into the dataset.
fn node_of(ev: &Event) -> Option<usize> {
    let button = super::event_element(ev, "button[data-node]")?;
    node_index(&button.get_attribute("data-node")?)
}

fn elements(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

/// The map's events (`super::listen`): a click selects a node or lets it go; arrow keys walk the
/// map, Escape lets the selection go; pointer and focus light a node up with its links.
pub fn handle(ui: Ui, kind: &str, ev: &Event) {
    if super::event_element(ev, ".chain-map").is_none() {
        return;
    }
    let at = node_of(ev);
    match (kind, at) {
        ("click", Some(i)) => {
            ui.focus.set(i);
            let open = ui.view.with_untracked(|v| v.node) != Some(i);
            // A click from Enter or Space has no pointer, and so a `detail` of 0. Every click the
            // browser dispatches is a UIEvent; on a script's plain Event `detail` reads as 0.
            let keyboard = ev.unchecked_ref::<web_sys::UiEvent>().detail() == 0;
            ui.to_details.set(open && keyboard);
            if open {
                ui.opened_at.set(super::node_panel::top_for(node(i).id));
            }
            ui.view.update(|v| v.node = open.then_some(i));
        }
        ("keydown", Some(i)) => {
            let Some(ev) = ev.dyn_ref::<KeyboardEvent>() else {
                return;
            };
            let dir = match ev.key().as_str() {
                "ArrowUp" => Dir::Up,
                "ArrowDown" => Dir::Down,
                "ArrowLeft" => Dir::Left,
                "ArrowRight" => Dir::Right,
                "Escape" => {
                    ui.view.update(|v| v.node = None);
                    return;
                }
                _ => return,
            };
            ev.prevent_default();
            let j = neighbour(NODE_TIERS, i, dir);
            ui.focus.set(j);
            focus_node(node(j).id);
        }
        ("mouseover", _) => ui.hover.set(at),
        // Seen in the capture phase for every element the pointer leaves: only the map's own counts.
        ("mouseleave", _) => {
            let left = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
            if left.is_some_and(|e| e.class_list().contains("chain-map")) {
                ui.hover.set(None);
            }
        }
        ("focusin", Some(i)) => {
            ui.focus.set(i);
            ui.hover.set(Some(i));
        }
        ("focusout", _) => ui.hover.set(None),
        _ => {}
    }
}

/// The map's state on its markup (`super::mirror`): the selected node pressed, the one tab stop,
/// filtered tiers drawn back, and the node pointed at (hover or focus) lit up with its links and
/// neighbours while the rest dims.
fn highlight(root: &Element, ui: Ui) {
    let (selected, shown) = ui.view.with_untracked(|v| (v.node, v.tiers));
    let (h, f) = (ui.hover.get(), ui.focus.get());
    let _ = root.class_list().toggle_with_force("pointing", h.is_some());
    let linked = |a: usize, b: usize| {
        LINK_PAIRS
            .iter()
            .any(|&(x, y)| (x, y) == (a, b) || (x, y) == (b, a))
    };
    for el in elements(root, "button[data-node]") {
        let Some(i) = el.get_attribute("data-node").and_then(|id| node_index(&id)) else {
            continue;
        };
        super::set_attr(
            &el,
            "aria-pressed",
            if selected == Some(i) { "true" } else { "false" },
        );
        super::set_attr(&el, "tabindex", if f == i { "0" } else { "-1" });
        let classes = el.class_list();
        let lit = h.map(|h| h == i || linked(h, i));
        let _ = classes.toggle_with_force("lit", lit == Some(true));
        let _ = classes.toggle_with_force("dim", lit == Some(false));
        let _ = classes.toggle_with_force("filtered", !shown[tier_index(node(i).tier)]);
    }
    for el in elements(root, ".links path") {
        let end = |a: &str| el.get_attribute(a).and_then(|id| node_index(&id));
        let touches = h.map(|h| end("data-from") == Some(h) || end("data-to") == Some(h));
        let classes = el.class_list();
        let _ = classes.toggle_with_force("lit", touches == Some(true));
        let _ = classes.toggle_with_force("dim", touches == Some(false));
    }
}

/// The map's markup in the view's language, with the view's state.
fn map_markup(v: &View) -> String {
    let state = MapState {
        selected: v.node,
        focus: super::tab_stop(v),
        tiers: v.tiers,
    };
    map(&MAP_LAYOUT, v.lang, &state).into()
}

/// What the live region says: the selected node and its headline figure.
fn spoken(v: &View) -> String {
    v.node
        .map(|i| crate::html![Text(&announcement(node(i), v.lang))].into())
        .unwrap_or_default()
}

#[component]
pub fn ChainMap() -> impl IntoView {
    let markup = mirror(MAP, highlight);

    view! {
        <section class="chain" aria-labelledby="chain-heading">
            <h2 id="chain-heading" data-region=HEADING.name inner_html=region(HEADING)></h2>
            <p class="hint" data-region=HINT.name inner_html=region(HINT)></p>
            <div
                class="chain-map"
                data-region=MAP.name
                inner_html=markup
            ></div>
            <p class="exports map-exports" data-region=EXPORTS.name inner_html=region(EXPORTS)></p>
            <div class="details" data-region=DETAILS.name inner_html=mirror(DETAILS, super::node_panel::place)></div>
            <p
                class="sr-only"
                aria-live="polite"
                data-region=SPOKEN.name
                inner_html=region(SPOKEN)
            ></p>
        </section>
    }
}
