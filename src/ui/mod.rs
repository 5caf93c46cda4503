//! Leptos components: they read the one `View` signal from context and turn placed shapes into DOM.

mod app;
mod chain_map;
mod data_table;
mod filter_bar;
mod node_panel;
mod notice;
mod overview;

pub use app::App;

use crate::i18n::Lang;
use crate::model::View;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The reader's view, provided once by `App`.
pub fn use_view() -> RwSignal<View> {
    use_context::<RwSignal<View>>().unwrap_or_else(|| RwSignal::new(View::default()))
}

/// The language alone, so that text re-renders only when the language changes.
pub fn use_lang() -> Memo<Lang> {
    let view = use_view();
    Memo::new(move |_| view.with(|v| v.lang))
}

/// Moves keyboard focus to a node's button on the map.
pub fn focus_node(id: &str) {
    let selector = format!(".chain-map button[data-node=\"{id}\"]");
    if let Ok(Some(el)) = document().query_selector(&selector) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}
