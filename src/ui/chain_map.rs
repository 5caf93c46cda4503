//! The industry-chain map: tiers as headed lists of node buttons, links drawn behind them in SVG.

use super::node_card::NodeCard;
use super::{focus_node, use_lang, use_view};
use crate::data::schema::Tier;
use crate::data::{node, node_index, tier_nodes, DATASET};
use crate::geom::chain::{layout, neighbour, Dir};
use crate::geom::num;
use crate::i18n::{strings, tier_index};
use leptos::prelude::*;

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
    let width = RwSignal::new(960.0);
    let measure = move || {
        if let Some(el) = root.get_untracked() {
            let w = f64::from(el.client_width());
            if w > 0.0 && w != width.get_untracked() {
                width.set(w);
            }
        }
    };
    Effect::new(move |_| {
        if root.get().is_some() {
            measure();
        }
    });
    let _ = window_event_listener(leptos::ev::resize, move |_| measure());

    let placed = {
        let (tiers, links) = (tiers.clone(), links.clone());
        Memo::new(move |_| layout(&tiers, &links, width.get()))
    };

    // The node pointed at (hover or focus) lights up with its links and neighbours.
    let hover = RwSignal::new(None::<usize>);
    let focus = RwSignal::new(view.with_untracked(|v| v.node).unwrap_or(0));
    let lit = {
        let links = links.clone();
        let n = tiers.len();
        Memo::new(move |_| {
            hover.get().map(|h| {
                (0..n)
                    .map(|i| {
                        i == h
                            || links
                                .iter()
                                .any(|&(a, b)| (a, b) == (h, i) || (a, b) == (i, h))
                    })
                    .collect::<Vec<bool>>()
            })
        })
    };

    let on_key = {
        let tiers = tiers.clone();
        move |i: usize, key: &str| -> bool {
            let dir = match key {
                "ArrowUp" => Dir::Up,
                "ArrowDown" => Dir::Down,
                "ArrowLeft" => Dir::Left,
                "ArrowRight" => Dir::Right,
                "Escape" => {
                    view.update(|v| v.node = None);
                    return true;
                }
                _ => return false,
            };
            let j = neighbour(&tiers, i, dir);
            focus.set(j);
            focus_node(&node(j).id);
            true
        }
    };

    let link_paths = move || {
        placed.with(|p| {
            p.links
                .iter()
                .map(|l| {
                    let (from, to) = (l.from, l.to);
                    let lit = move || hover.get().is_some_and(|h| h == from || h == to);
                    let dim = move || hover.get().is_some_and(|h| h != from && h != to);
                    view! {
                        <path
                            d=l.d.clone()
                            data-from=node(from).id.to_string()
                            data-to=node(to).id.to_string()
                            class:lit=lit
                            class:dim=dim
                        />
                    }
                })
                .collect_view()
        })
    };

    let tier_sections = Tier::ALL
        .iter()
        .copied()
        .map(|tier| {
            let t = tier_index(tier);
            let heading_style = move || {
                placed.with(|p| {
                    p.headings
                        .iter()
                        .find(|(ht, _)| *ht == t)
                        .map(|(_, r)| format!("left:{}px;top:{}px;width:{}px", num(r.x0), num(r.y0), num(r.width())))
                        .unwrap_or_default()
                })
            };
            let cards = tier_nodes(tier)
                .map(|(i, _)| {
                    let on_key = on_key.clone();
                    let style = move || {
                        placed.with(|p| {
                            let r = p.nodes[i];
                            format!(
                                "left:{}px;top:{}px;width:{}px;height:{}px",
                                num(r.x0),
                                num(r.y0),
                                num(r.width()),
                                num(r.height())
                            )
                        })
                    };
                    view! {
                        <li style=style>
                            <NodeCard i hover focus lit on_key=Callback::new(move |(i, k): (usize, String)| on_key(i, &k))/>
                        </li>
                    }
                })
                .collect_view();
            let faded = move || !view.with(|v| v.tiers[t]);
            view! {
                <section class="tier" class:faded=faded aria-labelledby=format!("tier-{}", tier.as_str())>
                    <h3 id=format!("tier-{}", tier.as_str()) class="tier-head" style=heading_style>
                        {move || strings(lang.get()).tier_names[t]}
                        <span>{move || strings(lang.get()).tier_parts[t]}</span>
                    </h3>
                    <ul>{cards}</ul>
                </section>
            }
        })
        .collect_view();

    let announce = move || {
        let s = strings(lang.get());
        match view.with(|v| v.node) {
            Some(i) => format!("{}: {}", s.selected, lang.get().node(node(i))),
            None => String::new(),
        }
    };

    view! {
        <section class="chain" aria-labelledby="chain-heading">
            <h2 id="chain-heading">{move || strings(lang.get()).chain_heading}</h2>
            <p class="hint">{move || strings(lang.get()).map_hint}</p>
            <div
                class="chain-map"
                class:phone=move || placed.with(|p| p.phone)
                class:pointing=move || hover.get().is_some()
                node_ref=root
                style=move || format!("height:{}px", num(placed.with(|p| p.height)))
            >
                <svg
                    class="links"
                    aria-hidden="true"
                    focusable="false"
                    width=move || num(placed.with(|p| p.width))
                    height=move || num(placed.with(|p| p.height))
                >
                    {link_paths}
                </svg>
                {tier_sections}
            </div>
            <p class="sr-only" aria-live="polite">{announce}</p>
        </section>
    }
}
