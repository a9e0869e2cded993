//! `notify(customer, event, …)`: the one way the server tells a subscriber something. The
//! notice always lands in the in-app centre; SMS and e-mail follow the subscriber's
//! preferences (`shared::notify`). A notice that cannot be delivered is logged, never fatal.

use shared::api::notifications::NotificationPreference;
use shared::notify::{self, NotificationEvent, NotifyChannel};

use crate::state::AppState;
use crate::store::identity::CustomerId;
use crate::store::{Store, StoreError};

/// The subscriber's preference for every event: saved choices over the defaults.
pub async fn preferences(
    store: &dyn Store,
    customer: CustomerId,
) -> Result<Vec<NotificationPreference>, StoreError> {
    let saved = store.notification_prefs(customer).await?;
    let enabled = |event: NotificationEvent, channel: NotifyChannel| {
        saved
            .iter()
            .find(|(e, c, _)| e == event.as_str() && c == channel.as_str())
            .map_or(notify::default_enabled(event, channel), |(_, _, on)| *on)
    };
    Ok(NotificationEvent::ALL
        .into_iter()
        .map(|event| NotificationPreference {
            event,
            sms: enabled(event, NotifyChannel::Sms),
            email: enabled(event, NotifyChannel::Email),
        })
        .collect())
}

/// The phone SMS notices go to: the chosen contact phone, else the first mobile number.
pub async fn notice_phone(
    store: &dyn Store,
    customer: CustomerId,
) -> Result<Option<String>, StoreError> {
    match store.contact_phone(customer).await? {
        Some(phone) => Ok(Some(phone)),
        None => store.customer_phone(customer).await,
    }
}

/// Writes the in-app notification and delivers it by the channels the subscriber wants.
pub async fn notify(
    state: &AppState,
    customer: CustomerId,
    event: NotificationEvent,
    title: &str,
    body: &str,
) -> Result<(), StoreError> {
    let store = state.store.as_ref();
    store
        .insert_notification(customer, event.as_str(), title, body, state.clock.unix())
        .await?;
    let prefs = preferences(store, customer).await?;
    let pref = prefs.iter().find(|p| p.event == event);
    let enabled = |channel: NotifyChannel| match (pref, channel) {
        (Some(p), NotifyChannel::Sms) => p.sms,
        (Some(p), NotifyChannel::Email) => p.email,
        (None, c) => notify::default_enabled(event, c),
    };
    let email = store.web_account(customer).await?.and_then(|w| w.email);
    let phone = notice_phone(store, customer).await?;
    for channel in notify::channels(event, enabled, email.is_some(), phone.is_some()) {
        let sent = match (channel, &email, &phone) {
            (NotifyChannel::Email, Some(to), _) => {
                let subject = format!("Мой МТС: {title}");
                state.mailer.send_email(to, &subject, body).await
            }
            (NotifyChannel::Sms, _, Some(to)) => state.sms.send_sms(to, body).await,
            _ => Ok(()),
        };
        if let Err(err) = sent {
            tracing::warn!(error = %err, event = event.as_str(), channel = channel.as_str(), "notice not delivered");
        }
    }
    Ok(())
}
