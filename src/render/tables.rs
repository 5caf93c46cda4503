//! Every figure of the current view as two tables: the series by year (years as columns), and
//! everything else (growth rates, shares, counts, targets, figures for a period).

use super::html::{Html, Ident, Text};
use super::{credit_in, figure_name, when};
use crate::data::schema::{Fact, Kind};
use crate::data::{node, node_index, series_of, Series, DATASET};
use crate::html;
use crate::i18n::format::{kind_word, label, unit_label, value};
use crate::i18n::{strings, Lang};
use crate::model::View;

fn all_series() -> Vec<Series> {
    (0..DATASET.nodes.len())
        .flat_map(|i| series_of(node(i).id))
        .collect()
}

fn node_name(id: &str, lang: Lang) -> Html {
    html![Text(node_index(id).map_or("", |i| lang.node(node(i))))]
}

/// The series table: one row per series with a value in view, one column per year of the view.
pub fn series_table(view: &View) -> Html {
    let lang = view.lang;
    let t = strings(lang);
    let series = all_series();
    let years: Vec<u16> = (view.from..=view.to).collect();
    let mut s = html![
        "<table class=\"series\"><caption id=\"series-caption\">",
        Text(t.table_caption),
        "</caption><thead><tr><th scope=\"col\">",
        Text(t.col_node),
        "</th><th scope=\"col\">",
        Text(t.col_metric),
        "</th><th scope=\"col\">",
        Text(t.col_unit),
        "</th>"
    ];
    for &y in &years {
        let projected = series
            .iter()
            .flat_map(|s| &s.points)
            .any(|p| p.year == Some(y) && p.kind != Kind::Actual);
        s.push(&html![
            "<th scope=\"col\">",
            y,
            projected.then(|| html!["E"]),
            "</th>"
        ]);
    }
    s.push(&html!["</tr></thead><tbody>"]);
    for sr in series
        .iter()
        .filter(|sr| sr.points.iter().any(|f| view.shows(f)))
    {
        let first = sr.points[0];
        s.push(&html![
            "<tr data-series=\"",
            Text(&sr.id()),
            "\"><th scope=\"row\">",
            node_name(sr.node, lang),
            "</th><td>",
            Text(&figure_name(first, lang)),
            "</td><td>",
            Text(unit_label(sr.unit, lang)),
            "</td>"
        ]);
        for &y in &years {
            match sr
                .points
                .iter()
                .find(|f| f.year == Some(y) && view.shows(f))
            {
                Some(f) => s.push(&html![
                    "<td data-node=\"",
                    Text(sr.node),
                    "\" data-year=\"",
                    y,
                    "\" data-kind=\"",
                    Ident(f.kind.as_str()),
                    "\"",
                    (f.kind != Kind::Actual).then(|| html![" class=\"projected\""]),
                    ">",
                    Text(&label(f.value, f.unit, f.qualifier, lang)),
                    "</td>"
                ]),
                None => s.push(&html!["<td class=\"blank\">–</td>"]),
            }
        }
        s.push(&html!["</tr>"]);
    }
    s.push(&html!["</tbody></table>"]);
    s
}

/// Whether a fact is one of the year-by-year series (those are in the series table).
fn in_series(series: &[Series], f: &Fact) -> bool {
    series
        .iter()
        .any(|s| s.points.iter().any(|p| std::ptr::eq(*p, f)))
}

/// The other figures: one row per fact in view that is not part of a series.
pub fn others_table(view: &View) -> Html {
    let lang = view.lang;
    let t = strings(lang);
    let series = all_series();
    let mut s = html![
        "<table class=\"others\"><caption id=\"other-caption\">",
        Text(t.other_figures),
        "</caption><thead><tr><th scope=\"col\">",
        Text(t.col_node),
        "</th><th scope=\"col\">",
        Text(t.col_figure),
        "</th><th scope=\"col\">",
        Text(t.col_when),
        "</th><th scope=\"col\">",
        Text(t.col_value),
        "</th><th scope=\"col\">",
        Text(t.col_source),
        "</th></tr></thead><tbody>"
    ];
    for f in DATASET
        .facts
        .iter()
        .filter(|f| !in_series(&series, f) && view.shows(f))
    {
        // "500万只(预测)", "5 million modules (forecast)".
        let kind = match (f.kind, lang) {
            (Kind::Actual, _) => String::new(),
            (k, Lang::Zh) => format!("({})", kind_word(k, lang)),
            (k, Lang::En) => format!(" ({})", kind_word(k, lang)),
        };
        s.push(&html![
            "<tr data-node=\"",
            Text(f.node),
            "\" data-metric=\"",
            Text(f.metric),
            "\" data-kind=\"",
            Ident(f.kind.as_str()),
            "\"><th scope=\"row\">",
            node_name(f.node, lang),
            "</th><td>",
            Text(&figure_name(f, lang)),
            "</td><td>",
            Text(&when(f, lang)),
            "</td><td>",
            Text(&value(f.value, f.unit, f.qualifier, lang)),
            Text(&kind),
            "</td><td>",
            Text(&credit_in(f, lang)),
            "</td></tr>"
        ]);
    }
    s.push(&html!["</tbody></table>"]);
    s
}
