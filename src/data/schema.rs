//! The dataset's schema: one definition read by `build.rs` (which deserialises and validates
//! `data/ai-server-chain.toml`) and by the app (which holds the same types as static data).
//!
//! Strings and lists are plain `'static` references: the generated code borrows everything from
//! static memory (nothing is parsed in the browser), and the build script, which parses the file
//! once and then exits, keeps what it parses for the rest of its run (`text`, `texts`). One
//! pointer and length per string, and no owned-or-borrowed branch wherever one is read.

use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;
use std::fmt;
use std::str::FromStr;

pub type Text = &'static str;
pub type List<T> = &'static [T];

/// A string of the data file, kept for the rest of the build script's (or test's) run.
fn text<'de, D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
    String::deserialize(d).map(|s| &*s.leak())
}

/// A list of strings of the data file, kept like `text`.
fn texts<'de, D: Deserializer<'de>>(d: D) -> Result<List<Text>, D::Error> {
    let list = Vec::<String>::deserialize(d)?;
    Ok(list
        .into_iter()
        .map(|s| &*s.leak())
        .collect::<Vec<_>>()
        .leak())
}

/// Implements `as_str`, `FromStr` and `ALL` for a fieldless enum from one table of names.
macro_rules! named_enum {
    ($(#[$m:meta])* $name:ident, $what:literal { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                match s {
                    $($text => Ok($name::$variant),)+
                    _ => Err(format!(
                        "unknown {} \"{}\" (expected one of: {})",
                        $what,
                        s,
                        [$($text),+].join(", ")
                    )),
                }
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                s.parse().map_err(de::Error::custom)
            }
        }
    };
}

named_enum!(
    /// The three columns of the chain.
    Tier, "tier" { Upstream = "upstream", Midstream = "midstream", Downstream = "downstream" }
);
named_enum!(
    /// Whether a value was measured, predicted, or set as a goal.
    Kind, "kind" { Actual = "actual", Forecast = "forecast", Target = "target" }
);
named_enum!(
    /// How the article hedges a value: 约 (approx), 超过/超 (over), 接近 (near).
    Qualifier, "qualifier" { Exact = "exact", Approx = "approx", Over = "over", Near = "near" }
);
named_enum!(
    /// Units exactly as the article writes them.
    Unit, "unit" {
        YiYuan = "亿元",
        Percent = "%",
        PercentagePoint = "百分点",
        WanTai = "万台",
        WanGe = "万个",
        WanZhi = "万只",
        Seat = "席",
        Jia = "家",
        Year = "年",
    }
);

/// A decimal number exactly as the source writes it: 2160.32 is `units: 216032, scale: 2`.
/// Keeping digits as integers makes unit conversion exact and formatting free of float machinery.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decimal {
    pub units: i64,
    pub scale: u8,
}

impl Decimal {
    pub const fn new(units: i64, scale: u8) -> Self {
        Decimal { units, scale }
    }

    /// Drops trailing zeros of the fraction, so that equal values compare equal (2.50 == 2.5).
    pub fn normalized(self) -> Self {
        let mut d = self;
        while d.scale > 0 && d.units % 10 == 0 {
            d = Decimal::new(d.units / 10, d.scale - 1);
        }
        d
    }

    /// The exact sum, at the larger of the two scales.
    pub fn plus(self, other: Decimal) -> Decimal {
        let scale = self.scale.max(other.scale);
        let lift = |d: Decimal| d.units * 10i64.pow(u32::from(scale - d.scale));
        Decimal::new(lift(self) + lift(other), scale).normalized()
    }

    pub fn to_f64(self) -> f64 {
        self.units as f64 / 10f64.powi(i32::from(self.scale))
    }
}

impl FromStr for Decimal {
    type Err = String;
    /// Parses plain decimal notation (`-12.50`); no exponents, at most 9 fraction digits.
    fn from_str(s: &str) -> Result<Self, String> {
        let bad = || format!("\"{s}\" is not a plain decimal number");
        let (neg, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int, frac) = body.split_once('.').unwrap_or((body, ""));
        if int.is_empty() || frac.len() > 9 {
            return Err(bad());
        }
        let digits = format!("{int}{frac}");
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let units: i64 = digits.parse().map_err(|_| bad())?;
        let units = if neg { -units } else { units };
        Ok(Decimal::new(units, frac.len() as u8).normalized())
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Decimal;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
                Ok(Decimal::new(v, 0))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
                i64::try_from(v)
                    .map(|v| Decimal::new(v, 0))
                    .map_err(E::custom)
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
                // Rust prints the shortest decimal that reads back as the same float: the digits the editor typed.
                v.to_string().parse().map_err(E::custom)
            }
        }
        d.deserialize_any(V)
    }
}

/// An id with its name in both languages (metrics, categories, company groups, sources).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Label {
    #[serde(deserialize_with = "text")]
    pub id: Text,
    #[serde(deserialize_with = "text")]
    pub zh: Text,
    #[serde(deserialize_with = "text")]
    pub en: Text,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Node {
    #[serde(deserialize_with = "text")]
    pub id: Text,
    pub tier: Tier,
    #[serde(deserialize_with = "text")]
    pub zh: Text,
    #[serde(deserialize_with = "text")]
    pub en: Text,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    #[serde(deserialize_with = "text")]
    pub from: Text,
    #[serde(deserialize_with = "text")]
    pub to: Text,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Company {
    #[serde(deserialize_with = "text")]
    pub node: Text,
    #[serde(deserialize_with = "text")]
    pub group: Text,
    #[serde(deserialize_with = "text")]
    pub zh: Text,
    #[serde(deserialize_with = "text")]
    pub en: Text,
}

/// The line the article prints under one of its charts ("数据来源:…整理"), word for word, for the
/// widget's charts of that node and metric.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceLine {
    #[serde(deserialize_with = "text")]
    pub node: Text,
    #[serde(deserialize_with = "text")]
    pub metric: Text,
    #[serde(deserialize_with = "text")]
    pub zh: Text,
    #[serde(deserialize_with = "text")]
    pub en: Text,
}

/// A claim of the article drawn on the chart of a series: over a year or a range of years of it, or
/// on the whole series (`from` omitted). The zh text is words of the quote it comes from.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Annotation {
    /// The series' id, as in `data-series`: `node/metric` or `node/metric/category`.
    #[serde(deserialize_with = "text")]
    pub series: Text,
    #[serde(default)]
    pub from: Option<u16>,
    /// The range's last year; omitted for one year.
    #[serde(default)]
    pub to: Option<u16>,
    #[serde(deserialize_with = "text")]
    pub zh: Text,
    #[serde(deserialize_with = "text")]
    pub en: Text,
    #[serde(deserialize_with = "text")]
    pub quote: Text,
    /// The text with its years, as summaries, tables and notes show it ("市场增速逐步放缓
    /// (2022—2026年)", "Growth is slowing (2022–2026)"): written by `load.rs`, not in the file.
    #[serde(skip)]
    pub note_zh: Text,
    #[serde(skip)]
    pub note_en: Text,
}

impl Annotation {
    /// Whether the annotation covers a value of `year` (every value when it names no year).
    pub fn covers(&self, year: Option<u16>) -> bool {
        match (self.from, year) {
            (None, _) => true,
            (Some(from), Some(y)) => from <= y && y <= self.to.unwrap_or(from),
            (Some(_), None) => false,
        }
    }
}

/// A figure changed after publication: which one (as a fact names it), when, what it was, and why.
/// Its new value is the fact's.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// YYYY-MM-DD.
    #[serde(deserialize_with = "text")]
    pub date: Text,
    #[serde(deserialize_with = "text")]
    pub node: Text,
    #[serde(deserialize_with = "text")]
    pub metric: Text,
    #[serde(default, deserialize_with = "text")]
    pub category: Text,
    #[serde(default)]
    pub year: Option<u16>,
    #[serde(default, deserialize_with = "text")]
    pub period: Text,
    /// The value as first published, in the fact's unit.
    pub old: Decimal,
    #[serde(deserialize_with = "text")]
    pub zh: Text,
    #[serde(deserialize_with = "text")]
    pub en: Text,
}

impl Correction {
    /// Whether this corrects `f`.
    pub fn of(&self, f: &Fact) -> bool {
        (
            self.node,
            self.metric,
            self.category,
            self.year,
            self.period,
        ) == (f.node, f.metric, f.category, f.year, f.period)
    }
}

/// One value of the source, with everything needed to show, qualify and credit it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    #[serde(deserialize_with = "text")]
    pub node: Text,
    #[serde(deserialize_with = "text")]
    pub metric: Text,
    #[serde(default, deserialize_with = "text")]
    pub category: Text,
    #[serde(default)]
    pub year: Option<u16>,
    #[serde(default, deserialize_with = "text")]
    pub period: Text,
    pub value: Decimal,
    pub unit: Unit,
    pub kind: Kind,
    pub qualifier: Qualifier,
    #[serde(deserialize_with = "texts")]
    pub sources: List<Text>,
    /// The `[[report]]` the article says the value comes from; "" when it names none.
    #[serde(default, deserialize_with = "text")]
    pub report: Text,
    #[serde(deserialize_with = "text")]
    pub quote: Text,
}

/// The whole file. `load.rs` builds it entry by entry so that errors can name the entry.
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    pub title_zh: Text,
    pub title_en: Text,
    pub dek_zh: Text,
    pub dek_en: Text,
    pub publisher_zh: Text,
    pub publisher_en: Text,
    /// The date of the data file's last change (YYYY-MM-DD): the version a citation gives.
    pub updated: Text,
    pub sources: List<Label>,
    /// Reports the article names, by their titles (zh as printed, without 《》; en a translation).
    pub reports: List<Label>,
    pub source_lines: List<SourceLine>,
    pub annotations: List<Annotation>,
    /// Figures changed after publication (none in the article as published).
    pub corrections: List<Correction>,
    pub nodes: List<Node>,
    pub links: List<Link>,
    pub metrics: List<Label>,
    pub categories: List<Label>,
    pub groups: List<Label>,
    pub companies: List<Company>,
    pub facts: List<Fact>,
}
