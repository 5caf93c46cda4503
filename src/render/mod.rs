//! Read-only markup as strings: charts (SVG), tables and figure lists. Pure functions of the data and
//! the view, tested natively; the same strings serve the live widget (inserted as `inner_html`),
//! the downloads and the static first view. Typed Leptos views are kept for what readers operate,
//! because every distinct typed view costs bundle size.
//!
//! Everything interpolated is escaped by type (`html!`: text is `html::Text`); nothing from the
//! URL ever reaches these strings.

pub mod chart;
pub mod export;
pub mod html;
pub mod map;
pub mod overview;
pub mod panel;
pub mod shell;
pub mod tables;

use crate::data::schema::Fact;
use crate::data::{category, credit, metric};
use crate::i18n::format::{period, year};
use crate::i18n::Lang;

/// "市场规模 · 训练型": a fact's metric with its category, in the reader's language.
/// A CSS rule that lays `selector` over the part `plot` of a `width`×`height` drawing, in percent
/// of the drawing's box: where a chart's buttons go over its SVG (no `style` attribute needed).
pub fn over_css(selector: &str, plot: &crate::geom::Rect, width: f64, height: f64) -> String {
    use crate::geom::num;
    let pct = |part: f64, whole: f64| num(part / whole * 100.0);
    format!(
        "{selector}{{left:{}%;right:{}%;top:{}%;bottom:{}%}}",
        pct(plot.x0, width),
        pct(width - plot.x1, width),
        pct(plot.y0, height),
        pct(height - plot.y1, height)
    )
}

pub fn figure_name(f: &Fact, lang: Lang) -> String {
    let m = metric(f.metric).map_or("", |m| lang.label(m));
    match category(f.category) {
        Some(c) => format!("{m} · {}", lang.label(c)),
        None => m.to_owned(),
    }
}

/// When a fact applies: its period in words, else its year (2025E for projections), else nothing.
pub fn when(f: &Fact, lang: Lang) -> String {
    if !f.period.is_empty() {
        period(f.period, lang)
    } else {
        f.year.map(|y| year(y, f.kind)).unwrap_or_default()
    }
}

/// The organisations credited, in the reader's language.
pub fn credit_in(f: &Fact, lang: Lang) -> String {
    credit(f, lang == Lang::Zh)
}

/// The end of every chart's figure: the source line (credited as for `fact`), the download
/// buttons, and the closing tag.
pub fn figure_foot(fact: Option<&Fact>, lang: Lang) -> html::Html {
    crate::html![
        "<p class=\"source\">",
        html::Text(crate::i18n::strings(lang).source_line),
        html::Text(lang.colon()),
        html::Text(&fact.map(|f| credit_in(f, lang)).unwrap_or_default()),
        "</p>",
        export::buttons(lang),
        "</figure>"
    ]
}

/// Text in Chinese on an English page is marked so screen readers pronounce it (WCAG 3.1.2).
pub fn zh_span(text: &str, lang: Lang) -> html::Html {
    match lang {
        Lang::Zh => crate::html![html::Text(text)],
        Lang::En => crate::html!["<span lang=\"zh\">", html::Text(text), "</span>"],
    }
}
