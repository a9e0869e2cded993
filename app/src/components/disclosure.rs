//! A disclosure: a quiet button that shows or hides the block under it ("payment attempts"),
//! with `aria-expanded` and `aria-controls`, and a chevron that turns. The block's content is
//! built only while it is open, so a closed one costs nothing (and fetches nothing).

use leptos::prelude::*;
use leptos::text_prop::TextProp;

use super::unique_id;

#[component]
pub fn Disclosure(
    #[prop(into)] label: TextProp,
    /// Open from the start.
    #[prop(optional)]
    open: bool,
    #[prop(optional)] testid: Option<&'static str>,
    children: ChildrenFn,
) -> impl IntoView {
    let open = RwSignal::new(open);
    let id = unique_id("disclosure");
    view! {
        <div class="disclosure" data-testid=testid>
            <button
                type="button"
                class="btn btn--ghost btn--sm disclosure__toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls=id.clone()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                <span class="btn__label">{move || label.get()}</span>
                <span class="disclosure__chevron" aria-hidden="true"></span>
            </button>
            <div id=id class="disclosure__body">
                <Show when=move || open.get()>{children()}</Show>
            </div>
        </div>
    }
}
