//! The AI-server industry-chain widget: dataset, view state, geometry, strings, and the Leptos UI.

pub mod data;
pub mod embed;
pub mod geom;
pub mod i18n;
pub mod model;
pub mod render;
pub mod ui;

/// Mounts the widget into the page's body.
pub fn start() {
    leptos::mount::mount_to_body(ui::App);
}
