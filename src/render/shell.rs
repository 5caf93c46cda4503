//! The widget's frame: masthead (kicker, title, dek), the filter bar's controls, the source line
//! and download buttons. Controls carry `data-*` attributes that the components act on.

use super::esc;
use crate::data::schema::Tier;
use crate::data::{year_span, DATASET};
use crate::i18n::{strings, tier_index, Lang};
use crate::model::{Action, Menu, Theme, View};
use std::fmt::Write;

pub fn masthead(lang: Lang) -> String {
    format!(
        "<p class=\"kicker\">{}</p><h1>{}</h1><p class=\"dek\">{}</p>",
        esc(strings(lang).kicker),
        esc(lang.pick(DATASET.title_zh, DATASET.title_en)),
        esc(lang.pick(DATASET.dek_zh, DATASET.dek_en))
    )
}

/// The filter bar, showing the state of `view` (the component applies later changes to it).
pub fn filters(view: &View) -> String {
    let lang = view.lang;
    let t = strings(lang);
    let sel = |on: bool| if on { " selected" } else { "" };
    let mut s = format!(
        "<div class=\"group\" role=\"group\" aria-label=\"{}\">",
        esc(t.tiers)
    );
    for tier in Tier::ALL {
        let _ = write!(
            s,
            "<button type=\"button\" class=\"chip\" data-action=\"{}\" aria-pressed=\"{}\">{}</button>",
            Action::Tier(*tier).as_str(),
            view.tiers[tier_index(*tier)],
            esc(t.tier_names[tier_index(*tier)])
        );
    }
    // A segment within the tiers: the same choice as clicking a node on the map (the `node` parameter).
    let _ = write!(
        s,
        "</div><label class=\"segment\"><span>{}</span><select data-action=\"{}\"><option value=\"\"{}>{}</option>",
        esc(t.segment),
        Menu::Node.as_str(),
        sel(view.node.is_none()),
        esc(t.all_segments)
    );
    for tier in Tier::ALL {
        let _ = write!(
            s,
            "<optgroup label=\"{}\" data-group=\"{}\"{}>",
            esc(t.tier_names[tier_index(*tier)]),
            tier.as_str(),
            if view.tiers[tier_index(*tier)] {
                ""
            } else {
                " disabled"
            }
        );
        for (i, n) in crate::data::tier_nodes(*tier) {
            let _ = write!(
                s,
                "<option value=\"{}\"{}>{}</option>",
                esc(n.id),
                sel(view.node == Some(i)),
                esc(lang.node(n))
            );
        }
        s.push_str("</optgroup>");
    }
    let _ = write!(
        s,
        "</select></label><fieldset class=\"group years\"><legend>{}</legend>",
        esc(t.years)
    );
    let (lo, hi) = year_span();
    for (menu, word, chosen) in [
        (Menu::From, t.year_from, view.from),
        (Menu::To, t.year_to, view.to),
    ] {
        let _ = write!(
            s,
            "<label><span>{}</span><select data-action=\"{}\">",
            esc(word),
            menu.as_str()
        );
        for y in lo..=hi {
            let _ = write!(s, "<option value=\"{y}\"{}>{y}</option>", sel(y == chosen));
        }
        s.push_str("</select></label>");
    }
    let _ = write!(
        s,
        "</fieldset><button type=\"button\" class=\"chip\" data-action=\"{}\" aria-pressed=\"{}\">{}</button>\
         <button type=\"button\" class=\"reset\" data-action=\"{}\">{}</button><span class=\"spacer\"></span>\
         <button type=\"button\" class=\"lang\" data-action=\"{}\" lang=\"{}\">{}</button>\
         <label class=\"theme\"><span class=\"sr-only\">{}</span><select data-action=\"{}\">",
        Action::Forecast.as_str(),
        view.forecast,
        esc(t.forecasts),
        Action::Reset.as_str(),
        esc(t.reset),
        Action::Lang.as_str(),
        if lang == Lang::Zh { "en" } else { "zh" },
        esc(t.other_lang),
        esc(t.theme),
        Menu::Theme.as_str(),
    );
    for (k, th) in Theme::ALL.iter().enumerate() {
        let _ = write!(
            s,
            "<option value=\"{}\"{}>{}</option>",
            th.as_str(),
            sel(view.theme == *th),
            esc(t.theme_names[k])
        );
    }
    s.push_str("</select></label>");
    s
}

/// The source line, the credit (the article's publisher) and the two CSV buttons.
pub fn footer(lang: Lang) -> String {
    let t = strings(lang);
    let names: Vec<&str> = DATASET.sources.iter().map(|s| lang.label(s)).collect();
    let (sep, stop, end) = if lang == Lang::Zh {
        ("、", "。", "。")
    } else {
        ("; ", ". ", ".")
    };
    format!(
        "<p><strong>{}{}</strong>{}{stop}{}{}{end}</p><p class=\"downloads\">\
         <button type=\"button\" class=\"csv\" data-csv=\"all\">{}</button>\
         <button type=\"button\" class=\"csv\" data-csv=\"view\">{}</button></p>",
        esc(t.source_line),
        lang.colon(),
        esc(&names.join(sep)),
        esc(t.credit),
        esc(lang.pick(DATASET.publisher_zh, DATASET.publisher_en)),
        esc(t.csv_all),
        esc(t.csv_view)
    )
}

/// The embed codes for the current view, for a widget served at `base` (its URL without query):
/// a plain iframe, an iframe sized by our embed.js, and Pym.js (for pages that already load it).
pub fn embed_codes(view: &crate::model::View, base: &str) -> [(&'static str, String); 3] {
    let query = view.to_query();
    let url = if query.is_empty() {
        base.to_owned()
    } else {
        format!("{base}?{query}")
    };
    let raw_title = view.lang.pick(DATASET.title_zh, DATASET.title_en);
    let title = esc(raw_title);
    let dir = base.rsplit_once('/').map_or("", |(d, _)| d);
    let attr_url = esc(&url);
    [
        (
            "iframe",
            format!("<iframe src=\"{attr_url}\" title=\"{title}\" style=\"width:100%;height:1200px;border:0\" loading=\"lazy\"></iframe>"),
        ),
        (
            "embed.js",
            format!(
                "<iframe data-ai-chain src=\"{attr_url}\" title=\"{title}\" style=\"width:100%;height:1200px;border:0\"></iframe>\n<script src=\"{}/embed.js\" async></script>",
                esc(dir)
            ),
        ),
        (
            "Pym.js",
            format!(
                "<div id=\"ai-chain\"></div>\n<script>new pym.Parent('ai-chain', '{}', {{ title: '{}' }});</script>",
                js_string(&url),
                js_string(raw_title)
            ),
        ),
    ]
}

/// `text` inside a single-quoted JavaScript string in a `<script>` element: quotes and backslashes
/// escaped, and `<` written as `\x3c` so that no `</script>` can end the element. Not HTML-escaped:
/// a script's text is not HTML (the Pym code's title read `China&#39;s …` when it was).
fn js_string(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('\'', "\\'")
        .replace('<', "\\x3c")
}

/// The embed dialog's body: each code in a read-only text area with a copy button.
pub fn embed_panel(view: &crate::model::View, base: &str) -> String {
    let t = strings(view.lang);
    let mut s = format!("<p>{}</p>", esc(t.embed_help));
    for (k, (name, code)) in embed_codes(view, base).iter().enumerate() {
        let _ = write!(
            s,
            "<div class=\"code\"><label for=\"embed-{k}\">{name}</label><textarea id=\"embed-{k}\" readonly rows=\"3\" spellcheck=\"false\">{}</textarea>\
             <button type=\"button\" class=\"chip\" data-copy=\"embed-{k}\">{}</button></div>",
            esc(code),
            esc(t.copy)
        );
    }
    s
}

/// The notice listing the URL parameters that were ignored, with a button to dismiss it.
pub fn notice(lang: Lang, warnings: &[String]) -> String {
    let t = strings(lang);
    let mut s = format!(
        "<div class=\"notice\" role=\"status\"><p>{}</p><ul>",
        esc(t.notice_ignored)
    );
    for w in warnings {
        let _ = write!(s, "<li><code lang=\"en\">{}</code></li>", esc(w));
    }
    let _ = write!(
        s,
        "</ul><button type=\"button\" data-dismiss=\"\">{}</button></div>",
        esc(t.dismiss)
    );
    s
}
