//! The page frame and what happens on navigation: the menu closes, focus moves to the new
//! page's `<h1>` (so screen readers announce it), and the title follows (`PageTitle`).
//!
//! On start the header mounts first and the page with the footer in the next task (a
//! placeholder stands in for them one frame): two short tasks instead of one long one, so
//! a tap is never kept waiting (Lighthouse's total blocking time).

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate};
use wasm_bindgen::JsCast;

use super::footer::Footer;
use super::header::Header;
use crate::components::{Skeleton, SkeletonShape};
use crate::i18n::{Key, use_i18n};
use crate::session::{redirect_for, use_session};

#[component]
pub fn Shell(children: ChildrenFn) -> impl IntoView {
    let i18n = use_i18n();
    let menu_open = RwSignal::new(false);
    let pathname = use_location().pathname;
    let first_load = StoredValue::new(true);
    let page_ready = RwSignal::new(false);
    set_timeout(move || page_ready.set(true), std::time::Duration::ZERO);
    Effect::new(move |_| {
        // Read, not just `track()`: a memo that is never read never subscribes to the URL.
        let _path = pathname.get();
        menu_open.set(false);
        if !page_ready.get() {
            // The page (and its heading) mounts in the next task; this runs again then.
            return;
        }
        // On the first load focus stays at the top, where the skip link is; a route change
        // moves it to the new page's heading.
        if first_load.get_value() {
            first_load.set_value(false);
        } else {
            request_animation_frame(|| focus_selector("main h1"));
        }
    });
    // Account pages need a session; a temporary password is changed before anything else.
    let session = use_session();
    let location = use_location();
    let navigate = use_navigate();
    Effect::new(move |_| {
        let path = location.pathname.get();
        let search = location.search.get();
        let query = match search.trim_start_matches('?') {
            "" => String::new(),
            q => format!("?{q}"),
        };
        if let Some(to) = redirect_for(&session.state(), &path, &query) {
            navigate(
                &to,
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
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
            <Show
                when=move || page_ready.get()
                fallback=|| view! { <Skeleton shape=SkeletonShape::Block /> }
            >
                {children()}
            </Show>
        </main>
        <Show when=move || page_ready.get()>
            <Footer />
        </Show>
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
