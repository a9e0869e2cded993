//! Endpoints of the sign-in pages: sign-in, registration, recovery.

use serde::Deserialize;
use shared::api::auth::{
    PasswordSignIn, RecoveryFinish, RecoveryRequest, Registered, Registration, SatelliteLogin,
    SatelliteLoginLookup, Sent, SimSignIn, SmsCodeRequest, SmsCodeSignIn, SmsPasswordRequest,
};

use super::{Failure, SessionInfo, post_json};

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
