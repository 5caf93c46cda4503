//! The filter bar: tiers, years, forecasts, reset; language and theme.

use super::{use_lang, use_view};
use crate::data::schema::Tier;
use crate::data::year_span;
use crate::i18n::{strings, tier_index, Lang};
use crate::model::{Theme, View};
use leptos::prelude::*;

#[component]
pub fn FilterBar() -> impl IntoView {
    let view = use_view();
    let lang = use_lang();
    let s = move || strings(lang.get());
    let (lo, hi) = year_span();
    let tier_buttons = Tier::ALL
        .iter()
        .map(|&tier| {
            let t = tier_index(tier);
            let on = move || view.with(|v| v.tiers[t]);
            view! {
                <button
                    type="button"
                    class="chip"
                    data-tier=tier.as_str()
                    aria-pressed=move || on().to_string()
                    on:click=move |_| {
                        view.update(|v| {
                            v.tiers[t] = !v.tiers[t];
                            if !v.tiers.iter().any(|&x| x) {
                                v.tiers = [true; 3];
                            }
                        })
                    }
                >
                    {move || s().tier_names[t]}
                </button>
            }
        })
        .collect_view();
    let year_select = move |is_from: bool| {
        let options = (lo..=hi)
            .map(|y| {
                let selected = move || view.with(|v| if is_from { v.from } else { v.to }) == y;
                view! { <option value=y.to_string() selected=selected>{y.to_string()}</option> }
            })
            .collect_view();
        view! {
            <label>
                <span>{move || if is_from { s().year_from } else { s().year_to }}</span>
                <select
                    data-filter=if is_from { "from" } else { "to" }
                    prop:value=move || view.with(|v| if is_from { v.from } else { v.to }).to_string()
                    on:change:target=move |ev| {
                        if let Ok(y) = ev.target().value().parse::<u16>() {
                            view.update(|v| {
                                if is_from {
                                    v.from = y;
                                    v.to = v.to.max(y);
                                } else {
                                    v.to = y;
                                    v.from = v.from.min(y);
                                }
                            });
                        }
                    }
                >
                    {options}
                </select>
            </label>
        }
    };
    let themes = Theme::ALL
        .iter()
        .enumerate()
        .map(|(k, &th)| {
            view! {
                <option value=th.as_str() selected=move || view.with(|v| v.theme == th)>{move || s().theme_names[k]}</option>
            }
        })
        .collect_view();
    view! {
        <div class="filters" role="group" aria-label=move || s().filters>
            <div class="group" role="group" aria-label=move || s().tiers>
                {tier_buttons}
            </div>
            <fieldset class="group years">
                <legend>{move || s().years}</legend>
                {year_select(true)}
                {year_select(false)}
            </fieldset>
            <button
                type="button"
                class="chip"
                data-filter="forecast"
                aria-pressed=move || view.with(|v| v.forecast).to_string()
                on:click=move |_| view.update(|v| v.forecast = !v.forecast)
            >
                {move || s().forecasts}
            </button>
            <button
                type="button"
                class="reset"
                on:click=move |_| {
                    view.update(|v| {
                        let keep = (v.lang, v.theme, v.controls);
                        *v = View::default();
                        (v.lang, v.theme, v.controls) = keep;
                    })
                }
            >
                {move || s().reset}
            </button>
            <span class="spacer"></span>
            <button
                type="button"
                class="lang"
                lang=move || if lang.get() == Lang::Zh { "en" } else { "zh" }
                on:click=move |_| view.update(|v| v.lang = if v.lang == Lang::Zh { Lang::En } else { Lang::Zh })
            >
                {move || s().other_lang}
            </button>
            <label class="theme">
                <span class="sr-only">{move || s().theme}</span>
                <select
                    data-filter="theme"
                    on:change:target=move |ev| {
                        if let Ok(th) = ev.target().value().parse::<Theme>() {
                            view.update(|v| v.theme = th);
                        }
                    }
                >
                    {themes}
                </select>
            </label>
        </div>
    }
}
