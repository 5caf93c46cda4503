//! A small dismissible notice listing the URL parameters that were ignored (only when not embedded).

use super::use_lang;
use crate::i18n::strings;
use leptos::prelude::*;

#[component]
pub fn Notice(warnings: Vec<String>) -> impl IntoView {
    let lang = use_lang();
    let open = RwSignal::new(true);
    let items = warnings
        .into_iter()
        .map(|w| view! { <li><code lang="en">{w}</code></li> })
        .collect_view();
    view! {
        <Show when=move || open.get()>
            <div class="notice" role="status">
                <p>{move || strings(lang.get()).notice_ignored}</p>
                <ul>{items.clone()}</ul>
                <button type="button" on:click=move |_| open.set(false)>{move || strings(lang.get()).dismiss}</button>
            </div>
        </Show>
    }
}
