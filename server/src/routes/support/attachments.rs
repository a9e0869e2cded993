//! Attachments of support threads: uploaded as `multipart/form-data` (field `file`), checked
//! by `shared::support` (size, and type by magic bytes), kept in the database under a random
//! id, downloaded only by the thread's owner as an attachment that browsers never sniff.

use axum::Json;
use axum::extract::multipart::{MultipartError, MultipartRejection};
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use shared::api::support::{AttachmentView, ThreadStatus};
use shared::support::{ATTACHMENT_MAX_BYTES, AttachmentKind};
use shared::{ApiError, ErrorCode, FieldError};

use super::{owned_thread, thread_id};
use crate::clock::from_unix;
use crate::domain::secrets;
use crate::http::{CurrentCustomer, Refusal};
use crate::state::AppState;
use crate::store::Insert;
use crate::store::support::NewAttachment;

const FIELD: &str = "file";

/// The upload route's template (as routed, for its body limit).
pub const UPLOAD_ROUTE: &str = "/api/support/threads/{id}/attachments";

/// The largest request body the upload route accepts: the file plus multipart framing.
pub const UPLOAD_BODY_LIMIT: usize = ATTACHMENT_MAX_BYTES + 64 * 1024;

fn too_large() -> Refusal {
    FieldError::new(FIELD, ErrorCode::AttachmentTooLarge).into()
}

fn multipart_error(err: MultipartError) -> Refusal {
    if err.status() == StatusCode::PAYLOAD_TOO_LARGE {
        too_large()
    } else {
        ApiError::new(ErrorCode::MalformedJson)
            .with_field(FIELD)
            .into()
    }
}

/// The first `file` field: the name the browser sent and its bytes.
async fn read_file(multipart: &mut Multipart) -> Result<(String, Vec<u8>), Refusal> {
    while let Some(mut field) = multipart.next_field().await.map_err(multipart_error)? {
        if field.name() != Some(FIELD) {
            continue;
        }
        let name = field.file_name().unwrap_or_default().to_owned();
        let (mut bytes, mut size) = (Vec::new(), 0_usize);
        // Past the limit the rest is read and dropped (the route's body limit bounds it), so
        // the client gets its 413 instead of a reset connection.
        while let Some(chunk) = field.chunk().await.map_err(multipart_error)? {
            size = size.saturating_add(chunk.len());
            if size <= ATTACHMENT_MAX_BYTES {
                bytes.extend_from_slice(&chunk);
            }
        }
        if size > ATTACHMENT_MAX_BYTES {
            return Err(too_large());
        }
        return Ok((name, bytes));
    }
    Err(FieldError::new(FIELD, ErrorCode::Required).into())
}

/// Attach a file (PNG, JPEG, GIF or PDF, at most 2 MiB) to a thread.
#[utoipa::path(
    post, path = "/api/support/threads/{id}/attachments", tag = "support",
    params(("id" = i64, Path, description = "thread id")),
    request_body(content_type = "multipart/form-data", description = "field `file`"),
    responses(
        (status = 400, description = "malformed_json: the multipart body does not parse", body = ApiError),
        (status = 422, description = "required: no `file` field, or an empty file", body = ApiError),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 201, description = "Attached", body = AttachmentView),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 404, description = "No such thread of this customer", body = ApiError),
        (status = 409, description = "support_thread_closed, attachment_limit (10 on a question) or attachment_storage_limit (100 files, 50 MB over all questions)", body = ApiError),
        (status = 413, description = "attachment_too_large", body = ApiError),
        (status = 415, description = "attachment_type_not_allowed, or not multipart", body = ApiError),
    )
)]
pub async fn upload(
    State(state): State<AppState>,
    who: CurrentCustomer,
    Path(id): Path<String>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<(StatusCode, Json<AttachmentView>), Refusal> {
    let thread = owned_thread(&state, Some(who.id), thread_id(&id)?).await?;
    if ThreadStatus::from_name(&thread.status) == ThreadStatus::Closed {
        return Err(ErrorCode::SupportThreadClosed.into());
    }
    let store = state.store.as_ref();
    // Checked early to spare the upload; checked again, atomically, when storing.
    shared::support::may_attach(store.attachments(thread.id).await?.len())?;
    let mut multipart = multipart.map_err(|_| Refusal::from(ErrorCode::UnsupportedMediaType))?;
    let (sent_name, bytes) = read_file(&mut multipart).await?;
    let kind = shared::support::check_attachment(&bytes)?;
    let name = shared::support::display_name(&sent_name, kind);
    let id = secrets::token();
    let now = state.clock.unix();
    let stored = store
        .insert_attachment(
            &NewAttachment {
                id: &id,
                thread_id: thread.id,
                customer: who.id,
                file_name: &name,
                kind: kind.mime(),
                content: &bytes,
                now,
            },
            shared::support::may_store,
        )
        .await?;
    if let Insert::Refused(code) = stored {
        return Err(code.into());
    }
    tracing::info!(
        customer_id = who.id,
        thread_id = thread.id,
        size = bytes.len(),
        "attachment stored"
    );
    Ok((
        StatusCode::CREATED,
        Json(AttachmentView {
            id,
            name,
            kind,
            size: u64::try_from(bytes.len()).unwrap_or_default(),
            at: from_unix(now),
        }),
    ))
}

/// Download an attachment of one of the customer's threads.
#[utoipa::path(
    get, path = "/api/support/attachments/{id}", tag = "support",
    params(("id" = String, Path, description = "attachment id")),
    responses(
        (status = 200, description = "The file, as an attachment", content_type = "application/octet-stream"),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 404, description = "No such attachment of this customer", body = ApiError),
    )
)]
pub async fn download(
    State(state): State<AppState>,
    who: CurrentCustomer,
    Path(id): Path<String>,
) -> Result<Response, Refusal> {
    let not_found = || Refusal::from(ErrorCode::NotFound);
    if id.len() > 64 {
        return Err(not_found());
    }
    let (row, content) = state
        .store
        .attachment(who.id, &id)
        .await?
        .ok_or_else(not_found)?;
    let kind = AttachmentKind::from_mime(&row.kind).ok_or_else(not_found)?;
    let disposition = format!(
        "attachment; filename=\"{}\"",
        shared::support::download_name(&row.file_name, kind)
    );
    let disposition = HeaderValue::from_str(&disposition).map_err(|_| not_found())?;
    let mut res = content.into_response();
    let headers = res.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind.mime()));
    headers.insert(header::CONTENT_DISPOSITION, disposition);
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; sandbox; frame-ancestors 'none'"),
    );
    Ok(res)
}
