//! My MTS: the Leptos CSR entry point. Mounts the app: the frame, and the routes
//! (`routes.rs`) inside it.

mod api;
mod components;
mod dates;
mod gallery;
mod i18n;
mod pages;
mod routes;
mod session;
mod storage;
mod theme;

use leptos::prelude::*;
use leptos_router::components::Router;

use components::layout::Shell;

fn main() {
    console_error_panic_hook::set_once();
    // Started in a task of its own, after the one that compiled and instantiated the wasm, so
    // no task is long enough to keep a tap waiting (the page has a task of its own: `Shell`).
    set_timeout(
        || {
            leptos::mount::mount_to_body(App);
            remove_boot_shell();
        },
        std::time::Duration::ZERO,
    );
}

/// The boot shell (`index.html`) was the first paint; the app has mounted in this same task,
/// so the browser paints the app in its place in one frame and nothing in view moves.
fn remove_boot_shell() {
    if let Some(shell) = leptos::prelude::document().get_element_by_id("boot-shell") {
        shell.remove();
    }
}

#[component]
fn App() -> impl IntoView {
    i18n::provide_i18n();
    theme::provide_theme();
    session::provide_session();
    view! {
        <Router>
            <Shell>
                <routes::AppRoutes />
            </Shell>
        </Router>
    }
}
