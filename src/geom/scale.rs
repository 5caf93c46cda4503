//! Linear and band scales after d3-scale: `domain`, `range`, `nice`, `ticks`, `bandwidth`.

/// Maps a continuous domain onto a range linearly.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Linear {
    pub domain: (f64, f64),
    pub range: (f64, f64),
}

impl Linear {
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Self {
        Linear { domain, range }
    }

    /// Like d3, an empty domain (d0 == d1) maps everything to the middle of the range.
    pub fn apply(&self, x: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        let t = if d1 == d0 { 0.5 } else { (x - d0) / (d1 - d0) };
        r0 + t * (r1 - r0)
    }

    /// Extends the domain to round values so that it starts and ends on a tick (d3's `nice`).
    pub fn nice(mut self, count: usize) -> Self {
        let (mut start, mut stop) = self.domain;
        let reversed = stop < start;
        if reversed {
            std::mem::swap(&mut start, &mut stop);
        }
        let mut previous = 0.0;
        for _ in 0..10 {
            let step = tick_increment(start, stop, count);
            if step == previous || step == 0.0 || !step.is_finite() {
                break;
            }
            if step > 0.0 {
                start = (start / step).floor() * step;
                stop = (stop / step).ceil() * step;
            } else {
                start = (start * step).ceil() / step;
                stop = (stop * step).floor() / step;
            }
            previous = step;
        }
        self.domain = if reversed {
            (stop, start)
        } else {
            (start, stop)
        };
        self
    }

    /// About `count` round values inside the domain.
    pub fn ticks(&self, count: usize) -> Vec<f64> {
        let (a, b) = self.domain;
        let (start, stop) = if a <= b { (a, b) } else { (b, a) };
        let inc = tick_increment(start, stop, count);
        if inc == 0.0 || !inc.is_finite() {
            return if start == stop && start.is_finite() {
                vec![start]
            } else {
                Vec::new()
            };
        }
        let (value, i1, i2) = if inc > 0.0 {
            let (mut i1, mut i2) = ((start / inc).round(), (stop / inc).round());
            if i1 * inc < start {
                i1 += 1.0;
            }
            if i2 * inc > stop {
                i2 -= 1.0;
            }
            (inc, i1, i2)
        } else {
            let inv = -inc;
            let (mut i1, mut i2) = ((start * inv).round(), (stop * inv).round());
            if i1 / inv < start {
                i1 += 1.0;
            }
            if i2 / inv > stop {
                i2 -= 1.0;
            }
            (-inv, i1, i2)
        };
        let n = (i2 - i1 + 1.0).max(0.0) as usize;
        (0..n)
            .map(|k| {
                let i = i1 + k as f64;
                if value > 0.0 {
                    i * value
                } else {
                    i / -value
                }
            })
            .collect()
    }

    /// Fraction digits the ticks need (0 for 0, 500, 1000; 1 for 0.5, 1.0).
    pub fn tick_decimals(&self, count: usize) -> u8 {
        let (a, b) = self.domain;
        let inc = tick_increment(a.min(b), a.max(b), count);
        // A negative increment is 1/n with n = 10^k over 1, 2 or 5: k digits after the point
        // (ceil of log10 n, counted exactly).
        let mut decimals = 0;
        while inc < 0.0 && 10f64.powi(i32::from(decimals)) < -inc {
            decimals += 1;
        }
        decimals
    }
}

/// d3's tickIncrement: a step of 1, 2 or 5 × 10^k; negative values mean 1/|step| (exact for small steps).
pub fn tick_increment(start: f64, stop: f64, count: usize) -> f64 {
    let step = (stop - start) / (count.max(1) as f64);
    if step <= 0.0 || !step.is_finite() {
        return 0.0;
    }
    // power = floor(log10(step)) and error = step / 10^power, counted with `powi` (repeated
    // multiplication, exact up to 10^22) instead of log10 and powf (d3's way), which would bring
    // libm's pow and log10 into the bundle.
    let mut power: i32 = 0;
    while power < 307 && step >= 10f64.powi(power + 1) {
        power += 1;
    }
    while power > -307 && step < 10f64.powi(power) {
        power -= 1;
    }
    let error = if power >= 0 {
        step / 10f64.powi(power)
    } else {
        step * 10f64.powi(-power)
    };
    let factor = if error >= 50f64.sqrt() {
        10.0
    } else if error >= 10f64.sqrt() {
        5.0
    } else if error >= 2f64.sqrt() {
        2.0
    } else {
        1.0
    };
    if power >= 0 {
        factor * 10f64.powi(power)
    } else {
        -10f64.powi(-power) / factor
    }
}

/// Divides a range into `n` equal bands with padding (d3's scaleBand, align 0.5).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Band {
    pub n: usize,
    pub range: (f64, f64),
    pub padding_inner: f64,
    pub padding_outer: f64,
}

impl Band {
    pub fn new(n: usize, range: (f64, f64), padding: f64) -> Self {
        Band {
            n,
            range,
            padding_inner: padding,
            padding_outer: padding,
        }
    }

    pub fn step(&self) -> f64 {
        let (r0, r1) = self.range;
        (r1 - r0) / (self.n as f64 - self.padding_inner + 2.0 * self.padding_outer).max(1.0)
    }

    pub fn bandwidth(&self) -> f64 {
        self.step() * (1.0 - self.padding_inner)
    }

    /// Left edge of band `i`.
    pub fn apply(&self, i: usize) -> f64 {
        let (r0, r1) = self.range;
        let step = self.step();
        let start = r0 + (r1 - r0 - step * (self.n as f64 - self.padding_inner)) * 0.5;
        start + step * i as f64
    }
}
