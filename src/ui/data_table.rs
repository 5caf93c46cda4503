//! Every figure as tables: series by year (years as columns), then everything else.

use super::{use_lang, use_view};
use crate::data::{category, credit, metric, node, series_of, DATASET};
use crate::i18n::format::{kind_word, label, period, unit_label, value, year};
use crate::i18n::{strings, Lang};
use leptos::prelude::*;

#[component]
pub fn DataTable() -> impl IntoView {
    let view = use_view();
    let lang = use_lang();
    let series = Memo::new(move |_| view.with(|v| (v.from, v.to, v.forecast, v.tiers)));
    move || {
        let _ = series.get();
        let l = lang.get();
        let s = strings(l);
        let (from, to) = view.with_untracked(|v| (v.from, v.to));
        let years: Vec<u16> = (from..=to).collect();
        let all: Vec<_> = (0..DATASET.nodes.len())
            .flat_map(|i| series_of(&node(i).id))
            .collect();
        let in_series = |f: &crate::data::schema::Fact| {
            all.iter()
                .any(|s| s.points.iter().any(|p| std::ptr::eq(*p, f)))
        };
        let head = years
            .iter()
            .map(|&y| {
                let projected = all.iter().any(|s| s.points.iter().any(|p| p.year == Some(y) && p.kind != crate::data::schema::Kind::Actual));
                view! { <th scope="col">{if projected { format!("{y}E") } else { y.to_string() }}</th> }
            })
            .collect_view();
        let rows = all
            .iter()
            .filter(|s| view.with_untracked(|v| s.points.iter().any(|f| v.shows(f))))
            .map(|sr| {
                let n = node(crate::data::node_index(sr.node).unwrap_or(0));
                let m = metric(sr.metric).map(|m| l.label(m)).unwrap_or("");
                let cat = category(sr.category).map(|c| format!(" · {}", l.label(c))).unwrap_or_default();
                let cells = years
                    .iter()
                    .map(|&y| {
                        let f = sr.points.iter().find(|f| f.year == Some(y) && view.with_untracked(|v| v.shows(f)));
                        match f {
                            Some(f) => view! {
                                <td data-node=sr.node data-year=y.to_string() data-kind=f.kind.as_str() class:projected=f.kind != crate::data::schema::Kind::Actual>
                                    {label(f.value, f.unit, f.qualifier, l)}
                                </td>
                            }
                            .into_any(),
                            None => view! { <td class="blank">"–"</td> }.into_any(),
                        }
                    })
                    .collect_view();
                view! {
                    <tr data-series=sr.id()>
                        <th scope="row">{l.node(n).to_owned()}</th>
                        <td>{format!("{m}{cat}")}</td>
                        <td>{unit_label(sr.unit, l)}</td>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        let others = DATASET
            .facts
            .iter()
            .filter(|f| !in_series(f) && view.with_untracked(|v| v.shows(f)))
            .map(|f| {
                let n = node(crate::data::node_index(&f.node).unwrap_or(0));
                let m = metric(&f.metric).map(|m| l.label(m)).unwrap_or("");
                let cat = category(&f.category).map(|c| format!(" · {}", l.label(c))).unwrap_or_default();
                let when = if !f.period.is_empty() {
                    period(&f.period, l)
                } else {
                    f.year.map(|y| year(y, f.kind)).unwrap_or_default()
                };
                view! {
                    <tr data-node=f.node.to_string() data-kind=f.kind.as_str()>
                        <th scope="row">{l.node(n).to_owned()}</th>
                        <td>{format!("{m}{cat}")}</td>
                        <td>{when}</td>
                        <td>{value(f.value, f.unit, f.qualifier, l)} {(f.kind != crate::data::schema::Kind::Actual).then(|| format!(" ({})", kind_word(f.kind, l)))}</td>
                        <td>{credit(f, l == Lang::Zh)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <section class="tables" id="tables" aria-labelledby="tables-heading" tabindex="-1">
                <h2 id="tables-heading">{s.table_heading}</h2>
                <div class="scroll" role="region" aria-labelledby="series-caption" tabindex="0">
                    <table class="series">
                        <caption id="series-caption">{s.table_caption}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{s.col_node}</th>
                                <th scope="col">{s.col_metric}</th>
                                <th scope="col">{s.col_unit}</th>
                                {head}
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <div class="scroll" role="region" aria-labelledby="other-caption" tabindex="0">
                    <table class="others">
                        <caption id="other-caption">{s.other_figures}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{s.col_node}</th>
                                <th scope="col">{s.col_figure}</th>
                                <th scope="col">{s.col_when}</th>
                                <th scope="col">{s.col_value}</th>
                                <th scope="col">{s.col_source}</th>
                            </tr>
                        </thead>
                        <tbody>{others}</tbody>
                    </table>
                </div>
            </section>
        }
    }
}
