//! The in-app notification centre: every event the customer was told about, unread ones
//! marked, "read" per item and "mark all as read".

use leptos::prelude::*;

use crate::api::{self, Notifications};
use crate::components::{
    ApiErrorBoundary, Button, ButtonSize, ButtonVariant, Card, EmptyState, RowAction, Skeleton,
    SkeletonShape,
};
use crate::dates::local_time;
use crate::i18n::{Svc, use_i18n};
use crate::pages::auth::FailureAlert;
use crate::pages::pending::Pending;

#[component]
pub fn Centre() -> impl IntoView {
    let i18n = use_i18n();
    let list = LocalResource::new(api::notifications);
    let pending = Pending::new();
    let read_one = move |id: i64| {
        pending.run(api::mark_read(id), move |()| list.refetch());
    };
    let read_all = move |_| {
        pending.run(api::mark_all_read(), move |_| list.refetch());
    };
    let content = move |n: Notifications| {
        if n.items.is_empty() {
            return view! { <EmptyState title=i18n.tr(Svc::NotificationsEmpty) /> }.into_any();
        }
        let unread = i18n
            .t(Svc::NotificationsUnread)
            .replace("{n}", &n.unread.to_string());
        view! {
            <div class="form__row">
                <p class="form__note" data-testid="notifications-unread">{unread}</p>
                {(n.unread > 0)
                    .then(|| {
                        view! {
                            <Button
                                variant=ButtonVariant::Secondary
                                size=ButtonSize::Small
                                loading=pending.busy
                                on_click=Callback::new(read_all)
                            >
                                {i18n.tr(Svc::NotificationsReadAll)}
                            </Button>
                        }
                    })}
            </div>
            <ul class="rows" data-testid="notifications">
                {n
                    .items
                    .into_iter()
                    .map(|item| {
                        let id = item.id;
                        let label = format!("{}: {}", i18n.t(Svc::NotificationRead), item.title);
                        view! {
                            <li
                                class="row row--action"
                                class:row--unread=!item.read
                                data-testid="notification"
                            >
                                <div>
                                    <p class="row__title">
                                        {(!item.read)
                                            .then(|| {
                                                view! {
                                                    <span class="visually-hidden">
                                                        {i18n.tr(Svc::NotificationNew)} ": "
                                                    </span>
                                                }
                                            })}
                                        {item.title}
                                    </p>
                                    <p class="row__body">{item.body}</p>
                                    <p class="row__meta">{local_time(&item.at)}</p>
                                </div>
                                {(!item.read)
                                    .then(|| {
                                        view! {
                                            <RowAction
                                                label=label
                                                disabled=pending.busy
                                                on_click=Callback::new(move |()| read_one(id))
                                            >
                                                {i18n.tr(Svc::NotificationRead)}
                                            </RowAction>
                                        }
                                    })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <Card title=i18n.tr(Svc::NotificationsTitle)>
            <div data-testid="notification-centre">
                <FailureAlert failure=pending.failure />
                <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Lines(3) /> }>
                    <ApiErrorBoundary on_retry=Callback::new(move |()| list.refetch())>
                        {move || Suspend::new(async move { list.await.map(content) })}
                    </ApiErrorBoundary>
                </Suspense>
            </div>
        </Card>
    }
}
