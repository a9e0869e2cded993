//! `/signin`: every sign-in method of PRODUCT.md §1.3 on one screen, as tabs: login (phone,
//! contract or account number) + password; phone + SMS code; SIM card + SMS password.
//! Fields are checked with the `shared` parsers as the user types; typed text survives
//! every error; after signing in the visitor goes to `next` (or the overview).

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use shared::api::auth::Sent;
use shared::api::auth::{
    PasswordSignIn, SimSignIn, SmsCodeRequest, SmsCodeSignIn, SmsPasswordRequest,
};
use shared::ids::{Iccid, OneTimeCode, Phone, SignInId};
use shared::{ApiError, ErrorCode, FieldError};

use super::auth::{FailureAlert, all_valid, check, present};
use crate::api::{self, Failure, SessionInfo};
use crate::components::button::ButtonType;
use crate::components::{
    Alert, AlertKind, Button, ButtonVariant, InputKind, PageTitle, Tabs, TextField,
};
use crate::i18n::{Key, use_i18n};
use crate::session::{PASSWORD_PATH, safe_next, use_session};

fn sign_in_id(s: &str) -> Result<(), FieldError> {
    SignInId::parse(s).map(drop)
}
fn phone(s: &str) -> Result<(), FieldError> {
    Phone::parse(s).map(drop)
}
fn code(s: &str) -> Result<(), FieldError> {
    OneTimeCode::parse(s).map(drop)
}
fn iccid(s: &str) -> Result<(), FieldError> {
    Iccid::parse(s).map(drop)
}

/// Stores the session and goes where the visitor was heading.
fn finish() -> impl Fn(SessionInfo) + Clone + 'static {
    let session = use_session();
    let navigate = use_navigate();
    let query = use_query_map();
    move |info: SessionInfo| {
        let to = if info.must_change_password {
            PASSWORD_PATH.to_owned()
        } else {
            safe_next(query.with_untracked(|q| q.get("next")).as_deref())
        };
        session.signed_in(info);
        navigate(&to, NavigateOptions::default());
    }
}

#[component]
pub fn SignIn() -> impl IntoView {
    let i18n = use_i18n();
    let selected = RwSignal::new(0_usize);
    let tabs = vec![
        i18n.tr(Key::AuthTabPassword).into(),
        i18n.tr(Key::AuthTabSms).into(),
        i18n.tr(Key::AuthTabSim).into(),
    ];
    view! {
        <div class="page page--narrow">
            <PageTitle text=i18n.tr(Key::SignInTitle) />
            <p class="page-lead">{i18n.tr(Key::SignInLead)}</p>
            <OidcFailure />
            <Tabs
                label=i18n.tr(Key::AuthMethods)
                tabs=tabs
                selected=selected
                test_ids=vec!["tab-password", "tab-sms", "tab-sim"]
                panel=|i| match i {
                    1 => view! { <SendThenSignIn method=&SMS /> }.into_any(),
                    2 => view! { <SendThenSignIn method=&SIM /> }.into_any(),
                    _ => view! { <PasswordForm /> }.into_any(),
                }
            />
            <OidcSignIn />
            <p class="auth-links">
                <a href="/recovery">{i18n.tr(Key::AuthForgot)}</a>
                <a href="/register">{i18n.tr(Key::AuthNoAccount)}</a>
                <a href="/help">{i18n.tr(Key::HelpLink)}</a>
            </p>
        </div>
    }
}

/// Why the provider sign-in came back here (`/signin?oidc=<error code>`), in the user's
/// language. An unknown code still says something went wrong.
#[component]
fn OidcFailure() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    move || {
        query.with(|q| q.get("oidc")).map(|code| {
            let code = code.parse::<ErrorCode>().unwrap_or(ErrorCode::Unknown);
            view! {
                <div data-testid="oidc-error" data-code=code.as_str()>
                    <Alert kind=AlertKind::Error>{code.message(i18n.lang())}</Alert>
                </div>
            }
        })
    }
}

/// "Sign in with <provider>", when the server has one: a full navigation to the server,
/// which redirects to the provider (never a fetch, never the client-side router).
#[component]
fn OidcSignIn() -> impl IntoView {
    let i18n = use_i18n();
    let provider = LocalResource::new(api::oidc_provider);
    move || {
        provider
            .get()
            .and_then(Result::ok)
            .filter(|p| p.enabled)
            .map(|p| {
                let label = move || {
                    i18n.t(Key::OidcSignInWith)
                        .replace("{name}", &p.display_name)
                };
                view! {
                    <p class="auth-or">{i18n.tr(Key::OidcOr)}</p>
                    <a
                        class="btn btn--secondary auth-oidc"
                        href="/api/auth/oidc/start"
                        rel="external"
                        data-testid="oidc-sign-in"
                    >
                        <span class="btn__label">{label}</span>
                    </a>
                }
            })
    }
}

#[component]
fn PasswordForm() -> impl IntoView {
    let i18n = use_i18n();
    let login = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let submitted = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let failure = RwSignal::new(None::<Failure>);
    let finish = finish();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        if busy.get_untracked() || !all_valid(&[(login, sign_in_id), (password, present)]) {
            return;
        }
        busy.set(true);
        failure.set(None);
        let body = PasswordSignIn {
            login: login.get_untracked(),
            password: password.get_untracked(),
        };
        let finish = finish.clone();
        spawn_local(async move {
            match api::sign_in(&body).await {
                Ok(info) => finish(info),
                Err(f) => failure.set(Some(f)),
            }
            busy.set(false);
        });
    };
    view! {
        <form class="form" novalidate on:submit=on_submit data-testid="signin-password">
            <FailureAlert failure=failure />
            <TextField
                label=i18n.tr(Key::AuthLogin)
                hint=i18n.tr(Key::AuthLoginHint)
                value=login
                required=true
                name="login"
                autocomplete="username"
                error=check(login, submitted, sign_in_id)
            />
            <TextField
                label=i18n.tr(Key::AuthPassword)
                value=password
                kind=InputKind::Password
                required=true
                name="password"
                autocomplete="current-password"
                error=check(password, submitted, present)
            />
            <Button kind=ButtonType::Submit loading=busy>
                {i18n.tr(Key::AuthSubmit)}
            </Button>
        </form>
    }
}

/// Seconds left before another code may be requested, counting down once a second.
fn countdown() -> RwSignal<u32> {
    let left = RwSignal::new(0_u32);
    if let Ok(handle) = set_interval_with_handle(
        move || {
            if left.get_untracked() > 0 {
                left.update(|n| *n -= 1);
            }
        },
        std::time::Duration::from_secs(1),
    ) {
        on_cleanup(move || handle.clear());
    }
    left
}

type Pending<T> = std::pin::Pin<Box<dyn std::future::Future<Output = Result<T, Failure>>>>;

/// A method where the server first sends something by SMS (a code, a temporary password)
/// and the visitor then signs in with it. One component for both, so the page stays small.
struct Method {
    test_id: &'static str,
    id_label: Key,
    id_hint: Key,
    id_autocomplete: &'static str,
    id_inputmode: &'static str,
    id_kind: InputKind,
    id_name: &'static str,
    id_check: fn(&str) -> Result<(), FieldError>,
    send_label: Key,
    /// The note after sending; `{phone}` is replaced by the pretty number when known.
    sent_note: Key,
    secret_label: Key,
    secret_hint: Key,
    secret_inputmode: &'static str,
    secret_kind: InputKind,
    secret_check: fn(&str) -> Result<(), FieldError>,
    /// Asks for the SMS; answers the number it went to, when the page may show it.
    send: fn(String) -> Pending<(Sent, Option<String>)>,
    sign_in: fn(String, String) -> Pending<SessionInfo>,
}

const SMS: Method = Method {
    test_id: "signin-sms",
    id_label: Key::AuthPhone,
    id_hint: Key::AuthPhoneHint,
    id_autocomplete: "tel",
    id_inputmode: "tel",
    id_kind: InputKind::Tel,
    id_name: "phone",
    id_check: phone,
    send_label: Key::AuthSendCode,
    sent_note: Key::AuthCodeSent,
    secret_label: Key::AuthCode,
    secret_hint: Key::AuthCodeHint,
    secret_inputmode: "numeric",
    secret_kind: InputKind::Text,
    secret_check: code,
    send: |typed| {
        Box::pin(async move {
            let parsed = Phone::parse(&typed).map_err(|e| Failure::from(ApiError::from(e)))?;
            let body = SmsCodeRequest {
                phone: parsed.to_string(),
            };
            let sent = api::request_sms_code(&body).await?;
            Ok((sent, Some(parsed.pretty())))
        })
    },
    sign_in: |phone, code| {
        Box::pin(async move { api::sign_in_sms(&SmsCodeSignIn { phone, code }).await })
    },
};

const SIM: Method = Method {
    test_id: "signin-sim",
    id_label: Key::AuthIccid,
    id_hint: Key::AuthIccidHint,
    id_autocomplete: "off",
    id_inputmode: "numeric",
    id_kind: InputKind::Text,
    id_name: "iccid",
    id_check: iccid,
    send_label: Key::AuthSendSmsPassword,
    sent_note: Key::AuthSmsPasswordSent,
    secret_label: Key::AuthSmsPassword,
    secret_hint: Key::AuthSmsPasswordHint,
    secret_inputmode: "text",
    secret_kind: InputKind::Password,
    secret_check: present,
    send: |iccid| {
        Box::pin(async move {
            let body = SmsPasswordRequest {
                phone: String::new(),
                iccid,
            };
            Ok((api::request_sms_password(&body).await?, None))
        })
    },
    sign_in: |iccid, password| {
        Box::pin(async move { api::sign_in_sim(&SimSignIn { iccid, password }).await })
    },
};

#[component]
fn SendThenSignIn(method: &'static Method) -> impl IntoView {
    let i18n = use_i18n();
    let id_value = RwSignal::new(String::new());
    let secret = RwSignal::new(String::new());
    let id_submitted = RwSignal::new(false);
    let submitted = RwSignal::new(false);
    let sending = RwSignal::new(false);
    let busy = RwSignal::new(false);
    // After a send: the number it went to (empty when not shown).
    let sent_to = RwSignal::new(None::<String>);
    let failure = RwSignal::new(None::<Failure>);
    let resend_in = countdown();
    let finish = finish();
    let (id_check, secret_check) = (method.id_check, method.secret_check);

    let send = move |_| {
        id_submitted.set(true);
        let typed = id_value.get_untracked();
        if sending.get_untracked() || resend_in.get_untracked() > 0 || id_check(&typed).is_err() {
            return;
        }
        sending.set(true);
        failure.set(None);
        spawn_local(async move {
            match (method.send)(typed).await {
                Ok((sent, to)) => {
                    sent_to.set(Some(to.unwrap_or_default()));
                    resend_in.set(sent.resend_after_secs);
                }
                Err(f) => failure.set(Some(f)),
            }
            sending.set(false);
        });
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        id_submitted.set(true);
        if busy.get_untracked() || !all_valid(&[(id_value, id_check), (secret, secret_check)]) {
            return;
        }
        busy.set(true);
        failure.set(None);
        let finish = finish.clone();
        let (id, secret) = (id_value.get_untracked(), secret.get_untracked());
        spawn_local(async move {
            match (method.sign_in)(id, secret).await {
                Ok(info) => finish(info),
                Err(f) => failure.set(Some(f)),
            }
            busy.set(false);
        });
    };
    let send_label = move || {
        if method.send_label == Key::AuthSendCode && sent_to.with(Option::is_some) {
            i18n.t(Key::AuthResendCode)
        } else {
            i18n.t(method.send_label)
        }
    };
    view! {
        <form class="form" novalidate on:submit=on_submit data-testid=method.test_id>
            <FailureAlert failure=failure />
            <TextField
                label=i18n.tr(method.id_label)
                hint=i18n.tr(method.id_hint)
                value=id_value
                kind=method.id_kind
                required=true
                name=method.id_name
                autocomplete=method.id_autocomplete
                inputmode=method.id_inputmode
                error=check(id_value, id_submitted, id_check)
            />
            <div class="form__row">
                <Button
                    variant=ButtonVariant::Secondary
                    loading=sending
                    disabled=Signal::derive(move || resend_in.get() > 0)
                    on_click=Callback::new(send)
                >
                    {send_label}
                </Button>
            </div>
            <p class="form__note" aria-live="polite" data-testid="resend-countdown">
                {move || {
                    let n = resend_in.get();
                    (n > 0).then(|| i18n.t(Key::AuthResendIn).replace("{n}", &n.to_string()))
                }}
            </p>
            {move || {
                sent_to
                    .get()
                    .map(|to| {
                        let text = i18n.t(method.sent_note).replace("{phone}", &to);
                        view! { <Alert kind=AlertKind::Info>{text}</Alert> }
                    })
            }}
            <TextField
                label=i18n.tr(method.secret_label)
                hint=i18n.tr(method.secret_hint)
                value=secret
                kind=method.secret_kind
                required=true
                name="secret"
                autocomplete="one-time-code"
                inputmode=method.secret_inputmode
                error=check(secret, submitted, secret_check)
            />
            <Button kind=ButtonType::Submit loading=busy>
                {i18n.tr(Key::AuthSubmit)}
            </Button>
        </form>
    }
}
