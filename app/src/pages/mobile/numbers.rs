//! Other numbers in this web account (PRODUCT 7): add one with the code its owner receives
//! by SMS, remove it; and the managers of the customer's own numbers, who can be removed.

use leptos::prelude::*;
use shared::FieldError;
use shared::api::mobile::{AddNumber, ConfirmNumber};
use shared::auth::ONE_TIME_CODE_TTL_MINUTES;
use shared::ids::{OneTimeCode, Phone};

use super::pretty;
use crate::api::{self, ManagedNumber, NumberManager};
use crate::components::button::ButtonType;
use crate::components::{
    Alert, AlertKind, ApiErrorBoundary, Button, ButtonVariant, Card, EmptyState, InputKind,
    RowAction, Skeleton, SkeletonShape, TextField,
};
use crate::dates::local_time;
use crate::i18n::{Svc, use_i18n};
use crate::pages::auth::{FailureAlert, all_valid, check};
use crate::pages::pending::Pending;

fn phone(s: &str) -> Result<(), FieldError> {
    Phone::parse(s).map(drop)
}

fn code(s: &str) -> Result<(), FieldError> {
    OneTimeCode::parse(s).map(drop)
}

#[component]
pub fn NumbersSection() -> impl IntoView {
    let i18n = use_i18n();
    let managed = LocalResource::new(api::managed_numbers);
    let managers = LocalResource::new(api::number_managers);
    let pending = Pending::new();
    let remove = move |p: String| {
        pending.run(async move { api::remove_number(&p).await }, move |()| {
            managed.refetch()
        });
    };
    let revoke = move |p: String| {
        pending.run(async move { api::revoke_managers(&p).await }, move |()| {
            managers.refetch()
        });
    };
    let managed_view = move |list: Vec<ManagedNumber>| {
        if list.is_empty() {
            return view! { <EmptyState title=i18n.tr(Svc::NumbersEmpty) body=i18n.tr(Svc::NumbersEmptyBody) /> }
                .into_any();
        }
        view! {
            <ul class="rows" data-testid="managed-numbers">
                {list
                    .into_iter()
                    .map(|m| {
                        let shown = pretty(&m.phone);
                        let label = format!("{} {}", i18n.t(Svc::Remove), shown);
                        let p = m.phone.clone();
                        view! {
                            <li class="row row--action" data-testid="managed-number">
                                <div>
                                    <p class="row__title">{shown}</p>
                                    <p class="row__meta">
                                        {i18n.tr(Svc::AddedOn)} " " {local_time(&m.added_at)}
                                    </p>
                                </div>
                                <RowAction
                                    label=label
                                    disabled=pending.busy
                                    on_click=Callback::new(move |()| remove(p.clone()))
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
    let managers_view = move |list: Vec<NumberManager>| {
        if list.is_empty() {
            return view! { <p class="form__note">{i18n.tr(Svc::ManagersEmpty)}</p> }.into_any();
        }
        view! {
            <ul class="rows" data-testid="number-managers">
                {list
                    .into_iter()
                    .map(|m| {
                        let shown = pretty(&m.phone);
                        let label = format!("{} {}", i18n.t(Svc::ManagersRevoke), shown);
                        let p = m.phone.clone();
                        let who = i18n
                            .t(Svc::ManagersWho)
                            .replace("{name}", &m.manager)
                            .replace("{since}", &local_time(&m.since));
                        view! {
                            <li class="row row--action" data-testid="number-manager">
                                <div>
                                    <p class="row__title">{shown}</p>
                                    <p class="row__meta">{who}</p>
                                </div>
                                <RowAction
                                    label=label
                                    disabled=pending.busy
                                    on_click=Callback::new(move |()| revoke(p.clone()))
                                >
                                    {i18n.tr(Svc::ManagersRevoke)}
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
        <Card title=i18n.tr(Svc::NumbersTitle)>
            <p>{i18n.tr(Svc::NumbersLead)}</p>
            <FailureAlert failure=pending.failure />
            <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Lines(2) /> }>
                <ApiErrorBoundary on_retry=Callback::new(move |()| managed.refetch())>
                    {move || Suspend::new(async move { managed.await.map(managed_view) })}
                </ApiErrorBoundary>
            </Suspense>
            <AddNumberForm on_added=Callback::new(move |()| managed.refetch()) />
            <h3 class="section-title">{i18n.tr(Svc::ManagersTitle)}</h3>
            <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Lines(1) /> }>
                <ApiErrorBoundary on_retry=Callback::new(move |()| managers.refetch())>
                    {move || Suspend::new(async move { managers.await.map(managers_view) })}
                </ApiErrorBoundary>
            </Suspense>
        </Card>
    }
}

/// Two steps: the number (a code goes to its owner), then the code.
#[component]
fn AddNumberForm(on_added: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let number = RwSignal::new(String::new());
    let secret = RwSignal::new(String::new());
    let submitted = RwSignal::new(false);
    let code_sent = RwSignal::new(false);
    let added = RwSignal::new(false);
    let pending = Pending::new();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        added.set(false);
        if !code_sent.get_untracked() {
            if !all_valid(&[(number, phone)]) {
                return;
            }
            let body = AddNumber {
                phone: number.get_untracked(),
            };
            pending.run(async move { api::add_number(&body).await }, move |_| {
                code_sent.set(true);
                submitted.set(false);
            });
        } else {
            if !all_valid(&[(number, phone), (secret, code)]) {
                return;
            }
            let body = ConfirmNumber {
                phone: number.get_untracked(),
                code: secret.get_untracked(),
            };
            pending.run(async move { api::confirm_number(&body).await }, move |_| {
                number.set(String::new());
                secret.set(String::new());
                submitted.set(false);
                code_sent.set(false);
                added.set(true);
                on_added.run(());
            });
        }
    };
    let another = move |_| {
        code_sent.set(false);
        secret.set(String::new());
        pending.failure.set(None);
    };
    view! {
        <form class="form" novalidate on:submit=on_submit data-testid="add-number">
            <h3 class="section-title">{i18n.tr(Svc::NumbersAdd)}</h3>
            <FailureAlert failure=pending.failure />
            <Show when=move || added.get()>
                <Alert kind=AlertKind::Success>{i18n.tr(Svc::NumbersAdded)}</Alert>
            </Show>
            <TextField
                label=i18n.tr(Svc::NumbersPhone)
                value=number
                kind=InputKind::Tel
                required=true
                name="phone"
                disabled=code_sent
                error=check(number, submitted, phone)
            />
            <Show when=move || code_sent.get()>
                <p class="form__note" role="status" data-testid="number-code-sent">
                    {move || {
                        i18n.t(Svc::NumbersCodeSent)
                            .replace("{n}", &ONE_TIME_CODE_TTL_MINUTES.to_string())
                    }}
                </p>
                <TextField
                    label=i18n.tr(Svc::NumbersCode)
                    value=secret
                    required=true
                    name="code"
                    autocomplete="one-time-code"
                    inputmode="numeric"
                    error=check(secret, submitted, code)
                />
            </Show>
            <div class="form__row">
                <Button kind=ButtonType::Submit variant=ButtonVariant::Secondary loading=pending.busy>
                    {move || {
                        if code_sent.get() { i18n.t(Svc::NumbersConfirm) } else { i18n.t(Svc::NumbersSendCode) }
                    }}
                </Button>
                <Show when=move || code_sent.get()>
                    <button type="button" class="btn btn--ghost" on:click=another>
                        <span class="btn__label">{i18n.tr(Svc::NumbersOther)}</span>
                    </button>
                </Show>
            </div>
        </form>
    }
}
