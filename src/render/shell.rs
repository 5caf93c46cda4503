//! The widget's frame: masthead (kicker, title, dek), the filter bar's controls, the source line
//! and download buttons. Controls carry `data-*` attributes that the components act on.

use super::esc;
use crate::data::schema::Tier;
use crate::data::{year_span, DATASET};
use crate::i18n::{strings, tier_index, Lang};
use crate::model::Theme;
use std::fmt::Write;

pub fn masthead(lang: Lang) -> String {
    format!(
        "<p class=\"kicker\">{}</p><h1>{}</h1><p class=\"dek\">{}</p>",
        esc(strings(lang).kicker),
        esc(lang.pick(&DATASET.title_zh, &DATASET.title_en)),
        esc(lang.pick(&DATASET.dek_zh, &DATASET.dek_en))
    )
}

/// The filter bar. Pressed states and selected values are set by the component from the view.
pub fn filters(lang: Lang) -> String {
    let t = strings(lang);
    let mut s = format!(
        "<div class=\"group\" role=\"group\" aria-label=\"{}\">",
        esc(t.tiers)
    );
    for tier in Tier::ALL {
        let _ = write!(
            s,
            "<button type=\"button\" class=\"chip\" data-tier=\"{}\" aria-pressed=\"true\">{}</button>",
            tier.as_str(),
            esc(t.tier_names[tier_index(*tier)])
        );
    }
    let _ = write!(
        s,
        "</div><fieldset class=\"group years\"><legend>{}</legend>",
        esc(t.years)
    );
    let (lo, hi) = year_span();
    for (key, word) in [("from", t.year_from), ("to", t.year_to)] {
        let _ = write!(
            s,
            "<label><span>{}</span><select data-filter=\"{key}\">",
            esc(word)
        );
        for y in lo..=hi {
            let _ = write!(s, "<option value=\"{y}\">{y}</option>");
        }
        s.push_str("</select></label>");
    }
    let _ = write!(
        s,
        "</fieldset><button type=\"button\" class=\"chip\" data-filter=\"forecast\" aria-pressed=\"true\">{}</button>\
         <button type=\"button\" class=\"reset\" data-filter=\"reset\">{}</button><span class=\"spacer\"></span>\
         <button type=\"button\" class=\"lang\" data-filter=\"lang\" lang=\"{}\">{}</button>\
         <label class=\"theme\"><span class=\"sr-only\">{}</span><select data-filter=\"theme\">",
        esc(t.forecasts),
        esc(t.reset),
        if lang == Lang::Zh { "en" } else { "zh" },
        esc(t.other_lang),
        esc(t.theme),
    );
    for (k, th) in Theme::ALL.iter().enumerate() {
        let _ = write!(
            s,
            "<option value=\"{}\">{}</option>",
            th.as_str(),
            esc(t.theme_names[k])
        );
    }
    s.push_str("</select></label>");
    s
}

/// The source line, the credit and the two CSV buttons.
pub fn footer(lang: Lang) -> String {
    let t = strings(lang);
    let names: Vec<&str> = DATASET.sources.iter().map(|s| lang.label(s)).collect();
    let (sep, stop) = if lang == Lang::Zh {
        ("、", "。")
    } else {
        ("; ", ". ")
    };
    format!(
        "<p><strong>{}:</strong> {}{stop}{}</p><p class=\"downloads\">\
         <button type=\"button\" class=\"csv\" data-csv=\"all\">{}</button>\
         <button type=\"button\" class=\"csv\" data-csv=\"view\">{}</button></p>",
        esc(t.source_line),
        esc(&names.join(sep)),
        esc(t.credit),
        esc(t.csv_all),
        esc(t.csv_view)
    )
}
