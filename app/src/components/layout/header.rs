//! Header: brand, balance and account-switcher slots (filled by later issues; their space is
//! reserved now so nothing shifts), language and theme switches, and the menu button.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use shared::Lang;

use super::nav::{MainNav, NAV_ID};
use crate::i18n::{Key, use_i18n};
use crate::session::{SessionState, use_session};
use crate::theme::{Theme, use_theme};

#[component]
pub fn Header(menu_open: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let toggle_ref = NodeRef::<leptos::html::Button>::new();
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && menu_open.get_untracked() {
            menu_open.set(false);
            if let Some(button) = toggle_ref.get_untracked() {
                // Focus returns to the button that opened the menu.
                let _ = button.focus();
            }
        }
    };
    view! {
        <header class="site-header" on:keydown=on_keydown>
            <div class="site-header__bar">
                <a class="brand" href="/">
                    <span class="brand__mark" aria-hidden="true"></span>
                    <span class="brand__name">{i18n.tr(Key::AppName)}</span>
                </a>
                <div class="header-slot header-slot--balance" data-testid="balance-slot"></div>
                <div class="header-slot header-slot--account" data-testid="account-slot">
                    <AccountSlot />
                </div>
                <div class="header-controls">
                    <LangSwitch />
                    <ThemeSwitch />
                    <button
                        type="button"
                        class="nav-toggle"
                        data-testid="nav-toggle"
                        node_ref=toggle_ref
                        aria-controls=NAV_ID
                        aria-expanded=move || if menu_open.get() { "true" } else { "false" }
                        on:click=move |_| menu_open.update(|open| *open = !*open)
                    >
                        <span class="nav-toggle__icon" aria-hidden="true"></span>
                        <span class="nav-toggle__label">{i18n.tr(Key::Menu)}</span>
                    </button>
                </div>
            </div>
            <MainNav open=menu_open />
        </header>
    }
}

#[component]
fn LangSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let button = move |lang: Lang, label: &'static str| {
        let pressed = move || if i18n.lang() == lang { "true" } else { "false" };
        view! {
            <button
                type="button"
                class="lang-switch__button"
                data-testid=format!("lang-{}", lang.code())
                lang=lang.code()
                aria-pressed=pressed
                on:click=move |_| i18n.set(lang)
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="lang-switch" role="group" aria-label=i18n.tr(Key::LanguageLabel)>
            {button(Lang::Ru, "RU")}
            {button(Lang::En, "EN")}
        </div>
    }
}

#[component]
fn ThemeSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let theme = use_theme();
    let label = |value: Theme| match value {
        Theme::Light => Key::ThemeLight,
        Theme::Dark => Key::ThemeDark,
        Theme::System => Key::ThemeSystem,
    };
    view! {
        <div class="theme-switch">
            <label class="visually-hidden" for="theme-select">
                {i18n.tr(Key::ThemeLabel)}
            </label>
            <select
                id="theme-select"
                class="theme-switch__select"
                data-testid="theme-select"
                on:change=move |ev| {
                    if let Some(value) = Theme::parse(&event_target_value(&ev)) {
                        theme.set(value);
                    }
                }
            >
                {Theme::ALL
                    .into_iter()
                    .map(|value| {
                        view! {
                            <option value=value.as_str() selected=move || theme.get() == value>
                                {i18n.tr(label(value))}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// Signed in: the customer's name and "Sign out". Signed out: a link to sign in. While the
/// session is loading the slot keeps its space empty, so nothing shifts.
#[component]
fn AccountSlot() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let navigate = leptos_router::hooks::use_navigate();
    let busy = RwSignal::new(false);
    let sign_out = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            // Whatever the server answers, this browser forgets the session: a failed
            // sign-out of an already ended session is still signed out here.
            let _ = crate::api::logout().await;
            busy.set(false);
            // Away from the account page first: forgetting the session there would send the
            // page's guard to "/signin?next=..." instead.
            navigate("/signin", NavigateOptions::default());
            session.signed_out();
        });
    };
    move || match session.state() {
        SessionState::Loading => ().into_any(),
        SessionState::SignedOut => view! {
            <a class="account-link" href="/signin" data-testid="header-signin">
                {i18n.tr(Key::HomeSignIn)}
            </a>
        }
        .into_any(),
        SessionState::SignedIn(info) => {
            let sign_out = sign_out.clone();
            view! {
                <div class="account">
                    <span class="visually-hidden">{i18n.tr(Key::AuthSignedInAs)} " "</span>
                    <a class="account__name" href="/profile" data-testid="account-name">
                        {info.display_name}
                    </a>
                    <button
                        type="button"
                        class="account__signout"
                        data-testid="sign-out"
                        aria-busy=move || busy.get().then_some("true")
                        on:click=sign_out
                    >
                        {i18n.tr(Key::AuthSignOut)}
                    </button>
                </div>
            }
            .into_any()
        }
    }
}
