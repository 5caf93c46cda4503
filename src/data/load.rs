//! Reads and validates the dataset file. Included by `build.rs` (a bad file stops the build) and by
//! the native tests; never part of the browser bundle, which receives the data already compiled.

use crate::schema::{
    Annotation, Company, Correction, Dataset, Decimal, Fact, Label, Link, Node, SourceLine, Text,
};
use serde::de::DeserializeOwned;
use std::collections::{BTreeMap, BTreeSet};

/// Parses and validates `text` (the contents of `file`). Every problem found is reported, one per
/// line, each naming the file, the entry and what is wrong.
pub fn load(file: &str, text: &str) -> Result<Dataset, String> {
    let mut errors = Vec::new();
    let data = parse(text, &mut errors);
    if let Some(data) = &data {
        validate(data, &mut errors);
    }
    match data {
        Some(data) if errors.is_empty() => Ok(data),
        _ => Err(errors
            .iter()
            .map(|e| format!("{file}: {e}"))
            .collect::<Vec<_>>()
            .join("\n")),
    }
}

const TABLES: [&str; 12] = [
    "source",
    "report",
    "source_line",
    "node",
    "link",
    "metric",
    "category",
    "group",
    "company",
    "fact",
    "annotation",
    "correction",
];
const STRINGS: [&str; 7] = [
    "updated",
    "title_zh",
    "title_en",
    "dek_zh",
    "dek_en",
    "publisher_zh",
    "publisher_en",
];

fn parse(text: &str, errors: &mut Vec<String>) -> Option<Dataset> {
    let root: toml::Table = match text.parse() {
        Ok(t) => t,
        Err(e) => {
            errors.push(format!("not valid TOML: {e}"));
            return None;
        }
    };
    for key in root.keys() {
        if !TABLES.contains(&key.as_str()) && !STRINGS.contains(&key.as_str()) {
            errors.push(format!("unknown top-level key `{key}`"));
        }
    }
    let string = |key: &str, errors: &mut Vec<String>| -> Text {
        match root.get(key).and_then(|v| v.as_str()) {
            Some(s) if !s.trim().is_empty() => s.to_owned().leak(),
            _ => {
                errors.push(format!("`{key}` is missing or not a non-empty string"));
                ""
            }
        }
    };
    let data = Dataset {
        title_zh: string("title_zh", errors),
        title_en: string("title_en", errors),
        dek_zh: string("dek_zh", errors),
        dek_en: string("dek_en", errors),
        publisher_zh: string("publisher_zh", errors),
        publisher_en: string("publisher_en", errors),
        updated: string("updated", errors),
        sources: entries::<Label>(&root, "source", errors),
        reports: entries::<Label>(&root, "report", errors),
        source_lines: entries::<SourceLine>(&root, "source_line", errors),
        nodes: entries::<Node>(&root, "node", errors),
        links: entries::<Link>(&root, "link", errors),
        metrics: entries::<Label>(&root, "metric", errors),
        categories: entries::<Label>(&root, "category", errors),
        groups: entries::<Label>(&root, "group", errors),
        companies: entries::<Company>(&root, "company", errors),
        facts: entries::<Fact>(&root, "fact", errors),
        annotations: notes(entries::<Annotation>(&root, "annotation", errors)),
        corrections: optional::<Correction>(&root, "correction", errors),
    };
    errors.is_empty().then_some(data)
}

/// Deserialises each `[[key]]` entry on its own so that an error names the entry that has it.
fn entries<T: DeserializeOwned + Clone>(
    root: &toml::Table,
    key: &str,
    errors: &mut Vec<String>,
) -> &'static [T] {
    let Some(list) = root.get(key).and_then(|v| v.as_array()) else {
        errors.push(format!("no [[{key}]] entries"));
        return &[];
    };
    let mut out = Vec::with_capacity(list.len());
    for (i, value) in list.iter().enumerate() {
        match value.clone().try_into::<T>() {
            Ok(v) => out.push(v),
            Err(e) => errors.push(format!(
                "{}: {}",
                describe(key, i, value),
                e.message().trim()
            )),
        }
    }
    out.leak()
}

/// The annotations with their texts as shown, years added (`Annotation::note_zh`, `note_en`).
fn notes(list: &'static [Annotation]) -> &'static [Annotation] {
    let years = |a: &Annotation, dash: &str| match (a.from, a.to) {
        (Some(from), Some(to)) => format!("{from}{dash}{to}"),
        (Some(from), None) => from.to_string(),
        _ => String::new(),
    };
    list.iter()
        .map(|a| {
            let (zh, en) = match years(a, "—") {
                y if y.is_empty() => (a.zh.to_owned(), a.en.to_owned()),
                y => (
                    format!("{}({y}年)", a.zh),
                    format!("{} ({})", a.en, years(a, "–")),
                ),
            };
            Annotation {
                note_zh: zh.leak(),
                note_en: en.leak(),
                ..a.clone()
            }
        })
        .collect::<Vec<_>>()
        .leak()
}

/// Entries of a table the file may leave out.
fn optional<T: DeserializeOwned + Clone>(
    root: &toml::Table,
    key: &str,
    errors: &mut Vec<String>,
) -> &'static [T] {
    if root.contains_key(key) {
        entries(root, key, errors)
    } else {
        &[]
    }
}

/// Names an entry the way an editor finds it in the file: its position and its identifying fields.
fn describe(key: &str, index: usize, value: &toml::Value) -> String {
    let fields: Vec<String> = [
        "id", "node", "metric", "category", "year", "from", "to", "zh",
    ]
    .iter()
    .filter_map(|f| value.get(f).map(|v| format!("{f} = {v}")))
    .collect();
    format!("[[{key}]] #{} ({})", index + 1, fields.join(", "))
}

fn fact_name(i: usize, f: &Fact) -> String {
    let year = f.year.map(|y| format!(", year = {y}")).unwrap_or_default();
    let cat = if f.category.is_empty() {
        String::new()
    } else {
        format!(", category = \"{}\"", f.category)
    };
    format!(
        "[[fact]] #{} (node = \"{}\", metric = \"{}\"{cat}{year})",
        i + 1,
        f.node,
        f.metric
    )
}

fn ids<'a>(
    kind: &str,
    items: impl Iterator<Item = &'a str>,
    errors: &mut Vec<String>,
) -> BTreeSet<&'a str> {
    let mut seen = BTreeSet::new();
    for id in items {
        let well_formed = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
        if !well_formed {
            errors.push(format!(
                "[[{kind}]] id {id:?}: use lowercase letters, digits, '-' or '_'"
            ));
        }
        if !seen.insert(id) {
            errors.push(format!("[[{kind}]] id {id:?} appears twice"));
        }
    }
    seen
}

fn validate(d: &Dataset, errors: &mut Vec<String>) {
    let nodes = ids("node", d.nodes.iter().map(|n| n.id), errors);
    let sources = ids("source", d.sources.iter().map(|s| s.id), errors);
    let metrics = ids("metric", d.metrics.iter().map(|s| s.id), errors);
    let categories = ids("category", d.categories.iter().map(|s| s.id), errors);
    let groups = ids("group", d.groups.iter().map(|s| s.id), errors);
    let reports = ids("report", d.reports.iter().map(|r| r.id), errors);

    if !is_date(d.updated) {
        errors.push(format!(
            "`updated` {:?} is not a date of the form YYYY-MM-DD",
            d.updated
        ));
    }
    for r in d.reports.iter() {
        if r.zh.contains(['《', '》']) {
            errors.push(format!(
                "[[report]] id {:?}: write the title without 《》 (the widget adds them)",
                r.id
            ));
        }
    }
    let mut lines = BTreeSet::new();
    for (i, l) in d.source_lines.iter().enumerate() {
        let name = format!(
            "[[source_line]] #{} (node = {:?}, metric = {:?})",
            i + 1,
            l.node,
            l.metric
        );
        if !d
            .facts
            .iter()
            .any(|f| f.node == l.node && f.metric == l.metric)
        {
            errors.push(format!("{name}: no [[fact]] has this node and metric"));
        }
        if !lines.insert((l.node, l.metric)) {
            errors.push(format!("{name}: appears twice"));
        }
    }

    let tier_of = |id: &str| d.nodes.iter().find(|n| n.id == id).map(|n| n.tier);
    for (i, l) in d.links.iter().enumerate() {
        match (tier_of(l.from), tier_of(l.to)) {
            (Some(a), Some(b)) if a < b => {}
            (Some(_), Some(_)) => errors.push(format!(
                "[[link]] #{} ({} -> {}): a link must run from an earlier tier to a later one",
                i + 1,
                l.from,
                l.to
            )),
            _ => errors.push(format!(
                "[[link]] #{} ({} -> {}): unknown node id",
                i + 1,
                l.from,
                l.to
            )),
        }
    }
    for (i, c) in d.companies.iter().enumerate() {
        if !nodes.contains(c.node) {
            errors.push(format!(
                "[[company]] #{} ({}): unknown node id {:?}",
                i + 1,
                c.zh,
                c.node
            ));
        }
        if !groups.contains(c.group) {
            errors.push(format!(
                "[[company]] #{} ({}): unknown group {:?}",
                i + 1,
                c.zh,
                c.group
            ));
        }
    }

    let mut last_year: BTreeMap<(&str, &str, &str), u16> = BTreeMap::new();
    let mut seen = BTreeSet::new();
    for (i, f) in d.facts.iter().enumerate() {
        let mut bad = |what: String| errors.push(format!("{}: {what}", fact_name(i, f)));
        if !nodes.contains(f.node) {
            bad(format!("unknown node id {:?}", f.node));
        }
        if !metrics.contains(f.metric) {
            bad(format!(
                "unknown metric {:?} (declare it in [[metric]])",
                f.metric
            ));
        }
        if !f.category.is_empty() && !categories.contains(f.category) {
            bad(format!(
                "unknown category {:?} (declare it in [[category]])",
                f.category
            ));
        }
        if f.sources.is_empty() {
            bad("`sources` is empty: credit the organisation the article names".into());
        }
        for s in f.sources.iter() {
            if !sources.contains(&**s) {
                bad(format!("unknown source {s:?} (declare it in [[source]])"));
            }
        }
        if !f.report.is_empty() && !reports.contains(f.report) {
            bad(format!(
                "unknown report {:?} (declare it in [[report]])",
                f.report
            ));
        }
        if f.quote.trim().is_empty() {
            bad("`quote` is empty: copy the sentence the value comes from".into());
        }
        if let Some(y) = f.year {
            if !(1990..=2100).contains(&y) {
                bad(format!("year {y} is outside 1990..2100"));
            }
        }
        if !f.period.is_empty() {
            match parse_period(f.period) {
                Some((from, _)) if Some(from) == f.year => {}
                Some(_) => bad(format!(
                    "period {:?} must start in the fact's `year`",
                    f.period
                )),
                None => bad(format!(
                    "period {:?} is not of the form YYYY-MM..YYYY-MM",
                    f.period
                )),
            }
        }
        if f.value.units < 0 && f.unit.as_str() != "%" && f.unit.as_str() != "百分点" {
            bad("only percentages may be negative".into());
        }
        let key = (f.node, f.metric, f.category);
        if let Some(y) = f.year {
            if let Some(prev) = last_year.insert(key, y) {
                if y <= prev {
                    bad(format!("year {y} is out of order: it follows {prev} in this series; list years in ascending order"));
                }
            }
        }
        if !seen.insert((key, f.year, f.period)) {
            bad("appears twice".into());
        }
    }

    for (i, a) in d.annotations.iter().enumerate() {
        let name = format!("[[annotation]] #{} (series = {:?})", i + 1, a.series);
        let mut parts = a.series.splitn(3, '/');
        let (node, metric, category) = (
            parts.next().unwrap_or(""),
            parts.next().unwrap_or(""),
            parts.next().unwrap_or(""),
        );
        let of_series = |f: &&Fact| f.node == node && f.metric == metric && f.category == category;
        if !d.facts.iter().any(|f| of_series(&f)) {
            errors.push(format!(
                "{name}: no [[fact]] is of this series (write node/metric or node/metric/category)"
            ));
        }
        for y in [a.from, a.to].into_iter().flatten() {
            if !d.facts.iter().filter(of_series).any(|f| f.year == Some(y)) {
                errors.push(format!("{name}: the series has no value in {y}"));
            }
        }
        match (a.from, a.to) {
            (None, Some(_)) => errors.push(format!("{name}: `to` without `from`")),
            (Some(from), Some(to)) if to <= from => {
                errors.push(format!("{name}: `to` {to} must come after `from` {from}"))
            }
            _ => {}
        }
        if a.zh.trim().is_empty() || !a.quote.contains(a.zh) {
            errors.push(format!(
                "{name}: the zh text {:?} is not in its quote: copy the article's words",
                a.zh
            ));
        }
    }

    for (i, c) in d.corrections.iter().enumerate() {
        let year = c.year.map(|y| format!(", year = {y}")).unwrap_or_default();
        let name = format!(
            "[[correction]] #{} (node = {:?}, metric = {:?}{year})",
            i + 1,
            c.node,
            c.metric
        );
        match d.facts.iter().find(|f| c.of(f)) {
            None => errors.push(format!(
                "{name}: no [[fact]] has this figure (node, metric, category, year and period)"
            )),
            Some(f) if f.value.normalized() == c.old.normalized() => errors.push(format!(
                "{name}: `old` equals the fact's value: write the corrected value in the [[fact]]"
            )),
            Some(_) => {}
        }
        if !is_date(c.date) {
            errors.push(format!(
                "{name}: `date` {:?} is not of the form YYYY-MM-DD",
                c.date
            ));
        }
    }

    // Parts of a whole (metrics named `*_share`) must add up to exactly 100 %.
    let mut wholes: BTreeMap<(&str, &str, Option<u16>, &str), Decimal> = BTreeMap::new();
    for f in d.facts.iter().filter(|f| f.metric.ends_with("_share")) {
        let sum = wholes
            .entry((f.node, f.metric, f.year, f.period))
            .or_insert(Decimal::new(0, 0));
        *sum = sum.plus(f.value);
    }
    for ((node, metric, _, _), sum) in wholes {
        if sum != Decimal::new(100, 0) {
            errors.push(format!(
                "[[fact]] node = \"{node}\", metric = \"{metric}\": shares add up to {} %, not 100 %",
                sum.to_f64()
            ));
        }
    }
}

/// `"2026-12-07"`: a year, a month 01–12 and a day 01–31.
fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<u8>().ok();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && s[..4].bytes().all(|c| c.is_ascii_digit())
        && num(5..7).is_some_and(|m| (1..=12).contains(&m))
        && num(8..10).is_some_and(|d| (1..=31).contains(&d))
}

/// `"2025-01..2025-09"` → `((2025, 1), (2025, 9))`, years and months checked.
pub fn parse_period(p: &str) -> Option<(u16, u16)> {
    let (a, b) = p.split_once("..")?;
    let month = |s: &str| -> Option<(u16, u8)> {
        let (y, m) = s.split_once('-')?;
        let (y, m): (u16, u8) = (y.parse().ok()?, m.parse().ok()?);
        (y >= 1000 && (1..=12).contains(&m) && s.len() == 7).then_some((y, m))
    };
    let (a, b) = (month(a)?, month(b)?);
    (a <= b).then_some((a.0, b.0))
}
