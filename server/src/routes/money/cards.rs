use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use shared::api::payments::SavedCard;
use shared::card::CardExpiry;
use shared::{ApiError, ErrorCode};

use crate::clock::from_unix;
use crate::http::{CurrentCustomer, HttpError};
use crate::state::AppState;

/// The customer's saved cards (token, last 4 digits, expiry).
#[utoipa::path(
    get, path = "/api/cards", tag = "money",
    responses(
        (status = 200, description = "Oldest first", body = Vec<SavedCard>),
        (status = 401, description = "Not signed in", body = ApiError),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    who: CurrentCustomer,
) -> Result<Json<Vec<SavedCard>>, HttpError> {
    let cards = state.store.saved_cards(who.id).await?;
    Ok(Json(
        cards
            .into_iter()
            .map(|c| SavedCard {
                id: c.id,
                last4: c.last4,
                expiry: CardExpiry {
                    year: c.expiry_year,
                    month: c.expiry_month,
                },
                created_at: from_unix(c.created_at),
            })
            .collect(),
    ))
}

/// Forget a saved card.
#[utoipa::path(
    delete, path = "/api/cards/{id}", tag = "money",
    params(("id" = String, Path, description = "saved card id")),
    responses(
        (status = 204, description = "Forgotten"),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 404, description = "No such card of this customer", body = ApiError),
    )
)]
pub async fn delete(
    State(state): State<AppState>,
    who: CurrentCustomer,
    Path(id): Path<String>,
) -> Result<StatusCode, HttpError> {
    if state.store.delete_saved_card(who.id, &id).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(HttpError::new(ErrorCode::NotFound))
    }
}
