//! The selected node's story: every figure with its source sentence, its charts, its companies.

use super::column_chart::ColumnChart;
use super::{focus_node, use_lang, use_view};
use crate::data::schema::Kind;
use crate::data::{cagr, category, companies_of, credit, facts_of, group, metric, node, series_of};
use crate::i18n::format::{decimal_from_f64, kind_word, number, period, value, year};
use crate::i18n::{strings, tier_index, Lang};
use leptos::prelude::*;

#[component]
pub fn NodePanel() -> impl IntoView {
    let view = use_view();
    let lang = use_lang();
    let selected = Memo::new(move |_| view.with(|v| v.node));
    let close = move || {
        if let Some(i) = selected.get_untracked() {
            view.update(|v| v.node = None);
            focus_node(&node(i).id);
        }
    };
    move || {
        let i = selected.get()?;
        let n = node(i);
        let l = lang.get();
        let s = strings(l);
        let charts = series_of(&n.id)
            .into_iter()
            .filter(|s| s.category.is_empty())
            .map(|series| view! { <ColumnChart series subject=&n.zh subject_en=&n.en/> })
            .collect_view();
        let computed = series_of(&n.id).into_iter().next().and_then(|series| {
            let (a, b) = (series.points.first()?, series.points.last()?);
            let rate = cagr(a, b)?;
            let span = format!("{}–{}", year(a.year?, a.kind), year(b.year?, b.kind));
            Some(view! {
                <p class="computed">
                    {s.details_growth_computed} " " {span} ": "
                    {format!("{}%", number(decimal_from_f64(rate, 1), false))}
                </p>
            })
        });
        let figures = facts_of(&n.id)
            .filter(|f| view.with_untracked(|v| v.shows(f)))
            .map(|f| {
                let m = metric(&f.metric).map(|m| l.label(m)).unwrap_or("");
                let cat = category(&f.category)
                    .map(|c| format!(" · {}", l.label(c)))
                    .unwrap_or_default();
                let when = if !f.period.is_empty() {
                    period(&f.period, l)
                } else {
                    f.year.map(|y| year(y, f.kind)).unwrap_or_default()
                };
                let badge = (f.kind != Kind::Actual)
                    .then(|| view! { <span class="badge">{kind_word(f.kind, l)}</span> });
                view! {
                    <li data-metric=f.metric.to_string() data-kind=f.kind.as_str()>
                        <span class="what">{format!("{m}{cat}")}</span>
                        <span class="when">{when}</span>
                        <strong class="val">{value(f.value, f.unit, f.qualifier, l)}</strong>
                        {badge}
                        <blockquote lang="zh">"“" {f.quote.to_string()} "”"</blockquote>
                        <span class="cite">{s.col_source} ": " {credit(f, l == Lang::Zh)}</span>
                    </li>
                }
            })
            .collect_view();
        let mut groups: Vec<&str> = companies_of(&n.id).map(|c| &*c.group).collect();
        groups.dedup();
        let companies = if groups.is_empty() {
            view! { <p class="none">{s.details_no_companies}</p> }.into_any()
        } else {
            groups
                .into_iter()
                .map(|g| {
                    let names = companies_of(&n.id)
                        .filter(|c| c.group == g)
                        .map(|c| match l {
                            Lang::Zh => view! { <li>{c.zh.to_string()}</li> }.into_any(),
                            Lang::En => view! { <li>{c.en.to_string()} " " <span lang="zh">{c.zh.to_string()}</span></li> }.into_any(),
                        })
                        .collect_view();
                    view! {
                        <h4>{group(g).map(|g| l.label(g)).unwrap_or("")}</h4>
                        <ul class="companies">{names}</ul>
                    }
                })
                .collect_view()
                .into_any()
        };
        let tier = s.tier_names[tier_index(n.tier)];
        Some(view! {
            <section class="panel" aria-labelledby="panel-title" data-node=n.id.to_string()
                on:keydown=move |ev| if ev.key() == "Escape" { close(); }>
                <header>
                    <p class="kicker">{tier}</p>
                    <h2 id="panel-title">{l.node(n).to_owned()}</h2>
                    <button type="button" class="close" on:click=move |_| close()>
                        {s.close} <span aria-hidden="true">" ×"</span>
                    </button>
                </header>
                <div class="charts">{charts}</div>
                {computed}
                <h3>{s.details_figures}</h3>
                <ul class="figures">{figures}</ul>
                <h3>{s.details_companies}</h3>
                {companies}
            </section>
        })
    }
}
