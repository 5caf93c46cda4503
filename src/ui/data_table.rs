//! Every figure of the view as tables; the markup comes from `render::tables`.

use crate::model::View;
use crate::render::tables::{others_table, series_table};
use leptos::prelude::*;

// The regions' names (`data-region`), which their bindings find them by.
const HEADING: &str = "tables-heading";
const SUMMARY: &str = "tables-summary";
const SERIES: &str = "series-table";
const OTHERS: &str = "others-table";

#[component]
pub fn DataTable() -> impl IntoView {
    // Only what the tables show: the selection or the theme changing does not rebuild them.
    let shown = super::key(View::filter_key);
    view! {
        <section class="tables" id="tables" aria-labelledby="tables-heading" tabindex="-1">
            <h2 id="tables-heading" data-region=HEADING inner_html=super::region(HEADING, super::words(|v| super::say(v, |t| t.table_heading)))></h2>
            // Folded until asked for (the skip link opens it too): a shorter embed, and a first
            // view that lays out no table of every figure (Performance, in the README).
            <details>
                <summary data-region=SUMMARY inner_html=super::region(SUMMARY, super::words(|v| super::say(v, |t| t.show_tables)))></summary>
                <div class="scroll" role="region" aria-labelledby="series-caption" tabindex="0" data-region=SERIES inner_html=super::region(SERIES, super::markup(shown, series_table))></div>
                <div class="scroll" role="region" aria-labelledby="other-caption" tabindex="0" data-region=OTHERS inner_html=super::region(OTHERS, super::markup(shown, others_table))></div>
            </details>
        </section>
    }
}
