//! The account switcher of the money pages: a select of the customer's accounts; the choice
//! lives in the URL (`?account=`), so each account's page has its own link.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;
use shared::api::dashboard::AccountSummary;

use crate::components::tariff_card::service_key;
use crate::i18n::{Key, use_i18n};

/// A select of the customer's accounts; the choice lives in the URL (`?account=`).
#[component]
pub fn AccountSwitcher(
    accounts: Vec<AccountSummary>,
    selected: i64,
    /// The page the choice reloads (`?account=` is added).
    #[prop(default = "/dashboard")]
    path: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    if accounts.len() < 2 {
        return ().into_any();
    }
    let id = crate::components::unique_id("account");
    let on_change = move |ev| {
        let value = event_target_value(&ev);
        navigate(
            &format!("{path}?account={value}"),
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    };
    view! {
        <div class="field field--inline dashboard__switcher">
            <label class="field__label" for=id.clone()>{i18n.tr(Key::AccountLabel)}</label>
            <select id=id class="field__input" data-testid="account-switcher" on:change=on_change>
                {accounts
                    .into_iter()
                    .map(|a| {
                        let text = format!(
                            "{} · {} · {}",
                            i18n.t(service_key(a.service)),
                            a.label,
                            a.balance.format(i18n.lang()),
                        );
                        view! {
                            <option value=a.id.to_string() selected=a.id == selected>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
    .into_any()
}
