//! `/services`: everything paid that is connected to an account, since when and what it has
//! cost so far, each with one-tap cancel ("My services", PRODUCT 4); the options the account
//! can add, each priced before it is confirmed; and the activation log (who, what, when, by
//! which channel).

use leptos::prelude::*;
use shared::ApiError;
use shared::api::services::{ActivationAction, ActivationChannel, ServiceAction};
use shared::service::ServiceKind;

use super::account_picker::{AccountPicker, Chosen, choose, load_accounts, wanted_account};
use super::arrival::first_arrival;
use super::change::ChangePanel;
use crate::api::{self, ActivationEntry, MyServices, OptionCard};
use crate::components::{
    ApiErrorBoundary, Card, EmptyState, MoneyAmount, MoneySize, PageTitle, RowAction, Skeleton,
    SkeletonShape,
};
use crate::dates::local_time;
use crate::i18n::{Key, Svc, use_i18n};
use crate::pages::auth::FailureAlert;
use crate::pages::pending::Pending;

fn any_service(_: ServiceKind) -> bool {
    true
}

#[component]
pub fn Services() -> impl IntoView {
    let i18n = use_i18n();
    let accounts = load_accounts();
    let wanted = wanted_account();
    view! {
        <div class="page">
            <PageTitle text=i18n.tr(Key::ServicesTitle) />
            <p class="page-lead">{i18n.tr(Key::ServicesLead)}</p>
            <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Block /> }>
                <ApiErrorBoundary on_retry=Callback::new(move |()| accounts.refetch())>
                    {move || Suspend::new(async move {
                        accounts
                            .await
                            .map(|all| match choose(all, wanted.get_untracked(), any_service) {
                                Some(chosen) => view! { <ForAccount chosen=chosen /> }.into_any(),
                                None => view! { <EmptyState title=i18n.tr(Svc::NoAccounts) /> }.into_any(),
                            })
                    })}
                </ApiErrorBoundary>
            </Suspense>
        </div>
    }
}

#[component]
fn ForAccount(chosen: Chosen) -> impl IntoView {
    let i18n = use_i18n();
    let account = chosen.account.id;
    let mine = LocalResource::new(move || api::my_services(account));
    let options = LocalResource::new(move || api::options(account));
    let log = LocalResource::new(move || api::activation_log(account));
    // A change or a cancel moves every list of the page.
    let changed = Callback::new(move |()| {
        mine.refetch();
        options.refetch();
        log.refetch();
    });
    // The three lists show together the first time (`first_arrival`).
    let arrived = first_arrival(move || {
        mine.read().is_some() && options.read().is_some() && log.read().is_some()
    });
    let chosen = StoredValue::new(chosen);
    view! {
        <Show
            when=move || arrived.get()
            fallback=|| view! { <Skeleton shape=SkeletonShape::Block /> }
        >
            <AccountPicker chosen=chosen.get_value() fits=any_service />
            <p>
                <a
                    href=format!("/services/tariff?account={account}")
                    rel="external"
                    data-testid="tariff-change-link"
                >
                    {i18n.tr(Svc::TariffChangeLink)}
                </a>
            </p>
            <Connected list=mine changed=changed />
            <Catalogue account=account list=options changed=changed />
            <Log log=log />
        </Show>
    }
}

#[component]
fn Connected(
    list: LocalResource<Result<MyServices, ApiError>>,
    changed: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let pending = Pending::new();
    let cancel = move |id: i64| {
        pending.run(api::cancel(id), move |()| changed.run(()));
    };
    let content = move |mine: MyServices| {
        if mine.items.is_empty() {
            return view! { <EmptyState title=i18n.tr(Svc::MyServicesEmpty) /> }.into_any();
        }
        view! {
            <ul class="rows" data-testid="my-services">
                {mine
                    .items
                    .into_iter()
                    .map(|item| {
                        let id = item.id;
                        let label = format!("{} {}", i18n.t(Svc::CancelService), item.name);
                        view! {
                            <li class="row row--action" data-testid="connected">
                                <div>
                                    <p class="row__title">{item.name}</p>
                                    <p class="row__meta">
                                        {i18n.tr(Svc::Since)} " " {local_time(&item.since)} " · "
                                        {i18n.tr(Svc::Monthly)} " "
                                        <MoneyAmount amount=item.monthly_fee size=MoneySize::Small />
                                        " · " {i18n.tr(Svc::CostSoFar)} " "
                                        <MoneyAmount amount=item.cost_so_far size=MoneySize::Small />
                                    </p>
                                </div>
                                {item
                                    .cancellable
                                    .then(|| {
                                        view! {
                                            <RowAction
                                                label=label
                                                disabled=pending.busy
                                                on_click=Callback::new(move |()| cancel(id))
                                            >
                                                {i18n.tr(Svc::CancelService)}
                                            </RowAction>
                                        }
                                    })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p class="row__title" data-testid="monthly-total">
                {i18n.tr(Svc::MonthlyTotal)} " "
                <MoneyAmount amount=mine.monthly_total size=MoneySize::Small />
            </p>
        }
        .into_any()
    };
    view! {
        <Card title=i18n.tr(Svc::MyServicesTitle)>
            <FailureAlert failure=pending.failure />
            <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Lines(3) /> }>
                <ApiErrorBoundary on_retry=Callback::new(move |()| list.refetch())>
                    {move || Suspend::new(async move { list.await.map(content) })}
                </ApiErrorBoundary>
            </Suspense>
        </Card>
    }
}

#[component]
fn Catalogue(
    account: i64,
    list: LocalResource<Result<Vec<OptionCard>, ApiError>>,
    changed: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    // The option being previewed: its id and name.
    let open = RwSignal::new(None::<(String, String)>);
    let content = move |cards: Vec<OptionCard>| {
        if cards.is_empty() {
            return view! { <EmptyState title=i18n.tr(Svc::OptionsEmpty) /> }.into_any();
        }
        view! {
            <ul class="rows" data-testid="options">
                {cards
                    .into_iter()
                    .map(|card| {
                        let id = card.option.id.clone();
                        let name = card.option.name.clone();
                        let label = format!("{} {}", i18n.t(Svc::Connect), name);
                        view! {
                            <li class="row row--action" data-testid="option">
                                <div>
                                    <p class="row__title">{card.option.name}</p>
                                    <p class="row__body">{card.effect}</p>
                                    <p class="row__meta">
                                        {i18n.tr(Svc::QuoteNow)} " "
                                        <MoneyAmount amount=card.quote.now size=MoneySize::Small />
                                        " · " {i18n.tr(Svc::QuoteMonthly)} " "
                                        <MoneyAmount amount=card.quote.per_period size=MoneySize::Small />
                                    </p>
                                </div>
                                {if card.connected {
                                    view! { <span class="badge">{i18n.tr(Svc::Connected)}</span> }.into_any()
                                } else {
                                    view! {
                                        <RowAction
                                            label=label
                                            on_click=Callback::new(move |()| open.set(Some((id.clone(), name.clone()))))
                                        >
                                            {i18n.tr(Svc::Connect)}
                                        </RowAction>
                                    }
                                        .into_any()
                                }}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <Card title=i18n.tr(Svc::OptionsTitle)>
            {move || {
                open.get()
                    .map(|(option_id, name)| {
                        view! {
                            <ChangePanel
                                account=account
                                action=ServiceAction::ConnectOption { option_id }
                                title=format!("{} {}", i18n.t(Svc::Connect), name)
                                on_done=Callback::new(move |()| {
                                    open.set(None);
                                    changed.run(());
                                })
                                on_cancel=Callback::new(move |()| open.set(None))
                            />
                        }
                    })
            }}
            <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Lines(4) /> }>
                <ApiErrorBoundary on_retry=Callback::new(move |()| list.refetch())>
                    {move || Suspend::new(async move { list.await.map(content) })}
                </ApiErrorBoundary>
            </Suspense>
        </Card>
    }
}

#[component]
fn Log(log: LocalResource<Result<Vec<ActivationEntry>, ApiError>>) -> impl IntoView {
    let i18n = use_i18n();
    let content = move |entries: Vec<ActivationEntry>| {
        if entries.is_empty() {
            return view! { <p class="form__note">{i18n.tr(Svc::LogEmpty)}</p> }.into_any();
        }
        view! {
            <ul class="rows" data-testid="activation-log">
                {entries
                    .into_iter()
                    .map(|e| {
                        let what = match e.action {
                            ActivationAction::Connected => Svc::LogConnected,
                            ActivationAction::Disconnected => Svc::LogDisconnected,
                        };
                        let channel = match e.channel {
                            ActivationChannel::Web => Svc::ChannelWeb,
                            ActivationChannel::Sms => Svc::ChannelSms,
                            ActivationChannel::Operator => Svc::ChannelOperator,
                        };
                        view! {
                            <li class="row">
                                <p class="row__title">{i18n.tr(what)} ": " {e.name}</p>
                                <p class="row__meta">
                                    {local_time(&e.at)} " · " {i18n.tr(channel)} " · " {e.actor}
                                </p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <Card title=i18n.tr(Svc::LogTitle)>
            <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Lines(3) /> }>
                <ApiErrorBoundary on_retry=Callback::new(move |()| log.refetch())>
                    {move || Suspend::new(async move { log.await.map(content) })}
                </ApiErrorBoundary>
            </Suspense>
        </Card>
    }
}
