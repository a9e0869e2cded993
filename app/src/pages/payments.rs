//! `/payments` (PRODUCT 3): top up an account by card (a saved one or a new one, 3-D Secure
//! on the bank's page), the e-receipt of each payment, and the history of the account with
//! the reason for every entry ("why was I charged") and a CSV export.
//!
//! Every top-up attempt carries one `Idempotency-Key`: a retry after a lost answer or a
//! double click reuses it, so the server pays once; a settled answer starts a new attempt.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_query_map;
use shared::api::dashboard::AccountSummary;
use shared::api::payments::{CardPaymentRequest, PaymentStatus, SavedCardPaymentRequest};
use shared::card::{CardExpiry, CardNumber, Cvc, check_top_up};
use shared::ledger::EntryKind;
use shared::{FieldError, Money};

use super::auth::{FailureAlert, all_valid, check};
use crate::api::{self, Failure, HistoryFilter, LedgerEntryView, PaymentView, SavedCard};
use crate::components::button::ButtonType;
use crate::components::tariff_card::service_key;
use crate::components::{
    Alert, AlertKind, ApiErrorBoundary, Button, ButtonVariant, Card, Choice, ChoiceGroup,
    ChoiceKind, EmptyState, FilterField, FilterKind, MoneyAmount, MoneySize, PageTitle,
    SelectField, Skeleton, SkeletonShape, TextField,
};
use crate::dates;
use crate::i18n::{Due, Key, use_i18n};

fn amount_rule(s: &str) -> Result<(), FieldError> {
    check_top_up(Money::parse_positive(s)?).map(drop)
}
fn card_rule(s: &str) -> Result<(), FieldError> {
    CardNumber::parse(s).map(drop)
}
fn expiry_rule(s: &str) -> Result<(), FieldError> {
    CardExpiry::parse(s, crate::dates::today()).map(drop)
}
fn cvc_rule(s: &str) -> Result<(), FieldError> {
    Cvc::parse(s).map(drop)
}

/// A billing page, for the account of this page when one is chosen.
fn billing_link(path: &str, account: Option<i64>) -> String {
    account.map_or_else(|| path.to_owned(), |id| format!("{path}?account={id}"))
}

#[component]
pub fn Payments() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let wanted = Memo::new(move |_| {
        query
            .read()
            .get("account")
            .and_then(|a| a.parse::<i64>().ok())
    });
    let paid = Memo::new(move |_| query.read().get("paid"));
    let data = LocalResource::new(move || api::dashboard(wanted.get()));
    // The last payment's outcome lives here, above the data: it stays while the balances
    // reload after a payment.
    let last = RwSignal::new(None::<PaymentView>);
    view! {
        <div class="page">
            <PageTitle text=i18n.tr(Key::PaymentsTitle) />
            <p class="page-lead">{i18n.tr(Key::PaymentsLead)}</p>
            <p class="dashboard__links form__row">
                <a href=move || billing_link("/autopay", wanted.get())>{i18n.tr(Due::AutopayTitle)}</a>
                <a href=move || billing_link("/promised", wanted.get())>{i18n.tr(Due::PromisedTitle)}</a>
            </p>
            {move || paid.get().map(|id| view! { <PaidNotice id=id /> })}
            {move || last.get().map(|p| view! { <PaymentResult payment=p /> })}
            <Transition fallback=|| view! { <Skeleton shape=SkeletonShape::Block /> }>
                <ApiErrorBoundary on_retry=Callback::new(move |()| data.refetch())>
                    {move || Suspend::new(async move {
                        data.await
                            .map(|dashboard| {
                                let selected = dashboard.selected.account.id;
                                let accounts = dashboard.accounts;
                                let refresh = Callback::new(move |()| data.refetch());
                                view! {
                                    <div class="payments">
                                        <TopUp
                                            accounts=accounts
                                            selected=selected
                                            result=last
                                            on_paid=refresh
                                        />
                                        <History account=selected />
                                    </div>
                                }
                            })
                    })}
                </ApiErrorBoundary>
            </Transition>
        </div>
    }
}

/// Back from the bank's 3-D Secure page: how the payment ended.
#[component]
fn PaidNotice(id: String) -> impl IntoView {
    let data = LocalResource::new(move || api::payment(id.clone()));
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                data.await.ok().map(|payment| view! { <PaymentResult payment=payment /> })
            })}
        </Suspense>
    }
}

/// A settled payment: paid (with its receipt) or not.
#[component]
fn PaymentResult(payment: PaymentView) -> impl IntoView {
    let i18n = use_i18n();
    let amount = payment.amount.format(i18n.lang());
    match payment.status {
        PaymentStatus::Succeeded => {
            let text = i18n.t(Key::PaySucceeded).replace("{amount}", &amount);
            view! {
                <div data-testid="payment-result">
                    <Alert kind=AlertKind::Success>
                        {text} " "
                        {payment.receipt_url.map(|url| view! {
                            <a href=url data-testid="receipt-link" rel="external" download="">
                                {i18n.tr(Key::PayReceipt)}
                            </a>
                        })}
                    </Alert>
                </div>
            }
            .into_any()
        }
        _ => view! {
            <div data-testid="payment-result">
                <Alert kind=AlertKind::Error>{i18n.tr(Key::PayNotCompleted)}</Alert>
            </div>
        }
        .into_any(),
    }
}

#[component]
fn TopUp(
    accounts: Vec<AccountSummary>,
    selected: i64,
    result: RwSignal<Option<PaymentView>>,
    on_paid: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let account = RwSignal::new(selected);
    let amount = RwSignal::new(String::new());
    let number = RwSignal::new(String::new());
    let expiry = RwSignal::new(String::new());
    let cvc = RwSignal::new(String::new());
    let save = RwSignal::new(false);
    // `None`: a new card; `Some(id)`: a saved card.
    let use_saved = RwSignal::new(None::<String>);
    let submitted = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let failure = RwSignal::new(None::<Failure>);
    let attempt = RwSignal::new(None::<String>);
    let cards = LocalResource::new(api::saved_cards);
    let balance_of = {
        let accounts = accounts.clone();
        move |id: i64| accounts.iter().find(|a| a.id == id).map(|a| a.balance)
    };

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        let saved = use_saved.get_untracked();
        let valid = if saved.is_some() {
            all_valid(&[(amount, amount_rule)])
        } else {
            all_valid(&[
                (amount, amount_rule),
                (number, card_rule),
                (expiry, expiry_rule),
                (cvc, cvc_rule),
            ])
        };
        if busy.get_untracked() || !valid {
            return;
        }
        let Ok(sum) = Money::parse_positive(&amount.get_untracked()) else {
            return;
        };
        let key = attempt
            .get_untracked()
            .unwrap_or_else(api::new_idempotency_key);
        attempt.set(Some(key.clone()));
        busy.set(true);
        failure.set(None);
        result.set(None);
        spawn_local(async move {
            let answer = match saved {
                Some(card_id) => {
                    let body = SavedCardPaymentRequest {
                        account_id: account.get_untracked(),
                        card_id,
                        amount: sum,
                    };
                    api::pay_saved_card(&body, &key).await
                }
                None => {
                    let body = CardPaymentRequest {
                        account_id: account.get_untracked(),
                        amount: sum,
                        card_number: number.get_untracked(),
                        expiry: expiry.get_untracked(),
                        cvc: cvc.get_untracked(),
                        save_card: save.get_untracked(),
                    };
                    api::pay_card(&body, &key).await
                }
            };
            match answer {
                Ok(payment) => {
                    // Settled: the next payment is a new attempt.
                    attempt.set(None);
                    if payment.status == PaymentStatus::RequiresConfirmation
                        && let Some(url) = payment.challenge_url.as_deref()
                    {
                        // The bank's page; it links back to /payments?paid=<id>.
                        let _ = window().location().assign(url);
                        return;
                    }
                    number.set(String::new());
                    cvc.set(String::new());
                    submitted.set(false);
                    result.set(Some(payment));
                    cards.refetch();
                    on_paid.run(());
                }
                Err(f) => {
                    // A lost answer keeps the key: sending again cannot pay twice.
                    if f.code() != shared::ErrorCode::Network {
                        attempt.set(None);
                    }
                    failure.set(Some(f));
                }
            }
            busy.set(false);
        });
    };

    let accounts_view = accounts
        .iter()
        .map(|a| {
            let id = a.id;
            let text = format!("{} · {}", i18n.t(service_key(a.service)), a.label);
            view! { <option value=id.to_string() selected=id == selected>{text}</option> }
        })
        .collect_view();
    view! {
        <Card title=i18n.tr(Key::PayTitle)>
            <form class="form" novalidate on:submit=on_submit data-testid="top-up">
                <FailureAlert failure=failure />
                <SelectField
                    label=i18n.tr(Key::AccountLabel)
                    value=Signal::derive(move || account.get().to_string())
                    on_change=Callback::new(move |id: String| {
                        if let Ok(id) = id.parse() {
                            account.set(id);
                        }
                    })
                    testid="pay-account"
                >
                    {accounts_view}
                </SelectField>
                <p class="form__note" data-testid="pay-balance">
                    {i18n.tr(Key::BalanceTitle)} ": "
                    {move || balance_of(account.get()).map(|b| view! { <MoneyAmount amount=b size=MoneySize::Small /> })}
                </p>
                <TextField
                    label=i18n.tr(Key::PayAmount)
                    hint=i18n.tr(Key::PayAmountHint)
                    value=amount
                    required=true
                    name="amount"
                    inputmode="decimal"
                    error=check(amount, submitted, amount_rule)
                />
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        let list = cards.await.unwrap_or_default();
                        view! { <SavedCards cards=list chosen=use_saved /> }
                    })}
                </Suspense>
                <Show when=move || use_saved.get().is_none()>
                    <TextField
                        label=i18n.tr(Key::PayCardNumber)
                        value=number
                        required=true
                        name="card-number"
                        autocomplete="cc-number"
                        inputmode="numeric"
                        error=check(number, submitted, card_rule)
                    />
                    <div class="form__row">
                        <TextField
                            label=i18n.tr(Key::PayExpiry)
                            hint=i18n.tr(Key::PayExpiryHint)
                            value=expiry
                            required=true
                            name="expiry"
                            autocomplete="cc-exp"
                            inputmode="numeric"
                            error=check(expiry, submitted, expiry_rule)
                        />
                        <TextField
                            label=i18n.tr(Key::PayCvc)
                            value=cvc
                            required=true
                            name="cvc"
                            autocomplete="cc-csc"
                            inputmode="numeric"
                            error=check(cvc, submitted, cvc_rule)
                        />
                    </div>
                    <Choice
                        label=i18n.tr(Key::PaySaveCard)
                        checked=save
                        on_change=Callback::new(move |on| save.set(on))
                        name="save-card"
                    />
                </Show>
                <Button kind=ButtonType::Submit loading=busy>
                    {i18n.tr(Key::PaySubmit)}
                </Button>
            </form>
        </Card>
    }
}

/// The saved cards as choices next to "a new card".
#[component]
fn SavedCards(cards: Vec<SavedCard>, chosen: RwSignal<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    if cards.is_empty() {
        return ().into_any();
    }
    view! {
        <ChoiceGroup legend=i18n.tr(Key::PayWith) testid="saved-cards">
            {cards
                .into_iter()
                .map(|card| {
                    let id = card.id.clone();
                    let checked = {
                        let id = id.clone();
                        Signal::derive(move || chosen.get().as_deref() == Some(id.as_str()))
                    };
                    let text = format!("•••• {} ({:02}/{:02})", card.last4, card.expiry.month, card.expiry.year % 100);
                    view! {
                        <Choice
                            label=text
                            checked=checked
                            on_change=Callback::new(move |_| chosen.set(Some(id.clone())))
                            kind=ChoiceKind::Radio
                            name="pay-with"
                        />
                    }
                })
                .collect_view()}
            <Choice
                label=i18n.tr(Key::PayNewCard)
                checked=Signal::derive(move || chosen.get().is_none())
                on_change=Callback::new(move |_| chosen.set(None))
                kind=ChoiceKind::Radio
                name="pay-with"
            />
        </ChoiceGroup>
    }
    .into_any()
}

/// The account's ledger, newest first, a page at a time, each entry with its reason.
#[component]
fn History(account: i64) -> impl IntoView {
    let i18n = use_i18n();
    let filter = RwSignal::new(HistoryFilter::default());
    let entries = RwSignal::new(Vec::<LedgerEntryView>::new());
    let next = RwSignal::new(None::<String>);
    let loading = RwSignal::new(false);
    let failure = RwSignal::new(None::<Failure>);
    // Only the newest request's answer is shown: a filter changed twice quickly must not end
    // with the first filter's entries.
    let asked = StoredValue::new(0_u64);
    let load = move |cursor: Option<String>| {
        loading.set(true);
        let filter = filter.get_untracked();
        let lang = i18n.lang_untracked();
        let ticket = asked.get_value() + 1;
        asked.set_value(ticket);
        spawn_local(async move {
            let answer = api::history(account, &filter, cursor.as_deref(), lang).await;
            if asked.try_get_value() != Some(ticket) {
                return;
            }
            match answer {
                Ok(page) => {
                    if cursor.is_none() {
                        entries.set(page.entries);
                    } else {
                        entries.update(|list| list.extend(page.entries));
                    }
                    next.set(page.next_cursor);
                    failure.set(None);
                }
                Err(e) => failure.set(Some(e.into())),
            }
            loading.set(false);
        });
    };
    // The reasons come in the page's language: a switch reloads them.
    Effect::new(move |_| {
        filter.track();
        let _lang = i18n.lang();
        load(None);
    });
    let csv = move || {
        format!(
            "/api/history.csv?{}",
            filter.with(|f| f.query(account, i18n.lang()))
        )
    };
    const KINDS: [EntryKind; 5] = [
        EntryKind::Payment,
        EntryKind::SubscriptionFee,
        EntryKind::UsageCharge,
        EntryKind::ServiceFee,
        EntryKind::Refund,
    ];
    view! {
        <section class="card history" id="history" aria-labelledby="history-title">
            <h2 class="card__title" id="history-title">{i18n.tr(Key::HistoryLink)}</h2>
            <div class="filters">
                <SelectField
                    label=i18n.tr(Key::HistoryKind)
                    value=Signal::derive(move || filter.with(|f| f.kind.clone()))
                    on_change=Callback::new(move |kind| filter.update(|f| f.kind = kind))
                    inline=true
                    testid="history-kind"
                >
                    <option value="">{i18n.tr(Key::ServiceAll)}</option>
                    {KINDS
                        .into_iter()
                        .map(|k| view! { <option value=k.as_str()>{move || k.label(i18n.lang())}</option> })
                        .collect_view()}
                </SelectField>
                <FilterField
                    label=i18n.tr(Key::HistoryFrom)
                    value=Signal::derive(move || filter.with(|f| f.from.clone()))
                    on_change=Callback::new(move |day| filter.update(|f| f.from = day))
                    kind=FilterKind::Date
                    testid="history-from"
                />
                <FilterField
                    label=i18n.tr(Key::HistoryTo)
                    value=Signal::derive(move || filter.with(|f| f.to.clone()))
                    on_change=Callback::new(move |day| filter.update(|f| f.to = day))
                    kind=FilterKind::Date
                    testid="history-to"
                />
                <a class="filters__link" href=csv rel="external" download="" data-testid="history-csv">
                    {i18n.tr(Key::HistoryCsv)}
                </a>
            </div>
            <FailureAlert failure=failure />
            <Show when=move || loading.get() && entries.with(Vec::is_empty)>
                <Skeleton shape=SkeletonShape::Block />
            </Show>
            <Show when=move || !loading.get() && entries.with(Vec::is_empty) && failure.with(Option::is_none)>
                <EmptyState title=i18n.tr(Key::HistoryEmpty) />
            </Show>
            <ul class="history__list" data-testid="history-list" aria-busy=move || loading.get().to_string()>
                <For each=move || entries.get() key=|e| e.id let:entry>
                    <HistoryItem entry=entry />
                </For>
            </ul>
            <Show when=move || next.get().is_some()>
                <Button
                    variant=ButtonVariant::Secondary
                    loading=loading
                    on_click=Callback::new(move |_| load(next.get_untracked()))
                >
                    {i18n.tr(Key::HistoryMore)}
                </Button>
            </Show>
        </section>
    }
}

/// One entry: what, when, how much; the reason unfolds ("why was I charged").
#[component]
fn HistoryItem(entry: LedgerEntryView) -> impl IntoView {
    let i18n = use_i18n();
    let when = dates::local_time(&entry.created_at);
    let why = entry.text.clone();
    let amount = entry.amount;
    let kind = entry.kind;
    view! {
        <li class="history__item" data-testid="history-item">
            <details>
                <summary>
                    <span class="history__kind">{move || kind.label(i18n.lang())}</span>
                    <time class="history__when">{when}</time>
                    <MoneyAmount amount=amount size=MoneySize::Small />
                </summary>
                <p class="history__why" data-testid="history-why">
                    {i18n.tr(Key::HistoryWhy)} " "
                    {why}
                </p>
                {entry.payment_id.map(|id| view! {
                    <a href=format!("/api/payments/{id}/receipt.pdf") rel="external" download="">
                        {i18n.tr(Key::PayReceipt)}
                    </a>
                })}
            </details>
        </li>
    }
}
