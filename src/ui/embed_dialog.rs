//! "Embed": the codes that embed the current view, with copy buttons. Markup from `render::shell`.

use super::{use_lang, use_view};
use crate::i18n::strings;
use crate::model::View;
use crate::render::shell::embed_panel;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The widget's address without query or fragment: what the embed codes point at.
fn base_url() -> String {
    let l = window().location();
    format!(
        "{}{}",
        l.origin().unwrap_or_default(),
        l.pathname().unwrap_or_default()
    )
}

/// Copies a text area's content: selects it (so the reader can also copy by hand) and asks the
/// browser to copy, which needs no permission and works inside iframes and from file://.
fn copy(id: &str) -> bool {
    let Some(area) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    else {
        return false;
    };
    area.select();
    document()
        .dyn_into::<web_sys::HtmlDocument>()
        .ok()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false)
}

#[component]
pub fn EmbedDialog() -> impl IntoView {
    let view = use_view();
    let lang = use_lang();
    let key = Memo::new(move |_| view.with(View::panel_key));
    let on_click = move |ev: web_sys::MouseEvent| {
        let Some(button) = super::event_element(&ev, "[data-copy]") else {
            return;
        };
        if let Some(id) = button.get_attribute("data-copy") {
            if copy(&id) {
                button.set_text_content(Some(strings(lang.get_untracked()).copied));
            }
        }
    };
    // The codes are written when the reader first opens the panel, not while the widget starts.
    let opened = RwSignal::new(false);
    let codes = super::markup(key, |v| embed_panel(v, &base_url()));
    view! {
        <details class="embed" on:toggle=move |_| opened.set(true)>
            <summary inner_html=super::words(|t| t.embed)></summary>
            <div inner_html=move || if opened.get() { codes.get() } else { String::new() } on:click=on_click></div>
        </details>
    }
}
