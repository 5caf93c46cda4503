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
    Memo::new(move |previous: Option<&String>| {
        key.get();
        first_or(previous.is_none(), || view.with_untracked(render))
    })
}

thread_local! {
    static ADOPTING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// While the widget is mounted over a static first view of the same view (`crate::start`), each
/// region's first markup is left empty: the static copy's content is moved in instead (`adopt`),
/// so the markup is neither built again nor parsed again.
pub fn set_adopting(on: bool) {
    ADOPTING.with(|a| a.set(on));
}

/// The markup `make` builds, or nothing when it is a region's first and the static copy's is adopted.
pub fn first_or(first: bool, make: impl FnOnce() -> String) -> String {
    if first && ADOPTING.with(|a| a.get()) {
        String::new()
    } else {
        make()
    }
}

/// Moves the content of the static copy's regions into the live widget's empty ones: both trees
/// have the same elements, so a region is an element with no element or text in `live` (Leptos
/// may leave a comment there) and some in `copy`.
pub fn adopt(live: &web_sys::Element, copy: &web_sys::Element) {
    let (l, c) = (live.children(), copy.children());
    for i in 0..l.length().min(c.length()) {
        let (Some(l), Some(c)) = (l.item(i), c.item(i)) else {
            continue;
        };
        let empty = |e: &web_sys::Element| {
            e.child_element_count() == 0 && e.text_content().is_none_or(|t| t.is_empty())
        };
        if empty(&l) && !empty(&c) {
            while let Some(child) = c.first_child() {
                if l.append_child(&child).is_err() {
                    break;
                }
            }
        } else {
            adopt(&l, &c);
        }
    }
}

/// An interface text in the reader's language, as markup for `inner_html`: every such text of the
/// widget shares this one type (a closure per text would each add its own rendering code).
pub fn words(pick: fn(&'static crate::i18n::Strings) -> &'static str) -> Memo<String> {
    let lang = use_lang();
    Memo::new(move |previous: Option<&String>| {
        let lang = lang.get();
        first_or(previous.is_none(), || {
            crate::render::esc(pick(crate::i18n::strings(lang)))
        })
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

/// Sets a true/false attribute (`aria-pressed`, `aria-expanded`) on the element under `root`
/// that matches `selector`: how effects mirror the view onto markup built as strings.
pub fn set_flag(root: &web_sys::Element, selector: &str, name: &str, on: bool) {
    if let Ok(Some(el)) = root.query_selector(selector) {
        let _ = el.set_attribute(name, if on { "true" } else { "false" });
    }
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
