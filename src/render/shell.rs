//! The widget's frame: masthead (kicker, title, dek), the filter bar's controls, the source line
//! and download buttons. Controls carry `data-*` attributes that the components act on.

use super::html::{Html, Ident, Text};
use crate::data::schema::Tier;
use crate::data::{year_span, DATASET};
use crate::html;
use crate::i18n::{strings, tier_index, Lang};
use crate::model::{Action, Menu, Part, Theme, View};

impl super::html::Markup for Action {
    fn write(&self, out: &mut String) {
        Ident(self.as_str()).write(out);
    }
}

impl super::html::Markup for Menu {
    fn write(&self, out: &mut String) {
        Ident(self.as_str()).write(out);
    }
}

/// ` selected` on the chosen option.
fn selected(on: bool) -> Option<Html> {
    on.then(|| html![" selected"])
}

pub fn masthead(lang: Lang) -> Html {
    html![
        "<p class=\"kicker\">",
        Text(strings(lang).kicker),
        "</p><h1>",
        Text(lang.pick(DATASET.title_zh, DATASET.title_en)),
        "</h1><p class=\"dek\">",
        Text(lang.pick(DATASET.dek_zh, DATASET.dek_en)),
        "</p>"
    ]
}

/// The filter bar, showing the state of `view` (the component applies later changes to it).
pub fn filters(view: &View) -> Html {
    let lang = view.lang;
    let t = strings(lang);
    let mut s = Html::default();
    // One chart is filtered by years and forecasts only: its tier is its own.
    if !view.part.chart() {
        tier_filters(view, &mut s);
    }
    s.push(&html![
        "<fieldset class=\"group years\"><legend>",
        Text(t.years),
        "</legend>"
    ]);
    let (lo, hi) = year_span();
    for (menu, word, chosen) in [
        (Menu::From, t.year_from, view.from),
        (Menu::To, t.year_to, view.to),
    ] {
        s.push(&html![
            "<label><span>",
            Text(word),
            "</span><select data-action=\"",
            menu,
            "\">"
        ]);
        for y in lo..=hi {
            s.push(&html![
                "<option value=\"",
                y,
                "\"",
                selected(y == chosen),
                ">",
                y,
                "</option>"
            ]);
        }
        s.push(&html!["</select></label>"]);
    }
    s.push(&html![
        "</fieldset><button type=\"button\" class=\"chip\" data-action=\"",
        Action::Forecast,
        "\" aria-pressed=\"",
        view.forecast,
        "\">",
        Text(t.forecasts),
        "</button><button type=\"button\" class=\"reset\" data-action=\"",
        Action::Reset,
        "\">",
        Text(t.reset),
        "</button><span class=\"spacer\"></span><button type=\"button\" class=\"lang\" data-action=\"",
        Action::Lang,
        "\" lang=\"",
        Ident(if lang == Lang::Zh { "en" } else { "zh" }),
        "\">",
        Text(t.other_lang),
        "</button><label class=\"theme\"><span class=\"sr-only\">",
        Text(t.theme),
        "</span><select data-action=\"",
        Menu::Theme,
        "\">"
    ]);
    for (k, th) in Theme::ALL.iter().enumerate() {
        s.push(&html![
            "<option value=\"",
            Ident(th.as_str()),
            "\"",
            selected(view.theme == *th),
            ">",
            Text(t.theme_names[k]),
            "</option>"
        ]);
    }
    s.push(&html!["</select></label>"]);
    s
}

/// The tier toggles and the segment menu, which the map's and the overview's parts filter by.
fn tier_filters(view: &View, s: &mut Html) {
    let lang = view.lang;
    let t = strings(lang);
    s.push(&html![
        "<div class=\"group\" role=\"group\" aria-label=\"",
        Text(t.tiers),
        "\">"
    ]);
    for tier in Tier::ALL {
        let i = tier_index(*tier);
        s.push(&html![
            "<button type=\"button\" class=\"chip\" data-action=\"",
            Action::Tier(*tier),
            "\" aria-pressed=\"",
            view.tiers[i],
            "\">",
            Text(t.tier_names[i]),
            "</button>"
        ]);
    }
    // A segment within the tiers: the same choice as clicking a node on the map (the `node` parameter).
    s.push(&html![
        "</div><label class=\"segment\"><span>",
        Text(t.segment),
        "</span><select data-action=\"",
        Menu::Node,
        "\"><option value=\"\"",
        selected(view.node.is_none()),
        ">",
        Text(t.all_segments),
        "</option>"
    ]);
    for tier in Tier::ALL {
        let i = tier_index(*tier);
        s.push(&html![
            "<optgroup label=\"",
            Text(t.tier_names[i]),
            "\" data-group=\"",
            Ident(tier.as_str()),
            "\"",
            (!view.tiers[i]).then(|| html![" disabled"]),
            ">"
        ]);
        for (k, n) in crate::data::tier_nodes(*tier) {
            s.push(&html![
                "<option value=\"",
                Text(n.id),
                "\"",
                selected(view.node == Some(k)),
                ">",
                Text(lang.node(n)),
                "</option>"
            ]);
        }
        s.push(&html!["</optgroup>"]);
    }
    s.push(&html!["</select></label>"]);
}

/// The source line, the credit (the article's publisher) and, where the part holds the tables,
/// the two CSV buttons. One chart has its source line under it: its footer is the credit alone.
pub fn footer(lang: Lang, part: Part, still: bool) -> Html {
    let t = strings(lang);
    let names: Vec<&str> = DATASET.sources.iter().map(|s| lang.label(s)).collect();
    let (sep, stop, end) = if lang == Lang::Zh {
        ("、", "。", "。")
    } else {
        ("; ", ". ", ".")
    };
    let sources = (!part.chart()).then(|| {
        html![
            "<strong>",
            Text(t.source_line),
            Text(lang.colon()),
            "</strong>",
            Text(&names.join(sep)),
            Text(stop)
        ]
    });
    let csv = part.data().then(|| {
        html![
            "<p class=\"downloads\"><button type=\"button\" class=\"csv\" data-csv=\"all\">",
            Text(t.csv_all),
            "</button><button type=\"button\" class=\"csv\" data-csv=\"view\">",
            Text(t.csv_view),
            "</button></p>"
        ]
    });
    // Share and cite, and where a link or citation goes when no share sheet takes it
    // (`ui::app::share`, `ui::app::cite`).
    let share = (!still).then(|| {
        html![
            "<p class=\"share\"><button type=\"button\" data-action=\"share\">",
            Text(t.share),
            "</button><button type=\"button\" data-action=\"cite\">",
            Text(t.cite),
            "</button><span class=\"shared\" role=\"status\"></span></p>"
        ]
    });
    let mut corrections = Html::default();
    for c in DATASET.corrections {
        let Some(f) = DATASET.facts.iter().find(|f| c.of(f)) else {
            continue;
        };
        corrections.push(&html![
            "<p class=\"corrected\" data-correction>",
            Text(lang.node(&DATASET.nodes[crate::data::node_index(f.node).unwrap_or(0)])),
            " · ",
            Text(&super::figure_name(f, lang)),
            " ",
            Text(&super::when(f, lang)),
            Text(lang.colon()),
            Text(&crate::i18n::format::value(
                f.value,
                f.unit,
                f.qualifier,
                lang
            )),
            Text(lang.pick("*。", "*. ")),
            Text(&super::correction_note(c, f, lang)),
            "</p>"
        ]);
    }
    html![
        corrections,
        "<p>",
        sources,
        Text(t.credit),
        Text(lang.pick(DATASET.publisher_zh, DATASET.publisher_en)),
        Text(end),
        "</p>",
        csv,
        share
    ]
}

/// How to cite the graphic: its publisher and title, its data file's date, the organisations the
/// article credits, and `url`, the address the widget is served from.
pub fn citation(lang: Lang, url: &str) -> String {
    let t = strings(lang);
    let d = &DATASET;
    let names: Vec<&str> = d.sources.iter().map(|s| lang.label(s)).collect();
    match lang {
        Lang::Zh => format!(
            "{}:《{}》({},{}{})。{}:{}。{url}",
            d.publisher_zh,
            d.title_zh,
            t.graphic,
            t.version,
            d.updated,
            t.source_line,
            names.join("、")
        ),
        Lang::En => format!(
            "{}, “{}” ({}, {} {}). {}: {}. {url}",
            d.publisher_en,
            d.title_en,
            t.graphic,
            t.version,
            d.updated,
            t.source_line,
            names.join("; ")
        ),
    }
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
    let title = Text(view.lang.pick(DATASET.title_zh, DATASET.title_en));
    let dir = Text(base.rsplit_once('/').map_or("", |(d, _)| d));
    let src = Text(&url);
    // The frame's height before the widget reports its own, and Pym's container: one per part,
    // so that an article can hold several.
    let height: u16 = match view.part {
        // The upstream chart's foot names four reports.
        Part::Chart(crate::model::Chart::Upstream) => 700,
        Part::Chart(_) => 600,
        Part::Map => 1100,
        _ => 1200,
    };
    let frame = match view.part {
        Part::All => "ai-chain".to_owned(),
        Part::Chart(c) => format!("ai-chain-{}", c.file()),
        part => format!("ai-chain-{}", part.kind()),
    };
    [
        (
            "iframe",
            html![
                "<iframe src=\"",
                src,
                "\" title=\"",
                title,
                "\" style=\"width:100%;height:",
                height,
                "px;border:0\" loading=\"lazy\"></iframe>"
            ]
            .into(),
        ),
        (
            "embed.js",
            html![
                "<iframe data-ai-chain src=\"",
                src,
                "\" title=\"",
                title,
                "\" style=\"width:100%;height:",
                height,
                "px;border:0\" loading=\"lazy\"></iframe>\n<script src=\"",
                dir,
                "/embed.js\" async></script>"
            ]
            .into(),
        ),
        (
            "Pym.js",
            html![
                "<div id=\"",
                Text(&frame),
                "\"></div>\n<script>new pym.Parent('",
                JsString(&frame),
                "', '",
                JsString(&url),
                "', { title: '",
                JsString(title.0),
                "' });</script>"
            ]
            .into(),
        ),
    ]
}

/// Text inside a single-quoted JavaScript string in a `<script>` element: quotes and backslashes
/// escaped, and `<` written as `\x3c` so that no `</script>` can end the element. Not HTML-escaped:
/// a script's text is not HTML (the Pym code's title read `China&#39;s …` when it was).
struct JsString<'a>(&'a str);

impl super::html::Markup for JsString<'_> {
    fn write(&self, out: &mut String) {
        for c in self.0.chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '\'' => out.push_str("\\'"),
                '<' => out.push_str("\\x3c"),
                c => out.push(c),
            }
        }
    }
}

/// The embed dialog's body: each code in a read-only text area with a copy button, the areas'
/// ids starting with `id` (`embed`; a chart's own codes, `embed-<file>`).
pub fn embed_panel(view: &crate::model::View, base: &str, id: &str) -> Html {
    let t = strings(view.lang);
    let help = if view.part.chart() {
        t.embed_chart_help
    } else {
        t.embed_help
    };
    let mut s = html!["<p>", Text(help), "</p>"];
    for (k, (name, code)) in embed_codes(view, base).iter().enumerate() {
        s.push(&html![
            "<div class=\"code\"><label for=\"",
            Text(id),
            "-",
            k,
            "\">",
            Text(name),
            "</label><textarea id=\"",
            Text(id),
            "-",
            k,
            "\" readonly rows=\"3\" spellcheck=\"false\">",
            Text(code),
            "</textarea><button type=\"button\" class=\"chip\" data-copy=\"",
            Text(id),
            "-",
            k,
            "\">",
            Text(t.copy),
            "</button></div>"
        ]);
    }
    s
}

/// The notice listing the URL parameters that were ignored, with a button to dismiss it.
pub fn notice(lang: Lang, warnings: &[String]) -> Html {
    let t = strings(lang);
    let mut s = html![
        "<div class=\"notice\" role=\"status\"><p>",
        Text(t.notice_ignored),
        "</p><ul>"
    ];
    for w in warnings {
        s.push(&html!["<li><code lang=\"en\">", Text(w), "</code></li>"]);
    }
    s.push(&html![
        "</ul><button type=\"button\" data-dismiss=\"\">",
        Text(t.dismiss),
        "</button></div>"
    ]);
    s
}
