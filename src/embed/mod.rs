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

/// Posts a message to the article (the parent frame); nothing happens when there is none.
fn post(message: &JsValue) {
    if let Ok(Some(parent)) = window().parent() {
        let _ = parent.post_message(message, "*");
    }
}

/// Plain objects, not `Map`s: what the article's scripts expect.
fn to_js<T: serde::Serialize>(value: &T) -> Option<JsValue> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).ok()
}

#[derive(serde::Serialize)]
struct AmpSize {
    sentinel: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    height: u32,
}

/// Tells the article the widget's height in the formats newsrooms' resize scripts listen for:
/// AMP's `embed-size` (also read by our embed.js) always; Pym.js's string when the URL has the
/// `childId` Pym adds; Datawrapper's object when it has an `id`.
pub fn post_height(height: u32, query: &str) {
    if let Some(amp) = to_js(&AmpSize { sentinel: "amp", kind: "embed-size", height }) {
        post(&amp);
    }
    if let Some(child) = crate::model::param(query, "childId") {
        post(&JsValue::from_str(&crate::model::pym_height(&child, height)));
    }
    if let Some(id) = crate::model::param(query, "id") {
        let mut inner = std::collections::BTreeMap::new();
        inner.insert(id, height);
        let mut outer = std::collections::BTreeMap::new();
        outer.insert("datawrapper-height", inner);
        if let Some(dw) = to_js(&outer) {
            post(&dw);
        }
    }
}

/// Calls `on_height` with the element's height whenever it changes, growing or shrinking.
pub fn observe_height(el: &web_sys::HtmlElement, on_height: impl Fn(u32) + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let target = el.clone();
    let last = std::cell::Cell::new(0u32);
    let callback = Closure::<dyn FnMut(JsValue)>::new(move |_entries: JsValue| {
        let h = u32::try_from(target.offset_height()).unwrap_or(0);
        if h != last.get() {
            last.set(h);
            on_height(h);
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(el);
        // The observer lives as long as the page.
        callback.forget();
    }
}

/// The article's control messages. Only messages from the parent frame count; Pym.js's own
/// messages to its child are expected and skipped; anything else is ignored with a warning.
pub fn decode_control(ev: &web_sys::MessageEvent) -> Option<crate::model::Control> {
    let from_parent = match (ev.source(), window().parent()) {
        (Some(source), Ok(Some(parent))) => {
            let (s, p): (&JsValue, &JsValue) = (source.as_ref(), parent.as_ref());
            s == p && p != AsRef::<JsValue>::as_ref(&window())
        }
        _ => false,
    };
    let data = ev.data();
    if data.as_string().is_some_and(|s| s.starts_with("pymxPYMx")) {
        return None;
    }
    if !from_parent {
        warn("ignored a message that did not come from the parent page");
        return None;
    }
    match serde_wasm_bindgen::from_value::<crate::model::ControlMessage>(data) {
        Ok(m) if m.kind == "ai-chain:set" => Some(m.state),
        Ok(m) => {
            warn(&format!("ignored a message of type \"{}\"", m.kind.chars().take(40).collect::<String>()));
            None
        }
        Err(e) => {
            warn(&format!("ignored a message that is not {{\"type\": \"ai-chain:set\", \"state\": {{...}}}}: {e}"));
            None
        }
    }
}

/// Announces a change of view to the article: `{"type": "ai-chain:state", "state": {...}}`.
pub fn announce(view: &View) {
    #[derive(serde::Serialize)]
    struct Message {
        #[serde(rename = "type")]
        kind: &'static str,
        state: crate::model::Announced,
    }
    if let Some(m) = to_js(&Message { kind: "ai-chain:state", state: view.announced() }) {
        post(&m);
    }
}
