//! `/profile`: the sessions of the customer (device, IP, last seen, this one marked) with
//! "end" for each and "end all others", the password change, and the provider accounts
//! linked for "sign in with" (link, unlink), the contact details notifications go to and
//! which events come by SMS or e-mail.

mod contacts;
mod notify;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_query_map;
use shared::{ApiError, ErrorCode};

use super::arrival::first_arrival;
use super::auth::FailureAlert;
use super::auth::password::ChangePasswordForm;
use crate::api::{self, Failure, SessionView};
use crate::components::{
    Alert, AlertKind, ApiErrorBoundary, Button, ButtonSize, ButtonVariant, Card, PageTitle,
    RowAction, Skeleton, SkeletonShape,
};
use crate::i18n::{Key, use_i18n};

use crate::dates::local_time;

#[component]
pub fn Profile() -> impl IntoView {
    let i18n = use_i18n();
    let sessions = LocalResource::new(api::sessions);
    // The cards come once the first one (the sessions, a list of no fixed height) is in
    // (`first_arrival`): the first screen never moves; the cards further down fill in below.
    let arrived = first_arrival(move || sessions.read().is_some());
    view! {
        <div class="page">
            <PageTitle text=i18n.tr(Key::ProfileTitle) />
            <p class="page-lead">{i18n.tr(Key::ProfileLead)}</p>
            <Show
                when=move || arrived.get()
                fallback=|| view! { <Skeleton shape=SkeletonShape::Block /> }
            >
                <Sessions sessions=sessions />
                <Card title=i18n.tr(Key::ProfileChangePassword)>
                    <ChangePasswordForm />
                </Card>
                <LinkedSignIn />
                <contacts::ContactsCard />
                <notify::NotificationSettings />
            </Show>
        </div>
    }
}

#[component]
fn Sessions(sessions: LocalResource<Result<Vec<SessionView>, ApiError>>) -> impl IntoView {
    let i18n = use_i18n();
    let failure = RwSignal::new(None::<Failure>);
    let notice = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let end_one = move |id: i64| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        failure.set(None);
        notice.set(None);
        spawn_local(async move {
            match api::end_session(id).await {
                Ok(()) => sessions.refetch(),
                Err(f) => failure.set(Some(f)),
            }
            busy.set(false);
        });
    };
    let end_others = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        failure.set(None);
        notice.set(None);
        spawn_local(async move {
            match api::end_other_sessions().await {
                Ok(ended) => {
                    notice.set(Some(
                        i18n.t(Key::SessionsEnded)
                            .replace("{n}", &ended.ended.to_string()),
                    ));
                    sessions.refetch();
                }
                Err(f) => failure.set(Some(f)),
            }
            busy.set(false);
        });
    };
    let row = move |s: SessionView| {
        let id = s.id;
        let device = s.device.clone();
        view! {
            <li class="session" class:session--current=s.current data-testid="session">
                <div class="session__what">
                    <p class="session__device">
                        {s.device}
                        {s.current
                            .then(|| {
                                view! {
                                    <span class="badge" data-testid="session-current">
                                        {i18n.tr(Key::SessionsCurrent)}
                                    </span>
                                }
                            })}
                    </p>
                    <p class="session__meta">
                        {s.ip} " · " {i18n.tr(Key::SessionsLastSeen)} " "
                        <span>{local_time(&s.last_seen_at)}</span>
                    </p>
                </div>
                {(!s.current)
                    .then(|| {
                        let label = format!("{} — {}", i18n.t(Key::SessionsEnd), device);
                        view! {
                            <RowAction
                                label=label
                                testid="session-end"
                                on_click=Callback::new(move |()| end_one(id))
                            >
                                {i18n.tr(Key::SessionsEnd)}
                            </RowAction>
                        }
                    })}
            </li>
        }
    };
    view! {
        <Card title=i18n.tr(Key::SessionsTitle)>
            <FailureAlert failure=failure />
            {move || notice.get().map(|text| view! { <Alert kind=AlertKind::Success>{text}</Alert> })}
            <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Lines(3) /> }>
                <ApiErrorBoundary on_retry=Callback::new(move |()| sessions.refetch())>
                    {move || Suspend::new(async move {
                        sessions
                            .await
                            .map(|list| {
                                let others = list.iter().filter(|s| !s.current).count();
                                view! {
                                    <ul class="sessions" data-testid="sessions">
                                        {list.into_iter().map(row).collect_view()}
                                    </ul>
                                    {if others == 0 {
                                        view! { <p class="form__note">{i18n.tr(Key::SessionsNone)}</p> }
                                            .into_any()
                                    } else {
                                        view! {
                                            <Button
                                                variant=ButtonVariant::Danger
                                                size=ButtonSize::Small
                                                loading=busy
                                                on_click=Callback::new(end_others)
                                            >
                                                {i18n.tr(Key::SessionsEndOthers)}
                                            </Button>
                                        }
                                            .into_any()
                                    }}
                                }
                            })
                    })}
                </ApiErrorBoundary>
            </Suspense>
        </Card>
    }
}

/// The provider accounts that sign in to this customer. Linking leaves the app for the
/// provider, which comes back to `/profile?oidc=linked` (or `?oidc=<error code>`).
#[component]
fn LinkedSignIn() -> impl IntoView {
    let i18n = use_i18n();
    let provider = LocalResource::new(api::oidc_provider);
    let links = LocalResource::new(api::oidc_links);
    let failure = RwSignal::new(None::<Failure>);
    let notice = RwSignal::new(None::<Key>);
    let busy = RwSignal::new(false);
    match use_query_map().with_untracked(|q| q.get("oidc")).as_deref() {
        None => {}
        Some("linked") => notice.set(Some(Key::OidcLinked)),
        Some(code) => {
            let code = code.parse::<ErrorCode>().unwrap_or(ErrorCode::Unknown);
            failure.set(Some(ApiError::new(code).into()));
        }
    }
    let link = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        failure.set(None);
        notice.set(None);
        spawn_local(async move {
            match api::oidc_link_start().await {
                // A full navigation: the provider, then back to the server's callback.
                Ok(redirect) => {
                    if window().location().set_href(&redirect.url).is_err() {
                        busy.set(false);
                    }
                }
                Err(f) => {
                    failure.set(Some(f));
                    busy.set(false);
                }
            }
        });
    };
    let unlink = move |issuer: String, subject: String| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        failure.set(None);
        notice.set(None);
        spawn_local(async move {
            match api::oidc_unlink(&issuer, &subject).await {
                Ok(()) => {
                    notice.set(Some(Key::OidcUnlinked));
                    links.refetch();
                }
                Err(f) => failure.set(Some(f)),
            }
            busy.set(false);
        });
    };
    let row = move |l: api::OidcLinkView| {
        let label = format!("{} — {}", i18n.t(Key::OidcUnlink), l.provider);
        let (issuer, subject) = (l.issuer, l.subject);
        view! {
            <li class="oidc-link" data-testid="oidc-link">
                <div>
                    <p class="session__device">{l.provider}</p>
                    <p class="session__meta">
                        {i18n.tr(Key::OidcLinkedOn)} " " <span>{local_time(&l.created_at)}</span>
                    </p>
                </div>
                <RowAction
                    label=label
                    testid="oidc-unlink"
                    disabled=busy
                    on_click=Callback::new(move |()| unlink(issuer.clone(), subject.clone()))
                >
                    {i18n.tr(Key::OidcUnlink)}
                </RowAction>
            </li>
        }
    };
    let refetch = move |()| {
        provider.refetch();
        links.refetch();
    };
    view! {
        <Card title=i18n.tr(Key::OidcTitle)>
            <div class="oidc" data-testid="oidc-card">
                <FailureAlert failure=failure />
                {move || {
                    notice
                        .get()
                        .map(|key| {
                            view! {
                                <div data-testid="oidc-notice">
                                    <Alert kind=AlertKind::Success>{i18n.tr(key)}</Alert>
                                </div>
                            }
                        })
                }}
                <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Lines(2) /> }>
                    <ApiErrorBoundary on_retry=Callback::new(refetch)>
                        {move || Suspend::new(async move {
                            let provider = provider.await?;
                            let list = links.await?;
                            let name = provider.display_name.clone();
                            let empty = list.is_empty();
                            Ok::<_, ApiError>(view! {
                                {(!empty)
                                    .then(|| {
                                        view! {
                                            <ul class="oidc-links" data-testid="oidc-links">
                                                {list.into_iter().map(row).collect_view()}
                                            </ul>
                                        }
                                    })}
                                {if !provider.enabled {
                                    view! { <p class="form__note">{i18n.tr(Key::OidcOff)}</p> }
                                        .into_any()
                                } else {
                                    let lead = {
                                        let name = name.clone();
                                        move || i18n.t(Key::OidcLead).replace("{name}", &name)
                                    };
                                    let action = move || {
                                        i18n.t(Key::OidcLink).replace("{name}", &name)
                                    };
                                    view! {
                                        {empty
                                            .then(|| {
                                                view! {
                                                    <p class="form__note" data-testid="oidc-empty">
                                                        {i18n.tr(Key::OidcNone)}
                                                    </p>
                                                }
                                            })}
                                        <p>{lead}</p>
                                        <div data-testid="oidc-link-start">
                                            <Button
                                                variant=ButtonVariant::Secondary
                                                loading=busy
                                                on_click=Callback::new(link)
                                            >
                                                {action}
                                            </Button>
                                        </div>
                                    }
                                        .into_any()
                                }}
                            })
                        })}
                    </ApiErrorBoundary>
                </Suspense>
            </div>
        </Card>
    }
}
