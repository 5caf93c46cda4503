//! Leptos components: they read the one `View` signal from context and turn placed shapes into DOM.

mod app;
mod chain_map;
mod data_table;
mod embed_dialog;
mod filter_bar;
mod node_panel;
mod notice;
mod overview;

pub use app::{App, Widget};

use crate::model::View;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What the widget's event handlers reach: the reader's view and the few states of the interface
/// that are not part of it (and so not in the address). Provided once by `Widget`; `Copy`, so the
/// widget's one event listener (`listen`) carries it whole.
///
/// The interface states are all one signal type underneath (`Flag` and `Slot` over
/// `RwSignal<usize>`): Leptos compiles its signal code once per value type.
#[derive(Clone, Copy)]
pub struct Ui {
    pub view: RwSignal<View>,
    /// The map's node under the pointer or the keyboard focus: it lights up with its links.
    pub hover: Slot,
    /// The map's node that holds the map's one tab stop.
    pub focus: RwSignal<usize>,
    /// On a phone, the filter bar unfolded.
    pub filters_open: Flag,
    /// The embed panel opened once: its codes are written from then on.
    pub embed_opened: Flag,
    /// The notice about ignored URL parameters, until it is dismissed.
    pub notice_open: Flag,
    /// A node chosen from the keyboard: focus moves into its details once they are drawn.
    pub to_details: Flag,
    /// Where the details a click opens start, in px below the map's top: worked out by the click
    /// from the page as it was, so drawing them needs no layout in between (`node_panel::place`).
    pub opened_at: Slot,
    /// The address of the article the widget is embedded in, once known (Pym.js's `parentUrl`,
    /// or embed.js's `ai-chain:article` message): shared links lead back to it.
    pub article: StoredValue<Option<String>>,
    /// Whether the widget takes a static first view over, and how far it has got.
    adoption: Adoption,
}

impl Ui {
    /// The state for `view`; `adopt` when the widget takes a static first view over (`take_over`).
    pub fn new(view: View, adopt: bool) -> Self {
        let focus = tab_stop(&view);
        Ui {
            view: RwSignal::new(view),
            hover: Slot(RwSignal::new(0)),
            focus: RwSignal::new(focus),
            filters_open: Flag(RwSignal::new(0)),
            embed_opened: Flag(RwSignal::new(0)),
            notice_open: Flag(RwSignal::new(1)),
            to_details: Flag(RwSignal::new(0)),
            opened_at: Slot(RwSignal::new(0)),
            article: StoredValue::new(None),
            adoption: Adoption::new(adopt),
        }
    }
}

/// The map's node that holds its one tab stop at first: the chosen one, else the first; none when
/// nothing can be operated (`static=1`).
pub fn tab_stop(v: &View) -> usize {
    if v.still {
        usize::MAX
    } else {
        v.node.unwrap_or(0)
    }
}

/// A true/false state of the interface.
#[derive(Clone, Copy)]
pub struct Flag(RwSignal<usize>);

impl Flag {
    /// Read, and followed by the effect or memo reading it.
    pub fn get(self) -> bool {
        self.0.get() != 0
    }

    pub fn set(self, on: bool) {
        self.0.set(usize::from(on));
    }

    /// Whether it was on, untracked, leaving it off.
    pub fn take(self) -> bool {
        let on = self.0.get_untracked() != 0;
        if on {
            self.0.set(0);
        }
        on
    }

    pub fn toggle(self) {
        self.0.update(|on| *on ^= 1);
    }
}

/// A number or none, e.g. one of the map's nodes: the number plus one, 0 for none.
#[derive(Clone, Copy)]
pub struct Slot(RwSignal<usize>);

impl Slot {
    /// The number, untracked, leaving none.
    pub fn take(self) -> Option<usize> {
        let n = self.0.get_untracked().checked_sub(1);
        if n.is_some() {
            self.0.set(0);
        }
        n
    }

    /// Read, and followed by the effect or memo reading it.
    pub fn get(self) -> Option<usize> {
        self.0.get().checked_sub(1)
    }

    pub fn set(self, node: Option<usize>) {
        self.0.set(node.map_or(0, |i| i + 1));
    }
}

/// The widget's state, provided once by `Widget`. A component mounted outside `Widget` is a wiring
/// bug: it stops here, rather than drawing from state of its own that nothing else sees.
pub fn use_ui() -> Ui {
    use_context::<Ui>().expect("ui::use_ui: no Ui in context (mount components inside Widget)")
}

/// The reader's view.
pub fn use_view() -> RwSignal<View> {
    use_ui().view
}

/// A region of the widget: the element whose `data-region` is `name`, filled with `render`'s
/// markup, which is built again whenever `key` changes. What else of the view a region shows
/// (pressed buttons, the highlight) its effect applies without rebuilding it (`mirror`), whenever
/// `state` changes. Declared as constants, so a native test renders every region for many views
/// and checks that its keys cover all that its markup shows (`regions`, tests/prerender.rs).
#[derive(Clone, Copy)]
pub struct Region {
    pub name: &'static str,
    pub key: fn(&View) -> u64,
    pub render: fn(&View) -> String,
    pub state: fn(&View) -> u64,
}

impl Region {
    pub const fn new(
        name: &'static str,
        key: fn(&View) -> u64,
        render: fn(&View) -> String,
    ) -> Region {
        Region {
            name,
            key,
            render,
            state: |_| 0,
        }
    }

    /// Interface text, rebuilt with the language: e.g. `|v| say(v, |t| t.filters)`.
    pub const fn words(name: &'static str, render: fn(&View) -> String) -> Region {
        Region::new(name, |v| v.lang as u64, render)
    }

    /// The region, its effect also following `state` (`mirror`).
    pub const fn following(self, state: fn(&View) -> u64) -> Region {
        Region { state, ..self }
    }
}

/// Every region that shows the view alone. Two more show other state: the notice (the ignored
/// parameters) and the embed codes (the page's address; `View::url_key`'s own test).
pub fn regions() -> Vec<Region> {
    [
        app::REGIONS,
        chain_map::REGIONS,
        data_table::REGIONS,
        embed_dialog::REGIONS,
        filter_bar::REGIONS,
        overview::REGIONS,
    ]
    .concat()
}

/// Calls `handle` for every event of the given types that reaches `target`, in the capture phase
/// (which also sees the events that do not bubble, such as `toggle` and `mouseleave`). The widget
/// has one such listener on its root and one on the window: the handlers find the control an event
/// is about in the markup (`event_element`). One closure type for every event keeps the bundle
/// small, where Leptos' `on:` adds code for each handler it is given. Any region effect the
/// takeover has yet to run may run first (`Adoption::finish`).
pub fn listen(
    target: &web_sys::EventTarget,
    types: &[&str],
    ui: Ui,
    handle: fn(Ui, &web_sys::Event),
) {
    let callback =
        wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
            ui.adoption.finish();
            handle(ui, &ev)
        });
    for t in types {
        let _ = target.add_event_listener_with_callback_and_bool(
            t,
            callback.as_ref().unchecked_ref(),
            true,
        );
    }
    // The listener lives as long as the page.
    callback.forget();
}

/// Markup that follows the view: `render` runs again only when `key` changes. Every region of the
/// widget goes through this one function, so they share one `Memo<String>` type and the bundle
/// carries one copy of the code that updates `inner_html`.
pub(super) fn markup(key: Memo<u64>, render: fn(&View) -> String) -> Memo<String> {
    let ui = use_ui();
    let view = ui.view;
    warm(view, render);
    Memo::new(move |previous: Option<&String>| {
        key.get();
        // A region's first markup while the page is taken over: none, the static copy's is kept.
        if previous.is_none() && ui.adoption.adopting() {
            String::new()
        } else {
            view.with_untracked(render)
        }
    })
}

/// After the page has settled, renders the region for the views a first click is likely to ask
/// for, and drops the markup: a tab's wasm functions are compiled on their first call, on the main
/// thread, and a static first view leaves the renderers uncalled until the first click, which then
/// paid for them. Three times each, one task a render: V8 optimises a function once it has run
/// enough (docs/performance-log.md, Round 18).
fn warm(view: RwSignal<View>, render: fn(&View) -> String) {
    #[cfg(target_arch = "wasm32")]
    for k in 0..6 {
        set_timeout(
            move || drop(view.with_untracked(|v| render(&v.next_views()[k % 2]))),
            std::time::Duration::from_millis(WARM_AFTER_MS + 50 * k as u64),
        );
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (view, render);
}

/// When the renderers are first called unseen (`warm`): after the takeover's effects are made,
/// before most readers' first click.
#[cfg(target_arch = "wasm32")]
const WARM_AFTER_MS: u64 = 300;

/// The takeover of a static first view (`take_over`), as state of the widget: the regions' effects
/// are made at once, but each waits for its turn before its first full run, one per task, so their
/// first runs (and the first call of every function they reach, each compiled then, on the main
/// thread) do not make one long task after the takeover. A mount has no turns to wait for.
#[derive(Clone, Copy)]
pub struct Adoption {
    /// How many effects may run: 0 while the page is taken over, `usize::MAX` once all may.
    turn: RwSignal<usize>,
    /// How many effects have been given a turn.
    queued: RwSignal<usize>,
}

impl Adoption {
    /// The turns start in the task after the one that makes the effects.
    fn new(adopt: bool) -> Self {
        let adoption = Adoption {
            turn: RwSignal::new(if adopt { 0 } else { usize::MAX }),
            queued: RwSignal::new(0),
        };
        if adopt {
            adoption.run_in_turn();
        }
        adoption
    }

    /// Whether the page is being taken over: a region's first markup is then the static copy's.
    fn adopting(self) -> bool {
        self.turn.get_untracked() == 0
    }

    /// A turn for the next effect: it runs once `turn` passes it (`ready`).
    fn queue(self) -> usize {
        self.queued
            .try_update_untracked(|n| {
                *n += 1;
                *n
            })
            .unwrap_or(0)
    }

    /// Whether the effect with turn `k` may run; tracked until it may, so it runs when it may.
    fn ready(self, k: usize) -> bool {
        self.turn.get_untracked() >= k || self.turn.get() >= k
    }

    /// Gives the waiting effects their turns, one per task, until every one has had its turn.
    fn run_in_turn(self) {
        set_timeout(
            move || {
                let (turn, queued) = (self.turn.get_untracked(), self.queued.get_untracked());
                if turn < queued {
                    self.turn.set(turn + 1);
                    self.run_in_turn();
                }
            },
            std::time::Duration::ZERO,
        );
    }

    /// Lets every waiting effect run now: an event that comes before they have all run (a click in
    /// the first tasks after the takeover) is then drawn in its own task, like any other.
    fn finish(self) {
        if self.turn.get_untracked() != usize::MAX {
            self.turn.set(usize::MAX);
        }
    }
}

/// Makes a region's effect: `run` runs now and whenever a signal it reads changes, but while the
/// widget takes a page over, not before the effect's turn (`Adoption`). The page is already drawn as
/// the view asks, so nothing waits on these effects.
fn soon(ui: Ui, mut run: impl FnMut() + Send + Sync + 'static) {
    let k = if ui.adoption.adopting() {
        ui.adoption.queue()
    } else {
        0
    };
    Effect::new_sync(move |_| {
        if ui.adoption.ready(k) {
            run();
        }
    });
}

/// Runs the widget over the static first view in the page, where it is: `root`, the static copy
/// of the same view, loses its mark and becomes the live widget's root; the widget's regions,
/// effects and listeners are set up as for a mount, but nothing is built, moved or parsed, so the
/// browser lays out nothing again (a mount that moved the copy's content in cost a relayout of the
/// whole page). Regions are bound by name (`region`), not to elements Leptos builds, for this.
/// `component` is the widget, told to adopt (`Ui::new`).
pub fn take_over<V>(root: &web_sys::Element, component: impl FnOnce() -> V + 'static) {
    let _ = root.remove_attribute("data-static");
    // Mounted with an empty view, into an element outside the page (mounting even an empty view
    // adds a node to its parent): the component runs for its regions and effects, its view is
    // dropped unbuilt (the page already has it). The effects live as long as the page. Each
    // region's first markup is left empty (`markup`): the copy's elements are kept as they are,
    // so the markup is neither built nor parsed again; the regions' effects run in turn (`soon`).
    let Ok(aside) = document().create_element("div") else {
        return;
    };
    leptos::mount::mount_to(aside.unchecked_into(), move || drop(component())).forget();
}

/// A region's markup, bound to its element in the live widget: returns the first markup, which
/// the view is built with (empty when the static copy is kept), and from then on writes each new
/// markup into the element whose `data-region` is the region's name (written from the same
/// constant in the `view!`). Every region goes through here, `fill` or `mirror`, so they share
/// one effect type.
pub fn region(r: Region) -> String {
    bind(r.name, markup(key(r.key), r.render), None)
}

/// A region whose markup shows more than the view (`Region`'s exceptions): as `region`, with the
/// markup given.
pub fn fill(name: &'static str, markup: Memo<String>) -> String {
    bind(name, markup, None)
}

/// `region`'s effect: writes each markup but the one the element was built with (or the static
/// copy has: an effect made `soon` after a change of the view writes the markup of that change)
/// and applies `then`'s state to it.
fn bind(
    name: &'static str,
    markup: Memo<String>,
    then: Option<fn(&web_sys::Element, Ui)>,
) -> String {
    let ui = use_ui();
    let first = markup.get_untracked();
    let mut built = Some(first.clone());
    soon(ui, move || {
        markup.with(|m| {
            if built.take().is_some_and(|b| b == *m) {
                return;
            }
            let Some(el) = live(name) else {
                return;
            };
            el.set_inner_html(m);
            if let Some(apply) = then {
                untrack(|| apply(&el, ui));
            }
        });
    });
    first
}

/// The interface text `pick` chooses, in the view's language, escaped for markup.
pub fn say(v: &View, pick: fn(&'static crate::i18n::Strings) -> &'static str) -> String {
    crate::html![crate::render::html::Text(pick(crate::i18n::strings(
        v.lang
    )))]
    .into()
}

/// A region whose markup also carries state that changes without rebuilding it (pressed buttons,
/// the map's highlight, the menus' values): as `region`, and `apply` runs once the region is in
/// the page, again whenever its markup is rebuilt or its `state` key changes, and whenever a
/// signal it reads changes. Every region's state goes through here, so they share one effect type.
pub fn mirror(r: Region, apply: fn(&web_sys::Element, Ui)) -> String {
    let ui = use_ui();
    let (name, on) = (r.name, key(r.state));
    soon(ui, move || {
        on.get();
        if let Some(root) = live(name) {
            apply(&root, ui);
        }
    });
    bind(name, markup(key(r.key), r.render), Some(apply))
}

/// The live widget's root, its `<main>`: never a static first view's, which has either become the
/// live root (its mark removed, `take_over`) or is gone by the time effects run. Effects reach the
/// page through here rather than through Leptos' node refs: a node ref, like an effect made by
/// `Effect::new`, keeps its value in a `SendWrapper`, whose thread check brings the standard
/// library's thread handles into the wasm (and the allocator they use); `clippy.toml` keeps both
/// out.
pub fn live_root() -> Option<web_sys::Element> {
    document()
        .query_selector("main.widget:not([data-static])")
        .ok()?
}

/// The live widget's region named `name`: the element whose `data-region` it is. Regions are
/// found by name, never by the shape of the markup, so reordering a `view!` rebinds nothing.
fn live(name: &str) -> Option<web_sys::Element> {
    live_root()?
        .query_selector(&format!("[data-region=\"{name}\"]"))
        .ok()?
}

/// A number that changes exactly when the part of the view that `of` reads changes: what a region
/// follows (`markup`) or an effect re-applies on. Every such key of the widget is made here, so they
/// share one memo type and the bundle carries its code once.
pub fn key(of: fn(&View) -> u64) -> Memo<u64> {
    let view = use_view();
    Memo::new(move |_| view.with(of))
}

/// A key that changes with the language only.
pub fn lang_key() -> Memo<u64> {
    key(|v| v.lang as u64)
}

/// The element matching `selector` that an event happened in: how every delegated handler finds
/// the control it is about in markup inserted as strings.
pub fn event_element(ev: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    target.closest(selector).ok()?
}

/// Sets a true/false attribute (`aria-pressed`, `aria-expanded`) on the element under `root`
/// that matches `selector`: how effects mirror the view onto markup built as strings.
pub fn set_flag(root: &web_sys::Element, selector: &str, name: &str, on: bool) {
    if let Ok(Some(el)) = root.query_selector(selector) {
        set_attr(&el, name, if on { "true" } else { "false" });
    }
}

/// Sets an attribute unless it already has that value: how the widget's effects write every
/// attribute. Chromium restyles an element for each write of an attribute its style rules name
/// (and the whole page for `<html lang>`), even of the same value, and after a takeover every
/// effect's first run writes the states the static copy already shows.
pub fn set_attr(el: &web_sys::Element, name: &str, value: &str) {
    if el.get_attribute(name).as_deref() != Some(value) {
        let _ = el.set_attribute(name, value);
    }
}

/// Moves keyboard focus to a node's button on the map.
pub fn focus_node(id: &str) {
    let selector = format!(".chain-map button[data-node=\"{id}\"]");
    if let Ok(Some(el)) = document().query_selector(&selector) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}
