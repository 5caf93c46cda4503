//! The overview charts below the map; markup from `render::overview`. The upstream chart switches
//! between market size and an index of growth.

use super::{lang_key, markup, Ui};
use crate::model::{Action, View};
use crate::render::overview::{ai_server, downstream, modes, provinces, split, upstream};
use leptos::prelude::*;

// The regions' names (`data-region`), which their bindings find them by.
const HEADING: &str = "overview-heading";
const MODES: &str = "upstream-modes";
const UPSTREAM: &str = "upstream";
const AI_SERVER: &str = "ai-server";
const SPLIT: &str = "split";
const PROVINCES: &str = "provinces";
const DOWNSTREAM: &str = "downstream";

/// Which of the switch's buttons is pressed (`super::mirror`).
fn pressed(group: &web_sys::Element, ui: Ui) {
    let index = ui.view.with_untracked(|v| v.index);
    for on in [false, true] {
        let button = format!("[data-action={}]", Action::Index(on).as_str());
        super::set_flag(group, &button, "aria-pressed", index == on);
    }
}

#[component]
pub fn Overview() -> impl IntoView {
    let shown = super::key(View::filter_key);
    // The upstream chart also follows the size/index switch.
    let index = super::key(|v| u64::from(v.index));
    let upstream_key = super::key(|v| v.filter_key() | u64::from(v.index) << 63);
    let section = move |root, f: fn(&View) -> String| super::region(root, markup(shown, f));
    // The buttons are built with the language; their pressed state follows the switch.
    let buttons = markup(lang_key(), modes);
    let buttons = super::mirror(MODES, buttons, index, pressed);
    view! {
        <section class="overview" aria-labelledby="overview-heading">
            <h2 id="overview-heading" data-region=HEADING inner_html=super::region(HEADING, super::words(|v| super::say(v, |t| t.overview)))></h2>
            <div class="wide">
                <div class="mode" role="group" data-region=MODES inner_html=buttons></div>
                <div data-region=UPSTREAM inner_html=super::region(UPSTREAM, markup(upstream_key, upstream))></div>
            </div>
            <div data-region=AI_SERVER inner_html=section(AI_SERVER, ai_server)></div>
            <div class="duo">
                <div data-region=SPLIT inner_html=section(SPLIT, split)></div>
                <div data-region=PROVINCES inner_html=section(PROVINCES, provinces)></div>
            </div>
            <div data-region=DOWNSTREAM inner_html=section(DOWNSTREAM, downstream)></div>
        </section>
    }
}
