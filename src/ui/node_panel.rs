//! The selected node's details: a heading and a close control; the body comes from `render::panel`.

use super::{focus_node, use_lang, use_view};
use crate::data::node;
use crate::i18n::{strings, tier_index};
use crate::model::View;
use crate::render::panel::body;
use leptos::prelude::*;

#[component]
pub fn NodePanel() -> impl IntoView {
    let view = use_view();
    let lang = use_lang();
    let shown = Memo::new(move |_| view.with(View::panel_key));
    // The panel's frame is rebuilt when the selection or the language changes; its body on any filter change.
    let selected = Memo::new(move |_| {
        view.with(|v| v.node.map_or(0, |i| i as u64 + 1) | (v.lang as u64) << 32)
    });
    let close = move || {
        if let Some(i) = view.with_untracked(|v| v.node) {
            view.update(|v| v.node = None);
            focus_node(&node(i).id);
        }
    };
    move || {
        let i = ((selected.get() & 0xffff_ffff) as usize).checked_sub(1)?;
        let n = node(i);
        let s = strings(lang.get());
        Some(view! {
            <section
                class="panel"
                aria-labelledby="panel-title"
                data-node=n.id.to_string()
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        close();
                    }
                }
            >
                <header>
                    <p class="kicker">{s.tier_names[tier_index(n.tier)]}</p>
                    <h2 id="panel-title">{lang.get().node(n).to_owned()}</h2>
                    <button type="button" class="close" on:click=move |_| close()>
                        {s.close}
                    </button>
                </header>
                <div class="body" inner_html=super::markup(shown, |v| v.node.map(|i| body(node(i), v)).unwrap_or_default())></div>
            </section>
        })
    }
}
