//! `/dashboard` (PRODUCT 2): for the chosen service account, the balance (a debt said in
//! words), the countdown of an unpaid promised payment, the tariff, what is left of the
//! package, and the next charge; an account switcher when there are several. One request: `GET /api/dashboard?account=`.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::{self, AccountOverview, Dashboard as DashboardData};
use crate::components::{
    Alert, AlertKind, ApiErrorBoundary, Card, MoneyAmount, MoneySize, PageTitle, ProgressMeter,
    Skeleton, SkeletonShape,
};
use crate::dates;
use crate::i18n::{Due, Key, use_i18n};

#[component]
pub fn Dashboard() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let account = Memo::new(move |_| {
        query
            .read()
            .get("account")
            .and_then(|a| a.parse::<i64>().ok())
    });
    let data = LocalResource::new(move || api::dashboard(account.get()));
    view! {
        <div class="page">
            <PageTitle text=i18n.tr(Key::DashboardTitle) />
            <Suspense fallback=|| view! { <DashboardSkeleton /> }>
                <ApiErrorBoundary on_retry=Callback::new(move |()| data.refetch())>
                    {move || Suspend::new(async move {
                        data.await.map(|dashboard| view! { <Overview dashboard=dashboard /> })
                    })}
                </ApiErrorBoundary>
            </Suspense>
        </div>
    }
}

/// The page's shape while it loads: nothing moves when the data arrive.
#[component]
fn DashboardSkeleton() -> impl IntoView {
    view! {
        <div class="dashboard" aria-busy="true">
            <Skeleton shape=SkeletonShape::Block />
            <Skeleton shape=SkeletonShape::Block />
            <Skeleton shape=SkeletonShape::Block />
        </div>
    }
}

#[component]
fn Overview(dashboard: DashboardData) -> impl IntoView {
    let i18n = use_i18n();
    let DashboardData { accounts, selected } = dashboard;
    let AccountOverview {
        account,
        in_debt,
        tariff,
        package,
        next_charge,
        promised,
    } = selected;
    let balance = account.balance;
    view! {
        <div class="dashboard" data-testid="dashboard">
            <super::account_switcher::AccountSwitcher accounts=accounts selected=account.id />
            <section class="dashboard__balance card" aria-labelledby="balance-title">
                <h2 id="balance-title" class="card__title">{i18n.tr(Key::BalanceTitle)}</h2>
                <p data-testid="balance">
                    <MoneyAmount amount=balance size=MoneySize::Large />
                </p>
                <p class="dashboard__account">
                    {i18n.tr(Key::AccountNumberLabel)} " " {account.account_number.clone()}
                </p>
                {in_debt
                    .then(|| {
                        view! {
                            <Alert kind=AlertKind::Warning>{i18n.tr(Key::DebtExplained)}</Alert>
                        }
                    })}
                {promised
                    .map(|open| {
                        view! {
                            <super::promised_due::PromisedCountdown
                                open=open
                                account=account.id
                                link=true
                            />
                        }
                    })}
                <a class="btn btn--primary btn--md" href=format!("/payments?account={}", account.id)>
                    {i18n.tr(Key::TopUp)}
                </a>
            </section>
            <Card title=i18n.tr(Key::TariffLabel)>
                {match tariff {
                    Some(t) => view! {
                        <p class="dashboard__tariff" data-testid="tariff">
                            <a href=format!("/tariffs/{}", t.id)>{t.name}</a>
                        </p>
                        <p>
                            <MoneyAmount amount=t.monthly_fee size=MoneySize::Small />
                            " "
                            {i18n.tr(Key::PerMonth)}
                        </p>
                    }
                    .into_any(),
                    None => view! { <p>{i18n.tr(Key::NoTariff)}</p> }.into_any(),
                }}
                {next_charge
                    .map(|charge| {
                        let date = dates::day(&charge.date, 0);
                        view! {
                            <p class="dashboard__next" data-testid="next-charge">
                                {i18n.tr(Key::NextCharge)} " " {date} ": "
                                <MoneyAmount amount=charge.amount size=MoneySize::Small />
                            </p>
                        }
                    })}
            </Card>
            <Card title=i18n.tr(Key::PackageTitle)>
                {match package {
                    Some(p) => {
                        let until = dates::day(&p.period_end, -1);
                        let gb = |mb: u64| (mb as f64 / 1024.0 * 10.0).round() / 10.0;
                        view! {
                            <div class="dashboard__meters" data-testid="package">
                                {(p.included.minutes > 0).then(|| view! {
                                    <ProgressMeter
                                        label=i18n.tr(Key::MeterMinutes)
                                        used=p.used.minutes as f64
                                        total=p.included.minutes as f64
                                        unit=i18n.tr(Key::Minutes)
                                    />
                                })}
                                {(p.included.sms > 0).then(|| view! {
                                    <ProgressMeter
                                        label=i18n.tr(Key::MeterSms)
                                        used=p.used.sms as f64
                                        total=p.included.sms as f64
                                        unit=i18n.tr(Key::Sms)
                                    />
                                })}
                                {(p.included.data_mb > 0).then(|| view! {
                                    <ProgressMeter
                                        label=i18n.tr(Key::MeterData)
                                        used=gb(p.used.data_mb)
                                        total=gb(p.included.data_mb)
                                        unit=i18n.tr(Key::Gigabytes)
                                    />
                                })}
                                <p class="form__note">{i18n.tr(Key::PackageUntil)} " " {until}</p>
                            </div>
                        }
                        .into_any()
                    }
                    None => view! { <p>{i18n.tr(Key::PackageNone)}</p> }.into_any(),
                }}
            </Card>
            <p class="dashboard__links form__row">
                <a href=format!("/payments?account={}#history", account.id)>
                    {i18n.tr(Key::HistoryLink)}
                </a>
                <a href=format!("/autopay?account={}", account.id)>{i18n.tr(Due::AutopayTitle)}</a>
                <a href=format!("/promised?account={}", account.id)>{i18n.tr(Due::PromisedTitle)}</a>
            </p>
        </div>
    }
}
