//! A node's details: the frame (tier, name, close) and the body: its charts, computed growth, every figure with the sentence it
//! comes from, and the companies the article names, as the article groups them.

use super::{chart, credit_in, esc, figure_name, metric, when, zh_span};
use crate::data::schema::{Fact, Kind, Node};
use crate::data::{cagr, companies_of, facts_of, group, series_of};
use crate::i18n::format::{decimal_from_f64, kind_word, number, range, value, year};
use crate::i18n::{strings, Lang};
use crate::model::{Action, View};
use std::fmt::Write;

/// The details of the selected node, or nothing: a kicker (its tier), its name, a close button, the body.
pub fn panel(view: &View) -> String {
    let Some(i) = view.node else {
        return String::new();
    };
    let n = crate::data::node(i);
    let t = strings(view.lang);
    format!(
        "<section class=\"panel\" role=\"region\" aria-labelledby=\"panel-title\" data-details=\"{}\"><header>\
         <p class=\"kicker\">{}</p><h2 id=\"panel-title\" tabindex=\"-1\">{}</h2><button type=\"button\" class=\"close\" data-action=\"{}\">{}</button>\
         </header><div class=\"body\">{}</div></section>",
        esc(n.id),
        esc(t.tier_names[crate::i18n::tier_index(n.tier)]),
        esc(view.lang.node(n)),
        Action::Close.as_str(),
        esc(t.close),
        body(n, view)
    )
}

pub fn body(n: &Node, view: &View) -> String {
    let lang = view.lang;
    let t = strings(lang);
    let series = series_of(n.id);
    let mut s = String::from("<div class=\"series\"><div class=\"charts\">");
    // Each chart's compound growth over the years it shows, named by what it measures.
    let mut growth = String::new();
    for sr in series.iter().filter(|s| s.category.is_empty()) {
        let visible: Vec<_> = sr
            .points
            .iter()
            .copied()
            .filter(|f| view.shows(f))
            .collect();
        s.push_str(&chart::figure(sr, n, &visible, None, lang));
        if let (Some(&a), Some(&b)) = (visible.first(), visible.last()) {
            if let (Some(rate), Some(y0), Some(y1)) = (cagr(a, b), a.year, b.year) {
                let m = metric(sr.metric).map_or("", |m| lang.label(m));
                let _ = write!(
                    growth,
                    "<p class=\"computed\">{}{}{}{}{}{}{}{}{}%</p>",
                    esc(m),
                    lang.pick("", ": "),
                    esc(t.details_growth_computed),
                    lang.comma(),
                    year(y0, a.kind),
                    lang.pick("\u{2014}", "\u{2013}"),
                    year(y1, b.kind),
                    lang.colon(),
                    number(decimal_from_f64(rate, 1), false)
                );
            }
        }
    }
    s.push_str("</div>");
    s.push_str(&growth);
    // The charts, then the figures and companies: two columns where the details are wide.
    let _ = write!(
        s,
        "</div><div class=\"facts\"><h3>{}</h3><ul class=\"figures\">",
        esc(t.details_figures)
    );
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
        let badge = if f.kind == Kind::Actual {
            String::new()
        } else {
            format!(" <span class=\"badge\">{}</span>", kind_word(f.kind, lang))
        };
        let _ = write!(
            s,
            "<li data-metric=\"{}\" data-kind=\"{}\"><span class=\"what\">{}</span> <span class=\"when\">{}</span> \
             <strong class=\"val\">{}</strong>{badge}<blockquote lang=\"zh\">“{}”</blockquote><span class=\"cite\">{}{}{}</span></li>",
            esc(f.metric),
            f.kind.as_str(),
            esc(&name),
            esc(&when(f, lang)),
            esc(&shown),
            esc(f.quote),
            esc(t.col_source),
            lang.colon(),
            esc(&credit_in(f, lang))
        );
    }
    if facts_of(n.id).next().is_none() {
        let _ = write!(s, "<li class=\"none\">{}</li>", esc(t.no_figures));
    }
    let _ = write!(s, "</ul><h3>{}</h3>", esc(t.details_companies));
    let mut groups: Vec<&str> = companies_of(n.id).map(|c| c.group).collect();
    groups.dedup();
    if groups.is_empty() {
        let _ = write!(s, "<p class=\"none\">{}</p>", esc(t.details_no_companies));
    }
    for g in groups {
        let _ = write!(
            s,
            "<h4>{}</h4><ul class=\"companies\">",
            esc(group(g).map_or("", |g| lang.label(g)))
        );
        for c in companies_of(n.id).filter(|c| c.group == g) {
            match lang {
                Lang::Zh => {
                    let _ = write!(s, "<li>{}</li>", esc(c.zh));
                }
                Lang::En => {
                    let _ = write!(s, "<li>{} {}</li>", esc(c.en), zh_span(c.zh, lang));
                }
            }
        }
        s.push_str("</ul>");
    }
    s.push_str("</div>");
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
