//! The page Trunk built, made ready for readers: the widget's static first view put in, and the
//! glue made to start the wasm itself after the frame that draws it.

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

/// What the glue awaits before it starts the wasm: the end of the frame that draws the static
/// first view (a frame callback, then a task), or 100 ms when no frame comes (browsers draw no
/// frames for an iframe off screen on another origin). The glue and the wasm are still fetched
/// while the page is read (a module script and a preload); only the start waits, so that frame is
/// not held back by it.
pub const AFTER_FIRST_FRAME: &str = "await new Promise(r=>{let s=0;const go=()=>s||(s=1,r());requestAnimationFrame(()=>setTimeout(go));setTimeout(go,100)});";

/// Makes the glue start the wasm itself, so that the page loads one script file fewer: Trunk's
/// module loader (it imports the glue and calls its `init`) and the glue's `modulepreload` give
/// way to one module script, the glue with its integrity, where the loader stood. The glue's
/// exports and `initSync` (nothing imports it now) give way to its start: `AFTER_FIRST_FRAME`,
/// then `init` with the wasm the loader named, then `TrunkApplicationStarted` with the wasm's
/// exports (the glue's own `wasm`, set by `init`), as Trunk's loader says it. Returns the page and
/// the glue; fails, saying why, on a page without Trunk's loader or a glue without
/// `export{initSync,__wbg_init as default}` (wasm-bindgen 0.2.130's).
pub fn start_in_glue(page: &str, glue: &str) -> Result<(String, String), String> {
    let (js, wasm) = crate::slim::loaded_files(page)?;
    // Trunk writes the attribute unquoted in a release build (minified) and quoted otherwise.
    let at = ["<script type=module>", "<script type=\"module\">"]
        .into_iter()
        .find_map(|t| page.find(t))
        .ok_or("the page has no module script to start the wasm")?;
    let end = at
        + page[at..]
            .find("</script>")
            .ok_or("the page's loader has no </script>")?
        + "</script>".len();
    let export = glue
        .rfind("export")
        .filter(|&i| {
            let rest = &glue[i..];
            let list = rest["export".len()..].trim_start();
            list.starts_with('{')
                && list[..list.find('}').unwrap_or(0)].contains("__wbg_init as default")
        })
        .ok_or("the glue has no export{initSync,__wbg_init as default}")?;
    let close = export + glue[export..].find('}').unwrap_or(0) + 1;
    let close = close + usize::from(glue[close..].starts_with(';'));
    let mut glue = format!(
        "{}{}{AFTER_FIRST_FRAME}await __wbg_init({{module_or_path:\"./{wasm}\"}});dispatchEvent(new CustomEvent(\"TrunkApplicationStarted\",{{detail:{{wasm}}}}));",
        &glue[..export],
        &glue[close..]
    );
    // `initSync`, the other export, has no caller left.
    if let Some(at) = glue.find("function initSync(") {
        let body = at + glue[at..].find('{').unwrap_or(0);
        let end =
            crate::slim::group_end(&glue, body).ok_or("the glue's initSync does not close")?;
        glue.replace_range(at..end, "");
    }
    let script = format!(
        "<script type=module src=./{js} integrity={}></script>",
        crate::slim::integrity(glue.as_bytes())
    );
    let mut out = format!("{}{script}{}", &page[..at], &page[end..]);
    // The glue's preload: the module script fetches it as early.
    let preload = out
        .match_indices("<link ")
        .map(|(i, _)| (i, i + out[i..].find('>').map_or(out.len() - i, |e| e + 1)))
        .find(|&(i, e)| {
            out[i..e].contains("modulepreload") && out[i..e].contains(&format!("./{js}"))
        });
    if let Some((i, e)) = preload {
        out.replace_range(i..e, "");
    }
    Ok((out, glue))
}

/// A file name for `bytes` beside the page: `<stem>-<16 hex digits of their SHA-384>.<ext>`, so
/// that a changed file gets a new name and no cache serves the old one.
pub fn hashed_name(stem: &str, ext: &str, bytes: &[u8]) -> String {
    use sha2::{Digest, Sha384};
    let digest = Sha384::digest(bytes);
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("{stem}-{hex}.{ext}")
}

/// Moves every inline script of the page into a file of its own (a page served with
/// `script-src 'self'` runs no inline script): a classic script (the head's) becomes `head-….js`,
/// a module `start-….js`, each loaded by `src` with its integrity where it stood, so a classic one
/// still runs before the body is read. Returns the page and the files.
pub fn externalise_scripts(page: &str) -> Result<(String, Vec<(String, String)>), String> {
    let mut out = String::with_capacity(page.len());
    let mut files = Vec::new();
    let mut rest = page;
    while let Some(start) = rest.find("<script") {
        let open_end = start
            + rest[start..]
                .find('>')
                .ok_or("a <script> tag does not close")?;
        let tag = &rest[start..=open_end];
        let body_end = open_end
            + 1
            + rest[open_end + 1..]
                .find("</script>")
                .ok_or("a <script> has no </script>")?;
        let body = &rest[open_end + 1..body_end];
        out.push_str(&rest[..start]);
        if tag.contains(" src=") || body.trim().is_empty() {
            out.push_str(&rest[start..body_end]);
        } else {
            let module = tag.contains("type=module") || tag.contains("type=\"module\"");
            let name = hashed_name(if module { "start" } else { "head" }, "js", body.as_bytes());
            let kind = if module { " type=module" } else { "" };
            out.push_str(&format!(
                "<script{kind} src=./{name} integrity={}>",
                crate::slim::integrity(body.as_bytes())
            ));
            files.push((name, body.to_string()));
        }
        rest = &rest[body_end..];
        out.push_str("</script>");
        rest = &rest["</script>".len()..];
    }
    out.push_str(rest);
    Ok((out, files))
}

/// Drops the `integrity` of the page's `rel=preload` links: browsers ignore it on a preload of
/// the wasm (a fetch), and Chromium says so in the console on every load. The glue, a module
/// script, keeps its own.
pub fn preload_without_integrity(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(start) = rest.find("<link ") {
        let end = start + rest[start..].find('>').map_or(rest.len() - start, |e| e);
        let tag = &rest[start..end];
        out.push_str(&rest[..start]);
        let preload = tag.contains(" rel=preload") || tag.contains(" rel=\"preload\"");
        match tag.find(" integrity=").filter(|_| preload) {
            Some(at) => {
                let value = &tag[at + " integrity=".len()..];
                let len = if let Some(quoted) = value.strip_prefix('"') {
                    quoted.find('"').map_or(value.len(), |n| n + 2)
                } else {
                    value.find(' ').unwrap_or(value.len())
                };
                out.push_str(&tag[..at]);
                out.push_str(&value[len..]);
            }
            None => out.push_str(tag),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The page's stylesheet (`<link rel=stylesheet href=./<stem>-<hash>.css>`) with `rules`
/// appended: the new file's name and contents, and the page loading it with its integrity.
/// `read` gives the current file's contents by name.
pub fn append_css(
    page: &str,
    rules: &str,
    read: impl Fn(&str) -> Result<String, String>,
) -> Result<(String, String, String, String), String> {
    let old = page
        .split("<link ")
        .skip(1)
        .map(|t| &t[..t.find('>').unwrap_or(t.len())])
        .filter(|t| t.contains("stylesheet"))
        .find_map(|t| {
            let v = &t[t.find("href=")? + 5..];
            let v = v.trim_start_matches('"');
            let v = &v[..v.find(['"', ' ']).unwrap_or(v.len())];
            v.strip_prefix("./")
        })
        .filter(|v| v.ends_with(".css"))
        .ok_or("the page links no stylesheet ./….css")?;
    let stem = old
        .rsplit_once('-')
        .map_or(&old[..old.len() - 4], |(s, _)| s);
    let css = format!("{}{rules}", read(old)?);
    let name = hashed_name(stem, "css", css.as_bytes());
    let page = page.replacen(&format!("./{old}"), &format!("./{name}"), 1);
    let page = crate::slim::set_integrity(&page, &name, css.as_bytes())?;
    Ok((page, old.to_string(), name, css))
}
