//! The dashboard sections. On wide screens the list is always shown; at ≤ 720 px it folds
//! behind the menu button in the header (see `header.rs`).

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{Key, use_i18n};

/// Navigation entries: path and the page title used as the link text.
pub const SECTIONS: [(&str, Key); 10] = [
    ("/dashboard", Key::DashboardTitle),
    ("/payments", Key::PaymentsTitle),
    ("/internet", Key::InternetTitle),
    ("/tv", Key::TvTitle),
    ("/mobile", Key::MobileTitle),
    ("/bonuses", Key::BonusesTitle),
    ("/services", Key::ServicesTitle),
    ("/expenses", Key::ExpensesTitle),
    ("/support", Key::SupportTitle),
    ("/profile", Key::ProfileTitle),
];

pub const NAV_ID: &str = "main-nav";

#[component]
pub fn MainNav(open: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav
            id=NAV_ID
            class="main-nav"
            class:is-open=move || open.get()
            aria-label=i18n.tr(Key::NavLabel)
            data-testid="main-nav"
        >
            <ul class="main-nav__list">
                {SECTIONS
                    .into_iter()
                    .map(|(href, key)| {
                        view! {
                            <li>
                                <A href=href attr:class="main-nav__link">
                                    {i18n.tr(key)}
                                </A>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
