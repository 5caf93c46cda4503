//! The AI-server industry-chain widget: dataset, view state, geometry, strings, and the Leptos UI.

pub mod data;
pub mod embed;
pub mod geom;
pub mod i18n;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod render;
pub mod ui;

/// Starts the widget after the frame that draws the static first view (`prerender`), so that its
/// takeover does not hold that frame back (complete render at 4x slowdown 891 → 765 ms, nine loads
/// each), or after 100 ms when no frame comes: browsers draw no frames for an iframe off screen on
/// another origin, and the widget must still start there. The bundle's page starts the wasm itself
/// only after that frame (`prerender::defer_start`); this wait serves pages that start it at once,
/// as the single-file build does.
pub fn start() {
    use leptos::prelude::{request_animation_frame, set_timeout};
    use std::time::Duration;
    let started = std::rc::Rc::new(std::cell::Cell::new(false));
    let once = move || {
        if !started.replace(true) {
            take_over()
        }
    };
    let after_frame = once.clone();
    request_animation_frame(move || set_timeout(after_frame, Duration::ZERO));
    set_timeout(once, Duration::from_millis(100));
}

/// Mounts the widget into the page's body, then removes the static first view that the page may
/// hold: both in one task, so the browser never paints the page without either. When the address
/// asks for the view the static copy shows (the default, with no notice about a bad parameter),
/// the live widget takes the copy's markup over instead of building and parsing it again.
fn take_over() {
    let doc = leptos::prelude::document();
    let first = doc.query_selector("main[data-static]").ok().flatten();
    // The same view and the same markup: a notice about a bad parameter would fill its region,
    // which the static copy has empty.
    let (view, warnings) = model::View::from_query(&embed::location_search());
    let same = first.is_some() && view == model::View::default() && warnings.is_empty();
    ui::set_adopting(same);
    leptos::mount::mount_to_body(ui::App);
    ui::set_adopting(false);
    if let Some(first) = first {
        if same {
            if let Ok(Some(live)) = doc.query_selector("main.widget:not([data-static])") {
                ui::adopt(&live, &first);
            }
        }
        first.remove();
    }
}
