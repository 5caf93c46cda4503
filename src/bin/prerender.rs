//! Puts the static first view into the page Trunk built, and makes the page start the wasm only
//! after the frame that draws it. Run by Trunk's post-build hook (see
//! Trunk.toml), which names the page's folder in TRUNK_STAGING_DIR; or give the page's path.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use ai_server_chain::prerender::{defer_start, first_view, inject};
    let path = std::env::args()
        .nth(1)
        .or_else(|| {
            std::env::var("TRUNK_STAGING_DIR")
                .ok()
                .map(|d| format!("{d}/index.html"))
        })
        .unwrap_or_else(|| "dist/index.html".into());
    let result = std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|page| inject(&page, &first_view()))
        .and_then(|page| defer_start(&page))
        .and_then(|page| {
            std::fs::write(&path, &page)
                .map(|()| page.len())
                .map_err(|e| e.to_string())
        });
    match result {
        Ok(bytes) => println!("prerender: static first view in {path} ({bytes} bytes)"),
        Err(e) => {
            eprintln!("prerender: {path}: {e}");
            std::process::exit(1);
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
