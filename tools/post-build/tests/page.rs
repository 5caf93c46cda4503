//! Putting the static first view into the page, and the glue starting the wasm.

use ai_server_chain::prerender::STATIC_MARK;
use post_build::page::{inject, start_in_glue, AFTER_FIRST_FRAME};

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
fn the_glue_starts_the_wasm_after_the_first_frame() {
    use post_build::slim::integrity;
    // Trunk's loader as a release build writes it (minified), and as `trunk build` does.
    let minified = "<head><script type=module>import init,*as bindings from\"./a.js\";const wasm=await init({module_or_path:`./a_bg.wasm`});</script>\
                    <link crossorigin href=./a.js integrity=sha384-A rel=modulepreload>\
                    <link as=fetch crossorigin href=./a_bg.wasm rel=preload type=application/wasm></head><body></body>";
    let glue = "function __wbg_init(e){}function initSync(e){if(e){}}export{initSync,__wbg_init as default};";
    let started = format!(
        "function __wbg_init(e){{}}{AFTER_FIRST_FRAME}await __wbg_init({{module_or_path:\"./a_bg.wasm\"}});dispatchEvent(new CustomEvent(\"TrunkApplicationStarted\",{{detail:{{wasm}}}}));"
    );
    let (page, out) = start_in_glue(minified, glue).unwrap();
    assert_eq!(out, started);
    assert_eq!(
        page,
        format!(
            "<head><script type=module src=./a.js integrity={}></script>\
             <link as=fetch crossorigin href=./a_bg.wasm rel=preload type=application/wasm></head><body></body>",
            integrity(started.as_bytes())
        )
    );
    let plain = "<script type=\"module\">\nimport init, * as bindings from './a.js';\nawait init({ module_or_path: './a_bg.wasm' });\n</script>";
    let (page, out) = start_in_glue(
        plain,
        "function __wbg_init(e) {}\nexport { initSync, __wbg_init as default };\n",
    )
    .unwrap();
    assert_eq!(
        out,
        format!("function __wbg_init(e) {{}}\n\n{AFTER_FIRST_FRAME}await __wbg_init({{module_or_path:\"./a_bg.wasm\"}});dispatchEvent(new CustomEvent(\"TrunkApplicationStarted\",{{detail:{{wasm}}}}));")
    );
    assert_eq!(
        page,
        format!(
            "<script type=module src=./a.js integrity={}></script>",
            integrity(out.as_bytes())
        )
    );
    assert_eq!(
        start_in_glue(minified, "function __wbg_init(e){}export{initSync};").unwrap_err(),
        "the glue has no export{initSync,__wbg_init as default}"
    );
    assert_eq!(
        start_in_glue("<head><script src=./a.js></script></head>", glue).unwrap_err(),
        "the page's loader names no glue and wasm to start"
    );
}

#[test]
fn inline_scripts_become_files_with_their_integrity() {
    use post_build::page::{externalise_scripts, hashed_name};
    use post_build::slim::integrity;
    let page = "<head><script>{let q=1}</script><script type=module>await x;import\"./a.js\"</script>\
                <script src=./b.js></script><noscript><style>.a{}</style></noscript></head><body></body>";
    let (out, files) = externalise_scripts(page).unwrap();
    let head = hashed_name("head", "js", b"{let q=1}");
    let start = hashed_name("start", "js", b"await x;import\"./a.js\"");
    assert!(head.starts_with("head-") && head.len() == "head-".len() + 16 + 3);
    assert_eq!(
        out,
        format!(
            "<head><script src=./{head} integrity={}></script><script type=module src=./{start} integrity={}></script>\
             <script src=./b.js></script><noscript><style>.a{{}}</style></noscript></head><body></body>",
            integrity(b"{let q=1}"),
            integrity(b"await x;import\"./a.js\"")
        )
    );
    assert_eq!(
        files,
        vec![
            (head, "{let q=1}".to_string()),
            (start, "await x;import\"./a.js\"".to_string())
        ]
    );
    assert_eq!(
        externalise_scripts("<script>x").unwrap_err(),
        "a <script> has no </script>"
    );
}

#[test]
fn the_wasm_preload_loses_the_integrity_browsers_ignore() {
    use post_build::page::preload_without_integrity;
    let page = "<link crossorigin href=./a.js integrity=sha384-A rel=modulepreload>\
                <link as=fetch crossorigin href=./a_bg.wasm integrity=sha384-B rel=preload type=application/wasm>\
                <link rel=\"preload\" href=\"./c.wasm\" integrity=\"sha384-C\" as=\"fetch\"/>";
    assert_eq!(
        preload_without_integrity(page),
        "<link crossorigin href=./a.js integrity=sha384-A rel=modulepreload>\
         <link as=fetch crossorigin href=./a_bg.wasm rel=preload type=application/wasm>\
         <link rel=\"preload\" href=\"./c.wasm\" as=\"fetch\"/>"
    );
}

#[test]
fn the_layout_rules_go_into_a_renamed_stylesheet() {
    use post_build::page::{append_css, hashed_name};
    use post_build::slim::integrity;
    let page =
        "<!-- style/main.css --><link href=./main-0123.css integrity=sha384-X rel=stylesheet>";
    let read = |name: &str| {
        assert_eq!(name, "main-0123.css");
        Ok(".a{}".to_string())
    };
    let (out, old, name, css) = append_css(page, ".b{}", read).unwrap();
    assert_eq!((old.as_str(), css.as_str()), ("main-0123.css", ".a{}.b{}"));
    assert_eq!(name, hashed_name("main", "css", b".a{}.b{}"));
    assert_eq!(
        out,
        format!(
            "<!-- style/main.css --><link href=./{name} integrity={} rel=stylesheet>",
            integrity(b".a{}.b{}")
        )
    );
    assert_eq!(
        append_css("<link rel=icon href=x>", ".b{}", |_| Ok(String::new())).unwrap_err(),
        "the page links no stylesheet ./….css"
    );
}
