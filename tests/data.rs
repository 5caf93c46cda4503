#![cfg(not(target_arch = "wasm32"))]
//! The dataset: the file validates, the compiled data equals the file, a bad file is refused with a
//! message naming the entry, and the derived figures are right.

#[path = "../src/data/load.rs"]
mod load;
use ai_server_chain::data::schema;

use ai_server_chain::data::csv::{csv, HEADER};
use ai_server_chain::data::schema::{Decimal, Kind, Qualifier, Tier};
use ai_server_chain::data::{
    cagr, headline, node_index, primary_series, series_of, year_span, DATASET,
};

const FILE: &str = include_str!("../data/ai-server-chain.toml");

fn load_err(text: &str) -> String {
    load::load("data/test.toml", text).expect_err("the file should be refused")
}

#[test]
fn compiled_dataset_equals_the_file() {
    let parsed = load::load("data/ai-server-chain.toml", FILE).expect("the data file validates");
    assert_eq!(parsed, DATASET);
}

#[test]
fn node_ids_are_the_public_ones_in_order() {
    let ids: Vec<(&str, Tier)> = DATASET.nodes.iter().map(|n| (n.id, n.tier)).collect();
    use Tier::*;
    assert_eq!(
        ids,
        [
            ("cpu", Upstream),
            ("gpu", Upstream),
            ("memory", Upstream),
            ("ssd", Upstream),
            ("pcb", Upstream),
            ("passive", Upstream),
            ("optical", Upstream),
            ("ai-server", Midstream),
            ("internet", Downstream),
            ("cloud", Downstream),
            ("datacenter", Downstream),
            ("government", Downstream),
            ("finance", Downstream),
            ("healthcare", Downstream),
            ("telecom", Downstream),
        ]
    );
}

/// One figure as the source states it: node, metric, category, year, value as written, unit, kind, qualifier.
type Figure<'a> = (
    &'a str,
    &'a str,
    &'a str,
    Option<u16>,
    &'a str,
    &'a str,
    Kind,
    Qualifier,
);

/// Every figure of the source.
#[test]
fn every_figure_of_the_source() {
    use Kind::*;
    use Qualifier::*;
    #[rustfmt::skip]
    let expected: &[Figure] = &[
        ("ai-server", "compute_doubling_years", "", None, "2", "年", Actual, Exact),
        ("cpu", "market_size", "", Some(2023), "2160.32", "亿元", Actual, Approx),
        ("cpu", "market_size", "", Some(2024), "2300", "亿元", Actual, Approx),
        ("cpu", "market_size", "", Some(2025), "2484", "亿元", Forecast, Exact),
        ("cpu", "market_size", "", Some(2026), "2600", "亿元", Forecast, Over),
        ("cpu", "yoy_growth", "", Some(2023), "7.8", "%", Actual, Exact),
        ("gpu", "market_size", "", Some(2023), "807", "亿元", Actual, Exact),
        ("gpu", "market_size", "", Some(2024), "1073", "亿元", Actual, Approx),
        ("gpu", "market_size", "", Some(2025), "1200", "亿元", Forecast, Exact),
        ("gpu", "market_size", "", Some(2026), "1300", "亿元", Forecast, Near),
        ("gpu", "yoy_growth", "", Some(2023), "32.78", "%", Actual, Exact),
        ("memory", "market_size", "", Some(2023), "3943", "亿元", Actual, Approx),
        ("memory", "market_size", "", Some(2024), "4267", "亿元", Actual, Approx),
        ("memory", "market_size", "", Some(2025), "4580", "亿元", Forecast, Exact),
        ("memory", "market_size", "", Some(2026), "4888", "亿元", Forecast, Exact),
        ("optical", "market_size", "", Some(2022), "489", "亿元", Actual, Exact),
        ("optical", "market_size", "", Some(2023), "540", "亿元", Actual, Approx),
        ("optical", "market_size", "", Some(2024), "606", "亿元", Actual, Approx),
        ("optical", "market_size", "", Some(2025), "670", "亿元", Forecast, Exact),
        ("optical", "market_size", "", Some(2026), "700", "亿元", Forecast, Over),
        ("optical", "yoy_growth", "", Some(2022), "17.83", "%", Actual, Exact),
        ("optical", "demand_1_6t", "low", Some(2025), "300", "万只", Forecast, Exact),
        ("optical", "demand_1_6t", "high", Some(2025), "500", "万只", Forecast, Exact),
        ("optical", "global_top10_seats", "", None, "7", "席", Actual, Exact),
        ("optical", "chip_self_sufficiency_target", "", None, "70", "%", Target, Over),
        ("ai-server", "market_size", "", Some(2022), "420", "亿元", Actual, Over),
        ("ai-server", "market_size", "", Some(2023), "490", "亿元", Actual, Approx),
        ("ai-server", "market_size", "", Some(2024), "560", "亿元", Actual, Approx),
        ("ai-server", "market_size", "", Some(2025), "630", "亿元", Forecast, Exact),
        ("ai-server", "market_size", "", Some(2026), "700", "亿元", Forecast, Exact),
        ("ai-server", "yoy_growth", "", Some(2022), "20", "%", Actual, Approx),
        ("ai-server", "shipments", "", Some(2022), "28.4", "万台", Actual, Approx),
        ("ai-server", "shipments", "", Some(2023), "35.4", "万台", Actual, Approx),
        ("ai-server", "shipments", "", Some(2024), "40", "万台", Actual, Over),
        ("ai-server", "shipments", "", Some(2025), "48.8", "万台", Forecast, Exact),
        ("ai-server", "shipments_yoy_growth", "", Some(2022), "25.66", "%", Actual, Approx),
        ("ai-server", "market_share", "training", None, "57.33", "%", Actual, Exact),
        ("ai-server", "market_share", "inference", None, "42.67", "%", Actual, Exact),
        ("ai-server", "listed_companies", "guangdong", None, "8", "家", Actual, Exact),
        ("ai-server", "listed_companies", "beijing", None, "3", "家", Actual, Exact),
        ("internet", "revenue", "", Some(2025), "14420", "亿元", Actual, Exact),
        ("internet", "yoy_growth", "", Some(2025), "2.8", "%", Actual, Exact),
        ("internet", "yoy_growth_change", "", Some(2025), "0.6", "百分点", Actual, Exact),
        ("datacenter", "racks", "", Some(2024), "83", "万个", Actual, Exact),
        ("datacenter", "racks", "", Some(2025), "94.8", "万个", Forecast, Exact),
        ("datacenter", "racks", "", Some(2026), "100", "万个", Forecast, Near),
        ("telecom", "revenue", "", Some(2025), "14670", "亿元", Actual, Exact),
        ("telecom", "yoy_growth", "", Some(2025), "0.9", "%", Actual, Exact),
        ("telecom", "volume_yoy_growth", "", Some(2025), "9", "%", Actual, Exact),
    ];
    let actual: Vec<_> = DATASET
        .facts
        .iter()
        .map(|f| {
            (
                f.node,
                f.metric,
                f.category,
                f.year,
                f.value,
                f.unit.as_str(),
                f.kind,
                f.qualifier,
            )
        })
        .collect();
    let expected: Vec<_> = expected
        .iter()
        .map(|&(n, m, c, y, v, u, k, q)| (n, m, c, y, v.parse::<Decimal>().unwrap(), u, k, q))
        .collect();
    assert_eq!(actual, expected);
    let periods: Vec<(&str, &str)> = DATASET
        .facts
        .iter()
        .filter(|f| !f.period.is_empty())
        .map(|f| (f.node, f.period))
        .collect();
    assert_eq!(
        periods,
        [
            ("internet", "2025-01..2025-09"),
            ("internet", "2025-01..2025-09"),
            ("internet", "2025-01..2025-09"),
            ("telecom", "2025-01..2025-10"),
            ("telecom", "2025-01..2025-10"),
            ("telecom", "2025-01..2025-10"),
        ]
    );
}

#[test]
fn companies_as_the_article_groups_them() {
    let of = |node: &str| -> Vec<(&str, &str)> {
        DATASET
            .companies
            .iter()
            .filter(|c| c.node == node)
            .map(|c| (c.group, c.zh))
            .collect()
    };
    assert_eq!(
        of("optical"),
        [
            ("leaders", "中际旭创"),
            ("leaders", "光迅科技"),
            ("second-tier", "新易盛"),
            ("second-tier", "天孚通信")
        ]
    );
    assert_eq!(of("gpu").len(), 8);
    assert_eq!(of("memory").len(), 4);
    assert!(of("cpu").is_empty(), "the article names no CPU companies");
}

#[test]
fn derived_figures() {
    assert_eq!(year_span(), (2022, 2026));
    let gpu = primary_series("gpu").unwrap();
    assert_eq!(gpu.id(), "gpu/market_size");
    assert_eq!(gpu.points.len(), 4);
    assert_eq!(
        headline("gpu").map(|f| (f.year, f.value)),
        Some((Some(2024), Decimal::new(1073, 0)))
    );
    assert_eq!(
        headline("datacenter").map(|f| f.value),
        Some(Decimal::new(83, 0))
    );
    assert_eq!(
        headline("internet").map(|f| f.value),
        Some(Decimal::new(14420, 0))
    );
    assert_eq!(headline("cloud"), None);
    assert_eq!(
        series_of("ai-server")
            .iter()
            .map(|s| s.metric)
            .collect::<Vec<_>>(),
        ["market_size", "shipments"]
    );
    assert_eq!(node_index("ai-server"), Some(7));
    assert_eq!(node_index("nope"), None);
    // GPU 2023 807 → 2026 1300: (1300/807)^(1/3) - 1 = 17.226 %
    let rate = cagr(gpu.points[0], gpu.points[3]).unwrap();
    assert!((rate - 17.2258).abs() < 1e-3, "{rate}");
    assert_eq!(cagr(gpu.points[1], gpu.points[1]), None);
    // Literal cases of (last/first)^(1/years) - 1, to the last digits shown.
    let fact = |year, value: &str| schema::Fact {
        year: Some(year),
        value: value.parse().unwrap(),
        ..gpu.points[0].clone()
    };
    let table: &[(u16, &str, u16, &str, f64)] = &[
        (2023, "100", 2024, "200", 100.0),
        (2020, "1", 2023, "8", 100.0),
        (2023, "200", 2025, "50", -50.0),
        (2023, "100", 2024, "100", 0.0),
        (2023, "100", 2025, "0", -100.0),
        (2023, "3", 2026, "3.993", 10.0),
    ];
    for &(y0, v0, y1, v1, want) in table {
        let got = cagr(&fact(y0, v0), &fact(y1, v1)).unwrap();
        assert!((got - want).abs() < 1e-9, "{v0} → {v1}: {got}");
    }
    assert_eq!(cagr(&fact(2023, "0"), &fact(2024, "5")), None);
}

#[test]
fn csv_has_one_row_per_value() {
    let text = csv(DATASET.facts.iter());
    assert!(text.starts_with('\u{feff}'));
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines[0], HEADER);
    assert_eq!(lines.len(), DATASET.facts.len() + 1);
    assert_eq!(
        HEADER,
        "tier,node,metric,category,year,period,value,unit,kind,qualifier,source,report"
    );
    // The report is the title the article names, for the figures it says the report shows.
    for want in [
        "upstream,cpu,market_size,,2023,,2160.32,亿元,actual,approx,中商产业研究院,2025-2030年中国CPU市场前景预测深度研究报告",
        "upstream,cpu,market_size,,2025,,2484,亿元,forecast,exact,中商产业研究院,",
        "upstream,optical,market_size,,2022,,489,亿元,actual,exact,FROST&SULLIVAN、中商产业研究院,2025-2030年中国光模块行业市场前景预测及未来发展趋势研究报告",
        "downstream,internet,revenue,,2025,2025-01..2025-09,14420,亿元,actual,exact,工信部、中商产业研究院,",
        "upstream,optical,demand_1_6t,low,2025,,300,万只,forecast,exact,中商产业研究院,",
        "midstream,ai-server,market_share,training,,,57.33,%,actual,exact,IDC、中商产业研究院,",
        "midstream,ai-server,shipments,,2024,,40,万台,actual,over,中商产业研究院,2025-2030年中国服务器行业需求预测及发展趋势前瞻报告",
    ] {
        assert!(lines.contains(&want), "{want}");
    }
    let reported = DATASET.facts.iter().filter(|f| !f.report.is_empty());
    assert_eq!(reported.count(), 20);
}

#[test]
fn decimal_parsing() {
    let table: &[(&str, Option<(i64, u8)>)] = &[
        ("2160.32", Some((216032, 2))),
        ("2.50", Some((25, 1))),
        ("100", Some((100, 0))),
        ("-0.5", Some((-5, 1))),
        ("1e3", None),
        ("", None),
        (".5", None),
        ("1.2.3", None),
    ];
    for &(text, want) in table {
        assert_eq!(
            text.parse::<Decimal>().ok(),
            want.map(|(u, s)| Decimal::new(u, s)),
            "{text}"
        );
    }
}

/// A minimal valid file, to be broken one way at a time.
const MINI: &str = r#"
title_zh = "t"
title_en = "t"
dek_zh = "d"
dek_en = "d"
publisher_zh = "p"
publisher_en = "p"
updated = "2026-12-07"
[[source]]
id = "askci"
zh = "中商产业研究院"
en = "Askci"
[[report]]
id = "gpu-2025"
zh = "2025-2030年中国GPU行业市场现状调研及发展趋势预测研究报告"
en = "China GPU Industry, 2025–2030"
[[source_line]]
node = "gpu"
metric = "market_size"
zh = "数据来源:中商产业研究院整理"
en = "Data: compiled by Askci"
[[node]]
id = "gpu"
tier = "upstream"
zh = "GPU"
en = "GPUs"
[[node]]
id = "ai-server"
tier = "midstream"
zh = "AI服务器"
en = "AI servers"
[[link]]
from = "gpu"
to = "ai-server"
[[metric]]
id = "market_size"
zh = "市场规模"
en = "Market size"
[[metric]]
id = "market_share"
zh = "占比"
en = "Share"
[[category]]
id = "training"
zh = "训练"
en = "Training"
[[category]]
id = "inference"
zh = "推理"
en = "Inference"
[[group]]
id = "key"
zh = "重点"
en = "Key"
[[company]]
node = "gpu"
group = "key"
zh = "景嘉微"
en = "Jingjia Micro"
[[fact]]
node = "gpu"
metric = "market_size"
year = 2023
value = 807
unit = "亿元"
kind = "actual"
qualifier = "exact"
sources = ["askci"]
report = "gpu-2025"
quote = "2023年中国GPU市场规模为807亿元"
[[fact]]
node = "gpu"
metric = "market_size"
year = 2024
value = 1073
unit = "亿元"
kind = "actual"
qualifier = "approx"
sources = ["askci"]
quote = "2024年约为1073亿元"
[[fact]]
node = "ai-server"
metric = "market_share"
category = "training"
value = 57.33
unit = "%"
kind = "actual"
qualifier = "exact"
sources = ["askci"]
quote = "57.33%为训练型服务器"
[[fact]]
node = "ai-server"
metric = "market_share"
category = "inference"
value = 42.67
unit = "%"
kind = "actual"
qualifier = "exact"
sources = ["askci"]
quote = "推理型服务器占比达42.67%"
[[annotation]]
series = "gpu/market_size"
from = 2023
to = 2024
zh = "快速增长"
en = "Growing fast"
quote = "国内GPU市场正处于快速增长阶段"
"#;

#[test]
fn the_minimal_file_is_valid() {
    let d = load::load("data/test.toml", MINI).unwrap();
    assert_eq!(d.facts.len(), 4);
    let _: &schema::Dataset = &d;
}

/// Each broken file is refused with a message naming the file, the entry and the problem.
#[test]
fn malformed_files_are_refused_naming_the_entry() {
    // A missing field: the second fact loses its unit.
    let text = MINI.replacen("value = 1073\nunit = \"亿元\"", "value = 1073", 1);
    let e = load_err(&text);
    for want in [
        "data/test.toml",
        "[[fact]] #2",
        "year = 2024",
        "missing field `unit`",
    ] {
        assert!(e.contains(want), "{want:?} not in {e}");
    }

    // An unknown node id in a fact.
    let text = MINI.replacen(
        "node = \"gpu\"\nmetric = \"market_size\"\nyear = 2024",
        "node = \"tpu\"\nmetric = \"market_size\"\nyear = 2024",
        1,
    );
    let e = load_err(&text);
    for want in ["[[fact]] #2", "node = \"tpu\"", "unknown node id \"tpu\""] {
        assert!(e.contains(want), "{want:?} not in {e}");
    }

    // A year out of order.
    let text = MINI.replacen("year = 2024", "year = 2022", 1);
    let e = load_err(&text);
    for want in ["[[fact]] #2", "year 2022 is out of order", "follows 2023"] {
        assert!(e.contains(want), "{want:?} not in {e}");
    }

    // Shares not summing to 100.
    let text = MINI.replacen("value = 42.67", "value = 42.76", 1);
    let e = load_err(&text);
    for want in [
        "node = \"ai-server\"",
        "metric = \"market_share\"",
        "100.09",
        "not 100",
    ] {
        assert!(e.contains(want), "{want:?} not in {e}");
    }

    // An unknown qualifier.
    let text = MINI.replacen("qualifier = \"approx\"", "qualifier = \"roughly\"", 1);
    let e = load_err(&text);
    for want in [
        "[[fact]] #2",
        "unknown qualifier \"roughly\"",
        "exact, approx, over, near",
    ] {
        assert!(e.contains(want), "{want:?} not in {e}");
    }

    // An unknown unit, a link against the flow, an undeclared metric, a bad period.
    let e = load_err(&MINI.replacen("unit = \"亿元\"", "unit = \"元\"", 1));
    assert!(
        e.contains("[[fact]] #1") && e.contains("unknown unit \"元\""),
        "{e}"
    );
    let e = load_err(&MINI.replacen(
        "from = \"gpu\"\nto = \"ai-server\"",
        "from = \"ai-server\"\nto = \"gpu\"",
        1,
    ));
    assert!(
        e.contains("[[link]] #1 (ai-server -> gpu)") && e.contains("earlier tier"),
        "{e}"
    );
    let e = load_err(&MINI.replacen(
        "metric = \"market_size\"\nyear = 2023",
        "metric = \"revenue\"\nyear = 2023",
        1,
    ));
    assert!(e.contains("unknown metric \"revenue\""), "{e}");
    let e = load_err(&MINI.replacen(
        "year = 2023",
        "year = 2023\nperiod = \"2023-01..2023-13\"",
        1,
    ));
    assert!(e.contains("not of the form YYYY-MM..YYYY-MM"), "{e}");

    // An unknown report, a report title in 《》, a source line for a chart that has no figures,
    // a version that is not a date.
    let e = load_err(&MINI.replacen("report = \"gpu-2025\"", "report = \"gpu-2026\"", 1));
    for want in [
        "[[fact]] #1",
        "year = 2023",
        "unknown report \"gpu-2026\" (declare it in [[report]])",
    ] {
        assert!(e.contains(want), "{want:?} not in {e}");
    }
    let e = load_err(&MINI.replacen("zh = \"2025-2030年", "zh = \"《2025-2030年", 1));
    assert!(
        e.contains("[[report]] id \"gpu-2025\": write the title without 《》"),
        "{e}"
    );
    let e = load_err(&MINI.replacen(
        "node = \"gpu\"\nmetric = \"market_size\"\nzh",
        "node = \"ai-server\"\nmetric = \"market_size\"\nzh",
        1,
    ));
    assert!(
        e.contains("[[source_line]] #1 (node = \"ai-server\", metric = \"market_size\"): no [[fact]] has this node and metric"),
        "{e}"
    );
    let e = load_err(&MINI.replacen("updated = \"2026-12-07\"", "updated = \"7.12.2026\"", 1));
    assert!(
        e.contains("`updated` \"7.12.2026\" is not a date of the form YYYY-MM-DD"),
        "{e}"
    );
    let e = load_err(&MINI.replacen("updated = \"2026-12-07\"\n", "", 1));
    assert!(e.contains("`updated` is missing"), "{e}");

    // Annotations: text that is not the quote's, a series or a year the data does not have.
    let e = load_err(&MINI.replacen("zh = \"快速增长\"", "zh = \"高速增长\"", 1));
    assert!(
        e.contains("[[annotation]] #1 (series = \"gpu/market_size\"): the zh text \"高速增长\" is not in its quote"),
        "{e}"
    );
    let e = load_err(&MINI.replacen(
        "series = \"gpu/market_size\"",
        "series = \"gpu/shipments\"",
        1,
    ));
    assert!(e.contains("no [[fact]] is of this series"), "{e}");
    let e = load_err(&MINI.replacen("to = 2024\nzh", "to = 2026\nzh", 1));
    assert!(e.contains("the series has no value in 2026"), "{e}");
    let e = load_err(&MINI.replacen("from = 2023\nto = 2024", "from = 2024\nto = 2023", 1));
    assert!(e.contains("`to` 2023 must come after `from` 2024"), "{e}");

    // Corrections: of a figure the file has, to a value other than the fact's, on a date.
    let fix = |year: &str, old: &str, date: &str| {
        format!("{MINI}[[correction]]\ndate = \"{date}\"\nnode = \"gpu\"\nmetric = \"market_size\"\n{year}old = {old}\nzh = \"有误\"\nen = \"Wrong\"\n")
    };
    let d = load::load(
        "data/test.toml",
        &fix("year = 2024\n", "1070", "2026-12-08"),
    )
    .unwrap();
    assert_eq!(d.corrections.len(), 1);
    assert!(d.corrections[0].of(&d.facts[1]) && !d.corrections[0].of(&d.facts[0]));
    let e = load_err(&fix("year = 2022\n", "1070", "2026-12-08"));
    assert!(
        e.contains("[[correction]] #1 (node = \"gpu\", metric = \"market_size\", year = 2022): no [[fact]] has this figure"),
        "{e}"
    );
    let e = load_err(&fix("year = 2024\n", "1073.0", "2026-12-08"));
    assert!(e.contains("`old` equals the fact's value"), "{e}");
    let e = load_err(&fix("year = 2024\n", "1070", "2026-12"));
    assert!(
        e.contains("`date` \"2026-12\" is not of the form YYYY-MM-DD"),
        "{e}"
    );
    let e = load_err("title_zh = ");
    assert!(e.starts_with("data/test.toml: not valid TOML"), "{e}");
}
