//! The page frame and what happens on navigation: the menu closes, focus moves to the new
//! page's `<h1>` (so screen readers announce it), and the title follows (`PageTitle`).

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

use super::footer::Footer;
use super::header::Header;
use crate::i18n::{Key, use_i18n};

#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let menu_open = RwSignal::new(false);
    let pathname = use_location().pathname;
    let first_load = StoredValue::new(true);
    Effect::new(move |_| {
        // Read, not just `track()`: a memo that is never read never subscribes to the URL.
        let _path = pathname.get();
        menu_open.set(false);
        // On the first load focus stays at the top, where the skip link is.
        if first_load.get_value() {
            first_load.set_value(false);
        } else {
            request_animation_frame(|| focus_selector("main h1"));
        }
    });
    view! {
        <a
            class="skip-link"
            href="#main"
            on:click=|ev| {
                ev.prevent_default();
                focus_selector("#main");
            }
        >
            {i18n.tr(Key::SkipToContent)}
        </a>
        <Header menu_open=menu_open />
        <main id="main" class="site-main" tabindex="-1">
            {children()}
        </main>
        <Footer />
    }
}

fn focus_selector(selector: &str) {
    let element = document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        // Focus failing leaves focus where it was; nothing more to do.
        let _ = element.focus();
    }
}
