//! The overview: upstream parts compared (size or index), the AI-server market beside its
//! shipments, the training/inference split, listed companies by province, the downstream figures.
//! Every section follows the filters and says in words when they leave it nothing to show.

use super::{chart, credit_in, esc, when};
use crate::data::schema::{Fact, Kind, Tier};
use crate::data::{facts_of, indexed, node, node_index, primary_series, series_of, Series};
use crate::geom::lines::{lines, Point};
use crate::geom::scale::Linear;
use crate::geom::{num, Rect};
use crate::i18n::format::{convert, decimal_from_f64, kind_word, number, value, year};
use crate::i18n::{mid_sentence, strings, Lang};
use crate::model::{Action, View};
use std::fmt::Write;

const UPSTREAM: [&str; 4] = ["cpu", "gpu", "memory", "optical"];
const LW: f64 = 360.0;
const LH: f64 = 240.0;

/// The "data" toggle under a chart: its numbers as a table with a caption and header cells.
fn data_table(lang: Lang, caption: &str, head: &[String], rows: &[Vec<String>]) -> String {
    let t = strings(lang);
    let mut s = format!(
        "<details><summary>{}</summary><table class=\"chart-table\"><caption>{}</caption><thead><tr>",
        esc(t.show_data),
        esc(caption)
    );
    for h in head {
        let _ = write!(s, "<th scope=\"col\">{}</th>", esc(h));
    }
    s.push_str("</tr></thead><tbody>");
    for row in rows {
        s.push_str("<tr>");
        for (k, cell) in row.iter().enumerate() {
            let tag = if k == 0 { "th scope=\"row\"" } else { "td" };
            let _ = write!(s, "<{tag}>{}</{}>", esc(cell), &tag[..2]);
        }
        s.push_str("</tr>");
    }
    s.push_str("</tbody></table></details>");
    s
}

fn hidden(lang: Lang) -> String {
    format!(
        "<p class=\"empty\">{}</p>",
        esc(strings(lang).hidden_by_filter)
    )
}

fn visible(s: &Series, view: &View) -> Vec<&'static Fact> {
    s.points.iter().copied().filter(|f| view.shows(f)).collect()
}

/// The two buttons that switch the upstream chart between market size and an index.
pub fn modes(view: &View) -> String {
    let t = strings(view.lang);
    format!(
        "<button type=\"button\" class=\"chip\" data-action=\"{}\" aria-pressed=\"{}\">{}</button> \
         <button type=\"button\" class=\"chip\" data-action=\"{}\" aria-pressed=\"{}\">{}</button>",
        Action::Index(false).as_str(),
        !view.index,
        esc(t.mode_absolute),
        Action::Index(true).as_str(),
        view.index,
        esc(t.mode_index)
    )
}

/// Upstream parts on one line chart: market size, or an index (first common visible year = 100).
pub fn upstream(view: &View) -> String {
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
    let mut s = format!(
        "<figure class=\"chart lines\" data-chart=\"upstream\" data-file=\"upstream-market-size\"><figcaption><h3 id=\"t-upstream\">{}</h3>",
        esc(&title)
    );
    if series.is_empty() {
        let _ = write!(
            s,
            "</figcaption><p class=\"empty\">{}</p></figure>",
            esc(t.chart_empty)
        );
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
        let _ = write!(
            s,
            "<p class=\"summary\" id=\"d-upstream\">{}</p>",
            esc(&summary)
        );
    }
    s.push_str("</figcaption><div class=\"plot\">");
    let pts: Vec<Vec<Point>> = series.iter().map(|(_, p)| p.clone()).collect();
    let l = lines(
        &pts,
        (view.from.max(if index { base } else { view.from }), view.to),
        !index,
        LW,
        LH,
    );
    let _ = write!(
        s,
        "<svg viewBox=\"0 0 {} {}\" role=\"img\" aria-labelledby=\"t-upstream\" aria-describedby=\"d-upstream\">",
        num(LW),
        num(LH)
    );
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
        let _ = write!(
            s,
            "<g class=\"tick\"><line x1=\"{}\" x2=\"{}\" y1=\"{y}\" y2=\"{y}\"/><text x=\"{}\" y=\"{y}\" dy=\"0.32em\" text-anchor=\"end\">{shown}</text></g>",
            num(l.plot.x0),
            num(l.plot.x1),
            num(l.plot.x0 - 6.0),
            y = num(y)
        );
    }
    for &(x, yr) in &l.x_ticks {
        let _ = write!(
            s,
            "<text class=\"year\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{yr}</text>",
            num(x),
            num(l.plot.y1 + 16.0)
        );
    }
    for (k, ((i, p), (solid, dashed))) in series.iter().zip(&l.paths).enumerate() {
        let id = &node(*i).id;
        let _ = write!(
            s,
            "<g class=\"s{k}\" data-series=\"{id}/market_size\"><path class=\"line\" d=\"{solid}\"/><path class=\"line projected\" d=\"{dashed}\"/>"
        );
        for ((yr, _, projected), (x, y)) in p.iter().zip(&l.points[k]) {
            let kind = if *projected { "forecast" } else { "actual" };
            let _ = write!(
                s,
                "<circle class=\"{kind}\" cx=\"{}\" cy=\"{}\" r=\"3.5\" data-node=\"{id}\" data-year=\"{yr}\" data-kind=\"{kind}\"/>",
                num(*x),
                num(*y)
            );
        }
        // Lines are labelled at their end by name; values are in the tooltips and the table.
        if let Some(&(x, y)) = l.points[k].last() {
            let _ = write!(
                s,
                "<text class=\"end\" x=\"{}\" y=\"{}\" dy=\"0.32em\">{}</text>",
                num(x + 8.0),
                num(y),
                esc(lang.node(node(*i)))
            );
        }
        s.push_str("</g>");
    }
    s.push_str("</svg>");
    // One hotspot per year, as wide as the year's column: its tooltip lists every series that year.
    let step = l
        .x_ticks
        .get(1)
        .map_or(l.plot.width(), |t| t.0 - l.x_ticks[0].0);
    for &(x, yr) in &l.x_ticks {
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
        let _ = write!(
            s,
            "<button type=\"button\" class=\"hotspot\" data-year=\"{yr}\" style=\"left:{}%;width:{}%;top:{}%;height:{}%\" aria-label=\"{t}\"><span class=\"tip\" aria-hidden=\"true\">{t}</span></button>",
            num((x - step / 2.0).max(0.0) / LW * 100.0),
            num(step / LW * 100.0),
            num(l.plot.y0 / LH * 100.0),
            num(l.plot.height() / LH * 100.0),
            t = esc(&text)
        );
    }
    s.push_str("</div>");
    let _ = write!(
        s,
        "<p class=\"legend\"><span class=\"line-key\" aria-hidden=\"true\"></span>{}<span class=\"line-key projected\" aria-hidden=\"true\"></span>{}</p>",
        esc(t.legend_actual),
        esc(t.legend_forecast)
    );
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
    s.push_str(&data_table(lang, &title, &head, &rows));
    s.push_str(&super::figure_foot(
        shown.first().and_then(|(_, v)| v.first().copied()),
        lang,
    ));
    s
}

/// The AI-server market and its shipments: two column charts over the same years, never a dual axis.
pub fn ai_server(view: &View) -> String {
    let lang = view.lang;
    if !view.shows_tier(Tier::Midstream) {
        return hidden(lang);
    }
    let Some(i) = node_index("ai-server") else {
        return String::new();
    };
    let n = node(i);
    let mut s = String::from("<div class=\"pair\">");
    for sr in series_of(n.id).iter().filter(|s| s.category.is_empty()) {
        s.push_str(&chart::figure(
            sr,
            n,
            &visible(sr, view),
            Some((view.from, view.to)),
            lang,
        ));
    }
    s.push_str("</div>");
    s
}

/// The AI server's facts of one metric in view, or the "hidden by the filters" message when the
/// midstream tier is filtered out.
fn ai_server_facts(view: &View, metric: &str) -> Result<Vec<&'static Fact>, String> {
    if !view.shows_tier(Tier::Midstream) {
        return Err(hidden(view.lang));
    }
    Ok(facts_of("ai-server")
        .filter(|f| f.metric == metric && view.shows(f))
        .collect())
}

/// Training vs inference servers as a donut with the exact percentages the source gives.
pub fn split(view: &View) -> String {
    let lang = view.lang;
    let t = strings(lang);
    let parts = match ai_server_facts(view, "market_share") {
        Ok(parts) => parts,
        Err(hidden) => return hidden,
    };
    let mut s = format!(
        "<figure class=\"chart donut\" data-chart=\"split\" data-file=\"ai-server-training-inference\"><figcaption><h3 id=\"t-split\">{}</h3>",
        esc(t.split_title)
    );
    let name = |f: &Fact| {
        crate::data::category(f.category).map_or(String::new(), |c| lang.label(c).to_owned())
    };
    let summary: Vec<String> = parts
        .iter()
        .map(|f| format!("{} {}", name(f), value(f.value, f.unit, f.qualifier, lang)))
        .collect();
    let _ = write!(
        s,
        "<p class=\"summary\" id=\"d-split\">{}</p></figcaption>",
        esc(&summary.join(if lang == Lang::Zh { "," } else { ", " }))
    );
    // Each slice is a stroked circle whose dash is its share of a path length of 100: exact, and
    // free of trigonometry. The first slice starts at twelve o'clock.
    s.push_str("<svg viewBox=\"0 0 200 200\" role=\"img\" aria-labelledby=\"t-split\" aria-describedby=\"d-split\"><g transform=\"rotate(-90 100 100)\">");
    let mut offset = crate::data::schema::Decimal::new(0, 0);
    for (k, f) in parts.iter().enumerate() {
        let _ = write!(
            s,
            "<circle class=\"slice s{k}\" cx=\"100\" cy=\"100\" r=\"72\" pathLength=\"100\" stroke-dasharray=\"{} 100\" stroke-dashoffset=\"-{}\" data-node=\"ai-server\" data-series=\"ai-server/market_share/{}\" data-kind=\"{}\"/>",
            number(f.value, false),
            number(offset, false),
            esc(f.category),
            f.kind.as_str()
        );
        offset = offset.plus(f.value);
    }
    s.push_str("</g>");
    // In the hole (52 wide each side of the centre), each part's name above its share: two short
    // lines fit where "Inference 42.67%" on one would run into the ring.
    for (k, f) in parts.iter().enumerate() {
        let y = 76 + 39 * k;
        let _ = write!(
            s,
            "<text x=\"100\" y=\"{y}\" text-anchor=\"middle\">{}</text>\
             <text class=\"pct s{k}\" x=\"100\" y=\"{}\" text-anchor=\"middle\">{}%</text>",
            esc(&name(f)),
            y + 17,
            number(f.value, false)
        );
    }
    s.push_str("</svg>");
    let rows: Vec<Vec<String>> = parts
        .iter()
        .map(|f| vec![name(f), value(f.value, f.unit, f.qualifier, lang)])
        .collect();
    s.push_str(&data_table(
        lang,
        t.split_title,
        &[t.col_figure.to_owned(), t.col_value.to_owned()],
        &rows,
    ));
    s.push_str("<ul class=\"keys\">");
    for (k, f) in parts.iter().enumerate() {
        let _ = write!(
            s,
            "<li><span class=\"swatch s{k}\" aria-hidden=\"true\"></span>{} {}</li>",
            esc(&name(f)),
            esc(&value(f.value, f.unit, f.qualifier, lang))
        );
    }
    s.push_str("</ul>");
    s.push_str(&super::figure_foot(parts.first().copied(), lang));
    s
}

/// Listed AI-server companies by province, as horizontal bars.
pub fn provinces(view: &View) -> String {
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
    let mut s = format!(
        "<figure class=\"chart bars\" data-chart=\"provinces\" data-file=\"ai-server-listed-companies-by-province\"><figcaption><h3 id=\"t-provinces\">{}</h3><p class=\"summary\" id=\"d-provinces\">{}</p></figcaption>\
         <svg viewBox=\"0 0 {} {}\" role=\"img\" aria-labelledby=\"t-provinces\" aria-describedby=\"d-provinces\">",
        esc(t.provinces_title),
        esc(&format!("{}{}", summary.join(if lang == Lang::Zh { "," } else { ", " }), if lang == Lang::Zh { "。" } else { "." })),
        num(w),
        num(plot.y1 + 4.0)
    );
    for (k, f) in rows.iter().enumerate() {
        let top = k as f64 * row_h + 4.0;
        let y = num(top);
        let p = crate::data::category(f.category).map_or("", |c| lang.label(c));
        let _ = write!(
            s,
            "<text class=\"cat\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text><rect class=\"bar actual\" x=\"{}\" y=\"{y}\" width=\"{}\" height=\"{}\" data-node=\"ai-server\" data-series=\"ai-server/listed_companies/{}\" data-kind=\"{}\"/>\
             <text class=\"value\" x=\"{}\" y=\"{}\">{}</text>",
            num(plot.x0 - 8.0),
            num(top + 15.0),
            esc(p),
            num(plot.x0),
            num(x.apply(f.value.to_f64()) - plot.x0),
            num(row_h - 10.0),
            esc(f.category),
            f.kind.as_str(),
            num(x.apply(f.value.to_f64()) + 6.0),
            num(top + 15.0),
            esc(&value(f.value, f.unit, f.qualifier, lang))
        );
    }
    let _ = write!(
        s,
        "</svg>{}<p class=\"note\">{}</p>{}",
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
                .collect::<Vec<_>>()
        ),
        esc(t.provinces_note),
        super::figure_foot(rows.first().copied(), lang)
    );
    s
}

/// Internet and telecom revenue as figure cards with their period and growth; racks as columns.
pub fn downstream(view: &View) -> String {
    let lang = view.lang;
    let t = strings(lang);
    if !view.shows_tier(Tier::Downstream) {
        return hidden(lang);
    }
    let mut s = format!("<h3>{}</h3><div class=\"cards\">", esc(t.downstream_title));
    for id in ["internet", "telecom"] {
        let Some(i) = node_index(id) else { continue };
        let facts: Vec<&Fact> = facts_of(id).filter(|f| view.shows(f)).collect();
        let Some(main) = facts.iter().find(|f| f.metric == "revenue") else {
            continue;
        };
        let _ = write!(
            s,
            "<div class=\"card\" data-node=\"{id}\"><p class=\"kicker\">{}</p><p class=\"big\">{}</p><p class=\"when\">{}</p><ul>",
            esc(lang.node(node(i))),
            esc(&value(main.value, main.unit, main.qualifier, lang)),
            esc(&format!("{} · {}", crate::data::metric(main.metric).map_or("", |m| lang.label(m)), when(main, lang)))
        );
        for f in facts.iter().filter(|f| f.metric != "revenue") {
            let m = crate::data::metric(f.metric).map_or("", |m| lang.label(m));
            let _ = write!(
                s,
                "<li>{}{}{}</li>",
                esc(m),
                lang.colon(),
                esc(&value(f.value, f.unit, f.qualifier, lang))
            );
        }
        let _ = write!(
            s,
            "</ul><p class=\"source\">{}{}{}</p></div>",
            esc(t.source_line),
            lang.colon(),
            esc(&credit_in(main, lang))
        );
    }
    s.push_str("</div>");
    if let Some(i) = node_index("datacenter") {
        for sr in series_of("datacenter") {
            s.push_str(&chart::figure(
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
