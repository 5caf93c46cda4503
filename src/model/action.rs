//! What the widget's controls do to the view. Each control names its action in its markup
//! (`data-action="tier-upstream"`); the one delegated listener parses it and `View::act` applies
//! it, so the rules of every control (the last tier, reset, the year menus) are pure and tested
//! natively.

use super::View;
use crate::data::schema::Tier;
use crate::i18n::{tier_index, Lang};

/// A control's action, written into its `data-action` by `Action::as_str` and read back by
/// `Action::parse`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// A tier's toggle in the filter bar.
    Tier(Tier),
    /// Forecasts shown or not.
    Forecast,
    /// The other language.
    Lang,
    /// Every filter back to its default; the language, theme and controls kept.
    Reset,
    /// The upstream chart as market size (`false`) or as an index of growth (`true`).
    Index(bool),
    /// The details' close button: the node let go.
    Close,
    /// A menu, which sets the URL parameter it names to its value: `node`, `from`, `to`, `theme`.
    Menu(Menu),
    /// Shares the view's link (`ui::app::share`); the view stays as it is.
    Share,
    /// Shows and copies the citation of the graphic (`ui::app::cite`); the view stays as it is.
    Cite,
}

/// The filter bar's menus, by the URL parameter each one sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Menu {
    Node,
    From,
    To,
    Theme,
}

impl Menu {
    /// The URL parameter the menu sets, and its `data-action`.
    pub fn as_str(self) -> &'static str {
        match self {
            Menu::Node => "node",
            Menu::From => "from",
            Menu::To => "to",
            Menu::Theme => "theme",
        }
    }
}

impl Action {
    /// Every action the widget's markup can carry.
    pub const ALL: [Action; 15] = [
        Action::Tier(Tier::Upstream),
        Action::Tier(Tier::Midstream),
        Action::Tier(Tier::Downstream),
        Action::Forecast,
        Action::Lang,
        Action::Reset,
        Action::Index(false),
        Action::Index(true),
        Action::Close,
        Action::Menu(Menu::Node),
        Action::Menu(Menu::From),
        Action::Menu(Menu::To),
        Action::Menu(Menu::Theme),
        Action::Share,
        Action::Cite,
    ];

    /// The value of the control's `data-action`.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Tier(Tier::Upstream) => "tier-upstream",
            Action::Tier(Tier::Midstream) => "tier-midstream",
            Action::Tier(Tier::Downstream) => "tier-downstream",
            Action::Forecast => "forecast",
            Action::Lang => "lang",
            Action::Reset => "reset",
            Action::Index(false) => "absolute",
            Action::Index(true) => "index",
            Action::Close => "close",
            Action::Menu(m) => m.as_str(),
            Action::Share => "share",
            Action::Cite => "cite",
        }
    }

    /// The action a `data-action` names, if any.
    pub fn parse(s: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

impl View {
    /// Applies a control's action; `value` is a menu's value (buttons have none). A menu's value
    /// is checked like the URL parameter it sets: one that does not parse changes nothing.
    pub fn act(&mut self, action: Action, value: &str) {
        match action {
            Action::Tier(t) => {
                let i = tier_index(t);
                self.tiers[i] = !self.tiers[i];
                // Turning the last tier off would leave nothing: it shows all tiers again instead.
                if !self.tiers.iter().any(|&on| on) {
                    self.tiers = [true; 3];
                }
            }
            Action::Forecast => self.forecast = !self.forecast,
            Action::Lang => {
                self.lang = match self.lang {
                    Lang::Zh => Lang::En,
                    Lang::En => Lang::Zh,
                }
            }
            Action::Reset => {
                *self = View {
                    lang: self.lang,
                    theme: self.theme,
                    controls: self.controls,
                    ..View::default()
                }
            }
            Action::Index(on) => self.index = on,
            Action::Close => self.node = None,
            Action::Share | Action::Cite => {}
            // "" is "all segments".
            Action::Menu(Menu::Node) if value.is_empty() => self.node = None,
            Action::Menu(m) => {
                if self.set(m.as_str(), value).is_ok() && self.from > self.to {
                    // Moving one end past the other takes the other end along.
                    (self.from, self.to) = if m == Menu::From {
                        (self.from, self.from)
                    } else {
                        (self.to, self.to)
                    };
                }
            }
        }
    }
}
