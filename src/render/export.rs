//! Standalone SVG files of a chart, for the graphics desk: the chart's marks with its title, the
//! forecast legend and the source burned in, colours of the current theme inlined, fonts with
//! fallbacks that exist everywhere, and no reference to anything outside the file.

use super::html::{Html, Text};
use crate::html;
use crate::i18n::{strings, Lang};

/// The theme's colours, as the page's CSS custom properties hold them.
#[derive(Clone, Debug, PartialEq)]
pub struct Palette {
    pub bg: String,
    pub fg: String,
    pub muted: String,
    pub rule: String,
    pub series: [String; 4],
    pub accent: String,
}

impl Palette {
    /// The light theme, for exports made where the page's colours cannot be read.
    pub fn light() -> Self {
        Palette {
            bg: "#ffffff".into(),
            fg: "#1a1a1a".into(),
            muted: "#595959".into(),
            rule: "#d6d6d6".into(),
            series: [
                "#0b5cad".into(),
                "#c25400".into(),
                "#007a5a".into(),
                "#a3306f".into(),
            ],
            accent: "#c25400".into(),
        }
    }
}

pub const FONTS: &str = "'Helvetica Neue', Arial, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

/// What a chart shows, taken from its figure: the SVG's viewBox size and inner markup, its title
/// and source line, whether it has forecasts to explain, and whether it draws lines (their legend
/// is a line and a point, a column chart's a filled and a hatched box).
#[derive(Clone, Debug, PartialEq)]
pub struct Chart<'a> {
    pub width: f64,
    pub height: f64,
    pub marks: &'a str,
    pub title: &'a str,
    pub source: &'a str,
    pub has_forecast: bool,
    pub lines: bool,
}

/// Space above the chart for a one-line title and below it for the legend and a one-line source;
/// each further line of either adds its line height.
const TOP: f64 = 34.0;
const BOTTOM: f64 = 46.0;
const TITLE: (f64, f64) = (15.0, 19.0);
const SOURCE: (f64, f64) = (11.0, 14.0);
/// The narrowest file: a small chart (the donut) is centred in it, so that its title has room.
const MIN_WIDTH: f64 = 320.0;
/// Room on either side of the chart, for axis labels that reach past its box ("1,000,000"); also
/// the margin of the title and source lines (`x="8"`).
const PAD: f64 = 8.0;

/// The output scale: exported files are twice the chart's own size (a 320-wide chart is 640 wide).
pub const SCALE: f64 = 2.0;

/// Where everything goes in an exported file, in its own units.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout<'a> {
    pub width: f64,
    pub height: f64,
    /// The chart's left edge and top: below the title's lines.
    pub x: f64,
    pub top: f64,
    pub title: Vec<&'a str>,
    pub source: Vec<&'a str>,
}

pub fn layout<'a>(c: &Chart<'a>) -> Layout<'a> {
    let width = (c.width + 2.0 * PAD).max(MIN_WIDTH);
    let (title, source) = (
        wrap(c.title, TITLE.0, 0.6, width - 2.0 * PAD),
        wrap(c.source, SOURCE.0, 0.55, width - 2.0 * PAD),
    );
    let extra = |lines: &[&str], step: f64| step * (lines.len().max(1) - 1) as f64;
    let top = TOP + extra(&title, TITLE.1);
    Layout {
        width,
        height: top + c.height + BOTTOM + extra(&source, SOURCE.1),
        x: (width - c.width) / 2.0,
        top,
        title,
        source,
    }
}

/// The estimated advance of `text` at `size`: 1 em for a Chinese character or full-width mark,
/// `latin` em for anything else (generous for Helvetica and Arial, which the file names first).
pub fn advance(text: &str, size: f64, latin: f64) -> f64 {
    text.chars()
        .map(|c| size * if c >= '\u{2E80}' { 1.0 } else { latin })
        .sum()
}

/// The lines `text` breaks into to fit `width` at `size`: at spaces, or between Chinese
/// characters (never after an opening bracket or quote, nor before a closing mark).
pub fn wrap(text: &str, size: f64, latin: f64, width: f64) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    // The last place to break: where the line ends and where the next one starts.
    let mut at: Option<(usize, usize)> = None;
    let mut prev = ' ';
    for (i, c) in text.char_indices() {
        if c == ' ' {
            at = Some((i, i + 1));
        } else if i > start
            && (c >= '\u{2E80}' || prev >= '\u{2E80}')
            && !matches!(prev, '(' | '\u{FF08}' | '“' | '《')
            && !matches!(
                c,
                '、' | '。'
                    | '”'
                    | '》'
                    | '\u{FF09}'
                    | '\u{FF0C}'
                    | '\u{FF1A}'
                    | '\u{FF1B}'
                    | ','
                    | ':'
                    | ';'
                    | ')'
            )
        {
            at = Some((i, i));
        }
        prev = c;
        // A line break in the text (a figure's report, after its source line) is kept.
        if c == '\n' {
            lines.push(text.get(start..i).unwrap_or_default());
            (start, at) = (i + 1, None);
            continue;
        }
        let end = i + c.len_utf8();
        let Some(line) = text.get(start..end) else {
            continue;
        };
        if advance(line, size, latin) > width {
            if let Some((stop, next)) = at.take() {
                if stop > start {
                    lines.push(text.get(start..stop).unwrap_or_default());
                    start = next;
                }
            }
        }
    }
    if start < text.len() || lines.is_empty() {
        lines.push(text.get(start..).unwrap_or_default());
    }
    lines
}

/// The file for `c`, laid out as `l` (`layout(c)`, which also gives a PNG its size).
pub fn standalone(c: &Chart, l: &Layout, p: &Palette, lang: Lang) -> String {
    let t = strings(lang);
    let (w, h, top) = (l.width, l.height, l.top);
    let num = crate::geom::num;
    let mut s = html![
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"",
        num(w * SCALE),
        "\" height=\"",
        num(h * SCALE),
        "\" viewBox=\"0 0 ",
        num(w),
        " ",
        num(h),
        "\">",
        style(p),
        "<rect width=\"100%\" height=\"100%\" fill=\"",
        Text(&p.bg),
        "\"/>"
    ];
    for (k, line) in l.title.iter().enumerate() {
        s.push(&html![
            "<text class=\"title\" x=\"8\" y=\"",
            num(22.0 + TITLE.1 * k as f64),
            "\">",
            Text(line),
            "</text>"
        ]);
    }
    let (cw, ch) = (num(c.width), num(c.height));
    s.push(&html![
        "<svg x=\"",
        num(l.x),
        "\" y=\"",
        num(top),
        "\" width=\"",
        cw,
        "\" height=\"",
        ch,
        "\" viewBox=\"0 0 ",
        cw,
        " ",
        ch,
        "\" overflow=\"visible\">",
        Html::trusted(c.marks.to_owned()),
        "</svg>"
    ]);
    let legend_y = top + c.height + 16.0;
    if c.has_forecast {
        let (ry, ty) = (num(legend_y - 9.0), num(legend_y));
        let (fg, bg, s0) = (Text(&p.fg), Text(&p.bg), Text(&p.series[0]));
        let (actual, forecast) = (Text(t.legend_actual), Text(t.legend_forecast));
        let quals = Text(t.legend_qualifiers);
        s.push(&if c.lines {
            // As the chart draws them: a solid line through a filled point, a dashed one through a
            // hollow point, in the text colour (the series have a colour each).
            let ly = num(legend_y - 4.0);
            html![
                "<line x1=\"8\" y1=\"", ly, "\" x2=\"32\" y2=\"", ly, "\" stroke=\"", fg,
                "\" stroke-width=\"2.5\"/><circle cx=\"20\" cy=\"", ly, "\" r=\"3.5\" fill=\"", fg,
                "\"/><text class=\"legend\" x=\"36\" y=\"", ty, "\">", actual,
                "</text><line x1=\"96\" y1=\"", ly, "\" x2=\"120\" y2=\"", ly, "\" stroke=\"", fg,
                "\" stroke-width=\"2.5\" stroke-dasharray=\"5 4\"/><circle cx=\"108\" cy=\"", ly,
                "\" r=\"3.5\" fill=\"", bg, "\" stroke=\"", fg,
                "\" stroke-width=\"2\"/><text class=\"legend\" x=\"124\" y=\"", ty, "\">", forecast,
                " · ", quals, "</text>"
            ]
        } else {
            html![
                "<defs><pattern id=\"export-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"",
                s0, "\" stroke-width=\"2.5\"/></pattern></defs><rect x=\"8\" y=\"", ry,
                "\" width=\"14\" height=\"10\" fill=\"", s0, "\"/><text class=\"legend\" x=\"26\" y=\"", ty,
                "\">", actual, "</text><rect x=\"90\" y=\"", ry,
                "\" width=\"14\" height=\"10\" fill=\"url(#export-hatch)\" stroke=\"", s0,
                "\"/><text class=\"legend\" x=\"108\" y=\"", ty, "\">", forecast, " · ", quals, "</text>"
            ]
        });
    }
    for (k, line) in l.source.iter().enumerate() {
        s.push(&html![
            "<text class=\"source\" x=\"8\" y=\"",
            num(legend_y + 20.0 + SOURCE.1 * k as f64),
            "\">",
            Text(line),
            "</text>"
        ]);
    }
    s.push(&html!["</svg>"]);
    s.into()
}

/// The file's stylesheet: the classes the page's charts carry, in the theme's colours (as the
/// page's computed style gives them, so trusted as CSS).
fn style(p: &Palette) -> Html {
    let [s0, s1, s2, s3] = &p.series;
    Html::trusted(format!(
        "<style>text{{font-family:{FONTS};font-size:13px;fill:{fg}}}.tick line{{stroke:{rule}}}.tick text,.year,.note{{fill:{muted}}}.tick text{{font-size:11px}}\
         .baseline{{stroke:{fg}}}.bar.actual{{fill:{s0}}}.bar.projected{{stroke:{s0};stroke-width:1.5}}.hatch line{{stroke:{s0};stroke-width:2.5}}\
         .growth{{fill:{s1};font-weight:700;font-size:11px}}.annotation text{{font-size:11px}}.annotation path,.annotation circle{{fill:none;stroke:{muted}}}.line{{fill:none;stroke-width:2.5}}.line.projected{{stroke-dasharray:5 4}}\
         .s0 .line,.s0 circle{{stroke:{s0}}}.s1 .line,.s1 circle{{stroke:{s1}}}.s2 .line,.s2 circle{{stroke:{s2}}}.s3 .line,.s3 circle{{stroke:{s3}}}\
         .s0 circle.actual{{fill:{s0}}}.s1 circle.actual{{fill:{s1}}}.s2 circle.actual{{fill:{s2}}}.s3 circle.actual{{fill:{s3}}}circle.forecast{{fill:{bg};stroke-width:2}}\
         .end{{font-size:11px}}.slice{{fill:none;stroke-width:40}}.slice.s0{{stroke:{s0}}}.slice.s1{{stroke:{s1}}}.pct{{font-weight:700;font-size:14px}}\
         .pct.s0{{fill:{s0}}}.pct.s1{{fill:{s1}}}.title{{font-size:15px;font-weight:700}}.source,.legend{{font-size:11px;fill:{muted}}}</style>",
        fg = p.fg,
        bg = p.bg,
        rule = p.rule,
        muted = p.muted,
    ))
}

/// Reads the width and height of a `viewBox="0 0 W H"` attribute (whole numbers, as the charts
/// write them; parsing floats would add their machinery to the bundle).
pub fn view_box_size(view_box: &str) -> Option<(f64, f64)> {
    let mut it = view_box
        .split(' ')
        .filter(|n| !n.is_empty())
        .skip(2)
        .map(|n| n.parse::<u32>().ok().map(f64::from));
    Some((it.next()??, it.next()??))
}

/// The buttons under a chart: its downloads, and the codes that embed it alone.
pub fn buttons(lang: Lang) -> Html {
    let t = strings(lang);
    let download = Text(t.download);
    html![
        "<p class=\"exports\"><button type=\"button\" class=\"chip\" data-export=\"svg\">",
        download,
        " SVG</button><button type=\"button\" class=\"chip\" data-export=\"png\">",
        download,
        " PNG</button><button type=\"button\" class=\"chip\" data-embed aria-expanded=\"false\">",
        Text(t.embed),
        "</button></p>"
    ]
}

/// The chain map as a standalone SVG file, for print pages, newsletters and social posts: every
/// node's card with its name and headline figure, the links, the tier headings, the title and the
/// source, in one language and theme (`dark`). Written by the post-build step beside the bundle
/// (`ai-server-chain-map-<lang>-<theme>.svg`); `tools/og.mjs` photographs it as PNG.
pub fn map_file(lang: Lang, dark: bool) -> Html {
    use crate::data::{headline, node, DATASET, LINK_PAIRS, NODE_TIERS};
    use crate::geom::chain::{layout, GAP_VIEW_W};
    use crate::geom::num;
    // The page's colours (style/main.css): background, text, muted text, card, card border, link.
    let [bg, fg, muted, card, border, link] = if dark {
        [
            "#121417", "#ececec", "#a9afb6", "#1c2025", "#4a5058", "#5c6670",
        ]
    } else {
        [
            "#ffffff", "#1a1a1a", "#595959", "#f6f6f4", "#c9c9c4", "#9aa5b1",
        ]
    };
    const PAD: f64 = 24.0;
    const COLUMN: f64 = 260.0;
    const GAP: f64 = 90.0;
    const TOP: f64 = 64.0;
    let l = layout(NODE_TIERS, LINK_PAIRS);
    let width = 2.0 * PAD + 3.0 * COLUMN + 2.0 * GAP;
    let height = TOP + l.wide_height + 52.0;
    let x_of = |column: usize| PAD + column as f64 * (COLUMN + GAP);
    let t = strings(lang);
    let mut s = html![
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"",
        num(width),
        "\" height=\"",
        num(height),
        "\" viewBox=\"0 0 ",
        num(width),
        " ",
        num(height),
        "\"><style>text{font-family:",
        Text(FONTS),
        ";fill:",
        Text(fg),
        "}.muted{fill:",
        Text(muted),
        "}</style><rect width=\"100%\" height=\"100%\" fill=\"",
        Text(bg),
        "\"/><text x=\"",
        num(PAD),
        "\" y=\"36\" font-size=\"22\" font-weight=\"700\">",
        Text(lang.pick(DATASET.title_zh, DATASET.title_en)),
        "</text>"
    ];
    for k in &l.wide_links {
        s.push(&html![
            "<path d=\"",
            Text(&k.d),
            "\" transform=\"translate(",
            num(x_of(k.gap) + COLUMN),
            " ",
            num(TOP),
            ") scale(",
            num(GAP / GAP_VIEW_W),
            " 1)\" fill=\"none\" stroke=\"",
            Text(link),
            "\" stroke-width=\"1.5\" vector-effect=\"non-scaling-stroke\"/>"
        ]);
    }
    // Each tier's heading over its column, as in the wide map.
    for column in 0..3 {
        s.push(&html![
            "<text x=\"",
            num(x_of(column)),
            "\" y=\"",
            num(TOP + 28.0),
            "\" font-size=\"17\" font-weight=\"700\">",
            Text(t.tier_names[column]),
            " <tspan class=\"muted\" font-weight=\"400\">",
            Text(t.tier_parts[column]),
            "</tspan></text>"
        ]);
    }
    for (i, p) in l.nodes.iter().enumerate() {
        let (x, y) = (x_of(p.column), TOP + p.wide.top);
        let n = node(i);
        let figure = match headline(n.id) {
            Some(f) => [
                super::when(f, lang),
                crate::i18n::format::value(f.value, f.unit, f.qualifier, lang),
            ]
            .join(" "),
            None => t.no_figures.to_owned(),
        };
        s.push(&html![
            "<rect x=\"",
            num(x),
            "\" y=\"",
            num(y),
            "\" width=\"",
            num(COLUMN),
            "\" height=\"",
            num(p.wide.height),
            "\" rx=\"6\" fill=\"",
            Text(card),
            "\" stroke=\"",
            Text(border),
            "\"/><text x=\"",
            num(x + 12.0),
            "\" y=\"",
            num(y + 26.0),
            "\" font-size=\"15\" font-weight=\"700\">",
            Text(lang.node(n)),
            "</text><text class=\"muted\" x=\"",
            num(x + 12.0),
            "\" y=\"",
            num(y + 48.0),
            "\" font-size=\"13\">",
            Text(&figure),
            "</text>"
        ]);
    }
    let names: Vec<&str> = DATASET.sources.iter().map(|s| lang.label(s)).collect();
    s.push(&html![
        "<text class=\"muted\" x=\"",
        num(PAD),
        "\" y=\"",
        num(height - 20.0),
        "\" font-size=\"12\">",
        Text(t.source_line),
        Text(lang.colon()),
        Text(&names.join(lang.pick("、", "; "))),
        Text(lang.pick("。", ". ")),
        Text(t.credit),
        Text(lang.pick(DATASET.publisher_zh, DATASET.publisher_en)),
        Text(lang.pick("。", ".")),
        "</text></svg>"
    ]);
    s
}
