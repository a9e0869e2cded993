//! `/tariffs/compare?ids=a,b[,c]`: two or three tariffs of one region side by side. The
//! server refuses other counts and mixed regions; the page shows its error in words.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use shared::api::catalogue::TariffCard;

use crate::api;
use crate::components::tariff_card::service_key;
use crate::components::{
    ApiErrorBoundary, MoneyAmount, MoneySize, PageTitle, Skeleton, SkeletonShape,
};
use crate::i18n::{I18n, Key, use_i18n};

#[component]
pub fn TariffCompare() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let ids = Memo::new(move |_| query.read().get("ids").unwrap_or_default());
    let data = LocalResource::new(move || api::compare(ids.get()));
    view! {
        <div class="page">
            <a href="/tariffs" class="back-link">{i18n.tr(Key::BackToTariffs)}</a>
            <PageTitle text=i18n.tr(Key::CompareTitle) />
            <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Block /> }>
                <ApiErrorBoundary>
                    {move || Suspend::new(async move {
                        data.await.map(|cards| view! { <CompareTable cards=cards /> })
                    })}
                </ApiErrorBoundary>
            </Suspense>
        </div>
    }
}

fn count(n: u64, unit: &'static str) -> String {
    if n == 0 {
        "—".to_owned()
    } else {
        format!("{n} {unit}")
    }
}

#[component]
fn CompareTable(cards: Vec<TariffCard>) -> impl IntoView {
    let i18n = use_i18n();
    type Cell = fn(&TariffCard, I18n) -> AnyView;
    let rows: [(Key, Cell); 10] = [
        (Key::ServiceLabel, |c, i| {
            i.t(service_key(c.service)).into_any()
        }),
        (Key::MonthlyFee, |c, _| {
            view! { <MoneyAmount amount=c.tariff.monthly_fee size=MoneySize::Small /> }.into_any()
        }),
        (Key::Minutes, |c, i| {
            count(c.tariff.package.minutes, i.t(Key::Minutes)).into_any()
        }),
        (Key::Sms, |c, i| {
            count(c.tariff.package.sms, i.t(Key::Sms)).into_any()
        }),
        (Key::Gigabytes, |c, i| {
            count(c.tariff.package.data_mb / 1024, i.t(Key::Gigabytes)).into_any()
        }),
        (Key::Speed, |c, _| {
            c.speed_mbps
                .map_or("—".to_owned(), |s| s.to_string())
                .into_any()
        }),
        (Key::TvPackageIncluded, |c, _| {
            c.tv_package
                .clone()
                .unwrap_or_else(|| "—".into())
                .into_any()
        }),
        (Key::PerMinute, |c, _| {
            view! { <MoneyAmount amount=c.tariff.prices.per_minute size=MoneySize::Small /> }
                .into_any()
        }),
        (Key::PerSms, |c, _| {
            view! { <MoneyAmount amount=c.tariff.prices.per_sms size=MoneySize::Small /> }
                .into_any()
        }),
        (Key::PerMb, |c, _| {
            view! { <MoneyAmount amount=c.tariff.prices.per_mb size=MoneySize::Small /> }.into_any()
        }),
    ];
    let head = cards
        .iter()
        .map(|c| {
            let href = format!("/tariffs/{}", c.tariff.id);
            view! { <th scope="col"><a href=href>{c.tariff.name.clone()}</a></th> }
        })
        .collect_view();
    let body = rows
        .into_iter()
        .map(|(key, cell)| {
            let cells = cards
                .iter()
                .map(|c| view! { <td>{cell(c, i18n)}</td> })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{i18n.tr(key)}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=i18n.tr(Key::CompareTitle)>
            <table class="compare-table" data-testid="compare-table">
                <thead>
                    <tr>
                        <td></td>
                        {head}
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
