//! Numbers, units, qualifiers and years for each language, computed exactly on decimal digits.
//!
//! Integer arithmetic only: `1 亿元 = CNY 0.1 bn` and `1 万 = 10,000` are shifts of the decimal
//! scale, so no conversion ever rounds, and the bundle carries no float-formatting code.
//!
//! Text is searched with char patterns and digits are handled as ASCII bytes: a `&str` pattern
//! (`split_once("..")`, `replace("2023", …)`) or a str split at an index brings in core's substring
//! searcher and the formatting of its panic messages (char escapes, Unicode tables).

use super::Lang;
use crate::data::schema::{Decimal, Kind, Qualifier, Unit};

/// Writes `d` in plain decimal notation; `group` adds thousands separators (1,073.5).
pub fn number(d: Decimal, group: bool) -> String {
    let d = d.normalized();
    let digits = d.units.unsigned_abs().to_string().into_bytes();
    let scale = usize::from(d.scale);
    // Zero-padded to one digit before the point at least (0.05); handled as ASCII bytes.
    let width = digits.len().max(scale + 1);
    let (pad, int) = (width - digits.len(), width - scale);
    let mut out = String::with_capacity(width + 8);
    if d.units < 0 {
        out.push('-');
    }
    for i in 0..width {
        if i == int {
            out.push('.');
        } else if group && i > 0 && i < int && (int - i) % 3 == 0 {
            out.push(',');
        }
        out.push(if i < pad {
            '0'
        } else {
            char::from(digits[i - pad])
        });
    }
    out
}

/// Multiplies by 10^k exactly (k may be negative).
pub fn shift(d: Decimal, k: i32) -> Decimal {
    let scale = i32::from(d.scale) - k;
    if scale >= 0 {
        Decimal::new(d.units, scale as u8).normalized()
    } else {
        Decimal::new(d.units * 10i64.pow(scale.unsigned_abs()), 0)
    }
}

/// A value in the unit the language shows it in: English converts 亿元 to CNY bn and 万 to ones.
pub fn convert(d: Decimal, unit: Unit, lang: Lang) -> Decimal {
    match (lang, unit) {
        (Lang::En, Unit::YiYuan) => shift(d, -1),
        (Lang::En, Unit::WanTai | Unit::WanGe | Unit::WanZhi) => shift(d, 4),
        _ => d,
    }
}

/// The unit as an axis or column heading shows it ("亿元", "CNY bn").
pub fn unit_label(unit: Unit, lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => match unit {
            Unit::PercentagePoint => "个百分点",
            u => u.as_str(),
        },
        Lang::En => match unit {
            Unit::YiYuan => "CNY bn",
            Unit::Percent => "%",
            Unit::PercentagePoint => "percentage points",
            Unit::WanTai => "units",
            Unit::WanGe => "racks",
            Unit::WanZhi => "modules",
            Unit::Seat => "seats",
            Unit::Jia => "companies",
            Unit::Year => "years",
        },
    }
}

pub fn qualifier_word(q: Qualifier, lang: Lang) -> &'static str {
    match (lang, q) {
        (_, Qualifier::Exact) => "",
        (Lang::Zh, Qualifier::Approx) => "约",
        (Lang::Zh, Qualifier::Over) => "超过",
        (Lang::Zh, Qualifier::Near) => "接近",
        (Lang::En, Qualifier::Approx) => "about ",
        (Lang::En, Qualifier::Over) => "over ",
        (Lang::En, Qualifier::Near) => "nearly ",
    }
}

/// The compact mark of a qualifier for chart labels, the same in both languages.
pub fn qualifier_sign(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "",
        Qualifier::Approx => "≈",
        Qualifier::Over => ">",
        Qualifier::Near => "~",
    }
}

/// The number and unit without qualifier: "1073亿元", "CNY 107.3 bn", "284,000 units", "3 million modules";
/// a change in percentage points with its sign, "+0.6个百分点", "+0.6 percentage points". In English
/// the spaces inside an amount are no-break spaces (U+00A0), so a narrow card or column never
/// leaves "CNY 107.3" on one line and "bn" on the next. A line may still break before a unit word
/// after "million" ("3 million" / "modules") and inside "percentage points".
pub fn amount(d: Decimal, unit: Unit, lang: Lang) -> String {
    let v = convert(d, unit, lang);
    let sign = if unit == Unit::PercentagePoint && v.units > 0 {
        "+"
    } else {
        ""
    };
    match lang {
        Lang::Zh => format!("{sign}{}{}", number(v, false), unit_label(unit, lang)),
        Lang::En => match unit {
            Unit::YiYuan => format!("CNY\u{a0}{}\u{a0}bn", number(v, true)),
            Unit::Percent => format!("{}%", number(v, true)),
            Unit::WanTai | Unit::WanGe | Unit::WanZhi if v.units.abs() >= million(v.scale) => {
                format!(
                    "{}\u{a0}million {}",
                    number(shift(v, -6), true),
                    unit_label(unit, lang)
                )
            }
            _ => format!("{sign}{}\u{a0}{}", number(v, true), unit_label(unit, lang)),
        },
    }
}

fn million(scale: u8) -> i64 {
    1_000_000 * 10i64.pow(u32::from(scale))
}

/// A value as a sentence states it: "约1073亿元", "about CNY 107.3 bn".
pub fn value(d: Decimal, unit: Unit, q: Qualifier, lang: Lang) -> String {
    format!("{}{}", qualifier_word(q, lang), amount(d, unit, lang))
}

/// A chart label: the qualifier as a sign and the number alone ("≈1073", ">260").
pub fn label(d: Decimal, unit: Unit, q: Qualifier, lang: Lang) -> String {
    format!(
        "{}{}",
        qualifier_sign(q),
        number(convert(d, unit, lang), lang == Lang::En)
    )
}

/// A range the source gives as two values: "300–500万只", "3 million–5 million modules".
pub fn range(lo: Decimal, hi: Decimal, unit: Unit, lang: Lang) -> String {
    let hi_text = amount(hi, unit, lang);
    match lang {
        Lang::Zh => format!("{}–{hi_text}", number(lo, false)),
        Lang::En => {
            let lo_text = amount(lo, unit, lang);
            let lo_text = lo_text
                .strip_suffix(unit_label(unit, lang))
                .unwrap_or(&lo_text);
            format!("{}–{hi_text}", lo_text.trim_end())
        }
    }
}

/// Forecast and target years are marked with E in both languages: 2025E.
pub fn year(y: u16, kind: Kind) -> String {
    match kind {
        Kind::Actual => y.to_string(),
        Kind::Forecast | Kind::Target => format!("{y}E"),
    }
}

pub fn kind_word(kind: Kind, lang: Lang) -> &'static str {
    match (lang, kind) {
        (Lang::Zh, Kind::Actual) => "实际",
        (Lang::Zh, Kind::Forecast) => "预测",
        (Lang::Zh, Kind::Target) => "目标",
        (Lang::En, Kind::Actual) => "actual",
        (Lang::En, Kind::Forecast) => "forecast",
        (Lang::En, Kind::Target) => "target",
    }
}

/// "2025-01..2025-09" as words: "2025年1—9月" / "Jan–Sep 2025". Unparseable periods are shown as written.
pub fn period(p: &str, lang: Lang) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let part = |s: &str| -> Option<(u16, usize)> {
        let (y, m) = s.split_once('-')?;
        let m: usize = m.parse().ok()?;
        (1..=12).contains(&m).then_some((y.parse().ok()?, m))
    };
    let Some(((y0, m0), (y1, m1))) = p
        .split_once('.')
        .and_then(|(a, b)| Some((part(a)?, part(b.strip_prefix('.')?)?)))
    else {
        return p.to_owned();
    };
    match lang {
        Lang::Zh if y0 == y1 => format!("{y0}年{m0}—{m1}月"),
        Lang::Zh => format!("{y0}年{m0}月—{y1}年{m1}月"),
        Lang::En if y0 == y1 => format!("{}–{} {y0}", MONTHS[m0 - 1], MONTHS[m1 - 1]),
        Lang::En => format!("{} {y0}–{} {y1}", MONTHS[m0 - 1], MONTHS[m1 - 1]),
    }
}

/// A float from a scale (a tick, say) to a decimal with `decimals` fraction digits.
pub fn decimal_from_f64(x: f64, decimals: u8) -> Decimal {
    let units = (x * 10f64.powi(i32::from(decimals))).round() as i64;
    Decimal::new(units, decimals).normalized()
}
