#![cfg(not(target_arch = "wasm32"))]
//! The static first view: what a reader without script or WebAssembly gets.

use ai_server_chain::data::{headline, DATASET};
use ai_server_chain::i18n::format::value;
use ai_server_chain::i18n::Lang;
use ai_server_chain::prerender::first_view;

fn count(s: &str, what: &str) -> usize {
    s.matches(what).count()
}

#[test]
fn the_first_view_holds_the_chain_its_figures_charts_tables_and_sources() {
    let html = first_view();
    assert!(
        html.starts_with("<main class=\"widget\" data-static>"),
        "{}",
        &html[..80]
    );
    assert!(html.contains("<h1>中国AI服务器产业链</h1>"));
    assert_eq!(count(&html, "<button type=\"button\" class=\"node\""), 15);
    for n in DATASET.nodes.iter() {
        assert!(
            html.contains(&format!("<span class=\"name\">{}</span>", n.zh)),
            "{}",
            n.id
        );
        if let Some(f) = headline(n.id) {
            let figure = value(f.value, f.unit, f.qualifier, Lang::Zh);
            assert!(html.contains(&figure), "{}: {figure}", n.id);
        }
    }
    // The headline figures as the reader sees them: GPU 2024, the internet firms' nine months.
    assert!(html.contains("约1073亿元"));
    assert!(html.contains("14420亿元"));
    // The charts as SVG, the tables, the sources.
    assert_eq!(count(&html, "<figure"), 6, "charts");
    assert_eq!(
        count(&html, "<svg class=\"links "),
        3,
        "links: two gaps and the trunk"
    );
    assert_eq!(count(&html, "<svg class=\"spark\""), 6, "sparklines");
    assert!(html.contains("id=\"tables\""));
    assert!(count(&html, "<table") >= 2);
    assert!(html.contains("中商产业研究院"));
    // Nothing is selected, the one Tab stop of the map is its first node.
    assert!(!html.contains("class=\"panel\""));
    assert_eq!(count(&html, "aria-pressed=\"true\" tabindex=\"0\""), 0);
}

/// Each region's element carries its name once (`data-region`, which its binding finds it by): a
/// name written twice would bind two regions to one element.
#[test]
fn every_region_is_named_once() {
    let html = first_view();
    let names: Vec<&str> = html
        .split("data-region=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap_or(0)])
        .collect();
    assert_eq!(names.len(), 25, "{names:?}");
    let mut unique = names.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), names.len(), "{names:?}");
}

/// Every region the first view names is declared (`ui::regions`), but the two that show more
/// than the view: the notice (the ignored parameters) and the embed codes (the page's address).
#[test]
fn every_region_is_declared() {
    let html = first_view();
    let declared: Vec<&str> = ai_server_chain::ui::regions()
        .iter()
        .map(|r| r.name)
        .collect();
    for rest in html.split("data-region=\"").skip(1) {
        let name = &rest[..rest.find('"').unwrap_or(0)];
        assert!(
            declared.contains(&name) || ["notice", "embed-codes"].contains(&name),
            "{name} is not in ui::regions()"
        );
    }
    assert_eq!(declared.len(), 24);
}

/// A region is built again only when its key changes, and its state applied only when its state
/// key does: so two views with equal keys must render the same markup, or a reader would see a
/// stale region. Checked for every region over many views, each against the views that differ from
/// it in one field.
#[test]
fn a_region_shows_nothing_its_keys_miss() {
    use ai_server_chain::model::{Chart, Part, Rgb, Theme, View};
    let (lo, hi) = ai_server_chain::data::year_span();
    let charts = Chart::all();
    let parts: Vec<Part> = [Part::All, Part::Map, Part::Charts, Part::Data]
        .into_iter()
        .chain(charts.iter().map(|&c| Part::Chart(c)))
        .collect();
    let accents = [None, Some(Rgb([0xc0, 0, 0])), Some(Rgb([0x77, 0x77, 0x77]))];
    let nodes = DATASET.nodes.len();
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    let mut views = Vec::new();
    for _ in 0..60 {
        let tiers = 1 + next(7);
        let from = lo + next(usize::from(hi - lo + 1)) as u16;
        let v = View {
            lang: if next(2) == 0 { Lang::Zh } else { Lang::En },
            theme: Theme::ALL[next(3)],
            tiers: [tiers & 1 != 0, tiers & 2 != 0, tiers & 4 != 0],
            node: [None, Some(next(nodes))][next(2)],
            from,
            to: from + next(usize::from(hi - from + 1)) as u16,
            forecast: next(2) == 0,
            controls: next(4) != 0,
            index: next(2) == 0,
            part: parts[next(parts.len())],
            plain: next(2) == 0,
            transparent: next(2) == 0,
            still: next(4) == 0,
            accent: accents[next(3)],
        };
        views.push(v);
    }
    let variants = |v: &View| -> Vec<View> {
        let mut out = Vec::new();
        let mut with = |change: &dyn Fn(&mut View)| {
            let mut w = v.clone();
            change(&mut w);
            if w != *v && w.tiers.contains(&true) && w.from <= w.to {
                out.push(w);
            }
        };
        with(&|w| {
            w.lang = if w.lang == Lang::Zh {
                Lang::En
            } else {
                Lang::Zh
            }
        });
        with(&|w| w.theme = Theme::ALL[(w.theme as usize + 1) % 3]);
        for t in 0..3 {
            with(&|w| w.tiers[t] = !w.tiers[t]);
        }
        with(&|w| w.node = None);
        with(&|w| w.node = Some(w.node.map_or(0, |i| (i + 1) % nodes)));
        with(&|w| w.from = lo.max(w.from.saturating_sub(1)));
        with(&|w| w.to = hi.min(w.to + 1));
        with(&|w| w.forecast = !w.forecast);
        with(&|w| w.controls = !w.controls);
        with(&|w| w.index = !w.index);
        with(&|w| w.plain = !w.plain);
        with(&|w| w.transparent = !w.transparent);
        with(&|w| w.still = !w.still);
        with(&|w| w.part = Part::All);
        with(&|w| w.part = Part::Chart(Chart::Upstream));
        with(&|w| w.accent = accents[1]);
        out
    };
    for r in ai_server_chain::ui::regions() {
        let mut compared = 0;
        for v in &views {
            let markup = (r.render)(v);
            for w in variants(v) {
                if (r.key)(&w) == (r.key)(v) && (r.state)(&w) == (r.state)(v) {
                    compared += 1;
                    assert!(
                        (r.render)(&w) == markup,
                        "{}: ?{} and ?{} have equal keys but differ",
                        r.name,
                        v.to_query(),
                        w.to_query()
                    );
                }
            }
        }
        assert!(compared >= 60, "{}: {compared} pairs compared", r.name);
    }
}
