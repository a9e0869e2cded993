use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use shared::ApiError;
use shared::api::history::HistoryPage;

use crate::domain::money::history::{self, HistoryQuery};
use crate::domain::money::owned_account;
use crate::http::{ApiQuery, CurrentCustomer, HttpError};
use crate::state::AppState;
use crate::store::money::AccountRecord;

async fn account(
    state: &AppState,
    who: &CurrentCustomer,
    q: &HistoryQuery,
) -> Result<AccountRecord, HttpError> {
    match q.account {
        Some(id) => owned_account(state, who.id, id).await,
        None => state
            .store
            .accounts_of(who.id)
            .await?
            .into_iter()
            .next()
            .ok_or_else(|| HttpError::new(shared::ErrorCode::NotFound)),
    }
}

/// The ledger of an account, newest first, one page at a time, each entry with its reason.
#[utoipa::path(
    get, path = "/api/history", tag = "money",
    params(HistoryQuery),
    responses(
        (status = 400, description = "malformed_query: a query parameter does not parse", body = ApiError),
        (status = 200, description = "A page of entries", body = HistoryPage),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 404, description = "No such account of this customer", body = ApiError),
        (status = 422, description = "A filter is invalid (field names it)", body = ApiError),
    )
)]
pub async fn page(
    State(state): State<AppState>,
    who: CurrentCustomer,
    ApiQuery(q): ApiQuery<HistoryQuery>,
) -> Result<Json<HistoryPage>, HttpError> {
    let filter = history::filter(&q, true)?;
    let account = account(&state, &who, &q).await?;
    let lang = history::lang(&q);
    let mut rows = state.store.history(account.id, &filter).await?;
    let page_size = usize::try_from(filter.limit - 1).unwrap_or_default();
    let more = rows.len() > page_size;
    rows.truncate(page_size);
    let next_cursor = if more {
        rows.last()
            .map(|e| history::encode_cursor(e.created_at, e.id))
    } else {
        None
    };
    Ok(Json(HistoryPage {
        entries: rows.into_iter().map(|e| history::view(e, lang)).collect(),
        next_cursor,
    }))
}

/// The same entries as CSV (all pages, up to 10 000 rows), for a spreadsheet.
#[utoipa::path(
    get, path = "/api/history.csv", tag = "money",
    params(HistoryQuery),
    responses(
        (status = 400, description = "malformed_query: a query parameter does not parse", body = ApiError),
        (status = 200, description = "CSV with a header row", content_type = "text/csv", body = String),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 404, description = "No such account of this customer", body = ApiError),
        (status = 422, description = "A filter is invalid (field names it)", body = ApiError),
    )
)]
pub async fn csv(
    State(state): State<AppState>,
    who: CurrentCustomer,
    ApiQuery(q): ApiQuery<HistoryQuery>,
) -> Result<Response, HttpError> {
    let filter = history::filter(&q, false)?;
    let account = account(&state, &who, &q).await?;
    let lang = history::lang(&q);
    let rows = state.store.history(account.id, &filter).await?;
    let views: Vec<_> = rows.into_iter().map(|e| history::view(e, lang)).collect();
    let body = history::csv(&views, lang);
    let disposition = format!(
        "attachment; filename=\"history-{}.csv\"",
        account.account_number
    );
    let mut res = ([(header::CONTENT_TYPE, "text/csv; charset=utf-8")], body).into_response();
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        res.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(res)
}
