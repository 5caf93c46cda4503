//! The article around the widget, as pure functions: which parameters a shared link's `aichain`
//! and the article's messages may set, applying them, and the link a reader shares.

use super::{pairs, View};

/// The parameters that are the reader's choices. The others (`part`, `plain`, `transparent`,
/// `static`, `accent`, `controls`) are the embed code's, so a shared link's `aichain` changes none
/// of them: one `aichain` on an article then suits every widget in it.
pub const READER_KEYS: [&str; 8] = [
    "lang", "theme", "tier", "node", "from", "to", "forecast", "scale",
];

/// The parameters an `ai-chain:set` state may set: the reader's, and whether the filter bar shows
/// (`controls`).
pub const MESSAGE_KEYS: [&str; 9] = [
    "lang", "theme", "tier", "node", "from", "to", "forecast", "scale", "controls",
];

/// The article parameter that carries a widget query (design.md).
pub const ARTICLE_PARAM: &str = "aichain";

impl View {
    /// The reader's choices of this view as a query ("" for the defaults).
    pub fn reader_query(&self) -> String {
        self.to_query()
            .split('&')
            .filter(|p| READER_KEYS.contains(&p.split('=').next().unwrap_or_default()))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// Applies a widget query of the reader's choices, whole or not at all: a shared link's
    /// `aichain`, a story step.
    pub fn apply_query(&mut self, query: &str) -> Vec<String> {
        self.apply_pairs(pairs(query), &READER_KEYS, true)
    }

    /// Applies parameters of the names in `keys`, each checked as in the URL; `node=` clears the
    /// selection. `whole`: with any problem the view stays as it was (a shared link, a story step);
    /// else each good one applies (an `ai-chain:set` state). Returns the problems.
    pub fn apply_pairs(
        &mut self,
        pairs: Vec<(String, String)>,
        keys: &[&str],
        whole: bool,
    ) -> Vec<String> {
        let mut next = self.clone();
        let mut problems = Vec::new();
        for (key, value) in pairs {
            let shown: String = key.chars().take(40).collect();
            if !keys.contains(&key.as_str()) {
                problems.push(format!("{shown}: not settable here"));
            } else if key == "node" && value.is_empty() {
                next.node = None;
            } else if let Err(e) = next.set(&key, &value) {
                problems.push(e);
            }
        }
        if next.from > next.to {
            problems.push(format!(
                "from={} is after to={}: years unchanged",
                next.from, next.to
            ));
            (next.from, next.to) = (self.from, self.to);
        }
        if problems.is_empty() || !whole {
            *self = next;
        }
        problems
    }
}

/// Percent-encodes `s` for a query value: everything but letters, digits and `-_.~,:`.
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~,:".contains(&b) {
            out.push(char::from(b));
        } else {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.extend([
                '%',
                char::from(HEX[usize::from(b >> 4)]),
                char::from(HEX[usize::from(b & 15)]),
            ]);
        }
    }
    out
}

/// An article's address as the widget accepts it: http or https, at most 2,000 characters long,
/// without spaces, control characters, quotes, backslashes or angle brackets (a browser's
/// address has them percent-encoded).
pub fn article_url(s: &str) -> Option<&str> {
    let ok = (s.starts_with("https://") || s.starts_with("http://"))
        && s.len() <= 2000
        && !s.bytes().any(|b| b <= b' ' || b"\"\\<>\x7f".contains(&b));
    ok.then_some(s)
}

/// The link a reader shares. Embedded in a known article: the article's address with
/// `aichain=<the reader's choices>` (its other parameters and its fragment kept, an old `aichain`
/// replaced, none for the defaults). Otherwise the widget's own address (`own`, without query)
/// with the whole view.
pub fn share_link(article: Option<&str>, own: &str, view: &View) -> String {
    let Some(article) = article else {
        let query = view.to_query();
        return if query.is_empty() {
            own.to_owned()
        } else {
            format!("{own}?{query}")
        };
    };
    let (rest, fragment) = article
        .split_once('#')
        .map_or((article, ""), |(r, f)| (r, f));
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let mut kept: Vec<String> = query
        .split('&')
        .filter(|p| !p.is_empty() && p.split('=').next() != Some(ARTICLE_PARAM))
        .map(str::to_owned)
        .collect();
    let mine = view.reader_query();
    if !mine.is_empty() {
        kept.push(format!("{ARTICLE_PARAM}={}", encode_component(&mine)));
    }
    let mut link = path.to_owned();
    if !kept.is_empty() {
        link.push('?');
        link.push_str(&kept.join("&"));
    }
    if !fragment.is_empty() {
        link.push('#');
        link.push_str(fragment);
    }
    link
}
