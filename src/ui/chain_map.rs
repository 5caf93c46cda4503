//! The industry-chain map. Markup comes from `render::map` (rebuilt only when the language
//! changes); the reader's state is applied to it by one effect, and events are handled
//! by delegation on the container.

use super::{focus_node, use_lang, use_view};
use crate::data::{node, node_index, DATASET};
use crate::geom::chain::{layout, neighbour, Dir};
use crate::i18n::tier_index;
use crate::model::View;
use crate::render::map::{map, map_style, MapState};
use crate::render::panel::announcement;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// The node button an event happened in, as an index into the dataset.
fn node_of(ev: &web_sys::Event) -> Option<usize> {
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

#[component]
pub fn ChainMap() -> impl IntoView {
    let view = use_view();
    let lang = use_lang();
    let tiers: Vec<usize> = DATASET.nodes.iter().map(|n| tier_index(n.tier)).collect();
    let links: Vec<(usize, usize)> = DATASET
        .links
        .iter()
        .filter_map(|l| Some((node_index(&l.from)?, node_index(&l.to)?)))
        .collect();

    let root = NodeRef::<leptos::html::Div>::new();
    // The layout does not depend on the width: CSS places it (see `geom::chain`).
    let placed = layout(&tiers, &links);
    let style = map_style(&placed);
    let hover = RwSignal::new(None::<usize>);
    let focus = RwSignal::new(view.with_untracked(|v| v.node).unwrap_or(0));
    // Rebuilt on layout or language only; it carries the state of the moment it is built.
    let markup = Memo::new(move |previous: Option<&String>| {
        let state = view.with_untracked(|v| MapState {
            selected: v.node,
            focus: focus.get_untracked(),
            tiers: v.tiers,
        });
        let lang = lang.get();
        super::first_or(previous.is_none(), || map(&placed, lang, &state))
    });

    // The node pointed at (hover or focus) lights up with its links and neighbours; the rest dims.
    let state = Memo::new(move |_| view.with(View::panel_key));
    Effect::new(move |_| {
        // Re-apply whenever the markup is rebuilt (language), as well as on state changes.
        markup.with(|_| ());
        state.get();
        let (selected, shown) = view.with_untracked(|v| (v.node, v.tiers));
        let (h, f) = (hover.get(), focus.get());
        let Some(root) = root.get() else { return };
        let linked = |a: usize, b: usize| {
            links
                .iter()
                .any(|&(x, y)| (x, y) == (a, b) || (x, y) == (b, a))
        };
        for el in elements(&root, "button[data-node]") {
            let Some(i) = el.get_attribute("data-node").and_then(|id| node_index(&id)) else {
                continue;
            };
            let _ = el.set_attribute(
                "aria-pressed",
                if selected == Some(i) { "true" } else { "false" },
            );
            let _ = el.set_attribute("tabindex", if f == i { "0" } else { "-1" });
            let classes = el.class_list();
            let lit = h.map(|h| h == i || linked(h, i));
            let _ = classes.toggle_with_force("lit", lit == Some(true));
            let _ = classes.toggle_with_force("dim", lit == Some(false));
            let _ = classes.toggle_with_force("filtered", !shown[tier_index(node(i).tier)]);
        }
        for el in elements(&root, ".links path") {
            let end = |a: &str| el.get_attribute(a).and_then(|id| node_index(&id));
            let touches = h.map(|h| end("data-from") == Some(h) || end("data-to") == Some(h));
            let classes = el.class_list();
            let _ = classes.toggle_with_force("lit", touches == Some(true));
            let _ = classes.toggle_with_force("dim", touches == Some(false));
        }
    });

    let on_key = move |ev: web_sys::KeyboardEvent| {
        let Some(i) = node_of(&ev) else { return };
        let dir = match ev.key().as_str() {
            "ArrowUp" => Dir::Up,
            "ArrowDown" => Dir::Down,
            "ArrowLeft" => Dir::Left,
            "ArrowRight" => Dir::Right,
            "Escape" => {
                view.update(|v| v.node = None);
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        let j = neighbour(&tiers, i, dir);
        focus.set(j);
        focus_node(&node(j).id);
    };

    let announce = move || {
        view.with(|v| v.node)
            .map(|i| announcement(node(i), lang.get()))
            .unwrap_or_default()
    };

    view! {
        <section class="chain" aria-labelledby="chain-heading">
            <h2 id="chain-heading" inner_html=super::words(|t| t.chain_heading)></h2>
            <p class="hint" inner_html=super::words(|t| t.map_hint)></p>
            <div
                class="chain-map"
                class:pointing=move || hover.get().is_some()
                node_ref=root
                style=style
                inner_html=markup
                on:click=move |ev| {
                    if let Some(i) = node_of(&ev) {
                        focus.set(i);
                        view.update(|v| v.node = if v.node == Some(i) { None } else { Some(i) });
                    }
                }
                on:keydown=on_key
                on:mouseover=move |ev| hover.set(node_of(&ev))
                on:mouseleave=move |_| hover.set(None)
                on:focusin=move |ev| {
                    if let Some(i) = node_of(&ev) {
                        focus.set(i);
                        hover.set(Some(i));
                    }
                }
                on:focusout=move |_| hover.set(None)
            ></div>
            <p class="sr-only" aria-live="polite">{announce}</p>
        </section>
    }
}
