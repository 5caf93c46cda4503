//! Every figure of the view as tables; the markup comes from `render::tables`.

use super::{region, say, use_ui, Region};
use crate::model::{Part, View};
use crate::render::tables::{others_table, series_table};
use leptos::prelude::*;

// The regions (`data-region`), which their bindings find them by. Only what the tables show
// rebuilds them: the selection or the theme changing does not.
const HEADING: Region = Region::words("tables-heading", |v| say(v, |t| t.table_heading));
const SUMMARY: Region = Region::words("tables-summary", |v| say(v, |t| t.show_tables));
const SERIES: Region = Region::new("series-table", View::filter_key, |v| series_table(v).into());
const OTHERS: Region = Region::new("others-table", View::filter_key, |v| others_table(v).into());
pub(super) const REGIONS: &[Region] = &[HEADING, SUMMARY, SERIES, OTHERS];

#[component]
pub fn DataTable() -> impl IntoView {
    view! {
        <section class="tables" id="tables" aria-labelledby="tables-heading" tabindex="-1">
            <h2 id="tables-heading" data-region=HEADING.name inner_html=region(HEADING)></h2>
            // Folded until asked for (the skip link opens it too): a shorter embed, and a first
            // view that lays out no table of every figure (Performance, in the README). Open
            // where the tables are the embed (`part=data`) or cannot be opened (`static=1`).
            <details open=use_ui().view.with_untracked(|v| v.still || v.part == Part::Data)>
                <summary data-region=SUMMARY.name inner_html=region(SUMMARY)></summary>
                <div class="scroll" role="region" aria-labelledby="series-caption" tabindex="0" data-region=SERIES.name inner_html=region(SERIES)></div>
                <div class="scroll" role="region" aria-labelledby="other-caption" tabindex="0" data-region=OTHERS.name inner_html=region(OTHERS)></div>
            </details>
        </section>
    }
}
