//! The overview: upstream parts compared (size or index), the AI-server market beside its
//! shipments, the training/inference split, listed companies by province, the downstream figures.
//! Every section follows the filters and says in words when they leave it nothing to show.

use super::export::wrap;
use super::html::{Html, Ident, Text};
use super::{chart, when};
use crate::data::schema::{Annotation, Fact, Kind, Tier};
use crate::data::{facts_of, indexed, node, node_index, primary_series, series_of, Series};
use crate::geom::lines::{lines, Point};
use crate::geom::notes::SIZE;
use crate::geom::scale::Linear;
use crate::geom::{num, Rect};
use crate::html;
use crate::i18n::format::{convert, decimal_from_f64, kind_word, number, value, year};
use crate::i18n::{mid_sentence, strings, Lang};
use crate::model::{Action, Chart, Part, View};

const UPSTREAM: [&str; 4] = ["cpu", "gpu", "memory", "optical"];
const LW: f64 = 360.0;
const LH: f64 = 240.0;

/// The "data" toggle under a chart: its numbers as a table with a caption and header cells.
fn data_table(
    lang: Lang,
    caption: &str,
    head: &[String],
    rows: &[Vec<String>],
    notes: &[(&Annotation, usize, usize)],
) -> Html {
    let t = strings(lang);
    let mut s = html![
        "<details><summary>",
        Text(t.show_data),
        "</summary><table class=\"chart-table\"><caption>",
        Text(caption),
        "</caption><thead><tr>"
    ];
    for h in head {
        s.push(&html!["<th scope=\"col\">", Text(h), "</th>"]);
    }
    s.push(&html!["</tr></thead><tbody>"]);
    for row in rows {
        s.push(&html!["<tr>"]);
        for (k, cell) in row.iter().enumerate() {
            s.push(&if k == 0 {
                html!["<th scope=\"row\">", Text(cell), "</th>"]
            } else {
                html!["<td>", Text(cell), "</td>"]
            });
        }
        s.push(&html!["</tr>"]);
    }
    s.push(&html![
        "</tbody>",
        super::notes_foot(notes, head.len(), lang),
        "</table></details>"
    ]);
    s
}

fn hidden(lang: Lang) -> Html {
    html![
        "<p class=\"empty\">",
        Text(strings(lang).hidden_by_filter),
        "</p>"
    ]
}

fn visible(s: &Series, view: &View) -> Vec<&'static Fact> {
    s.points.iter().copied().filter(|f| view.shows(f)).collect()
}

/// The two buttons that switch the upstream chart between market size and an index.
pub fn modes(view: &View) -> Html {
    let t = strings(view.lang);
    html![
        "<button type=\"button\" class=\"chip\" data-action=\"",
        Action::Index(false),
        "\" aria-pressed=\"",
        !view.index,
        "\">",
        Text(t.mode_absolute),
        "</button> <button type=\"button\" class=\"chip\" data-action=\"",
        Action::Index(true),
        "\" aria-pressed=\"",
        view.index,
        "\">",
        Text(t.mode_index),
        "</button>"
    ]
}

/// Upstream parts on one line chart: market size, or an index (first common visible year = 100).
/// Where the line chart's buttons go: a row of one cell per year, each a step wide and centred on
/// its year, so the row reaches half a step beyond the plot on both sides (kept inside the chart's
/// box: with two or three years the end cells are a little off centre). One rule per number of
/// years the data spans (`hits n<years>`).
pub fn hits_css() -> String {
    use std::fmt::Write;
    let (top, right, bottom, left) = crate::geom::lines::MARGIN;
    let plot = crate::geom::Rect::new(left, top, LW - right, LH - bottom);
    let mut css = super::over_css(".lines .hits", &plot, LW, LH);
    let (lo, hi) = crate::data::year_span();
    for n in 2..=hi.saturating_sub(lo) + 1 {
        let half = plot.width() / f64::from(n - 1) / 2.0;
        let _ = write!(
            css,
            ".lines .hits.n{n}{{left:{}%;right:{}%}}",
            num((plot.x0 - half).max(0.0) / LW * 100.0),
            num((LW - plot.x1 - half).max(0.0) / LW * 100.0)
        );
    }
    css.push_str(".lines .hits::before,.lines .hits::after{content:none}");
    css
}

pub fn upstream(view: &View) -> Html {
    let index = view.index;
    let lang = view.lang;
    let t = strings(lang);
    if !view.shows_tier(Tier::Upstream) {
        return hidden(lang);
    }
    let all: Vec<(usize, Series)> = UPSTREAM
        .iter()
        .filter_map(|id| Some((node_index(id)?, primary_series(id)?)))
        .collect();
    let shown: Vec<(usize, Vec<&Fact>)> = all
        .iter()
        .map(|(i, s)| (*i, visible(s, view)))
        .filter(|(_, v)| !v.is_empty())
        .collect();
    // The first year every series has: the index base.
    let base = shown
        .iter()
        .filter_map(|(_, v)| v.first()?.year)
        .max()
        .unwrap_or(view.from);
    let series: Vec<(usize, Vec<Point>)> = shown
        .iter()
        .filter_map(|(i, v)| {
            let pts: Vec<Point> = if index {
                let s = Series {
                    points: v.clone(),
                    ..all.iter().find(|(j, _)| j == i)?.1.clone()
                };
                indexed(&s, base)?
                    .into_iter()
                    .filter(|p| p.0 >= base)
                    .collect()
            } else {
                v.iter()
                    .filter_map(|f| Some((f.year?, f.value.to_f64(), f.kind != Kind::Actual)))
                    .collect()
            };
            (!pts.is_empty()).then_some((*i, pts))
        })
        .collect();
    let title = if index {
        t.upstream_indexed.replace('#', &base.to_string())
    } else {
        t.upstream_compared.to_owned()
    };
    let mut s = html![
        "<figure class=\"chart lines\" data-chart=\"upstream\" data-file=\"upstream-market-size\"><figcaption><h3 id=\"t-upstream\">",
        Text(&title),
        "</h3>"
    ];
    if series.is_empty() {
        s.push(&html![
            "</figcaption><p class=\"empty\">",
            Text(t.chart_empty),
            "</p></figure>"
        ]);
        return s;
    }
    // The summary names the fastest grower over the visible years (computed here) and the largest.
    let growth = |pts: &[Point]| -> f64 {
        pts.last().map_or(0.0, |l| l.1) / pts.first().map_or(1.0, |f| f.1)
    };
    let fastest = series
        .iter()
        .max_by(|a, b| growth(&a.1).total_cmp(&growth(&b.1)));
    let largest = shown.iter().max_by(|a, b| {
        let last = |v: &[&Fact]| v.last().map_or(0.0, |f| f.value.to_f64());
        last(&a.1).total_cmp(&last(&b.1))
    });
    if let (Some((fi, fp)), Some((li, _))) = (fastest, largest) {
        let pct = number(decimal_from_f64((growth(fp) - 1.0) * 100.0, 0), false);
        let (y0, y1) = (fp[0].0, fp[fp.len() - 1].0);
        let (fname, lname) = (lang.node(node(*fi)), lang.node(node(*li)));
        let summary = match lang {
            Lang::Zh => format!("按本图计算,{y0}至{y1}年{fname}增长最快(+{pct}%);{lname}规模最大。"),
            Lang::En => format!(
                "Computed here: from {y0} to {y1}, {} grow fastest (+{pct}%); {} are the largest market.",
                mid_sentence(fname),
                mid_sentence(lname)
            ),
        };
        s.push(&html![
            "<p class=\"summary\" id=\"d-upstream\">",
            Text(&summary),
            "</p>"
        ]);
    }
    s.push(&html!["</figcaption><div class=\"plot\">"]);
    let pts: Vec<Vec<Point>> = series.iter().map(|(_, p)| p.clone()).collect();
    let l = lines(
        &pts,
        (view.from.max(if index { base } else { view.from }), view.to),
        !index,
        LW,
        LH,
    );
    s.push(&html![
        "<svg viewBox=\"0 0 ",
        num(LW),
        " ",
        num(LH),
        "\" role=\"img\" aria-labelledby=\"t-upstream\" aria-describedby=\"d-upstream\">"
    ]);
    for &(y, v) in &l.y_ticks {
        let shown = if index {
            number(decimal_from_f64(v, l.tick_decimals), false)
        } else {
            number(
                convert(
                    decimal_from_f64(v, l.tick_decimals),
                    crate::data::schema::Unit::YiYuan,
                    lang,
                ),
                lang == Lang::En,
            )
        };
        s.push(&chart::y_tick(&l.plot, y, &shown));
    }
    for &(x, yr) in &l.x_ticks {
        s.push(&html![
            "<text class=\"year\" x=\"",
            num(x),
            "\" y=\"",
            num(l.plot.y1 + 16.0),
            "\" text-anchor=\"middle\">",
            yr,
            "</text>"
        ]);
    }
    for (k, ((i, p), (solid, dashed))) in series.iter().zip(&l.paths).enumerate() {
        let id = Text(node(*i).id);
        s.push(&html![
            "<g class=\"s",
            k,
            "\" data-series=\"",
            id,
            "/market_size\"><path class=\"line\" d=\"",
            Text(solid),
            "\"/><path class=\"line projected\" d=\"",
            Text(dashed),
            "\"/>"
        ]);
        for ((yr, _, projected), (x, y)) in p.iter().zip(&l.points[k]) {
            let kind = Ident(if *projected { "forecast" } else { "actual" });
            s.push(&html![
                "<circle class=\"",
                kind,
                "\" cx=\"",
                num(*x),
                "\" cy=\"",
                num(*y),
                "\" r=\"3.5\" data-node=\"",
                id,
                "\" data-year=\"",
                *yr,
                "\" data-kind=\"",
                kind,
                "\"/>"
            ]);
        }
        // Lines are labelled at their end by name; values are in the tooltips and the table.
        if let Some(&(x, y)) = l.points[k].last() {
            s.push(&html![
                "<text class=\"end\" x=\"",
                num(x + 8.0),
                "\" y=\"",
                num(y),
                "\" dy=\"0.32em\">",
                Text(lang.node(node(*i))),
                "</text>"
            ]);
        }
        s.push(&html!["</g>"]);
    }
    s.push(&html!["</svg>"]);
    // One hotspot per year, a step wide and centred on the year (`hits_css`; a year with no value
    // keeps its place): its tooltip lists every series that year.
    s.push(&html!["<div class=\"hits n", l.x_ticks.len(), "\">"]);
    for &(_, yr) in &l.x_ticks {
        let parts: Vec<String> = series
            .iter()
            .filter_map(|(i, p)| {
                let (_, v, _) = p.iter().find(|q| q.0 == yr)?;
                let fact = primary_series(node(*i).id)
                    .and_then(|s| s.points.iter().copied().find(|f| f.year == Some(yr)));
                let shown = match fact {
                    Some(f) if !index => value(f.value, f.unit, f.qualifier, lang),
                    _ => number(decimal_from_f64(*v, 1), false),
                };
                Some(format!("{} {shown}", lang.node(node(*i))))
            })
            .collect();
        if parts.is_empty() {
            s.push(&html!["<i></i>"]);
            continue;
        }
        let kind = series
            .iter()
            .flat_map(|(_, p)| p)
            .find(|q| q.0 == yr)
            .map_or(Kind::Actual, |q| {
                if q.2 {
                    Kind::Forecast
                } else {
                    Kind::Actual
                }
            });
        // "2025年(预测):CPU 2484亿元;…" / "2025E: CPUs CNY 248.4 bn; …"
        let when = match lang {
            Lang::Zh => format!("{yr}年({})", kind_word(kind, lang)),
            Lang::En => year(yr, kind),
        };
        let text = format!("{when}{}{}", lang.colon(), parts.join(lang.semicolon()));
        s.push(&html![
            "<button type=\"button\" class=\"hotspot\" data-year=\"",
            yr,
            "\" aria-label=\"",
            Text(&text),
            "\"><span class=\"tip\" aria-hidden=\"true\">",
            Text(&text),
            "</span></button>"
        ]);
    }
    s.push(&html![
        "</div></div><p class=\"legend\"><span class=\"line-key\" aria-hidden=\"true\"></span>",
        Text(t.legend_actual),
        "<span class=\"line-key projected\" aria-hidden=\"true\"></span>",
        Text(t.legend_forecast),
        "</p>"
    ]);
    let years: Vec<u16> = l.x_ticks.iter().map(|t| t.1).collect();
    let mut head = vec![strings(lang).col_node.to_owned()];
    head.extend(years.iter().map(|y| y.to_string()));
    let rows: Vec<Vec<String>> = series
        .iter()
        .map(|(i, p)| {
            let mut row = vec![lang.node(node(*i)).to_owned()];
            for y in &years {
                let fact = primary_series(node(*i).id)
                    .and_then(|s| s.points.iter().copied().find(|f| f.year == Some(*y)));
                row.push(match (p.iter().find(|q| q.0 == *y), fact) {
                    (Some(_), Some(f)) if !index => format!(
                        "{}{}",
                        value(f.value, f.unit, f.qualifier, lang),
                        match (f.kind, lang) {
                            (Kind::Actual, _) => "",
                            (_, Lang::Zh) => "(E)",
                            (_, Lang::En) => " (E)",
                        }
                    ),
                    (Some(q), _) => number(decimal_from_f64(q.1, 1), false),
                    (None, _) => "–".to_owned(),
                });
            }
            row
        })
        .collect();
    s.push(&data_table(lang, &title, &head, &rows, &[]));
    let charted: Vec<&Fact> = shown.iter().flat_map(|(_, v)| v.iter().copied()).collect();
    s.push(&super::figure_foot(&charted, lang));
    s
}

/// The AI-server market and its shipments: two column charts over the same years, never a dual axis.
pub fn ai_server(view: &View) -> Html {
    let lang = view.lang;
    if !view.shows_tier(Tier::Midstream) {
        return hidden(lang);
    }
    let Some(i) = node_index("ai-server") else {
        return Html::default();
    };
    let n = node(i);
    let mut s = html!["<div class=\"pair\">"];
    for sr in series_of(n.id).iter().filter(|s| s.category.is_empty()) {
        s.push(&chart::figure(
            sr,
            n,
            &visible(sr, view),
            Some((view.from, view.to)),
            lang,
        ));
    }
    s.push(&html!["</div>"]);
    s
}

/// The AI server's facts of one metric in view, or the "hidden by the filters" message when the
/// midstream tier is filtered out.
fn ai_server_facts(view: &View, metric: &str) -> Result<Vec<&'static Fact>, Html> {
    if !view.shows_tier(Tier::Midstream) {
        return Err(hidden(view.lang));
    }
    Ok(facts_of("ai-server")
        .filter(|f| f.metric == metric && view.shows(f))
        .collect())
}

/// Training vs inference servers as a donut with the exact percentages the source gives.
pub fn split(view: &View) -> Html {
    let lang = view.lang;
    let t = strings(lang);
    let parts = match ai_server_facts(view, "market_share") {
        Ok(parts) => parts,
        Err(hidden) => return hidden,
    };
    let mut s = html![
        "<figure class=\"chart donut\" data-chart=\"split\" data-file=\"ai-server-training-inference\"><figcaption><h3 id=\"t-split\">",
        Text(t.split_title),
        "</h3>"
    ];
    let name = |f: &Fact| {
        crate::data::category(f.category).map_or(String::new(), |c| lang.label(c).to_owned())
    };
    let summary: Vec<String> = parts
        .iter()
        .map(|f| format!("{} {}", name(f), value(f.value, f.unit, f.qualifier, lang)))
        .collect();
    // Each slice's annotations (the whole slice: the part has no year), in a band under the ring,
    // at most two lines each; a longer one is drawn as its number.
    let notes: Vec<_> = parts
        .iter()
        .flat_map(|f| super::notes_on(&["ai-server/market_share/", f.category].concat(), &[*f]))
        .collect();
    let (mut band, mut y, mut numbered) = (Html::default(), 200usize, Vec::new());
    for (k, (a, ..)) in notes.iter().enumerate() {
        let lines = wrap(lang.pick(a.zh, a.en), SIZE, 0.55, 188.0);
        numbered.push(lines.len() > 2);
        band.push(&html![
            "<g class=\"annotation\" data-annotation=\"",
            k + 1,
            "\">"
        ]);
        if lines.len() > 2 {
            band.push(&html![
                "<circle cx=\"100\" cy=\"",
                y + 9,
                "\" r=\"6.5\"/><text x=\"100\" y=\"",
                y + 13,
                "\" text-anchor=\"middle\">",
                k + 1,
                "</text>"
            ]);
            y += 18;
        }
        for line in lines.iter().filter(|_| !numbered[k]) {
            y += 15;
            band.push(&html![
                "<text x=\"100\" y=\"",
                y,
                "\" text-anchor=\"middle\">",
                Text(line),
                "</text>"
            ]);
        }
        band.push(&html!["</g>"]);
    }
    s.push(&html![
        "<p class=\"summary\" id=\"d-split\">",
        Text(&summary.join(if lang == Lang::Zh { "," } else { ", " })),
        Text(if notes.is_empty() {
            ""
        } else {
            lang.pick("。", ".")
        }),
        Text(&super::notes_sentence(&notes, lang)),
        "</p></figcaption>"
    ]);
    // Each slice is a stroked circle whose dash is its share of a path length of 100: exact, and
    // free of trigonometry. The first slice starts at twelve o'clock.
    let height = if notes.is_empty() { 200 } else { y + 6 };
    s.push(&html![
        "<svg viewBox=\"0 0 200 ",
        height,
        "\" role=\"img\" aria-labelledby=\"t-split\" aria-describedby=\"d-split\"><g transform=\"rotate(-90 100 100)\">"
    ]);
    let mut offset = crate::data::schema::Decimal::new(0, 0);
    for (k, f) in parts.iter().enumerate() {
        s.push(&html![
            "<circle class=\"slice s",
            k,
            "\" cx=\"100\" cy=\"100\" r=\"72\" pathLength=\"100\" stroke-dasharray=\"",
            Text(&number(f.value, false)),
            " 100\" stroke-dashoffset=\"-",
            Text(&number(offset, false)),
            "\" data-node=\"ai-server\" data-series=\"ai-server/market_share/",
            Text(f.category),
            "\" data-kind=\"",
            Ident(f.kind.as_str()),
            "\"/>"
        ]);
        offset = offset.plus(f.value);
    }
    s.push(&html!["</g>"]);
    // In the hole (52 wide each side of the centre), each part's name above its share: two short
    // lines fit where "Inference 42.67%" on one would run into the ring.
    for (k, f) in parts.iter().enumerate() {
        let y = 76 + 39 * k;
        s.push(&html![
            "<text x=\"100\" y=\"",
            y,
            "\" text-anchor=\"middle\">",
            Text(&name(f)),
            "</text><text class=\"pct s",
            k,
            "\" x=\"100\" y=\"",
            y + 17,
            "\" text-anchor=\"middle\">",
            Text(&number(f.value, false)),
            "%</text>"
        ]);
    }
    s.push(&html![band, "</svg>"]);
    let rows: Vec<Vec<String>> = parts
        .iter()
        .map(|f| vec![name(f), value(f.value, f.unit, f.qualifier, lang)])
        .collect();
    s.push(&data_table(
        lang,
        t.split_title,
        &[t.col_figure.to_owned(), t.col_value.to_owned()],
        &rows,
        &notes,
    ));
    s.push(&super::numbered_notes(&notes, &numbered, lang));
    s.push(&html!["<ul class=\"keys\">"]);
    for (k, f) in parts.iter().enumerate() {
        s.push(&html![
            "<li><span class=\"swatch s",
            k,
            "\" aria-hidden=\"true\"></span>",
            Text(&name(f)),
            " ",
            Text(&value(f.value, f.unit, f.qualifier, lang)),
            "</li>"
        ]);
    }
    s.push(&html!["</ul>"]);
    s.push(&super::figure_foot(&parts, lang));
    s
}

/// Listed AI-server companies by province, as horizontal bars.
pub fn provinces(view: &View) -> Html {
    let lang = view.lang;
    let t = strings(lang);
    let rows = match ai_server_facts(view, "listed_companies") {
        Ok(rows) => rows,
        Err(hidden) => return hidden,
    };
    let max = rows.iter().map(|f| f.value.to_f64()).fold(0.0, f64::max);
    let (w, row_h) = (320.0, 30.0);
    // Room on the left for the province and on the right for "8 companies".
    let plot = Rect::new(84.0, 0.0, w - 92.0, row_h * rows.len() as f64);
    let x = Linear::new((0.0, max.max(1.0)), (plot.x0, plot.x1));
    let summary: Vec<String> = rows
        .iter()
        .map(|f| {
            let p = crate::data::category(f.category).map_or("", |c| lang.label(c));
            format!("{p} {}", value(f.value, f.unit, f.qualifier, lang))
        })
        .collect();
    let (sep, stop) = match lang {
        Lang::Zh => (",", "。"),
        Lang::En => (", ", "."),
    };
    let mut s = html![
        "<figure class=\"chart bars\" data-chart=\"provinces\" data-file=\"ai-server-listed-companies-by-province\"><figcaption><h3 id=\"t-provinces\">",
        Text(t.provinces_title),
        "</h3><p class=\"summary\" id=\"d-provinces\">",
        Text(&summary.join(sep)),
        Text(stop),
        "</p></figcaption><svg viewBox=\"0 0 ",
        num(w),
        " ",
        num(plot.y1 + 4.0),
        "\" role=\"img\" aria-labelledby=\"t-provinces\" aria-describedby=\"d-provinces\">"
    ];
    for (k, f) in rows.iter().enumerate() {
        let top = k as f64 * row_h + 4.0;
        let p = crate::data::category(f.category).map_or("", |c| lang.label(c));
        s.push(&html![
            "<text class=\"cat\" x=\"",
            num(plot.x0 - 8.0),
            "\" y=\"",
            num(top + 15.0),
            "\" text-anchor=\"end\">",
            Text(p),
            "</text><rect class=\"bar actual\" x=\"",
            num(plot.x0),
            "\" y=\"",
            num(top),
            "\" width=\"",
            num(x.apply(f.value.to_f64()) - plot.x0),
            "\" height=\"",
            num(row_h - 10.0),
            "\" data-node=\"ai-server\" data-series=\"ai-server/listed_companies/",
            Text(f.category),
            "\" data-kind=\"",
            Ident(f.kind.as_str()),
            "\"/><text class=\"value\" x=\"",
            num(x.apply(f.value.to_f64()) + 6.0),
            "\" y=\"",
            num(top + 15.0),
            "\">",
            Text(&value(f.value, f.unit, f.qualifier, lang)),
            "</text>"
        ]);
    }
    s.push(&html![
        "</svg>",
        data_table(
            lang,
            t.provinces_title,
            &[t.col_figure.to_owned(), t.col_value.to_owned()],
            &rows
                .iter()
                .map(|f| {
                    let p = crate::data::category(f.category).map_or("", |c| lang.label(c));
                    vec![p.to_owned(), value(f.value, f.unit, f.qualifier, lang)]
                })
                .collect::<Vec<_>>(),
            &[]
        ),
        "<p class=\"note\">",
        Text(t.provinces_note),
        "</p>",
        super::figure_foot(&rows, lang)
    ]);
    s
}

/// Internet and telecom revenue as figure cards with their period and growth; racks as columns.
pub fn downstream(view: &View) -> Html {
    let lang = view.lang;
    let t = strings(lang);
    if !view.shows_tier(Tier::Downstream) {
        return hidden(lang);
    }
    let mut s = html![
        "<h3>",
        Text(t.downstream_title),
        "</h3><div class=\"cards\">"
    ];
    for id in ["internet", "telecom"] {
        let Some(i) = node_index(id) else { continue };
        let facts: Vec<&Fact> = facts_of(id).filter(|f| view.shows(f)).collect();
        let Some(main) = facts.iter().find(|f| f.metric == "revenue") else {
            continue;
        };
        let metric = crate::data::metric(main.metric).map_or("", |m| lang.label(m));
        s.push(&html![
            "<div class=\"card\" data-node=\"",
            Ident(id),
            "\"><p class=\"kicker\">",
            Text(lang.node(node(i))),
            "</p><p class=\"big\">",
            Text(&value(main.value, main.unit, main.qualifier, lang)),
            "</p><p class=\"when\">",
            Text(metric),
            " · ",
            Text(&when(main, lang)),
            "</p><ul>"
        ]);
        for f in facts.iter().filter(|f| f.metric != "revenue") {
            let m = crate::data::metric(f.metric).map_or("", |m| lang.label(m));
            s.push(&html![
                "<li>",
                Text(m),
                Text(lang.colon()),
                Text(&value(f.value, f.unit, f.qualifier, lang)),
                "</li>"
            ]);
        }
        s.push(&html![
            "</ul><p class=\"source\">",
            Text(&super::source_text(main, lang)),
            "</p></div>"
        ]);
    }
    s.push(&html!["</div>"]);
    if let Some(i) = node_index("datacenter") {
        for sr in series_of("datacenter") {
            s.push(&chart::figure(
                &sr,
                node(i),
                &visible(&sr, view),
                None,
                lang,
            ));
        }
    }
    s
}

/// One chart alone (`part=chart:<file>`): filtered by years and forecasts, never by tier (its
/// tier is its own); the upstream comparison with its size/index switch.
pub fn one_chart(view: &View) -> Html {
    let Part::Chart(chart) = view.part else {
        return Html::default();
    };
    let v = View {
        tiers: [true; 3],
        ..view.clone()
    };
    match chart {
        Chart::Upstream => html![
            "<div class=\"mode\" role=\"group\">",
            modes(&v),
            "</div>",
            upstream(&v)
        ],
        Chart::Split => split(&v),
        Chart::Provinces => provinces(&v),
        Chart::Series(i, metric) => series_of(node(i).id)
            .iter()
            .find(|s| s.metric == metric && s.category.is_empty())
            .map(|s| chart::figure(s, node(i), &visible(s, &v), None, v.lang))
            .unwrap_or_default(),
    }
}
