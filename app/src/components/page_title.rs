//! The page's one `<h1>`: focus lands here after navigation (tabindex -1) and it names the
//! browser tab.

use leptos::prelude::*;
use leptos::text_prop::TextProp;

use crate::i18n::{Key, use_i18n};

#[component]
pub fn PageTitle(#[prop(into)] text: TextProp) -> impl IntoView {
    let i18n = use_i18n();
    let title = text.clone();
    Effect::new(move |_| {
        document().set_title(&format!("{} — {}", title.get(), i18n.t(Key::AppName)));
    });
    view! {
        <h1 class="page-title" tabindex="-1">
            {move || text.get()}
        </h1>
    }
}
