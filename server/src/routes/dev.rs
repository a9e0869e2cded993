//! Development-only endpoints (404 unless `dev` is on).

use axum::Json;
use axum::extract::{Query, State};
use serde::Deserialize;
use shared::api::auth::{OutboxChannel, OutboxMessage};
use shared::api::history::{BalanceMismatch, LedgerCheck};
use shared::{ApiError, ErrorCode};

use crate::clock::from_unix;
use crate::http::HttpError;
use crate::state::AppState;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct OutboxQuery {
    /// Only messages to this e-mail address or E.164 phone number.
    pub to: Option<String>,
}

/// What the dev mailer and SMS gateway sent, newest first (dev mode only).
#[utoipa::path(
    get, path = "/api/dev/outbox", tag = "dev",
    params(OutboxQuery),
    responses(
        (status = 200, description = "Messages, newest first", body = Vec<OutboxMessage>),
        (status = 404, description = "Not in dev mode", body = ApiError),
    )
)]
pub async fn outbox(
    State(state): State<AppState>,
    Query(query): Query<OutboxQuery>,
) -> Result<Json<Vec<OutboxMessage>>, HttpError> {
    if !state.settings.dev {
        return Err(HttpError::new(ErrorCode::NotFound));
    }
    let rows = state.store.outbox(query.to.as_deref()).await?;
    Ok(Json(
        rows.into_iter()
            .map(|r| OutboxMessage {
                id: r.id,
                channel: if r.channel == "sms" {
                    OutboxChannel::Sms
                } else {
                    OutboxChannel::Email
                },
                recipient: r.recipient,
                subject: r.subject,
                body: r.body,
                created_at: from_unix(r.created_at),
            })
            .collect(),
    ))
}

/// The ledger invariant: every account's cached balance equals the sum of its entries (dev
/// mode only).
#[utoipa::path(
    get, path = "/api/dev/ledger-check", tag = "dev",
    responses(
        (status = 200, description = "Accounts and entries checked, and any mismatch", body = LedgerCheck),
        (status = 404, description = "Not in dev mode", body = ApiError),
    )
)]
pub async fn ledger_check(State(state): State<AppState>) -> Result<Json<LedgerCheck>, HttpError> {
    if !state.settings.dev {
        return Err(HttpError::new(ErrorCode::NotFound));
    }
    let totals = state.store.ledger_totals().await?;
    Ok(Json(LedgerCheck {
        accounts: totals.accounts,
        entries: totals.entries,
        mismatches: totals
            .mismatches
            .into_iter()
            .map(|(account_id, cached, sum)| BalanceMismatch {
                account_id,
                cached,
                sum,
            })
            .collect(),
    }))
}
