#![cfg(not(target_arch = "wasm32"))]
//! Numbers, units and qualifiers per language: exact conversions, tables of literals.

use ai_server_chain::data::schema::{Decimal, Kind, Qualifier, Unit};
use ai_server_chain::i18n::format::{
    amount, decimal_from_f64, label, number, period, range, shift, value, year,
};
use ai_server_chain::i18n::mid_sentence;
use ai_server_chain::i18n::Lang::{En, Zh};

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn numbers() {
    let table: &[(&str, bool, &str)] = &[
        ("1073", false, "1073"),
        ("1073", true, "1,073"),
        ("2160.32", true, "2,160.32"),
        ("0.6", true, "0.6"),
        ("-1234567.5", true, "-1,234,567.5"),
        ("0", true, "0"),
        ("100", true, "100"),
        ("123456", true, "123,456"),
        ("1000000", false, "1000000"),
        ("-0.05", true, "-0.05"),
    ];
    for &(x, group, want) in table {
        assert_eq!(number(d(x), group), want, "{x}");
    }
    assert_eq!(number(Decimal::new(5, 3), false), "0.005");
    assert_eq!(shift(d("1073"), -1), d("107.3"));
    assert_eq!(shift(d("28.4"), 4), d("284000"));
    assert_eq!(shift(d("0.01"), 4), d("100"));
}

#[test]
fn values_in_both_languages() {
    use Qualifier::*;
    use Unit::*;
    let table: &[(&str, Unit, Qualifier, &str, &str)] = &[
        (
            "1073",
            YiYuan,
            Approx,
            "约1073亿元",
            "about CNY\u{a0}107.3\u{a0}bn",
        ),
        (
            "2160.32",
            YiYuan,
            Approx,
            "约2160.32亿元",
            "about CNY\u{a0}216.032\u{a0}bn",
        ),
        (
            "2600",
            YiYuan,
            Over,
            "超过2600亿元",
            "over CNY\u{a0}260\u{a0}bn",
        ),
        (
            "1300",
            YiYuan,
            Near,
            "接近1300亿元",
            "nearly CNY\u{a0}130\u{a0}bn",
        ),
        (
            "14420",
            YiYuan,
            Exact,
            "14420亿元",
            "CNY\u{a0}1,442\u{a0}bn",
        ),
        (
            "28.4",
            WanTai,
            Approx,
            "约28.4万台",
            "about 284,000\u{a0}units",
        ),
        ("40", WanTai, Over, "超过40万台", "over 400,000\u{a0}units"),
        (
            "100",
            WanGe,
            Near,
            "接近100万个",
            "nearly 1\u{a0}million racks",
        ),
        ("94.8", WanGe, Exact, "94.8万个", "948,000\u{a0}racks"),
        ("500", WanZhi, Exact, "500万只", "5\u{a0}million modules"),
        ("32.78", Percent, Exact, "32.78%", "32.78%"),
        ("70", Percent, Over, "超过70%", "over 70%"),
        // A change in percentage points carries its sign when it is a rise.
        (
            "0.6",
            PercentagePoint,
            Exact,
            "+0.6个百分点",
            "+0.6\u{a0}percentage points",
        ),
        (
            "-0.3",
            PercentagePoint,
            Exact,
            "-0.3个百分点",
            "-0.3\u{a0}percentage points",
        ),
        (
            "0",
            PercentagePoint,
            Exact,
            "0个百分点",
            "0\u{a0}percentage points",
        ),
        ("7", Seat, Exact, "7席", "7\u{a0}seats"),
        ("8", Jia, Exact, "8家", "8\u{a0}companies"),
        ("2", Year, Exact, "2年", "2\u{a0}years"),
    ];
    for &(x, unit, q, zh, en) in table {
        assert_eq!(value(d(x), unit, q, Zh), zh);
        assert_eq!(value(d(x), unit, q, En), en);
    }
    assert_eq!(
        amount(d("1073"), Unit::YiYuan, En),
        "CNY\u{a0}107.3\u{a0}bn"
    );
    assert_eq!(
        label(d("1073"), Unit::YiYuan, Qualifier::Approx, Zh),
        "≈1073"
    );
    assert_eq!(
        label(d("1073"), Unit::YiYuan, Qualifier::Approx, En),
        "≈107.3"
    );
    assert_eq!(label(d("2600"), Unit::YiYuan, Qualifier::Over, En), ">260");
    assert_eq!(label(d("1300"), Unit::YiYuan, Qualifier::Near, Zh), "~1300");
    assert_eq!(range(d("300"), d("500"), Unit::WanZhi, Zh), "300–500万只");
    assert_eq!(
        range(d("300"), d("500"), Unit::WanZhi, En),
        "3\u{a0}million–5\u{a0}million modules"
    );
}

#[test]
fn years_and_periods() {
    assert_eq!(year(2024, Kind::Actual), "2024");
    assert_eq!(year(2025, Kind::Forecast), "2025E");
    assert_eq!(year(2025, Kind::Target), "2025E");
    assert_eq!(period("2025-01..2025-09", Zh), "2025年1—9月");
    assert_eq!(period("2025-01..2025-10", En), "Jan–Oct 2025");
    assert_eq!(period("2024-11..2025-02", En), "Nov 2024–Feb 2025");
    assert_eq!(period("garbage", En), "garbage");
    // Exactly two dots between the months; anything else is shown as written.
    assert_eq!(period("2025-01.2025-09", En), "2025-01.2025-09");
    assert_eq!(period("2025-01...2025-09", En), "2025-01...2025-09");
}

#[test]
fn ticks_become_decimals() {
    assert_eq!(decimal_from_f64(1000.0, 0), Decimal::new(1000, 0));
    assert_eq!(decimal_from_f64(0.30000000000000004, 1), Decimal::new(3, 1));
    assert_eq!(decimal_from_f64(2.5, 1), Decimal::new(25, 1));
}

#[test]
fn english_names_inside_a_sentence() {
    for (name, inside) in [
        ("Memory chips", "memory chips"),
        ("Optical modules", "optical modules"),
        ("Solid-state drives", "solid-state drives"),
        ("GPUs", "GPUs"),
        ("CPUs", "CPUs"),
        ("PCBs", "PCBs"),
        ("AI servers", "AI servers"),
        ("memory chips", "memory chips"),
        ("X", "X"),
        ("", ""),
        ("存储芯片", "存储芯片"),
    ] {
        assert_eq!(mid_sentence(name), inside, "{name}");
    }
}
