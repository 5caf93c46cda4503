#![cfg(not(target_arch = "wasm32"))]
//! The static first view: what a reader without script or WebAssembly gets.

use ai_server_chain::data::{headline, DATASET};
use ai_server_chain::i18n::format::value;
use ai_server_chain::i18n::Lang;
use ai_server_chain::prerender::{defer_start, first_view, inject, AFTER_FIRST_FRAME, STATIC_MARK};

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

#[test]
fn injecting_it_into_the_page() {
    let page = "<!doctype html><html lang=zh><head><title>t</title></head><body></body></html>";
    let first = format!("<main class=\"widget\" {STATIC_MARK}>x</main>");
    assert_eq!(
        inject(page, &first).unwrap(),
        "<!doctype html><html lang=zh><head><title>t</title></head><body><main class=\"widget\" data-static>x</main></body></html>"
    );
    let twice = inject(&inject(page, &first).unwrap(), &first);
    assert_eq!(
        twice.unwrap_err(),
        "the page already holds a static first view"
    );
    assert_eq!(
        inject("<html></html>", &first).unwrap_err(),
        "the page has no <body> tag"
    );
    assert_eq!(
        inject(page, "<div>x</div>").unwrap_err(),
        "the first view has no <main class=\"widget\">"
    );
}

#[test]
fn the_page_starts_the_wasm_after_the_first_frame() {
    // Trunk's loader as a release build writes it (minified), and as `trunk serve` does.
    let minified = "<head><script type=module>import init,*as bindings from\"./a.js\";const wasm=await init({module_or_path:`./a_bg.wasm`});</script></head><body></body>";
    assert_eq!(
        defer_start(minified).unwrap(),
        format!("<head><script type=module>{AFTER_FIRST_FRAME}import init,*as bindings from\"./a.js\";const wasm=await init({{module_or_path:`./a_bg.wasm`}});</script></head><body></body>")
    );
    let plain = "<script type=\"module\">\nimport init, * as bindings from './a.js';\nawait init({ module_or_path: './a_bg.wasm' });\n</script>";
    assert_eq!(
        defer_start(plain).unwrap(),
        format!("<script type=\"module\">{AFTER_FIRST_FRAME}\nimport init, * as bindings from './a.js';\nawait init({{ module_or_path: './a_bg.wasm' }});\n</script>")
    );
    assert_eq!(
        defer_start(&defer_start(minified).unwrap()).unwrap_err(),
        "the page's loader already waits for the first frame"
    );
    assert_eq!(
        defer_start("<head><script src=a.js></script></head>").unwrap_err(),
        "the page has no module script to start the wasm"
    );
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
    assert_eq!(names.len(), 24, "{names:?}");
    let mut unique = names.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), names.len(), "{names:?}");
}
