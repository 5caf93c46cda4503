//! The CSV download: the whole dataset, or the rows behind the current view.

use super::{use_lang, use_view};
use crate::data::csv::{csv, data_url};
use crate::data::DATASET;
use crate::i18n::strings;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn CsvButton(all: bool) -> impl IntoView {
    let view = use_view();
    let lang = use_lang();
    let download = move |_| {
        let text = view.with_untracked(|v| csv(DATASET.facts.iter().filter(|f| all || v.shows(f))));
        let name = if all {
            "ai-server-chain-all.csv"
        } else {
            "ai-server-chain-view.csv"
        };
        save(name, &data_url("text/csv;charset=utf-8", &text));
    };
    view! {
        <button type="button" class="csv" data-csv=if all { "all" } else { "view" } on:click=download>
            {move || if all { strings(lang.get()).csv_all } else { strings(lang.get()).csv_view }}
        </button>
    }
}

/// Saves a file through a temporary link (kept in the document while clicked, as Firefox requires).
pub fn save(name: &str, href: &str) {
    let doc = document();
    let Some(body) = doc.body() else { return };
    let Ok(a) = doc
        .create_element("a")
        .map(|e| e.unchecked_into::<web_sys::HtmlAnchorElement>())
    else {
        return;
    };
    a.set_href(href);
    a.set_download(name);
    if body.append_child(&a).is_ok() {
        a.click();
        a.remove();
    }
}
