//! Geometry: scales, the chain-map layout, chart layouts and SVG path strings. Pure functions of
//! numbers; components copy the placed shapes into attributes.

pub mod chain;
pub mod columns;
pub mod details;
pub mod lines;
pub mod notes;
pub mod scale;

/// An axis-aligned box: left, top, right, bottom.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    pub fn new(x0: f64, y0: f64, x1: f64, y1: f64) -> Self {
        Rect { x0, y0, x1, y1 }
    }
    pub fn width(&self) -> f64 {
        self.x1 - self.x0
    }
    pub fn height(&self) -> f64 {
        self.y1 - self.y0
    }
    pub fn cx(&self) -> f64 {
        (self.x0 + self.x1) / 2.0
    }
    pub fn cy(&self) -> f64 {
        (self.y0 + self.y1) / 2.0
    }
}

/// A coordinate for an SVG or CSS attribute, rounded to 0.1 with integer arithmetic (no float
/// formatting code in the bundle): 12.25 → "12.3", -0.04 → "0", 3.0 → "3".
pub fn num(x: f64) -> Num {
    Num(x)
}

/// A coordinate written to one decimal, straight into the markup being built.
pub struct Num(f64);

impl std::fmt::Display for Num {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let x = if self.0.is_finite() { self.0 } else { 0.0 };
        let tenths = (x * 10.0).round() as i64;
        let (whole, frac) = (tenths.abs() / 10, tenths.abs() % 10);
        let sign = if tenths < 0 { "-" } else { "" };
        if frac == 0 {
            write!(f, "{sign}{whole}")
        } else {
            write!(f, "{sign}{whole}.{frac}")
        }
    }
}

/// A sparkline in a `w`×`h` box: the path through the actual points, and the dashed path that
/// continues from the last actual point through the projections. Points are (year, value, projected).
pub fn sparkline(points: &[(f64, f64, bool)], w: f64, h: f64) -> (String, String) {
    if points.is_empty() {
        return (String::new(), String::new());
    }
    let (x_lo, x_hi) = extent(points.iter().map(|p| p.0));
    // A sparkline shows the shape of the change, so its y domain is the extent, not zero-based.
    let (y_lo, y_hi) = extent(points.iter().map(|p| p.1));
    let x = scale::Linear::new((x_lo, x_hi), (1.0, w - 1.0));
    let y = scale::Linear::new((y_lo, y_hi), (h - 1.0, 1.0));
    let at = |p: &(f64, f64, bool)| format!("{} {}", num(x.apply(p.0)), num(y.apply(p.1)));
    let split = points.iter().position(|p| p.2).unwrap_or(points.len());
    let line = |pts: &[(f64, f64, bool)]| -> String {
        pts.iter()
            .enumerate()
            .map(|(i, p)| format!("{}{}", if i == 0 { 'M' } else { 'L' }, at(p)))
            .collect()
    };
    let actual = line(&points[..split]);
    let projected = line(&points[split.saturating_sub(1)..]);
    (
        actual,
        if split < points.len() {
            projected
        } else {
            String::new()
        },
    )
}

/// Smallest and largest of a sequence; (0, 0) when it is empty.
pub fn extent(values: impl Iterator<Item = f64>) -> (f64, f64) {
    let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    if lo > hi {
        (0.0, 0.0)
    } else {
        (lo, hi)
    }
}
