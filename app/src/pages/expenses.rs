//! `/expenses`: expense control (PRODUCT 7): this month's spending against the monthly limit
//! the subscriber sets (alerts at 50/80/100 % are sent by the server), the month-end forecast,
//! and spending by category over the last six months as a chart with a table.

use leptos::prelude::*;
use shared::api::expenses::MonthSpend;
use shared::expense::ExpenseLimit;
use shared::ledger::EntryKind;
use shared::{ApiError, FieldError, Money};

use super::account_switcher::AccountPage;
use super::arrival::first_arrival;
use super::auth::{FailureAlert, all_valid, check};
use crate::api::{self, ExpenseView};
use crate::components::button::ButtonType;
use crate::components::{
    Alert, AlertKind, ApiErrorBoundary, BarChart, Button, ButtonVariant, Card, ChartBar,
    MoneyAmount, MoneySize, ProgressMeter, Skeleton, SkeletonShape, TextField,
};
use crate::i18n::{Acc, Key, use_i18n};

/// Months the chart shows, the current one included.
const CHART_MONTHS: u32 = 6;

fn limit_rule(s: &str) -> Result<(), FieldError> {
    ExpenseLimit::parse(s).map(drop)
}

#[component]
pub fn Expenses() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <AccountPage
            title=i18n.tr(Key::ExpensesTitle)
            lead=i18n.tr(Key::ExpensesLead)
            path="/expenses"
            content=|account| view! { <AccountExpenses account=account /> }.into_any()
        />
    }
}

/// The limit and the chart of one account, shown together the first time (`first_arrival`).
#[component]
fn AccountExpenses(account: i64) -> impl IntoView {
    let view_ = LocalResource::new(move || api::expenses(account));
    let months = LocalResource::new(move || api::spending_by_month(account, CHART_MONTHS));
    let arrived = first_arrival(move || view_.read().is_some() && months.read().is_some());
    view! {
        <Show
            when=move || arrived.get()
            fallback=|| view! { <Skeleton shape=SkeletonShape::Block /> }
        >
            <div class="payments">
                <Control account=account view_=view_ />
                <Chart months=months />
            </div>
        </Show>
    }
}

#[component]
fn Control(account: i64, view_: LocalResource<Result<ExpenseView, ApiError>>) -> impl IntoView {
    let i18n = use_i18n();
    let limit = RwSignal::new(String::new());
    let submitted = RwSignal::new(false);
    let pending = super::pending::Pending::new();
    let notice = RwSignal::new(None::<Acc>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        notice.set(None);
        if !all_valid(&[(limit, limit_rule)]) {
            return;
        }
        let Ok(amount) = ExpenseLimit::parse(&limit.get_untracked()) else {
            return;
        };
        pending.run(
            api::set_expense_limit(account, amount.amount()),
            move |()| {
                submitted.set(false);
                limit.set(String::new());
                notice.set(Some(Acc::LimitSaved));
                view_.refetch();
            },
        );
    };
    let remove = move |_| {
        notice.set(None);
        pending.run(api::clear_expense_limit(account), move |()| {
            notice.set(Some(Acc::LimitRemoved));
            view_.refetch();
        });
    };
    let status = move |v: ExpenseView| {
        let has_limit = v.status.is_some();
        view! {
            <p class="row__meta">{i18n.tr(Acc::ThisMonth)} " (" {v.month.clone()} ")"</p>
            <p data-testid="expenses-spent">
                {i18n.tr(Acc::Spent)} ": " <MoneyAmount amount=v.spent size=MoneySize::Medium />
            </p>
            <p data-testid="expenses-forecast">
                {i18n.tr(Acc::Forecast)} ": " <MoneyAmount amount=v.forecast size=MoneySize::Small />
            </p>
            {match v.status {
                Some(s) => {
                    let used = i18n.t(Acc::LimitUsed).replace("{n}", &s.percent.to_string());
                    view! {
                        <div data-testid="expenses-limit">
                            <ProgressMeter
                                label=i18n.tr(Acc::LimitTitle)
                                used=kopecks_f64(v.spent)
                                total=kopecks_f64(s.limit)
                                unit="₽"
                            />
                            <p>{used}</p>
                            {s
                                .forecast_over_limit
                                .then(|| {
                                    view! { <Alert kind=AlertKind::Warning>{i18n.tr(Acc::ForecastOver)}</Alert> }
                                })}
                        </div>
                    }
                        .into_any()
                }
                None => view! { <p class="form__note" data-testid="expenses-no-limit">{i18n.tr(Acc::LimitNone)}</p> }.into_any(),
            }}
            {has_limit
                .then(|| {
                    view! {
                        <Button variant=ButtonVariant::Ghost loading=pending.busy on_click=Callback::new(remove)>
                            {i18n.tr(Acc::LimitRemove)}
                        </Button>
                    }
                })}
        }
    };
    view! {
        <Card title=i18n.tr(Acc::LimitTitle)>
            <p>{i18n.tr(Acc::LimitLead)}</p>
            {move || {
                notice.get().map(|key| {
                    view! {
                        <div data-testid="expenses-notice">
                            <Alert kind=AlertKind::Success>{i18n.tr(key)}</Alert>
                        </div>
                    }
                })
            }}
            <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Lines(3) /> }>
                <ApiErrorBoundary on_retry=Callback::new(move |()| view_.refetch())>
                    {move || Suspend::new(async move { view_.await.map(status) })}
                </ApiErrorBoundary>
            </Suspense>
            <form class="form" novalidate on:submit=save data-testid="expenses-limit-form">
                <FailureAlert failure=pending.failure />
                <TextField
                    label=i18n.tr(Acc::LimitField)
                    hint=i18n.tr(Acc::LimitHint)
                    value=limit
                    required=true
                    name="limit"
                    inputmode="decimal"
                    error=check(limit, submitted, limit_rule)
                />
                <Button kind=ButtonType::Submit loading=pending.busy>{i18n.tr(Acc::LimitSave)}</Button>
            </form>
        </Card>
    }
}

/// Rubles as a number, for the meter.
fn kopecks_f64(m: Money) -> f64 {
    m.kopecks() as f64 / 100.0
}

/// The categories the months have, in ledger order, and one bar per month.
fn chart_data(months: &[MonthSpend]) -> (Vec<EntryKind>, Vec<ChartBar>) {
    let mut kinds: Vec<EntryKind> = Vec::new();
    for m in months {
        for c in &m.categories {
            if !kinds.contains(&c.kind) {
                kinds.push(c.kind);
            }
        }
    }
    let bars = months
        .iter()
        .map(|m| ChartBar {
            label: month_label(&m.month),
            values: kinds
                .iter()
                .map(|k| {
                    m.categories
                        .iter()
                        .find(|c| c.kind == *k)
                        .map_or(Money::ZERO, |c| c.amount)
                })
                .collect(),
        })
        .collect();
    (kinds, bars)
}

/// `2026-11` as `11.2026`.
fn month_label(month: &str) -> String {
    match month.split_once('-') {
        Some((year, m)) => format!("{m}.{year}"),
        None => month.to_owned(),
    }
}

#[component]
fn Chart(months: LocalResource<Result<Vec<MonthSpend>, ApiError>>) -> impl IntoView {
    let i18n = use_i18n();
    let content = move |list: Vec<MonthSpend>| {
        if list.iter().all(|m| m.total.kopecks() == 0) {
            return view! { <p class="form__note">{i18n.tr(Acc::ChartEmpty)}</p> }.into_any();
        }
        let (kinds, bars) = chart_data(&list);
        let series = kinds
            .into_iter()
            .map(|k| (move || k.label(i18n.lang())).into())
            .collect();
        view! { <BarChart title=i18n.tr(Acc::ChartTitle) series=series bars=bars /> }.into_any()
    };
    view! {
        <Card title=i18n.tr(Acc::ChartTitle)>
            <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Block /> }>
                <ApiErrorBoundary on_retry=Callback::new(move |()| months.refetch())>
                    {move || Suspend::new(async move { months.await.map(content) })}
                </ApiErrorBoundary>
            </Suspense>
        </Card>
    }
}
