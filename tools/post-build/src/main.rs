//! Puts the static first view into the page Trunk built, and makes the glue start the wasm itself
//! after the frame that draws it; in a release build, also checks the tools' versions and trims the
//! seam between the glue and the wasm (`post_build::slim`). Run by Trunk's post-build hook (see
//! Trunk.toml), which names the page's folder in TRUNK_STAGING_DIR and the profile in
//! TRUNK_PROFILE; or give the page's path.

fn main() {
    use ai_server_chain::prerender::{first_view, layout_css};
    use post_build::page::inject;
    let path = std::env::args()
        .nth(1)
        .or_else(|| {
            std::env::var("TRUNK_STAGING_DIR")
                .ok()
                .map(|d| format!("{d}/index.html"))
        })
        .unwrap_or_else(|| "dist/index.html".into());
    let release = std::env::var("TRUNK_PROFILE").is_ok_and(|p| p == "release");
    let result = std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|page| inject(&page, &first_view()))
        .and_then(|page| {
            if release {
                post_build::versions::check()?;
                slim(&path, &page)
            } else {
                Ok(page)
            }
        })
        .and_then(|page| start(&path, &page))
        .and_then(|page| strict(&path, &page, &layout_css()))
        .and_then(|page| map_files(&path).map(|()| page))
        .and_then(|page| {
            std::fs::write(&path, &page)
                .map(|()| page.len())
                .map_err(|e| e.to_string())
        });
    match result {
        Ok(bytes) => println!("post-build: static first view in {path} ({bytes} bytes)"),
        Err(e) => {
            eprintln!("post-build: {path}: {e}");
            std::process::exit(1);
        }
    }
}

/// The glue beside the page made to start the wasm itself, in place of Trunk's loader
/// (`post_build::page::start_in_glue`).
fn start(page_path: &str, page: &str) -> Result<String, String> {
    let dir = std::path::Path::new(page_path)
        .parent()
        .unwrap_or(std::path::Path::new("."));
    let (js_name, _) = post_build::slim::loaded_files(page)?;
    let js_path = dir.join(&js_name);
    let glue = std::fs::read_to_string(&js_path).map_err(|e| format!("{js_name}: {e}"))?;
    let (page, glue) = post_build::page::start_in_glue(page, &glue)?;
    std::fs::write(&js_path, glue).map_err(|e| format!("{js_name}: {e}"))?;
    Ok(page)
}

/// The chain map as SVG files beside the page, one per language and theme
/// (`render::export::map_file`): what the map's download links fetch.
fn map_files(page: &str) -> Result<(), String> {
    use ai_server_chain::i18n::Lang;
    let dir = std::path::Path::new(page)
        .parent()
        .unwrap_or(std::path::Path::new("."));
    for (lang, code) in [(Lang::Zh, "zh"), (Lang::En, "en")] {
        for (dark, theme) in [(false, "light"), (true, "dark")] {
            let file = dir.join(format!("ai-server-chain-map-{code}-{theme}.svg"));
            let svg = ai_server_chain::render::export::map_file(lang, dark);
            std::fs::write(&file, svg.as_str()).map_err(|e| format!("{}: {e}", file.display()))?;
        }
    }
    Ok(())
}

/// Makes the page work under a strict Content-Security-Policy (no inline script, no `style`
/// attribute): the layout's rules go into the stylesheet, the inline scripts into files beside
/// the page; and drops the preload integrity browsers ignore and warn about.
fn strict(page_path: &str, page: &str, rules: &str) -> Result<String, String> {
    use post_build::page::{append_css, externalise_scripts, preload_without_integrity};
    let dir = std::path::Path::new(page_path)
        .parent()
        .unwrap_or(std::path::Path::new("."));
    let write = |name: &str, text: &str| {
        std::fs::write(dir.join(name), text).map_err(|e| format!("{name}: {e}"))
    };
    let read =
        |name: &str| std::fs::read_to_string(dir.join(name)).map_err(|e| format!("{name}: {e}"));
    let (page, old, name, css) = append_css(page, rules, read)?;
    write(&name, &css)?;
    std::fs::remove_file(dir.join(&old)).map_err(|e| format!("{old}: {e}"))?;
    let (page, files) = externalise_scripts(&page)?;
    for (name, text) in &files {
        write(name, text)?;
    }
    Ok(preload_without_integrity(&page))
}

/// Trims the glue and the wasm next to the page (see `post_build::slim`), wasm-opt in between
/// removing the code that only the dropped exports reached; returns the page with their new
/// integrity hashes.
fn slim(page_path: &str, page: &str) -> Result<String, String> {
    use post_build::slim::{
        compiled_on_load, drop_classes, drop_shims, keep_exports, loaded_files, set_integrity,
        short_helpers, short_locals, short_names, used_exports,
    };
    use std::path::Path;
    let dir = Path::new(page_path).parent().unwrap_or(Path::new("."));
    let (js_name, wasm_name) = loaded_files(page)?;
    let (js_path, wasm_path) = (dir.join(&js_name), dir.join(&wasm_name));
    let io_err = |p: &Path| {
        let p = p.display().to_string();
        move |e: std::io::Error| format!("{p}: {e}")
    };
    let js = std::fs::read_to_string(&js_path).map_err(io_err(&js_path))?;
    let wasm = std::fs::read(&wasm_path).map_err(io_err(&wasm_path))?;
    let (trimmed, classes) = drop_classes(&js)?;
    let (kept, dropped) = keep_exports(&wasm, &used_exports(&trimmed))?;
    std::fs::write(&wasm_path, &kept).map_err(io_err(&wasm_path))?;
    let status = std::process::Command::new("wasm-opt")
        .arg("-Oz")
        .arg(&wasm_path)
        .arg("-o")
        .arg(&wasm_path)
        .status()
        .map_err(|e| format!("wasm-opt: {e}"))?;
    if !status.success() {
        return Err(format!("wasm-opt failed on {}", wasm_path.display()));
    }
    let optimised = std::fs::read(&wasm_path).map_err(io_err(&wasm_path))?;
    let (unshimmed, shims) = drop_shims(&trimmed, &optimised)?;
    let (short, wasm_out) = short_names(&short_helpers(&short_locals(&unshimmed)?)?, &optimised)?;
    let js_out = compiled_on_load(&short);
    wasmparser::validate(&wasm_out).map_err(|e| format!("the trimmed wasm is not valid: {e}"))?;
    std::fs::write(&js_path, &js_out).map_err(io_err(&js_path))?;
    std::fs::write(&wasm_path, &wasm_out).map_err(io_err(&wasm_path))?;
    println!(
        "slim: glue {} → {} bytes without {} and {} import functions; wasm {} → {} bytes without {} exports; names shortened",
        js.len(),
        js_out.len(),
        classes.join(", "),
        shims.len(),
        wasm.len(),
        wasm_out.len(),
        dropped.len()
    );
    set_integrity(page, &js_name, js_out.as_bytes())
}
