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

/// Starts the widget in the page. When the page holds a static first view of the view the address
/// asks for (the default, with no notice about a bad parameter), the widget takes that copy over
/// where it is (`ui::take_over`): nothing is built, moved or laid out again. Otherwise it mounts
/// into the body, then removes any static copy, both in one task, so the browser never paints the
/// page without either.
///
/// The page starts the wasm only after the frame that draws the static view, or after 100 ms when
/// no frame comes (`post_build::page::AFTER_FIRST_FRAME`, at the end of the glue), so
/// neither the wasm's start nor this takeover holds that frame back; `main` calls this in the task
/// after the one that instantiates the wasm.
pub fn start() {
    let doc = leptos::prelude::document();
    let first = doc.query_selector("main[data-static]").ok().flatten();
    // The same view and the same markup: a notice about a bad parameter would fill its region,
    // which the static copy has empty.
    let (view, warnings) = model::View::from_query(&embed::location_search());
    match first {
        Some(first) if view == model::View::default() && warnings.is_empty() => {
            ui::take_over(&first, || leptos::view! { <ui::App adopt=true/> });
        }
        first => {
            leptos::mount::mount_to_body(|| leptos::view! { <ui::App adopt=false/> });
            if let Some(first) = first {
                first.remove();
            }
        }
    }
}
