//! Notifications (PRODUCT 8): the events a subscriber hears about and by which channel.
//! Every event always lands in the in-app notification centre; SMS and e-mail follow the
//! subscriber's preferences, which start from [`default_enabled`].

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum NotificationEvent {
    PaymentReceived,
    BalanceLow,
    PromisedPaymentExpiring,
    TariffChanged,
    OptionConnected,
    NewDeviceSignIn,
}

impl NotificationEvent {
    pub const ALL: [NotificationEvent; 6] = [
        Self::PaymentReceived,
        Self::BalanceLow,
        Self::PromisedPaymentExpiring,
        Self::TariffChanged,
        Self::OptionConnected,
        Self::NewDeviceSignIn,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::PaymentReceived => "payment_received",
            Self::BalanceLow => "balance_low",
            Self::PromisedPaymentExpiring => "promised_payment_expiring",
            Self::TariffChanged => "tariff_changed",
            Self::OptionConnected => "option_connected",
            Self::NewDeviceSignIn => "new_device_sign_in",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.as_str() == name)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum NotifyChannel {
    Sms,
    Email,
}

impl NotifyChannel {
    pub const ALL: [NotifyChannel; 2] = [Self::Sms, Self::Email];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sms => "sms",
            Self::Email => "email",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == name)
    }
}

/// Until the subscriber says otherwise: e-mail for everything; SMS only where a delay costs
/// money or safety (low balance, expiring promised payment). A new-device sign-in goes by
/// e-mail, and by SMS to those without an address (see [`channels`]).
pub fn default_enabled(event: NotificationEvent, channel: NotifyChannel) -> bool {
    use NotificationEvent::*;
    match channel {
        NotifyChannel::Email => true,
        NotifyChannel::Sms => matches!(event, BalanceLow | PromisedPaymentExpiring),
    }
}

/// The channels to deliver `event` by, given the enabled preferences and which addresses the
/// subscriber has. Security notices never go unsent while some address exists: a new-device
/// sign-in falls back to SMS when e-mail is wanted but there is no address.
pub fn channels(
    event: NotificationEvent,
    enabled: impl Fn(NotifyChannel) -> bool,
    has_email: bool,
    has_phone: bool,
) -> Vec<NotifyChannel> {
    let mut out = Vec::new();
    if enabled(NotifyChannel::Email) && has_email {
        out.push(NotifyChannel::Email);
    }
    let sms_fallback =
        event == NotificationEvent::NewDeviceSignIn && enabled(NotifyChannel::Email) && !has_email;
    if (enabled(NotifyChannel::Sms) || sms_fallback) && has_phone {
        out.push(NotifyChannel::Sms);
    }
    out
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn names_round_trip() {
        for e in NotificationEvent::ALL {
            assert_eq!(NotificationEvent::from_name(e.as_str()), Some(e));
            let json = serde_json::to_string(&e).unwrap();
            assert_eq!(json, format!("\"{}\"", e.as_str()));
        }
        for c in NotifyChannel::ALL {
            assert_eq!(NotifyChannel::from_name(c.as_str()), Some(c));
        }
    }

    #[test]
    fn new_device_goes_by_email_else_by_sms() {
        let e = NotificationEvent::NewDeviceSignIn;
        let d = |c| default_enabled(e, c);
        assert_eq!(channels(e, d, true, true), vec![NotifyChannel::Email]);
        assert_eq!(channels(e, d, false, true), vec![NotifyChannel::Sms]);
        assert!(channels(e, |_| false, true, true).is_empty());
        let low = NotificationEvent::BalanceLow;
        assert_eq!(
            channels(low, |c| default_enabled(low, c), true, true),
            vec![NotifyChannel::Email, NotifyChannel::Sms]
        );
    }

    proptest! {
        #[test]
        fn never_a_channel_without_an_address_or_consent(
            i in 0_usize..NotificationEvent::ALL.len(), sms in any::<bool>(), email in any::<bool>(),
            has_email in any::<bool>(), has_phone in any::<bool>(),
        ) {
            let e = NotificationEvent::ALL[i];
            let on = |c: NotifyChannel| if c == NotifyChannel::Sms { sms } else { email };
            let got = channels(e, on, has_email, has_phone);
            prop_assert!(has_email || !got.contains(&NotifyChannel::Email));
            prop_assert!(has_phone || !got.contains(&NotifyChannel::Sms));
            if !sms && !email {
                prop_assert!(got.is_empty());
            }
        }
    }
}
