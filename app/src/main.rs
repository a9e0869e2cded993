//! My MTS: the Leptos CSR entry point. Mounts the app and maps every route to its page.

#[cfg_attr(
    area_gallery,
    expect(
        dead_code,
        reason = "the gallery shows components without calling the API"
    )
)]
mod api;
#[cfg_attr(
    not(feature = "gallery"),
    expect(
        dead_code,
        unused_imports,
        reason = "the design system runs ahead of the pages: some components appear only in the gallery build so far"
    )
)]
mod components;
#[cfg(any(area_auth, area_account, area_services))]
mod dates;
#[cfg(area_gallery)]
mod gallery;
mod i18n;
mod pages;
#[cfg_attr(
    area_gallery,
    expect(dead_code, reason = "the gallery shows components signed out")
)]
mod session;
mod storage;
mod theme;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use components::layout::Shell;
use pages::*;

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
    pages::elsewhere::remember_load_path();
    i18n::provide_i18n();
    theme::provide_theme();
    session::provide_session();
    view! {
        <Router>
            <Shell>
                <AreaRoutes />
            </Shell>
        </Router>
    }
}

/// The public pages: `dist/`.
#[cfg(area_public)]
#[component]
fn AreaRoutes() -> impl IntoView {
    view! {
        <Routes fallback=elsewhere::Elsewhere>
            <Route path=path!("/") view=home::Home />
            <Route path=path!("/balance-check") view=balance_check::BalanceCheck />
            <Route path=path!("/balance") view=balance_check::BalanceCheck />
            <Route path=path!("/tariffs") view=tariffs::Tariffs />
            <Route path=path!("/tariffs/compare") view=tariff_compare::TariffCompare />
            <Route path=path!("/tariffs/:id") view=tariff_detail::TariffDetail />
            <Route path=path!("/tv/channels") view=tv_channels::TvChannels />
            <Route path=path!("/offices") view=offices::Offices />
        </Routes>
    }
}

/// Signing in, registering, recovering: `dist/auth/`.
#[cfg(area_auth)]
#[component]
fn AreaRoutes() -> impl IntoView {
    view! {
        <Routes fallback=elsewhere::Elsewhere>
            <Route path=path!("/signin") view=signin::SignIn />
            <Route path=path!("/password") view=auth::password::PasswordChange />
            <Route path=path!("/register") view=register::Register />
            <Route path=path!("/recovery") view=recovery::Recovery />
            <Route path=path!("/help") view=help::Help />
        </Routes>
    }
}

/// The overview and payments: `dist/account/`.
#[cfg(part_money)]
#[component]
fn AreaRoutes() -> impl IntoView {
    view! {
        <Routes fallback=elsewhere::Elsewhere>
            <Route path=path!("/dashboard") view=dashboard::Dashboard />
            <Route path=path!("/payments") view=payments::Payments />
        </Routes>
    }
}

/// Auto-payment and the promised payment: `dist/billing/`.
#[cfg(part_billing)]
#[component]
fn AreaRoutes() -> impl IntoView {
    view! {
        <Routes fallback=elsewhere::Elsewhere>
            <Route path=path!("/autopay") view=autopay::Autopay />
            <Route path=path!("/promised") view=promised::Promised />
        </Routes>
    }
}

/// Expense control and bonuses: `dist/insights/`.
#[cfg(part_insights)]
#[component]
fn AreaRoutes() -> impl IntoView {
    view! {
        <Routes fallback=elsewhere::Elsewhere>
            <Route path=path!("/expenses") view=expenses::Expenses />
            <Route path=path!("/bonuses") view=bonuses::Bonuses />
        </Routes>
    }
}

/// Services, internet and TV: `dist/services/`.
#[cfg(part_catalog)]
#[component]
fn AreaRoutes() -> impl IntoView {
    view! {
        <Routes fallback=elsewhere::Elsewhere>
            <Route path=path!("/services") view=services::Services />
            <Route path=path!("/internet") view=internet::Internet />
            <Route path=path!("/tv") view=tv::Tv />
        </Routes>
    }
}

/// The tariff change: `dist/plans/`.
#[cfg(plans_tariff)]
#[component]
fn AreaRoutes() -> impl IntoView {
    view! {
        <Routes fallback=elsewhere::Elsewhere>
            <Route path=path!("/services/tariff") view=tariff_change::TariffChange />
        </Routes>
    }
}

/// The Personal TV builder: `dist/personal/`.
#[cfg(plans_tv)]
#[component]
fn AreaRoutes() -> impl IntoView {
    view! {
        <Routes fallback=elsewhere::Elsewhere>
            <Route path=path!("/tv/personal") view=tv_personal::TvPersonal />
        </Routes>
    }
}

/// The mobile controls: `dist/mobile/`.
#[cfg(part_mobile)]
#[component]
fn AreaRoutes() -> impl IntoView {
    view! {
        <Routes fallback=elsewhere::Elsewhere>
            <Route path=path!("/mobile") view=mobile::Mobile />
        </Routes>
    }
}

/// Support and the notification centre: `dist/care/`.
#[cfg(part_care)]
#[component]
fn AreaRoutes() -> impl IntoView {
    view! {
        <Routes fallback=elsewhere::Elsewhere>
            <Route path=path!("/support") view=support::Support />
        </Routes>
    }
}

/// The profile: `dist/profile/`.
#[cfg(part_profile)]
#[component]
fn AreaRoutes() -> impl IntoView {
    view! {
        <Routes fallback=elsewhere::Elsewhere>
            <Route path=path!("/profile") view=profile::Profile />
        </Routes>
    }
}

/// The component gallery: `dist/gallery/`.
#[cfg(area_gallery)]
#[component]
fn AreaRoutes() -> impl IntoView {
    view! {
        <Routes fallback=elsewhere::Elsewhere>
            <Route path=path!("/gallery") view=gallery::GalleryIndex />
            <Route path=path!("/gallery/:component") view=gallery::GalleryComponent />
        </Routes>
    }
}
