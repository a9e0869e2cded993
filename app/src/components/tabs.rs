//! Tabs (WAI-ARIA tabs pattern): a `tablist` of buttons with roving focus (arrow keys,
//! Home, End) and the selected panel below. Panels are rendered by the caller through
//! `panel`, one index at a time, inside a `tabpanel` labelled by its tab.

use leptos::prelude::*;
use leptos::text_prop::TextProp;
use wasm_bindgen::JsCast;

use super::unique_id;

#[component]
pub fn Tabs(
    /// Accessible name of the tab list.
    #[prop(into)]
    label: TextProp,
    /// Tab labels, in order.
    tabs: Vec<TextProp>,
    /// The index of the selected tab; owned by the caller.
    selected: RwSignal<usize>,
    /// Stable names for tests (`data-testid` of each tab), one per tab.
    #[prop(optional)]
    test_ids: Vec<&'static str>,
    /// The view of panel `i`.
    panel: impl Fn(usize) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let base = unique_id("tabs");
    let count = tabs.len();
    let tab_id = {
        let base = base.clone();
        move |i: usize| format!("{base}-tab-{i}")
    };
    let panel_id = {
        let base = base.clone();
        move |i: usize| format!("{base}-panel-{i}")
    };
    let list_ref = NodeRef::<leptos::html::Div>::new();
    let focus_tab = move |i: usize| {
        let Some(list) = list_ref.get_untracked() else {
            return;
        };
        let tab = list.query_selector(&format!("[role=tab]:nth-child({})", i + 1));
        if let Ok(Some(tab)) = tab
            && let Ok(el) = tab.dyn_into::<web_sys::HtmlElement>()
        {
            // A failed focus leaves it where it was.
            let _ = el.focus();
        }
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if count == 0 {
            return;
        }
        let current = selected.get_untracked();
        let next = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => (current + 1) % count,
            "ArrowLeft" | "ArrowUp" => (current + count - 1) % count,
            "Home" => 0,
            "End" => count - 1,
            _ => return,
        };
        ev.prevent_default();
        selected.set(next);
        focus_tab(next);
    };
    let buttons = tabs
        .into_iter()
        .enumerate()
        .map(|(i, text)| {
            let is_selected = move || selected.get() == i;
            let test_id = test_ids.get(i).copied();
            // Only the selected panel exists, so only its tab points at it.
            let controls = panel_id(i);
            view! {
                <button
                    type="button"
                    role="tab"
                    class="tabs__tab"
                    id=tab_id(i)
                    data-testid=test_id
                    aria-controls=move || is_selected().then(|| controls.clone())
                    aria-selected=move || if is_selected() { "true" } else { "false" }
                    tabindex=move || if is_selected() { "0" } else { "-1" }
                    on:click=move |_| selected.set(i)
                >
                    {move || text.get()}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="tabs">
            <div
                class="tabs__list"
                role="tablist"
                aria-label=move || label.get()
                node_ref=list_ref
                on:keydown=on_keydown
            >
                {buttons}
            </div>
            {move || {
                let i = selected.get();
                view! {
                    <div
                        class="tabs__panel"
                        role="tabpanel"
                        id=panel_id(i)
                        aria-labelledby=tab_id(i)
                    >
                        {panel(i)}
                    </div>
                }
            }}
        </div>
    }
}
