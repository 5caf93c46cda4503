//! Leptos components: they read the one `View` signal from context and turn placed shapes into DOM.

mod app;
mod chain_map;
mod data_table;
mod embed_dialog;
mod filter_bar;
mod node_panel;
mod notice;
mod overview;

pub use app::{App, Widget};

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

/// Markup that follows the view: `render` runs again only when `key` changes. Every region of the
/// widget goes through this one function, so they share one `Memo<String>` type and the bundle
/// carries one copy of the code that updates `inner_html`.
pub fn markup(key: Memo<u64>, render: fn(&View) -> String) -> Memo<String> {
    let view = use_view();
    Memo::new(move |_| {
        key.get();
        view.with_untracked(render)
    })
}

/// A key that changes with the language only.
pub fn lang_key() -> Memo<u64> {
    let view = use_view();
    Memo::new(move |_| view.with(|v| v.lang as u64))
}

/// The element matching `selector` that an event happened in: how every delegated handler finds
/// the control it is about in markup inserted as strings.
pub fn event_element(ev: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    target.closest(selector).ok()?
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
