//! SMS from the site through the SMS gateway, and the folders of the customer's messages:
//! received, sent and blocked.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::Deserialize;
use shared::api::mobile::{SendSms, SmsMessage, SmsSent};
use shared::ids::Phone;
use shared::mobile::{MAX_SMS_PER_DAY, SmsFolder};
use shared::sms::SmsText;
use shared::{ApiError, ErrorCode, FieldError};

use crate::clock::from_unix;
use crate::http::{ApiJson, ApiQuery, CurrentCustomer, Refusal};
use crate::state::AppState;
use crate::store::Insert;
use crate::store::mobile::{NewSms, SmsRow};

const DAY_SECS: i64 = 24 * 3600;

fn view(row: SmsRow) -> SmsMessage {
    SmsMessage {
        id: row.id,
        folder: SmsFolder::from_name(&row.folder).unwrap_or(SmsFolder::Inbox),
        own_number: row.own_number,
        peer: row.peer,
        text: row.body,
        parts: u32::try_from(row.parts).unwrap_or(1),
        at: from_unix(row.created_at),
    }
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FolderQuery {
    /// `inbox` (default), `sent` or `blocked`.
    pub folder: Option<String>,
}

/// One folder of the customer's SMS, newest first.
#[utoipa::path(
    get, path = "/api/sms", tag = "mobile",
    params(FolderQuery),
    responses(
        (status = 400, description = "malformed_query: a query parameter does not parse", body = ApiError),
        (status = 200, description = "Messages, newest first", body = Vec<SmsMessage>),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 422, description = "Unknown folder", body = ApiError),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    who: CurrentCustomer,
    ApiQuery(query): ApiQuery<FolderQuery>,
) -> Result<Json<Vec<SmsMessage>>, Refusal> {
    let folder = match query.folder.as_deref() {
        None | Some("") => SmsFolder::Inbox,
        Some(name) => {
            SmsFolder::from_name(name).ok_or(FieldError::new("folder", ErrorCode::Validation))?
        }
    };
    let rows = state.store.sms(who.id, folder.as_str()).await?;
    Ok(Json(rows.into_iter().map(view).collect()))
}

/// Send an SMS from the customer's first mobile number to a Russian mobile number: at most
/// 6 parts (GSM-7 or UCS-2, `shared::sms`), at most 20 a day. A recipient of ours who
/// blacklisted the sender finds it among their blocked messages.
#[utoipa::path(
    post, path = "/api/sms", tag = "mobile",
    request_body = SendSms,
    responses(
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 201, description = "Sent", body = SmsSent),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 409, description = "no_mobile_account", body = ApiError),
        (status = 422, description = "sms_too_long, or a malformed recipient or text", body = ApiError),
        (status = 429, description = "sms_daily_limit", body = ApiError),
    )
)]
pub async fn send(
    State(state): State<AppState>,
    who: CurrentCustomer,
    ApiJson(body): ApiJson<SendSms>,
) -> Result<(StatusCode, Json<SmsSent>), Refusal> {
    let to = Phone::parse(&body.to)
        .map_err(|e| e.in_field("to"))?
        .to_string();
    let text = SmsText::parse(&body.text)?;
    let store = state.store.as_ref();
    let own = store
        .mobile_numbers(who.id)
        .await?
        .into_iter()
        .next()
        .ok_or(ErrorCode::NoMobileAccount)?;
    let now = state.clock.unix();
    let since = now - now.rem_euclid(DAY_SECS);
    let parts = i64::from(text.length().parts);
    // Counted and recorded first (atomically), so concurrent sends cannot pass the limit.
    let recorded = store
        .insert_sent_sms(
            &NewSms {
                customer: who.id,
                own_number: &own,
                folder: SmsFolder::Sent.as_str(),
                peer: &to,
                body: text.as_str(),
                parts,
                now,
            },
            since,
            shared::mobile::may_send_sms,
        )
        .await?;
    let id = match recorded {
        Insert::Added(id) => id,
        Insert::Duplicate => return Err(ErrorCode::Internal.into()),
        Insert::Refused(code) => return Err(code.into()),
    };
    if let Err(err) = state.sms.send_sms(&to, text.as_str()).await {
        store.delete_sms(who.id, id).await?;
        return Err(err.into());
    }
    let sent_today = usize::try_from(store.sms_sent_since(who.id, since).await?).unwrap_or(0);
    // To a subscriber of ours: it arrives in their inbox, or among the blocked messages when
    // they blacklisted the sender.
    if let Some(owner) = store.mobile_owner(&to).await? {
        let folder = if store.is_blacklisted(owner, &own).await? {
            SmsFolder::Blocked
        } else {
            SmsFolder::Inbox
        };
        store
            .insert_sms(&NewSms {
                customer: owner,
                own_number: &to,
                folder: folder.as_str(),
                peer: &own,
                body: text.as_str(),
                parts,
                now,
            })
            .await?;
    }
    tracing::info!(customer_id = who.id, parts, "sms sent from the site");
    let left = MAX_SMS_PER_DAY.saturating_sub(sent_today);
    Ok((
        StatusCode::CREATED,
        Json(SmsSent {
            message: SmsMessage {
                id,
                folder: SmsFolder::Sent,
                own_number: own,
                peer: to,
                text: text.as_str().to_owned(),
                parts: u32::try_from(parts).unwrap_or(1),
                at: from_unix(now),
            },
            left_today: u32::try_from(left).unwrap_or(0),
        }),
    ))
}
