//! A labelled `<select>`: the label above it, or beside the other filters of a bar (`inline`),
//! the options as children. The caller keeps the value: `on_change` gets the picked option's
//! value, and `value` moves the pick when the caller changes it (a reset); the options mark
//! the first pick themselves (`selected`), as the select gets its options after its value.

use leptos::prelude::*;
use leptos::text_prop::TextProp;

use super::unique_id;

#[component]
pub fn SelectField(
    #[prop(into)] label: TextProp,
    /// The picked option's value.
    #[prop(into)]
    value: Signal<String>,
    on_change: Callback<String>,
    /// One of a row of filters (`field--inline`).
    #[prop(optional)]
    inline: bool,
    /// The select's `data-testid`, for the end-to-end specs.
    #[prop(optional)]
    testid: Option<&'static str>,
    #[prop(optional)] name: Option<&'static str>,
    #[prop(optional, into)] disabled: Signal<bool>,
    /// An extra class for the field, for a page's own placement.
    #[prop(optional)]
    class: &'static str,
    children: Children,
) -> impl IntoView {
    let id = unique_id("select");
    let class = if class.is_empty() {
        "field".to_owned()
    } else {
        format!("field {class}")
    };
    view! {
        <div class=class class:field--inline=inline>
            <label class="field__label" for=id.clone()>{move || label.get()}</label>
            <select
                id=id
                class="field__input"
                data-testid=testid
                name=name
                disabled=move || disabled.get()
                prop:value=move || value.get()
                on:change=move |ev| on_change.run(event_target_value(&ev))
            >
                {children()}
            </select>
        </div>
    }
}
