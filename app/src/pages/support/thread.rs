//! One support thread: the conversation (the operator's answers marked as official), its
//! attachments to download, a reply with an optional file, and "close".

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use shared::api::support::{MessageAuthor, Reply, ThreadStatus};
use shared::{ApiError, ErrorCode};

use super::{attach, body_text, status_key};
use crate::api::{self, ThreadDetail};
use crate::components::button::ButtonType;
use crate::components::{
    ApiErrorBoundary, Button, ButtonVariant, Card, InputKind, Skeleton, SkeletonShape, TextField,
};
use crate::dates::local_time;
use crate::i18n::{Svc, use_i18n};
use crate::pages::auth::{FailureAlert, all_valid, check};
use crate::pages::pending::Pending;

#[component]
pub fn Thread(id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let detail = LocalResource::new(move || api::thread(id));
    let text = RwSignal::new(String::new());
    let submitted = RwSignal::new(false);
    let pending = Pending::new();
    let file = attach::FileChoice::new();
    // A file refused while the question was created is reported here.
    if let Some(code) = use_query_map().with_untracked(|q| q.get("attach_error")) {
        let code = code.parse::<ErrorCode>().unwrap_or(ErrorCode::Unknown);
        pending.failure.set(Some(ApiError::new(code).into()));
    }
    let on_reply = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // A reply is a text, a file or both: the text is required only without a file.
        if !file.is_valid() {
            return;
        }
        let has_text = text.with_untracked(|t| !t.trim().is_empty());
        if has_text || !file.has_file() {
            submitted.set(true);
            if !all_valid(&[(text, body_text)]) {
                return;
            }
        }
        let chosen = file.take();
        let body = Reply {
            text: text.get_untracked(),
        };
        pending.run(
            async move {
                if has_text {
                    api::reply(id, &body).await?;
                }
                if let Some(f) = chosen {
                    api::attach(id, &f).await?;
                }
                Ok(())
            },
            move |()| {
                text.set(String::new());
                submitted.set(false);
                detail.refetch();
            },
        );
    };
    let close = move |_| {
        pending.run(api::close_thread(id), move |_| detail.refetch());
    };
    let conversation = move |d: ThreadDetail| {
        let closed = d.thread.status == ThreadStatus::Closed;
        let status = i18n.tr(status_key(d.thread.status));
        view! {
            <Card title=d.thread.subject.clone()>
                <p class="row__meta" data-testid="thread-status">
                    <span class=format!("status status--{}", d.thread.status.as_str())>{status}</span>
                    " · " {i18n.tr(Svc::CreatedOn)} " " {local_time(&d.thread.created_at)}
                </p>
                <ol class="rows" data-testid="messages">
                    {d
                        .messages
                        .into_iter()
                        .map(|m| {
                            let operator = m.author == MessageAuthor::Operator;
                            let who = if operator { Svc::FromOperator } else { Svc::FromYou };
                            view! {
                                <li class="row" class:row--official=operator data-testid="message">
                                    <p class="row__title">{i18n.tr(who)}</p>
                                    <p class="row__body">{m.text}</p>
                                    <p class="row__meta">{local_time(&m.at)}</p>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
                {(!d.attachments.is_empty())
                    .then(|| {
                        view! {
                            <h3 class="section-title">{i18n.tr(Svc::Attachments)}</h3>
                            <ul class="rows" data-testid="attachments">
                                {d
                                    .attachments
                                    .into_iter()
                                    .map(|a| {
                                        let size = format!("{} KiB", a.size.div_ceil(1024));
                                        view! {
                                            <li class="row">
                                                <a
                                                    class="row__title"
                                                    href=format!("/api/support/attachments/{}", a.id)
                                                    download=a.name.clone()
                                                    rel="external"
                                                >
                                                    {a.name.clone()}
                                                </a>
                                                <p class="row__meta">{size} " · " {local_time(&a.at)}</p>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                    })}
                {if closed {
                    view! { <p class="form__note">{i18n.tr(Svc::ThreadClosedNote)}</p> }.into_any()
                } else {
                    view! {
                        <form class="form" novalidate on:submit=on_reply data-testid="support-reply">
                            <h3 class="section-title">{i18n.tr(Svc::ReplyTitle)}</h3>
                            <FailureAlert failure=pending.failure />
                            <TextField
                                label=i18n.tr(Svc::SupportText)
                                value=text
                                kind=InputKind::Multiline
                                name="text"
                                error=check(text, submitted, body_text)
                            />
                            <attach::FilePicker choice=file />
                            <div class="form__row">
                                <Button kind=ButtonType::Submit loading=pending.busy>
                                    {i18n.tr(Svc::ReplySend)}
                                </Button>
                                <Button
                                    variant=ButtonVariant::Secondary
                                    disabled=pending.busy
                                    on_click=Callback::new(close)
                                >
                                    {i18n.tr(Svc::ThreadClose)}
                                </Button>
                            </div>
                        </form>
                    }
                        .into_any()
                }}
            </Card>
        }
    };
    view! {
        <p>
            <a href="/support" data-testid="back-to-threads">{i18n.tr(Svc::BackToThreads)}</a>
        </p>
        <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Lines(4) /> }>
            <ApiErrorBoundary on_retry=Callback::new(move |()| detail.refetch())>
                {move || Suspend::new(async move { detail.await.map(conversation) })}
            </ApiErrorBoundary>
        </Suspense>
    }
}
