//! The selected node's details; markup from `render::panel`, rebuilt when the selection, the
//! language or a filter changes. Close and Escape return focus to the node on the map.

use super::{focus_node, Ui};
use crate::data::node;
use crate::model::View;
use crate::render::panel::panel;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Close and Escape let the selection go and return focus to its node on the map (`super::listen`).
pub fn handle(ui: Ui, kind: &str, ev: &web_sys::Event) {
    let close = match kind {
        "click" => super::event_element(ev, ".panel .close").is_some(),
        "keydown" => {
            super::event_element(ev, ".panel").is_some()
                && ev
                    .dyn_ref::<web_sys::KeyboardEvent>()
                    .is_some_and(|k| k.key() == "Escape")
        }
        _ => false,
    };
    if let Some(i) = ui.view.with_untracked(|v| v.node).filter(|_| close) {
        ui.view.update(|v| v.node = None);
        focus_node(node(i).id);
    }
}

/// The panel's markup, for its region in the widget (`super::app`).
pub fn markup() -> Memo<String> {
    super::markup(super::key(View::panel_key), panel)
}
