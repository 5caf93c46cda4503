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

/// Mounts the widget into the page's body, then removes the static first view that the page may
/// hold (`prerender`): both in one task, so the browser never paints the page without either.
pub fn start() {
    leptos::mount::mount_to_body(ui::App);
    if let Ok(Some(first)) = leptos::prelude::document().query_selector("main[data-static]") {
        first.remove();
    }
}
