//! The reader's view (language, theme, filters, selection) and its URL form: parse, serialise, filter.
//!
//! Pure code: the browser glue only hands in a query string and receives one back.

mod action;
mod article;
mod part;

pub use action::{Action, Menu};
pub use article::{
    article_url, encode_component, share_link, ARTICLE_PARAM, MESSAGE_KEYS, READER_KEYS,
};
pub use part::{Chart, Part, Rgb, BACKGROUNDS, MIN_CONTRAST};

use crate::data::schema::{Fact, Kind, Tier};
use crate::data::{self, DATASET};
use crate::i18n::{tier_index, Lang};
use std::str::FromStr;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    Light,
    Dark,
    #[default]
    Auto,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Auto];

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

impl FromStr for Theme {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Theme::ALL
            .into_iter()
            .find(|t| t.as_str() == s)
            .ok_or_else(|| format!("unknown theme \"{s}\" (expected light, dark or auto)"))
    }
}

/// Everything the URL can carry. Derived views (visible facts, dimmed nodes) are computed from it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct View {
    pub lang: Lang,
    pub theme: Theme,
    /// Shown tiers, indexed upstream, midstream, downstream.
    pub tiers: [bool; 3],
    /// Index into `DATASET.nodes`.
    pub node: Option<usize>,
    pub from: u16,
    pub to: u16,
    pub forecast: bool,
    pub controls: bool,
    /// The upstream comparison as an index of growth (`scale=index`) rather than market size.
    pub index: bool,
    /// What the embed shows (`part=`).
    pub part: Part,
    /// No masthead (`plain=1`): the article has its own headline.
    pub plain: bool,
    /// No page background (`transparent=1`): the article's shows through.
    pub transparent: bool,
    /// Nothing to operate (`static=1`): no filters, no focusable controls.
    pub still: bool,
    /// The newsroom's colour for selection and highlights (`accent=`), where it contrasts enough.
    pub accent: Option<Rgb>,
}

impl Default for View {
    fn default() -> Self {
        let (from, to) = data::year_span();
        View {
            lang: Lang::Zh,
            theme: Theme::Auto,
            tiers: [true; 3],
            node: None,
            from,
            to,
            forecast: true,
            controls: true,
            index: false,
            part: Part::All,
            plain: false,
            transparent: false,
            still: false,
            accent: None,
        }
    }
}

/// Parameters that embedding libraries (Pym.js, Datawrapper, AMP) add to the URL: expected, not warned about.
const EMBED_PARAMS: [&str; 5] = ["childId", "initialWidth", "parentTitle", "parentUrl", "id"];

impl View {
    /// Reads a query string (`?lang=en&tier=upstream`). Each parameter is taken on its own: an
    /// invalid one is skipped with a warning and the rest still apply.
    pub fn from_query(query: &str) -> (View, Vec<String>) {
        let mut view = View::default();
        let mut warnings = Vec::new();
        for (key, value) in pairs(query) {
            if let Err(e) = view.set(&key, &value) {
                warnings.push(e);
            }
        }
        if view.from > view.to {
            warnings.push(format!(
                "from={} is after to={}: showing all years",
                view.from, view.to
            ));
            let d = View::default();
            (view.from, view.to) = (d.from, d.to);
        }
        if let Some(w) = view.accent_warning() {
            warnings.push(w);
        }
        // A shared link's view (design.md): `aichain` as embed.js passes it into the frame, or in
        // the article's address as Pym.js passes it (`parentUrl`). The reader's choices only.
        let shared = param(query, ARTICLE_PARAM).or_else(|| {
            let article = param(query, "parentUrl")?;
            let address = article_url(&article)?.split('#').next()?;
            param(address.split_once('?')?.1, ARTICLE_PARAM)
        });
        if let Some(shared) = shared {
            for p in view.apply_query(&shared) {
                warnings.push(format!("{ARTICLE_PARAM}: {p}"));
            }
        }
        (view, warnings)
    }

    /// Applies one parameter; the error names it and says what was expected.
    pub fn set(&mut self, key: &str, value: &str) -> Result<(), String> {
        let shown = |v: &str| -> String { v.chars().take(40).collect() };
        let err = |e: String| format!("{key}: {e}");
        match key {
            "lang" => self.lang = value.parse().map_err(err)?,
            "theme" => self.theme = value.parse().map_err(err)?,
            "tier" => {
                let mut tiers = [false; 3];
                for part in value.split(',') {
                    let t: Tier = part.parse().map_err(err)?;
                    tiers[tier_index(t)] = true;
                }
                self.tiers = tiers;
            }
            "node" => {
                self.node = Some(
                    data::node_index(value)
                        .ok_or_else(|| err(format!("unknown node id \"{}\"", shown(value))))?,
                )
            }
            "from" | "to" => {
                let (lo, hi) = data::year_span();
                let year = value
                    .parse::<u16>()
                    .ok()
                    .filter(|y| (lo..=hi).contains(y))
                    .ok_or_else(|| {
                        err(format!(
                            "\"{}\" is not a year from {lo} to {hi}",
                            shown(value)
                        ))
                    })?;
                if key == "from" {
                    self.from = year;
                } else {
                    self.to = year;
                }
            }
            "forecast" | "controls" | "plain" | "transparent" | "static" => {
                let on = match value {
                    "1" => true,
                    "0" => false,
                    _ => return Err(err(format!("\"{}\" is not 1 or 0", shown(value)))),
                };
                *match key {
                    "forecast" => &mut self.forecast,
                    "controls" => &mut self.controls,
                    "plain" => &mut self.plain,
                    "transparent" => &mut self.transparent,
                    _ => &mut self.still,
                } = on;
            }
            "part" => self.part = Part::parse(value).map_err(err)?,
            // Every colour has 3:1 against one of the two backgrounds (18:1 apart); where it has
            // not, `accent_on` keeps the palette's colour, and `from_query` warns.
            "accent" => {
                self.accent =
                    Some(Rgb::parse(value).ok_or_else(|| {
                        err(format!("\"{}\" is not a colour RRGGBB", shown(value)))
                    })?)
            }
            "scale" => {
                self.index = match value {
                    "index" => true,
                    "size" => false,
                    _ => return Err(err(format!("\"{}\" is not size or index", shown(value)))),
                }
            }
            _ if EMBED_PARAMS.contains(&key) || key == ARTICLE_PARAM => {}
            _ => return Err(format!("unknown parameter \"{}\"", shown(key))),
        }
        Ok(())
    }

    /// The query string of this view, with only what differs from the defaults ("" for the default view).
    pub fn to_query(&self) -> String {
        let d = View::default();
        let mut parts: Vec<String> = Vec::new();
        if self.lang != d.lang {
            parts.push(format!("lang={}", self.lang.as_str()));
        }
        if self.theme != d.theme {
            parts.push(format!("theme={}", self.theme.as_str()));
        }
        if self.tiers != d.tiers && self.tiers.iter().any(|&t| t) {
            let names: Vec<&str> = Tier::ALL
                .iter()
                .filter(|t| self.tiers[tier_index(**t)])
                .map(|t| t.as_str())
                .collect();
            parts.push(format!("tier={}", names.join(",")));
        }
        if let Some(i) = self.node {
            parts.push(format!("node={}", DATASET.nodes[i].id));
        }
        if self.from != d.from {
            parts.push(format!("from={}", self.from));
        }
        if self.to != d.to {
            parts.push(format!("to={}", self.to));
        }
        if !self.forecast {
            parts.push("forecast=0".into());
        }
        if !self.controls {
            parts.push("controls=0".into());
        }
        if self.index {
            parts.push("scale=index".into());
        }
        if self.part != d.part {
            parts.push(format!("part={}", self.part.name()));
        }
        for (on, name) in [
            (self.plain, "plain"),
            (self.transparent, "transparent"),
            (self.still, "static"),
        ] {
            if on {
                parts.push(format!("{name}=1"));
            }
        }
        if let Some(rgb) = self.accent {
            parts.push(format!("accent={}", rgb.hex()));
        }
        parts.join("&")
    }

    /// Which backgrounds the accent is drawn on, light and dark: where it contrasts enough.
    pub fn accent_on(&self) -> [Option<Rgb>; 2] {
        let fits = self.accent.map_or([false; 2], Rgb::fits);
        [0, 1].map(|k| self.accent.filter(|_| fits[k]))
    }

    /// The accent falls back to the palette's colour on a background the view can show.
    fn accent_warning(&self) -> Option<String> {
        let rgb = self.accent?;
        let shown = match self.theme {
            Theme::Light => [true, false],
            Theme::Dark => [false, true],
            Theme::Auto => [true, true],
        };
        let fits = rgb.fits();
        let name = ["light", "dark"];
        (0..2).find(|&k| shown[k] && !fits[k]).map(|k| {
            format!(
                "accent: #{} has less than 3:1 contrast against the {} background: the palette's colour is kept there",
                rgb.hex(),
                name[k]
            )
        })
    }

    /// A number that changes exactly when what the filters select (or the language) changes, so
    /// that views can depend on it through one `Memo<u64>` type.
    pub fn filter_key(&self) -> u64 {
        let tiers = self
            .tiers
            .iter()
            .enumerate()
            .map(|(i, &on)| u64::from(on) << i)
            .sum::<u64>();
        (self.lang as u64)
            | u64::from(self.forecast) << 1
            | tiers << 2
            | u64::from(self.from) << 8
            | u64::from(self.to) << 24
    }

    /// Views a reader is likely to ask for next: the other language with a node's details open,
    /// and the upstream tier switched (`ui::warm` renders each region for them, unseen, so that
    /// the wasm code a first click runs is compiled before the click).
    pub fn next_views(&self) -> [View; 2] {
        let mut other = self.clone();
        other.lang = if self.lang == Lang::Zh {
            Lang::En
        } else {
            Lang::Zh
        };
        other.node = Some(self.node.map_or(1, |i| (i + 1) % DATASET.nodes.len()));
        let mut tier = self.clone();
        tier.tiers[0] = !tier.tiers[0];
        [other, tier]
    }

    /// A number that changes exactly when the view's address (`to_query`) changes: what the embed
    /// codes follow, which carry the whole view.
    pub fn url_key(&self) -> u64 {
        // It follows every field that the address carries.
        part::fnv(&self.to_query())
    }

    /// `filter_key` and the selected node.
    pub fn panel_key(&self) -> u64 {
        self.filter_key() | (self.node.map_or(0, |i| i as u64 + 1)) << 40
    }

    pub fn shows_tier(&self, t: Tier) -> bool {
        self.tiers[tier_index(t)]
    }

    /// Whether a fact belongs in the current view: its tier shown, its year in range, forecasts allowed.
    /// Facts without a year (shares, targets) follow only the tier and forecast filters.
    pub fn shows(&self, f: &Fact) -> bool {
        let tier_ok =
            data::node_index(f.node).is_some_and(|i| self.shows_tier(DATASET.nodes[i].tier));
        let year_ok = f.year.is_none_or(|y| (self.from..=self.to).contains(&y));
        let kind_ok = self.forecast || f.kind == Kind::Actual;
        tier_ok && year_ok && kind_ok
    }
}

/// The parameters of `query` that embedding libraries own, as written, to be kept when the view is written back.
pub fn embed_params(query: &str) -> String {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| EMBED_PARAMS.contains(&decode(p.split('=').next().unwrap_or("")).as_str()))
        .collect::<Vec<_>>()
        .join("&")
}

/// Splits a query string into decoded pairs; a leading `?` is allowed and empty pieces are skipped.
pub fn pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

/// Percent-decoding as browsers encode query strings (`+` is a space). Malformed escapes are kept
/// as written, and so is a text whose escapes do not decode to UTF-8: no input can fail here.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_owned())
}

/// A message from the article (design.md, embedding), as the widget reads it.
#[derive(Clone, Debug, PartialEq)]
pub enum Inbound {
    /// `{"type": "ai-chain:set", "state": {...}}`: its fields as a query's pairs, each applied on
    /// its own like the URL parameter of that name (`View::apply_pairs`).
    Set(Vec<(String, String)>),
    /// `{"type": "ai-chain:set", "query": "node=gpu&lang=en"}`: a story step, applied whole or
    /// not at all.
    Step(String),
    /// `{"type": "ai-chain:article", "url": "https://…"}`: the article's address (embed.js), for
    /// the links readers share.
    Article(String),
}

/// `{"type": "ai-chain:rejected", "query": …, "problems": [...]}`: the widget's answer to a story
/// step it did not apply, so that embed.js can name the step in the article's console.
#[derive(serde::Serialize, Debug, PartialEq)]
pub struct Rejection {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub query: String,
    pub problems: Vec<String>,
}

impl View {
    /// The message announcing this view to the article (`embed::announce`).
    pub fn announcement(&self) -> Announcement {
        Announcement {
            kind: "ai-chain:state",
            state: State {
                lang: self.lang.as_str(),
                theme: self.theme.as_str(),
                tier: Tier::ALL
                    .iter()
                    .filter(|t| self.shows_tier(**t))
                    .map(|t| t.as_str())
                    .collect(),
                node: self.node.map(|i| DATASET.nodes[i].id),
                from: self.from,
                to: self.to,
                forecast: self.forecast,
                controls: self.controls,
                scale: if self.index { "index" } else { "size" },
            },
        }
    }
}

/// `{"type": "ai-chain:state", "state": {...}}`: what the widget tells the article after each
/// change of the view (design.md, embedding).
#[derive(serde::Serialize, Debug, PartialEq)]
pub struct Announcement {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub state: State,
}

/// The view as the article reads it: the URL parameters' values, every field present (`node`
/// `null` when none is chosen).
#[derive(serde::Serialize, Debug, PartialEq)]
pub struct State {
    pub lang: &'static str,
    pub theme: &'static str,
    pub tier: Vec<&'static str>,
    pub node: Option<&'static str>,
    pub from: u16,
    pub to: u16,
    pub forecast: bool,
    pub controls: bool,
    pub scale: &'static str,
}

/// AMP's height message, as JSON (embed.js reads it too).
pub fn amp_height(height: u32) -> String {
    format!("{{\"sentinel\":\"amp\",\"type\":\"embed-size\",\"height\":{height}}}")
}

/// Datawrapper's height message for the chart `id`, as JSON (the id is escaped).
pub fn datawrapper_height(id: &str, height: u32) -> String {
    let mut key = String::with_capacity(id.len());
    for c in id.chars() {
        match c {
            '"' => key.push_str("\\\""),
            '\\' => key.push_str("\\\\"),
            c if (c as u32) < 0x20 => {}
            c => key.push(c),
        }
    }
    format!("{{\"datawrapper-height\":{{\"{key}\":{height}}}}}")
}

/// Pym.js's height message for the child frame `child_id`.
pub fn pym_height(child_id: &str, height: u32) -> String {
    format!("pymxPYMx{child_id}xPYMxheightxPYMx{height}")
}

/// The value of one query parameter (decoded), if present.
pub fn param(query: &str, key: &str) -> Option<String> {
    pairs(query)
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
}
