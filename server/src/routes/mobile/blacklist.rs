//! The call blacklist: numbers whose calls to any of the customer's mobile numbers are
//! blocked, and the list of calls it blocked.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use shared::api::mobile::{Blacklist, BlacklistAdd, BlacklistEntry, BlockedCall};
use shared::ids::DialNumber;
use shared::mobile::MAX_BLACKLIST;
use shared::{ApiError, ErrorCode};

use super::{REMOVED, not_found};
use crate::clock::from_unix;
use crate::http::{ApiJson, CurrentCustomer, Refusal};
use crate::state::AppState;
use crate::store::Insert;

/// The blacklist, newest first, with its limit.
#[utoipa::path(
    get, path = "/api/blacklist", tag = "mobile",
    responses(
        (status = 200, description = "The blacklist", body = Blacklist),
        (status = 401, description = "Not signed in", body = ApiError),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    who: CurrentCustomer,
) -> Result<Json<Blacklist>, Refusal> {
    let entries = state.store.blacklist(who.id).await?;
    Ok(Json(Blacklist {
        entries: entries
            .into_iter()
            .map(|(number, at)| BlacklistEntry {
                number,
                added_at: from_unix(at),
            })
            .collect(),
        limit: u32::try_from(MAX_BLACKLIST).unwrap_or(u32::MAX),
    }))
}

/// Block calls from a number (any Russian or international number).
#[utoipa::path(
    post, path = "/api/blacklist", tag = "mobile",
    request_body = BlacklistAdd,
    responses(
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 201, description = "Added", body = BlacklistEntry),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 409, description = "blacklist_full or blacklist_duplicate", body = ApiError),
        (status = 422, description = "Not a phone number", body = ApiError),
    )
)]
pub async fn add(
    State(state): State<AppState>,
    who: CurrentCustomer,
    ApiJson(body): ApiJson<BlacklistAdd>,
) -> Result<(StatusCode, Json<BlacklistEntry>), Refusal> {
    let number = DialNumber::parse(&body.number)?.to_string();
    let now = state.clock.unix();
    let added = state
        .store
        .add_to_blacklist(who.id, &number, now, shared::mobile::may_add_to_blacklist)
        .await?;
    match added {
        Insert::Added(_) => {}
        Insert::Duplicate => {
            return Err(ApiError::new(ErrorCode::BlacklistDuplicate)
                .with_field(DialNumber::FIELD)
                .into());
        }
        Insert::Refused(code) => return Err(code.into()),
    }
    Ok((
        StatusCode::CREATED,
        Json(BlacklistEntry {
            number,
            added_at: from_unix(now),
        }),
    ))
}

/// Unblock a number.
#[utoipa::path(
    delete, path = "/api/blacklist/{number}", tag = "mobile",
    params(("number" = String, Path, description = "the blocked number, E.164")),
    responses(
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 204, description = "Removed"),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 404, description = "Not in the blacklist", body = ApiError),
    )
)]
pub async fn remove(
    State(state): State<AppState>,
    who: CurrentCustomer,
    Path(number): Path<String>,
) -> Result<StatusCode, Refusal> {
    let number = DialNumber::parse(&number).map_err(not_found)?.to_string();
    if state.store.remove_from_blacklist(who.id, &number).await? {
        Ok(REMOVED)
    } else {
        Err(ErrorCode::NotFound.into())
    }
}

/// Calls the blacklist blocked, newest first.
#[utoipa::path(
    get, path = "/api/blacklist/blocked-calls", tag = "mobile",
    responses(
        (status = 200, description = "Blocked call attempts", body = Vec<BlockedCall>),
        (status = 401, description = "Not signed in", body = ApiError),
    )
)]
pub async fn blocked_calls(
    State(state): State<AppState>,
    who: CurrentCustomer,
) -> Result<Json<Vec<BlockedCall>>, Refusal> {
    Ok(Json(
        state
            .store
            .blocked_calls(who.id)
            .await?
            .into_iter()
            .map(|c| BlockedCall {
                id: c.id,
                own_number: c.own_number,
                caller: c.caller,
                at: from_unix(c.called_at),
            })
            .collect(),
    ))
}
