//! A series as columns: forecasts hatched and marked E, qualifiers on labels, reported growth
//! annotated, a tooltip for every column (hover, tap, keyboard), and the numbers as a table.

use super::{use_lang, use_view};
use crate::data::schema::{Fact, Kind};
use crate::data::{credit, facts_of, metric, Series};
use crate::geom::columns::columns;
use crate::geom::num;
use crate::i18n::format::{decimal_from_f64, kind_word, label, number, unit_label, value, year};
use crate::i18n::{series_summary, strings, Lang};
use leptos::prelude::*;

const W: f64 = 400.0;
const H: f64 = 240.0;

/// The growth metric the source reports for a series metric: `market_size` → `yoy_growth`,
/// `shipments` → `shipments_yoy_growth`.
fn growth_metric(metric: &str) -> String {
    if metric == "market_size" {
        "yoy_growth".into()
    } else {
        format!("{metric}_yoy_growth")
    }
}

fn tooltip(f: &Fact, lang: Lang) -> String {
    let y = f.year.map(|y| year(y, f.kind)).unwrap_or_default();
    let src = credit(f, lang == Lang::Zh);
    match lang {
        Lang::Zh => format!(
            "{y}年:{}({})。来源:{src}",
            value(f.value, f.unit, f.qualifier, lang),
            kind_word(f.kind, lang)
        ),
        Lang::En => format!(
            "{y}: {} ({}). Source: {src}",
            value(f.value, f.unit, f.qualifier, lang),
            kind_word(f.kind, lang)
        ),
    }
}

#[component]
pub fn ColumnChart(
    series: Series,
    subject: &'static str,
    subject_en: &'static str,
) -> impl IntoView {
    let view = use_view();
    let lang = use_lang();
    let sid = series.id();
    let dom_id = sid.replace('/', "-");
    let growth = growth_metric(series.metric);
    let points = series.points.clone();
    let visible = Memo::new(move |_| {
        view.with(|v| {
            points
                .iter()
                .copied()
                .filter(|f| v.shows(f))
                .collect::<Vec<&'static Fact>>()
        })
    });
    let active = RwSignal::new(None::<usize>);
    let show_table = RwSignal::new(false);
    let unit = series.unit;
    let metric_label = metric(series.metric);
    let title = move || {
        let l = lang.get();
        let m = metric_label.map(|m| l.label(m)).unwrap_or("");
        let subject = l.pick(subject, subject_en);
        match l {
            Lang::Zh => format!("{subject}{m}({})", unit_label(unit, l)),
            Lang::En => format!("{subject}: {} ({})", m.to_lowercase(), unit_label(unit, l)),
        }
    };
    let summary = move || {
        let l = lang.get();
        visible.with(|pts| match (pts.first(), pts.last()) {
            (Some(a), Some(b)) => {
                let m = metric_label.map(|m| l.label(m)).unwrap_or("");
                let subj = match l {
                    Lang::Zh => format!("{}{m}", l.pick(subject, subject_en)),
                    Lang::En => format!("{} {}", l.pick(subject, subject_en), m.to_lowercase()),
                };
                series_summary(&subj, a, b, l)
            }
            _ => strings(l).chart_empty.to_owned(),
        })
    };
    let pid = format!("hatch-{dom_id}");
    let (title_id, desc_id) = (format!("t-{dom_id}"), format!("d-{dom_id}"));

    let marks = {
        let (pid, sid) = (pid.clone(), sid.clone());
        let node = series.node;
        let growth = growth.clone();
        move || {
            let l = lang.get();
            let pts = visible.get();
            let values: Vec<f64> = pts.iter().map(|f| f.value.to_f64()).collect();
            let c = columns(&values, W, H);
            let grid = c
                .ticks
                .iter()
                .map(|&(y, t)| {
                    let shown = number(crate::i18n::format::convert(decimal_from_f64(t, c.tick_decimals), unit, l), l == Lang::En);
                    view! {
                        <g class="tick">
                            <line x1=num(c.plot.x0) x2=num(c.plot.x1) y1=num(y) y2=num(y)/>
                            <text x=num(c.plot.x0 - 6.0) y=num(y) dy="0.32em" text-anchor="end">{shown}</text>
                        </g>
                    }
                })
                .collect_view();
            let bars = pts
                .iter()
                .zip(&c.bars)
                .map(|(f, r)| {
                    let projected = f.kind != Kind::Actual;
                    let reported = facts_of(node).find(|g| g.metric == growth && g.year == f.year && g.period.is_empty());
                    let growth_label = reported.map(|g| {
                        view! {
                            <text class="growth" x=num(r.cx()) y=num(r.y0 - 20.0) text-anchor="middle">
                                {format!("+{}%", number(g.value, false))}
                            </text>
                        }
                    });
                    view! {
                        <rect
                            class=if projected { "bar projected" } else { "bar actual" }
                            x=num(r.x0)
                            y=num(r.y0)
                            width=num(r.width())
                            height=num(r.height())
                            fill=if projected { format!("url(#{pid})") } else { String::new() }
                            data-node=node
                            data-series=sid.clone()
                            data-year=f.year.unwrap_or(0).to_string()
                            data-kind=f.kind.as_str()
                        />
                        <text class="value" x=num(r.cx()) y=num(r.y0 - 6.0) text-anchor="middle">
                            {label(f.value, f.unit, f.qualifier, l)}
                        </text>
                        {growth_label}
                        <text class="year" x=num(r.cx()) y=num(c.plot.y1 + 16.0) text-anchor="middle">
                            {f.year.map(|y| year(y, f.kind)).unwrap_or_default()}
                        </text>
                    }
                })
                .collect_view();
            view! {
                {grid}
                <line class="baseline" x1=num(c.plot.x0) x2=num(c.plot.x1) y1=num(c.plot.y1) y2=num(c.plot.y1)/>
                {bars}
            }
        }
    };

    // Transparent buttons over the columns give every mark a tooltip by hover, tap and keyboard
    // without putting focusable content inside the chart's role="img".
    let hotspots = move || {
        let l = lang.get();
        let pts = visible.get();
        let values: Vec<f64> = pts.iter().map(|f| f.value.to_f64()).collect();
        let c = columns(&values, W, H);
        pts.iter()
            .zip(c.bars)
            .enumerate()
            .map(|(k, (f, r))| {
                let style = format!(
                    "left:{}%;width:{}%;top:{}%;height:{}%",
                    num(r.x0 / W * 100.0),
                    num(r.width() / W * 100.0),
                    num(c.plot.y0 / H * 100.0),
                    num((c.plot.y1 - c.plot.y0) / H * 100.0)
                );
                let text = tooltip(f, l);
                view! {
                    <button
                        type="button"
                        class="hotspot"
                        style=style
                        aria-label=text
                        data-year=f.year.unwrap_or(0).to_string()
                        on:mouseenter=move |_| active.set(Some(k))
                        on:mouseleave=move |_| active.set(None)
                        on:focus=move |_| active.set(Some(k))
                        on:blur=move |_| active.set(None)
                        on:click=move |_| active.set(Some(k))
                    ></button>
                }
            })
            .collect_view()
    };
    let tip = move || {
        let k = active.get()?;
        let l = lang.get();
        let pts = visible.get();
        let f = pts.get(k)?;
        let values: Vec<f64> = pts.iter().map(|f| f.value.to_f64()).collect();
        let r = columns(&values, W, H).bars[k];
        let left = num((r.cx() / W * 100.0).clamp(20.0, 80.0));
        Some(view! {
            <div class="tooltip" role="status" style=format!("left:{left}%")>
                {tooltip(f, l)}
            </div>
        })
    };
    let table = move || {
        let l = lang.get();
        let s = strings(l);
        let rows = visible
            .get()
            .into_iter()
            .map(|f| {
                view! {
                    <tr data-year=f.year.unwrap_or(0).to_string() data-kind=f.kind.as_str()>
                        <th scope="row">{f.year.map(|y| year(y, f.kind)).unwrap_or_default()}</th>
                        <td>{value(f.value, f.unit, f.qualifier, l)}</td>
                        <td>{kind_word(f.kind, l)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="chart-table">
                <caption>{title()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{s.col_when}</th>
                        <th scope="col">{s.col_value}</th>
                        <th scope="col">{s.legend_forecast}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
    };
    let source = {
        let first = series.points.first().copied();
        move || {
            first
                .map(|f| credit(f, lang.get() == Lang::Zh))
                .unwrap_or_default()
        }
    };
    let empty = move || visible.with(|v| v.is_empty());

    view! {
        <figure class="chart" data-series=sid.clone()>
            <figcaption>
                <h4 id=title_id.clone()>{title}</h4>
                <p class="summary" id=desc_id.clone()>{summary}</p>
            </figcaption>
            <Show when=move || !empty() fallback=move || view! { <p class="empty">{move || strings(lang.get()).chart_empty}</p> }>
                <div class="plot">
                    <svg viewBox=format!("0 0 {W} {H}") role="img" aria-labelledby=title_id.clone() aria-describedby=desc_id.clone()>
                        <defs>
                            <pattern id=pid.clone() class="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                                <line x1="0" y1="0" x2="0" y2="6"/>
                            </pattern>
                        </defs>
                        {marks.clone()}
                    </svg>
                    {hotspots}
                    {tip}
                </div>
            </Show>
            <p class="legend">
                <span class="swatch actual" aria-hidden="true"></span>
                {move || kind_word(Kind::Actual, lang.get())}
                <span class="swatch projected" aria-hidden="true"></span>
                {move || strings(lang.get()).legend_forecast}
                <span class="quals">{move || strings(lang.get()).legend_qualifiers}</span>
            </p>
            <button type="button" class="toggle" aria-expanded=move || show_table.get().to_string() on:click=move |_| show_table.update(|s| *s = !*s)>
                {move || if show_table.get() { strings(lang.get()).hide_data } else { strings(lang.get()).show_data }}
            </button>
            <Show when=move || show_table.get()>{table}</Show>
            <p class="source">{move || strings(lang.get()).source_line} ": " {source}</p>
        </figure>
    }
}
