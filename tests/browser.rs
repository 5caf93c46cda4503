//! Browser tests (wasm-bindgen-test in headless Chromium): the app mounts and behaves under clicks and keys.
#![cfg(target_arch = "wasm32")]

use ai_server_chain::ui::App;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a fresh app under the given query string and returns its root.
fn mount(query: &str) -> web_sys::Element {
    let url = if query.is_empty() {
        "/".to_string()
    } else {
        format!("/?{query}")
    };
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        .unwrap();
    // Only our own container is replaced: the test harness reports through elements of its own in <body>.
    if let Some(old) = document().get_element_by_id("app-under-test") {
        old.remove();
    }
    let root = document().create_element("div").unwrap();
    root.set_id("app-under-test");
    document().body().unwrap().append_child(&root).unwrap();
    let handle = leptos::mount::mount_to(
        root.clone().unchecked_into(),
        || view! { <App adopt=false/> },
    );
    handle.forget();
    root
}

/// Waits for the next frame and a task after it: the widget writes the address then.
async fn after_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let after = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = window().set_timeout_with_callback(&resolve);
        });
        let _ = window().request_animation_frame(after.unchecked_ref());
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn all(root: &web_sys::Element, selector: &str) -> Vec<HtmlElement> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

fn one(root: &web_sys::Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into()
}

fn key(el: &HtmlElement, k: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(k);
    init.set_bubbles(true);
    init.set_cancelable(true);
    el.dispatch_event(&KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap())
        .unwrap();
}

fn active_node() -> Option<String> {
    document()
        .active_element()
        .and_then(|e| e.get_attribute("data-node"))
}

#[wasm_bindgen_test]
async fn mounts_with_every_node_and_the_csv_button() {
    let root = mount("");
    leptos::task::tick().await;
    let nodes = all(&root, ".chain-map button[data-node]");
    assert_eq!(nodes.len(), 15);
    let ids: Vec<String> = nodes
        .iter()
        .map(|b| b.get_attribute("data-node").unwrap())
        .collect();
    assert_eq!(ids[..3], ["cpu", "gpu", "memory"]);
    assert!(all(&root, "button.csv")
        .iter()
        .any(|b| b.text_content().unwrap().contains("CSV")));
    // Tiers are headed lists of buttons.
    assert_eq!(
        all(&root, ".chain section.tier h3 + ul > li > button").len(),
        15
    );
    assert!(root.query_selector(".panel").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn clicking_a_node_opens_its_details_and_escape_closes_them() {
    let root = mount("");
    leptos::task::tick().await;
    let gpu = one(&root, "button[data-node=gpu]");
    gpu.click();
    leptos::task::tick().await;
    assert_eq!(gpu.get_attribute("aria-pressed").as_deref(), Some("true"));
    let panel = one(&root, ".panel");
    assert_eq!(panel.get_attribute("data-details").as_deref(), Some("gpu"));
    assert!(panel.text_content().unwrap().contains("约1073亿元"));
    assert!(panel.text_content().unwrap().contains("景嘉微"));
    after_frame().await;
    assert!(window().location().search().unwrap().contains("node=gpu"));
    key(&one(&root, ".panel .close"), "Escape");
    leptos::task::tick().await;
    assert!(root.query_selector(".panel").unwrap().is_none());
    assert_eq!(
        active_node().as_deref(),
        Some("gpu"),
        "focus returns to the node"
    );
}

#[wasm_bindgen_test]
async fn arrow_keys_walk_all_fifteen_nodes() {
    let root = mount("");
    leptos::task::tick().await;
    let first = one(&root, "button[data-node=cpu]");
    assert_eq!(first.tab_index(), 0);
    assert_eq!(
        all(&root, ".chain-map button[tabindex='0']").len(),
        1,
        "the map is one tab stop"
    );
    first.focus().unwrap();
    let mut seen = vec![active_node().unwrap()];
    for k in ["ArrowDown"; 6]
        .into_iter()
        .chain(["ArrowRight"])
        .chain(["ArrowRight"])
        .chain(["ArrowDown"; 6])
    {
        let el: HtmlElement = document().active_element().unwrap().unchecked_into();
        key(&el, k);
        leptos::task::tick().await;
        seen.push(active_node().unwrap());
    }
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 15, "{seen:?}");
    // Enter on a focused button selects it (native button behaviour), shown by aria-pressed.
    let el: HtmlElement = document().active_element().unwrap().unchecked_into();
    el.click();
    leptos::task::tick().await;
    assert_eq!(el.get_attribute("aria-pressed").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn the_node_parameter_selects_and_an_unknown_one_is_ignored() {
    let root = mount("node=optical&lang=en");
    leptos::task::tick().await;
    let panel = one(&root, ".panel");
    assert_eq!(
        panel.get_attribute("data-details").as_deref(),
        Some("optical")
    );
    assert!(panel.text_content().unwrap().contains("Zhongji Innolight"));
    let root = mount("node=quantum");
    leptos::task::tick().await;
    assert!(root.query_selector(".panel").unwrap().is_none());
    assert_eq!(all(&root, ".chain-map button[data-node]").len(), 15);
}

#[wasm_bindgen_test]
async fn gpu_chart_draws_four_columns_two_forecasts() {
    let root = mount("node=gpu");
    leptos::task::tick().await;
    let bars = all(&root, ".panel rect[data-series='gpu/market_size']");
    assert_eq!(bars.len(), 4);
    let kinds: Vec<String> = bars
        .iter()
        .map(|b| b.get_attribute("data-kind").unwrap())
        .collect();
    assert_eq!(kinds, ["actual", "actual", "forecast", "forecast"]);
    let years: Vec<String> = bars
        .iter()
        .map(|b| b.get_attribute("data-year").unwrap())
        .collect();
    assert_eq!(years, ["2023", "2024", "2025", "2026"]);
}

#[wasm_bindgen_test]
async fn a_tier_filter_dims_the_map_and_writes_the_url() {
    let root = mount("");
    leptos::task::tick().await;
    one(&root, ".filters button[data-action=tier-downstream]").click();
    leptos::task::tick().await;
    after_frame().await;
    assert!(window()
        .location()
        .search()
        .unwrap()
        .contains("tier=upstream,midstream"));
    assert!(one(&root, "button[data-node=telecom]")
        .class_list()
        .contains("filtered"));
    assert!(!one(&root, "button[data-node=gpu]")
        .class_list()
        .contains("filtered"));
    let rows: Vec<String> = all(&root, "tr[data-node]")
        .iter()
        .map(|r| r.get_attribute("data-node").unwrap())
        .collect();
    assert!(
        !rows.is_empty() && !rows.iter().any(|n| n == "telecom" || n == "internet"),
        "tables follow the filter: {rows:?}"
    );
}
