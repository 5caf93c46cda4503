//! The selected node's details; markup from `render::panel`, rebuilt when the selection, the
//! language or a filter changes. Close and Escape return focus to the node on the map.

use super::{focus_node, use_view};
use crate::data::node;
use crate::model::View;
use crate::render::panel::panel;
use leptos::prelude::*;

#[component]
pub fn NodePanel() -> impl IntoView {
    let view = use_view();
    let shown = Memo::new(move |_| view.with(View::panel_key));
    let close = move || {
        if let Some(i) = view.with_untracked(|v| v.node) {
            view.update(|v| v.node = None);
            focus_node(&node(i).id);
        }
    };
    view! {
        <div
            inner_html=super::markup(shown, panel)
            on:click=move |ev| {
                if super::event_element(&ev, ".panel .close").is_some() {
                    close();
                }
            }
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    close();
                }
            }
        ></div>
    }
}
