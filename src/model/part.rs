//! What one embed shows (`part=`) and the newsroom's colour (`accent=`): parsed, written back and
//! checked here, purely; the components only read them.

use crate::data::{series_of, DATASET};

/// The part of the widget an embed shows: the whole widget, the map with its details, the
/// overview's charts, the tables with the CSV downloads, or one chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Part {
    #[default]
    All,
    Map,
    Charts,
    Data,
    Chart(Chart),
}

/// A chart that can be embedded alone: the overview's three of their own, or a node's series
/// (which the overview and the node's details draw), named by its download file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chart {
    Upstream,
    Split,
    Provinces,
    /// A node (index into `DATASET.nodes`) and the metric of its series.
    Series(usize, &'static str),
}

impl Chart {
    /// Every chart, in the order the widget draws them.
    pub fn all() -> Vec<Chart> {
        let mut all = vec![Chart::Upstream, Chart::Split, Chart::Provinces];
        for (i, n) in DATASET.nodes.iter().enumerate() {
            for s in series_of(n.id).iter().filter(|s| s.category.is_empty()) {
                all.push(Chart::Series(i, s.metric));
            }
        }
        all
    }

    /// Its download name without the `ai-server-chain-` prefix, as its figure's `data-file`.
    pub fn file(self) -> String {
        match self {
            Chart::Upstream => "upstream-market-size".into(),
            Chart::Split => "ai-server-training-inference".into(),
            Chart::Provinces => "ai-server-listed-companies-by-province".into(),
            Chart::Series(i, metric) => {
                format!("{}-{}", DATASET.nodes[i].id, metric).replace('_', "-")
            }
        }
    }
}

impl Part {
    /// The value of `part=` (`chart:gpu-market-size`).
    pub fn name(self) -> String {
        match self {
            Part::Chart(c) => format!("chart:{}", c.file()),
            part => part.kind().into(),
        }
    }

    pub fn parse(value: &str) -> Result<Part, String> {
        let shown: String = value.chars().take(60).collect();
        match value {
            "all" => Ok(Part::All),
            "map" => Ok(Part::Map),
            "charts" => Ok(Part::Charts),
            "data" => Ok(Part::Data),
            _ => match value.strip_prefix("chart:") {
                Some(file) => Chart::all()
                    .into_iter()
                    .find(|c| c.file() == file)
                    .map(Part::Chart)
                    .ok_or_else(|| format!("no chart named \"{}\"", &shown[6..])),
                None => Err(format!(
                    "unknown part \"{shown}\" (expected all, map, charts, data or chart:<file>)"
                )),
            },
        }
    }

    /// A number that changes exactly when the part does (for the keys of regions that show it).
    pub fn key(self) -> u64 {
        fnv(&self.name())
    }

    /// Whether the part is one chart.
    pub fn chart(self) -> bool {
        matches!(self, Part::Chart(_))
    }

    /// The part's kind, as the stylesheet reads it (`data-part`).
    pub fn kind(self) -> &'static str {
        match self {
            Part::All => "all",
            Part::Map => "map",
            Part::Charts => "charts",
            Part::Data => "data",
            Part::Chart(_) => "chart",
        }
    }

    /// Whether the part holds the chain map with its details.
    pub fn map(self) -> bool {
        matches!(self, Part::All | Part::Map)
    }

    /// Whether the part holds the overview's charts.
    pub fn charts(self) -> bool {
        matches!(self, Part::All | Part::Charts)
    }

    /// Whether the part holds the tables and the CSV downloads.
    pub fn data(self) -> bool {
        matches!(self, Part::All | Part::Data)
    }
}

/// A colour of the newsroom's, `RRGGBB`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub [u8; 3]);

/// The page's backgrounds, light and dark (`--bg` in style/main.css).
pub const BACKGROUNDS: [Rgb; 2] = [Rgb([0xff, 0xff, 0xff]), Rgb([0x12, 0x14, 0x17])];

/// The least contrast an accent needs against the background it is drawn on (WCAG 1.4.11).
pub const MIN_CONTRAST: f64 = 3.0;

impl Rgb {
    /// Six hex digits, with or without a leading `#`.
    pub fn parse(value: &str) -> Option<Rgb> {
        let hex = value.strip_prefix('#').unwrap_or(value).as_bytes();
        if hex.len() != 6 {
            return None;
        }
        let digit = |b: u8| (b as char).to_digit(16);
        let mut rgb = [0u8; 3];
        for (k, pair) in hex.chunks(2).enumerate() {
            rgb[k] = (digit(pair[0])? * 16 + digit(pair[1])?) as u8;
        }
        Some(Rgb(rgb))
    }

    /// `0b5cad`: as `accent=` takes it.
    pub fn hex(self) -> String {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut s = String::with_capacity(6);
        for b in self.0 {
            s.push(DIGITS[usize::from(b >> 4)] as char);
            s.push(DIGITS[usize::from(b & 15)] as char);
        }
        s
    }

    /// Relative luminance (WCAG 2): each sRGB channel made linear, then weighted.
    pub fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                power_2_4((c + 0.055) / 1.055)
            }
        };
        let [r, g, b] = self.0;
        0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }

    /// The contrast ratio against `other`, 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// Whether it stands out enough against the light and the dark background.
    pub fn fits(self) -> [bool; 2] {
        BACKGROUNDS.map(|bg| self.contrast(bg) >= MIN_CONTRAST)
    }
}

/// `x` to the power 2.4 for `x` in [0, 1], as x² times the fifth root of x², the root by
/// bisection (`powf` would bring libm's pow into the bundle).
fn power_2_4(x: f64) -> f64 {
    let square = x * x;
    let (mut lo, mut hi) = (0.0, 1.0);
    for _ in 0..64 {
        let mid = (lo + hi) / 2.0;
        if mid * mid * mid * mid * mid < square {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    square * hi
}

/// FNV-1a: a hash of `text` for keys that follow a whole address or name.
pub(super) fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}
