//! The in-app notification centre and the notification preferences per event and channel.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use shared::ApiError;
use shared::ErrorCode;
use shared::api::notifications::{
    MarkedRead, Notification, NotificationPreferences, Notifications, UnreadCount,
};
use shared::notify::{NotificationEvent, NotifyChannel};

use crate::clock::from_unix;
use crate::domain::notify::preferences;
use crate::http::{ApiJson, CurrentCustomer, Refusal};
use crate::state::AppState;

/// How many notifications the centre shows.
const SHOWN: i64 = 100;

fn count(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The newest notifications and how many are unread.
#[utoipa::path(
    get, path = "/api/notifications", tag = "profile",
    responses(
        (status = 200, description = "Newest first (at most 100)", body = Notifications),
        (status = 401, description = "Not signed in", body = ApiError),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    who: CurrentCustomer,
) -> Result<Json<Notifications>, Refusal> {
    let store = state.store.as_ref();
    let items = store
        .notifications(who.id, SHOWN)
        .await?
        .into_iter()
        .filter_map(|n| {
            Some(Notification {
                event: NotificationEvent::from_name(&n.event)?,
                id: n.id,
                title: n.title,
                body: n.body,
                at: from_unix(n.created_at),
                read: n.read,
            })
        })
        .collect();
    Ok(Json(Notifications {
        items,
        unread: count(store.unread_notifications(who.id).await?),
    }))
}

/// How many notifications are unread (for the badge).
#[utoipa::path(
    get, path = "/api/notifications/unread", tag = "profile",
    responses(
        (status = 200, description = "Unread count", body = UnreadCount),
        (status = 401, description = "Not signed in", body = ApiError),
    )
)]
pub async fn unread(
    State(state): State<AppState>,
    who: CurrentCustomer,
) -> Result<Json<UnreadCount>, Refusal> {
    Ok(Json(UnreadCount {
        unread: count(state.store.unread_notifications(who.id).await?),
    }))
}

/// Mark one notification read.
#[utoipa::path(
    post, path = "/api/notifications/{id}/read", tag = "profile",
    params(("id" = i64, Path, description = "notification id")),
    responses(
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 204, description = "Read"),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 404, description = "No such notification of this customer", body = ApiError),
    )
)]
pub async fn mark_read(
    State(state): State<AppState>,
    who: CurrentCustomer,
    Path(id): Path<String>,
) -> Result<StatusCode, Refusal> {
    let id: i64 = id.parse().map_err(|_| Refusal::from(ErrorCode::NotFound))?;
    if state
        .store
        .mark_notification_read(who.id, id, state.clock.unix())
        .await?
    {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ErrorCode::NotFound.into())
    }
}

/// Mark every notification read.
#[utoipa::path(
    post, path = "/api/notifications/read-all", tag = "profile",
    responses(
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 200, description = "How many were unread", body = MarkedRead),
        (status = 403, description = "csrf_invalid", body = ApiError),
    )
)]
pub async fn mark_all_read(
    State(state): State<AppState>,
    who: CurrentCustomer,
) -> Result<Json<MarkedRead>, Refusal> {
    let marked = state
        .store
        .mark_all_notifications_read(who.id, state.clock.unix())
        .await?;
    Ok(Json(MarkedRead { marked }))
}

/// Which events are sent by SMS and by e-mail (all of them reach the centre).
#[utoipa::path(
    get, path = "/api/notifications/preferences", tag = "profile",
    responses(
        (status = 200, description = "Every event once", body = NotificationPreferences),
        (status = 401, description = "Not signed in", body = ApiError),
    )
)]
pub async fn get_preferences(
    State(state): State<AppState>,
    who: CurrentCustomer,
) -> Result<Json<NotificationPreferences>, Refusal> {
    Ok(Json(NotificationPreferences {
        preferences: preferences(state.store.as_ref(), who.id).await?,
    }))
}

/// Change preferences; events not listed keep theirs.
#[utoipa::path(
    put, path = "/api/notifications/preferences", tag = "profile",
    request_body = NotificationPreferences,
    responses(
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 200, description = "Every event once, after the change", body = NotificationPreferences),
        (status = 400, description = "Unknown event", body = ApiError),
        (status = 403, description = "csrf_invalid", body = ApiError),
    )
)]
pub async fn put_preferences(
    State(state): State<AppState>,
    who: CurrentCustomer,
    ApiJson(body): ApiJson<NotificationPreferences>,
) -> Result<Json<NotificationPreferences>, Refusal> {
    let store = state.store.as_ref();
    for p in &body.preferences {
        for (channel, on) in [(NotifyChannel::Sms, p.sms), (NotifyChannel::Email, p.email)] {
            store
                .set_notification_pref(who.id, p.event.as_str(), channel.as_str(), on)
                .await?;
        }
    }
    Ok(Json(NotificationPreferences {
        preferences: preferences(store, who.id).await?,
    }))
}
