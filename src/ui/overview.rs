//! The overview charts below the map; markup from `render::overview`. The upstream chart switches
//! between market size and an index of growth.

use super::{lang_key, markup, Ui};
use crate::model::View;
use crate::render::overview::{ai_server, downstream, modes, provinces, split, upstream};
use leptos::prelude::*;

/// The upstream chart's size/index switch (`super::listen`).
pub fn handle(ui: Ui, kind: &str, ev: &web_sys::Event) {
    if kind != "click" {
        return;
    }
    if let Some(mode) =
        super::event_element(ev, ".mode [data-mode]").and_then(|b| b.get_attribute("data-mode"))
    {
        ui.view.update(|v| v.index = mode == "index");
    }
}

/// Which of the switch's buttons is pressed (`super::mirror`).
fn pressed(group: &web_sys::Element, ui: Ui) {
    let index = ui.view.with_untracked(|v| v.index);
    super::set_flag(group, "[data-mode=absolute]", "aria-pressed", !index);
    super::set_flag(group, "[data-mode=index]", "aria-pressed", index);
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
    let buttons = super::mirror(".overview .mode", buttons, index, pressed);
    view! {
        <section class="overview" aria-labelledby="overview-heading">
            <h2 id="overview-heading" inner_html=super::region("#overview-heading", super::words(|v| super::say(v, |t| t.overview)))></h2>
            <div class="wide">
                <div class="mode" role="group" inner_html=buttons></div>
                <div inner_html=super::region(".overview .mode+div", markup(upstream_key, upstream))></div>
            </div>
            <div inner_html=section(".overview>.wide+div", ai_server)></div>
            <div class="duo">
                <div inner_html=section(".duo>div:first-child", split)></div>
                <div inner_html=section(".duo>div:last-child", provinces)></div>
            </div>
            <div inner_html=section(".overview>.duo+div", downstream)></div>
        </section>
    }
}
