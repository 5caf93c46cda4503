//! The filter bar: tiers, years, forecasts, reset; language and theme. Markup from
//! `render::shell::filters` (rebuilt when the language changes); later changes of the view are
//! mirrored onto it by one effect.

use super::{use_ui, Ui};
use crate::data::schema::Tier;
use crate::i18n::{tier_index, Lang};
use crate::model::View;
use crate::render::shell::filters;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlSelectElement};

// The regions' names (`data-region`), which their bindings find them by.
const FILTERS: &str = "filters";
const TOGGLE: &str = "filter-toggle";

/// The control an event happened in: the element carrying `data-filter` or `data-tier`.
fn control(ev: &Event) -> Option<Element> {
    super::event_element(ev, ".filters [data-filter], .filters [data-tier]")
}

/// The filter bar's events (`super::listen`): the phone's toggle, the buttons and the menus.
pub fn handle(ui: Ui, kind: &str, ev: &Event) {
    match kind {
        "click" if super::event_element(ev, ".filter-toggle").is_some() => ui.filters_open.toggle(),
        "click" => click(ui.view, ev),
        "change" => change(ui.view, ev),
        _ => {}
    }
}

/// A tier, the forecasts switch, the language or reset.
fn click(view: RwSignal<View>, ev: &Event) {
    let Some(el) = control(ev) else { return };
    if let Some(t) = el
        .get_attribute("data-tier")
        .and_then(|t| t.parse::<Tier>().ok())
    {
        let i = tier_index(t);
        view.update(|v| {
            v.tiers[i] = !v.tiers[i];
            // Turning the last tier off would leave nothing: it shows all tiers again instead.
            if !v.tiers.iter().any(|&on| on) {
                v.tiers = [true; 3];
            }
        });
        return;
    }
    match el.get_attribute("data-filter").as_deref() {
        Some("forecast") => view.update(|v| v.forecast = !v.forecast),
        Some("lang") => view.update(|v| {
            v.lang = if v.lang == Lang::Zh {
                Lang::En
            } else {
                Lang::Zh
            }
        }),
        Some("reset") => view.update(|v| {
            let keep = (v.lang, v.theme, v.controls);
            *v = View::default();
            (v.lang, v.theme, v.controls) = keep;
        }),
        _ => {}
    }
}

/// A menu: the segment, the years, the theme.
fn change(view: RwSignal<View>, ev: &Event) {
    let Some(select) = control(ev).and_then(|e| e.dyn_into::<HtmlSelectElement>().ok()) else {
        return;
    };
    let value = select.value();
    if select.get_attribute("data-filter").as_deref() == Some("node") {
        // "" is "all segments"; any other value is checked like the `node` parameter.
        view.update(|v| {
            if value.is_empty() {
                v.node = None;
            } else {
                let _ = v.set("node", &value);
            }
        });
        return;
    }
    // The same checks as the URL: a value that does not parse changes nothing.
    if let Some(key @ ("from" | "to" | "theme")) = select.get_attribute("data-filter").as_deref() {
        view.update(|v| {
            if v.set(key, &value).is_ok() && v.from > v.to {
                // Moving one end past the other takes the other end along.
                (v.from, v.to) = if key == "from" {
                    (v.from, v.from)
                } else {
                    (v.to, v.to)
                };
            }
        });
    }
}

/// The view on the bar's markup (`super::mirror`): pressed buttons, the segments that can be
/// chosen, the menus' values; and on a phone, whether the bar is unfolded.
fn sync(root: &Element, ui: Ui) {
    let open = ui.filters_open.get();
    if let Some(bar) = root.parent_element() {
        // `controls=0` (or the article) hides the bar.
        let _ = bar.toggle_attribute_with_force("hidden", !ui.view.with_untracked(|v| v.controls));
        let _ = bar.class_list().toggle_with_force("open", open);
        super::set_flag(&bar, ".filter-toggle", "aria-expanded", open);
    }
    ui.view.with_untracked(|v| {
        super::set_attr(root, "aria-label", crate::i18n::strings(v.lang).filters);
        for tier in Tier::ALL {
            super::set_flag(
                root,
                &format!("[data-tier={}]", tier.as_str()),
                "aria-pressed",
                v.tiers[tier_index(*tier)],
            );
        }
        super::set_flag(root, "[data-filter=forecast]", "aria-pressed", v.forecast);
        // Segments of tiers that are filtered out cannot be chosen.
        for tier in Tier::ALL {
            if let Ok(Some(group)) =
                root.query_selector(&format!("optgroup[data-group={}]", tier.as_str()))
            {
                if v.tiers[tier_index(*tier)] {
                    let _ = group.remove_attribute("disabled");
                } else {
                    super::set_attr(&group, "disabled", "");
                }
            }
        }
        let node = v
            .node
            .map(|i| crate::data::node(i).id.to_string())
            .unwrap_or_default();
        for (sel, value) in [
            ("select[data-filter=node]", node),
            ("select[data-filter=from]", v.from.to_string()),
            ("select[data-filter=to]", v.to.to_string()),
            ("select[data-filter=theme]", v.theme.as_str().to_owned()),
        ] {
            if let Some(select) = root
                .query_selector(sel)
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<HtmlSelectElement>().ok())
            {
                select.set_value(&value);
            }
        }
    });
}

#[component]
pub fn FilterBar() -> impl IntoView {
    let lang = use_ui().view.with_untracked(|v| v.lang);
    let markup = super::markup(super::lang_key(), filters);
    let key = super::key(|v| v.panel_key() ^ (v.theme as u64) << 60 ^ u64::from(v.controls) << 59);

    let markup = super::mirror(FILTERS, markup, key, sync);

    // The state the bar is built with is that of the view; `sync` keeps it up to date. On a phone
    // the bar folds away behind a "筛选 / Filters" toggle (the stylesheet hides the
    // toggle on wider screens and shows the bar there), so the markup is the same at every width.
    view! {
        <div class="filter-box">
            <button
                type="button"
                class="filter-toggle"
                aria-expanded="false"
                aria-controls="filters"
                data-region=TOGGLE
                inner_html=super::region(TOGGLE, super::words(|v| super::say(v, |t| t.filters)))
            ></button>
            <div
                class="filters"
                id="filters"
                data-region=FILTERS
                role="group"
                aria-label=crate::i18n::strings(lang).filters
                inner_html=markup
            ></div>
        </div>
    }
}
