//! "Embed": the codes that embed the current view, with copy buttons. Markup from `render::shell`.

use super::{region, say, use_ui, Region, Ui};
use crate::i18n::strings;
use crate::model::{Part, View};
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
pub(super) fn copy(id: &str) -> bool {
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
            if let Some(button) = super::event_element(ev, "[data-embed]") {
                chart_codes(ui, &button);
            }
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

/// A chart's "Embed" button: the codes that embed that chart alone (`part=chart:<file>`) in the
/// current view, shown under its buttons; pressed again, they go.
fn chart_codes(ui: Ui, button: &web_sys::Element) {
    let Some(figure) = button.closest("figure[data-file]").ok().flatten() else {
        return;
    };
    if let Ok(Some(shown)) = figure.query_selector(".chart-embed") {
        shown.remove();
        super::set_attr(button, "aria-expanded", "false");
        return;
    }
    let file = figure.get_attribute("data-file").unwrap_or_default();
    let Ok(part) = Part::parse(&format!("chart:{file}")) else {
        return;
    };
    // What a chart alone follows: the language, theme, years, forecasts and scale.
    let v = ui.view.with_untracked(|v| View {
        part,
        node: None,
        tiers: [true; 3],
        ..v.clone()
    });
    let codes = embed_panel(&v, &base_url(), &format!("embed-{file}"));
    if let Some(buttons) = button.parent_element() {
        let panel = crate::html!["<div class=\"embed chart-embed\">", codes, "</div>"];
        let _ = buttons.insert_adjacent_html("afterend", &panel);
        super::set_attr(button, "aria-expanded", "true");
    }
}

#[component]
pub fn EmbedDialog() -> impl IntoView {
    let ui = use_ui();
    let key = super::key(View::url_key);
    // The codes are written when the reader first opens the panel, not while the widget starts.
    let opened = ui.embed_opened;
    let codes = super::markup(key, |v| embed_panel(v, &base_url(), "embed").into());
    view! {
        <details class="embed">
            <summary data-region=SUMMARY.name inner_html=region(SUMMARY)></summary>
            <div data-region=CODES inner_html=super::fill(CODES, Memo::new(move |_| if opened.get() { codes.get() } else { String::new() }))></div>
        </details>
    }
}
