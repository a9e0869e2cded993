//! Sign-in with an OpenID Connect provider (PRODUCT 1.3): the authorisation code flow with
//! PKCE, state and nonce. A provider account signs in only once it is linked to a customer,
//! and linking is done from the signed-in profile (the same flow in "link" mode).
//!
//! The state travels in the URL and in an HttpOnly cookie scoped to these endpoints; the
//! server keeps, under the state's hash, the nonce, the PKCE verifier and (link mode) the
//! customer, for 10 minutes and for one use. Failures come back to the app as
//! `/signin?oidc=<error code>` (or `/profile?oidc=...` when linking).

use axum::Json;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use shared::ErrorCode;
use shared::api::auth::{OidcLink, OidcProvider, OidcRedirect, OidcUnlink};

use crate::clock::from_unix;
use crate::domain::oidc::{OidcClient, OidcError};
use crate::domain::secrets;
use crate::domain::session::{self, ClientMeta};
use crate::http::auth::cookie;
use crate::http::{ApiQuery, CurrentCustomer, HttpError, SignedIn};
use crate::state::AppState;
use crate::store::identity::{CustomerId, OIDC_STATE_LIFETIME_SECS, OidcStateRecord};

/// The cookie holding the state of the request in flight.
pub const STATE_COOKIE: &str = "mymts_oidc";
const STATE_COOKIE_PATH: &str = "/api/auth/oidc";

fn state_cookie(state: &AppState, value: &str, max_age: i64) -> HeaderValue {
    let mut c = format!(
        "{STATE_COOKIE}={value}; Path={STATE_COOKIE_PATH}; HttpOnly; SameSite=Lax; \
         Max-Age={max_age}"
    );
    if state.settings.secure_cookies() {
        c.push_str("; Secure");
    }
    HeaderValue::from_str(&c).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// 303 to `to`, setting `cookies`.
fn redirect(to: &str, cookies: Vec<HeaderValue>) -> Response {
    let mut res = StatusCode::SEE_OTHER.into_response();
    if let Ok(location) = HeaderValue::from_str(to) {
        res.headers_mut().insert(header::LOCATION, location);
    }
    for c in cookies {
        res.headers_mut().append(header::SET_COOKIE, c);
    }
    res
}

fn client(state: &AppState) -> Result<&OidcClient, HttpError> {
    state
        .oidc
        .as_deref()
        .ok_or(HttpError::new(ErrorCode::OidcNotConfigured))
}

/// Starts a request: stores it and returns the provider URL and the state cookie.
async fn begin(
    state: &AppState,
    client: &OidcClient,
    customer: Option<CustomerId>,
) -> Result<(String, HeaderValue), HttpError> {
    let st = secrets::token();
    let record = OidcStateRecord {
        nonce: secrets::token(),
        pkce_verifier: secrets::token(),
        customer_id: customer,
        created_at: state.clock.unix(),
    };
    let url = client
        .authorize_url(&st, &record.nonce, &record.pkce_verifier)
        .await
        .map_err(|err| {
            tracing::warn!(error = %err, "OpenID provider unavailable");
            HttpError::new(err.code())
        })?;
    state
        .store
        .put_oidc_state(&secrets::sha256_hex(&st), &record)
        .await?;
    Ok((url, state_cookie(state, &st, OIDC_STATE_LIFETIME_SECS)))
}

/// Whether sign-in with an OpenID Connect provider is offered, and the provider's name.
#[utoipa::path(
    get, path = "/api/auth/oidc", tag = "auth",
    responses((status = 200, description = "The configured provider, if any", body = OidcProvider))
)]
pub async fn provider(State(state): State<AppState>) -> Json<OidcProvider> {
    Json(match state.oidc.as_deref() {
        Some(client) => OidcProvider {
            enabled: true,
            display_name: client.display_name().to_owned(),
        },
        None => OidcProvider::default(),
    })
}

/// Sign in with the provider: redirects the browser to it (a full navigation, not a fetch).
/// Failures redirect to `/signin?oidc=<error code>`.
#[utoipa::path(
    get, path = "/api/auth/oidc/start", tag = "auth",
    responses((status = 303, description = "To the provider's authorisation endpoint, with the \
        state cookie; or to /signin?oidc=oidc_not_configured|oidc_provider_error"))
)]
pub async fn start(State(state): State<AppState>) -> Response {
    let begun = match client(&state) {
        Ok(client) => begin(&state, client, None).await,
        Err(err) => Err(err),
    };
    match begun {
        Ok((url, cookie)) => redirect(&url, vec![cookie]),
        Err(err) => redirect(&format!("/signin?oidc={}", err.0.code.as_str()), vec![]),
    }
}

/// Link a provider account to the signed-in customer: returns the URL to send the browser to;
/// the provider then comes back to the callback, which links and redirects to
/// `/profile?oidc=linked` (or `/profile?oidc=<error code>`).
#[utoipa::path(
    post, path = "/api/auth/oidc/link/start", tag = "auth",
    responses(
        (status = 200, description = "Where to navigate; sets the state cookie", body = OidcRedirect),
        (status = 401, description = "Not signed in", body = shared::ApiError),
        (status = 403, description = "csrf_invalid", body = shared::ApiError),
        (status = 404, description = "oidc_not_configured", body = shared::ApiError),
        (status = 502, description = "oidc_provider_error", body = shared::ApiError),
    )
)]
pub async fn link_start(
    State(state): State<AppState>,
    who: CurrentCustomer,
) -> Result<Response, HttpError> {
    let (url, cookie) = begin(&state, client(&state)?, Some(who.id)).await?;
    let mut res = Json(OidcRedirect { url }).into_response();
    res.headers_mut().append(header::SET_COOKIE, cookie);
    Ok(res)
}

#[derive(Debug, Default, Deserialize)]
pub struct CallbackParams {
    #[serde(default)]
    code: Option<String>,
    #[serde(default)]
    state: Option<String>,
    #[serde(default)]
    error: Option<String>,
}

/// Where the provider sends the browser back. Sign-in mode: a linked provider account gets a
/// session (like a password sign-in) and goes to `/dashboard`; otherwise
/// `/signin?oidc=<error code>`. Link mode: links and goes to `/profile?oidc=linked`.
#[utoipa::path(
    get, path = "/api/auth/oidc/callback", tag = "auth",
    params(
        ("code" = Option<String>, Query, description = "authorisation code"),
        ("state" = Option<String>, Query, description = "the state sent to the provider"),
        ("error" = Option<String>, Query, description = "the provider's refusal, if any"),
    ),
    responses((status = 303, description = "Signed in: to /dashboard with the session cookies. \
        Linked: to /profile?oidc=linked. Otherwise to /signin?oidc=CODE (or /profile?oidc=CODE) \
        with CODE one of oidc_not_configured, oidc_state_invalid, oidc_state_expired, \
        oidc_denied, oidc_provider_error, oidc_token_invalid, oidc_not_linked, \
        oidc_already_linked"),
        (status = 400, description = "malformed_query: a query parameter does not parse", body = shared::ApiError))
)]
pub async fn callback(
    State(state): State<AppState>,
    meta: ClientMeta,
    ApiQuery(params): ApiQuery<CallbackParams>,
    mut parts: Parts,
) -> Response {
    let clear = state_cookie(&state, "", 0);
    let (back, outcome) = finish(&state, &meta, &params, &mut parts).await;
    match outcome {
        Ok(Finished::SignedIn(cookies)) => {
            let mut all = vec![clear];
            all.extend(cookies);
            redirect("/dashboard", all)
        }
        Ok(Finished::Linked) => redirect("/profile?oidc=linked", vec![clear]),
        Err(code) => {
            tracing::info!(code = code.as_str(), "OpenID sign-in refused");
            redirect(&format!("{back}?oidc={}", code.as_str()), vec![clear])
        }
    }
}

enum Finished {
    SignedIn([HeaderValue; 2]),
    Linked,
}

/// The callback's work: `(where failures go, outcome)`.
async fn finish(
    state: &AppState,
    meta: &ClientMeta,
    params: &CallbackParams,
    parts: &mut Parts,
) -> (&'static str, Result<Finished, ErrorCode>) {
    let Some(client) = state.oidc.as_deref() else {
        return ("/signin", Err(ErrorCode::OidcNotConfigured));
    };
    let given = params.state.as_deref().unwrap_or_default();
    let held = cookie(parts, STATE_COOKIE).unwrap_or_default();
    if given.is_empty() || !secrets::same(given, held) {
        return ("/signin", Err(ErrorCode::OidcStateInvalid));
    }
    let record = match state
        .store
        .take_oidc_state(&secrets::sha256_hex(given))
        .await
    {
        Ok(Some(record)) => record,
        Ok(None) => return ("/signin", Err(ErrorCode::OidcStateInvalid)),
        Err(err) => {
            tracing::error!(error = %err, "OpenID state lookup failed");
            return ("/signin", Err(ErrorCode::Internal));
        }
    };
    let back = if record.customer_id.is_some() {
        "/profile"
    } else {
        "/signin"
    };
    (
        back,
        complete(state, client, meta, params, parts, record).await,
    )
}

async fn complete(
    state: &AppState,
    client: &OidcClient,
    meta: &ClientMeta,
    params: &CallbackParams,
    parts: &mut Parts,
    record: OidcStateRecord,
) -> Result<Finished, ErrorCode> {
    let now = state.clock.unix();
    if now - record.created_at > OIDC_STATE_LIFETIME_SECS {
        return Err(ErrorCode::OidcStateExpired);
    }
    if params.error.is_some() {
        return Err(ErrorCode::OidcDenied);
    }
    let code = params
        .code
        .as_deref()
        .filter(|c| !c.is_empty())
        .ok_or(ErrorCode::OidcProviderError)?;
    let logged = |err: OidcError| {
        tracing::warn!(error = %err, "OpenID sign-in failed");
        err.code()
    };
    let id_token = client
        .exchange(code, &record.pkce_verifier)
        .await
        .map_err(logged)?;
    let subject = client
        .verify(&id_token, &record.nonce, now)
        .await
        .map_err(logged)?;
    let store_err = |err: crate::store::StoreError| {
        tracing::error!(error = %err, "OpenID store failure");
        ErrorCode::Internal
    };
    match record.customer_id {
        Some(customer) => {
            // Link mode: the same browser must still be signed in as that customer.
            let signed_in = SignedIn::from_request_parts(parts, state).await.ok();
            if signed_in.map(|s| s.customer_id) != Some(customer) {
                return Err(ErrorCode::OidcStateInvalid);
            }
            let owner = state
                .store
                .link_oidc(customer, client.issuer(), &subject, now)
                .await
                .map_err(store_err)?;
            if owner != customer {
                return Err(ErrorCode::OidcAlreadyLinked);
            }
            tracing::info!(customer_id = customer, "OpenID account linked");
            Ok(Finished::Linked)
        }
        None => {
            let customer = state
                .store
                .oidc_customer(client.issuer(), &subject)
                .await
                .map_err(store_err)?
                .ok_or(ErrorCode::OidcNotLinked)?;
            let started = session::start(state, customer, false, meta)
                .await
                .map_err(store_err)?;
            Ok(Finished::SignedIn(started.cookies))
        }
    }
}

/// The provider accounts linked to the signed-in customer.
#[utoipa::path(
    get, path = "/api/auth/oidc/links", tag = "auth",
    responses(
        (status = 200, description = "Oldest first", body = Vec<OidcLink>),
        (status = 401, description = "Not signed in", body = shared::ApiError),
    )
)]
pub async fn links(
    State(state): State<AppState>,
    who: CurrentCustomer,
) -> Result<Json<Vec<OidcLink>>, HttpError> {
    let configured = state.oidc.as_deref();
    let rows = state.store.oidc_links_of(who.id).await?;
    Ok(Json(
        rows.into_iter()
            .map(|r| OidcLink {
                provider: match configured {
                    Some(c) if c.issuer() == r.issuer => c.display_name().to_owned(),
                    _ => r.issuer.clone(),
                },
                issuer: r.issuer,
                subject: r.subject,
                created_at: from_unix(r.created_at),
            })
            .collect(),
    ))
}

/// Remove one linked provider account of the signed-in customer.
#[utoipa::path(
    delete, path = "/api/auth/oidc/links", tag = "auth",
    params(
        ("issuer" = String, Query, description = "the link's issuer"),
        ("subject" = String, Query, description = "the link's subject"),
    ),
    responses(
        (status = 400, description = "malformed_query: a query parameter does not parse", body = shared::ApiError),
        (status = 204, description = "Removed"),
        (status = 401, description = "Not signed in", body = shared::ApiError),
        (status = 403, description = "csrf_invalid", body = shared::ApiError),
        (status = 404, description = "No such link of this customer", body = shared::ApiError),
    )
)]
pub async fn unlink(
    State(state): State<AppState>,
    who: CurrentCustomer,
    ApiQuery(link): ApiQuery<OidcUnlink>,
) -> Result<StatusCode, HttpError> {
    if state
        .store
        .unlink_oidc(who.id, &link.issuer, &link.subject)
        .await?
    {
        tracing::info!(customer_id = who.id, "OpenID account unlinked");
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(HttpError::new(ErrorCode::NotFound))
    }
}
