//! One node of the map: a button with the node's name, its headline figure and a sparkline.

use super::use_view;
use crate::data::{headline, node, primary_series};
use crate::geom::sparkline;
use crate::i18n::format::value;
use crate::i18n::strings;
use crate::render::when;
use leptos::prelude::*;

const SPARK_W: f64 = 56.0;
const SPARK_H: f64 = 22.0;
/// The same sizes as attribute text, so that no float is formatted at run time.
const SPARK_SIZE: (&str, &str) = ("56", "22");

#[component]
pub fn NodeCard(
    i: usize,
    hover: RwSignal<Option<usize>>,
    focus: RwSignal<usize>,
    lit: Memo<Option<Vec<bool>>>,
    /// Handles a key on this node; returns whether it was used (then the browser's default is prevented).
    on_key: Callback<(usize, String), bool>,
) -> impl IntoView {
    let view = use_view();
    let lang = super::use_lang();
    let n = node(i);
    let id = n.id.to_string();
    let figure = move || {
        let l = lang.get();
        match headline(&n.id) {
            Some(f) => {
                let when = when(f, l);
                view! {
                    <span class="figure">
                        <span class="when">{when}</span>
                        " "
                        {value(f.value, f.unit, f.qualifier, l)}
                    </span>
                }
                .into_any()
            }
            None => view! { <span class="figure none">{strings(l).no_figures}</span> }.into_any(),
        }
    };
    let spark = primary_series(&n.id).map(|s| {
        let pts: Vec<(f64, f64, bool)> = s
            .points
            .iter()
            .map(|f| {
                (
                    f64::from(f.year.unwrap_or(0)),
                    f.value.to_f64(),
                    f.kind != crate::data::schema::Kind::Actual,
                )
            })
            .collect();
        let (actual, projected) = sparkline(&pts, SPARK_W, SPARK_H);
        view! {
            <svg class="spark" aria-hidden="true" focusable="false" width=SPARK_SIZE.0 height=SPARK_SIZE.1>
                <path class="actual" d=actual/>
                <path class="projected" d=projected/>
            </svg>
        }
    });
    let selected = move || view.with(|v| v.node == Some(i));
    view! {
        <button
            type="button"
            class="node"
            data-node=id
            data-tier=n.tier.as_str()
            aria-pressed=move || if selected() { "true" } else { "false" }
            tabindex=move || if focus.get() == i { "0" } else { "-1" }
            class:lit=move || lit.with(|l| l.as_ref().is_some_and(|l| l[i]))
            class:dim=move || lit.with(|l| l.as_ref().is_some_and(|l| !l[i]))
            class:filtered=move || !view.with(|v| v.shows_tier(n.tier))
            on:click=move |_| {
                focus.set(i);
                view.update(|v| v.node = if v.node == Some(i) { None } else { Some(i) });
            }
            on:mouseenter=move |_| hover.set(Some(i))
            on:mouseleave=move |_| hover.set(None)
            on:focus=move |_| {
                focus.set(i);
                hover.set(Some(i));
            }
            on:blur=move |_| hover.set(None)
            on:keydown=move |ev| {
                if on_key.run((i, ev.key())) {
                    ev.prevent_default();
                }
            }
        >
            <span class="name">{move || lang.get().node(n).to_owned()}</span>
            {figure}
            {spark}
        </button>
    }
}
