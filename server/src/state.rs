//! What every handler can reach.

use std::sync::Arc;

use axum::extract::FromRef;

use crate::clock::Clock;
use crate::config::Settings;
use crate::delivery::{Mailer, SmsGateway};
use crate::domain::oidc::OidcClient;
use crate::domain::password::Hasher;
use crate::http::metrics::Metrics;
use crate::http::spa::Spa;
use crate::store::Store;

#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub settings: Arc<Settings>,
    pub metrics: Arc<Metrics>,
    /// The OpenAPI document, serialised once at start.
    pub openapi_json: Arc<String>,
    /// The docs page, rendered once at start.
    pub docs_html: Arc<String>,
    pub spa: Spa,
    pub clock: Arc<dyn Clock>,
    pub mailer: Arc<dyn Mailer>,
    pub sms: Arc<dyn SmsGateway>,
    pub hasher: Arc<Hasher>,
    /// Signs anti-bot challenges (the `secret_key` setting, or random per start).
    pub secret_key: Arc<Vec<u8>>,
    /// The OpenID Connect provider for social sign-in, when `oidc_issuer` is set.
    pub oidc: Option<Arc<OidcClient>>,
}

impl FromRef<AppState> for Arc<Metrics> {
    fn from_ref(state: &AppState) -> Self {
        state.metrics.clone()
    }
}

impl FromRef<AppState> for Spa {
    fn from_ref(state: &AppState) -> Self {
        state.spa.clone()
    }
}
