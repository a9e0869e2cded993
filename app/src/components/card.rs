//! A surface that groups related content, with an optional heading.

use leptos::prelude::*;
use leptos::text_prop::TextProp;

#[component]
pub fn Card(#[prop(optional, into)] title: Option<TextProp>, children: Children) -> impl IntoView {
    view! {
        <div class="card">
            {title.map(|title| view! { <h2 class="card__title">{move || title.get()}</h2> })}
            <div class="card__body">{children()}</div>
        </div>
    }
}
