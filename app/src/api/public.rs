//! Endpoints of the public pages: catalogue, sign-in, recovery.

use serde::Deserialize;
use shared::ApiError;
use shared::api::auth::{
    OidcProvider, PasswordSignIn, RecoveryFinish, RecoveryRequest, Registered, Registration,
    SatelliteLogin, SatelliteLoginLookup, Sent, SimSignIn, SmsCodeRequest, SmsCodeSignIn,
    SmsPasswordRequest,
};
use shared::api::catalogue::{Office, TariffCard, TvChannel, TvPackage};
use shared::api::regions::Region;

use super::{Failure, SessionInfo, get_json, post_json};

/// `GET /api/regions`.
pub async fn regions() -> Result<Vec<Region>, ApiError> {
    get_json("/api/regions").await
}

/// `GET /api/regions/{code}/tariffs`.
pub async fn tariffs(region: String) -> Result<Vec<TariffCard>, ApiError> {
    get_json(&format!("/api/regions/{}/tariffs", enc(&region))).await
}

/// `GET /api/tariffs/{id}`.
pub async fn tariff(id: String) -> Result<TariffCard, ApiError> {
    get_json(&format!("/api/tariffs/{}", enc(&id))).await
}

/// `GET /api/tariffs/compare?ids=a,b`.
pub async fn compare(ids: String) -> Result<Vec<TariffCard>, ApiError> {
    get_json(&format!("/api/tariffs/compare?ids={}", enc(&ids))).await
}

/// `GET /api/tv/channels`: the whole catalogue (the page filters it live).
pub async fn tv_channels() -> Result<Vec<TvChannel>, ApiError> {
    get_json("/api/tv/channels").await
}

/// `GET /api/tv/packages`.
pub async fn tv_packages() -> Result<Vec<TvPackage>, ApiError> {
    get_json("/api/tv/packages").await
}

/// `GET /api/regions/{code}/offices?q=`.
pub async fn offices(region: String, q: String) -> Result<Vec<Office>, ApiError> {
    get_json(&format!(
        "/api/regions/{}/offices?q={}",
        enc(&region),
        enc(&q)
    ))
    .await
}

fn enc(part: &str) -> String {
    String::from(js_sys::encode_uri_component(part))
}

/// `GET /api/auth/oidc`: whether "sign in with" a provider is offered, and its name.
pub async fn oidc_provider() -> Result<OidcProvider, ApiError> {
    get_json("/api/auth/oidc").await
}

/// `POST /api/auth/sign-in`: login, phone, contract or account number + password.
pub async fn sign_in(body: &PasswordSignIn) -> Result<SessionInfo, Failure> {
    post_json("/api/auth/sign-in", body).await
}

/// `POST /api/auth/sign-in/sim`: SIM card number + SMS password.
pub async fn sign_in_sim(body: &SimSignIn) -> Result<SessionInfo, Failure> {
    post_json("/api/auth/sign-in/sim", body).await
}

/// `POST /api/auth/sms/code`: send a one-time sign-in code.
pub async fn request_sms_code(body: &SmsCodeRequest) -> Result<Sent, Failure> {
    post_json("/api/auth/sms/code", body).await
}

/// `POST /api/auth/sms/sign-in`: phone + the code it received.
pub async fn sign_in_sms(body: &SmsCodeSignIn) -> Result<SessionInfo, Failure> {
    post_json("/api/auth/sms/sign-in", body).await
}

/// `POST /api/auth/sms/password`: a temporary password by SMS (phone or SIM).
pub async fn request_sms_password(body: &SmsPasswordRequest) -> Result<Sent, Failure> {
    post_json("/api/auth/sms/password", body).await
}

/// `POST /api/auth/recovery/code`: a recovery code by SMS or e-mail (same answer either way).
pub async fn recovery_code(body: &RecoveryRequest) -> Result<Sent, Failure> {
    post_json("/api/auth/recovery/code", body).await
}

/// `POST /api/auth/recovery/password`: code + new password; signs in, ends other sessions.
pub async fn recovery_finish(body: &RecoveryFinish) -> Result<SessionInfo, Failure> {
    post_json("/api/auth/recovery/password", body).await
}

/// `POST /api/auth/recovery/satellite-login`: chip ID + smart card → account number.
pub async fn satellite_login(body: &SatelliteLoginLookup) -> Result<SatelliteLogin, Failure> {
    post_json("/api/auth/recovery/satellite-login", body).await
}

/// The fields of `shared::api::auth::Challenge` the app reads (its expiry date is left out:
/// chrono's parser would cost the initial load; the server checks expiry).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct PowChallenge {
    pub challenge: String,
    pub difficulty: u8,
}

/// `POST /api/auth/challenge`: a proof-of-work challenge for registration.
pub async fn challenge() -> Result<PowChallenge, Failure> {
    post_json("/api/auth/challenge", &()).await
}

/// `POST /api/auth/register`: link a web account to a contract.
pub async fn register(body: &Registration) -> Result<Registered, Failure> {
    post_json("/api/auth/register", body).await
}
