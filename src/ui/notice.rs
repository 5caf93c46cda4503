//! A small dismissible notice listing the URL parameters that were ignored (only when not embedded).
//! Markup from `render::shell::notice`.

use super::use_lang;
use crate::render::shell::notice;
use leptos::prelude::*;

#[component]
pub fn Notice(warnings: Vec<String>) -> impl IntoView {
    let lang = use_lang();
    let open = RwSignal::new(true);
    let dismiss = move |ev: web_sys::MouseEvent| {
        if super::event_element(&ev, "[data-dismiss]").is_some() {
            open.set(false);
        }
    };
    view! {
        <div
            inner_html=move || if open.get() { notice(lang.get(), &warnings) } else { String::new() }
            on:click=dismiss
        ></div>
    }
}
