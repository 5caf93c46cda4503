//! The page around the widget: the URL (read, written back, history), and whether we are embedded.
//! Thin web-sys glue; the decisions live in `model`.

use crate::model::{embed_params, View};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// The query string of the current address, "" when it cannot be read.
pub fn location_search() -> String {
    window().location().search().unwrap_or_default()
}

/// True inside an iframe (the article's page is our parent).
pub fn is_embedded() -> bool {
    let me = window();
    match me.parent() {
        Ok(Some(parent)) => {
            let (parent, me): (&JsValue, &JsValue) = (parent.as_ref(), me.as_ref());
            parent != me
        }
        _ => false,
    }
}

/// Writes the view into the address: a new history entry when the widget is the page, a replaced
/// one inside an iframe so the article's back button is never taken over. Parameters an embedding
/// library put there (childId, id, ...) are kept.
pub fn write_url(view: &View, embedded: bool) {
    let location = window().location();
    let current = location.search().unwrap_or_default();
    let mut query = view.to_query();
    let kept = embed_params(&current);
    if !kept.is_empty() {
        query = if query.is_empty() {
            kept
        } else {
            format!("{kept}&{query}")
        };
    }
    let search = if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    };
    if search == current {
        return;
    }
    let url = format!(
        "{}{search}{}",
        location.pathname().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = window().history() {
        let result = if embedded {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        };
        if result.is_err() {
            leptos::logging::warn!("ai-chain: could not write the view into the address");
        }
    }
}

pub fn warn(message: &str) {
    leptos::logging::warn!("ai-chain: {message}");
}

/// Saves a file through a temporary link (kept in the document while clicked, as Firefox requires).
pub fn save(name: &str, href: &str) {
    use wasm_bindgen::JsCast;
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
