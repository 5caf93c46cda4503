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
use crate::data::{category, credit, metric, report, source_line};
use crate::i18n::format::{period, year};
use crate::i18n::Lang;

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

/// "市场规模 · 训练型": a fact's metric with its category, in the reader's language.
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

/// The article's source line for a fact's metric, else "数据来源:" and the organisations credited.
pub fn source_text(f: &Fact, lang: Lang) -> String {
    match source_line(f.node, f.metric) {
        Some(l) => lang.pick(l.zh, l.en).to_owned(),
        None => [
            crate::i18n::strings(lang).source_line,
            lang.colon(),
            &credit_in(f, lang),
        ]
        .concat(),
    }
}

/// The end of every chart's figure: the article's source lines for the charted figures (else the
/// organisations credited), the reports they come from, the download buttons and the closing tag.
/// One element, so that an exported file carries all of it (`embed::export_chart`).
pub fn figure_foot(facts: &[&Fact], lang: Lang) -> html::Html {
    let mut lines: Vec<String> = Vec::new();
    let mut reports = Vec::new();
    for f in facts {
        let line = source_text(f, lang);
        if !lines.contains(&line) {
            lines.push(line);
        }
        if let Some(r) = report(f).filter(|r| !reports.contains(r)) {
            reports.push(r);
        }
    }
    crate::html![
        "<p class=\"source\">",
        html::Text(&lines.join(lang.pick("；", "; "))),
        (!reports.is_empty()).then(|| report_names(&reports, lang)),
        "</p>",
        export::buttons(lang),
        "</figure>"
    ]
}

/// "报告:《…》《…》"; in English each title's translation, then the original it is found by.
pub fn report_names(reports: &[&crate::data::schema::Label], lang: Lang) -> html::Html {
    let t = crate::i18n::strings(lang);
    let mut s = crate::html![
        "<span class=\"report\">\n",
        html::Text(if reports.len() > 1 {
            t.reports
        } else {
            t.report
        }),
        html::Text(lang.colon())
    ];
    for (i, r) in reports.iter().enumerate() {
        if lang == Lang::En {
            s.push(&crate::html![
                html::Text(if i > 0 { "; " } else { "" }),
                html::Text(r.en),
                " ("
            ]);
        }
        s.push(&zh_span(&["《", r.zh, "》"].concat(), lang));
        if lang == Lang::En {
            s.push(&crate::html![")"]);
        }
    }
    s.push(&crate::html!["</span>"]);
    s
}

/// The annotations on the chart of `series` (its id) that cover a value of `shown`, in the data
/// file's order, each with the indices of the first and last value of `shown` it covers.
pub fn notes_on(
    series: &str,
    shown: &[&Fact],
) -> Vec<(&'static crate::data::schema::Annotation, usize, usize)> {
    crate::data::DATASET
        .annotations
        .iter()
        .filter(|a| a.series == series)
        .filter_map(|a| {
            let first = shown.iter().position(|f| a.covers(f.year))?;
            let last = shown.iter().rposition(|f| a.covers(f.year))?;
            Some((a, first, last))
        })
        .collect()
}

/// "市场增速逐步放缓(2022—2026年)" / "Growth is slowing (2022–2026)": an annotation with its years.
pub fn note_text(a: &crate::data::schema::Annotation, lang: Lang) -> &'static str {
    lang.pick(a.note_zh, a.note_en)
}

/// What a chart's summary and table add for its annotations: "注:…。" / "Note: …."
pub fn notes_sentence(
    notes: &[(&crate::data::schema::Annotation, usize, usize)],
    lang: Lang,
) -> String {
    if notes.is_empty() {
        return String::new();
    }
    let texts: Vec<&str> = notes.iter().map(|n| note_text(n.0, lang)).collect();
    let t = crate::i18n::strings(lang);
    [
        lang.pick("", " "),
        t.note,
        lang.colon(),
        &texts.join(lang.semicolon()),
        lang.pick("。", "."),
    ]
    .concat()
}

/// A table's foot naming the chart's annotations, across its `columns`.
pub fn notes_foot(
    notes: &[(&crate::data::schema::Annotation, usize, usize)],
    columns: usize,
    lang: Lang,
) -> html::Html {
    if notes.is_empty() {
        return html::Html::default();
    }
    crate::html![
        "<tfoot><tr><td colspan=\"",
        columns,
        "\">",
        html::Text(notes_sentence(notes, lang).trim_start()),
        "</td></tr></tfoot>"
    ]
}

/// The annotations drawn as numbers, listed under the chart with their numbers.
pub fn numbered_notes(
    notes: &[(&crate::data::schema::Annotation, usize, usize)],
    numbered: &[bool],
    lang: Lang,
) -> html::Html {
    let mut s = html::Html::default();
    for (k, (n, _)) in notes
        .iter()
        .zip(numbered)
        .enumerate()
        .filter(|(_, (_, &b))| b)
    {
        if s.is_empty() {
            s.push(&crate::html!["<ol class=\"notes\">"]);
        }
        s.push(&crate::html![
            "<li value=\"",
            k + 1,
            "\" data-annotation=\"",
            k + 1,
            "\">",
            html::Text(note_text(n.0, lang)),
            "</li>"
        ]);
    }
    if !s.is_empty() {
        s.push(&crate::html!["</ol>"]);
    }
    s
}

/// A corrected figure's note: "更正(2026-12-08):原为1070亿元。<why>" / "Correction (2026-12-08):
/// was CNY 107 bn. <why>".
pub fn correction_note(c: &crate::data::schema::Correction, f: &Fact, lang: Lang) -> String {
    let t = crate::i18n::strings(lang);
    let old = crate::i18n::format::value(c.old, f.unit, f.qualifier, lang);
    match lang {
        Lang::Zh => format!("{}({}):{}{old}。{}", t.correction, c.date, t.was, c.zh),
        Lang::En => format!("{} ({}): {} {old}. {}", t.correction, c.date, t.was, c.en),
    }
}

/// Text in Chinese on an English page is marked so screen readers pronounce it (WCAG 3.1.2).
pub fn zh_span(text: &str, lang: Lang) -> html::Html {
    match lang {
        Lang::Zh => crate::html![html::Text(text)],
        Lang::En => crate::html!["<span lang=\"zh\">", html::Text(text), "</span>"],
    }
}
