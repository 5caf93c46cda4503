//! A series as a column chart: title, generated summary, SVG marks (forecasts hatched and marked E,
//! qualifiers on labels, the growth the source reports on its year), a tooltip per column, the
//! numbers as a table, and the source line.

use super::credit_in;
use super::export::advance;
use super::html::{Html, Ident, Text};
use crate::data::schema::{Annotation, Fact, Kind, Node};
use crate::data::{facts_of, metric, Series};
use crate::geom::columns::{columns_in_slots, Columns};
use crate::geom::notes::{self, Placed, BAND, SIZE};
use crate::geom::num;
use crate::html;
use crate::i18n::format::{
    convert, decimal_from_f64, kind_word, label, number, unit_label, value, year,
};
use crate::i18n::{mid_sentence, series_summary, strings, Lang};

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
    let (slots, n) = slots(visible, years);
    columns_in_slots(&values, &slots, n, W, H)
}

/// Each column's slot, and how many slots there are: one per year of `years` (so that charts over
/// the same years line up), else one per column.
fn slots(visible: &[&Fact], years: Option<(u16, u16)>) -> (Vec<usize>, usize) {
    match years {
        Some((y0, y1)) => (
            visible
                .iter()
                .map(|f| usize::from(f.year.unwrap_or(y0).saturating_sub(y0)))
                .collect(),
            usize::from(y1.saturating_sub(y0)) + 1,
        ),
        None => ((0..visible.len()).collect(), visible.len()),
    }
}

/// Where the columns' buttons go: a row over the plot, one cell per slot, each a step wide and
/// centred on its column, between two half-paddings (`geom::columns::PADDING`); in an annotated
/// chart, below the annotations' band.
pub fn hits_css() -> String {
    use crate::geom::columns::{columns, PADDING};
    let plot = columns(&[], W, H).plot;
    // An annotated chart's plot is lower by the annotations' band.
    let noted = crate::geom::Rect::new(plot.x0, plot.y0 + BAND, plot.x1, plot.y1 + BAND);
    format!(
        "{}{}.hits::before,.hits::after{{flex:{}}}",
        super::over_css(".chart .hits", &plot, W, H),
        super::over_css(".chart.noted .hits", &noted, W, H + BAND),
        PADDING / 2.0
    )
}

/// The SVG marks of the chart, with `data-*` attributes on every column, and its annotations
/// (`notes`, as `render::notes_on` gives them); with which of those are drawn as numbers.
pub fn svg(
    series: &Series,
    visible: &[&Fact],
    years: Option<(u16, u16)>,
    lang: Lang,
    dom_id: &str,
    notes: &[(&Annotation, usize, usize)],
) -> (Html, Vec<bool>) {
    let c = place(visible, years);
    let id = Text(dom_id);
    let band = if notes.is_empty() { 0.0 } else { BAND };
    let mut s = html![
        "<svg viewBox=\"0 0 ",
        num(W),
        " ",
        num(H + band),
        "\" role=\"img\" aria-labelledby=\"t-",
        id,
        "\" aria-describedby=\"d-",
        id,
        "\"><defs><pattern id=\"hatch-",
        id,
        "\" class=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\"/></pattern></defs>"
    ];
    // The annotations in a band over the plot, which moves down to make room for it.
    let wants: Vec<((f64, f64), f64)> = notes
        .iter()
        .map(|(a, i, j)| {
            let text = lang.pick(a.zh, a.en);
            ((c.bars[*i].x0, c.bars[*j].x1), advance(text, SIZE, 0.55))
        })
        .collect();
    let placed = notes::place(&wants, (4.0, W - 4.0));
    for (k, (((x0, x1), _), p)) in wants.iter().zip(&placed).enumerate() {
        s.push(&html![
            "<g class=\"annotation\" data-annotation=\"",
            k + 1,
            "\"><path d=\"M",
            num(*x0),
            " 19V15H",
            num(*x1),
            "V19\"/>"
        ]);
        s.push(&match *p {
            Placed::Text(x) => html![
                "<text x=\"",
                num(x),
                "\" y=\"11\">",
                Text(lang.pick(notes[k].0.zh, notes[k].0.en)),
                "</text></g>"
            ],
            Placed::Number(x) => html![
                "<circle cx=\"",
                num(x),
                "\" cy=\"7\" r=\"6.5\"/><text x=\"",
                num(x),
                "\" y=\"11\" text-anchor=\"middle\">",
                k + 1,
                "</text></g>"
            ],
        });
    }
    if band > 0.0 {
        // Down by BAND, written out (tests/render.rs checks that they agree).
        s.push(&html!["<g transform=\"translate(0 20)\">"]);
    }
    for &(y, t) in &c.ticks {
        let shown = number(
            convert(decimal_from_f64(t, c.tick_decimals), series.unit, lang),
            lang == Lang::En,
        );
        s.push(&y_tick(&c.plot, y, &shown));
    }
    s.push(&html![
        "<line class=\"baseline\" x1=\"",
        num(c.plot.x0),
        "\" x2=\"",
        num(c.plot.x1),
        "\" y1=\"",
        num(c.plot.y1),
        "\" y2=\"",
        num(c.plot.y1),
        "\"/>"
    ]);
    let growth = growth_metric(series.metric);
    let sid = series.id();
    for (f, r) in visible.iter().zip(&c.bars) {
        let projected = f.kind != Kind::Actual;
        let yr = f.year.unwrap_or(0);
        s.push(&html![
            "<rect class=\"bar ",
            Ident(if projected { "projected" } else { "actual" }),
            "\" x=\"",
            num(r.x0),
            "\" y=\"",
            num(r.y0),
            "\" width=\"",
            num(r.width()),
            "\" height=\"",
            num(r.height()),
            "\"",
            projected.then(|| html![" fill=\"url(#hatch-", id, ")\""]),
            " data-node=\"",
            Text(series.node),
            "\" data-series=\"",
            Text(&sid),
            "\" data-year=\"",
            yr,
            "\" data-kind=\"",
            Ident(f.kind.as_str()),
            "\"/><text class=\"value\" x=\"",
            num(r.cx()),
            "\" y=\"",
            num(r.y0 - 6.0),
            "\" text-anchor=\"middle\">",
            Text(&label(f.value, f.unit, f.qualifier, lang)),
            // A corrected value is marked; the details and the footer say what it was.
            Text(if crate::data::correction(f).is_some() {
                "*"
            } else {
                ""
            }),
            "</text><text class=\"year\" x=\"",
            num(r.cx()),
            "\" y=\"",
            num(c.plot.y1 + 16.0),
            "\" text-anchor=\"middle\">",
            Text(&f.year.map(|y| year(y, f.kind)).unwrap_or_default()),
            "</text>"
        ]);
        let reported = facts_of(series.node)
            .find(|g| g.metric == growth && g.year == f.year && g.period.is_empty());
        if let Some(g) = reported {
            s.push(&html![
                "<text class=\"growth\" x=\"",
                num(r.cx()),
                "\" y=\"",
                num(r.y0 - 20.0),
                "\" text-anchor=\"middle\">+",
                Text(&number(g.value, false)),
                "%</text>"
            ]);
        }
    }
    if band > 0.0 {
        s.push(&html!["</g>"]);
    }
    s.push(&html!["</svg>"]);
    let numbered = placed
        .iter()
        .map(|p| matches!(p, Placed::Number(_)))
        .collect();
    (s, numbered)
}

/// A grid line across `plot` at `y`, labelled at its left with `label`: the value axis of the
/// column charts and the overview's line chart.
pub(super) fn y_tick(plot: &crate::geom::Rect, y: f64, label: &str) -> Html {
    let y = num(y);
    html![
        "<g class=\"tick\"><line x1=\"",
        num(plot.x0),
        "\" x2=\"",
        num(plot.x1),
        "\" y1=\"",
        y,
        "\" y2=\"",
        y,
        "\"/><text x=\"",
        num(plot.x0 - 6.0),
        "\" y=\"",
        y,
        "\" dy=\"0.32em\" text-anchor=\"end\">",
        Text(label),
        "</text></g>"
    ]
}

/// The whole figure for a node's series, filtered to `visible`.
pub fn figure(
    series: &Series,
    node: &Node,
    visible: &[&Fact],
    years: Option<(u16, u16)>,
    lang: Lang,
) -> Html {
    let t = strings(lang);
    let sid = series.id();
    let dom_id = sid.replace('/', "-");
    let title = title(series, node, lang);
    let notes = super::notes_on(&sid, visible);
    let mut s = html![
        "<figure class=\"chart",
        (!notes.is_empty()).then(|| html![" noted"]),
        "\" data-series=\"",
        Text(&sid),
        "\" data-file=\"",
        Text(&sid.replace(['/', '_'], "-")),
        "\"><figcaption><h3 id=\"t-",
        Text(&dom_id),
        "\">",
        Text(&title),
        "</h3><p class=\"summary\" id=\"d-",
        Text(&dom_id),
        "\">",
        Text(&summary(series, node, visible, lang)),
        Text(&super::notes_sentence(&notes, lang)),
        "</p></figcaption>"
    ];
    if visible.is_empty() {
        s.push(&html![
            "<p class=\"empty\">",
            Text(t.chart_empty),
            "</p></figure>"
        ]);
        return s;
    }
    let (marks, numbered) = svg(series, visible, years, lang, &dom_id, &notes);
    s.push(&html!["<div class=\"plot\">", marks]);
    // One button per slot over the SVG (`hits_css`; an empty slot keeps its place): hover, tap or
    // keyboard focus shows its tooltip (CSS), and the chart's role="img" keeps no focusable content.
    let (slots, n) = slots(visible, years);
    s.push(&html!["<div class=\"hits\">"]);
    for slot in 0..n {
        let here: Vec<&Fact> = visible
            .iter()
            .zip(&slots)
            .filter(|(_, s)| **s == slot)
            .map(|(f, _)| *f)
            .collect();
        let Some(first) = here.first() else {
            s.push(&html!["<i></i>"]);
            continue;
        };
        let tip = here
            .iter()
            .map(|f| tooltip(f, lang))
            .collect::<Vec<_>>()
            .join(lang.semicolon());
        s.push(&html![
            "<button type=\"button\" class=\"hotspot\" data-year=\"",
            first.year.unwrap_or(0),
            "\" aria-label=\"",
            Text(&tip),
            "\"><span class=\"tip\" aria-hidden=\"true\">",
            Text(&tip),
            "</span></button>"
        ]);
    }
    s.push(&html!["</div></div>"]);
    s.push(&super::numbered_notes(&notes, &numbered, lang));
    s.push(&html![
        "<p class=\"legend\"><span class=\"swatch actual\" aria-hidden=\"true\"></span>",
        Text(t.legend_actual),
        "<span class=\"swatch projected\" aria-hidden=\"true\"></span>",
        Text(t.legend_forecast),
        "<span class=\"quals\">",
        Text(t.legend_qualifiers),
        "</span></p><details><summary>",
        Text(t.show_data),
        "</summary><table class=\"chart-table\"><caption>",
        Text(&title),
        "</caption><thead><tr><th scope=\"col\">",
        Text(t.col_when),
        "</th><th scope=\"col\">",
        Text(t.col_value),
        "</th><th scope=\"col\">",
        Text(t.legend_forecast),
        "</th></tr></thead><tbody>"
    ]);
    for f in visible {
        s.push(&html![
            "<tr data-year=\"",
            f.year.unwrap_or(0),
            "\" data-kind=\"",
            Ident(f.kind.as_str()),
            "\"><th scope=\"row\">",
            Text(&f.year.map(|y| year(y, f.kind)).unwrap_or_default()),
            "</th><td>",
            Text(&value(f.value, f.unit, f.qualifier, lang)),
            "</td><td>",
            Text(kind_word(f.kind, lang)),
            "</td></tr>"
        ]);
    }
    s.push(&html![
        "</tbody>",
        super::notes_foot(&notes, 3, lang),
        "</table></details>"
    ]);
    s.push(&super::figure_foot(visible, lang));
    s
}
