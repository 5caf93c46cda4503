//! Every figure of the current view as two tables: the series by year (years as columns), and
//! everything else (growth rates, shares, counts, targets, figures for a period).

use super::{credit_in, esc, figure_name, when};
use crate::data::schema::{Fact, Kind};
use crate::data::{node, node_index, series_of, Series, DATASET};
use crate::i18n::format::{kind_word, label, unit_label, value};
use crate::i18n::{strings, Lang};
use crate::model::View;
use std::fmt::Write;

fn all_series() -> Vec<Series> {
    (0..DATASET.nodes.len())
        .flat_map(|i| series_of(node(i).id))
        .collect()
}

fn node_name(id: &str, lang: Lang) -> String {
    node_index(id)
        .map(|i| esc(lang.node(node(i))))
        .unwrap_or_default()
}

/// The series table: one row per series with a value in view, one column per year of the view.
pub fn series_table(view: &View) -> String {
    let lang = view.lang;
    let t = strings(lang);
    let series = all_series();
    let years: Vec<u16> = (view.from..=view.to).collect();
    let mut s = format!(
        "<table class=\"series\"><caption id=\"series-caption\">{}</caption><thead><tr>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>",
        esc(t.table_caption),
        esc(t.col_node),
        esc(t.col_metric),
        esc(t.col_unit)
    );
    for &y in &years {
        let projected = series
            .iter()
            .flat_map(|s| &s.points)
            .any(|p| p.year == Some(y) && p.kind != Kind::Actual);
        let _ = write!(
            s,
            "<th scope=\"col\">{y}{}</th>",
            if projected { "E" } else { "" }
        );
    }
    s.push_str("</tr></thead><tbody>");
    for sr in series
        .iter()
        .filter(|sr| sr.points.iter().any(|f| view.shows(f)))
    {
        let first = sr.points[0];
        let _ = write!(
            s,
            "<tr data-series=\"{}\"><th scope=\"row\">{}</th><td>{}</td><td>{}</td>",
            esc(&sr.id()),
            node_name(sr.node, lang),
            esc(&figure_name(first, lang)),
            esc(unit_label(sr.unit, lang))
        );
        for &y in &years {
            match sr
                .points
                .iter()
                .find(|f| f.year == Some(y) && view.shows(f))
            {
                Some(f) => {
                    let _ = write!(
                        s,
                        "<td data-node=\"{}\" data-year=\"{y}\" data-kind=\"{}\"{}>{}</td>",
                        esc(sr.node),
                        f.kind.as_str(),
                        if f.kind != Kind::Actual {
                            " class=\"projected\""
                        } else {
                            ""
                        },
                        esc(&label(f.value, f.unit, f.qualifier, lang))
                    );
                }
                None => s.push_str("<td class=\"blank\">–</td>"),
            }
        }
        s.push_str("</tr>");
    }
    s.push_str("</tbody></table>");
    s
}

/// Whether a fact is one of the year-by-year series (those are in the series table).
fn in_series(series: &[Series], f: &Fact) -> bool {
    series
        .iter()
        .any(|s| s.points.iter().any(|p| std::ptr::eq(*p, f)))
}

/// The other figures: one row per fact in view that is not part of a series.
pub fn others_table(view: &View) -> String {
    let lang = view.lang;
    let t = strings(lang);
    let series = all_series();
    let mut s = format!(
        "<table class=\"others\"><caption id=\"other-caption\">{}</caption><thead><tr>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
         </tr></thead><tbody>",
        esc(t.other_figures),
        esc(t.col_node),
        esc(t.col_figure),
        esc(t.col_when),
        esc(t.col_value),
        esc(t.col_source)
    );
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
        let _ = write!(
            s,
            "<tr data-node=\"{}\" data-metric=\"{}\" data-kind=\"{}\"><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}{}</td><td>{}</td></tr>",
            esc(f.node),
            esc(f.metric),
            f.kind.as_str(),
            node_name(f.node, lang),
            esc(&figure_name(f, lang)),
            esc(&when(f, lang)),
            esc(&value(f.value, f.unit, f.qualifier, lang)),
            esc(&kind),
            esc(&credit_in(f, lang))
        );
    }
    s.push_str("</tbody></table>");
    s
}
