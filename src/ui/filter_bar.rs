//! The filter bar: tiers, years, forecasts, reset; language and theme. Markup from
//! `render::shell::filters` (rebuilt when the language changes); later changes of the view are
//! mirrored onto it by one effect.

use super::{mirror, region, say, use_ui, Region, Ui};
use crate::data::schema::Tier;
use crate::i18n::tier_index;
use crate::model::{Action, Menu};
use crate::render::shell::filters;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlSelectElement};

// The regions (`data-region`), which their bindings find them by. The bar is built with the
// language (and without tiers for one chart); `sync` mirrors the rest of the view onto it.
const FILTERS: Region = Region::new(
    "filters",
    |v| v.lang as u64 | u64::from(v.part.chart()) << 8,
    |v| filters(v).into(),
)
.following(|v| v.panel_key() ^ (v.theme as u64) << 60 ^ u64::from(v.controls) << 59);
const TOGGLE: Region = Region::words("filter-toggle", |v| say(v, |t| t.filters));
pub(super) const REGIONS: &[Region] = &[FILTERS, TOGGLE];

/// The phone's toggle (`super::listen`); the bar's own controls name their actions (`super::act`).
pub fn handle(ui: Ui, kind: &str, ev: &Event) {
    if kind == "click" && super::event_element(ev, ".filter-toggle").is_some() {
        ui.filters_open.toggle();
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
                &format!("[data-action={}]", Action::Tier(*tier).as_str()),
                "aria-pressed",
                v.tiers[tier_index(*tier)],
            );
        }
        super::set_flag(root, "[data-action=forecast]", "aria-pressed", v.forecast);
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
        for (menu, value) in [
            (Menu::Node, node),
            (Menu::From, v.from.to_string()),
            (Menu::To, v.to.to_string()),
            (Menu::Theme, v.theme.as_str().to_owned()),
        ] {
            if let Some(select) = root
                .query_selector(&format!("select[data-action={}]", menu.as_str()))
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
    let markup = mirror(FILTERS, sync);

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
                data-region=TOGGLE.name
                inner_html=region(TOGGLE)
            ></button>
            <div
                class="filters"
                id="filters"
                data-region=FILTERS.name
                role="group"
                aria-label=crate::i18n::strings(lang).filters
                inner_html=markup
            ></div>
        </div>
    }
}
