//! The call blacklist: add a number (checked as typed with `shared`), the list with its
//! limit and one "remove" per number, and the calls it stopped.

use leptos::prelude::*;
use shared::FieldError;
use shared::api::mobile::BlacklistAdd;
use shared::ids::DialNumber;

use super::pretty;
use crate::api::{self, Blacklist, BlockedCall};
use crate::components::button::ButtonType;
use crate::components::{
    ApiErrorBoundary, Button, ButtonVariant, Card, EmptyState, InputKind, RowAction, Skeleton,
    SkeletonShape, TextField,
};
use crate::dates::local_time;
use crate::i18n::{Svc, use_i18n};
use crate::pages::auth::{FailureAlert, all_valid, check};
use crate::pages::pending::Pending;

fn dial_number(s: &str) -> Result<(), FieldError> {
    DialNumber::parse(s).map(drop)
}

#[component]
pub fn BlacklistSection() -> impl IntoView {
    let i18n = use_i18n();
    let number = RwSignal::new(String::new());
    let submitted = RwSignal::new(false);
    let pending = Pending::new();
    let list = LocalResource::new(api::blacklist);
    let calls = LocalResource::new(api::blocked_calls);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        if !all_valid(&[(number, dial_number)]) {
            return;
        }
        let body = BlacklistAdd {
            number: number.get_untracked(),
        };
        pending.run(async move { api::blacklist_add(&body).await }, move |_| {
            number.set(String::new());
            submitted.set(false);
            list.refetch();
        });
    };
    let remove = move |n: String| {
        pending.run(async move { api::blacklist_remove(&n).await }, move |()| {
            list.refetch()
        });
    };
    let entries = move |b: Blacklist| {
        let count = i18n
            .t(Svc::BlacklistCount)
            .replace("{n}", &b.entries.len().to_string())
            .replace("{max}", &b.limit.to_string());
        let body = if b.entries.is_empty() {
            view! { <EmptyState title=i18n.tr(Svc::BlacklistEmpty) body=i18n.tr(Svc::BlacklistEmptyBody) /> }
                .into_any()
        } else {
            view! {
                <ul class="rows" data-testid="blacklist">
                    {b
                        .entries
                        .into_iter()
                        .map(|e| {
                            let shown = pretty(&e.number);
                            let label = format!("{} {}", i18n.t(Svc::BlacklistRemove), shown);
                            let n = e.number.clone();
                            view! {
                                <li class="row row--action" data-testid="blacklisted">
                                    <div>
                                        <p class="row__title">{shown}</p>
                                        <p class="row__meta">
                                            {i18n.tr(Svc::AddedOn)} " " {local_time(&e.added_at)}
                                        </p>
                                    </div>
                                    <RowAction
                                        label=label
                                        disabled=pending.busy
                                        on_click=Callback::new(move |()| remove(n.clone()))
                                    >
                                        {i18n.tr(Svc::Remove)}
                                    </RowAction>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
            .into_any()
        };
        view! {
            <p class="form__note" data-testid="blacklist-count">{count}</p>
            {body}
        }
    };
    view! {
        <Card title=i18n.tr(Svc::BlacklistTitle)>
            <form class="form" novalidate on:submit=on_submit data-testid="blacklist-form">
                <FailureAlert failure=pending.failure />
                <TextField
                    label=i18n.tr(Svc::BlacklistNumber)
                    hint=i18n.tr(Svc::BlacklistNumberHint)
                    value=number
                    kind=InputKind::Tel
                    required=true
                    name="number"
                    error=check(number, submitted, dial_number)
                />
                <Button kind=ButtonType::Submit variant=ButtonVariant::Secondary loading=pending.busy>
                    {i18n.tr(Svc::BlacklistAdd)}
                </Button>
            </form>
            <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Lines(2) /> }>
                <ApiErrorBoundary on_retry=Callback::new(move |()| list.refetch())>
                    {move || Suspend::new(async move { list.await.map(entries) })}
                </ApiErrorBoundary>
            </Suspense>
            <h3 class="section-title">{i18n.tr(Svc::BlockedCalls)}</h3>
            <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Lines(2) /> }>
                <ApiErrorBoundary on_retry=Callback::new(move |()| calls.refetch())>
                    {move || Suspend::new(async move { calls.await.map(calls_view) })}
                </ApiErrorBoundary>
            </Suspense>
        </Card>
    }
}

fn calls_view(calls: Vec<BlockedCall>) -> AnyView {
    let i18n = use_i18n();
    if calls.is_empty() {
        return view! { <p class="form__note">{i18n.tr(Svc::BlockedCallsEmpty)}</p> }.into_any();
    }
    view! {
        <ul class="rows" data-testid="blocked-calls">
            {calls
                .into_iter()
                .map(|c| {
                    view! {
                        <li class="row">
                            <p class="row__title">{pretty(&c.caller)}</p>
                            <p class="row__meta">
                                {local_time(&c.at)} " · " {i18n.tr(Svc::SmsOn)} " " {pretty(&c.own_number)}
                            </p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}
