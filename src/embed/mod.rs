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

/// A new element of the given tag, as its web-sys type.
fn create<T: wasm_bindgen::JsCast>(tag: &str) -> Option<T> {
    use wasm_bindgen::JsCast;
    document()
        .create_element(tag)
        .ok()
        .map(JsCast::unchecked_into::<T>)
}

/// Saves a file through a temporary link (kept in the document while clicked, as Firefox requires).
pub fn save(name: &str, href: &str) {
    let doc = document();
    let Some(body) = doc.body() else { return };
    let Some(a) = create::<web_sys::HtmlAnchorElement>("a") else {
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

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The browser's JSON.parse: turns the messages' JSON text into the plain objects the
    /// article's scripts expect.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &str) -> Result<JsValue, JsValue>;
}

/// Posts a JSON message as an object.
fn post_json(text: &str) {
    if let Ok(value) = json_parse(text) {
        post(&value);
    }
}

/// Tells the article the widget's height in the formats newsrooms' resize scripts listen for:
/// AMP's `embed-size` (also read by our embed.js) always; Pym.js's string when the URL has the
/// `childId` Pym adds; Datawrapper's object when it has an `id`.
pub fn post_height(height: u32, query: &str) {
    post_json(&crate::model::amp_height(height));
    if let Some(child) = crate::model::param(query, "childId") {
        post(&JsValue::from_str(&crate::model::pym_height(
            &child, height,
        )));
    }
    if let Some(id) = crate::model::param(query, "id") {
        post_json(&crate::model::datawrapper_height(&id, height));
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

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Reflect, js_name = get, catch)]
    fn reflect_get(target: &JsValue, key: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = Object, js_name = keys, catch)]
    fn object_keys(target: &JsValue) -> Result<Box<[JsValue]>, JsValue>;
    #[wasm_bindgen(js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> bool;
    /// JavaScript's `String(value)`: a list's items joined by commas.
    #[wasm_bindgen(js_name = String)]
    fn js_string(value: &JsValue) -> String;
}

/// A property of a JavaScript object, or `undefined`.
fn get(target: &JsValue, key: &str) -> JsValue {
    reflect_get(target, key).unwrap_or(JsValue::UNDEFINED)
}

/// The article's messages (`model::Inbound`): `ai-chain:set` with a `state` (its fields read with
/// wasm-bindgen's own accessors into the pairs of a query, so that they are checked by the URL's
/// rules; serde-wasm-bindgen's decoding costs more than the bundle can afford:
/// docs/performance-log.md) or a story step's `query`, and `ai-chain:article` with the article's
/// address. Only messages from the parent frame count; Pym.js's own messages to its child are
/// expected and skipped; anything else is ignored with a warning.
pub fn decode_control(ev: &web_sys::MessageEvent) -> Option<crate::model::Inbound> {
    use crate::model::Inbound;
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
    let kind = get(&data, "type").as_string();
    if kind.as_deref() == Some("ai-chain:article") {
        let url = get(&data, "url").as_string();
        return match url.as_deref().and_then(crate::model::article_url) {
            Some(url) => Some(Inbound::Article(url.to_owned())),
            None => {
                warn("ignored an ai-chain:article without an http(s) url");
                None
            }
        };
    }
    let state = get(&data, "state");
    if kind.as_deref() == Some("ai-chain:set") {
        if let Some(query) = get(&data, "query").as_string() {
            return Some(Inbound::Step(query));
        }
    }
    if kind.as_deref() != Some("ai-chain:set") || !state.is_object() {
        warn("ignored a message that is not an ai-chain:set with a state or a query");
        return None;
    }
    let pairs = object_keys(&state)
        .unwrap_or_default()
        .iter()
        .filter_map(|k| {
            let k = k.as_string()?;
            let value = url_value(&get(&state, &k));
            if value.is_none() {
                let shown: String = k.chars().take(40).collect();
                warn(&format!(
                    "ignored in ai-chain:set: {shown}: not text, a whole number, true/false, a list or null"
                ));
            }
            Some((k, value?))
        })
        .collect();
    Some(Inbound::Set(pairs))
}

/// A state field as the URL parameter's text, so that the same message the widget announces
/// (`ai-chain:state`) sets it back: text as it is, a whole number as digits, true/false as 1/0, a
/// list as its items joined by commas (`tier`), `null` as empty (`node`: none).
fn url_value(v: &JsValue) -> Option<String> {
    if v.is_null() {
        return Some(String::new());
    }
    if is_array(v) {
        return Some(js_string(v));
    }
    v.as_string().or_else(|| {
        v.as_bool()
            .map(|b| if b { "1" } else { "0" }.to_owned())
            .or_else(|| {
                v.as_f64()
                    .filter(|n| n.fract() == 0.0 && (0.0..=65535.0).contains(n))
                    .map(|n| (n as u16).to_string())
            })
    })
}

/// Tells the article that a story step was not applied, and why (embed.js names the step).
pub fn reject(query: &str, problems: Vec<String>) {
    let to_js = serde_wasm_bindgen::Serializer::json_compatible();
    let message = crate::model::Rejection {
        kind: "ai-chain:rejected",
        query: query.to_owned(),
        problems,
    };
    if let Ok(message) = serde::Serialize::serialize(&message, &to_js) {
        post(&message);
    }
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The browser's share sheet (phones, some desktops); a promise, or an error where there is none.
    #[wasm_bindgen(js_namespace = navigator, js_name = share, catch)]
    fn navigator_share(data: &JsValue) -> Result<JsValue, JsValue>;
    /// A promise, as far as the widget uses one.
    type Thenable;
    #[wasm_bindgen(method, catch)]
    fn then(this: &Thenable, ok: &JsValue, failed: &JsValue) -> Result<JsValue, JsValue>;
}

/// What `navigator.share` is given.
#[derive(serde::Serialize)]
struct ShareData<'a> {
    url: &'a str,
    title: &'a str,
}

/// Opens the browser's share sheet for `url` where there is one; false where there is none.
pub fn share_sheet(url: &str, title: &str) -> bool {
    use wasm_bindgen::JsCast;
    if !get(&get(window().as_ref(), "navigator"), "share").is_function() {
        return false;
    }
    let to_js = serde_wasm_bindgen::Serializer::json_compatible();
    let Ok(data) = serde::Serialize::serialize(&ShareData { url, title }, &to_js) else {
        return false;
    };
    // A closed sheet is the reader's choice, not an error: its refusal goes to a function that
    // does nothing (`Function.prototype`), not to the console.
    let nothing = get(&get(window().as_ref(), "Function"), "prototype");
    navigator_share(&data)
        .and_then(|p| {
            p.unchecked_into::<Thenable>()
                .then(&JsValue::UNDEFINED, &nothing)
        })
        .is_ok()
}

/// Announces a change of view to the article: `{"type": "ai-chain:state", "state": {...}}`, a
/// plain object (JSON-compatible: no `undefined`, no `Map`).
pub fn announce(view: &View) {
    let to_js = serde_wasm_bindgen::Serializer::json_compatible();
    if let Ok(message) = serde::Serialize::serialize(&view.announcement(), &to_js) {
        post(&message);
    }
}

/// The current theme's colours, read from the page's CSS custom properties.
fn palette() -> crate::render::export::Palette {
    let mut p = crate::render::export::Palette::light();
    let Some(style) = document()
        .document_element()
        .and_then(|r| window().get_computed_style(&r).ok().flatten())
    else {
        return p;
    };
    let read = |name: &str, into: &mut String| {
        if let Ok(v) = style.get_property_value(name) {
            if !v.trim().is_empty() {
                *into = v.trim().to_owned();
            }
        }
    };
    read("--bg", &mut p.bg);
    read("--fg", &mut p.fg);
    read("--muted", &mut p.muted);
    read("--rule", &mut p.rule);
    read("--accent", &mut p.accent);
    for (k, slot) in p.series.iter_mut().enumerate() {
        read(&format!("--s{k}"), slot);
    }
    p
}

/// Downloads the chart of `figure` (an element with `data-file`) as SVG or PNG, as it is shown.
pub fn export_chart(figure: &web_sys::Element, png: bool, lang: crate::i18n::Lang) {
    use crate::render::export::{layout, standalone, view_box_size, Chart, SCALE};
    let text = |sel: &str| {
        figure
            .query_selector(sel)
            .ok()
            .flatten()
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    };
    let Some(svg) = figure.query_selector("svg[role=img]").ok().flatten() else {
        return;
    };
    let Some((width, height)) = svg
        .get_attribute("viewBox")
        .as_deref()
        .and_then(view_box_size)
    else {
        return;
    };
    let marks = svg.inner_html();
    // Annotations drawn as numbers go into the file with their numbers, over the source line.
    let mut source = String::new();
    if let Ok(items) = figure.query_selector_all(".notes li") {
        for li in (0..items.length()).filter_map(|i| items.get(i)) {
            let li: &web_sys::Element = li.unchecked_ref();
            source.push_str(&li.get_attribute("value").unwrap_or_default());
            source.push(' ');
            source.push_str(&li.text_content().unwrap_or_default());
            source.push('\n');
        }
    }
    source.push_str(&text(".source"));
    let title = text("h3");
    let has_forecast = figure
        .query_selector("[data-kind=forecast]")
        .ok()
        .flatten()
        .is_some();
    let chart = Chart {
        width,
        height,
        marks: &marks,
        title: &title,
        source: &source,
        has_forecast,
        lines: figure.class_list().contains("lines"),
    };
    let laid = layout(&chart);
    let file = standalone(&chart, &laid, &palette(), lang);
    let name = format!(
        "ai-server-chain-{}",
        figure.get_attribute("data-file").unwrap_or_default()
    );
    let url = crate::data::csv::data_url("image/svg+xml;charset=utf-8", &file);
    if !png {
        save(&format!("{name}.svg"), &url);
        return;
    }
    // PNG: the same SVG drawn on a canvas at twice its size (a 640-wide SVG gives 1280 pixels).
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Ok(img) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let (w, h) = (
        (laid.width * SCALE * 2.0) as u32,
        (laid.height * SCALE * 2.0) as u32,
    );
    let drawn = img.clone();
    let onload = Closure::once(move || {
        let Some(canvas) = create::<web_sys::HtmlCanvasElement>("canvas") else {
            return;
        };
        canvas.set_width(w);
        canvas.set_height(h);
        let ctx = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok());
        if let Some(ctx) = ctx {
            let _ = ctx.draw_image_with_html_image_element_and_dw_and_dh(
                &drawn,
                0.0,
                0.0,
                f64::from(w),
                f64::from(h),
            );
            if let Ok(png) = canvas.to_data_url_with_type("image/png") {
                save(&format!("{name}.png"), &png);
            }
        }
    });
    img.set_onload(Some(onload.as_ref().unchecked_ref()));
    onload.forget();
    img.set_src(&url);
}
