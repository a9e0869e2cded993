//! `/autopay` (PRODUCT 3): the auto-payment rules of the chosen account (top up X when the
//! balance is below Y, or on a day of the month; daily and monthly caps; a saved card),
//! each with pause/resume, delete (after a question) and the log of its attempts; and a
//! form for a new rule, checked as typed by `shared::autopay::AutopayRule`. Without a saved
//! card the page says where one is saved.

use leptos::prelude::*;
use shared::api::autopay::{AutopayOutcome, AutopayState};
use shared::autopay::{AutopayRule, AutopaySettings, AutopayTrigger, may_add_rule};
use shared::{ErrorCode, FieldError, Money};

use super::account_switcher::AccountPage;
use super::auth::FailureAlert;
use super::pending::Pending;
use crate::api::{self, AutopayAttempt, AutopayView, NewAutopay, SavedCard};
use crate::components::button::ButtonType;
use crate::components::{
    ApiErrorBoundary, Button, ButtonVariant, Card, Choice, ChoiceGroup, ChoiceKind, ConfirmActions,
    Disclosure, EmptyState, SelectField, Skeleton, SkeletonShape, TextField,
};
use crate::dates;
use crate::i18n::{Bil, Due, use_i18n};

#[component]
pub fn Autopay() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <AccountPage
            title=i18n.tr(Due::AutopayTitle)
            lead=i18n.tr(Bil::AutopayLead)
            path="/autopay"
            content=|account| view! { <AccountAutopay account=account /> }.into_any()
        />
    }
}

/// The rules and saved cards, loaded together.
#[component]
fn AccountAutopay(account: i64) -> impl IntoView {
    let rules = LocalResource::new(api::autopay_rules);
    let cards = LocalResource::new(api::saved_cards);
    let retry = Callback::new(move |()| {
        rules.refetch();
        cards.refetch();
    });
    view! {
        <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Block /> }>
            <ApiErrorBoundary on_retry=retry>
                {move || Suspend::new(async move {
                    let list = rules.await?;
                    let cards = cards.await?;
                    let mine: Vec<_> = list.into_iter().filter(|r| r.account_id == account).collect();
                    Ok::<_, shared::ApiError>(view! { <Rules initial=mine cards=cards account=account /> })
                })}
            </ApiErrorBoundary>
        </Suspense>
    }
}

#[component]
fn Rules(initial: Vec<AutopayView>, cards: Vec<SavedCard>, account: i64) -> impl IntoView {
    let i18n = use_i18n();
    let list = RwSignal::new(initial);
    let notice = RwSignal::new(None::<Bil>);
    let cards = StoredValue::new(cards);
    let heading_ref = NodeRef::<leptos::html::H2>::new();
    let removed = Callback::new(move |id: i64| {
        list.update(|l| l.retain(|r| r.id != id));
        notice.set(Some(Bil::Deleted));
        // The row and its focused button are gone: focus the list's heading.
        if let Some(h) = heading_ref.get_untracked() {
            let _ = h.focus();
        }
    });
    let created = Callback::new(move |rule: AutopayView| {
        list.update(|l| l.push(rule));
        notice.set(Some(Bil::Created));
    });
    view! {
        <div class="payments">
            <section class="card" aria-labelledby="autopay-rules-title" data-testid="autopay-rules">
                <h2 class="card__title" id="autopay-rules-title" tabindex="-1" node_ref=heading_ref>
                    {i18n.tr(Bil::RulesTitle)}
                </h2>
                <div role="status" data-testid="autopay-notice">
                    {move || notice.get().map(|n| view! { <p>{i18n.tr(n)}</p> })}
                </div>
                <Show
                    when=move || !list.with(Vec::is_empty)
                    fallback=move || view! { <EmptyState title=i18n.tr(Bil::RulesEmpty) /> }
                >
                    // Re-rendered whole when a rule comes or goes (a pause changes only its
                    // row): a keyed list would cost more wasm than these few rows.
                    <ul class="rows">
                        {move || {
                            list.get()
                                .into_iter()
                                .map(|rule| {
                                    view! {
                                        <RuleRow
                                            rule=rule
                                            cards=cards.get_value()
                                            list=list
                                            on_removed=removed
                                        />
                                    }
                                })
                                .collect_view()
                        }}
                    </ul>
                </Show>
            </section>
            <NewRule
                cards=cards.get_value()
                account=account
                count=Signal::derive(move || list.with(Vec::len))
                on_created=created
            />
        </div>
    }
}

/// "Top up X when the balance is below Y" or "top up X on day D".
fn rule_text(lang: shared::Lang, r: &AutopayView) -> String {
    let amount = r.amount.format(lang);
    match (r.trigger.day, r.trigger.threshold) {
        (Some(day), _) => Bil::RuleDay
            .text(lang)
            .replace("{amount}", &amount)
            .replace("{day}", &day.to_string()),
        (None, threshold) => Bil::RuleBelow
            .text(lang)
            .replace("{amount}", &amount)
            .replace("{threshold}", &threshold.unwrap_or_default().format(lang)),
    }
}

fn card_text(lang: shared::Lang, cards: &[SavedCard], id: &str) -> String {
    let last4 = cards
        .iter()
        .find(|c| c.id == id)
        .map_or("····", |c| c.last4.as_str());
    Bil::RuleCard.text(lang).replace("{last4}", last4)
}

#[component]
fn RuleRow(
    rule: AutopayView,
    cards: Vec<SavedCard>,
    /// The page's rules: a pause updates this row's entry without redrawing the list.
    list: RwSignal<Vec<AutopayView>>,
    on_removed: Callback<i64>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = rule.id;
    let current = RwSignal::new(rule);
    let pending = Pending::new();
    let asking = RwSignal::new(false);
    let ask_ref = NodeRef::<leptos::html::P>::new();
    let toggle_ref = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(p) = ask_ref.get() {
            let _ = p.focus();
        }
    });
    let paused = move || current.with(|r| r.state == AutopayState::Paused);
    let toggle = move |_| {
        let pause = !paused();
        pending.run(api::set_autopay_paused(id, pause), move |rule| {
            list.try_update_untracked(|l| {
                if let Some(old) = l.iter_mut().find(|r| r.id == id) {
                    *old = rule.clone();
                }
            });
            current.try_set(rule);
        });
    };
    let delete = move |_| {
        pending.run(api::delete_autopay(id), move |()| {
            // This row goes away: from a task of its own, after its callbacks.
            leptos::task::spawn_local(async move { on_removed.run(id) });
        });
    };
    let cancel = move |_| {
        asking.set(false);
        if let Some(d) = toggle_ref.get_untracked() {
            let _ = d.focus();
        }
    };
    let summary = move || current.with(|r| rule_text(i18n.lang(), r));
    let caps = move || {
        let lang = i18n.lang();
        current.with(|r| {
            i18n.t(Bil::RuleCaps)
                .replace("{daily}", &r.daily_cap.format(lang))
                .replace("{monthly}", &r.monthly_cap.format(lang))
        })
    };
    let paid = move || {
        let lang = i18n.lang();
        current.with(|r| {
            i18n.t(Bil::RulePaid)
                .replace("{today}", &r.paid_today.format(lang))
                .replace("{month}", &r.paid_this_month.format(lang))
        })
    };
    let card = {
        let card_id = current.with_untracked(|r| r.card_id.clone());
        move || card_text(i18n.lang(), &cards, &card_id)
    };
    view! {
        <li class="row" data-testid="autopay-rule">
            <p class="row__title" data-testid="autopay-rule-text">{summary}</p>
            <p class="row__meta">{caps}</p>
            <p class="row__meta">{paid}</p>
            <p class="row__meta">
                {card} " · "
                <span class="status" data-testid="autopay-state">
                    {move || i18n.t(if paused() { Bil::StatePaused } else { Bil::StateActive })}
                </span>
            </p>
            <FailureAlert failure=pending.failure />
            <Show
                when=move || asking.get()
                fallback=move || {
                    view! {
                        <div class="form__row" node_ref=toggle_ref tabindex="-1">
                            <Button
                                variant=ButtonVariant::Secondary
                                loading=pending.busy
                                on_click=Callback::new(toggle)
                            >
                                {move || i18n.t(if paused() { Bil::Resume } else { Bil::Pause })}
                            </Button>
                            <Button
                                variant=ButtonVariant::Ghost
                                on_click=Callback::new(move |_| asking.set(true))
                            >
                                {i18n.tr(Bil::Delete)}
                            </Button>
                        </div>
                    }
                }
            >
                <div class="change" data-testid="autopay-delete">
                    <p tabindex="-1" node_ref=ask_ref>{i18n.tr(Bil::DeleteAsk)}</p>
                    <ConfirmActions
                        confirm_label=i18n.tr(Bil::DeleteYes)
                        on_confirm=Callback::new(delete)
                        back_label=i18n.tr(Bil::Cancel)
                        on_back=Callback::new(cancel)
                        busy=pending.busy
                        danger=true
                    />
                </div>
            </Show>
            <Disclosure label=i18n.tr(Bil::Attempts)>
                <Attempts id=id />
            </Disclosure>
        </li>
    }
}

fn outcome_text(outcome: AutopayOutcome) -> Bil {
    match outcome {
        AutopayOutcome::Succeeded => Bil::OutcomeSucceeded,
        AutopayOutcome::Declined => Bil::OutcomeDeclined,
        AutopayOutcome::InsufficientFunds => Bil::OutcomeFunds,
        AutopayOutcome::ConfirmationRequired => Bil::OutcomeConfirm,
        AutopayOutcome::OverCap => Bil::OutcomeOverCap,
        AutopayOutcome::CardUnavailable => Bil::OutcomeCard,
    }
}

/// The attempts of a rule, newest first.
#[component]
fn Attempts(id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let data = LocalResource::new(move || api::autopay_attempts(id));
    view! {
        <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Lines(2) /> }>
            <ApiErrorBoundary on_retry=Callback::new(move |()| data.refetch())>
                {move || Suspend::new(async move {
                    data.await
                        .map(|list: Vec<AutopayAttempt>| {
                            if list.is_empty() {
                                return view! {
                                    <p class="form__note" data-testid="autopay-attempts-empty">
                                        {i18n.tr(Bil::AttemptsEmpty)}
                                    </p>
                                }
                                .into_any();
                            }
                            view! {
                                <ul class="rows" data-testid="autopay-attempts">
                                    {list
                                        .into_iter()
                                        .map(|a| {
                                            let when = dates::local_time(&a.created_at);
                                            let outcome = outcome_text(a.outcome);
                                            view! {
                                                <li class="row">
                                                    <p class="row__title">
                                                        {i18n.tr(outcome)} ": "
                                                        {move || a.amount.format(i18n.lang())}
                                                    </p>
                                                    <p class="row__meta"><time>{when}</time></p>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                            .into_any()
                        })
                })}
            </ApiErrorBoundary>
        </Suspense>
    }
}

/// A field's own parse: the error code for anything it refuses.
type Parse = fn(&str) -> Result<(), ErrorCode>;

fn money_positive(s: &str) -> Result<(), ErrorCode> {
    Money::parse_positive(s).map(drop).map_err(|e| e.code)
}
fn money_any(s: &str) -> Result<(), ErrorCode> {
    Money::parse(s).map(drop).map_err(|e| e.code)
}
fn day_of_month(s: &str) -> Result<(), ErrorCode> {
    parse_day(s).map(drop)
}
fn parse_day(s: &str) -> Result<u32, ErrorCode> {
    s.trim().parse::<u32>().map_err(|_| ErrorCode::InvalidDate)
}

#[component]
fn NewRule(
    cards: Vec<SavedCard>,
    account: i64,
    count: Signal<usize>,
    on_created: Callback<AutopayView>,
) -> impl IntoView {
    let i18n = use_i18n();
    if cards.is_empty() {
        return view! {
            <Card title=i18n.tr(Bil::NewTitle)>
                <div data-testid="autopay-no-card">
                    <EmptyState title=i18n.tr(Bil::NoCard) body=i18n.tr(Bil::NoCardBody)>
                        <a class="btn btn--primary btn--md" href=format!("/payments?account={account}")>
                            {i18n.tr(Bil::SaveCard)}
                        </a>
                    </EmptyState>
                </div>
            </Card>
        }
        .into_any();
    }
    let by_day = RwSignal::new(false);
    let threshold = RwSignal::new(String::new());
    let day = RwSignal::new(String::new());
    let amount = RwSignal::new(String::new());
    let daily = RwSignal::new(String::new());
    let monthly = RwSignal::new(String::new());
    let card = RwSignal::new(cards[0].id.clone());
    let submitted = RwSignal::new(false);
    let pending = Pending::new();
    let full = move || may_add_rule(count.get()).is_err();

    // The settings when every field parses; `AutopayRule` then checks them together.
    let settings = move || -> Option<AutopaySettings> {
        let trigger = if by_day.get() {
            AutopayTrigger::DayOfMonth {
                day: day.with(|d| parse_day(d)).ok()?,
            }
        } else {
            AutopayTrigger::BalanceBelow {
                threshold: threshold.with(|t| Money::parse(t)).ok()?,
            }
        };
        Some(AutopaySettings {
            trigger,
            amount: amount.with(|a| Money::parse_positive(a)).ok()?,
            daily_cap: daily.with(|a| Money::parse_positive(a)).ok()?,
            monthly_cap: monthly.with(|a| Money::parse_positive(a)).ok()?,
        })
    };
    let rule_error = Memo::new(move |_| settings().and_then(|s| AutopayRule::new(s).err()));
    let field_error = move |name: &'static str, value: RwSignal<String>, own: Parse| {
        Signal::derive(move || {
            let code = value.with(|v| {
                if v.trim().is_empty() {
                    submitted.get().then_some(ErrorCode::Required)
                } else {
                    own(v).err()
                }
            });
            let code = code.or_else(|| {
                rule_error
                    .get()
                    .filter(|e: &FieldError| e.field == name)
                    .map(|e| e.code)
            })?;
            Some(code.message(i18n.lang()).to_owned())
        })
    };

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        let Some(s) = settings() else { return };
        if AutopayRule::new(s).is_err() {
            return;
        }
        let body = NewAutopay {
            account_id: account,
            card_id: card.get_untracked(),
            trigger: s.trigger,
            amount: s.amount,
            daily_cap: s.daily_cap,
            monthly_cap: s.monthly_cap,
        };
        pending.run(
            async move { api::create_autopay(&body).await },
            move |rule| {
                for field in [threshold, day, amount, daily, monthly] {
                    field.try_set(String::new());
                }
                submitted.try_set(false);
                on_created.run(rule);
            },
        );
    };
    let card_options = cards
        .iter()
        .map(|c| {
            let last4 = c.last4.clone();
            let text = move || Bil::RuleCard.text(i18n.lang()).replace("{last4}", &last4);
            view! { <option value=c.id.clone()>{text}</option> }
        })
        .collect_view();
    view! {
        <Card title=i18n.tr(Bil::NewTitle)>
            {move || full().then(|| view! { <p data-testid="autopay-full">{i18n.tr(Bil::Full)}</p> })}
            // Polite live region: each field's error is read out as it appears.
            <form
                class="form"
                novalidate
                on:submit=on_submit
                data-testid="autopay-form"
                hidden=full
                aria-live="polite"
            >
                <FailureAlert failure=pending.failure />
                <ChoiceGroup legend=i18n.tr(Bil::Trigger)>
                    <Choice
                        label=i18n.tr(Bil::TriggerBelow)
                        checked=Signal::derive(move || !by_day.get())
                        on_change=Callback::new(move |_| by_day.set(false))
                        kind=ChoiceKind::Radio
                        name="autopay-trigger"
                        value="below"
                    />
                    <Choice
                        label=i18n.tr(Bil::TriggerDay)
                        checked=by_day
                        on_change=Callback::new(move |_| by_day.set(true))
                        kind=ChoiceKind::Radio
                        name="autopay-trigger"
                        value="day"
                    />
                </ChoiceGroup>
                <Show
                    when=move || by_day.get()
                    fallback=move || view! {
                        <TextField
                            label=i18n.tr(Bil::Threshold)
                            value=threshold
                            required=true
                            name="threshold"
                            inputmode="decimal"
                            error=field_error("threshold", threshold, money_any)
                        />
                    }
                >
                    <TextField
                        label=i18n.tr(Bil::Day)
                        hint=i18n.tr(Bil::DayHint)
                        value=day
                        required=true
                        name="day"
                        inputmode="numeric"
                        error=field_error("day", day, day_of_month)
                    />
                </Show>
                <TextField
                    label=i18n.tr(Bil::TopUpBy)
                    value=amount
                    required=true
                    name="amount"
                    inputmode="decimal"
                    error=field_error("amount", amount, money_positive)
                />
                <div class="form__row">
                    <TextField
                        label=i18n.tr(Bil::DailyCap)
                        hint=i18n.tr(Bil::CapHint)
                        value=daily
                        required=true
                        name="daily-cap"
                        inputmode="decimal"
                        error=field_error("daily_cap", daily, money_positive)
                    />
                    <TextField
                        label=i18n.tr(Bil::MonthlyCap)
                        value=monthly
                        required=true
                        name="monthly-cap"
                        inputmode="decimal"
                        error=field_error("monthly_cap", monthly, money_positive)
                    />
                </div>
                <SelectField
                    label=i18n.tr(Bil::Card)
                    value=card
                    on_change=Callback::new(move |id| card.set(id))
                    name="card"
                >
                    {card_options}
                </SelectField>
                <Button kind=ButtonType::Submit loading=pending.busy>
                    {i18n.tr(Bil::Create)}
                </Button>
            </form>
        </Card>
    }
    .into_any()
}
