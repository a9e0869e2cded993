//! Registration: a proof-of-work challenge, then identity data + contract number + e-mail.
//! On a match the web account is created and its login and password are e-mailed.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use shared::ApiError;
use shared::ErrorCode;
use shared::api::auth::{Challenge, Registered, Registration};
use shared::ids::{ContractNumber, Email, Masked};

use super::ip_key;
use crate::clock::from_unix;
use crate::domain::identity::{matches, new_login, service_matches};
use crate::domain::session::ClientMeta;
use crate::domain::throttle::{self, OnSuccess, Policy};
use crate::domain::{challenge, secrets};
use crate::http::{ApiJson, Refusal};
use crate::state::AppState;
use crate::store::identity::WebAccount;

/// Registration attempts that fail to match, per IP.
const MISMATCHES: Policy = Policy {
    free: 10,
    base_secs: 300,
    max_secs: 3600,
    window_secs: 3600,
    on_success: OnSuccess::Uncount,
};

/// A fresh proof-of-work challenge for the registration form.
#[utoipa::path(
    post, path = "/api/auth/challenge", tag = "auth",
    responses((status = 200, description = "Solve it, then send it with the registration", body = Challenge))
)]
pub async fn challenge(State(state): State<AppState>) -> Json<Challenge> {
    let difficulty = state.settings.pow_difficulty_bits;
    let issued = challenge::issue(&state.secret_key, difficulty, state.clock.unix());
    Json(Challenge {
        challenge: issued.challenge,
        difficulty,
        expires_at: from_unix(issued.expires_at),
    })
}

/// Link a web account to an existing contract; the login and a password go to the e-mail.
#[utoipa::path(
    post, path = "/api/auth/register", tag = "auth",
    request_body = Registration,
    responses(
        (status = 201, description = "Created; login and password e-mailed", body = Registered),
        (status = 409, description = "identity_mismatch, already_registered or challenge_reused", body = ApiError),
        (status = 422, description = "A field is malformed, or the challenge is invalid, expired or unsolved", body = ApiError),
        (status = 429, description = "Too many attempts; see Retry-After", body = ApiError),
    )
)]
pub async fn register(
    State(state): State<AppState>,
    meta: ClientMeta,
    ApiJson(body): ApiJson<Registration>,
) -> Result<(StatusCode, Json<Registered>), Refusal> {
    let store = state.store.as_ref();
    let now = state.clock.unix();
    let ip = format!("register-{}", ip_key(&meta));
    let identity = body
        .identity
        .parse(state.clock.now().date_naive())
        .map_err(ApiError::from)?;
    let contract = ContractNumber::parse(&body.contract_number)?;
    let email = Email::parse(&body.email)?;
    challenge::verify(
        store,
        &state.secret_key,
        &body.challenge,
        &body.solution,
        now,
    )
    .await?;
    // Counted before the data are compared: parallel guesses get no extra tries.
    let attempt = throttle::reserve(store, &[(&ip, MISMATCHES)], now).await?;
    let holder = store.contract_holder(&contract.to_string()).await?;
    let customer = match holder {
        Some((id, kind)) if service_matches(body.service, &kind) => store.customer(id).await?,
        _ => None,
    };
    let Some(customer) = customer.filter(|c| matches(c, &identity)) else {
        attempt.failed(store).await?;
        tracing::info!("registration data do not match");
        return Err(ErrorCode::IdentityMismatch.into());
    };
    attempt.succeeded(store).await?;
    if store.web_account(customer.id).await?.is_some() {
        return Err(ErrorCode::AlreadyRegistered.into());
    }
    let login = new_login();
    let password = secrets::password();
    let hash = state.hasher.hash(&password).await?;
    let created = store
        .create_web_account(
            &WebAccount {
                customer_id: customer.id,
                login: login.clone(),
                email: Some(email.to_string()),
                password_hash: Some(hash),
                temporary_hash: None,
                temporary_issued_at: None,
            },
            now,
        )
        .await?;
    if !created {
        return Err(ErrorCode::AlreadyRegistered.into());
    }
    let text = format!(
        "Здравствуйте!\n\nВы зарегистрировались в личном кабинете Мой МТС.\nЛогин: {login}\nПароль: {password}\n\nСмените пароль в профиле после первого входа."
    );
    state
        .mailer
        .send_email(email.as_str(), "Мой МТС: логин и пароль", &text)
        .await?;
    tracing::info!(customer_id = customer.id, "web account registered");
    Ok((
        StatusCode::CREATED,
        Json(Registered {
            email_masked: email.masked(),
        }),
    ))
}
