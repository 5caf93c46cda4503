//! The overview charts below the map; markup from `render::overview`. The upstream chart switches
//! between market size and an index of growth.

use super::{use_lang, use_view};
use crate::i18n::strings;
use crate::model::View;
use crate::render::overview::{ai_server, downstream, provinces, split, upstream};
use leptos::prelude::*;

#[component]
pub fn Overview() -> impl IntoView {
    let view = use_view();
    let lang = use_lang();
    let shown = Memo::new(move |_| view.with(View::filter_key));
    let section = move |f: fn(&View) -> String| super::markup(shown, f);
    let index = Memo::new(move |_| view.with(|v| v.index));
    let mode = move |is_index: bool| {
        view! {
            <button
                type="button"
                class="chip"
                data-mode=if is_index { "index" } else { "absolute" }
                aria-pressed=move || (index.get() == is_index).to_string()
                on:click=move |_| view.update(|v| v.index = is_index)
            >
                {move || if is_index { strings(lang.get()).mode_index } else { strings(lang.get()).mode_absolute }}
            </button>
        }
    };
    view! {
        <section class="overview" aria-labelledby="overview-heading">
            <h2 id="overview-heading">{move || strings(lang.get()).overview}</h2>
            <div class="wide">
                <div class="mode" role="group">{mode(false)} {mode(true)}</div>
                <div inner_html=section(upstream)></div>
            </div>
            <div inner_html=section(ai_server)></div>
            <div class="duo">
                <div inner_html=section(split)></div>
                <div inner_html=section(provinces)></div>
            </div>
            <div inner_html=section(downstream)></div>
        </section>
    }
}
