//! `/promised` (PRODUCT 6): the promised payment of the chosen account. Whether one may be
//! taken and, when not, why in words; the cap and how it was computed; the amount checked
//! as typed by `shared::promised::take`; the fee and the expiry before confirmation; the
//! open one with what is still owed, and the restriction when it expired unpaid.
//!
//! Taking carries one `Idempotency-Key` per attempt: a retry after a lost answer reuses it.

use leptos::prelude::*;
use shared::promised::{FEE_TIERS, PromisedOffer, PromisedStatus, check_amount, fee_for};
use shared::{ErrorCode, Lang, Money};

use super::account_switcher::AccountPage;
use super::auth::FailureAlert;
use super::pending::Pending;
use super::promised_due::PromisedCountdown;
use crate::api::{self, Ineligible, OpenPromised, PromisedView};
use crate::components::button::ButtonType;
use crate::components::{
    Alert, AlertKind, ApiErrorBoundary, Button, Card, ConfirmActions, Skeleton, SkeletonShape,
    TextField,
};
use crate::dates;
use crate::i18n::{Bil, Due, days, use_i18n};

#[component]
pub fn Promised() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <AccountPage
            title=i18n.tr(Due::PromisedTitle)
            lead=i18n.tr(Bil::PromisedLead)
            path="/promised"
            content=|account| view! { <AccountPromised account=account /> }.into_any()
        />
    }
}

/// The promised payment of one account.
#[component]
fn AccountPromised(account: i64) -> impl IntoView {
    let data = LocalResource::new(move || api::promised(account));
    // The amount just taken, said above the details after they reload.
    let taken = RwSignal::new(None::<Money>);
    let reload = Callback::new(move |amount: Money| {
        taken.set(Some(amount));
        data.refetch();
    });
    let i18n = use_i18n();
    view! {
        {move || {
            taken
                .get()
                .map(|amount| {
                    let text = i18n.t(Bil::Taken).replace("{amount}", &amount.format(i18n.lang()));
                    view! {
                        <div data-testid="promised-taken">
                            <Alert kind=AlertKind::Success>{text}</Alert>
                        </div>
                    }
                })
        }}
        <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Block /> }>
            <ApiErrorBoundary on_retry=Callback::new(move |()| data.refetch())>
                {move || Suspend::new(async move {
                    data.await
                        .map(|v: PromisedView| {
                            view! {
                                <div class="payments">
                                    {v.open.map(|open| view! { <Open open=open account=account /> })}
                                    <Offer offer=v.offer ineligible=v.ineligible account=account on_taken=reload />
                                </div>
                            }
                        })
                })}
            </ApiErrorBoundary>
        </Suspense>
    }
}

/// The promised payment taken and not yet repaid.
#[component]
fn Open(open: OpenPromised, account: i64) -> impl IntoView {
    let i18n = use_i18n();
    let expired = open.status == PromisedStatus::Expired;
    let status = match open.status {
        PromisedStatus::Active => Bil::StatusActive,
        PromisedStatus::ExpiringSoon => Bil::StatusSoon,
        PromisedStatus::Expired => Bil::StatusExpired,
    };
    let until = dates::local_time(&open.expires_at);
    let money = move |m: Money| move || m.format(i18n.lang());
    view! {
        <Card title=i18n.tr(Bil::OpenTitle)>
            <div data-testid="promised-open">
                <PromisedCountdown open=open.clone() account=account />
                <dl class="facts">
                    <dt>{i18n.tr(Bil::Amount)}</dt>
                    <dd data-testid="promised-amount">{money(open.amount)}</dd>
                    <dt>{i18n.tr(Bil::Fee)}</dt>
                    <dd>{money(open.fee)}</dd>
                    <dt>{i18n.tr(Bil::Outstanding)}</dt>
                    <dd data-testid="promised-outstanding">{money(open.outstanding)}</dd>
                    <dt>{i18n.tr(Bil::Expires)}</dt>
                    <dd>{until}</dd>
                    <dt>{i18n.tr(Bil::Status)}</dt>
                    <dd class="status" data-testid="promised-status">{i18n.tr(status)}</dd>
                </dl>
                {expired.then(|| view! { <Restricted account=account /> })}
                <a class="btn btn--primary btn--md" href=format!("/payments?account={account}")>
                    {i18n.tr(Bil::RepayNow)}
                </a>
            </div>
        </Card>
    }
}

/// Since when service is restricted for the unpaid promised payment.
#[component]
fn Restricted(account: i64) -> impl IntoView {
    let i18n = use_i18n();
    let data = LocalResource::new(move || api::restriction(account));
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                data.await
                    .ok()
                    .filter(|r| r.restricted)
                    .map(|r| {
                        let since = r.since.as_deref().map(dates::local_time).unwrap_or_default();
                        let text = i18n.t(Bil::RestrictedSince).replace("{date}", &since);
                        view! {
                            <div data-testid="promised-restricted">
                                <Alert kind=AlertKind::Error>{text}</Alert>
                            </div>
                        }
                    })
            })}
        </Suspense>
    }
}

/// The reason there is no offer, in words.
fn reason(lang: Lang, why: &Ineligible) -> String {
    let date = why.eligible_from.as_deref().map(|d| dates::day(d, 0));
    let text = match why.reason.as_str() {
        "blocked" => Bil::NotBlocked,
        "unpaid_promised" => Bil::NotUnpaid,
        "account_too_new" => Bil::NotTooNew,
        _ => Bil::NotSpend,
    };
    text.text(lang).replace("{date}", &date.unwrap_or_default())
}

/// The offer: the range, how the cap was computed, the fee schedule and the form; or why
/// there is none.
#[component]
fn Offer(
    offer: Option<PromisedOffer>,
    ineligible: Option<Ineligible>,
    account: i64,
    on_taken: Callback<Money>,
) -> impl IntoView {
    let i18n = use_i18n();
    let body = match (offer, ineligible) {
        (Some(offer), _) => {
            view! { <OfferForm offer=offer account=account on_taken=on_taken /> }.into_any()
        }
        (None, Some(why)) => view! {
            <div data-testid="promised-ineligible">
                <Alert kind=AlertKind::Info>{move || reason(i18n.lang(), &why)}</Alert>
            </div>
        }
        .into_any(),
        (None, None) => ().into_any(),
    };
    view! { <Card title=i18n.tr(Bil::TakeTitle)>{body}</Card> }
}

#[component]
fn OfferForm(offer: PromisedOffer, account: i64, on_taken: Callback<Money>) -> impl IntoView {
    let i18n = use_i18n();
    let amount = RwSignal::new(String::new());
    let submitted = RwSignal::new(false);
    // `Some`: the amount being confirmed.
    let confirming = RwSignal::new(None::<Money>);
    let pending = Pending::new();
    let attempt = RwSignal::new(None::<String>);
    // The shared rule of `take`; the expiry is shown from the browser's clock.
    let parsed = move || -> Result<Money, ErrorCode> {
        let typed = amount.get();
        let sum = Money::parse(&typed).map_err(|e| e.code)?;
        check_amount(&offer, sum).map_err(|e| e.code)
    };
    let error = Signal::derive(move || {
        let empty = amount.with(|v| v.trim().is_empty());
        let code = if empty {
            submitted.get().then_some(ErrorCode::Required)
        } else {
            parsed().err()
        }?;
        Some(code.message(i18n.lang()).to_owned())
    });
    let until = dates::local_time_in_days(offer.term_days);
    let preview = move |sum: Money| {
        let lang = i18n.lang();
        let fee = fee_for(sum);
        let debt = sum.checked_add(fee).unwrap_or(sum);
        i18n.t(Bil::Preview)
            .replace("{fee}", &fee.format(lang))
            .replace("{debt}", &debt.format(lang))
            .replace("{date}", &until)
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        if let Ok(sum) = parsed() {
            confirming.set(Some(sum));
        }
    };
    let confirm = move |sum: Money| {
        let key = attempt
            .get_untracked()
            .unwrap_or_else(api::new_idempotency_key);
        attempt.set(Some(key.clone()));
        pending.run(
            async move {
                let answer = api::take_promised(account, sum, &key).await;
                // A lost answer keeps the key: taking again cannot take twice.
                if let Err(f) = &answer
                    && f.code() != ErrorCode::Network
                {
                    attempt.try_set(None);
                }
                answer
            },
            move |_| {
                // The details reload without this form: from a task of its own.
                leptos::task::spawn_local(async move { on_taken.run(sum) });
            },
        );
    };
    let range = move || {
        let lang = i18n.lang();
        i18n.t(Bil::Range)
            .replace("{min}", &offer.min.format(lang))
            .replace("{cap}", &offer.cap.format(lang))
    };
    let term = move || {
        i18n.t(Bil::Term)
            .replace("{n}", &days(i18n.lang(), offer.term_days))
    };
    let heading_ref = NodeRef::<leptos::html::H3>::new();
    Effect::new(move |_| {
        if let Some(h) = heading_ref.get() {
            let _ = h.focus();
        }
    });
    let live_preview = {
        let preview = preview.clone();
        move || parsed().ok().map(&preview)
    };
    view! {
        <div data-testid="promised-offer">
            <p data-testid="promised-range">{range}</p>
            <p class="form__note" data-testid="promised-cap-how">{i18n.tr(Bil::CapHow)}</p>
            <p data-testid="promised-term">{term}</p>
            <details>
                <summary>{i18n.tr(Bil::FeeTable)}</summary>
                <ul>
                    {FEE_TIERS
                        .iter()
                        .map(|t| {
                            let (from, fee) = (t.from, t.fee);
                            view! {
                                <li>
                                    {move || {
                                        let lang = i18n.lang();
                                        i18n.t(Bil::FeeFrom)
                                            .replace("{from}", &from.format(lang))
                                            .replace("{fee}", &fee.format(lang))
                                    }}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </details>
            <Show
                when=move || confirming.get().is_none()
                fallback=move || {
                    let sum = confirming.get().unwrap_or_default();
                    let text = {
                        let preview = preview.clone();
                        move || preview(sum)
                    };
                    view! {
                        <section class="change" aria-labelledby="promised-confirm" data-testid="promised-confirm">
                            <h3 class="section-title" id="promised-confirm" tabindex="-1" node_ref=heading_ref>
                                {i18n.tr(Bil::ConfirmTitle)}
                            </h3>
                            <FailureAlert failure=pending.failure />
                            <dl class="facts">
                                <dt>{i18n.tr(Bil::Amount)}</dt>
                                <dd>{move || sum.format(i18n.lang())}</dd>
                            </dl>
                            <p data-testid="promised-terms">{text}</p>
                            <ConfirmActions
                                confirm_label=i18n.tr(Bil::Confirm)
                                on_confirm=Callback::new(move |()| confirm(sum))
                                back_label=i18n.tr(Bil::Change)
                                on_back=Callback::new(move |()| {
                                    pending.failure.set(None);
                                    confirming.set(None);
                                })
                                busy=pending.busy
                            />
                        </section>
                    }
                }
            >
                // Polite live region: the field's error and the fee are read out as they change.
                <form class="form" novalidate on:submit=on_submit data-testid="promised-form" aria-live="polite">
                    <TextField
                        label=i18n.tr(Bil::AmountField)
                        hint=i18n.tr(Bil::AmountHint)
                        value=amount
                        required=true
                        name="amount"
                        inputmode="decimal"
                        error=error
                    />
                    <p class="form__note" data-testid="promised-preview">{live_preview.clone()}</p>
                    <Button kind=ButtonType::Submit>{i18n.tr(Bil::Continue)}</Button>
                </form>
            </Show>
        </div>
    }
}
