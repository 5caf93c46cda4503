//! A node's details: the frame (tier, name, close) and the body: its charts, computed growth, every figure with the sentence it
//! comes from, and the companies the article names, as the article groups them.

use super::html::{Html, Ident, Text};
use super::{chart, credit_in, figure_name, metric, when, zh_span};
use crate::data::schema::{Fact, Kind, Node};
use crate::data::{cagr, companies_of, facts_of, group, series_of};
use crate::html;
use crate::i18n::format::{decimal_from_f64, kind_word, number, range, value, year};
use crate::i18n::{strings, Lang};
use crate::model::{Action, View};

/// The details of the selected node, or nothing: a kicker (its tier), its name, a close button, the body.
pub fn panel(view: &View) -> Html {
    let Some(i) = view.node else {
        return Html::default();
    };
    let n = crate::data::node(i);
    let t = strings(view.lang);
    html![
        "<section class=\"panel\" role=\"region\" aria-labelledby=\"panel-title\" data-details=\"",
        Text(n.id),
        "\"><header><p class=\"kicker\">",
        Text(t.tier_names[crate::i18n::tier_index(n.tier)]),
        "</p><h2 id=\"panel-title\" tabindex=\"-1\">",
        Text(view.lang.node(n)),
        "</h2><button type=\"button\" class=\"close\" data-action=\"",
        Action::Close,
        "\">",
        Text(t.close),
        "</button></header><div class=\"body\">",
        body(n, view),
        "</div></section>"
    ]
}

pub fn body(n: &Node, view: &View) -> Html {
    let lang = view.lang;
    let t = strings(lang);
    let series = series_of(n.id);
    let mut s = html!["<div class=\"series\"><div class=\"charts\">"];
    // Each chart's compound growth over the years it shows, named by what it measures.
    let mut growth = Html::default();
    for sr in series.iter().filter(|s| s.category.is_empty()) {
        let visible: Vec<_> = sr
            .points
            .iter()
            .copied()
            .filter(|f| view.shows(f))
            .collect();
        s.push(&chart::figure(sr, n, &visible, None, lang));
        if let (Some(&a), Some(&b)) = (visible.first(), visible.last()) {
            if let (Some(rate), Some(y0), Some(y1)) = (cagr(a, b), a.year, b.year) {
                let m = metric(sr.metric).map_or("", |m| lang.label(m));
                growth.push(&html![
                    "<p class=\"computed\">",
                    Text(m),
                    Text(lang.pick("", ": ")),
                    Text(t.details_growth_computed),
                    Text(lang.comma()),
                    Text(&year(y0, a.kind)),
                    Text(lang.pick("\u{2014}", "\u{2013}")),
                    Text(&year(y1, b.kind)),
                    Text(lang.colon()),
                    Text(&number(decimal_from_f64(rate, 1), false)),
                    "%</p>"
                ]);
            }
        }
    }
    // The charts, then the figures and companies: two columns where the details are wide.
    s.push(&html![
        "</div>",
        growth,
        "</div><div class=\"facts\"><h3>",
        Text(t.details_figures),
        "</h3><ul class=\"figures\">"
    ]);
    let facts: Vec<&Fact> = facts_of(n.id).filter(|f| view.shows(f)).collect();
    for f in &facts {
        // A range the source gives (300–500万只) is two facts, `low` and `high`: shown as one figure.
        if f.category == "high"
            && facts
                .iter()
                .any(|g| g.category == "low" && g.metric == f.metric && g.year == f.year)
        {
            continue;
        }
        let high = (f.category == "low")
            .then(|| {
                facts
                    .iter()
                    .find(|g| g.category == "high" && g.metric == f.metric && g.year == f.year)
            })
            .flatten();
        let (name, shown) = match high {
            Some(h) => (
                metric(f.metric).map_or(String::new(), |m| lang.label(m).to_owned()),
                range(f.value, h.value, f.unit, lang),
            ),
            None => (
                figure_name(f, lang),
                value(f.value, f.unit, f.qualifier, lang),
            ),
        };
        let badge = (f.kind != Kind::Actual).then(|| {
            html![
                " <span class=\"badge\">",
                Text(kind_word(f.kind, lang)),
                "</span>"
            ]
        });
        s.push(&html![
            "<li data-metric=\"",
            Text(f.metric),
            "\" data-kind=\"",
            Ident(f.kind.as_str()),
            "\"><span class=\"what\">",
            Text(&name),
            "</span> <span class=\"when\">",
            Text(&when(f, lang)),
            "</span> <strong class=\"val\">",
            Text(&shown),
            "</strong>",
            badge,
            "<blockquote lang=\"zh\">“",
            Text(f.quote),
            "”</blockquote><span class=\"cite\">",
            Text(t.col_source),
            Text(lang.colon()),
            Text(&credit_in(f, lang)),
            "</span>",
            crate::data::report(f).map(|r| super::report_names(&[r], lang)),
            crate::data::correction(f).map(|c| html![
                "<span class=\"corrected\" data-correction>",
                Text(&super::correction_note(c, f, lang)),
                "</span>"
            ]),
            "</li>"
        ]);
    }
    if facts_of(n.id).next().is_none() {
        s.push(&html!["<li class=\"none\">", Text(t.no_figures), "</li>"]);
    }
    s.push(&html!["</ul><h3>", Text(t.details_companies), "</h3>"]);
    let mut groups: Vec<&str> = companies_of(n.id).map(|c| c.group).collect();
    groups.dedup();
    if groups.is_empty() {
        s.push(&html![
            "<p class=\"none\">",
            Text(t.details_no_companies),
            "</p>"
        ]);
    }
    for g in groups {
        s.push(&html![
            "<h4>",
            Text(group(g).map_or("", |g| lang.label(g))),
            "</h4><ul class=\"companies\">"
        ]);
        for c in companies_of(n.id).filter(|c| c.group == g) {
            match lang {
                Lang::Zh => s.push(&html!["<li>", Text(c.zh), "</li>"]),
                Lang::En => s.push(&html![
                    "<li>",
                    Text(c.en),
                    " ",
                    zh_span(c.zh, lang),
                    "</li>"
                ]),
            }
        }
        s.push(&html!["</ul>"]);
    }
    s.push(&html!["</div>"]);
    s
}

/// The short line a screen reader hears when a node is selected: its name and headline value.
pub fn announcement(n: &Node, lang: Lang) -> String {
    let t = strings(lang);
    match crate::data::headline(n.id) {
        Some(f) => format!(
            "{}{}{}{}{} {}",
            t.selected,
            lang.colon(),
            lang.node(n),
            lang.comma(),
            when(f, lang),
            value(f.value, f.unit, f.qualifier, lang)
        ),
        None => format!("{}{}{}", t.selected, lang.colon(), lang.node(n)),
    }
}
