//! The page Trunk built, made ready for readers: the widget's static first view put in, and the
//! loader made to start the wasm after the frame that draws it.

use ai_server_chain::prerender::STATIC_MARK;

/// Puts `first` into `page` right after `<body>`. Fails, saying why, on a page that has no body
/// or already holds a static view (it was put in twice).
pub fn inject(page: &str, first: &str) -> Result<String, String> {
    if page.contains(STATIC_MARK) {
        return Err("the page already holds a static first view".into());
    }
    let mut parts = page.splitn(2, "<body>");
    let (Some(head), Some(rest)) = (parts.next(), parts.next()) else {
        return Err("the page has no <body> tag".into());
    };
    if !first.contains(STATIC_MARK) {
        return Err("the first view has no <main class=\"widget\">".into());
    }
    Ok(format!("{head}<body>{first}{rest}"))
}

/// What the page's loader awaits before it starts the wasm: the end of the frame that draws the
/// static first view (a frame callback, then a task), or 100 ms when no frame comes (browsers
/// draw no frames for an iframe off screen on another origin). The wasm is still fetched while the
/// page is read (the page preloads it); only its start waits, so that frame is not held back by it.
pub const AFTER_FIRST_FRAME: &str = "await new Promise(r=>{let s=0;const go=()=>s||(s=1,r());requestAnimationFrame(()=>setTimeout(go));setTimeout(go,100)});";

/// Makes the page's module loader (the one Trunk writes, which imports the wasm-bindgen glue and
/// starts the wasm) wait for `AFTER_FIRST_FRAME` first: the glue's `import` still loads at once
/// (imports are hoisted), its `init` waits. Fails, saying why, on a page with no module loader or
/// one that already waits.
pub fn defer_start(page: &str) -> Result<String, String> {
    if page.contains(AFTER_FIRST_FRAME) {
        return Err("the page's loader already waits for the first frame".into());
    }
    // Trunk writes the attribute unquoted in a release build (minified) and quoted otherwise.
    let tag = ["<script type=module>", "<script type=\"module\">"]
        .into_iter()
        .find(|t| page.contains(t))
        .ok_or("the page has no module script to start the wasm")?;
    Ok(page.replacen(tag, &format!("{tag}{AFTER_FIRST_FRAME}"), 1))
}
