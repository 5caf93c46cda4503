//! "Embed": the codes that embed the current view, with copy buttons. Markup from `render::shell`.

use super::{region, say, use_ui, Region, Ui};
use crate::i18n::strings;
use crate::model::View;
use crate::render::shell::embed_panel;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

// The regions (`data-region`), which their bindings find them by. The codes also show the page's
// address, so they are not a `Region` of the view alone.
const SUMMARY: Region = Region::words("embed-summary", |v| say(v, |t| t.embed));
const CODES: &str = "embed-codes";
pub(super) const REGIONS: &[Region] = &[SUMMARY];

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

/// Opening the panel, and its copy buttons (`super::listen`).
pub fn handle(ui: Ui, kind: &str, ev: &web_sys::Event) {
    match kind {
        // `toggle` does not bubble: the listener sees it in the capture phase, for any <details>.
        "toggle" => {
            let embed = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            if embed.is_some_and(|e| e.class_list().contains("embed")) {
                ui.embed_opened.set(true);
            }
        }
        "click" => {
            let Some(button) = super::event_element(ev, ".embed [data-copy]") else {
                return;
            };
            if let Some(id) = button.get_attribute("data-copy") {
                if copy(&id) {
                    let lang = ui.view.with_untracked(|v| v.lang);
                    button.set_text_content(Some(strings(lang).copied));
                }
            }
        }
        _ => {}
    }
}

#[component]
pub fn EmbedDialog() -> impl IntoView {
    let ui = use_ui();
    let key = super::key(View::url_key);
    // The codes are written when the reader first opens the panel, not while the widget starts.
    let opened = ui.embed_opened;
    let codes = super::markup(key, |v| embed_panel(v, &base_url()).into());
    view! {
        <details class="embed">
            <summary data-region=SUMMARY.name inner_html=region(SUMMARY)></summary>
            <div data-region=CODES inner_html=super::fill(CODES, Memo::new(move |_| if opened.get() { codes.get() } else { String::new() }))></div>
        </details>
    }
}
