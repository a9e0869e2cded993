//! `/`: the public landing page with the ways in.

use leptos::prelude::*;

use crate::components::PageTitle;
use crate::i18n::{Key, use_i18n};

/// Landing links: path, text, whether it is the main call to action.
const LINKS: [(&str, Key, bool); 6] = [
    ("/signin", Key::HomeSignIn, true),
    ("/register", Key::HomeRegister, false),
    ("/balance-check", Key::HomeBalanceCheck, false),
    ("/tariffs", Key::HomeTariffs, false),
    ("/offices", Key::HomeOffices, false),
    ("/tv/channels", Key::TvChannelsLink, false),
];

#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="page page--home">
            <div class="hero">
                <PageTitle text=i18n.tr(Key::HomeTitle) />
                <p class="page-lead">{i18n.tr(Key::HomeLead)}</p>
            </div>
            <ul class="home-links">
                {LINKS
                    .into_iter()
                    .map(|(href, key, primary)| {
                        view! {
                            <li>
                                <a
                                    class="home-link"
                                    class:home-link--primary=primary
                                    href=href
                                    data-testid="home-link"
                                >
                                    {i18n.tr(key)}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}
