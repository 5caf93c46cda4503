//! The app shell: masthead, filters, map, details, tables, sources; URL, language and theme kept in sync.

use super::chain_map::ChainMap;
use super::data_table::DataTable;
use super::embed_dialog::EmbedDialog;
use super::filter_bar::FilterBar;
use super::node_panel::NodePanel;
use super::notice::Notice;
use super::overview::Overview;
use crate::data::csv::{csv, data_url};
use crate::data::DATASET;
use crate::embed;
use crate::model::{Theme, View};
use crate::render::shell::{footer, masthead};
use leptos::prelude::*;

/// The widget for the page it is in: the view its address asks for, embedded or not.
#[component]
pub fn App() -> impl IntoView {
    let (initial, warnings) = View::from_query(&embed::location_search());
    for w in &warnings {
        embed::warn(&format!("ignored URL parameter: {w}"));
    }
    view! { <Widget initial warnings embedded=embed::is_embedded()/> }
}

/// The widget showing `initial`. It reads nothing of the page while it is built, so the static
/// first view renders it natively (`crate::prerender`); the page is touched by effects only.
#[component]
pub fn Widget(initial: View, warnings: Vec<String>, embedded: bool) -> impl IntoView {
    let view = RwSignal::new(initial);
    provide_context(view);
    let lang = super::use_lang();
    let look = Memo::new(move |_| view.with(|v| (v.theme as u64) << 1 | u64::from(v.controls)));

    // <html lang>, the page title and the theme follow the view.
    Effect::new(move |_| {
        let l = lang.get();
        let theme = view.with_untracked(|v| v.theme);
        look.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", l.as_str());
            let _ = match theme {
                Theme::Auto => root.remove_attribute("data-theme"),
                t => root.set_attribute("data-theme", t.as_str()),
            };
        }
        document().set_title(l.pick(&DATASET.title_zh, &DATASET.title_en));
    });

    // Each change of the view is written back to the address (not on the first run: then the URL is
    // the source), once the frame that shows the change is drawn: a history entry makes the browser
    // bring style and layout up to date first, which would hold that frame back by milliseconds.
    // From the first change on, marks that enter animate (never in the first view).
    let animate = RwSignal::new(false);
    Effect::new(move |first: Option<()>| {
        let v = view.get();
        if first.is_some() {
            request_animation_frame(move || {
                set_timeout(
                    move || embed::write_url(&v, embedded),
                    std::time::Duration::ZERO,
                )
            });
            animate.set(true);
        }
    });
    // Back and forward restore the view of that address (registered by an effect: effects run in
    // the browser only, never while the static first view is rendered).
    Effect::new(move |_| {
        let _ = window_event_listener(leptos::ev::popstate, move |_| {
            let (v, _) = View::from_query(&embed::location_search());
            view.set(v);
        });
    });

    // Embedded: follow the article's control messages, announce each change, report the height.
    let root = NodeRef::<leptos::html::Main>::new();
    if embedded {
        let _ = window_event_listener(leptos::ev::message, move |ev| {
            if let Some(control) = embed::decode_control(&ev) {
                view.update(|v| {
                    for w in v.apply(&control) {
                        embed::warn(&format!("ignored in ai-chain:set: {w}"));
                    }
                });
            }
        });
        Effect::new(move |first: Option<()>| {
            let v = view.get();
            if first.is_some() {
                embed::announce(&v);
            }
        });
        let query = embed::location_search();
        Effect::new(move |_| {
            if let Some(el) = root.get() {
                let query = query.clone();
                embed::observe_height(&el, move |h| embed::post_height(h, &query));
            }
        });
    }

    let download = move |ev: web_sys::MouseEvent| {
        let which =
            super::event_element(&ev, "[data-csv]").and_then(|e| e.get_attribute("data-csv"));
        let all = match which.as_deref() {
            Some("all") => true,
            Some("view") => false,
            _ => return,
        };
        let text = view.with_untracked(|v| csv(DATASET.facts.iter().filter(|f| all || v.shows(f))));
        let name = if all {
            "ai-server-chain-all.csv"
        } else {
            "ai-server-chain-view.csv"
        };
        embed::save(name, &data_url("text/csv;charset=utf-8", &text));
    };
    // Chart downloads, for every figure of the widget (delegated: figures are plain markup).
    let export = move |ev: web_sys::MouseEvent| {
        let Some(button) = super::event_element(&ev, "[data-export]") else {
            return;
        };
        if let Some(figure) = button.closest("figure[data-file]").ok().flatten() {
            let png = button.get_attribute("data-export").as_deref() == Some("png");
            embed::export_chart(&figure, png, lang.get_untracked());
        }
    };
    let by_lang = super::lang_key();
    let notice = (!embedded && !warnings.is_empty()).then(|| view! { <Notice warnings/> });

    view! {
        <main class="widget" class:animate=move || animate.get() node_ref=root on:click=export>
            <a class="skip" href="#tables" inner_html=super::words(|t| t.skip_to_tables)></a>
            <header class="masthead" inner_html=super::markup(by_lang, |v| masthead(v.lang))></header>
            {notice}
            <Show when=move || look.get() & 1 == 1>
                <FilterBar/>
            </Show>
            <ChainMap/>
            <NodePanel/>
            <Overview/>
            <DataTable/>
            <footer class="sources" inner_html=super::markup(by_lang, |v| footer(v.lang)) on:click=download></footer>
            <EmbedDialog/>
        </main>
    }
}
