#![cfg(not(target_arch = "wasm32"))]
//! The markup renderers: what the map, charts, tables and frame contain, and that text is escaped.

use ai_server_chain::data::{node, node_index, primary_series, DATASET, MAP_LAYOUT};
use ai_server_chain::geom::chain::{layout, Drawn};
use ai_server_chain::i18n::{tier_index, Lang};
use ai_server_chain::model::{Part, View};
use ai_server_chain::render::chart::{figure, growth_metric, summary, title, tooltip};
use ai_server_chain::render::map::{card, map, map_css, MapState};
use ai_server_chain::render::panel::{announcement, body};
use ai_server_chain::render::shell::{filters, footer, masthead};
use ai_server_chain::render::tables::{others_table, series_table};
use ai_server_chain::render::zh_span;

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

fn view(query: &str) -> View {
    View::from_query(query).0
}

#[test]
fn escaping() {
    assert_eq!(
        ai_server_chain::html![ai_server_chain::render::html::Text("<a href=\"x\">'&'</a>")]
            .as_str(),
        "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
    );
    assert_eq!(
        zh_span("景嘉微", Lang::En).as_str(),
        "<span lang=\"zh\">景嘉微</span>"
    );
    assert_eq!(zh_span("景嘉微", Lang::Zh).as_str(), "景嘉微");
}

#[test]
fn the_map_has_every_node_in_headed_lists() {
    let tiers: Vec<usize> = DATASET.nodes.iter().map(|n| tier_index(n.tier)).collect();
    let links: Vec<(usize, usize)> = DATASET
        .links
        .iter()
        .map(|l| (node_index(l.from).unwrap(), node_index(l.to).unwrap()))
        .collect();
    // The layout build.rs wrote into the bundle is the one geom::chain works out for the data.
    let placed = layout(&tiers, &links);
    let (slots, drawn_links) = (placed.slots(), placed.links());
    assert_eq!(
        MAP_LAYOUT,
        Drawn {
            wide_height: placed.wide_height,
            phone_height: placed.phone_height,
            slots: &slots,
            links: &drawn_links,
        }
    );
    let html = map(&MAP_LAYOUT, Lang::Zh, &MapState::default());
    assert_eq!(count(&html, "<button type=\"button\" class=\"node\""), 15);
    assert_eq!(count(&html, "<section class=\"tier\""), 3);
    assert_eq!(count(&html, "<h3 id=\"tier-"), 3);
    // Each link twice: a curve across a gap (wide) and a path along the trunk (phone).
    assert_eq!(count(&html, "<path d=\"M"), 28);
    assert!(html.contains("<svg class=\"links gap0\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 100 562\" preserveAspectRatio=\"none\">"));
    assert!(html.contains("<svg class=\"links trunk\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 28 1046\""));
    assert_eq!(count(&html, "vector-effect=\"non-scaling-stroke\""), 28);
    assert!(html.contains("上游<span>零部件</span>"));
    assert_eq!(count(&html, "tabindex=\"0\""), 1, "one Tab stop");
    // Places are in the stylesheet (map_css), never in a style attribute (strict hosting).
    assert!(!html.contains("style="));
    assert!(html.contains("<section class=\"tier\" data-tier=\"midstream\" aria-labelledby=\"tier-midstream\"><h3 id=\"tier-midstream\" class=\"tier-head\">"));
    assert!(html.contains(
        "<li class=\"l at-cpu\"><button type=\"button\" class=\"node\" data-node=\"cpu\""
    ));
    assert!(html.contains("<li class=\"f at-ai-server\">"));
    let css = map_css(&layout(&tiers, &links));
    assert!(css.starts_with(".chain-map{--wh:562;--ph:1046}"), "{css}");
    assert!(css.contains("#tier-midstream{--py:438}"));
    assert!(css.contains(".at-cpu{--y:54;--h:64;--py:44;--ph:84}"));
    assert!(css.contains(".at-ai-server{--y:260;--h:96;--py:482;--ph:126}"));
    for n in DATASET.nodes.iter() {
        assert!(
            html.contains(&format!("data-node=\"{}\"", n.id)),
            "{}",
            n.id
        );
    }
    let en = map(
        &MAP_LAYOUT,
        Lang::En,
        &MapState {
            selected: Some(1),
            focus: 1,
            tiers: [true, true, false],
        },
    );
    assert!(en.contains("Upstream<span>Components</span>"));
    assert!(
        en.contains(
            "data-node=\"gpu\" data-tier=\"upstream\" aria-pressed=\"true\" tabindex=\"0\""
        ),
        "{en}"
    );
    assert_eq!(
        count(&en, "class=\"node filtered\""),
        7,
        "downstream filtered out"
    );
}

#[test]
fn cards_show_the_headline_or_say_there_is_none() {
    let gpu = card(node_index("gpu").unwrap(), Lang::Zh, &MapState::default());
    assert!(
        gpu.contains("<span class=\"when\">2024</span> 约1073亿元"),
        "{gpu}"
    );
    assert!(gpu.contains("class=\"spark\""));
    let en = card(node_index("gpu").unwrap(), Lang::En, &MapState::default());
    assert!(en.contains("about CNY\u{a0}107.3\u{a0}bn"), "{en}");
    let internet = card(
        node_index("internet").unwrap(),
        Lang::Zh,
        &MapState::default(),
    );
    assert!(
        internet.contains("2025年1—9月</span> 14420亿元"),
        "{internet}"
    );
    let cloud = card(node_index("cloud").unwrap(), Lang::En, &MapState::default());
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
    // A unit that only repeats the metric is left out; a name inside a sentence is lower-case.
    let dc = node(node_index("datacenter").unwrap());
    let racks = primary_series("datacenter").unwrap();
    assert_eq!(title(&racks, dc, Lang::Zh), "数据中心服务商机架数量(万个)");
    assert_eq!(title(&racks, dc, Lang::En), "Data-centre operators: Racks");
    assert_eq!(
        summary(&racks, dc, &racks.points, Lang::En),
        "Racks of data-centre operators: up from 830,000\u{a0}racks in 2024 to nearly 1\u{a0}million racks in 2026 (forecast)."
    );
    assert_eq!(
        summary(&s, gpu, &s.points, Lang::Zh),
        "GPU市场规模从2023年的807亿元增至2026年的接近1300亿元(预测)。"
    );
    assert_eq!(
        summary(&s, gpu, &s.points, Lang::En),
        "Market size of GPUs: up from CNY\u{a0}80.7\u{a0}bn in 2023 to nearly CNY\u{a0}130\u{a0}bn in 2026 (forecast)."
    );
    assert_eq!(summary(&s, gpu, &[], Lang::Zh), "所选年份内没有数据。");
    assert_eq!(
        tooltip(s.points[1], Lang::Zh),
        "2024年:约1073亿元(实际)。来源:中商产业研究院"
    );
    assert_eq!(
        tooltip(s.points[3], Lang::En),
        "2026E: nearly CNY\u{a0}130\u{a0}bn (forecast). Source: Askci Research Institute"
    );
    // A forecast's year in Chinese is the plain year before 年: the mark says it is a forecast.
    assert_eq!(
        tooltip(s.points[3], Lang::Zh),
        "2026年:接近1300亿元(预测)。来源:中商产业研究院"
    );
    let html = figure(&s, gpu, &s.points, None, Lang::Zh);
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
    // One cell per year of the chart's span, a button where there is a column.
    assert_eq!(count(&html, "class=\"hotspot\""), 4);
    assert!(html.contains("<div class=\"hits\"><button type=\"button\" class=\"hotspot\" data-year=\"2023\" aria-label="));
    assert!(!html.contains("style="));
    assert!(html.contains("<details><summary>显示数据表</summary>"));
    // The article's source line under its GPU chart, and the report its actual figures come from.
    assert!(html.contains("<p class=\"source\">数据来源:中商产业研究院整理<span class=\"report\">\n报告:《2025-2030年中国GPU行业市场现状调研及发展趋势预测研究报告》</span></p>"));
    let en = figure(&s, gpu, &s.points, None, Lang::En);
    assert!(en.contains("<p class=\"source\">Data: compiled by Askci Research Institute<span class=\"report\">\nReport: China GPU Industry: Market Survey and Trend Forecast, 2025–2030 (<span lang=\"zh\">《2025-2030年中国GPU行业市场现状调研及发展趋势预测研究报告》</span>)</span></p>"), "{en}");
    // The analysts' forecasts alone: the article names no report for them.
    let forecasts = figure(&s, gpu, &s.points[2..], None, Lang::Zh);
    assert!(forecasts.contains("<p class=\"source\">数据来源:中商产业研究院整理</p>"));
    let empty = figure(&s, gpu, &[], None, Lang::En);
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
        html.contains("<span class=\"what\">Demand for 1.6T modules</span> <span class=\"when\">2025E</span> <strong class=\"val\">3\u{a0}million–5\u{a0}million modules</strong>"),
        "{html}"
    );
    assert!(!html.contains("High end"), "the range is one figure");
    assert!(html.contains("over 70%"));
    assert!(html.contains("<blockquote lang=\"zh\">"));
    let cpu = body(node(0), &view(""));
    assert!(cpu.contains("来源未点名企业。"));
    assert!(cpu.contains("<span class=\"cite\">来源:中商产业研究院</span><span class=\"report\">\n报告:《2025-2030年中国CPU市场前景预测深度研究报告》</span></li>"));
    // A forecast: the analysts', no report.
    assert!(cpu.contains("2484亿元</strong> <span class=\"badge\">预测</span><blockquote lang=\"zh\">“中商产业研究院分析师预测,2025年市场规模将增长至2484亿元,2026年市场规模有望超过2600亿元。”</blockquote><span class=\"cite\">来源:中商产业研究院</span></li>"), "{cpu}");
    assert!(
        cpu.contains("<p class=\"computed\">市场规模年均复合增长率(本图计算),2023—2026E:6.4%</p>"),
        "{cpu}"
    );
    // One line per chart, named by what it measures, over the years the view shows.
    let server = node(node_index("ai-server").unwrap());
    let en = body(server, &view("lang=en"));
    assert!(en.contains("<p class=\"computed\">Market size: compound annual growth (computed here), 2022–2026E: 13.6%</p>\
         <p class=\"computed\">Shipments: compound annual growth (computed here), 2022–2025E: 19.8%</p>"), "{en}");
    let actual = body(server, &view("lang=en&forecast=0"));
    assert!(
        actual.contains("Market size: compound annual growth (computed here), 2022–2024: 15.5%"),
        "{actual}"
    );
    assert!(!actual.contains("E: "), "{actual}");
    let one_year = body(server, &view("from=2024&to=2024"));
    assert!(!one_year.contains("class=\"computed\""), "{one_year}");
    let ssd = body(node(node_index("ssd").unwrap()), &view(""));
    assert!(ssd.contains("来源未给出数据") && !ssd.contains("<figure"));
    assert_eq!(
        announcement(node(1), Lang::Zh),
        "已选择:GPU,2024 约1073亿元"
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
    let optical = others_table(&view("tier=upstream"));
    assert!(optical.contains("<td>300万只(预测)</td>"), "{optical}");
    assert!(optical.contains("<td>超过70%(目标)</td>"), "{optical}");
    let en = others_table(&view("tier=upstream&lang=en"));
    assert!(
        en.contains("<td>3\u{a0}million modules (forecast)</td>"),
        "{en}"
    );
    assert!(en.contains("<td>over 70% (target)</td>"), "{en}");
}

#[test]
fn the_frame() {
    assert!(masthead(Lang::En).contains("<h1>China&#39;s AI-server industry chain</h1>"));
    let f = filters(&view(""));
    assert_eq!(count(&f, "class=\"chip\" data-action=\"tier-"), 3);
    assert_eq!(
        count(&f, "aria-pressed=\"true\""),
        4,
        "three tiers and forecasts"
    );
    assert_eq!(count(&f, "<optgroup"), 3);
    assert_eq!(count(&f, "<option value=\"gpu\">GPU</option>"), 1);
    assert_eq!(count(&f, "<option value=\"20"), 10);
    // The view's choices are selected in the markup itself (the static first view has no script).
    assert_eq!(count(&f, " selected>"), 4, "{f}");
    assert!(f.contains("<option value=\"2022\" selected>2022</option>"));
    assert!(f.contains("<option value=\"2026\" selected>2026</option>"));
    assert!(f.contains("<option value=\"auto\" selected>"));
    let f = filters(&view(
        "node=gpu&tier=upstream&from=2023&forecast=0&theme=dark",
    ));
    assert!(f.contains("<option value=\"gpu\" selected>GPU</option>"));
    assert!(f.contains("<option value=\"2023\" selected>2023</option>"));
    assert!(f.contains("data-group=\"downstream\" disabled>"));
    assert!(f.contains("data-action=\"forecast\" aria-pressed=\"false\""));
    assert!(f.contains("<option value=\"dark\" selected>"));
    assert!(f.contains("data-action=\"lang\" lang=\"en\">English</button>"));
    let foot = footer(Lang::Zh, Part::All, false);
    assert!(foot.contains("<p><strong>数据来源:</strong>中商产业研究院、FROST&amp;SULLIVAN、IDC、工信部。整理:中商情报网。</p>"));
    assert!(footer(Lang::En, Part::All, false).contains(
        "<p><strong>Source: </strong>Askci Research Institute; Frost &amp; Sullivan; IDC; Ministry of Industry and \
         Information Technology. Compiled by Askci.</p>"
    ));
    assert!(foot.contains("data-csv=\"all\">下载全部数据(CSV)"));
    // A part without the tables has no CSV buttons; one chart has the credit alone (its own
    // source line is under it).
    assert!(!footer(Lang::Zh, Part::Map, false).contains("data-csv"));
    assert!(footer(Lang::Zh, Part::Data, false).contains("data-csv=\"view\""));
    let share = "<p class=\"share\"><button type=\"button\" data-action=\"share\">分享此视图</button><button type=\"button\" data-action=\"cite\">引用本图</button><span class=\"shared\" role=\"status\"></span></p>";
    assert_eq!(
        footer(
            Lang::Zh,
            Part::Chart(ai_server_chain::model::Chart::Split),
            false
        )
        .as_str(),
        format!("<p>整理:中商情报网。</p>{share}")
    );
    // Nothing to operate in a static view: no share control.
    assert_eq!(
        footer(
            Lang::Zh,
            Part::Chart(ai_server_chain::model::Chart::Split),
            true
        )
        .as_str(),
        "<p>整理:中商情报网。</p>"
    );
    assert!(foot.ends_with(share));
}

mod overview {
    use super::{count, view};
    use ai_server_chain::render::overview::{ai_server, downstream, provinces, split, upstream};

    #[test]
    fn upstream_compared_in_size_and_as_an_index() {
        let size = upstream(&view(""));
        assert_eq!(count(&size, "<g class=\"s"), 4);
        assert!(size.contains("data-series=\"optical/market_size\""));
        assert!(
            size.contains("按本图计算,2023至2026年GPU增长最快(+61%);存储芯片规模最大。"),
            "{size}"
        );
        assert!(size.contains(">存储芯片</text>"));
        assert!(size.contains("<th scope=\"row\">GPU</th><td>–</td><td>807亿元</td><td>约1073亿元</td><td>1200亿元(E)</td><td>接近1300亿元(E)</td>"), "{size}");
        // Each year's hotspot lists every series that year.
        assert!(
            size.contains("aria-label=\"2025年(预测):CPU 2484亿元;GPU 1200亿元;存储芯片 4580亿元;光模块 670亿元\""),
            "{size}"
        );
        assert_eq!(count(&size, "<circle class=\"forecast\""), 8);
        let en = upstream(&view("lang=en"));
        assert!(
            en.contains("Computed here: from 2023 to 2026, GPUs grow fastest (+61%); memory chips are the largest market."),
            "{en}"
        );
        assert!(
            en.contains("aria-label=\"2023: CPUs about CNY\u{a0}216.032\u{a0}bn; GPUs CNY\u{a0}80.7\u{a0}bn;"),
            "{en}"
        );
        assert!(en.contains("<td>CNY\u{a0}120\u{a0}bn (E)</td>"), "{en}");
        let index = upstream(&view("lang=en&scale=index"));
        assert!(
            index.contains("as an index (2023 = 100, computed here)"),
            "{index}"
        );
        // GPU 1300 / 807 = 161; the optical series starts at the common base year too.
        assert!(index.contains("GPUs 161"), "{index}");
        assert!(!index.contains("data-year=\"2022\""));
        let late = upstream(&view("from=2024&lang=en&scale=index"));
        assert!(late.contains("(2024 = 100"), "{late}");
        assert!(upstream(&view("tier=downstream&lang=en"))
            .contains("This segment is hidden by the filters."));
        // Two of the article's source lines, and the four reports the figures come from.
        assert!(size.contains("<p class=\"source\">数据来源:中商产业研究院整理；数据来源:FROST&amp;SULLIVAN、中商产业研究院整理<span class=\"report\">\n报告:《2025-2030年中国CPU市场前景预测深度研究报告》《2025-2030年中国GPU行业市场现状调研及发展趋势预测研究报告》《2025-2030年中国半导体存储器市场调查及发展趋势研究报告》《2025-2030年中国光模块行业市场前景预测及未来发展趋势研究报告》</span></p>"), "{size}");
        assert!(en.contains("<span class=\"report\">\nReports: China CPU Market Outlook and In-depth Research Report, 2025–2030 (<span lang=\"zh\">《2025-2030年中国CPU市场前景预测深度研究报告》</span>); China GPU Industry"), "{en}");
        let none = upstream(&view("from=2022&to=2022&forecast=0"));
        assert!(none.contains("<p class=\"source\">数据来源:FROST&amp;SULLIVAN、中商产业研究院整理<span class=\"report\">\n报告:《2025-2030年中国光模块行业市场前景预测及未来发展趋势研究报告》</span></p>"), "{none}");
        assert_eq!(
            count(&none, "<g class=\"s"),
            1,
            "only optical modules have 2022"
        );
    }

    #[test]
    fn ai_server_market_and_shipments_line_up() {
        let html = ai_server(&view(""));
        assert_eq!(count(&html, "<figure class=\"chart"), 2);
        // Same five year slots: 2022 sits at the same x in both charts.
        let x_of = |series: &str| -> String {
            let at = html
                .find(&format!("data-series=\"{series}\" data-year=\"2022\""))
                .unwrap();
            let rect = &html[html[..at].rfind("<rect").unwrap()..at];
            rect.split("x=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
                .to_owned()
        };
        assert_eq!(x_of("ai-server/market_size"), x_of("ai-server/shipments"));
    }

    #[test]
    fn the_articles_annotations_on_their_charts() {
        // Over the market's five columns, in a band above the plot (which moves down by 20).
        let zh = ai_server(&view(""));
        assert!(zh.contains("<figure class=\"chart noted\" data-series=\"ai-server/market_size\""));
        assert!(zh.contains("<svg viewBox=\"0 0 320 240\""));
        assert!(zh.contains("<g class=\"annotation\" data-annotation=\"1\"><path d=\"M64.4 19V15H299.6V19\"/><text x=\"138\" y=\"11\">市场增速逐步放缓</text></g><g transform=\"translate(0 20)\">"), "{zh}");
        // The plot moves down by the band's height (a literal in the markup).
        assert_eq!(ai_server_chain::geom::notes::BAND, 20.0);
        // In the summary and the table.
        assert!(
            zh.contains("(预测)。注:市场增速逐步放缓(2022—2026年)。</p>"),
            "{zh}"
        );
        assert!(zh.contains(
            "<tfoot><tr><td colspan=\"3\">注:市场增速逐步放缓(2022—2026年)。</td></tr></tfoot>"
        ));
        let en = ai_server(&view("lang=en"));
        assert!(
            en.contains("<text x=\"130.6\" y=\"11\">Growth is slowing</text>"),
            "{en}"
        );
        assert!(
            en.contains(" Note: Growth is slowing (2022–2026).</p>"),
            "{en}"
        );
        // Over the columns shown; none where the filters hide its years.
        let late = ai_server(&view("from=2025"));
        assert!(
            late.contains("<path d=\"M80.9 19V15H283.1V19\"/>"),
            "{late}"
        );
        // The shipments chart has none.
        let ship = &zh[zh.find("data-series=\"ai-server/shipments\"").unwrap()..];
        assert!(!ship.contains("annotation") && !ship.contains("注:"));
        // On the donut, two lines under the ring, which grows the drawing.
        let donut = split(&view("lang=en"));
        assert!(donut.contains("<svg viewBox=\"0 0 200 236\""), "{donut}");
        assert!(donut.contains("<g class=\"annotation\" data-annotation=\"1\"><text x=\"100\" y=\"215\" text-anchor=\"middle\">Inference servers are expected</text><text x=\"100\" y=\"230\" text-anchor=\"middle\">to become the mainstream</text></g></svg>"), "{donut}");
        assert!(donut.contains("Training 57.33%, Inference 42.67%. Note: Inference servers are expected to become the mainstream.</p>"), "{donut}");
        assert!(split(&view(""))
            .contains("推理型 42.67%。注:预计未来推理型服务器将逐渐成为市场主流。</p>"));
        // One without room is listed under the chart by its number.
        let market = ai_server_chain::data::series_of("ai-server").remove(0);
        let notes = ai_server_chain::render::notes_on("ai-server/market_size", &market.points);
        assert_eq!((notes.len(), notes[0].1, notes[0].2), (1, 0, 4));
        assert_eq!(
            &*ai_server_chain::render::numbered_notes(&notes, &[true], ai_server_chain::i18n::Lang::En),
            "<ol class=\"notes\"><li value=\"1\" data-annotation=\"1\">Growth is slowing (2022–2026)</li></ol>"
        );
        assert!(ai_server_chain::render::numbered_notes(
            &notes,
            &[false],
            ai_server_chain::i18n::Lang::En
        )
        .is_empty());
    }

    #[test]
    fn the_split_the_provinces_and_downstream() {
        let donut = split(&view(""));
        assert!(donut.contains("stroke-dasharray=\"57.33 100\" stroke-dashoffset=\"-0\""));
        assert!(donut.contains("stroke-dasharray=\"42.67 100\" stroke-dashoffset=\"-57.33\""));
        assert!(donut.contains("训练型 57.33%"));
        assert!(donut.contains(
            "<text x=\"100\" y=\"76\" text-anchor=\"middle\">训练型</text><text class=\"pct s0\" x=\"100\" y=\"93\" text-anchor=\"middle\">57.33%</text>\
             <text x=\"100\" y=\"115\" text-anchor=\"middle\">推理型</text><text class=\"pct s1\" x=\"100\" y=\"132\" text-anchor=\"middle\">42.67%</text>"
        ), "{donut}");
        assert!(
            donut.contains("<details><summary>显示数据表</summary>")
                && donut.contains("<th scope=\"row\">推理型</th><td>42.67%</td>")
        );
        let bars = provinces(&view("lang=en"));
        assert!(
            bars.contains("<th scope=\"row\">Guangdong</th><td>8\u{a0}companies</td>"),
            "{bars}"
        );
        assert!(bars.contains("Guangdong 8\u{a0}companies, Beijing 3\u{a0}companies."));
        assert!(bars.contains("The source gives counts for Guangdong and Beijing only."));
        let down = downstream(&view(""));
        assert!(
            down.contains("<p class=\"big\">14420亿元</p>")
                && down.contains("业务收入 · 2025年1—9月")
        );
        assert!(down.contains("<li>增速较1—8月份变化:+0.6个百分点</li>"));
        assert!(down.contains("<p class=\"source\">数据来源:工信部、中商产业研究院整理</p>"));
        let en = downstream(&view("lang=en"));
        assert!(en.contains("<li>Year-on-year growth: 2.8%</li>"), "{en}");
        assert!(down.contains("data-series=\"datacenter/racks\""));
        assert!(split(&view("tier=upstream")).contains("该环节已被筛选隐藏。"));
    }
}

#[test]
fn embed_codes_carry_the_view() {
    use ai_server_chain::render::shell::{embed_codes, embed_panel};
    let v = view("node=gpu&lang=en");
    let [plain, js, pym] = embed_codes(&v, "https://news.example/graphics/ai-chain/index.html");
    assert_eq!(plain.0, "iframe");
    assert!(plain.1.starts_with("<iframe src=\"https://news.example/graphics/ai-chain/index.html?lang=en&amp;node=gpu\""), "{}", plain.1);
    assert!(
        js.1.contains("data-ai-chain")
            && js
                .1
                .contains("<script src=\"https://news.example/graphics/ai-chain/embed.js\" async>")
    );
    assert!(pym.1.contains("new pym.Parent('ai-chain', 'https://news.example/graphics/ai-chain/index.html?lang=en&node=gpu', { title: 'China\\'s AI-server industry chain' })"), "{}", pym.1);
    let panel = embed_panel(&v, "https://x/", "embed");
    assert_eq!(count(&panel, "<textarea"), 3);
    assert!(
        panel.contains("&lt;iframe"),
        "codes are shown as text, escaped"
    );

    // One chart's codes: its part in the address, a frame sized for a chart, Pym's container
    // named after it (an article can hold several), the ids of the text areas its own.
    let chart = view("part=chart:gpu-market-size&from=2023");
    let [plain, js, pym] = embed_codes(&chart, "https://x/index.html");
    assert_eq!(
        plain.1,
        "<iframe src=\"https://x/index.html?from=2023&amp;part=chart:gpu-market-size\" title=\"中国AI服务器产业链\" style=\"width:100%;height:600px;border:0\" loading=\"lazy\"></iframe>"
    );
    assert!(js.1.contains("height:600px"));
    assert!(pym.1.starts_with("<div id=\"ai-chain-gpu-market-size\"></div>\n<script>new pym.Parent('ai-chain-gpu-market-size', 'https://x/index.html?from=2023&part=chart:gpu-market-size'"), "{}", pym.1);
    // The upstream chart, whose foot names four reports, starts taller.
    let upstream = embed_codes(
        &view("part=chart:upstream-market-size"),
        "https://x/index.html",
    );
    assert!(upstream[0].1.contains("height:700px") && upstream[1].1.contains("height:700px"));
    let map = embed_codes(&view("part=map"), "https://x/index.html");
    assert!(map[0].1.contains("height:1100px") && map[2].1.contains("pym.Parent('ai-chain-map'"));
    let panel = embed_panel(&chart, "https://x/", "embed-gpu-market-size");
    assert!(panel.contains("<textarea id=\"embed-gpu-market-size-0\""));
    assert!(panel.contains("embed this chart alone") || panel.contains("单独嵌入这张图表"));
}

#[test]
fn standalone_svg_exports() {
    use ai_server_chain::render::export::{
        buttons, layout, standalone, view_box_size, Chart, Palette,
    };
    assert_eq!(view_box_size("0 0 320 220"), Some((320.0, 220.0)));
    assert_eq!(view_box_size("0 0 320"), None);
    let c = Chart {
        width: 320.0,
        height: 220.0,
        marks: "<rect class=\"bar actual\"/>",
        title: "GPU市场规模(亿元)",
        source: "数据来源: 中商产业研究院",
        has_forecast: true,
        lines: false,
    };
    // The chart with 8 units either side, and room for title, legend and source.
    let lc = layout(&c);
    assert_eq!((lc.width, lc.height), (336.0, 300.0));
    let svg = standalone(&c, &lc, &Palette::light(), Lang::Zh);
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"672\" height=\"600\" viewBox=\"0 0 336 300\">"), "{svg}");
    assert!(
        svg.contains(">GPU市场规模(亿元)</text>")
            && svg.contains(">数据来源: 中商产业研究院</text>")
    );
    assert!(svg.contains("预测值(E)") && svg.contains("fill=\"url(#export-hatch)\""));
    assert!(svg.contains("'Noto Sans CJK SC', sans-serif"));
    assert_eq!(
        count(&svg, "http"),
        1,
        "no reference outside the file but the namespace"
    );
    let plain = Chart {
        has_forecast: false,
        ..c.clone()
    };
    let plain = standalone(&plain, &layout(&plain), &Palette::light(), Lang::En);
    assert!(!plain.contains("export-hatch"));
    assert!(buttons(Lang::En).contains("data-export=\"png\">Download PNG</button>"));

    // A line chart's legend is a solid and a dashed line with their points, not boxes.
    let lines = Chart { lines: true, ..c };
    let lines = standalone(&lines, &layout(&lines), &Palette::light(), Lang::En);
    assert!(lines.contains("stroke-dasharray=\"5 4\"/><circle cx=\"108\""));
    assert!(!lines.contains("export-hatch"));

    // A small chart (the donut, 200 wide) is centred in a file wide enough for its title, which
    // wraps, as does a long source line; everything below moves down by the lines added.
    let donut = Chart {
        width: 200.0,
        height: 200.0,
        marks: "<circle class=\"slice s0\"/>",
        title: "The AI-server market: training and inference servers",
        source: "Source: Ministry of Industry and Information Technology; Askci Research Institute",
        has_forecast: false,
        lines: false,
    };
    let l = layout(&donut);
    assert_eq!(
        l.title,
        ["The AI-server market: training", "and inference servers"]
    );
    assert_eq!(
        l.source,
        [
            "Source: Ministry of Industry and Information",
            "Technology; Askci Research Institute"
        ]
    );
    assert_eq!(
        (l.width, l.height, l.x),
        (320.0, 200.0 + 34.0 + 46.0 + 19.0 + 14.0, 60.0)
    );
    let svg = standalone(&donut, &l, &Palette::light(), Lang::En);
    assert!(
        svg.contains("<text class=\"title\" x=\"8\" y=\"41\">and inference servers</text>"),
        "{svg}"
    );
    assert!(
        svg.contains("<svg x=\"60\" y=\"53\" width=\"200\" height=\"200\""),
        "{svg}"
    );
    assert!(svg.contains(".pct.s0{fill:#0b5cad}"));
}

#[test]
fn export_titles_wrap_at_spaces_or_between_chinese_characters() {
    use ai_server_chain::render::export::wrap;
    // 15 units a character for Chinese, 9 for anything else (0.6 em).
    let table: &[(&str, f64, &[&str])] = &[
        ("GPU market size", 200.0, &["GPU market size"]),
        ("GPU market size", 100.0, &["GPU market", "size"]),
        ("GPU market size", 50.0, &["GPU", "market", "size"]),
        ("unbreakable", 30.0, &["unbreakable"]),
        (
            "AI服务器市场结构:训练型与推理型",
            150.0,
            &["AI服务器市场结构:训", "练型与推理型"],
        ),
        // Before an opening bracket, not after it; not before a closing one or a comma.
        (
            "数据中心服务商机架数量(万个)",
            170.0,
            &["数据中心服务商机架数量", "(万个)"],
        ),
        // "、" never starts a line: "部" goes down with it.
        (
            "工信部、中商产业研究院",
            45.0,
            &["工信", "部、中", "商产业", "研究院"],
        ),
        ("", 100.0, &[""]),
        // A line break is kept (a chart's reports start on their own line).
        (
            "Data: IDC\nReport: GPUs",
            500.0,
            &["Data: IDC", "Report: GPUs"],
        ),
        // A title in 《》 is not broken at its marks.
        (
            "数据来源\n报告:《GPU》",
            90.0,
            &["数据来源", "报告:", "《GPU》"],
        ),
    ];
    for &(text, width, lines) in table {
        assert_eq!(wrap(text, 15.0, 0.6, width), lines, "{text} in {width}");
    }
}

/// Every `data-action` the markup carries names an action the widget applies, and every action
/// has its control: the filter bar, the upstream chart's switch, the details' close button, the
/// footer's share button.
#[test]
fn every_control_names_a_known_action() {
    use ai_server_chain::model::Action;
    use ai_server_chain::render::overview::modes;
    use ai_server_chain::render::panel::panel;
    let mut seen = Vec::new();
    for lang in ["", "lang=en"] {
        let v = view(&format!("{lang}&node=gpu"));
        let foot = footer(v.lang, v.part, false);
        for markup in [filters(&v), modes(&v), panel(&v), foot] {
            for part in markup.split("data-action=\"").skip(1) {
                let name = &part[..part.find('"').unwrap()];
                let action = Action::parse(name).unwrap_or_else(|| panic!("unknown action {name}"));
                if !seen.contains(&action) {
                    seen.push(action);
                }
            }
        }
    }
    assert_eq!(seen.len(), Action::ALL.len(), "{seen:?}");
}

/// The markup writer: literals as they are, text escaped, numbers and identifiers written, parts
/// that are `None` left out, markup already built kept as it is.
#[test]
fn the_markup_writer_escapes_text_by_type() {
    use ai_server_chain::html;
    use ai_server_chain::render::html::{Html, Ident, Text};
    let (year, k, on): (u16, usize, bool) = (2024, 3, true);
    let cases: &[(&str, Html)] = &[
        ("<p>", html!["<p>"]),
        (
            "&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;",
            html![Text("<b> & \"x\" 'y'")],
        ),
        ("中国AI服务器", html![Text("中国AI服务器")]),
        (
            "<option value=\"2024\">2024</option>",
            html!["<option value=\"", year, "\">", year, "</option>"],
        ),
        ("aria-pressed=\"true\"", html!["aria-pressed=\"", on, "\""]),
        ("embed-3", html!["embed-", k]),
        (
            "data-action=\"tier-upstream\"",
            html!["data-action=\"", Ident("tier-upstream"), "\""],
        ),
        ("<option>", html!["<option", None::<Html>, ">"]),
        (
            "<option selected>",
            html!["<option", Some(html![" selected"]), ">"],
        ),
        (
            "<li><b>&lt;</b></li>",
            html!["<li>", html!["<b>", Text("<"), "</b>"], "</li>"],
        ),
        ("", html![]),
    ];
    for (want, got) in cases {
        assert_eq!(got.as_str(), *want);
    }
    assert_eq!(
        Html::trusted("<svg><rect/></svg>".into()).as_str(),
        "<svg><rect/></svg>"
    );
}

#[test]
fn charts_buttons_are_placed_by_the_stylesheet() {
    use ai_server_chain::geom::Rect;
    use ai_server_chain::render::{chart, over_css, overview};
    // (plot, width, height, rule)
    let table = [
        (
            Rect::new(52.0, 28.0, 312.0, 196.0),
            320.0,
            220.0,
            "x{left:16.3%;right:2.5%;top:12.7%;bottom:10.9%}",
        ),
        (
            Rect::new(0.0, 0.0, 100.0, 50.0),
            100.0,
            50.0,
            "x{left:0%;right:0%;top:0%;bottom:0%}",
        ),
        (
            Rect::new(25.0, 10.0, 50.0, 40.0),
            100.0,
            50.0,
            "x{left:25%;right:50%;top:20%;bottom:20%}",
        ),
    ];
    for (plot, w, h, rule) in table {
        assert_eq!(over_css("x", &plot, w, h), rule);
    }
    assert_eq!(
        chart::hits_css(),
        // An annotated chart's plot lies 20 lower in a drawing 240 tall: 48/240 and 24/240.
        ".chart .hits{left:16.3%;right:2.5%;top:12.7%;bottom:10.9%}.chart.noted .hits{left:16.3%;right:2.5%;top:20%;bottom:10%}.hits::before,.hits::after{flex:0.125}"
    );
    // The data spans 2022–2026: rows for two to five years, each half a step beyond the plot
    // (the plot from 52 to 264 of 360), kept inside the chart.
    assert_eq!(
        overview::hits_css(),
        ".lines .hits{left:14.4%;right:26.7%;top:6.7%;bottom:10%}\
         .lines .hits.n2{left:0%;right:0%}\
         .lines .hits.n3{left:0%;right:11.9%}\
         .lines .hits.n4{left:4.6%;right:16.9%}\
         .lines .hits.n5{left:7.1%;right:19.3%}\
         .lines .hits::before,.lines .hits::after{content:none}"
    );
}

#[test]
fn the_citation_names_title_publisher_version_sources_and_address() {
    use ai_server_chain::render::shell::citation;
    assert_eq!(
        citation(Lang::Zh, "https://news.example/ai-chain/"),
        "中商情报网:《中国AI服务器产业链》(交互图表,数据版本2026-12-07)。数据来源:中商产业研究院、FROST&SULLIVAN、IDC、工信部。https://news.example/ai-chain/"
    );
    assert_eq!(
        citation(Lang::En, "https://news.example/ai-chain/"),
        "Askci, “China's AI-server industry chain” (interactive graphic, data version 2026-12-07). Source: Askci Research Institute; Frost & Sullivan; IDC; Ministry of Industry and Information Technology. https://news.example/ai-chain/"
    );
}

#[test]
fn the_map_as_an_image_file() {
    use ai_server_chain::render::export::map_file;
    let zh = map_file(Lang::Zh, false);
    // 2 × 24 + 3 × 260 + 2 × 90 wide: 2,016 pixels in the PNG at twice its size.
    assert!(zh.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1008\" height=\""));
    for n in ai_server_chain::data::DATASET.nodes {
        assert!(zh.contains(&format!(">{}</text>", n.zh)), "{}", n.zh);
    }
    assert_eq!(count(&zh, "<rect x="), 15);
    assert_eq!(count(&zh, "<path d="), 14);
    assert!(zh.contains(">2024 约1073亿元</text>"));
    assert!(zh.contains(
        ">数据来源:中商产业研究院、FROST&amp;SULLIVAN、IDC、工信部。整理:中商情报网。</text></svg>"
    ));
    assert!(zh.contains("fill=\"#ffffff\"") && !zh.contains("#121417"));
    let en = map_file(Lang::En, true);
    assert!(en.contains(">China&#39;s AI-server industry chain</text>"));
    assert!(en.contains(
        ">Upstream <tspan class=\"muted\" font-weight=\"400\">Components</tspan></text>"
    ));
    assert!(en.contains("fill=\"#121417\""));
    // The links on the map name the files of the reader's language, a set per theme.
    let links = ai_server_chain::render::map::exports(Lang::En);
    assert!(links.contains("<a class=\"chip t-light\" data-export=\"map-svg\" href=\"ai-server-chain-map-en-light.svg\" download>Download SVG</a>"), "{}", links.as_str());
    assert!(links.contains("<a class=\"chip t-dark\" data-export=\"map-card\" href=\"ai-server-chain-map-card-en-dark.png\" download>Social card</a>"));
}

#[test]
fn a_correction_says_when_and_what_the_figure_was() {
    use ai_server_chain::data::schema::{Correction, Decimal};
    use ai_server_chain::render::correction_note;
    let gpu = ai_server_chain::data::facts_of("gpu").nth(1).unwrap();
    let c = Correction {
        date: "2026-12-08",
        node: "gpu",
        metric: "market_size",
        category: "",
        year: Some(2024),
        period: "",
        old: Decimal::new(1070, 0),
        zh: "首次发布时数字有误。",
        en: "The figure was wrong when first published.",
    };
    assert!(c.of(gpu));
    assert_eq!(
        correction_note(&c, gpu, Lang::Zh),
        "更正(2026-12-08):原为约1070亿元。首次发布时数字有误。"
    );
    assert_eq!(
        correction_note(&c, gpu, Lang::En),
        "Correction (2026-12-08): was about CNY\u{a0}107\u{a0}bn. The figure was wrong when first published."
    );
    // The article has none: nothing is marked.
    assert!(ai_server_chain::data::DATASET.corrections.is_empty());
    assert!(ai_server_chain::data::DATASET
        .facts
        .iter()
        .all(|f| ai_server_chain::data::correction(f).is_none()));
}
