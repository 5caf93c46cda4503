//! Every figure of the view as tables; the markup comes from `render::tables`.

use crate::model::View;
use crate::render::tables::{others_table, series_table};
use leptos::prelude::*;

#[component]
pub fn DataTable() -> impl IntoView {
    // Only what the tables show: the selection or the theme changing does not rebuild them.
    let shown = super::key(View::filter_key);
    view! {
        <section class="tables" id="tables" aria-labelledby="tables-heading" tabindex="-1">
            <h2 id="tables-heading" inner_html=super::region("#tables-heading", super::words(|v| super::say(v, |t| t.table_heading)))></h2>
            // Folded until asked for (the skip link opens it too): a shorter embed, and a first
            // view that lays out no table of every figure (Performance, in the README).
            <details>
                <summary inner_html=super::region(".tables summary", super::words(|v| super::say(v, |t| t.show_tables)))></summary>
                <div class="scroll" role="region" aria-labelledby="series-caption" tabindex="0" inner_html=super::region(".tables summary+div", super::markup(shown, series_table))></div>
                <div class="scroll" role="region" aria-labelledby="other-caption" tabindex="0" inner_html=super::region(".tables summary+div+div", super::markup(shown, others_table))></div>
            </details>
        </section>
    }
}
