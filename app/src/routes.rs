//! Every route of the app, in one router: moving between pages never loads a document.

use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::path;

use crate::pages::*;

#[component]
pub fn AppRoutes() -> impl IntoView {
    view! {
        <Routes fallback=not_found::NotFound>
            <Route path=path!("/") view=home::Home />
            <Route path=path!("/balance-check") view=balance_check::BalanceCheck />
            <Route path=path!("/balance") view=balance_check::BalanceCheck />
            <Route path=path!("/tariffs") view=tariffs::Tariffs />
            <Route path=path!("/tariffs/compare") view=tariff_compare::TariffCompare />
            <Route path=path!("/tariffs/:id") view=tariff_detail::TariffDetail />
            <Route path=path!("/tv/channels") view=tv_channels::TvChannels />
            <Route path=path!("/offices") view=offices::Offices />
            <Route path=path!("/signin") view=signin::SignIn />
            <Route path=path!("/password") view=auth::password::PasswordChange />
            <Route path=path!("/register") view=register::Register />
            <Route path=path!("/recovery") view=recovery::Recovery />
            <Route path=path!("/help") view=help::Help />
            <Route path=path!("/dashboard") view=dashboard::Dashboard />
            <Route path=path!("/payments") view=payments::Payments />
            <Route path=path!("/autopay") view=autopay::Autopay />
            <Route path=path!("/promised") view=promised::Promised />
            <Route path=path!("/expenses") view=expenses::Expenses />
            <Route path=path!("/bonuses") view=bonuses::Bonuses />
            <Route path=path!("/services") view=services::Services />
            <Route path=path!("/internet") view=internet::Internet />
            <Route path=path!("/tv") view=tv::Tv />
            <Route path=path!("/services/tariff") view=tariff_change::TariffChange />
            <Route path=path!("/tv/personal") view=tv_personal::TvPersonal />
            <Route path=path!("/mobile") view=mobile::Mobile />
            <Route path=path!("/support") view=support::Support />
            <Route path=path!("/profile") view=profile::Profile />
            <Route path=path!("/gallery") view=crate::gallery::GalleryIndex />
            <Route path=path!("/gallery/:component") view=crate::gallery::GalleryComponent />
        </Routes>
    }
}
