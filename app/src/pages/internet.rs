//! `/internet`: the home connection of an account (PRODUCT 4): address, speed, IP,
//! equipment, traffic this period, and the options connected to it.

use leptos::prelude::*;
use shared::service::ServiceKind;

use crate::api::{self, InternetView};
use crate::components::{
    ApiErrorBoundary, Card, EmptyState, MoneyAmount, MoneySize, PageTitle, Skeleton, SkeletonShape,
};
use crate::dates::day;
use crate::i18n::{Key, Svc, use_i18n};
use crate::pages::account_picker::ForAccountOf;

fn home(kind: ServiceKind) -> bool {
    kind == ServiceKind::Home
}

#[component]
pub fn Internet() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="page">
            <PageTitle text=i18n.tr(Key::InternetTitle) />
            <p class="page-lead">{i18n.tr(Key::InternetLead)}</p>
            <ForAccountOf
                fits=home
                body=|account| view! { <Connection account=account.id /> }.into_any()
                empty=|| {
                    let i18n = use_i18n();
                    view! { <EmptyState title=i18n.tr(Svc::InternetNone) body=i18n.tr(Svc::InternetNoneBody) /> }
                        .into_any()
                }
            />
        </div>
    }
}

#[component]
fn Connection(account: i64) -> impl IntoView {
    let i18n = use_i18n();
    let data = LocalResource::new(move || api::internet(account));
    let content = move |net: InternetView| {
        let speed = i18n
            .t(Svc::Speed)
            .replace("{n}", &net.speed_mbps.to_string());
        let traffic = move || {
            i18n.t(Svc::TrafficSince)
                .replace(
                    "{amount}",
                    &shared::units::gigabytes(net.traffic_used_mb, i18n.lang()),
                )
                .replace("{day}", &day(&net.period_start, 0))
        };
        view! {
            <Card title=i18n.tr(Svc::ConnectionTitle)>
                <dl class="facts" data-testid="internet">
                    <dt>{i18n.tr(Svc::Address)}</dt>
                    <dd>{net.address}</dd>
                    <dt>{i18n.tr(Svc::SpeedLabel)}</dt>
                    <dd>{speed}</dd>
                    <dt>{i18n.tr(Svc::IpAddress)}</dt>
                    <dd>
                        {net.ip}
                        {net.static_ip.then(|| view! { <span class="badge">{i18n.tr(Svc::StaticIp)}</span> })}
                    </dd>
                    <dt>{i18n.tr(Svc::Equipment)}</dt>
                    <dd>{net.equipment.join(", ")}</dd>
                    <dt>{i18n.tr(Svc::Traffic)}</dt>
                    <dd>{traffic}</dd>
                </dl>
            </Card>
            <Card title=i18n.tr(Svc::InternetOptions)>
                {if net.options.is_empty() {
                    view! { <p class="form__note">{i18n.tr(Svc::InternetNoOptions)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="rows">
                            {net
                                .options
                                .into_iter()
                                .map(|o| {
                                    view! {
                                        <li class="row">
                                            <p class="row__title">{o.name}</p>
                                            <p class="row__meta">
                                                {i18n.tr(Svc::Monthly)} " "
                                                <MoneyAmount amount=o.monthly_fee size=MoneySize::Small />
                                            </p>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }}
                <p>
                    <a href=format!("/services?account={account}")>{i18n.tr(Svc::MoreOptions)}</a>
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
