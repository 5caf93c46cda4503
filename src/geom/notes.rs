//! Where a chart's annotations go: in a band of their own (above a column chart's plot), each
//! centred over the values it spans and clear of the others. One without room is drawn as its
//! number, and its text is listed under the chart.

/// The band's height, in the chart's units: one line of text and the bracket under it.
pub const BAND: f64 = 20.0;
/// The annotations' font size.
pub const SIZE: f64 = 11.0;
/// Room kept between two annotations.
const GAP: f64 = 6.0;
/// A number's width (its circle).
const NUMBER: f64 = 14.0;

/// An annotation's place: its text's left edge, or the centre of its number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Placed {
    Text(f64),
    Number(f64),
}

/// Places annotations in the order given. Each wants to be over `span` (its values' left and
/// right edges) with a text `width` wide; text stays within `bounds`. A text that does not fit
/// within the bounds, or would meet an annotation placed before it, becomes a number over the
/// middle of its span, or just right of what is there.
pub fn place(wants: &[((f64, f64), f64)], bounds: (f64, f64)) -> Vec<Placed> {
    let mut taken: Vec<(f64, f64)> = Vec::new();
    let free = |taken: &[(f64, f64)], a: f64, b: f64| {
        taken.iter().all(|t| b + GAP <= t.0 || t.1 + GAP <= a)
    };
    wants
        .iter()
        .map(|&((x0, x1), width)| {
            let mid = (x0 + x1) / 2.0;
            let left = (mid - width / 2.0).clamp(bounds.0, (bounds.1 - width).max(bounds.0));
            let (a, b) = (left.min(x0), (left + width).max(x1));
            if width <= bounds.1 - bounds.0 && free(&taken, a, b) {
                taken.push((a, b));
                Placed::Text(left)
            } else {
                let mut at = mid;
                while let Some(t) = taken
                    .iter()
                    .find(|t| !free(&[**t], at - NUMBER / 2.0, at + NUMBER / 2.0))
                {
                    at = t.1 + GAP + NUMBER / 2.0;
                }
                taken.push((at - NUMBER / 2.0, at + NUMBER / 2.0));
                Placed::Number(at)
            }
        })
        .collect()
}
