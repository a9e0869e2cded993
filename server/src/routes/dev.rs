//! Development-only endpoints (404 unless `dev` is on).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::Deserialize;
use shared::api::auth::{OutboxChannel, OutboxMessage};
use shared::api::history::{BalanceMismatch, LedgerCheck};
use shared::api::jobs::{JobRunView, JobView, JobsReport, RunJobs};
use shared::api::support::{Reply, ThreadDetail, ThreadStatus};
use shared::support::SupportText;
use shared::{ApiError, ErrorCode};

use crate::clock::from_unix;
use crate::http::{ApiJson, ApiQuery, HttpError, Refusal};
use crate::routes::support::{detail, owned_thread, thread_id};
use crate::state::AppState;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OutboxQuery {
    /// Only messages to this e-mail address or E.164 phone number.
    pub to: Option<String>,
}

/// What the dev mailer and SMS gateway sent, newest first (dev mode only).
#[utoipa::path(
    get, path = "/api/dev/outbox", tag = "dev",
    params(OutboxQuery),
    responses(
        (status = 400, description = "malformed_query: a query parameter does not parse", body = ApiError),
        (status = 200, description = "Messages, newest first", body = Vec<OutboxMessage>),
        (status = 404, description = "Not in dev mode", body = ApiError),
    )
)]
pub async fn outbox(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<OutboxQuery>,
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

/// The operator's official answer to a support thread (dev mode only: the back office's
/// stand-in). The thread becomes `answered`.
#[utoipa::path(
    post, path = "/api/dev/support/{id}/answer", tag = "dev",
    params(("id" = i64, Path, description = "thread id")),
    request_body = Reply,
    responses(
        (status = 201, description = "Answered", body = ThreadDetail),
        (status = 404, description = "Not in dev mode, or no such thread", body = ApiError),
        (status = 409, description = "support_thread_closed", body = ApiError),
        (status = 422, description = "A malformed text", body = ApiError),
    )
)]
pub async fn answer(
    State(state): State<AppState>,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<Reply>,
) -> Result<(StatusCode, Json<ThreadDetail>), Refusal> {
    if !state.settings.dev {
        return Err(ErrorCode::NotFound.into());
    }
    let thread = owned_thread(&state, None, thread_id(&id)?).await?;
    let text = SupportText::parse(&body.text)?;
    if ThreadStatus::from_name(&thread.status) == ThreadStatus::Closed {
        return Err(ErrorCode::SupportThreadClosed.into());
    }
    state
        .store
        .add_message(
            thread.id,
            "operator",
            text.as_str(),
            ThreadStatus::Answered.as_str(),
            state.clock.unix(),
        )
        .await?;
    Ok((StatusCode::CREATED, Json(detail(&state, thread.id).await?)))
}

/// How far from the server's clock a development job run may be simulated, either way.
const SIMULATED_DAYS_MAX: i64 = 5 * 366;

/// Runs due scheduled work now (dev mode only): enqueues what is due at `now` (the server's
/// clock when absent) and claims and runs due jobs, as the periodic scheduler does. Tests pass
/// `now` to be deterministic.
#[utoipa::path(
    post, path = "/api/dev/jobs/run", tag = "dev",
    request_body = RunJobs,
    responses(
        (status = 200, description = "What this run did", body = JobsReport),
        (status = 400, description = "malformed_json", body = ApiError),
        (status = 404, description = "Not in dev mode", body = ApiError),
        (status = 422, description = "simulated_time_out_of_range: `now` is more than five years from the server's clock", body = ApiError),
    )
)]
pub async fn run_jobs(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<RunJobs>,
) -> Result<Json<JobsReport>, HttpError> {
    if !state.settings.dev {
        return Err(HttpError::new(ErrorCode::NotFound));
    }
    let clock = state.clock.now();
    let now = body.now.unwrap_or(clock);
    // One run accrues every day and period up to `now`: a time centuries away would write
    // millions of entries in one request (found by the API fuzzing with year 9534).
    if (now - clock).abs() > chrono::Duration::days(SIMULATED_DAYS_MAX) {
        return Err(HttpError(
            ApiError::new(ErrorCode::SimulatedTimeOutOfRange).with_field("now"),
        ));
    }
    Ok(Json(crate::jobs::tick(&state, now).await?))
}

/// The newest jobs with every attempt (dev mode only).
#[utoipa::path(
    get, path = "/api/dev/jobs", tag = "dev",
    responses(
        (status = 200, description = "Jobs, newest first, with their runs", body = Vec<JobView>),
        (status = 404, description = "Not in dev mode", body = ApiError),
    )
)]
pub async fn jobs(State(state): State<AppState>) -> Result<Json<Vec<JobView>>, HttpError> {
    if !state.settings.dev {
        return Err(HttpError::new(ErrorCode::NotFound));
    }
    let rows = state.store.jobs_overview(1_000).await?;
    Ok(Json(
        rows.into_iter()
            .map(|j| JobView {
                id: j.id,
                kind: j.kind,
                dedupe_key: j.dedupe_key,
                status: j.status,
                attempts: j.attempts,
                last_error: j.last_error,
                due_at: from_unix(j.due_at),
                runs: j
                    .runs
                    .into_iter()
                    .map(|r| JobRunView {
                        runner: r.runner,
                        attempt: r.attempt,
                        outcome: r.outcome,
                        detail: r.detail,
                        started_at: from_unix(r.started_at),
                        finished_at: from_unix(r.finished_at),
                    })
                    .collect(),
            })
            .collect(),
    ))
}
