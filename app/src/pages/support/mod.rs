//! `/support`: questions to the operator as threads with official answers and attachments
//! (PRODUCT 8), and the in-app notification centre. `?thread=ID` opens one thread, so a
//! thread has an address and Back returns to the list.

mod attach;
mod notifications;
mod thread;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use shared::FieldError;
use shared::api::support::{NewThread, ThreadStatus};
use shared::support::{SupportSubject, SupportText};

use crate::api::{self, ThreadSummary};
use crate::components::button::ButtonType;
use crate::components::{
    ApiErrorBoundary, Button, Card, EmptyState, InputKind, PageTitle, Skeleton, SkeletonShape,
    TextField,
};
use crate::dates::local_time;
use crate::i18n::{Key, Svc, use_i18n};
use crate::pages::auth::{FailureAlert, all_valid, check};
use crate::pages::pending::Pending;

fn subject(s: &str) -> Result<(), FieldError> {
    SupportSubject::parse(s).map(drop)
}

fn body_text(s: &str) -> Result<(), FieldError> {
    SupportText::parse(s).map(drop)
}

/// The label of a thread's status.
fn status_key(status: ThreadStatus) -> Svc {
    match status {
        ThreadStatus::Open => Svc::ThreadOpen,
        ThreadStatus::Answered => Svc::ThreadAnswered,
        ThreadStatus::Closed => Svc::ThreadClosed,
    }
}

#[component]
pub fn Support() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let open =
        Memo::new(move |_| query.with(|q| q.get("thread").and_then(|t| t.parse::<i64>().ok())));
    view! {
        <div class="page">
            <PageTitle text=i18n.tr(Key::SupportTitle) />
            <p class="page-lead">{i18n.tr(Key::SupportLead)}</p>
            {move || match open.get() {
                Some(id) => view! { <thread::Thread id=id /> }.into_any(),
                None => view! {
                    <NewQuestion />
                    <Threads />
                    <notifications::Centre />
                }
                    .into_any(),
            }}
        </div>
    }
}

/// `/support?thread=ID`.
fn thread_href(id: i64) -> String {
    format!("/support?thread={id}")
}

#[component]
fn NewQuestion() -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let topic = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let submitted = RwSignal::new(false);
    let pending = Pending::new();
    let file = attach::FileChoice::new();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        if !all_valid(&[(topic, subject), (text, body_text)]) || !file.is_valid() {
            return;
        }
        let body = NewThread {
            subject: topic.get_untracked(),
            text: text.get_untracked(),
        };
        let chosen = file.take();
        let navigate = navigate.clone();
        pending.run(
            async move {
                let detail = api::new_thread(&body).await?;
                let id = detail.thread.id;
                // The question is saved; a refused file is said on the thread's page.
                let attached = match chosen {
                    Some(f) => api::attach(id, &f).await.err(),
                    None => None,
                };
                Ok((id, attached))
            },
            move |(id, attach_failure)| {
                let mut href = thread_href(id);
                if let Some(f) = attach_failure {
                    href.push_str(&format!("&attach_error={}", f.code().as_str()));
                }
                navigate(&href, Default::default());
            },
        );
    };
    view! {
        <Card title=i18n.tr(Svc::SupportAsk)>
            <form class="form" novalidate on:submit=on_submit data-testid="support-new">
                <FailureAlert failure=pending.failure />
                <TextField
                    label=i18n.tr(Svc::SupportSubject)
                    value=topic
                    required=true
                    name="subject"
                    error=check(topic, submitted, subject)
                />
                <TextField
                    label=i18n.tr(Svc::SupportText)
                    value=text
                    kind=InputKind::Multiline
                    required=true
                    name="text"
                    error=check(text, submitted, body_text)
                />
                <attach::FilePicker choice=file />
                <Button kind=ButtonType::Submit loading=pending.busy>
                    {i18n.tr(Svc::SupportSend)}
                </Button>
            </form>
        </Card>
    }
}

#[component]
fn Threads() -> impl IntoView {
    let i18n = use_i18n();
    let threads = LocalResource::new(api::threads);
    let list = move |items: Vec<ThreadSummary>| {
        if items.is_empty() {
            return view! { <EmptyState title=i18n.tr(Svc::ThreadsEmpty) body=i18n.tr(Svc::ThreadsEmptyBody) /> }
                .into_any();
        }
        view! {
            <ul class="rows" data-testid="threads">
                {items
                    .into_iter()
                    .map(|t| {
                        view! {
                            <li class="row" data-testid="thread">
                                <p class="row__title">
                                    <a href=thread_href(t.id)>{t.subject}</a>
                                </p>
                                <p class="row__meta">
                                    <span class=format!("status status--{}", t.status.as_str())>
                                        {i18n.tr(status_key(t.status))}
                                    </span>
                                    " · " {i18n.tr(Svc::UpdatedOn)} " " {local_time(&t.updated_at)}
                                </p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <Card title=i18n.tr(Svc::ThreadsTitle)>
            <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Lines(3) /> }>
                <ApiErrorBoundary on_retry=Callback::new(move |()| threads.refetch())>
                    {move || Suspend::new(async move { threads.await.map(list) })}
                </ApiErrorBoundary>
            </Suspense>
        </Card>
    }
}
