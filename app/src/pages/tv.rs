//! `/tv`: the account's TV line-up (PRODUCT 4): the base package, the single channels picked
//! for Personal TV and the monthly price from `shared`, and Multiroom: up to three more TV
//! sets, each added after its equipment fee is shown.

use leptos::prelude::*;
use shared::ErrorCode;
use shared::api::services::ServiceAction;
use shared::service::ServiceKind;
use shared::tv::MULTIROOM_MAX_EXTRA_SETS;

use crate::api::{self, MyTv};
use crate::components::{
    Alert, AlertKind, ApiErrorBoundary, Button, ButtonVariant, Card, EmptyState, MoneyAmount,
    MoneySize, PageTitle, Skeleton, SkeletonShape,
};
use crate::i18n::{Key, Svc, use_i18n};
use crate::pages::account_picker::ForAccountOf;
use crate::pages::change::ChangePanel;

fn with_tv(kind: ServiceKind) -> bool {
    matches!(kind, ServiceKind::Home | ServiceKind::Satellite)
}

#[component]
pub fn Tv() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="page">
            <PageTitle text=i18n.tr(Key::TvTitle) />
            <p class="page-lead">{i18n.tr(Key::TvLead)}</p>
            <ForAccountOf
                fits=with_tv
                body=|account| view! { <LineUp account=account.id /> }.into_any()
                empty=|| {
                    let i18n = use_i18n();
                    view! { <EmptyState title=i18n.tr(Svc::TvNone) body=i18n.tr(Svc::TvNoneBody) /> }
                        .into_any()
                }
            />
        </div>
    }
}

#[component]
fn LineUp(account: i64) -> impl IntoView {
    let i18n = use_i18n();
    let data = LocalResource::new(move || api::my_tv(account));
    let adding = RwSignal::new(false);
    let content = move |tv: MyTv| {
        let channels = i18n
            .t(Svc::TvChannelsPicked)
            .replace("{n}", &tv.channels.len().to_string());
        let sets = i18n
            .t(Svc::MultiroomSets)
            .replace("{n}", &tv.multiroom_sets.to_string())
            .replace("{max}", &MULTIROOM_MAX_EXTRA_SETS.to_string());
        let full = tv.multiroom_sets >= MULTIROOM_MAX_EXTRA_SETS;
        view! {
            <Card title=i18n.tr(Svc::TvLineUp)>
                <dl class="facts" data-testid="tv">
                    <dt>{i18n.tr(Svc::TvBase)}</dt>
                    <dd>
                        {tv.base_package}
                        {tv.base_from_tariff.then(|| view! { <span class="badge">{i18n.tr(Svc::TvFromTariff)}</span> })}
                    </dd>
                    <dt>{i18n.tr(Svc::TvPersonal)}</dt>
                    <dd>{channels}</dd>
                    <dt>{i18n.tr(Svc::TvBaseFee)}</dt>
                    <dd><MoneyAmount amount=tv.price.base_fee size=MoneySize::Small /></dd>
                    <dt>{i18n.tr(Svc::TvChannelsFee)}</dt>
                    <dd><MoneyAmount amount=tv.price.channels_fee size=MoneySize::Small /></dd>
                    <dt>{i18n.tr(Svc::MonthlyTotal)}</dt>
                    <dd data-testid="tv-total"><MoneyAmount amount=tv.price.total /></dd>
                </dl>
                <p class="form__row">
                    <a
                        href=format!("/tv/personal?account={account}")
                        rel="external"
                        data-testid="personal-link"
                    >
                        {i18n.tr(Svc::PersonalLink)}
                    </a>
                    <a href="/tv/channels" rel="external">{i18n.tr(Svc::TvCatalogue)}</a>
                </p>
            </Card>
            <Card title=i18n.tr(Svc::MultiroomTitle)>
                <p data-testid="multiroom-sets">{sets}</p>
                <p class="row__meta">
                    {i18n.tr(Svc::MultiroomFee)} " "
                    <MoneyAmount amount=tv.multiroom_fee size=MoneySize::Small />
                </p>
                {move || {
                    if adding.get() {
                        view! {
                            <ChangePanel
                                account=account
                                action=ServiceAction::AddMultiroomSet
                                title=i18n.t(Svc::MultiroomAdd)
                                on_done=Callback::new(move |()| {
                                    adding.set(false);
                                    data.refetch();
                                })
                                on_cancel=Callback::new(move |()| adding.set(false))
                            />
                        }
                            .into_any()
                    } else if full {
                        // The server's own words for the limit (`multiroom_limit`), and what to do.
                        view! {
                            <div data-testid="multiroom-limit">
                                <Alert kind=AlertKind::Info title=i18n.tr(Svc::MultiroomFull)>
                                    <p>{move || ErrorCode::MultiroomLimit.message(i18n.lang())}</p>
                                    <p>{i18n.tr(Svc::MultiroomFullWhy)}</p>
                                </Alert>
                            </div>
                        }
                            .into_any()
                    } else {
                        view! {
                            <Button variant=ButtonVariant::Secondary on_click=Callback::new(move |_| adding.set(true))>
                                {i18n.tr(Svc::MultiroomAdd)}
                            </Button>
                        }
                            .into_any()
                    }
                }}
                <p>
                    <a href=format!("/services?account={account}")>{i18n.tr(Svc::MultiroomRemoveHint)}</a>
                </p>
            </Card>
        }
    };
    view! {
        <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Lines(5) /> }>
            <ApiErrorBoundary on_retry=Callback::new(move |()| data.refetch())>
                {move || Suspend::new(async move { data.await.map(content) })}
            </ApiErrorBoundary>
        </Suspense>
    }
}
