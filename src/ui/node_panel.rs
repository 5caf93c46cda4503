//! The selected node's details; markup from `render::panel`, rebuilt when the selection, the
//! language or a filter changes. They open where the reader is looking (`geom::details`): beside
//! the map on wide screens, over it under the chosen card on phones. Close and Escape return focus
//! to the node on the map.

use super::{focus_node, Ui};
use crate::data::node;
use crate::geom::details::{details_top, screen_in, Extent, Placement};
use crate::model::View;
use crate::render::panel::panel;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{Element, HtmlElement, IntersectionObserver};

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

/// The panel's markup, for its region in the map's section (`super::chain_map`).
pub fn markup() -> Memo<String> {
    super::markup(super::key(View::panel_key), panel)
}

/// Opens the details drawn into `details` (`super::mirror`) on the reader's screen, or closes
/// them. The screen is the viewport at the top level; inside an iframe, which its article sizes
/// to the content, it is the part an `IntersectionObserver` sees (its root is then the article's
/// viewport), so the details are placed once more when that answers, a frame later.
pub fn place(details: &Element, ui: Ui) {
    let Some(section) = details.parent_element() else {
        return;
    };
    let selected = ui.view.with_untracked(|v| v.node);
    let _ = section
        .class_list()
        .toggle_with_force("open", selected.is_some());
    let Some(i) = selected else {
        set_style(&section, "min-height", None);
        return;
    };
    let card = format!(".chain-map button[data-node=\"{}\"]", node(i).id);
    let (Ok(Some(card)), Ok(details)) = (
        section.query_selector(&card),
        details.clone().dyn_into::<HtmlElement>(),
    ) else {
        return;
    };
    let viewport = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    put(
        &section,
        &card,
        &details,
        Extent {
            top: 0.0,
            bottom: viewport,
        },
    );
    if crate::embed::is_embedded() {
        // Its first report (made for every target observed) is all that is needed: the observer
        // is disconnected and dropped then, and the callback with it.
        let observer = std::rc::Rc::new(std::cell::Cell::new(None::<IntersectionObserver>));
        let me = observer.clone();
        let (section, details) = (section.clone(), details.clone());
        let seen = Closure::<dyn FnMut(JsValue)>::new(move |entries: JsValue| {
            if let Some(o) = me.take() {
                o.disconnect();
            }
            // One entry: the page's root, the one target observed.
            let entry = entries.unchecked_into::<web_sys::js_sys::Array>().get(0);
            let r = entry
                .unchecked_into::<web_sys::IntersectionObserverEntry>()
                .intersection_rect();
            put(
                &section,
                &card,
                &details,
                Extent {
                    top: r.top(),
                    bottom: r.bottom(),
                },
            );
        })
        .into_js_value();
        if let (Ok(o), Some(page)) = (
            IntersectionObserver::new(seen.unchecked_ref()),
            document().document_element(),
        ) {
            o.observe(&page);
            observer.set(Some(o));
        }
    }
    if ui.to_details.take() {
        if let Ok(Some(heading)) = details.query_selector("h2") {
            if let Ok(heading) = heading.dyn_into::<HtmlElement>() {
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = heading.focus_with_options(&options);
            }
        }
    }
}

/// Puts the details' top where `geom::details` says for the screen `seen` (viewport coordinates),
/// and makes the section tall enough to hold them.
fn put(section: &Element, card: &Element, details: &HtmlElement, seen: Extent) {
    // The stylesheet moves the details to the right of the map on wide screens.
    let beside = details.offset_left() > 0;
    let s = section.get_bounding_client_rect();
    let c = card.get_bounding_client_rect();
    let anchor = Extent {
        top: c.top() - s.top(),
        bottom: c.bottom() - s.top(),
    };
    let height = f64::from(details.offset_height());
    let placement = if beside {
        Placement::Beside
    } else {
        Placement::Under
    };
    let top = details_top(screen_in(seen, s.top()), anchor, height, placement) as i32;
    set_style(details, "top", Some(top));
    set_style(section, "min-height", Some(top + height as i32));
}

/// Sets a length in px through the CSSOM (a `style` attribute in markup would break a strict
/// Content-Security-Policy), or removes it.
fn set_style(el: &Element, name: &str, px: Option<i32>) {
    if let Some(el) = el.dyn_ref::<HtmlElement>() {
        let style = el.style();
        let _ = match px {
            Some(px) => style.set_property(name, &format!("{px}px")),
            None => style.remove_property(name).map(drop),
        };
    }
}
