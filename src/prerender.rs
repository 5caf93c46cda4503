//! The static first view (native builds only): the default view rendered by Leptos on the server
//! side and put into the page Trunk built, so that a reader sees the chain, its figures, the
//! charts and the tables before the wasm arrives, or without it. `start` replaces it with the live
//! widget; the layout is the same markup at every width, so nothing moves.

use crate::model::View;
use crate::ui::Widget;
use leptos::prelude::*;

/// The attribute that marks the static copy, which the live widget removes once it is mounted.
pub const STATIC_MARK: &str = "data-static";

/// The default view as HTML: the same component the browser mounts, built with no page around it.
pub fn first_view() -> String {
    let html = Owner::new().with(|| {
        view! { <Widget initial=View::default() warnings=Vec::new() embedded=false adopt=false/> }.to_html()
    });
    html.replacen(
        "<main class=\"widget\"",
        &format!("<main class=\"widget\" {STATIC_MARK}"),
        1,
    )
}

/// The stylesheet rules that place the widget's marks (the map's cards, the charts' buttons),
/// which the build appends to the page's stylesheet: the markup itself carries no `style`
/// attribute, so a page served with `style-src 'self'` lays out the same.
pub fn layout_css() -> String {
    use crate::render::{chart, map, overview};
    format!(
        "{}{}{}",
        map::map_css(&crate::geom::chain::layout(
            crate::data::NODE_TIERS,
            crate::data::LINK_PAIRS,
        )),
        chart::hits_css(),
        overview::hits_css()
    )
}
