//! The selected node's details; markup from `render::panel`, rebuilt when the selection, the
//! language or a filter changes. They open where the reader is looking (`geom::details`): beside
//! the map on wide screens, over it under the chosen card on phones. Close and Escape return focus
//! to the node on the map.

use super::{focus_node, Ui};
use crate::data::node;
use crate::geom::details::{details_top, screen_in, Extent, Placement, SHOWN};
use crate::model::Action;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{Element, HtmlElement, IntersectionObserver};

/// Escape in the details lets the selection go, like their close button (`super::act`).
pub fn handle(ui: Ui, kind: &str, ev: &web_sys::Event) {
    if kind == "keydown"
        && super::event_element(ev, ".panel").is_some()
        && ev
            .dyn_ref::<web_sys::KeyboardEvent>()
            .is_some_and(|k| k.key() == "Escape")
    {
        close(ui);
    }
}

/// Lets the selection go and returns focus to its node on the map.
pub fn close(ui: Ui) {
    if let Some(i) = ui.view.with_untracked(|v| v.node) {
        ui.view.update(|v| v.act(Action::Close, ""));
        focus_node(node(i).id);
    }
}

/// Opens (or closes) the details drawn into `details` (`super::mirror`) on the reader's screen:
/// where the click that chose the node put them, or, chosen otherwise (the address, the filter
/// bar, the article), where the node's card puts them now. Inside an iframe, which its article
/// sizes to the content, the reader's screen is the part an `IntersectionObserver` sees (its root
/// is then the article's viewport), so they are placed once more when it answers, a frame later.
pub fn place(details: &Element, ui: Ui) {
    let Some(section) = details.parent_element() else {
        return;
    };
    let selected = ui.view.with_untracked(|v| v.node);
    let _ = section
        .class_list()
        .toggle_with_force("open", selected.is_some());
    let Some(i) = selected else {
        return;
    };
    let id = node(i).id;
    let top = ui.opened_at.take().or_else(|| top_for(id));
    set_top(details, top);
    if crate::embed::is_embedded() {
        // Its first report (made for every target observed) is all that is needed: the observer
        // is disconnected and dropped then, and the callback with it.
        let observer = std::rc::Rc::new(std::cell::Cell::new(None::<IntersectionObserver>));
        let me = observer.clone();
        let details = details.clone();
        let seen = Closure::<dyn FnMut(JsValue)>::new(move |entries: JsValue| {
            if let Some(o) = me.take() {
                o.disconnect();
            }
            // One entry: the page's root, the one target observed. Off the reader's screen (an
            // article scrolled elsewhere) there is nowhere better than where the card put them.
            let entry = entries
                .unchecked_into::<web_sys::js_sys::Array>()
                .get(0)
                .unchecked_into::<web_sys::IntersectionObserverEntry>();
            if entry.is_intersecting() {
                let r = entry.intersection_rect();
                let seen = Extent {
                    top: r.top(),
                    bottom: r.bottom(),
                };
                set_top(&details, placed(id, seen));
            }
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
        // Once the frame that shows them is drawn: focus needs the page laid out, which a focus
        // made now would force in the click's task.
        let heading = details.query_selector("h2").ok().flatten();
        if let Some(heading) = heading.and_then(|h| h.dyn_into::<HtmlElement>().ok()) {
            request_animation_frame(move || {
                set_timeout(
                    move || {
                        let options = web_sys::FocusOptions::new();
                        options.set_prevent_scroll(true);
                        let _ = heading.focus_with_options(&options);
                    },
                    std::time::Duration::ZERO,
                )
            });
        }
    }
}

/// Where the details of node `id` start, in px below the map's top, for the page as it is now
/// with the whole viewport on the reader's screen (what it is at the top level; in an iframe, a
/// first guess: the chosen card is on screen). Read before anything changes, it costs no layout.
pub fn top_for(id: &str) -> Option<usize> {
    let viewport = window().inner_height().ok()?.as_f64()?;
    placed(
        id,
        Extent {
            top: 0.0,
            bottom: viewport,
        },
    )
}

/// `top_for` on the reader's screen `seen` (viewport coordinates).
fn placed(id: &str, seen: Extent) -> Option<usize> {
    let map = super::live_root()?.query_selector(".chain-map").ok()??;
    let card = map
        .query_selector(&format!("button[data-node=\"{id}\"]"))
        .ok()??;
    // The same breakpoint as the stylesheet's: the details beside the map from 1000 px.
    let wide = window().inner_width().ok()?.as_f64()? >= 1000.0;
    let (m, c) = (
        map.get_bounding_client_rect(),
        card.get_bounding_client_rect(),
    );
    let anchor = Extent {
        top: c.top() - m.top(),
        bottom: c.bottom() - m.top(),
    };
    let placement = if wide {
        Placement::Beside
    } else {
        Placement::Under
    };
    let top = details_top(screen_in(seen, m.top()), anchor, SHOWN, placement);
    Some(top as usize)
}

/// Sets where the details start (`--top`, which the stylesheet reads) through the CSSOM: a style
/// attribute in markup would break a strict Content-Security-Policy.
fn set_top(details: &Element, top: Option<usize>) {
    if let (Some(el), Some(top)) = (details.dyn_ref::<HtmlElement>(), top) {
        let _ = el.style().set_property("--top", &format!("{top}px"));
    }
}
