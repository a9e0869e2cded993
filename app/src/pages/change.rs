//! The two steps of every paid change (PRODUCT 4: nothing is charged that the subscriber
//! did not see the price of first): the server's price breakdown for the change, then
//! "confirm" with that preview's token and one idempotency key per attempt, so a retry or a
//! double click changes nothing twice. A stale preview (the price or the balance moved) is
//! refused by the server with its own code; "recalculate" asks for a fresh one.

use leptos::prelude::*;
use shared::api::services::{BlockRequestKind, ServiceAction};

use crate::api::{self, Quote};
use crate::components::{
    Alert, AlertKind, ApiErrorBoundary, Button, ButtonVariant, Choice, ConfirmActions, MoneyAmount,
    MoneySize, Skeleton, SkeletonShape, unique_id,
};
use crate::dates::day;
use crate::i18n::{Svc, use_i18n};
use crate::pages::auth::FailureAlert;
use crate::pages::pending::Pending;

fn is_permanent_block(action: &ServiceAction) -> bool {
    matches!(
        action,
        ServiceAction::Block {
            kind: BlockRequestKind::Permanent,
            ..
        }
    )
}

/// The preview of `action` on `account` with "confirm" and "cancel". `on_done` runs once the
/// change is made.
#[component]
pub fn ChangePanel(
    account: i64,
    action: ServiceAction,
    #[prop(into)] title: String,
    on_done: Callback<()>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let heading = unique_id("change");
    let labelled_by = heading.clone();
    let preview_action = action.clone();
    let quote = LocalResource::new(move || {
        let action = preview_action.clone();
        async move { api::preview(account, &action).await }
    });
    let pending = Pending::new();
    let key = RwSignal::new(api::new_idempotency_key());
    let permanent = is_permanent_block(&action);
    let action = StoredValue::new(action);
    let understood = RwSignal::new(false);
    let heading_ref = NodeRef::<leptos::html::H3>::new();
    // Focus moves to the panel's heading, so a screen reader reads the price next.
    Effect::new(move |_| {
        if let Some(h) = heading_ref.get() {
            let _ = h.focus();
        }
    });
    let confirm = move |token: String| {
        let mut action = action.get_value();
        if let ServiceAction::Block {
            confirm_permanent, ..
        } = &mut action
        {
            *confirm_permanent = understood.get_untracked();
        }
        let k = key.get_untracked();
        pending.run(
            async move { api::confirm(account, &action, &token, &k).await },
            // In a task of its own: the parent usually closes this panel, which must not
            // happen while the panel's own callbacks are still on the stack.
            move |_| {
                leptos::task::spawn_local(async move {
                    on_done.try_run(());
                });
            },
        );
    };
    let recalculate = move |_| {
        pending.failure.set(None);
        key.set(api::new_idempotency_key());
        quote.refetch();
    };
    let body = move |q: Quote| {
        let token = q.quote_token.clone();
        let affordable = q.affordable;
        let fee_starts = q.detail.fee_starts_on.clone();
        // Personal TV: the monthly TV price after the change, as the builder showed it.
        let tv_total = q.detail.price.as_ref().map(|p| {
            view! {
                <tr>
                    <th scope="row">{i18n.tr(Svc::TvNewMonthly)}</th>
                    <td data-testid="quote-tv-total">
                        <MoneyAmount amount=p.total size=MoneySize::Small />
                    </td>
                </tr>
            }
        });
        let lines = q
            .lines
            .into_iter()
            .map(|l| {
                view! {
                    <tr>
                        <th scope="row">{l.name}</th>
                        <td><MoneyAmount amount=l.amount size=MoneySize::Small /></td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="quote" data-testid="quote">
                <caption class="visually-hidden">{i18n.tr(Svc::QuoteBreakdown)}</caption>
                <tbody>
                    {lines}
                    <tr class="quote__total">
                        <th scope="row">{i18n.tr(Svc::QuoteNow)}</th>
                        <td data-testid="quote-now"><MoneyAmount amount=q.charge_now /></td>
                    </tr>
                    <tr>
                        <th scope="row">{i18n.tr(Svc::QuoteMonthly)}</th>
                        <td data-testid="quote-monthly">
                            <MoneyAmount amount=q.per_period size=MoneySize::Small />
                        </td>
                    </tr>
                    {tv_total}
                    <tr>
                        <th scope="row">{i18n.tr(Svc::QuoteBalanceAfter)}</th>
                        <td data-testid="quote-balance-after">
                            <MoneyAmount amount=q.balance_after size=MoneySize::Small />
                        </td>
                    </tr>
                </tbody>
            </table>
            <p class="form__note">
                {i18n.tr(Svc::QuoteFrom)} " " {day(&q.effective_on, 0)}
            </p>
            {fee_starts
                .map(|first| {
                    view! {
                        <p data-testid="quote-fee-starts">
                            {move || i18n.t(Svc::BlockFeeStarts).replace("{day}", &day(&first, 0))}
                        </p>
                    }
                })}
            {(!affordable)
                .then(|| {
                    view! {
                        <Alert kind=AlertKind::Warning>
                            {i18n.tr(Svc::QuoteNotAffordable)} " "
                            <a href="/payments" rel="external">{i18n.tr(Svc::QuoteTopUp)}</a>
                        </Alert>
                    }
                })}
            {permanent
                .then(|| {
                    view! {
                        <Choice
                            label=i18n.tr(Svc::BlockPermanentUnderstood)
                            checked=understood
                            on_change=Callback::new(move |on| understood.set(on))
                            testid="confirm-permanent"
                        />
                    }
                })}
            <ConfirmActions
                confirm_label=i18n.tr(Svc::QuoteConfirm)
                on_confirm=Callback::new(move |()| confirm(token.clone()))
                back_label=i18n.tr(Svc::Cancel)
                on_back=on_cancel
                busy=pending.busy
                disabled=Signal::derive(move || !affordable || (permanent && !understood.get()))
            />
        }
    };
    view! {
        <section class="change" aria-labelledby=labelled_by data-testid="change-panel">
            <h3 class="section-title" id=heading tabindex="-1" node_ref=heading_ref>
                {title}
            </h3>
            <FailureAlert failure=pending.failure />
            {move || {
                pending
                    .failure
                    .get()
                    .is_some()
                    .then(|| {
                        view! {
                            <Button variant=ButtonVariant::Secondary on_click=Callback::new(recalculate)>
                                {i18n.tr(Svc::QuoteRecalculate)}
                            </Button>
                        }
                    })
            }}
            <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Lines(4) /> }>
                <ApiErrorBoundary on_retry=Callback::new(move |()| quote.refetch())>
                    {move || Suspend::new(async move {
                        quote.await.map_err(|f| f.error).map(body)
                    })}
                </ApiErrorBoundary>
            </Suspense>
        </section>
    }
}
