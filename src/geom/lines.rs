//! Layout of a multi-series line chart over years: solid through actual values, dashed through
//! projections, a nice y scale (zero-based for amounts, the extent for an index).

use super::scale::Linear;
use super::{extent, num, Rect};

/// One point: year, value, projected (forecast or target).
pub type Point = (u16, f64, bool);

#[derive(Clone, Debug, PartialEq)]
pub struct Lines {
    pub plot: Rect,
    /// Per series: the solid path (actual values) and the dashed path (from the last actual on).
    pub paths: Vec<(String, String)>,
    /// Per series: the placed points.
    pub points: Vec<Vec<(f64, f64)>>,
    pub y_ticks: Vec<(f64, f64)>,
    pub tick_decimals: u8,
    pub x_ticks: Vec<(f64, u16)>,
}

pub const MARGIN: (f64, f64, f64, f64) = (16.0, 96.0, 24.0, 52.0); // top, right, bottom, left

pub fn lines(
    series: &[Vec<Point>],
    years: (u16, u16),
    zero_based: bool,
    width: f64,
    height: f64,
) -> Lines {
    let (top, right, bottom, left) = MARGIN;
    let plot = Rect::new(
        left,
        top,
        (width - right).max(left),
        (height - bottom).max(top),
    );
    let (lo, hi) = extent(series.iter().flatten().map(|p| p.1));
    let domain = if zero_based {
        (0.0, hi.max(1.0))
    } else {
        (lo, hi)
    };
    let y = Linear::new(domain, (plot.y1, plot.y0)).nice(4);
    let x = Linear::new((f64::from(years.0), f64::from(years.1)), (plot.x0, plot.x1));
    let points: Vec<Vec<(f64, f64)>> = series
        .iter()
        .map(|s| {
            s.iter()
                .map(|p| (x.apply(f64::from(p.0)), y.apply(p.1)))
                .collect()
        })
        .collect();
    let path = |pts: &[(f64, f64)]| -> String {
        pts.iter()
            .enumerate()
            .map(|(i, p)| {
                format!(
                    "{}{} {}",
                    if i == 0 { 'M' } else { 'L' },
                    num(p.0),
                    num(p.1)
                )
            })
            .collect()
    };
    let paths = series
        .iter()
        .zip(&points)
        .map(|(s, pts)| {
            let split = s.iter().position(|p| p.2).unwrap_or(s.len());
            let dashed = if split < s.len() {
                path(&pts[split.saturating_sub(1)..])
            } else {
                String::new()
            };
            (path(&pts[..split]), dashed)
        })
        .collect();
    Lines {
        plot,
        paths,
        points,
        y_ticks: y.ticks(4).into_iter().map(|t| (y.apply(t), t)).collect(),
        tick_decimals: y.tick_decimals(4),
        x_ticks: (years.0..=years.1)
            .map(|yr| (x.apply(f64::from(yr)), yr))
            .collect(),
    }
}
