//! Layout of a column chart: one band per value, a zero-based nice y scale, ticks.

use super::scale::{Band, Linear};
use super::Rect;

#[derive(Clone, Debug, PartialEq)]
pub struct Columns {
    /// The plotting area inside the margins.
    pub plot: Rect,
    /// One box per value, in the order given.
    pub bars: Vec<Rect>,
    /// Tick positions (y) with their values.
    pub ticks: Vec<(f64, f64)>,
    /// Fraction digits the tick values need.
    pub tick_decimals: u8,
}

pub const MARGIN_TOP: f64 = 28.0;
pub const MARGIN_BOTTOM: f64 = 24.0;
pub const MARGIN_LEFT: f64 = 52.0;
pub const MARGIN_RIGHT: f64 = 8.0;
/// The band scale's padding, inner and outer, as a share of a step.
pub const PADDING: f64 = 0.25;

/// Columns for non-negative `values` in a `width`×`height` box (the y domain always starts at 0).
pub fn columns(values: &[f64], width: f64, height: f64) -> Columns {
    let slots: Vec<usize> = (0..values.len()).collect();
    columns_in_slots(values, &slots, values.len(), width, height)
}

/// Columns placed in given slots of `n`, so that charts over the same years line up.
pub fn columns_in_slots(
    values: &[f64],
    slots: &[usize],
    n: usize,
    width: f64,
    height: f64,
) -> Columns {
    let plot = Rect::new(
        MARGIN_LEFT,
        MARGIN_TOP,
        (width - MARGIN_RIGHT).max(MARGIN_LEFT),
        (height - MARGIN_BOTTOM).max(MARGIN_TOP),
    );
    let max = values.iter().copied().fold(0.0, f64::max);
    let y = Linear::new((0.0, if max > 0.0 { max } else { 1.0 }), (plot.y1, plot.y0)).nice(4);
    let band = Band::new(n, (plot.x0, plot.x1), PADDING);
    let bars = values
        .iter()
        .zip(slots)
        .map(|(&v, &i)| {
            let x0 = band.apply(i);
            Rect::new(x0, y.apply(v.max(0.0)), x0 + band.bandwidth(), y.apply(0.0))
        })
        .collect();
    let ticks = y.ticks(4).into_iter().map(|t| (y.apply(t), t)).collect();
    Columns {
        plot,
        bars,
        ticks,
        tick_decimals: y.tick_decimals(4),
    }
}
