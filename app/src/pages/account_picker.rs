//! Which of the customer's accounts a service page shows: `?account=ID` in the address (so
//! a page with an account has its own link), else the first account of the kind the page is
//! about. A customer with one account sees no picker.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use shared::api::dashboard::AccountSummary;
use shared::service::ServiceKind;

use crate::api::Accounts;
use crate::components::SelectField;
use crate::i18n::{Key, use_i18n};
use crate::{
    api,
    components::{ApiErrorBoundary, Skeleton, SkeletonShape},
};

/// The accounts and the one chosen, once loaded.
#[derive(Debug, Clone, PartialEq)]
pub struct Chosen {
    pub all: Accounts,
    pub account: AccountSummary,
}

/// The `?account=` of the address.
pub fn wanted_account() -> Memo<Option<i64>> {
    let query = use_query_map();
    Memo::new(move |_| query.with(|q| q.get("account").and_then(|a| a.parse::<i64>().ok())))
}

/// The account to show: the one asked for, else the first whose service passes `fits`, else
/// the first.
pub fn choose(all: Accounts, wanted: Option<i64>, fits: fn(ServiceKind) -> bool) -> Option<Chosen> {
    let account = wanted
        .and_then(|id| all.accounts.iter().find(|a| a.id == id))
        .or_else(|| all.accounts.iter().find(|a| fits(a.service)))
        .or_else(|| all.accounts.first())
        .cloned()?;
    Some(Chosen { all, account })
}

/// Loads the customer's accounts (with the chosen one's tariff).
pub fn load_accounts() -> LocalResource<Result<Accounts, shared::ApiError>> {
    let wanted = wanted_account();
    LocalResource::new(move || api::accounts(wanted.get()))
}

/// A `<select>` of the accounts that pass `fits`; choosing one changes `?account=`.
#[component]
pub fn AccountPicker(chosen: Chosen, fits: fn(ServiceKind) -> bool) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let accounts: Vec<AccountSummary> = chosen
        .all
        .accounts
        .into_iter()
        .filter(|a| fits(a.service))
        .collect();
    if accounts.len() < 2 {
        return ().into_any();
    }
    let current = chosen.account.id;
    let on_change = move |value: String| {
        let path = window().location().pathname().unwrap_or_default();
        navigate(&format!("{path}?account={value}"), Default::default());
    };
    view! {
        <SelectField
            label=i18n.tr(Key::AccountLabel)
            value=current.to_string()
            on_change=Callback::new(on_change)
            testid="account-picker"
            class="account-picker"
        >
            {accounts
                .into_iter()
                .map(|a| {
                    let service = service_key(a.service);
                    view! {
                        <option value=a.id.to_string() selected=a.id == current>
                            {move || format!("{} — {}", i18n.t(service), a.label)}
                        </option>
                    }
                })
                .collect_view()}
        </SelectField>
    }
    .into_any()
}

fn service_key(kind: ServiceKind) -> Key {
    match kind {
        ServiceKind::Mobile => Key::ServiceMobile,
        ServiceKind::Home => Key::ServiceHome,
        ServiceKind::Satellite => Key::ServiceSatellite,
    }
}

/// The part of a page about one account whose service passes `fits`: the customer's accounts
/// load, the picker shows when there are several, and `body` renders the chosen one; `empty`
/// when the customer has no such account.
#[component]
pub fn ForAccountOf(
    fits: fn(ServiceKind) -> bool,
    body: fn(AccountSummary) -> AnyView,
    empty: fn() -> AnyView,
) -> impl IntoView {
    let accounts = load_accounts();
    let wanted = wanted_account();
    view! {
        <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Lines(3) /> }>
            <ApiErrorBoundary on_retry=Callback::new(move |()| accounts.refetch())>
                {move || Suspend::new(async move {
                    accounts
                        .await
                        .map(|all| {
                            match choose(all, wanted.get_untracked(), fits)
                                .filter(|c| fits(c.account.service))
                            {
                                Some(c) => {
                                    let account = c.account.clone();
                                    view! {
                                        <AccountPicker chosen=c fits=fits />
                                        {body(account)}
                                    }
                                        .into_any()
                                }
                                None => empty(),
                            }
                        })
                })}
            </ApiErrorBoundary>
        </Suspense>
    }
}
