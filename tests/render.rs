#![cfg(not(target_arch = "wasm32"))]
//! The markup renderers: what the map, charts, tables and frame contain, and that text is escaped.

use ai_server_chain::data::{node, node_index, primary_series, DATASET};
use ai_server_chain::geom::chain::layout;
use ai_server_chain::i18n::{tier_index, Lang};
use ai_server_chain::model::View;
use ai_server_chain::render::chart::{figure, growth_metric, summary, title, tooltip};
use ai_server_chain::render::map::{card, map};
use ai_server_chain::render::panel::{announcement, body};
use ai_server_chain::render::shell::{filters, footer, masthead};
use ai_server_chain::render::tables::{others_table, series_table};
use ai_server_chain::render::{esc, zh_span};

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

fn view(query: &str) -> View {
    View::from_query(query).0
}

#[test]
fn escaping() {
    assert_eq!(
        esc("<a href=\"x\">'&'</a>"),
        "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
    );
    assert_eq!(
        zh_span("景嘉微", Lang::En),
        "<span lang=\"zh\">景嘉微</span>"
    );
    assert_eq!(zh_span("景嘉微", Lang::Zh), "景嘉微");
}

#[test]
fn the_map_has_every_node_in_headed_lists() {
    let tiers: Vec<usize> = DATASET.nodes.iter().map(|n| tier_index(n.tier)).collect();
    let links: Vec<(usize, usize)> = DATASET
        .links
        .iter()
        .map(|l| (node_index(&l.from).unwrap(), node_index(&l.to).unwrap()))
        .collect();
    let html = map(&layout(&tiers, &links, 1000.0), Lang::Zh);
    assert_eq!(count(&html, "<button type=\"button\" class=\"node\""), 15);
    assert_eq!(count(&html, "<section class=\"tier\""), 3);
    assert_eq!(count(&html, "<h3 id=\"tier-"), 3);
    assert_eq!(count(&html, "<path d=\"M"), 14);
    assert!(html.contains("<svg class=\"links\" aria-hidden=\"true\""));
    assert!(html.contains("上游<span>零部件</span>"));
    assert!(html.contains("style=\"left:0px;top:54px;width:280px;height:64px\""));
    for n in DATASET.nodes.iter() {
        assert!(
            html.contains(&format!("data-node=\"{}\"", n.id)),
            "{}",
            n.id
        );
    }
    let en = map(&layout(&tiers, &links, 320.0), Lang::En);
    assert!(en.contains("Upstream<span>Components</span>"));
}

#[test]
fn cards_show_the_headline_or_say_there_is_none() {
    let gpu = card(node_index("gpu").unwrap(), Lang::Zh);
    assert!(
        gpu.contains("<span class=\"when\">2024</span> 约1073亿元"),
        "{gpu}"
    );
    assert!(gpu.contains("class=\"spark\""));
    let en = card(node_index("gpu").unwrap(), Lang::En);
    assert!(en.contains("about CNY 107.3 bn"), "{en}");
    let internet = card(node_index("internet").unwrap(), Lang::Zh);
    assert!(
        internet.contains("2025年1—9月</span> 14420亿元"),
        "{internet}"
    );
    let cloud = card(node_index("cloud").unwrap(), Lang::En);
    assert!(
        cloud.contains("No figures in the source") && !cloud.contains("spark"),
        "{cloud}"
    );
}

#[test]
fn the_gpu_chart() {
    let gpu = node(node_index("gpu").unwrap());
    let s = primary_series("gpu").unwrap();
    assert_eq!(title(&s, gpu, Lang::Zh), "GPU市场规模(亿元)");
    assert_eq!(title(&s, gpu, Lang::En), "GPUs: Market size (CNY bn)");
    assert_eq!(
        summary(&s, gpu, &s.points, Lang::Zh),
        "GPU市场规模从2023年的807亿元增至2026年的接近1300亿元(预测)。"
    );
    assert_eq!(
        summary(&s, gpu, &s.points, Lang::En),
        "Market size of GPUs: up from CNY 80.7 bn in 2023 to nearly CNY 130 bn in 2026 (forecast)."
    );
    assert_eq!(summary(&s, gpu, &[], Lang::Zh), "所选年份内没有数据。");
    assert_eq!(
        tooltip(s.points[1], Lang::Zh),
        "2024年:约1073亿元(实际)。来源:中商产业研究院"
    );
    assert_eq!(
        tooltip(s.points[3], Lang::En),
        "2026E: nearly CNY 130 bn (forecast). Source: Askci Research Institute"
    );
    let html = figure(&s, gpu, &s.points, Lang::Zh);
    assert_eq!(count(&html, "<rect class=\"bar"), 4);
    assert_eq!(
        count(&html, "data-kind=\"forecast\""),
        2 + 2,
        "two columns and two table rows"
    );
    assert!(html.contains("fill=\"url(#hatch-gpu-market_size)\""));
    assert!(html.contains(">2025E</text>") && html.contains(">2026E</text>"));
    assert!(html.contains(">≈1073</text>") && html.contains(">~1300</text>"));
    assert!(
        html.contains(">+32.78%</text>"),
        "the growth the source reports, on 2023"
    );
    assert!(html.contains(
        "role=\"img\" aria-labelledby=\"t-gpu-market_size\" aria-describedby=\"d-gpu-market_size\""
    ));
    assert_eq!(count(&html, "class=\"hotspot\""), 4);
    assert!(html.contains("<details><summary>显示数据表</summary>"));
    assert!(html.contains("数据来源: 中商产业研究院"));
    let empty = figure(&s, gpu, &[], Lang::En);
    assert!(
        empty.contains("<p class=\"empty\">No figures in the chosen years.</p>")
            && !empty.contains("<svg")
    );
    assert_eq!(growth_metric("market_size"), "yoy_growth");
    assert_eq!(growth_metric("shipments"), "shipments_yoy_growth");
}

#[test]
fn node_details() {
    let optical = node(node_index("optical").unwrap());
    let html = body(optical, &view("lang=en"));
    assert!(
        html.contains("Zhongji Innolight <span lang=\"zh\">中际旭创</span>"),
        "{html}"
    );
    assert!(html.contains("<h4>Leaders</h4>") && html.contains("<h4>Second tier</h4>"));
    assert!(
        html.contains("3 million modules") || html.contains("3 million"),
        "{html}"
    );
    assert!(html.contains("over 70%"));
    assert!(html.contains("<blockquote lang=\"zh\">"));
    let cpu = body(node(0), &view(""));
    assert!(cpu.contains("来源未点名企业。"));
    assert!(
        cpu.contains("年均复合增长率(本图计算), 2023–2026E:"),
        "{cpu}"
    );
    let ssd = body(node(node_index("ssd").unwrap()), &view(""));
    assert!(ssd.contains("来源未给出数据") && !ssd.contains("<figure"));
    assert_eq!(
        announcement(node(1), Lang::Zh),
        "已选择: GPU, 2024 约1073亿元"
    );
}

#[test]
fn tables_follow_the_view() {
    let all = series_table(&view(""));
    assert_eq!(count(&all, "<tr data-series="), 7);
    assert!(
        all.contains("<th scope=\"col\">2025E</th>") && all.contains("<th scope=\"col\">2024</th>")
    );
    let some = series_table(&view("tier=upstream&from=2023&to=2024&forecast=0"));
    assert_eq!(count(&some, "<tr data-series="), 4);
    assert!(!some.contains("2025"));
    let others = others_table(&view("tier=downstream"));
    assert_eq!(count(&others, "<tr data-node=\"internet\""), 3);
    assert_eq!(count(&others, "<tr data-node=\"telecom\""), 3);
    assert!(!others.contains("data-node=\"gpu\""));
    assert!(others.contains("2025年1—10月"));
}

#[test]
fn the_frame() {
    assert!(masthead(Lang::En).contains("<h1>China&#39;s AI-server industry chain</h1>"));
    let f = filters(Lang::Zh);
    assert_eq!(count(&f, "data-tier="), 3);
    assert_eq!(count(&f, "<option value=\"20"), 10);
    assert!(f.contains("data-filter=\"lang\" lang=\"en\">English</button>"));
    let foot = footer(Lang::Zh);
    assert!(foot.contains("中商产业研究院、FROST&amp;SULLIVAN、IDC、工信部。"));
    assert!(foot.contains("data-csv=\"all\">下载全部数据(CSV)"));
}
