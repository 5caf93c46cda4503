//! The AI-server industry-chain widget: dataset, view state, geometry, strings, and the Leptos UI.

pub mod data;
pub mod embed;
pub mod geom;
pub mod i18n;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod render;
#[cfg(not(target_arch = "wasm32"))]
pub mod slim;
pub mod ui;

/// Mounts the widget into the page's body, then removes the static first view that the page may
/// hold: both in one task, so the browser never paints the page without either. When the address
/// asks for the view the static copy shows (the default, with no notice about a bad parameter),
/// the live widget takes the copy's markup over instead of building and parsing it again.
///
/// The page starts the wasm only after the frame that draws the static view, or after 100 ms when
/// no frame comes (`prerender::AFTER_FIRST_FRAME`, in Trunk's loader and in the single file's), so
/// neither the wasm's start nor this takeover holds that frame back.
pub fn start() {
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
