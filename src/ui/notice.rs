//! A small dismissible notice listing the URL parameters that were ignored (only when not embedded).
//! Markup from `render::shell::notice`.

use super::{use_ui, Ui};
use crate::render::shell::notice;
use leptos::prelude::*;

// The region's name (`data-region`), which its binding finds it by.
const NOTICE: &str = "notice";

/// The notice's dismiss button (`super::listen`).
pub fn handle(ui: Ui, kind: &str, ev: &web_sys::Event) {
    if kind == "click" && super::event_element(ev, ".notice [data-dismiss]").is_some() {
        ui.notice_open.set(false);
    }
}

/// Empty when there is nothing to say (no warnings, or embedded: the article's readers did not
/// write the address) or once dismissed.
#[component]
pub fn Notice(warnings: Vec<String>) -> impl IntoView {
    let Ui {
        view, notice_open, ..
    } = use_ui();
    let lang = super::lang_key();
    let text = Memo::new(move |_| {
        lang.get();
        if notice_open.get() && !warnings.is_empty() {
            notice(view.with_untracked(|v| v.lang), &warnings).into()
        } else {
            String::new()
        }
    });
    view! { <div data-region=NOTICE inner_html=super::fill(NOTICE, text)></div> }
}
