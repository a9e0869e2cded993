//! What the identity screens share: field checks with the `shared` parsers as the user
//! types, and the localised text of a failed request.

pub mod password;

use leptos::prelude::*;
use shared::{ErrorCode, FieldError, Lang};

use crate::api::{Failure, minutes_to_wait};
use crate::components::{Alert, AlertKind};
use crate::i18n::{Key, use_i18n};

/// A field's rule: one of the `shared` parsers, its value dropped.
pub type Rule = fn(&str) -> Result<(), FieldError>;

/// The error of one field as the user types: nothing while it is empty and the form was
/// not yet sent, "required" once it was, and the parser's code for anything it refuses.
pub fn check(
    value: RwSignal<String>,
    submitted: RwSignal<bool>,
    parse: Rule,
) -> Signal<Option<String>> {
    let i18n = use_i18n();
    Signal::derive(move || {
        let code = value.with(|v| {
            if v.trim().is_empty() {
                submitted.get().then_some(ErrorCode::Required)
            } else {
                parse(v).err().map(|e| e.code)
            }
        })?;
        Some(code.message(i18n.lang()).to_owned())
    })
}

/// Only "required": for passwords being checked by the server, not by the policy.
pub fn present(_: &str) -> Result<(), FieldError> {
    Ok(())
}

/// Every field of a form passes its check (empty ones count as missing).
pub fn all_valid(fields: &[(RwSignal<String>, Rule)]) -> bool {
    fields
        .iter()
        .all(|(value, parse)| value.with_untracked(|v| !v.trim().is_empty() && parse(v).is_ok()))
}

/// A failed request in the user's language; 429 says how many minutes to wait.
pub fn failure_text(failure: &Failure, lang: Lang) -> String {
    match (failure.code(), failure.retry_after_secs) {
        (ErrorCode::RateLimited, Some(secs)) => Key::AuthTryAgainIn
            .text(lang)
            .replace("{n}", &minutes_to_wait(secs).to_string()),
        (code, _) => code.message(lang).to_owned(),
    }
}

/// The alert above a form for the last failed request, if any.
#[component]
pub fn FailureAlert(failure: RwSignal<Option<Failure>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        failure.get().map(|f| {
            let text = failure_text(&f, i18n.lang());
            view! {
                <div data-testid="form-error">
                    <Alert kind=AlertKind::Error>{text}</Alert>
                </div>
            }
        })
    }
}
