//! `/profile`: the sessions of the customer (device, IP, last seen, this one marked) with
//! "end" for each and "end all others", and the password change.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::auth::FailureAlert;
use super::auth::password::ChangePasswordForm;
use crate::api::{self, Failure, SessionView};
use crate::components::{
    Alert, AlertKind, ApiErrorBoundary, Button, ButtonSize, ButtonVariant, Card, PageTitle,
    Skeleton, SkeletonShape,
};
use crate::i18n::{Key, use_i18n};

/// `DD.MM.YYYY HH:MM` in the browser's time zone, read by the browser's `Date` (chrono's
/// parser and formatter would cost more than this whole page).
fn local_time(rfc3339: &str) -> String {
    let t = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(rfc3339));
    if t.get_time().is_nan() {
        return rfc3339.to_owned();
    }
    format!(
        "{:02}.{:02}.{} {:02}:{:02}",
        t.get_date(),
        t.get_month() + 1,
        t.get_full_year(),
        t.get_hours(),
        t.get_minutes()
    )
}

#[component]
pub fn Profile() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="page">
            <PageTitle text=i18n.tr(Key::ProfileTitle) />
            <p class="page-lead">{i18n.tr(Key::ProfileLead)}</p>
            <Sessions />
            <Card title=i18n.tr(Key::ProfileChangePassword)>
                <ChangePasswordForm />
            </Card>
        </div>
    }
}

#[component]
fn Sessions() -> impl IntoView {
    let i18n = use_i18n();
    let sessions = LocalResource::new(api::sessions);
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
                            <button
                                type="button"
                                class="btn btn--secondary btn--sm"
                                aria-label=label
                                data-testid="session-end"
                                on:click=move |_| end_one(id)
                            >
                                <span class="btn__label">{i18n.tr(Key::SessionsEnd)}</span>
                            </button>
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
