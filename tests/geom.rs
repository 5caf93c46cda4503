#![cfg(not(target_arch = "wasm32"))]
//! Scales and layouts, against literal numbers (d3-scale's results are the reference).

use ai_server_chain::geom::chain::{
    layout, neighbour, Dir, Slot, Span, CARD_H, GAP, HEAD_H, PHONE_CARD_H,
};
use ai_server_chain::geom::columns::columns;
use ai_server_chain::geom::scale::{tick_increment, Band, Linear};
use ai_server_chain::geom::{num, sparkline, Rect};

#[test]
fn linear_scale() {
    let s = Linear::new((0.0, 100.0), (0.0, 500.0));
    assert_eq!(s.apply(50.0), 250.0);
    assert_eq!(s.apply(-10.0), -50.0);
    let inverted = Linear::new((0.0, 10.0), (200.0, 0.0));
    assert_eq!(inverted.apply(2.5), 150.0);
    // An empty domain maps to the middle of the range, as in d3.
    assert_eq!(Linear::new((5.0, 5.0), (0.0, 100.0)).apply(5.0), 50.0);
}

#[test]
fn nice_and_ticks_match_d3() {
    // d3.scaleLinear().domain([0, 1073]).nice(4).domain() → [0, 1200]; ticks(4) → 0, 200, ..., 1200
    let s = Linear::new((0.0, 1073.0), (0.0, 1.0)).nice(4);
    assert_eq!(s.domain, (0.0, 1200.0));
    assert_eq!(
        s.ticks(4),
        [0.0, 200.0, 400.0, 600.0, 800.0, 1000.0, 1200.0]
    );
    // d3: domain([0, 4888]).nice(4) → [0, 5000]; ticks(4) → 0, 1000, ..., 5000
    let s = Linear::new((0.0, 4888.0), (0.0, 1.0)).nice(4);
    assert_eq!(s.domain, (0.0, 5000.0));
    assert_eq!(s.ticks(4), [0.0, 1000.0, 2000.0, 3000.0, 4000.0, 5000.0]);
    // d3: domain([0.1, 0.94]).nice(5) → [0, 1]; ticks(5) → 0, 0.2, ..., 1
    let s = Linear::new((0.1, 0.94), (0.0, 1.0)).nice(5);
    assert_eq!(s.domain, (0.0, 1.0));
    assert_eq!(s.ticks(5), [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
    assert_eq!(s.tick_decimals(5), 1);
    assert_eq!(tick_increment(0.0, 10.0, 10), 1.0);
    assert_eq!(tick_increment(0.0, 1.0, 10), -10.0);
    assert_eq!(tick_increment(5.0, 5.0, 10), 0.0);
    // d3.tickIncrement(start, stop, count), across magnitudes and each of the factors 1, 2, 5, 10.
    let table: &[(f64, f64, usize, f64)] = &[
        (0.0, 1000.0, 5, 200.0),
        (0.0, 1300.0, 4, 500.0),
        (0.0, 7.3, 4, 2.0),
        (0.0, 35.0, 5, 5.0),
        (0.0, 123456.0, 5, 20000.0),
        (0.0, 0.3, 4, -10.0),
        (0.0, 0.05, 5, -100.0),
        (0.0, 0.0007, 7, -10000.0),
        (0.0, 0.012, 4, -500.0),
        (0.0, 1e30, 10, 1e29),
    ];
    for &(start, stop, count, want) in table {
        assert_eq!(
            tick_increment(start, stop, count),
            want,
            "{start} {stop} {count}"
        );
    }
    // Ticks of 0.05 need two decimals, of 0.2 one, of 500 none.
    assert_eq!(Linear::new((0.0, 0.2), (0.0, 1.0)).tick_decimals(4), 2);
    assert_eq!(Linear::new((0.0, 0.8), (0.0, 1.0)).tick_decimals(4), 1);
    assert_eq!(Linear::new((0.0, 2000.0), (0.0, 1.0)).tick_decimals(4), 0);
    // Steps far below and above any figure still end.
    assert!(tick_increment(0.0, f64::MIN_POSITIVE, 1) < 0.0);
    assert!(tick_increment(0.0, f64::MAX, 1) > 0.0);
    assert_eq!(Linear::new((5.0, 5.0), (0.0, 1.0)).ticks(5), [5.0]);
    // Reversed domains tick the same values.
    assert_eq!(
        Linear::new((10.0, 0.0), (0.0, 1.0)).ticks(2),
        [0.0, 5.0, 10.0]
    );
}

#[test]
fn band_scale() {
    // d3.scaleBand().domain([a,b,c,d]).range([0, 100]).padding(0.25): step 23.53, bandwidth 17.65
    let b = Band::new(4, (0.0, 100.0), 0.25);
    assert!((b.step() - 100.0 / 4.25).abs() < 1e-9);
    assert!((b.bandwidth() - 0.75 * 100.0 / 4.25).abs() < 1e-9);
    assert!((b.apply(0) - 0.25 * 100.0 / 4.25).abs() < 1e-9);
    // One band fills the middle; zero bands do not divide by zero.
    let one = Band::new(1, (0.0, 100.0), 0.0);
    assert_eq!((one.apply(0), one.bandwidth()), (0.0, 100.0));
    assert!(Band::new(0, (0.0, 100.0), 0.25).step().is_finite());
}

#[test]
fn numbers_for_attributes() {
    let table: &[(f64, &str)] = &[
        (12.25, "12.3"),
        (3.0, "3"),
        (-0.04, "0"),
        (-2.5, "-2.5"),
        (0.05, "0.1"),
        (f64::NAN, "0"),
    ];
    for &(x, want) in table {
        assert_eq!(num(x).to_string(), want, "{x}");
    }
}

fn tiers() -> Vec<usize> {
    let mut t = vec![0; 7];
    t.push(1);
    t.extend([2; 7]);
    t
}

fn links() -> Vec<(usize, usize)> {
    (0..7)
        .map(|i| (i, 7))
        .chain((8..15).map(|i| (7, i)))
        .collect()
}

fn span(top: f64, height: f64) -> Span {
    Span { top, height }
}

#[test]
fn wide_layout_stacks_three_columns() {
    let l = layout(&tiers(), &links());
    // Column = tier; cards 64 tall, 10 apart, below a 44 heading and a 10 gap.
    assert_eq!((l.nodes[0].column, l.nodes[0].wide), (0, span(54.0, 64.0)));
    assert_eq!(l.nodes[1].wide, span(128.0, 64.0));
    assert_eq!(l.nodes[6].wide, span(498.0, 64.0));
    // The hub is centred on the tallest column: 7 cards of 64 and 6 gaps of 10 = 508; hub 96 tall.
    assert_eq!((l.nodes[7].column, l.nodes[7].wide), (1, span(260.0, 96.0)));
    assert_eq!((l.nodes[8].column, l.nodes[8].wide), (2, span(54.0, 64.0)));
    assert_eq!(l.wide_height, 562.0);
    assert_eq!(l.wide_links.len(), 14);
    // First link: from CPU's centre (86) across gap 0 to 1/8 down the hub (260 + 12).
    assert_eq!(l.wide_links[0].gap, 0);
    assert_eq!(l.wide_links[0].d, "M0 86C50 86 50 272 100 272");
    // The hub's first outgoing link leaves 1/8 down it into gap 1, to the centre of card 8.
    assert_eq!(l.wide_links[7].gap, 1);
    assert_eq!(l.wide_links[7].d, "M0 272C50 272 50 86 100 86");
}

#[test]
fn phone_layout_stacks_the_tiers() {
    let l = layout(&tiers(), &links());
    assert_eq!(
        l.nodes[..3]
            .iter()
            .map(|p| (p.slot, p.phone))
            .collect::<Vec<_>>(),
        [
            (Slot::Left, span(44.0, 84.0)),
            (Slot::Right, span(44.0, 84.0)),
            (Slot::Left, span(138.0, 84.0)),
        ]
    );
    // 4 rows of upstream: 44 + 4 * 84 + 3 * 10 = 410; then 28 of space and a 44 heading.
    assert_eq!(l.headings, [(0, 0.0), (1, 438.0), (2, 636.0)]);
    assert_eq!(
        (l.nodes[7].slot, l.nodes[7].phone),
        (Slot::Full, span(482.0, 126.0))
    );
    assert_eq!(l.nodes[14].phone, span(962.0, 84.0));
    assert_eq!(l.phone_height, 1046.0);
    // Into the trunk from the left card's right edge (x 0) and the right card's left edge (x 28).
    assert_eq!(l.phone_links[0].d, "M0 86H14V482");
    assert_eq!(l.phone_links[1].d, "M28 86H14V482");
    assert_eq!(l.phone_links[7].d, "M14 608V722H0");
}

#[test]
fn one_node_columns_and_empty_tiers() {
    let l = layout(&[0, 1, 2], &[(0, 1), (1, 2)]);
    assert_eq!(
        l.nodes.iter().map(|p| p.wide.height).collect::<Vec<_>>(),
        [96.0, 96.0, 96.0]
    );
    assert_eq!(l.wide_height, HEAD_H + GAP + 96.0);
    assert_eq!(
        l.phone_height,
        3.0 * (HEAD_H + 1.5 * PHONE_CARD_H) + 2.0 * 28.0
    );
    let l = layout(&[0, 0], &[]);
    assert_eq!(l.headings.len(), 1);
    let l = layout(&[], &[]);
    assert!(l.nodes.is_empty() && l.wide_links.is_empty() && l.wide_height == 0.0);
    assert_eq!(l.phone_height, 0.0);
}

#[test]
fn links_that_skip_a_tier_or_name_no_node_are_not_drawn() {
    let l = layout(&[0, 1, 2], &[(0, 2), (2, 0), (0, 9), (0, 1)]);
    assert_eq!(
        l.wide_links
            .iter()
            .map(|p| (p.from, p.to))
            .collect::<Vec<_>>(),
        [(0, 1)]
    );
    assert_eq!(l.phone_links.len(), 1);
    assert_eq!(CARD_H, 64.0);
}

#[test]
fn arrow_keys_walk_the_map() {
    let t = tiers();
    assert_eq!(neighbour(&t, 0, Dir::Down), 1);
    assert_eq!(neighbour(&t, 0, Dir::Up), 6);
    assert_eq!(neighbour(&t, 6, Dir::Down), 0);
    assert_eq!(neighbour(&t, 3, Dir::Right), 7);
    assert_eq!(neighbour(&t, 7, Dir::Right), 11);
    assert_eq!(neighbour(&t, 14, Dir::Left), 7);
    assert_eq!(neighbour(&t, 0, Dir::Left), 0);
    assert_eq!(neighbour(&t, 14, Dir::Right), 14);
    assert_eq!(neighbour(&t, 7, Dir::Down), 7);
    assert_eq!(neighbour(&t, 99, Dir::Down), 99);
}

#[test]
fn column_chart_layout() {
    // GPU 807, 1073, 1200, 1300 in 400 x 240: the y domain nices to [0, 1500] (step 500).
    let c = columns(&[807.0, 1073.0, 1200.0, 1300.0], 400.0, 240.0);
    assert_eq!(c.plot, Rect::new(52.0, 28.0, 392.0, 216.0));
    assert_eq!(c.bars.len(), 4);
    assert_eq!(num(c.bars[3].y0).to_string(), "53.1");
    assert_eq!(c.bars[0].y1, 216.0);
    assert_eq!(
        c.ticks.iter().map(|t| t.1).collect::<Vec<_>>(),
        [0.0, 500.0, 1000.0, 1500.0]
    );
    assert_eq!(c.ticks[1].0, 216.0 - 188.0 / 3.0);
    // No values, or only zeros: no bars, a sane axis.
    assert!(columns(&[], 400.0, 240.0).bars.is_empty());
    let zeros = columns(&[0.0, 0.0], 400.0, 240.0);
    assert!(zeros.bars.iter().all(|b| b.height() == 0.0));
}

#[test]
fn sparklines() {
    let pts = [
        (2023.0, 807.0, false),
        (2024.0, 1073.0, false),
        (2025.0, 1200.0, true),
        (2026.0, 1300.0, true),
    ];
    let (actual, projected) = sparkline(&pts, 56.0, 22.0);
    // y over the extent 807..1300: 21 - (v - 807) / 493 * 20 → 807 at 21, 1073 at 10.2, 1200 at 5.1, 1300 at 1.
    assert_eq!(actual, "M1 21L19 10.2");
    assert_eq!(projected, "M19 10.2L37 5.1L55 1");
    assert_eq!(sparkline(&[], 56.0, 22.0), (String::new(), String::new()));
    let (a, p) = sparkline(&[(2024.0, 5.0, false)], 56.0, 22.0);
    // One point: x and y domains are empty, so it sits in the middle.
    assert_eq!((a.as_str(), p.as_str()), ("M28 11", ""));
}

#[test]
fn line_layout() {
    use ai_server_chain::geom::lines::lines;
    let s = vec![vec![
        (2023, 100.0, false),
        (2024, 150.0, false),
        (2025, 200.0, true),
    ]];
    let l = lines(&s, (2023, 2025), true, 360.0, 240.0);
    // Plot: left 52, right 360 - 96 = 264, top 16, bottom 216; y nices to [0, 200].
    assert_eq!(l.plot, Rect::new(52.0, 16.0, 264.0, 216.0));
    assert_eq!(l.points[0], [(52.0, 116.0), (158.0, 66.0), (264.0, 16.0)]);
    assert_eq!(
        l.paths[0],
        ("M52 116L158 66".to_owned(), "M158 66L264 16".to_owned())
    );
    assert_eq!(
        l.x_ticks.iter().map(|t| t.1).collect::<Vec<_>>(),
        [2023, 2024, 2025]
    );
    // An index is not zero-based: the domain is the extent, niced.
    let l = lines(&s, (2023, 2025), false, 360.0, 240.0);
    assert_eq!(l.y_ticks.first().map(|t| t.1), Some(100.0));
    assert!(lines(&[], (2023, 2025), true, 360.0, 240.0)
        .paths
        .is_empty());
}

/// Where the three columns are narrow, the stylesheet draws the wide layout taller by the phone
/// card's height over the wide card's (`--k` in style/main.css): the two must not drift apart.
#[test]
fn the_stylesheet_draws_narrow_columns_as_tall_as_phone_cards() {
    let css = include_str!("../style/main.css");
    let k: Vec<f64> = css
        .split("--k: ")
        .skip(1)
        .map(|rest| rest[..rest.find(';').unwrap()].parse().unwrap())
        .collect();
    // The default, the narrow page's columns, and the map beside open details on a wide screen.
    assert_eq!(k, [1.0, PHONE_CARD_H / CARD_H, PHONE_CARD_H / CARD_H]);
}

#[test]
fn details_open_on_the_readers_screen() {
    use ai_server_chain::geom::details::{details_top, screen_in, Extent, Placement};
    let e = |top, bottom| Extent { top, bottom };
    // (screen, chosen card, px of the details to show, placement) → the details' top, in the map's px.
    let table = [
        // The whole section on an 800 px screen: beside the card, level with it.
        (
            e(0.0, 800.0),
            e(300.0, 364.0),
            500.0,
            Placement::Beside,
            292.0,
        ),
        (
            e(0.0, 800.0),
            e(100.0, 164.0),
            500.0,
            Placement::Beside,
            100.0,
        ),
        // Under the card, a margin below it.
        (
            e(0.0, 800.0),
            e(100.0, 164.0),
            300.0,
            Placement::Under,
            172.0,
        ),
        // A card low on the screen: moved up until the details fit above the screen's bottom.
        (
            e(0.0, 740.0),
            e(600.0, 684.0),
            300.0,
            Placement::Under,
            432.0,
        ),
        // More to show than the screen holds: their top at the screen's top (plus the margin).
        (
            e(0.0, 740.0),
            e(600.0, 684.0),
            2000.0,
            Placement::Under,
            8.0,
        ),
        // The section scrolled 900 px up: the screen is 900..1700 of it.
        (
            e(900.0, 1700.0),
            e(1000.0, 1064.0),
            400.0,
            Placement::Beside,
            1000.0,
        ),
        (
            e(900.0, 1700.0),
            e(1600.0, 1664.0),
            400.0,
            Placement::Beside,
            1292.0,
        ),
        (
            e(900.0, 1700.0),
            e(1600.0, 1664.0),
            1200.0,
            Placement::Beside,
            908.0,
        ),
        // The map starting 300 px down the screen: never above the map's top.
        (
            e(-300.0, 500.0),
            e(10.0, 74.0),
            1200.0,
            Placement::Beside,
            0.0,
        ),
        // A screen smaller than two margins: at its top.
        (e(50.0, 60.0), e(40.0, 104.0), 300.0, Placement::Under, 58.0),
        // Nothing to show: where the card puts them.
        (e(0.0, 800.0), e(300.0, 364.0), 0.0, Placement::Under, 372.0),
    ];
    for (screen, anchor, height, placement, top) in table {
        assert_eq!(
            details_top(screen, anchor, height, placement),
            top,
            "{screen:?} {anchor:?} {height} {placement:?}"
        );
    }
    // An iframe whose part 1200..1940 of the page is on the reader's screen, the map at 400.
    assert_eq!(screen_in(e(1200.0, 1940.0), 400.0), e(800.0, 1540.0));
    // The top-level page: the viewport, the map 250 px above it.
    assert_eq!(screen_in(e(0.0, 800.0), -250.0), e(250.0, 1050.0));
}

#[test]
fn annotations_take_their_place_in_the_band_or_a_number() {
    use ai_server_chain::geom::notes::{place, Placed};
    // ((span), text width) in a band from 4 to 316: (what each becomes).
    type Want = ((f64, f64), f64);
    let table: &[(&[Want], &[Placed])] = &[
        // Centred over its span.
        (&[((100.0, 200.0), 60.0)], &[Placed::Text(120.0)]),
        // Wider than its span: still centred, the bracket under it.
        (&[((140.0, 160.0), 100.0)], &[Placed::Text(100.0)]),
        // Pushed in from the edges.
        (&[((0.0, 20.0), 100.0)], &[Placed::Text(4.0)]),
        (&[((300.0, 320.0), 100.0)], &[Placed::Text(216.0)]),
        // Wider than the band: a number over the middle of its span.
        (&[((100.0, 200.0), 400.0)], &[Placed::Number(150.0)]),
        // Two that would meet: the second becomes a number, moved clear of the first (which,
        // with its bracket, takes 50 to 250).
        (
            &[((50.0, 250.0), 100.0), ((150.0, 200.0), 80.0)],
            &[Placed::Text(100.0), Placed::Number(263.0)],
        ),
        // Two side by side, 6 apart or more: both drawn.
        (
            &[((10.0, 100.0), 80.0), ((106.0, 200.0), 80.0)],
            &[Placed::Text(15.0), Placed::Text(113.0)],
        ),
        (&[], &[]),
    ];
    for (wants, placed) in table {
        assert_eq!(place(wants, (4.0, 316.0)), *placed, "{wants:?}");
    }
}
