//! `/recovery`: a code by SMS or e-mail for a login, personal account or phone number, then
//! a new password (the `shared` policy) that signs in and ends every other session; and the
//! satellite TV "forgot login": chip ID + smart card → personal account number.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;
use shared::FieldError;
use shared::api::auth::{RecoveryChannel, RecoveryFinish, RecoveryRequest, SatelliteLoginLookup};
use shared::ids::{ChipId, NewPassword, OneTimeCode, SignInId, SmartCardNumber};

use super::auth::{FailureAlert, all_valid, check};
use crate::api::{self, Failure};
use crate::components::button::ButtonType;
use crate::components::{
    Alert, AlertKind, Button, Card, Choice, ChoiceGroup, ChoiceKind, InputKind, PageTitle,
    TextField,
};
use crate::i18n::{Key, use_i18n};
use crate::session::use_session;

fn sign_in_id(s: &str) -> Result<(), FieldError> {
    SignInId::parse(s).map(drop)
}
fn code(s: &str) -> Result<(), FieldError> {
    OneTimeCode::parse(s).map(drop)
}
fn policy(s: &str) -> Result<(), FieldError> {
    NewPassword::parse(s).map(drop)
}
fn chip(s: &str) -> Result<(), FieldError> {
    ChipId::parse(s).map(drop)
}
fn card(s: &str) -> Result<(), FieldError> {
    SmartCardNumber::parse(s).map(drop)
}

#[component]
pub fn Recovery() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="page page--narrow">
            <PageTitle text=i18n.tr(Key::RecoveryTitle) />
            <p class="page-lead">{i18n.tr(Key::RecoveryLead)}</p>
            <ByCode />
            <Card title=i18n.tr(Key::SatelliteTitle)>
                <SatelliteLogin />
            </Card>
            <p class="auth-links">
                <a href="/help">{i18n.tr(Key::HelpLink)}</a>
            </p>
        </div>
    }
}

#[component]
fn ByCode() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let navigate = use_navigate();
    let login = RwSignal::new(String::new());
    let sms = RwSignal::new(true);
    let code_value = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let login_submitted = RwSignal::new(false);
    let submitted = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let sent = RwSignal::new(false);
    let failure = RwSignal::new(None::<Failure>);

    let request = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        login_submitted.set(true);
        if busy.get_untracked() || !all_valid(&[(login, sign_in_id)]) {
            return;
        }
        busy.set(true);
        failure.set(None);
        let body = RecoveryRequest {
            login: login.get_untracked(),
            channel: if sms.get_untracked() {
                RecoveryChannel::Sms
            } else {
                RecoveryChannel::Email
            },
        };
        spawn_local(async move {
            match api::recovery_code(&body).await {
                Ok(_) => sent.set(true),
                Err(f) => failure.set(Some(f)),
            }
            busy.set(false);
        });
    };
    let finish = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        if busy.get_untracked() || !all_valid(&[(code_value, code), (password, policy)]) {
            return;
        }
        busy.set(true);
        failure.set(None);
        let body = RecoveryFinish {
            login: login.get_untracked(),
            code: code_value.get_untracked(),
            new_password: password.get_untracked(),
        };
        let navigate = navigate.clone();
        spawn_local(async move {
            match api::recovery_finish(&body).await {
                Ok(info) => {
                    session.signed_in(info);
                    navigate("/dashboard", NavigateOptions::default());
                }
                Err(f) => failure.set(Some(f)),
            }
            busy.set(false);
        });
    };
    let channel = move |value: bool, label: Key| {
        view! {
            <Choice
                label=i18n.tr(label)
                checked=Signal::derive(move || sms.get() == value)
                on_change=Callback::new(move |_| sms.set(value))
                kind=ChoiceKind::Radio
                name="channel"
            />
        }
    };
    view! {
        <FailureAlert failure=failure />
        <form class="form" novalidate on:submit=request data-testid="recovery-request">
            <TextField
                label=i18n.tr(Key::AuthLogin)
                hint=i18n.tr(Key::AuthLoginHint)
                value=login
                required=true
                name="login"
                autocomplete="username"
                error=check(login, login_submitted, sign_in_id)
            />
            <ChoiceGroup legend=i18n.tr(Key::RecoveryChannel)>
                {channel(true, Key::RecoveryBySms)}
                {channel(false, Key::RecoveryByEmail)}
            </ChoiceGroup>
            <Button kind=ButtonType::Submit loading=busy>
                {i18n.tr(Key::AuthSendCode)}
            </Button>
        </form>
        <Show when=move || sent.get()>
            <form class="form" novalidate on:submit=finish.clone() data-testid="recovery-finish">
                <Alert kind=AlertKind::Info>{i18n.tr(Key::RecoveryCodeSent)}</Alert>
                <TextField
                    label=i18n.tr(Key::AuthCode)
                    hint=i18n.tr(Key::AuthCodeHint)
                    value=code_value
                    required=true
                    name="code"
                    autocomplete="one-time-code"
                    inputmode="numeric"
                    error=check(code_value, submitted, code)
                />
                <TextField
                    label=i18n.tr(Key::PasswordNew)
                    hint=i18n.tr(Key::PasswordNewHint)
                    value=password
                    kind=InputKind::Password
                    required=true
                    name="new-password"
                    autocomplete="new-password"
                    error=check(password, submitted, policy)
                />
                <Button kind=ButtonType::Submit loading=busy>
                    {i18n.tr(Key::RecoverySubmit)}
                </Button>
            </form>
        </Show>
    }
}

#[component]
fn SatelliteLogin() -> impl IntoView {
    let i18n = use_i18n();
    let chip_value = RwSignal::new(String::new());
    let card_value = RwSignal::new(String::new());
    let submitted = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let found = RwSignal::new(None::<String>);
    let failure = RwSignal::new(None::<Failure>);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        if busy.get_untracked() || !all_valid(&[(chip_value, chip), (card_value, card)]) {
            return;
        }
        busy.set(true);
        failure.set(None);
        found.set(None);
        let body = SatelliteLoginLookup {
            chip_id: chip_value.get_untracked(),
            smart_card: card_value.get_untracked(),
        };
        spawn_local(async move {
            match api::satellite_login(&body).await {
                Ok(answer) => found.set(Some(answer.account_number)),
                Err(f) => failure.set(Some(f)),
            }
            busy.set(false);
        });
    };
    view! {
        <form class="form" novalidate on:submit=on_submit data-testid="satellite-login">
            <FailureAlert failure=failure />
            {move || {
                found
                    .get()
                    .map(|n| {
                        let text = i18n.t(Key::SatelliteFound).replace("{n}", &n);
                        view! { <Alert kind=AlertKind::Success>{text}</Alert> }
                    })
            }}
            <TextField
                label=i18n.tr(Key::SatelliteChip)
                hint=i18n.tr(Key::SatelliteChipHint)
                value=chip_value
                required=true
                name="chip-id"
                inputmode="numeric"
                error=check(chip_value, submitted, chip)
            />
            <TextField
                label=i18n.tr(Key::SatelliteCard)
                hint=i18n.tr(Key::SatelliteCardHint)
                value=card_value
                required=true
                name="smart-card"
                inputmode="numeric"
                error=check(card_value, submitted, card)
            />
            <Button kind=ButtonType::Submit loading=busy>
                {i18n.tr(Key::SatelliteFind)}
            </Button>
        </form>
    }
}
