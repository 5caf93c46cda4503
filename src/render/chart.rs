//! A series as a column chart: title, generated summary, SVG marks (forecasts hatched and marked E,
//! qualifiers on labels, the growth the source reports on its year), a tooltip per column, the
//! numbers as a table, and the source line.

use super::{credit_in, esc};
use crate::data::schema::{Fact, Kind, Node};
use crate::data::{facts_of, metric, Series};
use crate::geom::columns::{columns_in_slots, Columns};
use crate::geom::num;
use crate::i18n::format::{
    convert, decimal_from_f64, kind_word, label, number, unit_label, value, year,
};
use crate::i18n::{mid_sentence, series_summary, strings, Lang};
use std::fmt::Write;

pub const W: f64 = 320.0;
pub const H: f64 = 220.0;

/// The growth metric the source reports beside a series metric, by the data file's convention:
/// `market_size` → `yoy_growth`, any other `m` → `m_yoy_growth`.
pub fn growth_metric(metric: &str) -> String {
    if metric == "market_size" {
        "yoy_growth".into()
    } else {
        format!("{metric}_yoy_growth")
    }
}

/// "GPU市场规模(亿元)" / "GPUs: Market size (CNY bn)"; "Data-centre operators: Racks", not
/// "Racks (racks)", where the unit is what the metric counts.
pub fn title(series: &Series, node: &Node, lang: Lang) -> String {
    let m = metric(series.metric).map_or("", |m| lang.label(m));
    let unit = unit_label(series.unit, lang);
    match lang {
        Lang::Zh => format!("{}{m}({unit})", node.zh),
        Lang::En if unit.eq_ignore_ascii_case(m) => format!("{}: {m}", node.en),
        Lang::En => format!("{}: {m} ({unit})", node.en),
    }
}

/// The summary sentence: the first and last visible values, or why nothing is shown.
pub fn summary(series: &Series, node: &Node, visible: &[&Fact], lang: Lang) -> String {
    match (visible.first(), visible.last()) {
        (Some(a), Some(b)) => {
            let m = metric(series.metric).map_or("", |m| lang.label(m));
            let subject = match lang {
                Lang::Zh => format!("{}{m}", node.zh),
                Lang::En => format!("{m} of {}", mid_sentence(node.en)),
            };
            series_summary(&subject, a, b, lang)
        }
        _ => strings(lang).chart_empty.to_owned(),
    }
}

/// What a column's tooltip says: value with qualifier and unit, year, actual or forecast, source.
/// In Chinese the year is written plainly ("2025年:630亿元(预测)"), not "2025E年".
pub fn tooltip(f: &Fact, lang: Lang) -> String {
    let y = f.year.map_or(String::new(), |y| match lang {
        Lang::Zh => y.to_string(),
        Lang::En => year(y, f.kind),
    });
    let v = value(f.value, f.unit, f.qualifier, lang);
    let k = kind_word(f.kind, lang);
    let src = credit_in(f, lang);
    match lang {
        Lang::Zh => format!("{y}年:{v}({k})。来源:{src}"),
        Lang::En => format!("{y}: {v} ({k}). Source: {src}"),
    }
}

/// Places the visible values: one slot per year of `years` when given (charts over the same years
/// line up), else one slot per value.
fn place(visible: &[&Fact], years: Option<(u16, u16)>) -> Columns {
    let values: Vec<f64> = visible.iter().map(|f| f.value.to_f64()).collect();
    match years {
        Some((y0, y1)) => {
            let slots: Vec<usize> = visible
                .iter()
                .map(|f| usize::from(f.year.unwrap_or(y0).saturating_sub(y0)))
                .collect();
            columns_in_slots(
                &values,
                &slots,
                usize::from(y1.saturating_sub(y0)) + 1,
                W,
                H,
            )
        }
        None => columns_in_slots(
            &values,
            &(0..values.len()).collect::<Vec<_>>(),
            values.len(),
            W,
            H,
        ),
    }
}

/// The SVG marks of the chart, with `data-*` attributes on every column.
pub fn svg(
    series: &Series,
    visible: &[&Fact],
    years: Option<(u16, u16)>,
    lang: Lang,
    dom_id: &str,
) -> String {
    let c = place(visible, years);
    let mut s = format!(
        "<svg viewBox=\"0 0 {w} {h}\" role=\"img\" aria-labelledby=\"t-{dom_id}\" aria-describedby=\"d-{dom_id}\">\
         <defs><pattern id=\"hatch-{dom_id}\" class=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">\
         <line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\"/></pattern></defs>",
        w = num(W),
        h = num(H)
    );
    for &(y, t) in &c.ticks {
        let shown = number(
            convert(decimal_from_f64(t, c.tick_decimals), series.unit, lang),
            lang == Lang::En,
        );
        let _ = write!(
            s,
            "<g class=\"tick\"><line x1=\"{x0}\" x2=\"{x1}\" y1=\"{y}\" y2=\"{y}\"/><text x=\"{tx}\" y=\"{y}\" dy=\"0.32em\" text-anchor=\"end\">{shown}</text></g>",
            x0 = num(c.plot.x0),
            x1 = num(c.plot.x1),
            y = num(y),
            tx = num(c.plot.x0 - 6.0),
        );
    }
    let _ = write!(
        s,
        "<line class=\"baseline\" x1=\"{}\" x2=\"{}\" y1=\"{y}\" y2=\"{y}\"/>",
        num(c.plot.x0),
        num(c.plot.x1),
        y = num(c.plot.y1)
    );
    let growth = growth_metric(series.metric);
    for (f, r) in visible.iter().zip(&c.bars) {
        let projected = f.kind != Kind::Actual;
        let _ = write!(
            s,
            "<rect class=\"bar {cls}\" x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\"{fill} data-node=\"{node}\" data-series=\"{sid}\" data-year=\"{yr}\" data-kind=\"{kind}\"/>\
             <text class=\"value\" x=\"{cx}\" y=\"{ly}\" text-anchor=\"middle\">{label}</text>\
             <text class=\"year\" x=\"{cx}\" y=\"{yy}\" text-anchor=\"middle\">{year}</text>",
            cls = if projected { "projected" } else { "actual" },
            x = num(r.x0),
            y = num(r.y0),
            w = num(r.width()),
            h = num(r.height()),
            fill = if projected { format!(" fill=\"url(#hatch-{dom_id})\"") } else { String::new() },
            node = esc(series.node),
            sid = esc(&series.id()),
            yr = f.year.unwrap_or(0),
            kind = f.kind.as_str(),
            cx = num(r.cx()),
            ly = num(r.y0 - 6.0),
            label = esc(&label(f.value, f.unit, f.qualifier, lang)),
            yy = num(c.plot.y1 + 16.0),
            year = f.year.map(|y| year(y, f.kind)).unwrap_or_default(),
        );
        let reported = facts_of(series.node)
            .find(|g| g.metric == growth && g.year == f.year && g.period.is_empty());
        if let Some(g) = reported {
            let _ = write!(
                s,
                "<text class=\"growth\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">+{}%</text>",
                num(r.cx()),
                num(r.y0 - 20.0),
                number(g.value, false)
            );
        }
    }
    s.push_str("</svg>");
    s
}

/// The whole figure for a node's series, filtered to `visible`.
pub fn figure(
    series: &Series,
    node: &Node,
    visible: &[&Fact],
    years: Option<(u16, u16)>,
    lang: Lang,
) -> String {
    let t = strings(lang);
    let dom_id = series.id().replace('/', "-");
    let mut s = format!(
        "<figure class=\"chart\" data-series=\"{sid}\" data-file=\"{file}\"><figcaption><h3 id=\"t-{dom_id}\">{title}</h3>\
         <p class=\"summary\" id=\"d-{dom_id}\">{summary}</p></figcaption>",
        sid = esc(&series.id()),
        file = esc(&series.id().replace(['/', '_'], "-")),
        title = esc(&title(series, node, lang)),
        summary = esc(&summary(series, node, visible, lang)),
    );
    if visible.is_empty() {
        let _ = write!(s, "<p class=\"empty\">{}</p></figure>", esc(t.chart_empty));
        return s;
    }
    s.push_str("<div class=\"plot\">");
    s.push_str(&svg(series, visible, years, lang, &dom_id));
    // One button per column over the SVG: hover, tap or keyboard focus shows its tooltip (CSS),
    // and the chart's role="img" keeps no focusable content inside.
    let c = place(visible, years);
    for (f, r) in visible.iter().zip(&c.bars) {
        let tip = esc(&tooltip(f, lang));
        let _ = write!(
            s,
            "<button type=\"button\" class=\"hotspot\" data-year=\"{yr}\" style=\"left:{l}%;width:{w}%;top:{tp}%;height:{h}%\" aria-label=\"{tip}\"><span class=\"tip\" aria-hidden=\"true\">{tip}</span></button>",
            yr = f.year.unwrap_or(0),
            l = num(r.x0 / W * 100.0),
            w = num(r.width() / W * 100.0),
            tp = num(c.plot.y0 / H * 100.0),
            h = num((c.plot.y1 - c.plot.y0) / H * 100.0),
        );
    }
    let _ = write!(
        s,
        "</div><p class=\"legend\"><span class=\"swatch actual\" aria-hidden=\"true\"></span>{actual}\
         <span class=\"swatch projected\" aria-hidden=\"true\"></span>{forecast}<span class=\"quals\">{quals}</span></p>",
        actual = esc(t.legend_actual),
        forecast = esc(t.legend_forecast),
        quals = esc(t.legend_qualifiers),
    );
    let _ = write!(
        s,
        "<details><summary>{show}</summary><table class=\"chart-table\"><caption>{title}</caption><thead><tr>\
         <th scope=\"col\">{c_when}</th><th scope=\"col\">{c_value}</th><th scope=\"col\">{c_kind}</th></tr></thead><tbody>",
        show = esc(t.show_data),
        title = esc(&title(series, node, lang)),
        c_when = esc(t.col_when),
        c_value = esc(t.col_value),
        c_kind = esc(t.legend_forecast),
    );
    for f in visible {
        let _ = write!(
            s,
            "<tr data-year=\"{yr}\" data-kind=\"{kind}\"><th scope=\"row\">{y}</th><td>{v}</td><td>{k}</td></tr>",
            yr = f.year.unwrap_or(0),
            kind = f.kind.as_str(),
            y = f.year.map(|y| year(y, f.kind)).unwrap_or_default(),
            v = esc(&value(f.value, f.unit, f.qualifier, lang)),
            k = kind_word(f.kind, lang),
        );
    }
    s.push_str("</tbody></table></details>");
    s.push_str(&super::figure_foot(visible.first().copied(), lang));
    s
}
