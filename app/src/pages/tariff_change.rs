//! `/services/tariff`: the account's tariff and the tariffs it can switch to (the same
//! region and service, from the public catalogue), each with its monthly fee and package.
//! "Preview" shows the server's pro-rated breakdown (`shared::tariff::quote_change`): what
//! is returned for the old tariff, charged for the new one, the balance after and the day it
//! applies; "confirm" switches at once. `?to=<id>` (from a public tariff page) opens the
//! preview of that tariff.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use shared::ApiError;
use shared::api::catalogue::TariffCard;
use shared::api::services::ServiceAction;
use shared::service::ServiceKind;

use crate::api;
use crate::components::tariff_card::package_lines;
use crate::components::{
    Alert, AlertKind, ApiErrorBoundary, Card, EmptyState, MoneyAmount, MoneySize, PageTitle,
    RowAction, Skeleton, SkeletonShape,
};
use crate::i18n::{Key, Svc, use_i18n};
use crate::pages::account_picker::{AccountPicker, choose, wanted_account};
use crate::pages::change::ChangePanel;

fn any_service(_: ServiceKind) -> bool {
    true
}

#[component]
pub fn TariffChange() -> impl IntoView {
    let i18n = use_i18n();
    let wanted = wanted_account();
    let query = use_query_map();
    // Without `?account=`, a `?to=` tariff picks the account of its service.
    let data = LocalResource::new(move || {
        let (wanted, to) = (wanted.get(), query.with(|q| q.get("to")));
        async move {
            let all = api::accounts(wanted).await?;
            let service = match (wanted, to) {
                (None, Some(to)) => api::tariff(to).await.ok().map(|c| c.service),
                _ => None,
            };
            let fitting =
                service.and_then(|s| all.accounts.iter().find(|a| a.service == s).map(|a| a.id));
            Ok::<_, ApiError>(choose(all, wanted.or(fitting), any_service))
        }
    });
    view! {
        <div class="page">
            <a href="/services" class="back-link" rel="external">{i18n.tr(Key::ServicesTitle)}</a>
            <PageTitle text=i18n.tr(Svc::TariffChangeTitle) />
            <p class="page-lead">{i18n.tr(Svc::TariffChangeLead)}</p>
            <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Lines(3) /> }>
                <ApiErrorBoundary on_retry=Callback::new(move |()| data.refetch())>
                    {move || Suspend::new(async move {
                        data.await
                            .map(|chosen| match chosen {
                                Some(c) => {
                                    let account = c.account.id;
                                    view! {
                                        <AccountPicker chosen=c fits=any_service />
                                        <Switch account=account />
                                    }
                                        .into_any()
                                }
                                None => view! { <EmptyState title=i18n.tr(Svc::NoAccounts) /> }.into_any(),
                            })
                    })}
                </ApiErrorBoundary>
            </Suspense>
        </div>
    }
}

/// The account's tariff and the catalogue it can choose from; `None`: no tariff.
type Offer = Option<(TariffCard, Vec<TariffCard>)>;

async fn offer(account: i64) -> Result<Offer, ApiError> {
    let Some(current) = api::accounts(Some(account)).await?.selected.tariff else {
        return Ok(None);
    };
    let card = api::tariff(current.id).await?;
    let others = api::tariffs(card.tariff.region.clone())
        .await?
        .into_iter()
        .filter(|c| c.service == card.service && c.tariff.id != card.tariff.id)
        .collect();
    Ok(Some((card, others)))
}

#[component]
fn Switch(account: i64) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    // The tariff a public tariff page sent the subscriber to switch to, used once.
    let wanted = StoredValue::new(query.with_untracked(|q| q.get("to")));
    let data = LocalResource::new(move || offer(account));
    // The tariff being previewed: its id and name.
    let open = RwSignal::new(None::<(String, String)>);
    let done = RwSignal::new(None::<String>);
    let content = move |offer: Offer| {
        let Some((current, others)) = offer else {
            return view! { <EmptyState title=i18n.tr(Svc::TariffNone) /> }.into_any();
        };
        let mut not_offered = false;
        if let Some(to) = wanted.get_value() {
            wanted.set_value(None);
            match others.iter().find(|c| c.tariff.id == to) {
                Some(c) => open.set(Some((to, c.tariff.name.clone()))),
                None => not_offered = to != current.tariff.id,
            }
        }
        view! {
            {not_offered
                .then(|| {
                    view! {
                        <div data-testid="tariff-not-offered">
                            <Alert kind=AlertKind::Info>{i18n.tr(Svc::TariffNotOffered)}</Alert>
                        </div>
                    }
                })}
            <Card title=i18n.tr(Svc::TariffCurrent)>
                <div data-testid="current-tariff">
                    <TariffFacts card=current />
                </div>
            </Card>
            <Card title=i18n.tr(Svc::TariffOthers)>
                {move || {
                    open.get()
                        .map(|(tariff_id, name)| {
                            view! {
                                <ChangePanel
                                    account=account
                                    action=ServiceAction::ChangeTariff { tariff_id }
                                    title=i18n.t(Svc::TariffSwitchTo).replace("{name}", &name)
                                    on_done=Callback::new(move |()| {
                                        open.set(None);
                                        done.set(Some(name.clone()));
                                        data.refetch();
                                    })
                                    on_cancel=Callback::new(move |()| open.set(None))
                                />
                            }
                        })
                }}
                <Choices others=others open=open />
            </Card>
        }
        .into_any()
    };
    view! {
        <div aria-live="polite" data-testid="tariff-changed">
            {move || {
                done.get()
                    .map(|name| {
                        view! {
                            <Alert kind=AlertKind::Success>
                                {move || i18n.t(Svc::TariffChanged).replace("{name}", &name)}
                            </Alert>
                        }
                    })
            }}
        </div>
        <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Lines(6) /> }>
            <ApiErrorBoundary on_retry=Callback::new(move |()| data.refetch())>
                {move || Suspend::new(async move { data.await.map(content) })}
            </ApiErrorBoundary>
        </Suspense>
    }
}

/// Name, monthly fee and package of a tariff.
#[component]
fn TariffFacts(card: TariffCard) -> impl IntoView {
    let i18n = use_i18n();
    let (fee, name) = (card.tariff.monthly_fee, card.tariff.name.clone());
    let package = move || package_lines(&card, i18n).join(" · ");
    view! {
        <p class="row__title">{name}</p>
        <p class="row__meta">
            <MoneyAmount amount=fee size=MoneySize::Small /> " " {i18n.tr(Key::PerMonth)}
        </p>
        <p class="row__body">{package}</p>
    }
}

#[component]
fn Choices(others: Vec<TariffCard>, open: RwSignal<Option<(String, String)>>) -> impl IntoView {
    let i18n = use_i18n();
    if others.is_empty() {
        return view! {
            <EmptyState title=i18n.tr(Svc::TariffOthersEmpty) body=i18n.tr(Svc::TariffOthersEmptyBody) />
        }
        .into_any();
    }
    view! {
        <ul class="rows" data-testid="tariff-choices">
            {others
                .into_iter()
                .map(|card| {
                    let (id, name) = (card.tariff.id.clone(), card.tariff.name.clone());
                    let label = {
                        let name = name.clone();
                        move || format!("{}: {}", i18n.t(Svc::TariffPreview), name)
                    };
                    view! {
                        <li class="row row--action" data-testid="tariff-choice">
                            <div>
                                <TariffFacts card=card />
                            </div>
                            <RowAction
                                label=label
                                on_click=Callback::new(move |()| open.set(Some((id.clone(), name.clone()))))
                            >
                                {i18n.tr(Svc::TariffPreview)}
                            </RowAction>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}
