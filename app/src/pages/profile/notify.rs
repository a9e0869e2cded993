//! Which events reach the customer by SMS and by e-mail (they always reach the in-app
//! centre). A switch saves at once; a failed save puts it back and says why.

use leptos::prelude::*;
use shared::api::notifications::{NotificationPreference, NotificationPreferences};
use shared::notify::{NotificationEvent, NotifyChannel};

use crate::api;
use crate::components::{ApiErrorBoundary, Card, Skeleton, SkeletonShape};
use crate::i18n::{Svc, use_i18n};
use crate::pages::auth::FailureAlert;
use crate::pages::pending::Pending;

fn event_key(event: NotificationEvent) -> Svc {
    match event {
        NotificationEvent::PaymentReceived => Svc::EventPaymentReceived,
        NotificationEvent::BalanceLow => Svc::EventBalanceLow,
        NotificationEvent::PromisedPaymentExpiring => Svc::EventPromisedExpiring,
        NotificationEvent::TariffChanged => Svc::EventTariffChanged,
        NotificationEvent::OptionConnected => Svc::EventOptionConnected,
        NotificationEvent::NewDeviceSignIn => Svc::EventNewDevice,
    }
}

#[component]
pub fn NotificationSettings() -> impl IntoView {
    let i18n = use_i18n();
    let loaded = LocalResource::new(api::preferences);
    // The switches as shown: set from the server, changed at once on a click.
    let shown = RwSignal::new(Vec::<NotificationPreference>::new());
    let pending = Pending::new();
    let saved = RwSignal::new(false);
    let toggle = move |event: NotificationEvent, channel: NotifyChannel, on: bool| {
        let before = shown.get_untracked();
        let Some(mut pref) = before.iter().copied().find(|p| p.event == event) else {
            return;
        };
        match channel {
            NotifyChannel::Sms => pref.sms = on,
            NotifyChannel::Email => pref.email = on,
        }
        saved.set(false);
        shown.update(|list| {
            if let Some(p) = list.iter_mut().find(|p| p.event == event) {
                *p = pref;
            }
        });
        let body = NotificationPreferences {
            preferences: vec![pref],
        };
        let started = pending.run(
            async move { api::save_preferences(&body).await },
            move |after| {
                shown.set(after.preferences);
                saved.set(true);
            },
        );
        if !started {
            shown.set(before);
        }
    };
    // A failed save shows the server's state again.
    Effect::new(move |_| {
        if pending.failure.with(Option::is_some) {
            loaded.refetch();
        }
    });
    let table = move |prefs: NotificationPreferences| {
        shown.set(prefs.preferences);
        view! {
            <table class="prefs" data-testid="notification-preferences">
                <caption class="visually-hidden">{i18n.tr(Svc::PrefsTitle)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.tr(Svc::PrefsEvent)}</th>
                        <th scope="col">"SMS"</th>
                        <th scope="col">{i18n.tr(Svc::PrefsEmail)}</th>
                    </tr>
                </thead>
                <tbody>
                    {NotificationEvent::ALL
                        .into_iter()
                        .map(|event| {
                            let cell = move |channel: NotifyChannel| {
                                let checked = move || {
                                    shown.with(|list| {
                                        list.iter()
                                            .find(|p| p.event == event)
                                            .is_some_and(|p| match channel {
                                                NotifyChannel::Sms => p.sms,
                                                NotifyChannel::Email => p.email,
                                            })
                                    })
                                };
                                let channel_name = match channel {
                                    NotifyChannel::Sms => "SMS",
                                    NotifyChannel::Email => i18n.t(Svc::PrefsEmail),
                                };
                                let label = format!("{}: {}", i18n.t(event_key(event)), channel_name);
                                view! {
                                    <td>
                                        <input
                                            type="checkbox"
                                            class="prefs__switch"
                                            aria-label=label
                                            data-testid=format!("pref-{}-{}", event.as_str(), channel.as_str())
                                            prop:checked=checked
                                            on:change=move |ev| toggle(event, channel, event_target_checked(&ev))
                                        />
                                    </td>
                                }
                            };
                            view! {
                                <tr>
                                    <th scope="row">{i18n.tr(event_key(event))}</th>
                                    {cell(NotifyChannel::Sms)}
                                    {cell(NotifyChannel::Email)}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        }
    };
    view! {
        <Card title=i18n.tr(Svc::PrefsTitle)>
            <p>{i18n.tr(Svc::PrefsLead)}</p>
            <FailureAlert failure=pending.failure />
            <p class="form__note" role="status" data-testid="prefs-status">
                {move || saved.get().then(|| i18n.t(Svc::PrefsSaved))}
            </p>
            <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Lines(4) /> }>
                <ApiErrorBoundary on_retry=Callback::new(move |()| loaded.refetch())>
                    {move || Suspend::new(async move { loaded.await.map(table) })}
                </ApiErrorBoundary>
            </Suspense>
        </Card>
    }
}
