//! The overview charts below the map; markup from `render::overview`. The upstream chart switches
//! between market size and an index of growth.

use super::{mirror, region, say, Region, Ui};
use crate::model::{Action, View};
use crate::render::overview::{ai_server, downstream, modes, provinces, split, upstream};
use leptos::prelude::*;

// The regions (`data-region`), which their bindings find them by. The charts follow what the
// filters select; the upstream chart also the size/index switch. The switch's buttons are built
// with the language; their pressed state follows the switch.
const HEADING: Region = Region::words("overview-heading", |v| say(v, |t| t.overview));
const MODES: Region = Region::words("upstream-modes", modes).following(|v| u64::from(v.index));
const UPSTREAM: Region = Region::new(
    "upstream",
    |v| v.filter_key() | u64::from(v.index) << 63,
    upstream,
);
const AI_SERVER: Region = Region::new("ai-server", View::filter_key, ai_server);
const SPLIT: Region = Region::new("split", View::filter_key, split);
const PROVINCES: Region = Region::new("provinces", View::filter_key, provinces);
const DOWNSTREAM: Region = Region::new("downstream", View::filter_key, downstream);
pub(super) const REGIONS: &[Region] = &[
    HEADING, MODES, UPSTREAM, AI_SERVER, SPLIT, PROVINCES, DOWNSTREAM,
];

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
    view! {
        <section class="overview" aria-labelledby="overview-heading">
            <h2 id="overview-heading" data-region=HEADING.name inner_html=region(HEADING)></h2>
            <div class="wide">
                <div class="mode" role="group" data-region=MODES.name inner_html=mirror(MODES, pressed)></div>
                <div data-region=UPSTREAM.name inner_html=region(UPSTREAM)></div>
            </div>
            <div data-region=AI_SERVER.name inner_html=region(AI_SERVER)></div>
            <div class="duo">
                <div data-region=SPLIT.name inner_html=region(SPLIT)></div>
                <div data-region=PROVINCES.name inner_html=region(PROVINCES)></div>
            </div>
            <div data-region=DOWNSTREAM.name inner_html=region(DOWNSTREAM)></div>
        </section>
    }
}
