//! The overview charts below the map; markup from `render::overview`. The upstream chart switches
//! between market size and an index of growth.

use super::{mirror, region, say, Region, Ui};
use crate::model::{Action, View};
use crate::render::overview::{
    ai_server, downstream, modes, one_chart, provinces, split, upstream,
};
use leptos::prelude::*;

// The regions (`data-region`), which their bindings find them by. The charts follow what the
// filters select; the upstream chart also the size/index switch. The switch's buttons are built
// with the language; their pressed state follows the switch.
const HEADING: Region = Region::words("overview-heading", |v| say(v, |t| t.overview));
const MODES: Region =
    Region::words("upstream-modes", |v| modes(v).into()).following(|v| u64::from(v.index));
const UPSTREAM: Region = Region::new("upstream", upstream_key, |v| upstream(v).into());
const AI_SERVER: Region = Region::new("ai-server", View::filter_key, |v| ai_server(v).into());
const SPLIT: Region = Region::new("split", View::filter_key, |v| split(v).into());
const PROVINCES: Region = Region::new("provinces", View::filter_key, |v| provinces(v).into());
const DOWNSTREAM: Region = Region::new("downstream", View::filter_key, |v| downstream(v).into());
/// One chart alone (`part=chart:<file>`; the part is fixed for the widget's life).
const CHART: Region = Region::new(
    "chart",
    |v| upstream_key(v) ^ v.part.key(),
    |v| one_chart(v).into(),
);
pub(super) const REGIONS: &[Region] = &[
    HEADING, MODES, UPSTREAM, AI_SERVER, SPLIT, PROVINCES, DOWNSTREAM, CHART,
];

/// What the upstream chart follows: the filters and the size/index switch.
fn upstream_key(v: &View) -> u64 {
    v.filter_key() | u64::from(v.index) << 63
}

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

/// One chart alone, the widget's only content besides its filters and credit.
#[component]
pub fn OneChart() -> impl IntoView {
    view! { <section class="one-chart" data-region=CHART.name inner_html=region(CHART)></section> }
}
