//! Standalone SVG files of a chart, for the graphics desk: the chart's marks with its title, the
//! forecast legend and the source burned in, colours of the current theme inlined, fonts with
//! fallbacks that exist everywhere, and no reference to anything outside the file.

use super::esc;
use crate::i18n::{strings, Lang};
use std::fmt::Write;

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
/// and source line, and whether it has forecasts to explain.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart<'a> {
    pub width: f64,
    pub height: f64,
    pub marks: &'a str,
    pub title: &'a str,
    pub source: &'a str,
    pub has_forecast: bool,
}

/// Space above the chart for the title and below it for the legend and source.
const TOP: f64 = 34.0;
const BOTTOM: f64 = 46.0;

/// The output scale: exported files are twice the chart's own size (a 320-wide chart is 640 wide).
pub const SCALE: f64 = 2.0;

/// The exported file's size in its own units: the chart with room for title, legend and source.
pub fn file_size(c: &Chart) -> (f64, f64) {
    (c.width, c.height + TOP + BOTTOM)
}

pub fn standalone(c: &Chart, p: &Palette, lang: Lang) -> String {
    let t = strings(lang);
    let (w, h) = file_size(c);
    let num = crate::geom::num;
    let [s0, s1, s2, s3] = &p.series;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\">\
         <style>text{{font-family:{FONTS};font-size:13px;fill:{fg}}}.tick line{{stroke:{rule}}}.tick text,.year,.note{{fill:{muted}}}\
         .baseline{{stroke:{fg}}}.bar.actual{{fill:{s0}}}.bar.projected{{stroke:{s0};stroke-width:1.5}}.hatch line{{stroke:{s0};stroke-width:2.5}}\
         .growth{{fill:{s1};font-weight:700;font-size:11px}}.line{{fill:none;stroke-width:2.5}}.line.projected{{stroke-dasharray:5 4}}\
         .s0 .line,.s0 circle{{stroke:{s0}}}.s1 .line,.s1 circle{{stroke:{s1}}}.s2 .line,.s2 circle{{stroke:{s2}}}.s3 .line,.s3 circle{{stroke:{s3}}}\
         .s0 circle.actual{{fill:{s0}}}.s1 circle.actual{{fill:{s1}}}.s2 circle.actual{{fill:{s2}}}.s3 circle.actual{{fill:{s3}}}circle.forecast{{fill:{bg};stroke-width:2}}\
         .end{{font-size:11px}}.slice{{fill:none;stroke-width:40}}.slice.s0{{stroke:{s0}}}.slice.s1{{stroke:{s1}}}.pct{{font-weight:700;font-size:14px}}\
         .title{{font-size:15px;font-weight:700}}.source,.legend{{font-size:11px;fill:{muted}}}</style>\
         <rect width=\"100%\" height=\"100%\" fill=\"{bg}\"/><text class=\"title\" x=\"8\" y=\"22\">{title}</text>\
         <svg x=\"0\" y=\"{top}\" width=\"{cw}\" height=\"{ch}\" viewBox=\"0 0 {cw} {ch}\" overflow=\"visible\">{marks}</svg>",
        num(w * SCALE),
        num(h * SCALE),
        num(w),
        num(h),
        fg = p.fg,
        bg = p.bg,
        rule = p.rule,
        muted = p.muted,
        title = esc(c.title),
        top = num(TOP),
        cw = num(c.width),
        ch = num(c.height),
        marks = c.marks,
    );
    let legend_y = TOP + c.height + 16.0;
    if c.has_forecast {
        let _ = write!(
            s,
            "<defs><pattern id=\"export-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">\
             <line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"{s0}\" stroke-width=\"2.5\"/></pattern></defs>\
             <rect x=\"8\" y=\"{ry}\" width=\"14\" height=\"10\" fill=\"{s0}\"/><text class=\"legend\" x=\"26\" y=\"{ty}\">{actual}</text>\
             <rect x=\"90\" y=\"{ry}\" width=\"14\" height=\"10\" fill=\"url(#export-hatch)\" stroke=\"{s0}\"/><text class=\"legend\" x=\"108\" y=\"{ty}\">{forecast} · {quals}</text>",
            ry = num(legend_y - 9.0),
            ty = num(legend_y),
            actual = esc(t.legend_actual),
            forecast = esc(t.legend_forecast),
            quals = esc(t.legend_qualifiers),
        );
    }
    let _ = write!(
        s,
        "<text class=\"source\" x=\"8\" y=\"{}\">{}</text></svg>",
        num(legend_y + 20.0),
        esc(c.source)
    );
    s
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

/// The download buttons under a chart.
pub fn buttons(lang: Lang) -> String {
    let t = strings(lang);
    format!(
        "<p class=\"exports\"><button type=\"button\" class=\"chip\" data-export=\"svg\">{} SVG</button>\
         <button type=\"button\" class=\"chip\" data-export=\"png\">{} PNG</button></p>",
        esc(t.download),
        esc(t.download)
    )
}
