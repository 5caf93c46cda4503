//! Markup built by type: `html![…]` joins string literals, written as they are (the renderers'
//! own tags and attributes), with values that say how they go into markup (`Markup`): text is
//! `Text` and escaped, numbers and the widget's identifiers (actions, tiers, themes) are written as
//! they are, and markup already built is `Html`. A `&str` or `String` is neither, so text cannot go
//! into markup unescaped by mistake: it does not compile.

use std::fmt::Write;

/// Markup: built by `html!` (or escaped from text), so safe to put into a page as it is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Html(String);

impl Html {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Markup that did not come from `html!` and is trusted as it is: the page's own chart SVG read
    /// back for an export, a stylesheet the renderer wrote. Every use is named, so it can be found.
    pub fn trusted(markup: String) -> Html {
        Html(markup)
    }

    /// Appends `part` (what `html!` calls for each of its parts).
    pub fn push(&mut self, part: &impl Markup) {
        part.write(&mut self.0);
    }

    /// Appends one of the renderers' own string literals (`html!` only).
    #[doc(hidden)]
    pub fn push_literal(&mut self, markup: &'static str) {
        self.0.push_str(markup);
    }
}

impl std::ops::Deref for Html {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Html {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<Html> for String {
    fn from(html: Html) -> String {
        html.0
    }
}

/// Text, escaped as it goes into markup (content and attribute values alike).
pub struct Text<'a>(pub &'a str);

/// A value that knows how it is written into markup.
pub trait Markup {
    fn write(&self, out: &mut String);
}

impl Markup for Text<'_> {
    fn write(&self, out: &mut String) {
        for c in self.0.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                '\'' => out.push_str("&#39;"),
                c => out.push(c),
            }
        }
    }
}

impl Markup for Html {
    fn write(&self, out: &mut String) {
        out.push_str(&self.0);
    }
}

impl<T: Markup> Markup for Option<T> {
    fn write(&self, out: &mut String) {
        if let Some(part) = self {
            part.write(out);
        }
    }
}

/// Numbers and `true`/`false` are written as Rust writes them.
macro_rules! as_displayed {
    ($($t:ty),*) => {$(
        impl Markup for $t {
            fn write(&self, out: &mut String) {
                let _ = write!(out, "{self}");
            }
        }
    )*};
}
as_displayed!(u16, usize, bool);

/// A coordinate, to one decimal (`geom::num`).
impl Markup for crate::geom::Num {
    fn write(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

/// An identifier of the widget's own (`data-action="lang"`, `lang="en"`): a fixed string of
/// letters, digits and hyphens, checked in debug builds.
pub struct Ident(pub &'static str);

impl Markup for Ident {
    fn write(&self, out: &mut String) {
        debug_assert!(
            self.0
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-'),
            "not an identifier: {}",
            self.0
        );
        out.push_str(self.0);
    }
}

/// Markup from string literals and `Markup` values (numbers as values, not literals), in order:
/// `html!["<h1>", Text(title), "</h1>"]`.
///
/// ```
/// use ai_server_chain::html;
/// use ai_server_chain::render::html::Text;
/// let title = String::from("<script>");
/// assert_eq!(html!["<h1>", Text(&title), "</h1>"].as_str(), "<h1>&lt;script&gt;</h1>");
/// ```
///
/// Text that is not wrapped does not compile:
///
/// ```compile_fail
/// use ai_server_chain::html;
/// let title = String::from("<script>");
/// let h1 = html!["<h1>", title, "</h1>"];
/// ```
#[macro_export]
macro_rules! html {
    (@parts $out:ident;) => {};
    (@parts $out:ident; $literal:literal $(, $($rest:tt)*)?) => {
        $out.push_literal($literal);
        $crate::html!(@parts $out; $($($rest)*)?);
    };
    (@parts $out:ident; $part:expr $(, $($rest:tt)*)?) => {
        $out.push(&$part);
        $crate::html!(@parts $out; $($($rest)*)?);
    };
    ($($parts:tt)*) => {{
        let mut out = $crate::render::html::Html::default();
        $crate::html!(@parts out; $($parts)*);
        out
    }};
}
