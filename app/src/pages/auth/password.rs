//! Changing the password: the form (also on the profile) and `/password`, the screen a
//! temporary password leads to before anything else.

use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::FieldError;
use shared::api::auth::ChangePassword;
use shared::ids::NewPassword;

use super::{FailureAlert, all_valid, check, present};
use crate::api::{self, Failure};
use crate::components::button::ButtonType;
use crate::components::{Alert, AlertKind, Button, InputKind, TextField};
use crate::i18n::{Key, use_i18n};
use crate::session::use_session;

/// The policy of `shared`, including "not the login" when the login is known.
fn policy_for(login: Option<String>) -> impl Fn(&str) -> Result<(), FieldError> {
    move |s| match &login {
        Some(login) => NewPassword::parse_for_login(s, login).map(drop),
        None => NewPassword::parse(s).map(drop),
    }
}

fn policy(s: &str) -> Result<(), FieldError> {
    NewPassword::parse(s).map(drop)
}

/// Current + new password. On success the session is updated (a forced change is over, so
/// the shell's guard leaves `/password`).
#[component]
pub fn ChangePasswordForm() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let submitted = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let done = RwSignal::new(false);
    let failure = RwSignal::new(None::<Failure>);
    let login = Signal::derive(move || session.info().and_then(|i| i.login));
    let new_error = {
        let base = check(new, submitted, policy);
        Signal::derive(move || {
            base.get().or_else(|| {
                let login = login.get();
                new.with(|v| {
                    (!v.is_empty())
                        .then(|| policy_for(login)(v).err())
                        .flatten()
                        .map(|e| e.code.message(i18n.lang()).to_owned())
                })
            })
        })
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        done.set(false);
        let login_ok = policy_for(login.get_untracked())(&new.get_untracked()).is_ok();
        if busy.get_untracked() || !login_ok || !all_valid(&[(current, present), (new, policy)]) {
            return;
        }
        busy.set(true);
        failure.set(None);
        let body = ChangePassword {
            current_password: current.get_untracked(),
            new_password: new.get_untracked(),
        };
        spawn_local(async move {
            match api::change_password(&body).await {
                Ok(info) => {
                    session.signed_in(info);
                    current.set(String::new());
                    new.set(String::new());
                    submitted.set(false);
                    done.set(true);
                }
                Err(f) => failure.set(Some(f)),
            }
            busy.set(false);
        });
    };
    view! {
        <form class="form" novalidate on:submit=on_submit data-testid="change-password">
            <FailureAlert failure=failure />
            <Show when=move || done.get()>
                <Alert kind=AlertKind::Success>{i18n.tr(Key::PasswordChanged)}</Alert>
            </Show>
            <TextField
                label=i18n.tr(Key::PasswordCurrent)
                value=current
                kind=InputKind::Password
                required=true
                name="current-password"
                autocomplete="current-password"
                error=check(current, submitted, present)
            />
            <TextField
                label=i18n.tr(Key::PasswordNew)
                hint=i18n.tr(Key::PasswordNewHint)
                value=new
                kind=InputKind::Password
                required=true
                name="new-password"
                autocomplete="new-password"
                error=new_error
            />
            <Button kind=ButtonType::Submit loading=busy>
                {i18n.tr(Key::PasswordSubmit)}
            </Button>
        </form>
    }
}

/// `/password`: the forced change after signing in with a temporary password.
#[component]
pub fn PasswordChange() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="page page--narrow">
            <crate::components::PageTitle text=i18n.tr(Key::PasswordTitle) />
            <p class="page-lead">{i18n.tr(Key::PasswordLead)}</p>
            <ChangePasswordForm />
        </div>
    }
}
