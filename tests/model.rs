#![cfg(not(target_arch = "wasm32"))]
//! The view and its URL: parsing, defaults, warnings, round trips, and hostile input.

use ai_server_chain::data::{node_index, DATASET};
use ai_server_chain::i18n::Lang;
use ai_server_chain::model::{decode, embed_params, pairs, Theme, View};

#[test]
fn defaults() {
    let (v, w) = View::from_query("");
    assert_eq!(v, View::default());
    assert!(w.is_empty());
    assert_eq!(
        (v.lang, v.theme, v.tiers, v.node, v.from, v.to, v.forecast, v.controls),
        (
            Lang::Zh,
            Theme::Auto,
            [true; 3],
            None,
            2022,
            2026,
            true,
            true
        )
    );
    assert_eq!(v.to_query(), "");
}

#[test]
fn every_parameter() {
    let (v, w) = View::from_query("?lang=en&theme=dark&tier=upstream,downstream&node=gpu&from=2023&to=2024&forecast=0&controls=0&scale=index");
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(v.lang, Lang::En);
    assert_eq!(v.theme, Theme::Dark);
    assert_eq!(v.tiers, [true, false, true]);
    assert_eq!(v.node, node_index("gpu"));
    assert_eq!(
        (v.from, v.to, v.forecast, v.controls),
        (2023, 2024, false, false)
    );
    assert!(v.index);
    assert_eq!(v.to_query(), "lang=en&theme=dark&tier=upstream,downstream&node=gpu&from=2023&to=2024&forecast=0&controls=0&scale=index");
}

#[test]
fn bad_parameters_are_ignored_one_by_one() {
    let table: &[(&str, &str)] = &[
        ("lang=fr", "lang: unknown language \"fr\""),
        ("theme=neon", "theme: unknown theme \"neon\""),
        ("tier=upstream,sideways", "tier: unknown tier \"sideways\""),
        ("node=tpu", "node: unknown node id \"tpu\""),
        (
            "from=1999",
            "from: \"1999\" is not a year from 2022 to 2026",
        ),
        ("to=soon", "to: \"soon\" is not a year"),
        ("forecast=yes", "forecast: \"yes\" is not 1 or 0"),
        ("controls=", "controls: \"\" is not 1 or 0"),
        ("utm_source=x", "unknown parameter \"utm_source\""),
        ("scale=log", "scale: \"log\" is not size or index"),
        ("from=2026&to=2022", "from=2026 is after to=2022"),
    ];
    for &(q, want) in table {
        let (v, w) = View::from_query(&format!("{q}&lang=en"));
        assert_eq!(w.len(), 1, "{q}: {w:?}");
        assert!(w[0].contains(want), "{q}: {w:?}");
        assert_eq!(v.lang, Lang::En, "{q}: the valid parameter still applies");
        if q.starts_with("from=2026") {
            assert_eq!((v.from, v.to), (2022, 2026));
        }
    }
    // Parameters that embedding libraries add are expected.
    let (_, w) = View::from_query(
        "childId=ai-chain&initialWidth=600&parentTitle=News&parentUrl=https%3A%2F%2Fx&id=dw",
    );
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(embed_params("?childId=a&lang=en&id=dw"), "childId=a&id=dw");
}

#[test]
fn decoding() {
    assert_eq!(decode("upstream%2Cdownstream"), "upstream,downstream");
    assert_eq!(decode("a+b"), "a b");
    assert_eq!(decode("%E4%B8%AD"), "中");
    assert_eq!(decode("%"), "%");
    assert_eq!(decode("%4"), "%4");
    assert_eq!(decode("%zz"), "%zz");
    assert_eq!(decode("%FF"), "%FF");
    assert_eq!(decode("a+%E4%B8"), "a+%E4%B8");
    assert_eq!(
        pairs("?a=1&&b&c=x=y"),
        [
            ("a".into(), "1".into()),
            ("b".into(), "".into()),
            ("c".into(), "x=y".into())
        ]
    );
}

/// Every valid view survives serialise → parse.
#[test]
fn round_trip() {
    let mut count = 0;
    for lang in [Lang::Zh, Lang::En] {
        for theme in Theme::ALL {
            for tiers in 1..8u8 {
                for node in (0..DATASET.nodes.len()).map(Some).chain([None]) {
                    for (from, to) in [(2022, 2026), (2023, 2024), (2025, 2025)] {
                        for forecast in [true, false] {
                            let v = View {
                                lang,
                                theme,
                                tiers: [tiers & 1 != 0, tiers & 2 != 0, tiers & 4 != 0],
                                node,
                                from,
                                to,
                                forecast,
                                controls: tiers % 2 == 0,
                                index: forecast && tiers > 3,
                                ..View::default()
                            };
                            let (back, w) = View::from_query(&v.to_query());
                            assert!(w.is_empty(), "{:?}: {w:?}", v.to_query());
                            assert_eq!(back, v, "{}", v.to_query());
                            count += 1;
                        }
                    }
                }
            }
        }
    }
    assert_eq!(count, 2 * 3 * 7 * 16 * 3 * 2);
}

/// Arbitrary strings never panic, and whatever they yield is a valid view.
#[test]
fn hostile_queries_never_panic() {
    let pieces = [
        "lang",
        "en",
        "zh",
        "=",
        "&",
        "%",
        "%2",
        "%E4",
        "%00",
        "+",
        "?",
        "node",
        "gpu",
        "<script>",
        "tier",
        ",",
        "from",
        "2023",
        "99999999999999999999",
        "-1",
        "forecast",
        "1",
        "0",
        "controls",
        "theme",
        "dark",
        "中文",
        "\u{0}",
        "🚀",
        "..",
        "#",
    ];
    // A deterministic pseudo-random walk over the pieces (xorshift), 20,000 strings.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..20_000 {
        let mut q = String::new();
        for _ in 0..(state % 12) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            q.push_str(pieces[(state % pieces.len() as u64) as usize]);
        }
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let (v, _) = View::from_query(&q);
        assert!(v.from <= v.to, "{q}");
        assert!(v.node.is_none_or(|i| i < DATASET.nodes.len()), "{q}");
        let (again, w) = View::from_query(&v.to_query());
        assert_eq!(again, v, "{q}");
        assert!(w.is_empty());
    }
}

#[test]
fn filters_choose_facts() {
    let (v, _) = View::from_query("tier=upstream&from=2023&to=2024&forecast=0");
    let shown: Vec<(&str, Option<u16>)> = DATASET
        .facts
        .iter()
        .filter(|f| v.shows(f))
        .map(|f| (f.node, f.year))
        .collect();
    assert!(shown
        .iter()
        .all(|(n, y)| ["cpu", "gpu", "memory", "optical"].contains(n)
            && y.is_none_or(|y| (2023..=2024).contains(&y))));
    assert!(shown.contains(&("gpu", Some(2024))));
    assert!(!shown.contains(&("gpu", Some(2025))), "forecasts are off");
    assert!(
        shown.contains(&("optical", None)),
        "undated facts follow the tier filter"
    );
    // CPU 2023, 2024, growth 2023; GPU the same; memory and optical 2023, 2024; optical's top-10 seats.
    assert_eq!(shown.len(), 11);
}

mod messages {
    use ai_server_chain::model::{amp_height, datawrapper_height, pym_height, View};

    #[test]
    fn messages_to_the_article() {
        assert_eq!(
            amp_height(812),
            r#"{"sentinel":"amp","type":"embed-size","height":812}"#
        );
        assert_eq!(
            pym_height("ai-chain", 812),
            "pymxPYMxai-chainxPYMxheightxPYMx812"
        );
        assert_eq!(
            datawrapper_height("dw-1", 812),
            r#"{"datawrapper-height":{"dw-1":812}}"#
        );
        assert_eq!(
            datawrapper_height("a\"b\\c\n", 1),
            r#"{"datawrapper-height":{"a\"b\\c":1}}"#
        );
        let (v, _) = View::from_query("node=gpu&tier=upstream,midstream&lang=en");
        assert_eq!(
            serde_json::to_string(&v.announcement()).unwrap(),
            r#"{"type":"ai-chain:state","state":{"lang":"en","theme":"auto","tier":["upstream","midstream"],"node":"gpu","from":2022,"to":2026,"forecast":true,"controls":true,"scale":"size"}}"#
        );
    }
}

#[test]
fn the_views_a_first_click_asks_for_are_rendered_unseen() {
    // The other language with a node open (the first node with figures, GPU, when none is), and
    // the upstream tier switched; nothing else changes.
    let v = View::default();
    let [other, tier] = v.next_views();
    assert_eq!(
        (other.lang, other.node, other.tiers),
        (Lang::En, Some(1), [true; 3])
    );
    assert_eq!(
        (tier.lang, tier.node, tier.tiers),
        (Lang::Zh, None, [false, true, true])
    );
    let (v, _) = View::from_query("lang=en&node=telecom&tier=upstream");
    let [other, tier] = v.next_views();
    // After the last node, the first.
    assert_eq!((other.lang, other.node), (Lang::Zh, Some(0)));
    assert_eq!(tier.tiers, [false, false, false]);
    assert_eq!(
        (other.from, other.to, other.forecast),
        (v.from, v.to, v.forecast)
    );
}

/// Two views have the same `url_key` exactly when they have the same address: the embed codes,
/// which carry the address, follow every change of it (theme and scale were once missed).
#[test]
fn the_url_key_follows_every_field_of_the_address() {
    let mut views = Vec::new();
    for lang in ["zh", "en"] {
        for theme in ["light", "dark", "auto"] {
            for tier in ["", "upstream", "midstream,downstream"] {
                for node in ["", "gpu", "telecom"] {
                    for rest in [
                        "",
                        "from=2023",
                        "to=2025",
                        "forecast=0",
                        "controls=0",
                        "scale=index",
                    ] {
                        let q = format!("lang={lang}&theme={theme}&tier={tier}&node={node}&{rest}");
                        views.push(View::from_query(&q).0);
                    }
                }
            }
        }
    }
    assert_eq!(views.len(), 324);
    let seen: Vec<(u64, String)> = views.iter().map(|v| (v.url_key(), v.to_query())).collect();
    for (ka, qa) in &seen {
        for (kb, qb) in &seen {
            assert_eq!(ka == kb, qa == qb, "{qa} / {qb}");
        }
    }
}

/// Each control's action on a view, as the address before and after: the filter bar's rules
/// (the last tier, reset, the year menus) live in `View::act`.
#[test]
fn actions_change_the_view_as_the_controls_say() {
    use ai_server_chain::data::schema::Tier;
    use ai_server_chain::model::{Action, Menu};
    let cases: &[(&str, Action, &str, &str)] = &[
        ("", Action::Tier(Tier::Upstream), "", "tier=midstream,downstream"),
        ("tier=upstream", Action::Tier(Tier::Midstream), "", "tier=upstream,midstream"),
        // Turning the last tier off shows every tier again.
        ("tier=upstream", Action::Tier(Tier::Upstream), "", ""),
        ("", Action::Forecast, "", "forecast=0"),
        ("forecast=0", Action::Forecast, "", ""),
        ("", Action::Lang, "", "lang=en"),
        ("lang=en&node=gpu", Action::Lang, "", "node=gpu"),
        // Reset keeps the language, the theme and the controls.
        (
            "lang=en&theme=dark&tier=upstream&node=gpu&from=2023&to=2024&forecast=0&controls=0&scale=index",
            Action::Reset,
            "",
            "lang=en&theme=dark&controls=0",
        ),
        ("", Action::Index(true), "", "scale=index"),
        ("scale=index", Action::Index(true), "", "scale=index"),
        ("scale=index", Action::Index(false), "", ""),
        ("node=gpu", Action::Close, "", ""),
        ("", Action::Close, "", ""),
        ("", Action::Menu(Menu::Node), "optical", "node=optical"),
        ("node=optical", Action::Menu(Menu::Node), "", ""),
        ("node=optical", Action::Menu(Menu::Node), "nonsense", "node=optical"),
        ("", Action::Menu(Menu::Theme), "dark", "theme=dark"),
        ("", Action::Menu(Menu::Theme), "pink", ""),
        ("", Action::Menu(Menu::From), "2024", "from=2024"),
        // Moving one end past the other takes the other end along.
        ("to=2023", Action::Menu(Menu::From), "2025", "from=2025&to=2025"),
        ("from=2024", Action::Menu(Menu::To), "2023", "from=2023&to=2023"),
        ("", Action::Menu(Menu::To), "1999", ""),
        ("", Action::Menu(Menu::From), "", ""),
    ];
    for &(before, action, value, after) in cases {
        let (mut v, w) = View::from_query(before);
        assert!(w.is_empty(), "{before}: {w:?}");
        v.act(action, value);
        assert_eq!(v.to_query(), after, "{before} + {action:?}({value:?})");
    }
}

/// What the markup carries in `data-action`, and that it reads back as the same action.
#[test]
fn actions_round_trip_through_their_markup_names() {
    use ai_server_chain::data::schema::Tier;
    use ai_server_chain::model::{Action, Menu};
    let names: Vec<&str> = Action::ALL.iter().map(|a| a.as_str()).collect();
    assert_eq!(
        names,
        [
            "tier-upstream",
            "tier-midstream",
            "tier-downstream",
            "forecast",
            "lang",
            "reset",
            "absolute",
            "index",
            "close",
            "node",
            "from",
            "to",
            "theme",
            "share",
            "cite"
        ]
    );
    for a in Action::ALL {
        assert_eq!(Action::parse(a.as_str()), Some(a));
    }
    assert_eq!(
        Action::parse("tier-upstream"),
        Some(Action::Tier(Tier::Upstream))
    );
    assert_eq!(Action::parse("from"), Some(Action::Menu(Menu::From)));
    for bad in [
        "",
        "tier",
        "tier-",
        "Tier-upstream",
        "Share",
        "lang ",
        "node=gpu",
        "<script>",
    ] {
        assert_eq!(Action::parse(bad), None, "{bad:?}");
    }
}

/// `part=`: the three parts, every chart by its download name, and what each part holds.
#[test]
fn parts_by_name() {
    use ai_server_chain::model::{Chart, Part};
    let table: &[(&str, Part, [bool; 3])] = &[
        ("all", Part::All, [true, true, true]),
        ("map", Part::Map, [true, false, false]),
        ("charts", Part::Charts, [false, true, false]),
        ("data", Part::Data, [false, false, true]),
        (
            "chart:upstream-market-size",
            Part::Chart(Chart::Upstream),
            [false; 3],
        ),
        (
            "chart:ai-server-training-inference",
            Part::Chart(Chart::Split),
            [false; 3],
        ),
        (
            "chart:ai-server-listed-companies-by-province",
            Part::Chart(Chart::Provinces),
            [false; 3],
        ),
        (
            "chart:ai-server-shipments",
            Part::Chart(Chart::Series(node_index("ai-server").unwrap(), "shipments")),
            [false; 3],
        ),
        (
            "chart:gpu-market-size",
            Part::Chart(Chart::Series(node_index("gpu").unwrap(), "market_size")),
            [false; 3],
        ),
    ];
    for &(name, part, holds) in table {
        assert_eq!(Part::parse(name), Ok(part), "{name}");
        assert_eq!(part.name(), name);
        assert_eq!([part.map(), part.charts(), part.data()], holds, "{name}");
    }
    // Every chart's name parses back to it, and the names are distinct.
    let all = Chart::all();
    let files: std::collections::BTreeSet<String> = all.iter().map(|c| c.file()).collect();
    assert_eq!(files.len(), all.len());
    for c in all {
        assert_eq!(
            Part::parse(&format!("chart:{}", c.file())),
            Ok(Part::Chart(c))
        );
    }
    for bad in [
        "",
        "Map",
        "chart:",
        "chart:gpu",
        "chart:pcb-market-size",
        "charts:gpu-market-size",
    ] {
        assert!(Part::parse(bad).is_err(), "{bad}");
    }
}

/// The render flags and the accent: each parsed alone, written back, warned about when bad.
#[test]
fn flags_and_accent() {
    use ai_server_chain::model::{Part, Rgb};
    let (v, w) = View::from_query(
        "part=map&plain=1&transparent=1&static=1&accent=c00000&lang=en&theme=light",
    );
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(v.part, Part::Map);
    assert!(v.plain && v.transparent && v.still);
    assert_eq!(v.accent, Some(Rgb([0xc0, 0, 0])));
    assert_eq!(
        v.to_query(),
        "lang=en&theme=light&part=map&plain=1&transparent=1&static=1&accent=c00000"
    );
    // A red that holds 3:1 on white but not on the dark background: kept where it fits.
    assert_eq!(v.accent_on(), [Some(Rgb([0xc0, 0, 0])), None]);
    let table: &[(&str, &str)] = &[
        ("part=sidebar", "part: unknown part \"sidebar\""),
        ("part=chart:nope", "part: no chart named \"nope\""),
        ("plain=yes", "plain: \"yes\" is not 1 or 0"),
        ("transparent=2", "transparent: \"2\" is not 1 or 0"),
        ("static=", "static: \"\" is not 1 or 0"),
        ("accent=red", "accent: \"red\" is not a colour RRGGBB"),
        ("accent=12345g", "accent: \"12345g\" is not a colour RRGGBB"),
        (
            "accent=ffcc00&theme=light",
            "accent: #ffcc00 has less than 3:1 contrast against the light background",
        ),
        (
            "accent=c00000&theme=dark",
            "accent: #c00000 has less than 3:1 contrast against the dark background",
        ),
    ];
    for &(q, want) in table {
        let (v, w) = View::from_query(&format!("{q}&lang=en"));
        assert_eq!(w.len(), 1, "{q}: {w:?}");
        assert!(w[0].contains(want), "{q}: {w:?}");
        assert_eq!(v.lang, Lang::En, "{q}");
    }
    // `#` (as %23) is allowed; upper case too.
    assert_eq!(
        View::from_query("accent=%230B5CAD").0.accent,
        Some(Rgb([0x0b, 0x5c, 0xad]))
    );
}

/// Contrast ratios (WCAG 2) against the page's backgrounds, to three decimals.
#[test]
fn accent_contrast() {
    use ai_server_chain::model::{Rgb, BACKGROUNDS};
    let table: &[([u8; 3], f64, f64)] = &[
        ([0x00, 0x00, 0x00], 21.0, 1.138),
        ([0xff, 0xff, 0xff], 1.0, 18.451),
        ([0x0b, 0x5c, 0xad], 6.670, 2.766),
        ([0x7c, 0xb8, 0xf2], 2.101, 8.782),
        ([0xc0, 0x00, 0x00], 6.479, 2.848),
        ([0xe3, 0x12, 0x0b], 4.819, 3.829),
        ([0x77, 0x77, 0x77], 4.478, 4.120),
        ([0xff, 0xcc, 0x00], 1.512, 12.203),
    ];
    for &(rgb, light, dark) in table {
        let c = Rgb(rgb);
        let got = BACKGROUNDS.map(|bg| (c.contrast(bg) * 1000.0).round() / 1000.0);
        assert_eq!(got, [light, dark], "#{}", c.hex());
        assert_eq!(c.fits(), [light >= 3.0, dark >= 3.0]);
    }
}

/// At least 200 hostile values for `part`, the flags and `accent`: none panics, each is ignored
/// with a warning, and the view is the default's.
#[test]
fn hostile_parts_flags_and_accents() {
    let values = [
        "",
        " ",
        "1 ",
        "01",
        "true",
        "on",
        "-1",
        "2",
        "%",
        "%00",
        "<script>",
        "\"",
        "'",
        "chart:",
        "chart:<img src=x>",
        "chart:../../etc",
        "chart:gpu-market-size ",
        "CHART:gpu-market-size",
        "map,data",
        "ALL",
        "数据",
        "🚀",
        "#",
        "#fff",
        "fff",
        "ffffffff",
        "gggggg",
        "0x00ff00",
        "rgb(1,2,3)",
        "javascript:alert(1)",
        "\u{0}",
        "a".repeat(500).leak(),
        "ff ff ff",
        "+",
        "00ff0",
        "%2300",
        "chart:chart:map",
        "map;",
        "none",
        "null",
    ];
    let mut count = 0;
    for key in ["part", "plain", "transparent", "static", "accent"] {
        for value in values {
            let q = format!("{key}={}", value.replace('%', "%25").replace('&', "%26"));
            let (v, w) = View::from_query(&q);
            assert_eq!(v, View::default(), "{q}");
            assert_eq!(w.len(), 1, "{q}: {w:?}");
            assert!(w[0].starts_with(key), "{q}: {w:?}");
            count += 1;
        }
    }
    assert!(count >= 200, "{count}");
}

mod article {
    use ai_server_chain::model::{
        article_url, encode_component, pairs, share_link, View, MESSAGE_KEYS,
    };

    fn view(q: &str) -> View {
        let (v, w) = View::from_query(q);
        assert!(w.is_empty(), "{w:?}");
        v
    }

    #[test]
    fn the_reader_query_leaves_the_embed_codes_choices_out() {
        // (view's query, the reader's part of it)
        let table = [
            ("", ""),
            ("node=gpu&lang=en", "lang=en&node=gpu"),
            ("part=map&plain=1&node=gpu", "node=gpu"),
            ("accent=808080&transparent=1&static=1&controls=0", ""),
            (
                "tier=upstream&from=2023&to=2025&forecast=0&scale=index&theme=dark",
                "theme=dark&tier=upstream&from=2023&to=2025&forecast=0&scale=index",
            ),
        ];
        for (q, reader) in table {
            assert_eq!(view(q).reader_query(), reader, "{q}");
        }
    }

    #[test]
    fn a_shared_link_leads_back_to_the_article_in_this_view() {
        let own = "https://graphics.example/chain/index.html";
        // (article, the view's query, the link)
        let table = [
            (
                None,
                "node=gpu",
                "https://graphics.example/chain/index.html?node=gpu",
            ),
            (None, "", own),
            (
                None,
                "part=map&node=gpu",
                "https://graphics.example/chain/index.html?node=gpu&part=map",
            ),
            (
                Some("https://news.example/a?utm=x#top"),
                "node=gpu&lang=en",
                "https://news.example/a?utm=x&aichain=lang%3Den%26node%3Dgpu#top",
            ),
            (
                Some("https://news.example/a?aichain=node%3Dcpu&p=2"),
                "node=gpu",
                "https://news.example/a?p=2&aichain=node%3Dgpu",
            ),
            (
                Some("https://news.example/a?aichain=node%3Dcpu"),
                "",
                "https://news.example/a",
            ),
            (
                Some("https://news.example/a"),
                "part=chart:gpu-market-size&tier=upstream,midstream",
                "https://news.example/a?aichain=tier%3Dupstream,midstream",
            ),
        ];
        for (article, q, link) in table {
            assert_eq!(share_link(article, own, &view(q)), link, "{article:?} {q}");
        }
    }

    #[test]
    fn a_step_applies_whole_or_not_at_all() {
        // (step, problems, the view's query after it, starting from node=cpu)
        let table: [(&str, &[&str], &str); 8] = [
            ("node=gpu&lang=en", &[], "lang=en&node=gpu"),
            ("node=", &[], ""),
            ("controls=0", &["controls: not settable here"], "node=cpu"),
            (
                "node=nothing&lang=en",
                &["node: unknown node id \"nothing\""],
                "node=cpu",
            ),
            ("lang=en&part=map", &["part: not settable here"], "node=cpu"),
            (
                "from=2026&to=2023",
                &["from=2026 is after to=2023: years unchanged"],
                "node=cpu",
            ),
            (
                "from=1900",
                &["from: \"1900\" is not a year from 2022 to 2026"],
                "node=cpu",
            ),
            ("bogus=1", &["bogus: not settable here"], "node=cpu"),
        ];
        for (step, problems, after) in table {
            let mut v = view("node=cpu");
            assert_eq!(v.apply_query(step), problems, "{step}");
            assert_eq!(v.to_query(), after, "{step}");
        }
    }

    #[test]
    fn a_message_state_applies_each_good_field() {
        // (the state's fields as pairs, problems, the view's query after it, from node=cpu)
        let table: [(&str, &[&str], &str); 4] = [
            (
                "node=gpu&lang=en&theme=neon",
                &["theme: unknown theme \"neon\" (expected light, dark or auto)"],
                "lang=en&node=gpu",
            ),
            (
                "tier=upstream&colour=red",
                &["colour: not settable here"],
                "tier=upstream&node=cpu",
            ),
            (
                "from=2026&to=2022&forecast=0",
                &["from=2026 is after to=2022: years unchanged"],
                "node=cpu&forecast=0",
            ),
            ("node=tpu", &["node: unknown node id \"tpu\""], "node=cpu"),
        ];
        for (state, problems, after) in table {
            let mut v = view("node=cpu");
            assert_eq!(
                v.apply_pairs(pairs(state), &MESSAGE_KEYS, false),
                problems,
                "{state}"
            );
            assert_eq!(v.to_query(), after, "{state}");
        }
    }

    #[test]
    fn a_shared_link_opens_in_its_view_and_only_an_http_article_counts() {
        // embed.js passes `aichain` into the frame; Pym.js passes the article's address.
        let (v, w) = View::from_query("part=map&aichain=node%3Dgpu%26lang%3Den");
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(v.to_query(), "lang=en&node=gpu&part=map");
        let pym = "childId=x&parentUrl=https%3A%2F%2Fnews.example%2Fa%3Faichain%3Dnode%253Dgpu%23c";
        assert_eq!(View::from_query(pym).0.to_query(), "node=gpu");
        // The embed code's choices are not the reader's: the whole `aichain` is refused.
        let (v, w) = View::from_query("aichain=node%3Dgpu%26part%3Dmap");
        assert_eq!(v.to_query(), "");
        assert_eq!(w, ["aichain: part: not settable here"]);
        let (v, w) = View::from_query("aichain=controls%3D0");
        assert_eq!((v.to_query().as_str(), w.len()), ("", 1));
        for (url, ok) in [
            ("https://news.example/a?b=c#d", true),
            ("http://localhost:8081/x", true),
            ("javascript:alert(1)", false),
            ("https://a b", false),
            ("https://a/\"><script>", false),
            ("ftp://x", false),
            ("", false),
        ] {
            assert_eq!(article_url(url).is_some(), ok, "{url}");
        }
        assert!(article_url(&format!("https://x/{}", "a".repeat(2000))).is_none());
        assert_eq!(
            encode_component("node=gpu&lang=en"),
            "node%3Dgpu%26lang%3Den"
        );
        assert_eq!(encode_component("中 #+%"), "%E4%B8%AD%20%23%2B%25");
    }
}
