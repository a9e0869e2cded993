//! The account switcher of the money pages: a select of the customer's accounts; the choice
//! lives in the URL (`?account=`), so each account's page has its own link.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;
use shared::api::dashboard::AccountSummary;

use crate::components::SelectField;
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
    let on_change = move |value: String| {
        navigate(
            &format!("{path}?account={value}"),
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    };
    view! {
        <SelectField
            label=i18n.tr(Key::AccountLabel)
            value=selected.to_string()
            on_change=Callback::new(on_change)
            inline=true
            testid="account-switcher"
            class="dashboard__switcher"
        >
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
        </SelectField>
    }
    .into_any()
}

/// A page about one of the customer's accounts (`/autopay`, `/promised`, `/expenses`): the
/// title and lead, then, once the accounts are in (`?account=` or the first), the switcher
/// and the page's own content for the chosen account.
#[component]
pub fn AccountPage(
    #[prop(into)] title: leptos::text_prop::TextProp,
    #[prop(into)] lead: leptos::text_prop::TextProp,
    /// The page the switcher reloads.
    path: &'static str,
    /// The content for the chosen account's id.
    content: fn(i64) -> AnyView,
) -> impl IntoView {
    use leptos_router::hooks::use_query_map;

    use crate::api;
    use crate::components::{ApiErrorBoundary, PageTitle, Skeleton, SkeletonShape};

    let query = use_query_map();
    let wanted =
        Memo::new(move |_| query.with(|q| q.get("account").and_then(|a| a.parse::<i64>().ok())));
    let data = LocalResource::new(move || api::dashboard(wanted.get()));
    view! {
        <div class="page">
            <PageTitle text=title />
            <p class="page-lead">{move || lead.get()}</p>
            <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Block /> }>
                <ApiErrorBoundary on_retry=Callback::new(move |()| data.refetch())>
                    {move || Suspend::new(async move {
                        data.await
                            .map(|d| {
                                let account = d.selected.account.id;
                                view! {
                                    <AccountSwitcher accounts=d.accounts selected=account path=path />
                                    {content(account)}
                                }
                            })
                    })}
                </ApiErrorBoundary>
            </Suspense>
        </div>
    }
}
