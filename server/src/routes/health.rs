use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use shared::api::health::{Health, HealthStatus};

use crate::state::AppState;

/// Liveness and readiness: the version and whether the database answers.
#[utoipa::path(
    get, path = "/api/health", tag = "meta",
    responses(
        (status = 200, description = "Everything answers", body = Health),
        (status = 503, description = "The database does not answer", body = Health),
    )
)]
pub async fn health(State(state): State<AppState>) -> (StatusCode, Json<Health>) {
    let reachable = match state.store.ping().await {
        Ok(()) => true,
        Err(err) => {
            tracing::warn!(error = %err, "health: database unreachable");
            false
        }
    };
    let health = Health {
        status: if reachable {
            HealthStatus::Ok
        } else {
            HealthStatus::Degraded
        },
        version: env!("CARGO_PKG_VERSION").to_owned(),
        database: state.store.backend().name().to_owned(),
        database_reachable: reachable,
    };
    let status = if reachable {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (status, Json(health))
}
