//! Putting the static first view into the page, and deferring the wasm's start.

use ai_server_chain::prerender::STATIC_MARK;
use post_build::page::{defer_start, inject, AFTER_FIRST_FRAME};

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
