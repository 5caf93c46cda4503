//! The whole trim on real output: the page, glue and wasm that Trunk 0.22.1 and wasm-bindgen
//! 0.2.130 made for this widget before the post-build hook (tests/fixture, copied from Trunk's
//! staging folder). wasm-opt, which the hook runs between the steps, is left out here.

use post_build::slim::{
    compiled_on_load, drop_classes, drop_shims, integrity, interface, keep_exports, loaded_files,
    set_integrity, short_helpers, short_locals, short_names, used_exports, COMPILE_HINT, KEPT,
};
use post_build::versions::{compare, EXPECTED};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixture");

fn read(name: &str) -> Vec<u8> {
    std::fs::read(format!("{DIR}/{name}")).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The fixture's page, glue and wasm, by the names the page loads.
fn fixture() -> (String, String, String, String, Vec<u8>) {
    let page = String::from_utf8(read("index.html")).unwrap();
    let (js_name, wasm_name) = loaded_files(&page).unwrap();
    let js = String::from_utf8(read(&js_name)).unwrap();
    let wasm = read(&wasm_name);
    (page, js_name, js, wasm_name, wasm)
}

/// Every step, as the hook runs them (without wasm-opt): the glue and the wasm still meet, with
/// short names only, and the page's hashes are those of the new files.
#[test]
fn the_trim_runs_on_real_wasm_bindgen_output() {
    let (page, js_name, js, wasm_name, wasm) = fixture();
    let before = interface(&wasm).unwrap();
    assert!(
        before.imports.len() > 100,
        "{} imports",
        before.imports.len()
    );

    let (trimmed, classes) = drop_classes(&js).unwrap();
    assert!(!trimmed.contains("export class"));
    let (kept, dropped) = keep_exports(&wasm, &used_exports(&trimmed)).unwrap();
    assert!(
        !dropped.is_empty(),
        "the exports the glue no longer reads go"
    );
    let (unshimmed, _) = drop_shims(&trimmed, &kept).unwrap();
    let (short, wasm_out) = short_names(
        &short_helpers(&short_locals(&unshimmed).unwrap()).unwrap(),
        &kept,
    )
    .unwrap();
    let js_out = compiled_on_load(&short);
    wasmparser::validate(&wasm_out).unwrap();

    let after = interface(&wasm_out).unwrap();
    assert_eq!(after.imports.len(), before.imports.len(), "{classes:?}");
    for (module, name) in &after.imports {
        assert!(module.len() <= 2 && name.len() <= 3, "{module} {name}");
        assert!(
            js_out.contains(&format!("{name}:")),
            "the glue gives {module} {name}"
        );
    }
    for name in after.exports.iter().filter(|n| *n != KEPT) {
        assert!(name.len() <= 2, "{name}");
        assert!(
            js_out.contains(&format!("wasm.{name}")),
            "the glue reads {name}"
        );
    }
    assert!(js_out.starts_with(COMPILE_HINT));
    assert!(
        js_out.len() < js.len() * 2 / 3,
        "{} → {}",
        js.len(),
        js_out.len()
    );
    assert!(
        wasm_out.len() < wasm.len(),
        "{} → {}",
        wasm.len(),
        wasm_out.len()
    );

    let page = set_integrity(&page, &js_name, js_out.as_bytes()).unwrap();
    let page = set_integrity(&page, &wasm_name, &wasm_out).unwrap();
    assert!(page.contains(&integrity(js_out.as_bytes())));
    assert!(page.contains(&integrity(&wasm_out)));
}

/// A glue that is not the one `slim` was written for stops the trim, naming what it did not find:
/// here, the real glue with its import module named otherwise, as a new wasm-bindgen might.
#[test]
fn a_changed_glue_stops_the_trim_naming_what_changed() {
    let (_, _, js, _, wasm) = fixture();
    let module = "\"./ai-server-chain_bg.js\":";
    assert_eq!(js.matches(module).count(), 1);
    let changed = js.replace(module, "\"./ai-server-chain.js\":");
    let err = short_names(&changed, &wasm).unwrap_err();
    assert_eq!(
        err,
        "the glue does not name the import module \"./ai-server-chain_bg.js\": once"
    );
}

/// Another version of wasm-bindgen or Trunk stops the build before the trim, naming the tool and
/// both versions.
#[test]
fn another_version_stops_the_build_naming_it() {
    assert_eq!(EXPECTED, [("wasm-bindgen", "0.2.130"), ("trunk", "0.22.1")]);
    assert!(compare("wasm-bindgen", "0.2.130", Some("wasm-bindgen 0.2.130\n")).is_ok());
    assert!(compare("trunk", "0.22.1", Some("trunk 0.22.1")).is_ok());
    let err = compare("wasm-bindgen", "0.2.130", Some("wasm-bindgen 0.2.131")).unwrap_err();
    assert!(
        err.starts_with("wasm-bindgen is 0.2.131, not 0.2.130: "),
        "{err}"
    );
    let err = compare("trunk", "0.22.1", Some("trunk 0.23.0")).unwrap_err();
    assert!(err.starts_with("trunk is 0.23.0, not 0.22.1: "), "{err}");
    assert_eq!(
        compare("trunk", "0.22.1", None).unwrap_err(),
        "trunk --version gave no version (expected 0.22.1)"
    );
}

/// The wasm-bindgen the fixture was made with is the one the widget's lockfile pins.
#[test]
fn the_fixture_is_of_the_locked_wasm_bindgen() {
    let lock =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../Cargo.lock")).unwrap();
    assert!(
        lock.contains("name = \"wasm-bindgen\"\nversion = \"0.2.130\"\n"),
        "Cargo.lock's wasm-bindgen is not 0.2.130: see versions::EXPECTED"
    );
}

/// The real glue starts the wasm itself, and the page loads it where Trunk's loader stood.
#[test]
fn the_real_glue_starts_the_wasm_in_place_of_trunks_loader() {
    let (page, js_name, js, wasm_name, _) = fixture();
    let (page, glue) = post_build::page::start_in_glue(&page, &js).unwrap();
    assert!(
        !page.contains("<script type=module>"),
        "Trunk's loader stays"
    );
    assert!(!page.contains("modulepreload"), "the glue's preload stays");
    assert!(page.contains(&format!(
        "<script type=module src=./{js_name} integrity={}></script>",
        integrity(glue.as_bytes())
    )));
    assert!(!glue.contains("export{"), "the glue still exports");
    assert!(!glue.contains("initSync"), "initSync stays");
    assert!(glue.contains("async function __wbg_init("));
    assert!(glue.ends_with(&format!(
        "await __wbg_init({{module_or_path:\"./{wasm_name}\"}});dispatchEvent(new CustomEvent(\"TrunkApplicationStarted\",{{detail:{{wasm}}}}));"
    )));
}
