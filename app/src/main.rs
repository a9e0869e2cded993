//! My MTS: the Leptos CSR entry point.

use leptos::prelude::*;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(|| view! { <p>"My MTS"</p> });
}
