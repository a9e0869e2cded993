//! Support threads of the signed-in customer: ask, list, read, reply, close.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use shared::api::support::{NewThread, Reply, ThreadDetail, ThreadStatus, ThreadSummary};
use shared::support::{SupportSubject, SupportText};
use shared::{ApiError, ErrorCode};

use super::{detail, owned_thread, summary, thread_id};
use crate::http::{ApiJson, CurrentCustomer, Refusal};
use crate::state::AppState;

/// Ask the operator a question: a new open thread.
#[utoipa::path(
    post, path = "/api/support/threads", tag = "support",
    request_body = NewThread,
    responses(
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 201, description = "Created", body = ThreadDetail),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 409, description = "support_thread_limit: 20 questions open already", body = ApiError),
        (status = 422, description = "A malformed subject or text", body = ApiError),
    )
)]
pub async fn create(
    State(state): State<AppState>,
    who: CurrentCustomer,
    ApiJson(body): ApiJson<NewThread>,
) -> Result<(StatusCode, Json<ThreadDetail>), Refusal> {
    let subject = SupportSubject::parse(&body.subject)?;
    let text = SupportText::parse(&body.text)?;
    let id = state
        .store
        .create_thread(
            who.id,
            subject.as_str(),
            text.as_str(),
            state.clock.unix(),
            shared::support::may_open_thread,
        )
        .await??;
    tracing::info!(
        customer_id = who.id,
        thread_id = id,
        "support thread opened"
    );
    Ok((StatusCode::CREATED, Json(detail(&state, id).await?)))
}

/// The customer's threads, most recently updated first.
#[utoipa::path(
    get, path = "/api/support/threads", tag = "support",
    responses(
        (status = 200, description = "Threads", body = Vec<ThreadSummary>),
        (status = 401, description = "Not signed in", body = ApiError),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    who: CurrentCustomer,
) -> Result<Json<Vec<ThreadSummary>>, Refusal> {
    let threads = state.store.threads(who.id).await?;
    Ok(Json(threads.iter().map(summary).collect()))
}

/// One thread with its messages and attachments.
#[utoipa::path(
    get, path = "/api/support/threads/{id}", tag = "support",
    params(("id" = i64, Path, description = "thread id")),
    responses(
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 200, description = "The thread", body = ThreadDetail),
        (status = 404, description = "No such thread of this customer", body = ApiError),
    )
)]
pub async fn get(
    State(state): State<AppState>,
    who: CurrentCustomer,
    Path(id): Path<String>,
) -> Result<Json<ThreadDetail>, Refusal> {
    let thread = owned_thread(&state, Some(who.id), thread_id(&id)?).await?;
    Ok(Json(detail(&state, thread.id).await?))
}

/// Add a message; the thread waits for the operator again.
#[utoipa::path(
    post, path = "/api/support/threads/{id}/messages", tag = "support",
    params(("id" = i64, Path, description = "thread id")),
    request_body = Reply,
    responses(
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 201, description = "Added", body = ThreadDetail),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 404, description = "No such thread of this customer", body = ApiError),
        (status = 409, description = "support_thread_closed", body = ApiError),
        (status = 422, description = "A malformed text", body = ApiError),
    )
)]
pub async fn reply(
    State(state): State<AppState>,
    who: CurrentCustomer,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<Reply>,
) -> Result<(StatusCode, Json<ThreadDetail>), Refusal> {
    let thread = owned_thread(&state, Some(who.id), thread_id(&id)?).await?;
    let text = SupportText::parse(&body.text)?;
    if ThreadStatus::from_name(&thread.status) == ThreadStatus::Closed {
        return Err(ErrorCode::SupportThreadClosed.into());
    }
    state
        .store
        .add_message(
            thread.id,
            "customer",
            text.as_str(),
            ThreadStatus::Open.as_str(),
            state.clock.unix(),
        )
        .await?;
    Ok((StatusCode::CREATED, Json(detail(&state, thread.id).await?)))
}

/// Close the thread: it takes no more messages.
#[utoipa::path(
    post, path = "/api/support/threads/{id}/close", tag = "support",
    params(("id" = i64, Path, description = "thread id")),
    responses(
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 200, description = "Closed", body = ThreadDetail),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 404, description = "No such thread of this customer", body = ApiError),
    )
)]
pub async fn close(
    State(state): State<AppState>,
    who: CurrentCustomer,
    Path(id): Path<String>,
) -> Result<Json<ThreadDetail>, Refusal> {
    let thread = owned_thread(&state, Some(who.id), thread_id(&id)?).await?;
    state
        .store
        .set_thread_status(thread.id, ThreadStatus::Closed.as_str(), state.clock.unix())
        .await?;
    Ok(Json(detail(&state, thread.id).await?))
}
