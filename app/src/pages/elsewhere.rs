//! The fallback of every build's routes. A path of another area (`shared::area`) is handed
//! to the browser for a full load, so the server answers it with that area's build; a path
//! that belongs here, or the very path this page was loaded at (the other build is missing,
//! so loading it again would loop), is not found.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_location;
use shared::area::{Area, area_for};

use super::not_found::NotFound;

/// The area this build serves.
pub const THIS_AREA: Area = if cfg!(area_gallery) {
    Area::Gallery
} else if cfg!(part_money) {
    Area::Account
} else if cfg!(part_billing) {
    Area::Billing
} else if cfg!(part_insights) {
    Area::Insights
} else if cfg!(area_auth) {
    Area::Auth
} else if cfg!(part_catalog) {
    Area::Services
} else if cfg!(part_mobile) {
    Area::Mobile
} else if cfg!(part_care) {
    Area::Care
} else if cfg!(part_profile) {
    Area::Profile
} else if cfg!(plans_tariff) {
    Area::Plans
} else if cfg!(plans_tv) {
    Area::Personal
} else {
    Area::Public
};

thread_local! {
    /// Where this document was loaded.
    static LOADED_AT: String = window().location().pathname().unwrap_or_default();
}

/// Whether `path` must be loaded from another build.
pub fn belongs_elsewhere(path: &str) -> bool {
    is_elsewhere(path) && LOADED_AT.with(|loaded| loaded != path)
}

#[component]
pub fn Elsewhere() -> impl IntoView {
    let location = use_location();
    let path = location.pathname.get_untracked();
    if belongs_elsewhere(&path) {
        let search = location.search.get_untracked();
        let query = if search.is_empty() {
            String::new()
        } else {
            format!("?{}", search.trim_start_matches('?'))
        };
        let hash = location.hash.get_untracked();
        let fragment = if hash.is_empty() {
            String::new()
        } else {
            format!("#{}", hash.trim_start_matches('#'))
        };
        let target = format!("{path}{query}{fragment}");
        // `replace`: the router already pushed this path; the other build's page takes that
        // history entry, so Back returns to the page the link was on.
        full_load(&target, true);
        view! { <div class="page" aria-busy="true"></div> }.into_any()
    } else {
        view! { <NotFound /> }.into_any()
    }
}

/// Marks a full load that continues a navigation (kept for one load, in `sessionStorage`).
const ARRIVED_BY_LINK: &str = "mymts.arrived-by-link";

/// Whether this document was loaded by a link from another area (asked once: the mark is
/// removed), so the shell treats it as a route change and focuses the new heading.
pub fn arrived_by_link() -> bool {
    crate::storage::take_session(ARRIVED_BY_LINK).is_some()
}

/// Touches the loaded-at path at start-up, before the router moves anywhere.
pub fn remember_load_path() {
    LOADED_AT.with(|_| ());
}

/// Goes to `to` (a path, maybe with a query): by the router within this build, by a full
/// load into another area (so the address changes only when that page loads).
pub fn go(navigate: &impl Fn(&str, NavigateOptions), to: &str, replace: bool) {
    let path = to.split(['?', '#']).next().unwrap_or(to);
    if !is_elsewhere(path) {
        navigate(
            to,
            NavigateOptions {
                replace,
                ..Default::default()
            },
        );
        return;
    }
    full_load(to, replace);
}

/// Loads `to` as a new document whose shell focuses its heading.
fn full_load(to: &str, replace: bool) {
    crate::storage::set_session(ARRIVED_BY_LINK, "1");
    let location = window().location();
    // A refused load (never for a same-origin path) leaves the visitor where they are.
    let _ = if replace {
        location.replace(to)
    } else {
        location.assign(to)
    };
}

/// Whether `path` is served by another build.
pub fn is_elsewhere(path: &str) -> bool {
    area_for(path) != THIS_AREA
}

/// Before a link into another area loads it: the next page focuses its heading.
pub fn mark_arrival(path: &str) {
    if is_elsewhere(path) {
        crate::storage::set_session(ARRIVED_BY_LINK, "1");
    }
}
