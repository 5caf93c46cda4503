//! Prints the dataset as JSON for the benchmark's ECharts peer (`bench/build.mjs`), so that both
//! builds show the same figures: nodes, links and every value with its year and kind.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use ai_server_chain::data::DATASET;
    use ai_server_chain::i18n::format::number;
    let q = |s: &str| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""));
    let nodes: Vec<String> = DATASET
        .nodes
        .iter()
        .map(|n| {
            format!(
                "{{\"id\":{},\"tier\":{},\"zh\":{}}}",
                q(n.id),
                q(n.tier.as_str()),
                q(n.zh)
            )
        })
        .collect();
    let links: Vec<String> = DATASET
        .links
        .iter()
        .map(|l| format!("[{},{}]", q(l.from), q(l.to)))
        .collect();
    let facts: Vec<String> = DATASET
        .facts
        .iter()
        .map(|f| {
            format!(
                "{{\"node\":{},\"metric\":{},\"category\":{},\"year\":{},\"period\":{},\"value\":{},\"unit\":{},\"kind\":{}}}",
                q(f.node),
                q(f.metric),
                q(f.category),
                f.year.map_or("null".into(), |y| y.to_string()),
                q(f.period),
                number(f.value, false),
                q(f.unit.as_str()),
                q(f.kind.as_str())
            )
        })
        .collect();
    println!(
        "{{\"nodes\":[{}],\"links\":[{}],\"facts\":[{}]}}",
        nodes.join(","),
        links.join(","),
        facts.join(",")
    );
}

#[cfg(target_arch = "wasm32")]
fn main() {}
