//! Contact details (PRODUCT 8): the e-mail and phone notifications go to, each changed with
//! a code sent to the new address, so a typo cannot send them elsewhere.

use leptos::prelude::*;
use shared::FieldError;
use shared::auth::ONE_TIME_CODE_TTL_MINUTES;
use shared::ids::{Email, OneTimeCode, Phone};

use shared::api::notifications::Contacts;

use crate::api::{self, ContactKind};
use crate::components::button::ButtonType;
use crate::components::{
    Alert, AlertKind, ApiErrorBoundary, Button, ButtonSize, ButtonVariant, Card, InputKind,
    RowAction, Skeleton, SkeletonShape, TextField,
};
use crate::i18n::{Svc, use_i18n};
use crate::pages::auth::{FailureAlert, all_valid, check};
use crate::pages::pending::Pending;

fn email(s: &str) -> Result<(), FieldError> {
    Email::parse(s).map(drop)
}

fn phone(s: &str) -> Result<(), FieldError> {
    Phone::parse(s).map(drop)
}

fn code(s: &str) -> Result<(), FieldError> {
    OneTimeCode::parse(s).map(drop)
}

#[component]
pub fn ContactsCard() -> impl IntoView {
    let i18n = use_i18n();
    let contacts = LocalResource::new(api::contacts);
    let editing = RwSignal::new(None::<ContactKind>);
    let changed = RwSignal::new(false);
    let shown = move |c: Contacts| {
        let none = i18n.t(Svc::ContactNone);
        let email = c.email.unwrap_or_else(|| none.to_owned());
        let phone = c
            .phone
            .map(|p| Phone::parse(&p).map(|p| p.pretty()).unwrap_or(p))
            .unwrap_or_else(|| none.to_owned());
        let row = move |kind: ContactKind, label: Svc, value: String| {
            let action = match kind {
                ContactKind::Email => i18n.t(Svc::ContactChangeEmail),
                ContactKind::Phone => i18n.t(Svc::ContactChangePhone),
            };
            view! {
                <div class="row row--action">
                    <div>
                        <p class="row__meta">{i18n.tr(label)}</p>
                        <p class="row__title" data-testid=format!("contact-{}", if kind == ContactKind::Email { "email" } else { "phone" })>
                            {value}
                        </p>
                    </div>
                    <Show when=move || editing.get() != Some(kind)>
                        <RowAction
                            label=action
                            on_click=Callback::new(move |()| {
                                changed.set(false);
                                editing.set(Some(kind));
                            })
                        >
                            {i18n.tr(Svc::ContactChange)}
                        </RowAction>
                    </Show>
                </div>
            }
        };
        view! {
            {row(ContactKind::Email, Svc::ContactEmail, email)}
            {row(ContactKind::Phone, Svc::ContactPhone, phone)}
        }
    };
    view! {
        <Card title=i18n.tr(Svc::ContactsTitle)>
            <div data-testid="contacts">
                <Show when=move || changed.get()>
                    <Alert kind=AlertKind::Success>{i18n.tr(Svc::ContactChanged)}</Alert>
                </Show>
                <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Lines(2) /> }>
                    <ApiErrorBoundary on_retry=Callback::new(move |()| contacts.refetch())>
                        {move || Suspend::new(async move { contacts.await.map(shown) })}
                    </ApiErrorBoundary>
                </Suspense>
                {move || {
                    editing
                        .get()
                        .map(|kind| {
                            view! {
                                <ChangeForm
                                    kind=kind
                                    on_done=Callback::new(move |changed_now: bool| {
                                        editing.set(None);
                                        if changed_now {
                                            changed.set(true);
                                            contacts.refetch();
                                        }
                                    })
                                />
                            }
                        })
                }}
            </div>
        </Card>
    }
}

/// The new address, then the code sent to it. `on_done(true)` once changed, `(false)` on
/// cancel.
#[component]
fn ChangeForm(kind: ContactKind, on_done: Callback<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let value = RwSignal::new(String::new());
    let secret = RwSignal::new(String::new());
    let submitted = RwSignal::new(false);
    let code_sent = RwSignal::new(false);
    let pending = Pending::new();
    let rule = match kind {
        ContactKind::Email => email,
        ContactKind::Phone => phone,
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        if !code_sent.get_untracked() {
            if !all_valid(&[(value, rule)]) {
                return;
            }
            let v = value.get_untracked();
            pending.run(
                async move { api::change_contact(kind, &v).await },
                move |_| {
                    code_sent.set(true);
                    submitted.set(false);
                },
            );
        } else {
            if !all_valid(&[(value, rule), (secret, code)]) {
                return;
            }
            let (v, c) = (value.get_untracked(), secret.get_untracked());
            pending.run(
                async move { api::confirm_contact(kind, &v, &c).await },
                move |_| on_done.run(true),
            );
        }
    };
    let (label, input_kind, autocomplete) = match kind {
        ContactKind::Email => (Svc::ContactNewEmail, InputKind::Email, "email"),
        ContactKind::Phone => (Svc::ContactNewPhone, InputKind::Tel, "tel"),
    };
    view! {
        <form class="form" novalidate on:submit=on_submit data-testid="contact-change">
            <FailureAlert failure=pending.failure />
            <TextField
                label=i18n.tr(label)
                value=value
                kind=input_kind
                required=true
                name="value"
                autocomplete=autocomplete
                disabled=code_sent
                error=check(value, submitted, rule)
            />
            <Show when=move || code_sent.get()>
                <p class="form__note" role="status" data-testid="contact-code-sent">
                    {move || {
                        i18n.t(Svc::ContactCodeSent)
                            .replace("{n}", &ONE_TIME_CODE_TTL_MINUTES.to_string())
                    }}
                </p>
                <TextField
                    label=i18n.tr(Svc::ContactCode)
                    value=secret
                    required=true
                    name="code"
                    autocomplete="one-time-code"
                    inputmode="numeric"
                    error=check(secret, submitted, code)
                />
            </Show>
            <div class="form__row">
                <Button kind=ButtonType::Submit size=ButtonSize::Small loading=pending.busy>
                    {move || {
                        if code_sent.get() { i18n.t(Svc::ContactConfirm) } else { i18n.t(Svc::NumbersSendCode) }
                    }}
                </Button>
                <Button
                    variant=ButtonVariant::Ghost
                    size=ButtonSize::Small
                    on_click=Callback::new(move |_| on_done.run(false))
                >
                    {i18n.tr(Svc::Cancel)}
                </Button>
            </div>
        </form>
    }
}
