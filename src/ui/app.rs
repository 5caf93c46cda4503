//! The app shell: masthead, filters, map, details, tables, sources; URL, language and theme kept in sync.

use super::chain_map::ChainMap;
use super::data_table::DataTable;
use super::embed_dialog::EmbedDialog;
use super::filter_bar::FilterBar;
use super::notice::Notice;
use super::overview::{OneChart, Overview};
use crate::data::csv::{csv, data_url};
use crate::data::DATASET;
use crate::embed;
use crate::i18n::strings;
use crate::model::{
    article_url, param, share_link, Action, Inbound, Part, Theme, View, MESSAGE_KEYS,
};
use crate::render::html::{Ident, Text};
use crate::render::shell::{footer, masthead};
use crate::ui::{region, say, Region, Ui};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

// The regions (`data-region`), which their bindings find them by.
const SKIP: Region = Region::words("skip", |v| say(v, |t| t.skip_to_tables));
const MASTHEAD: Region = Region::words("masthead", |v| masthead(v.lang).into());
const SOURCES: Region = Region::new(
    "sources",
    |v| {
        v.lang as u64
            | u64::from(v.part.data()) << 8
            | u64::from(v.part.chart()) << 9
            | u64::from(v.still) << 10
    },
    |v| footer(v.lang, v.part, v.still).into(),
);
pub(super) const REGIONS: &[Region] = &[SKIP, MASTHEAD, SOURCES];

/// The widget for the page it is in: the view its address asks for, embedded or not. `adopt` when
/// it takes over a static first view of that view (`super::take_over`).
#[component]
pub fn App(adopt: bool) -> impl IntoView {
    let (initial, warnings) = View::from_query(&embed::location_search());
    for w in &warnings {
        embed::warn(&format!("ignored URL parameter: {w}"));
    }
    view! { <Widget initial warnings embedded=embed::is_embedded() adopt/> }
}

/// The widget showing `initial`. It reads nothing of the page while it is built, so the static
/// first view renders it natively (`crate::prerender`); the page is touched by effects only.
#[component]
pub fn Widget(initial: View, warnings: Vec<String>, embedded: bool, adopt: bool) -> impl IntoView {
    let ui = Ui::new(initial, adopt);
    provide_context(ui);
    let view = ui.view;
    let look = super::key(|v| v.lang as u64 | (v.theme as u64) << 8);

    // <html lang>, the page title and the theme follow the view.
    Effect::new_sync(move |_| {
        look.get();
        let (l, theme) = view.with_untracked(|v| (v.lang, v.theme));
        if let Some(root) = document().document_element() {
            super::set_attr(&root, "lang", l.as_str());
            match theme {
                Theme::Auto => {
                    let _ = root.remove_attribute("data-theme");
                }
                t => super::set_attr(&root, "data-theme", t.as_str()),
            }
        }
        let title = l.pick(DATASET.title_zh, DATASET.title_en);
        if document().title() != title {
            document().set_title(title);
        }
    });

    // Each change of the view is written back to the address (not on the first run: then the URL is
    // the source), once the frame that shows the change is drawn: a history entry makes the browser
    // bring style and layout up to date first, which would hold that frame back by milliseconds.
    // From the first change on, marks that enter animate (never in the first view). Embedded, each
    // change is also announced to the article.
    Effect::new_sync(move |first: Option<()>| {
        let v = view.get();
        if first.is_some() {
            if embedded {
                embed::announce(&v);
            }
            request_animation_frame(move || {
                set_timeout(
                    move || embed::write_url(&v, embedded),
                    std::time::Duration::ZERO,
                )
            });
            // Once: adding the class again, even unchanged, makes Chromium restyle the whole widget.
            if let Some(el) = super::live_root() {
                if !el.class_list().contains("animate") {
                    let _ = el.class_list().add_1("animate");
                }
            }
        }
    });
    // The widget's one listener for the events in it, and one on the window (`super::listen`):
    // registered by an effect, which runs in the browser only, never for the static first view.
    // Embedded, the widget also follows the article's control messages and reports its height.
    Effect::new_sync(move |_| {
        let Some(el) = super::live_root() else {
            return;
        };
        // Nothing is operated in a static view (`static=1`): its root listens for nothing.
        if !view.with_untracked(|v| v.still) {
            super::listen(&el, EVENTS, ui, on_event);
        }
        let outside: &[&str] = if embedded {
            &["popstate", "message"]
        } else {
            &["popstate"]
        };
        super::listen(&window(), outside, ui, on_event);
        view.with_untracked(page_flags);
        if embedded {
            let query = embed::location_search();
            let pym = param(&query, "parentUrl");
            ui.article
                .set_value(pym.as_deref().and_then(article_url).map(str::to_owned));
            embed::observe_height(el.unchecked_ref(), move |h| embed::post_height(h, &query));
        }
    });
    let warnings = if embedded { Vec::new() } else { warnings };
    // What the embed shows is fixed for the widget's life (`part=`, `plain=1`): a part holds its
    // own sections only, built or not, never hidden.
    let (part, plain, still) = view.with_untracked(|v| (v.part, v.plain, v.still));
    let masthead = !plain && !part.chart();

    view! {
        <main
            class="widget"
            data-part=(part != Part::All).then(|| part.kind())
            data-still=still.then_some("")
        >
            {part.data().then(|| view! { <a class="skip" href="#tables" data-region=SKIP.name inner_html=region(SKIP)></a> })}
            {masthead.then(|| view! { <header class="masthead" data-region=MASTHEAD.name inner_html=region(MASTHEAD)></header> })}
            <Notice warnings/>
            {(!still).then(FilterBar)}
            {part.map().then(ChainMap)}
            {part.charts().then(Overview)}
            {part.chart().then(OneChart)}
            {part.data().then(DataTable)}
            <footer class="sources" data-region=SOURCES.name inner_html=region(SOURCES)></footer>
            {(!part.chart() && !still).then(EmbedDialog)}
        </main>
    }
}

/// The flags for the page around the widget, fixed for its life: no background
/// (`transparent=1`), and the newsroom's colour where it contrasts with the background
/// (`accent=`: `--brand` on the light one, `--brand-dark` on the dark one), set through the CSSOM,
/// which a strict Content-Security-Policy allows.
fn page_flags(v: &View) {
    let Some(root) = document().document_element() else {
        return;
    };
    // The page's head script set it for the first frame; the parsed view has the last word.
    let _ = root.toggle_attribute_with_force("data-transparent", v.transparent);
    if let Some(root) = root.dyn_ref::<web_sys::HtmlElement>() {
        for (rgb, name) in v.accent_on().into_iter().zip(["--brand", "--brand-dark"]) {
            if let Some(rgb) = rgb {
                let _ = root.style().set_property(name, &format!("#{}", rgb.hex()));
            }
        }
    }
}

/// The events the widget's root listens for.
const EVENTS: &[&str] = &[
    "click",
    "change",
    "keydown",
    "mouseover",
    "mouseleave",
    "focusin",
    "focusout",
    "toggle",
];

/// Every event of the widget, handed to the parts it may be about: each finds its own control.
fn on_event(ui: Ui, ev: &web_sys::Event) {
    let kind = ev.type_();
    match kind.as_str() {
        // Back and forward restore the view of that address.
        "popstate" => ui.view.set(View::from_query(&embed::location_search()).0),
        // The article's control messages (embedded only).
        "message" => match ev.dyn_ref().and_then(embed::decode_control) {
            Some(Inbound::Set(pairs)) => ui.view.update(|v| {
                for w in v.apply_pairs(pairs, &MESSAGE_KEYS, false) {
                    embed::warn(&format!("ignored in ai-chain:set: {w}"));
                }
            }),
            Some(Inbound::Article(url)) => ui.article.set_value(Some(url)),
            // A story step: applied whole, or refused with the reasons sent back to the article
            // (the view is updated either way, so the article hears an ai-chain:state for it).
            Some(Inbound::Step(query)) => {
                let mut problems = Vec::new();
                ui.view.update(|v| problems = v.apply_query(&query));
                if !problems.is_empty() {
                    embed::warn(&format!(
                        "ignored the step \"{query}\": {}",
                        problems.join("; ")
                    ));
                    embed::reject(&query, problems);
                }
            }
            None => {}
        },
        kind => {
            if kind == "click" {
                download(ui, ev);
                export(ui, ev);
                open_tables(ev);
            }
            act(ui, kind, ev);
            super::filter_bar::handle(ui, kind, ev);
            super::chain_map::handle(ui, kind, ev);
            super::node_panel::handle(ui, kind, ev);
            super::notice::handle(ui, kind, ev);
            super::embed_dialog::handle(ui, kind, ev);
        }
    }
}

/// A control that names its action (`data-action`): a button's click or a menu's change, applied
/// to the view by `View::act`. An action the widget does not know changes nothing.
fn act(ui: Ui, kind: &str, ev: &web_sys::Event) {
    let Some(el) = super::event_element(ev, "[data-action]") else {
        return;
    };
    let Some(action) = el
        .get_attribute("data-action")
        .and_then(|a| Action::parse(&a))
    else {
        return;
    };
    match (kind, action) {
        ("change", Action::Menu(_)) => {
            if let Some(menu) = el.dyn_ref::<web_sys::HtmlSelectElement>() {
                let value = menu.value();
                ui.view.update(|v| v.act(action, &value));
            }
        }
        ("click", Action::Close) => super::node_panel::close(ui),
        ("click", Action::Share) => share(ui, &el),
        ("click", Action::Cite) => cite(ui, &el),
        ("click", Action::Menu(_)) => {}
        ("click", _) => ui.view.update(|v| v.act(action, "")),
        _ => {}
    }
}

/// Shares the view: embedded in a known article, a link to the article in this view
/// (`model::share_link`), else the widget's own address. The browser's share sheet takes it where
/// there is one; else the link shows beside the button, selected and copied (the embed codes'
/// `copy`), and the footer's live region says so.
fn share(ui: Ui, button: &web_sys::Element) {
    let href = window().location().href().unwrap_or_default();
    let own = href.split(['?', '#']).next().unwrap_or_default();
    let article = ui.article.get_value();
    let (link, lang) = ui
        .view
        .with_untracked(|v| (share_link(article.as_deref(), own, v), v.lang));
    if embed::share_sheet(&link, lang.pick(DATASET.title_zh, DATASET.title_en)) {
        return;
    }
    let t = strings(lang);
    show_copied(button, "share-link", t.share, &link, lang);
}

/// Shows the graphic's citation (`render::shell::citation`) in the footer, selected and copied.
fn cite(ui: Ui, button: &web_sys::Element) {
    let href = window().location().href().unwrap_or_default();
    let lang = ui.view.with_untracked(|v| v.lang);
    let text = crate::render::shell::citation(lang, href.split(['?', '#']).next().unwrap_or(""));
    let label = strings(lang).cite;
    show_copied(button, "cite", label, &text, lang);
}

/// Puts `text` in a read-only field (`id`, also its `data-` attribute) in the footer's live
/// region, after the share and cite buttons, selected, and copies it; the region says "Copied"
/// when the browser did.
fn show_copied(
    button: &web_sys::Element,
    id: &'static str,
    label: &str,
    text: &str,
    lang: crate::i18n::Lang,
) {
    let Some(shown) = button.parent_element().and_then(|p| p.last_element_child()) else {
        return;
    };
    let field = crate::html![
        "<textarea id=\"",
        Ident(id),
        "\" data-",
        Ident(id),
        " rows=\"1\" readonly aria-label=\"",
        Text(label),
        "\">",
        Text(text),
        "</textarea>"
    ];
    shown.set_inner_html(field.as_str());
    if super::embed_dialog::copy(id) {
        let _ = shown.insert_adjacent_text("afterbegin", strings(lang).copied);
    }
}

/// The CSV downloads of the sources' footer: every figure, or those of the view.
fn download(ui: Ui, ev: &web_sys::Event) {
    let which =
        super::event_element(ev, ".sources [data-csv]").and_then(|e| e.get_attribute("data-csv"));
    let all = match which.as_deref() {
        Some("all") => true,
        Some("view") => false,
        _ => return,
    };
    let text = ui
        .view
        .with_untracked(|v| csv(DATASET.facts.iter().filter(|f| all || v.shows(f))));
    let name = if all {
        "ai-server-chain-all.csv"
    } else {
        "ai-server-chain-view.csv"
    };
    embed::save(name, &data_url("text/csv;charset=utf-8", &text));
}

/// The skip link opens the folded tables it leads to.
fn open_tables(ev: &web_sys::Event) {
    if super::event_element(ev, ".skip").is_some() {
        if let Ok(Some(tables)) = document().query_selector("#tables details") {
            let _ = tables.set_attribute("open", "");
        }
    }
}

/// Chart downloads, for every figure of the widget.
fn export(ui: Ui, ev: &web_sys::Event) {
    let Some(button) = super::event_element(ev, "[data-export]") else {
        return;
    };
    if let Some(figure) = button.closest("figure[data-file]").ok().flatten() {
        let png = button.get_attribute("data-export").as_deref() == Some("png");
        embed::export_chart(&figure, png, ui.view.with_untracked(|v| v.lang));
    }
}
