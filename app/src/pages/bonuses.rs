//! `/bonuses`: bonus points (PRODUCT 5): the balance and its history, this month's fee of an
//! account paid with points (what they cover shown first, by `shared::bonus::redeem_for_fee`),
//! the rewards catalogue, and a transfer to another number, checked as typed with
//! `shared::bonus::transfer` and confirmed on a second step. Every spend carries one
//! idempotency key per attempt.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use shared::api::bonus::{BonusEntryKind, RewardItem};
use shared::bonus::{BonusError, Points, find_reward, redeem, redeem_for_fee, transfer};
use shared::ids::Phone;
use shared::{ApiError, ErrorCode, Lang};

use super::auth::FailureAlert;
use super::pending::Pending;
use crate::api::{self, BonusEntry, BonusView, Dashboard};
use crate::components::button::ButtonType;
use crate::components::{
    Alert, AlertKind, ApiErrorBoundary, Button, ButtonVariant, Card, ConfirmActions, EmptyState,
    InputKind, MoneyAmount, MoneySize, PageTitle, Skeleton, SkeletonShape, TextField,
};
use crate::dates::local_time;
use crate::i18n::{Acc, Key, use_i18n};

#[component]
pub fn Bonuses() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let wanted =
        Memo::new(move |_| query.with(|q| q.get("account").and_then(|a| a.parse::<i64>().ok())));
    let points = LocalResource::new(api::bonus);
    let accounts = LocalResource::new(move || api::dashboard(wanted.get()));
    // Success notices live here: the sections are drawn again when the points reload.
    let notice = RwSignal::new(None::<String>);
    let changed = Callback::new(move |text: String| {
        notice.set(Some(text));
        points.refetch();
    });
    view! {
        <div class="page">
            <PageTitle text=i18n.tr(Key::BonusesTitle) />
            <p class="page-lead">{i18n.tr(Acc::PointsRule)}</p>
            <div role="status" data-testid="bonus-notice">
                {move || {
                    notice.get().map(|text| view! { <Alert kind=AlertKind::Success>{text}</Alert> })
                }}
            </div>
            <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Block /> }>
                <ApiErrorBoundary on_retry=Callback::new(move |()| points.refetch())>
                    {move || Suspend::new(async move {
                        points
                            .await
                            .map(|v| {
                                let balance = v.balance;
                                view! {
                                    <div class="payments">
                                        <Balance view=v.clone() />
                                        <TransferForm view=v.clone() changed=changed />
                                        <Suspense fallback=|| {
                                            view! { <Skeleton shape=SkeletonShape::Lines(4) /> }
                                        }>
                                            <ApiErrorBoundary on_retry=Callback::new(move |()| {
                                                accounts.refetch()
                                            })>
                                                {move || Suspend::new(async move {
                                                    accounts
                                                        .await
                                                        .map(|d| {
                                                            view! { <Fee dashboard=d balance=balance changed=changed /> }
                                                        })
                                                })}
                                            </ApiErrorBoundary>
                                        </Suspense>
                                        <Rewards balance=balance changed=changed />
                                        <History entries=v.history />
                                    </div>
                                }
                            })
                    })}
                </ApiErrorBoundary>
            </Suspense>
        </div>
    }
}

#[component]
fn Balance(view: BonusView) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Card title=i18n.tr(Acc::PointsTitle)>
            <p class="money money--lg" data-testid="bonus-balance">
                <span class="money__value">{view.balance.value()}</span>
                <span>{i18n.tr(Acc::PointsUnit)}</span>
            </p>
        </Card>
    }
}

/// The message of a refusal by the shared rules.
fn refusal(err: BonusError, lang: Lang) -> String {
    ApiError::from(err).code.message(lang).to_owned()
}

/// The sender's number for the shared rule: the typed number itself when it is one of the
/// customer's own (a transfer to self), else their first number.
fn sender(numbers: &[String], to: &Phone) -> Option<Phone> {
    let own: Vec<Phone> = numbers
        .iter()
        .filter_map(|n| Phone::parse(n).ok())
        .collect();
    if own.contains(to) {
        Some(to.clone())
    } else {
        own.into_iter().next()
    }
}

/// A checked transfer, ready to confirm.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Checked {
    to: Phone,
    points: Points,
    balance_after: Points,
    limit_left: Points,
}

#[component]
fn TransferForm(view: BonusView, changed: Callback<String>) -> impl IntoView {
    let i18n = use_i18n();
    let to = RwSignal::new(String::new());
    let amount = RwSignal::new(String::new());
    let submitted = RwSignal::new(false);
    let step = RwSignal::new(None::<(Checked, String)>);
    let pending = Pending::new();
    let limit = view.transfer_daily_limit;
    let left_today = Points::new(limit.value().saturating_sub(view.sent_today.value()));
    let numbers = StoredValue::new(view.numbers.clone());
    let (balance, sent_today) = (view.balance, view.sent_today);
    // The whole rule as typed: `(field error of "to", field error of "points", the result)`.
    let checked = Memo::new(move |_| {
        let lang = i18n.lang();
        let (raw_to, raw_points) = (to.get(), amount.get());
        let phone = if raw_to.trim().is_empty() {
            Err(submitted
                .get()
                .then(|| ErrorCode::Required.message(lang).to_owned()))
        } else {
            Phone::parse(&raw_to).map_err(|e| Some(e.code.message(lang).to_owned()))
        };
        let points = if raw_points.trim().is_empty() {
            Err(submitted
                .get()
                .then(|| ErrorCode::Required.message(lang).to_owned()))
        } else {
            raw_points
                .trim()
                .parse::<u64>()
                .map(Points::new)
                .map_err(|_| Some(i18n.t(Acc::TransferWhole).to_owned()))
        };
        let (phone, points) = match (phone, points) {
            (Ok(p), Ok(n)) => (p, n),
            (p, n) => return (p.err().flatten(), n.err().flatten(), None),
        };
        let Some(from) = numbers.with_value(|n| sender(n, &phone)) else {
            let text = ErrorCode::NoMobileAccount.message(lang).to_owned();
            return (Some(text), None, None);
        };
        match transfer(balance, points, sent_today, &from, &phone) {
            Ok(t) => (
                None,
                None,
                Some(Checked {
                    to: phone,
                    points,
                    balance_after: t.sender_balance,
                    limit_left: Points::new(limit.value().saturating_sub(t.sent_today.value())),
                }),
            ),
            Err(BonusError::ToSelf) => (Some(refusal(BonusError::ToSelf, lang)), None, None),
            Err(e) => (None, Some(refusal(e, lang)), None),
        }
    });
    let to_error = Signal::derive(move || checked.with(|c| c.0.clone()));
    let points_error = Signal::derive(move || checked.with(|c| c.1.clone()));
    let next = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        pending.failure.set(None);
        if let Some(c) = checked.get_untracked().2 {
            step.set(Some((c, api::new_idempotency_key())));
        }
    };
    let confirm = move |_| {
        let Some((c, key)) = step.get_untracked() else {
            return;
        };
        let text = i18n
            .t(Acc::TransferDone)
            .replace("{n}", &c.points.value().to_string())
            .replace("{to}", &c.to.pretty());
        pending.run(
            async move { api::transfer_points(c.to.to_string(), c.points.value(), &key).await },
            move |_| {
                step.set(None);
                submitted.set(false);
                to.set(String::new());
                amount.set(String::new());
                leptos::task::spawn_local(async move { changed.run(text) });
            },
        );
    };
    let lead = move || {
        i18n.t(Acc::TransferLead)
            .replace("{min}", &view.transfer_min.value().to_string())
            .replace("{limit}", &limit.value().to_string())
    };
    let hint = move || {
        i18n.t(Acc::TransferLeft)
            .replace("{n}", &left_today.value().to_string())
    };
    let confirmation = move |(c, _): (Checked, String)| {
        view! {
            <section class="change" aria-labelledby="transfer-check" data-testid="transfer-confirm">
                <h3 class="section-title" id="transfer-check">{i18n.tr(Acc::TransferCheck)}</h3>
                <table class="quote">
                    <tbody>
                        <tr>
                            <th scope="row">{i18n.tr(Acc::TransferReceiver)}</th>
                            <td data-testid="transfer-to">{c.to.pretty()}</td>
                        </tr>
                        <tr>
                            <th scope="row">{i18n.tr(Acc::TransferAmount)}</th>
                            <td data-testid="transfer-points">{c.points.value()}</td>
                        </tr>
                        <tr>
                            <th scope="row">{i18n.tr(Acc::TransferBalanceAfter)}</th>
                            <td data-testid="transfer-after">{c.balance_after.value()}</td>
                        </tr>
                        <tr>
                            <th scope="row">{i18n.tr(Acc::TransferLimitAfter)}</th>
                            <td data-testid="transfer-limit-left">{c.limit_left.value()}</td>
                        </tr>
                    </tbody>
                </table>
                <ConfirmActions
                    confirm_label=i18n.tr(Acc::TransferConfirm)
                    on_confirm=Callback::new(confirm)
                    back_label=i18n.tr(Acc::Edit)
                    on_back=Callback::new(move |()| {
                        pending.failure.set(None);
                        step.set(None);
                    })
                    busy=pending.busy
                />
            </section>
        }
    };
    view! {
        <Card title=i18n.tr(Acc::TransferTitle)>
            <p>{lead}</p>
            <FailureAlert failure=pending.failure />
            {move || match step.get() {
                Some(s) => confirmation(s).into_any(),
                None => {
                    view! {
                        <form class="form" novalidate on:submit=next data-testid="transfer-form">
                            <TextField
                                label=i18n.tr(Acc::TransferTo)
                                hint=i18n.tr(Acc::TransferToHint)
                                value=to
                                kind=InputKind::Tel
                                required=true
                                name="to"
                                autocomplete="off"
                                error=to_error
                            />
                            <TextField
                                label=i18n.tr(Acc::TransferPoints)
                                hint=hint
                                value=amount
                                required=true
                                name="points"
                                inputmode="numeric"
                                error=points_error
                            />
                            <Button kind=ButtonType::Submit>{i18n.tr(Acc::TransferNext)}</Button>
                        </form>
                    }
                        .into_any()
                }
            }}
        </Card>
    }
}

#[component]
fn Fee(dashboard: Dashboard, balance: Points, changed: Callback<String>) -> impl IntoView {
    let i18n = use_i18n();
    let selected = dashboard.selected;
    let account = selected.account.id;
    let asking = RwSignal::new(None::<String>);
    let pending = Pending::new();
    let body = match selected.tariff {
        None => view! { <p class="form__note">{i18n.tr(Acc::FeeNoTariff)}</p> }.into_any(),
        Some(tariff) => {
            let r = redeem_for_fee(balance, tariff.monthly_fee);
            let can = r.points_spent > Points::ZERO;
            let pay = move |_| {
                let Some(key) = asking.get_untracked() else {
                    return;
                };
                pending.run(
                    async move { api::pay_fee_with_points(account, &key).await },
                    move |_| {
                        asking.set(None);
                        let text = i18n.t(Acc::FeeDone).to_owned();
                        leptos::task::spawn_local(async move { changed.run(text) });
                    },
                );
            };
            view! {
                <table class="quote" data-testid="fee-preview">
                    <caption class="visually-hidden">{i18n.tr(Acc::FeeTitle)}</caption>
                    <tbody>
                        <tr>
                            <th scope="row">{i18n.tr(Acc::FeeMonthly)}</th>
                            <td><MoneyAmount amount=tariff.monthly_fee size=MoneySize::Small /></td>
                        </tr>
                        <tr>
                            <th scope="row">{i18n.tr(Acc::FeePoints)}</th>
                            <td data-testid="fee-points">{r.points_spent.value()}</td>
                        </tr>
                        <tr>
                            <th scope="row">{i18n.tr(Acc::FeeCovered)}</th>
                            <td data-testid="fee-covered">
                                <MoneyAmount amount=r.covered size=MoneySize::Small />
                            </td>
                        </tr>
                        <tr class="quote__total">
                            <th scope="row">{i18n.tr(Acc::FeeStillDue)}</th>
                            <td><MoneyAmount amount=r.still_due size=MoneySize::Small /></td>
                        </tr>
                    </tbody>
                </table>
                {move || {
                    if !can {
                        view! { <p class="form__note">{i18n.tr(Acc::FeeNoPoints)}</p> }.into_any()
                    } else if asking.get().is_some() {
                        view! {
                            <ConfirmActions
                                confirm_label=i18n.tr(Acc::Confirm)
                                on_confirm=Callback::new(pay)
                                back_label=i18n.tr(Acc::Cancel)
                                on_back=Callback::new(move |()| asking.set(None))
                                busy=pending.busy
                            />
                        }
                            .into_any()
                    } else {
                        view! {
                            <Button
                                variant=ButtonVariant::Secondary
                                on_click=Callback::new(move |_| {
                                    pending.failure.set(None);
                                    asking.set(Some(api::new_idempotency_key()));
                                })
                            >
                                {i18n.tr(Acc::FeePay)}
                            </Button>
                        }
                            .into_any()
                    }
                }}
            }
            .into_any()
        }
    };
    view! {
        <Card title=i18n.tr(Acc::FeeTitle)>
            <super::account_switcher::AccountSwitcher
                accounts=dashboard.accounts
                selected=account
                path="/bonuses"
            />
            <FailureAlert failure=pending.failure />
            {body}
        </Card>
    }
}

#[component]
fn Rewards(balance: Points, changed: Callback<String>) -> impl IntoView {
    let i18n = use_i18n();
    let catalogue = LocalResource::new(api::rewards);
    let asking = RwSignal::new(None::<(RewardItem, String)>);
    let pending = Pending::new();
    let name = move |r: &RewardItem| match i18n.lang() {
        Lang::Ru => r.name_ru.clone(),
        Lang::En => r.name_en.clone(),
    };
    let buy = move |_| {
        let Some((reward, key)) = asking.get_untracked() else {
            return;
        };
        let text = i18n.t(Acc::RewardDone).replace("{name}", &name(&reward));
        pending.run(
            async move { api::buy_reward(reward.id, &key).await },
            move |_| {
                asking.set(None);
                leptos::task::spawn_local(async move { changed.run(text) });
            },
        );
    };
    let question = move || {
        asking.get().map(|(r, _)| {
            let left = redeem(balance, r.price).unwrap_or_default();
            let text = i18n
                .t(Acc::RewardAsk)
                .replace("{n}", &r.price.value().to_string())
                .replace("{name}", &name(&r))
                .replace("{left}", &left.value().to_string());
            view! {
                <div class="change" data-testid="reward-confirm">
                    <p>{text}</p>
                    <ConfirmActions
                        confirm_label=i18n.tr(Acc::Confirm)
                        on_confirm=Callback::new(buy)
                        back_label=i18n.tr(Acc::Cancel)
                        on_back=Callback::new(move |()| asking.set(None))
                        busy=pending.busy
                    />
                </div>
            }
        })
    };
    let table = move |items: Vec<RewardItem>| {
        let rows = items
            .into_iter()
            .map(|r| {
                let affordable = redeem(balance, r.price).is_ok();
                let label = name(&r);
                let price = r.price.value();
                let choose = move |_| {
                    pending.failure.set(None);
                    asking.set(Some((r.clone(), api::new_idempotency_key())));
                };
                view! {
                    <tr>
                        <th scope="row">{label}</th>
                        <td>{price}</td>
                        <td>
                            <Button
                                variant=ButtonVariant::Secondary
                                disabled=Signal::derive(move || !affordable)
                                on_click=Callback::new(choose)
                            >
                                {i18n.tr(Acc::RewardBuy)}
                            </Button>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-scroll">
            <table class="compare-table" data-testid="rewards">
                <thead>
                    <tr>
                        <th scope="col">{i18n.tr(Acc::RewardName)}</th>
                        <th scope="col">{i18n.tr(Acc::RewardPrice)}</th>
                        <td></td>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
        }
    };
    view! {
        <Card title=i18n.tr(Acc::RewardsTitle)>
            <FailureAlert failure=pending.failure />
            {question}
            <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Lines(4) /> }>
                <ApiErrorBoundary on_retry=Callback::new(move |()| catalogue.refetch())>
                    {move || Suspend::new(async move { catalogue.await.map(table) })}
                </ApiErrorBoundary>
            </Suspense>
        </Card>
    }
}

/// What an entry was, in words: the kind and, for a transfer, the other number; for a
/// reward, its name.
fn describe(e: &BonusEntry, lang: Lang) -> String {
    let kind = match e.kind {
        BonusEntryKind::Accrual => Acc::KindAccrual,
        BonusEntryKind::Fee => Acc::KindFee,
        BonusEntryKind::Reward => Acc::KindReward,
        BonusEntryKind::TransferOut => Acc::KindTransferOut,
        BonusEntryKind::TransferIn => Acc::KindTransferIn,
    }
    .text(lang);
    match e.kind {
        BonusEntryKind::TransferOut | BonusEntryKind::TransferIn => {
            let number = Phone::parse(&e.detail).map_or_else(|_| e.detail.clone(), |p| p.pretty());
            format!("{kind} {number}")
        }
        BonusEntryKind::Reward => match find_reward(&e.detail) {
            Some(r) if lang == Lang::Ru => format!("{kind}: {}", r.name_ru),
            Some(r) => format!("{kind}: {}", r.name_en),
            None => kind.to_owned(),
        },
        BonusEntryKind::Accrual | BonusEntryKind::Fee => kind.to_owned(),
    }
}

#[component]
fn History(entries: Vec<BonusEntry>) -> impl IntoView {
    let i18n = use_i18n();
    let body = if entries.is_empty() {
        view! {
            <div data-testid="bonus-history-empty">
                <EmptyState title=i18n.tr(Acc::HistoryEmpty) />
            </div>
        }
        .into_any()
    } else {
        let items = entries
            .into_iter()
            .map(|e| {
                let when = local_time(&e.at);
                let sign = if e.points > 0 { "+" } else { "−" };
                let points = format!("{sign}{}", e.points.unsigned_abs());
                let e = StoredValue::new(e);
                view! {
                    <li class="row row--action" data-testid="bonus-entry">
                        <div>
                            <p class="row__title">
                                {move || e.with_value(|e| describe(e, i18n.lang()))}
                            </p>
                            <p class="row__meta">{when}</p>
                        </div>
                        <p class="row__title">{points}</p>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="rows" data-testid="bonus-history">{items}</ul> }.into_any()
    };
    view! { <Card title=i18n.tr(Acc::HistoryTitle)>{body}</Card> }
}
