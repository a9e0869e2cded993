//! Support (PRODUCT 8): questions to the operator as threads, official answers (from the
//! operator's side; in dev mode `POST /api/dev/support/{id}/answer`), attachments.

pub mod attachments;
pub mod threads;

use shared::ErrorCode;
use shared::api::support::{
    AttachmentView, MessageAuthor, SupportMessage, ThreadDetail, ThreadStatus, ThreadSummary,
};
use shared::support::AttachmentKind;

use crate::clock::from_unix;
use crate::http::Refusal;
use crate::state::AppState;
use crate::store::identity::CustomerId;
use crate::store::support::ThreadRow;

/// A thread id from the path; anything unparsable names nothing (404).
pub(crate) fn thread_id(raw: &str) -> Result<i64, Refusal> {
    raw.parse().map_err(|_| ErrorCode::NotFound.into())
}

/// The thread, if it is this customer's (or anyone's for the operator, `None`); else 404.
pub(crate) async fn owned_thread(
    state: &AppState,
    customer: Option<CustomerId>,
    id: i64,
) -> Result<ThreadRow, Refusal> {
    state
        .store
        .thread(customer, id)
        .await?
        .ok_or(ErrorCode::NotFound.into())
}

pub(crate) fn summary(t: &ThreadRow) -> ThreadSummary {
    ThreadSummary {
        id: t.id,
        subject: t.subject.clone(),
        status: ThreadStatus::from_name(&t.status),
        created_at: from_unix(t.created_at),
        updated_at: from_unix(t.updated_at),
    }
}

/// The thread with its messages and attachments.
pub(crate) async fn detail(state: &AppState, id: i64) -> Result<ThreadDetail, Refusal> {
    let store = state.store.as_ref();
    let thread = store
        .thread(None, id)
        .await?
        .ok_or(Refusal::from(ErrorCode::NotFound))?;
    let messages = store
        .thread_messages(id)
        .await?
        .into_iter()
        .map(|m| SupportMessage {
            id: m.id,
            author: if m.author == "operator" {
                MessageAuthor::Operator
            } else {
                MessageAuthor::Customer
            },
            text: m.body,
            at: from_unix(m.created_at),
        })
        .collect();
    let attachments = store
        .attachments(id)
        .await?
        .into_iter()
        .filter_map(|a| {
            Some(AttachmentView {
                kind: AttachmentKind::from_mime(&a.kind)?,
                id: a.id,
                name: a.file_name,
                size: u64::try_from(a.size).unwrap_or_default(),
                at: from_unix(a.created_at),
            })
        })
        .collect();
    Ok(ThreadDetail {
        thread: summary(&thread),
        messages,
        attachments,
    })
}
