//! "Nothing here (yet)": a heading, an explanation and an optional next step.

use leptos::prelude::*;
use leptos::text_prop::TextProp;

#[component]
pub fn EmptyState(
    #[prop(into)] title: TextProp,
    #[prop(optional, into)] body: Option<TextProp>,
    /// A next step (a link or button), if there is one.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    view! {
        <div class="empty-state">
            <span class="empty-state__icon" aria-hidden="true"></span>
            <h2 class="empty-state__title">{move || title.get()}</h2>
            {body.map(|body| view! { <p class="empty-state__body">{move || body.get()}</p> })}
            {children.map(|children| view! { <div class="empty-state__action">{children()}</div> })}
        </div>
    }
}
