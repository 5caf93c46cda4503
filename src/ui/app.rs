//! The app shell: header, filters, map, details, tables, sources; URL and theme kept in sync.

use super::chain_map::ChainMap;
use super::csv_button::CsvButton;
use super::data_table::DataTable;
use super::filter_bar::FilterBar;
use super::node_panel::NodePanel;
use super::notice::Notice;
use crate::data::DATASET;
use crate::embed;
use crate::i18n::{strings, Lang};
use crate::model::{Theme, View};
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let embedded = embed::is_embedded();
    let (initial, warnings) = View::from_query(&embed::location_search());
    for w in &warnings {
        embed::warn(&format!("ignored URL parameter: {w}"));
    }
    let view = RwSignal::new(initial);
    provide_context(view);
    let lang = super::use_lang();
    let theme = Memo::new(move |_| view.with(|v| v.theme));
    let controls = Memo::new(move |_| view.with(|v| v.controls));

    // <html lang> and the theme follow the view.
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.get().as_str());
            let _ = match theme.get() {
                Theme::Auto => root.remove_attribute("data-theme"),
                t => root.set_attribute("data-theme", t.as_str()),
            };
        }
        document().set_title(&match lang.get() {
            Lang::Zh => DATASET.title_zh.to_string(),
            Lang::En => DATASET.title_en.to_string(),
        });
    });

    // Each change of the view is written back to the address (not the first run: the URL is the source then).
    Effect::new(move |first: Option<()>| {
        let v = view.get();
        if first.is_some() {
            embed::write_url(&v, embedded);
        }
    });
    let _ = window_event_listener(leptos::ev::popstate, move |_| {
        let (v, _) = View::from_query(&embed::location_search());
        view.set(v);
    });

    let title = move || {
        lang.get()
            .pick(&DATASET.title_zh, &DATASET.title_en)
            .to_owned()
    };
    let dek = move || lang.get().pick(&DATASET.dek_zh, &DATASET.dek_en).to_owned();
    let t = move || strings(lang.get());
    let all_sources = move || {
        let l = lang.get();
        let names: Vec<&str> = DATASET.sources.iter().map(|s| l.label(s)).collect();
        names.join(if l == Lang::Zh { "、" } else { "; " })
    };
    let notice = (!embedded && !warnings.is_empty()).then(|| view! { <Notice warnings/> });

    view! {
        <div class="widget">
            <a class="skip" href="#tables">{move || t().skip_to_tables}</a>
            <header class="masthead">
                <p class="kicker">{move || t().kicker}</p>
                <h1>{title}</h1>
                <p class="dek">{dek}</p>
            </header>
            {notice}
            <Show when=move || controls.get()>
                <FilterBar/>
            </Show>
            <ChainMap/>
            <NodePanel/>
            <DataTable/>
            <footer class="sources">
                <p>
                    <strong>{move || t().source_line} ": "</strong>
                    {all_sources}
                    ". "
                    {move || t().credit}
                </p>
                <p class="downloads">
                    <CsvButton all=true/>
                    <CsvButton all=false/>
                </p>
            </footer>
        </div>
    }
}
