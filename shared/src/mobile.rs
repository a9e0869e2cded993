//! Limits of the mobile controls (PRODUCT 7): extra numbers, SMS from the site, the call
//! blacklist. The server counts, these rules decide; the app shows the same limits.

use crate::ErrorCode;

/// Numbers (besides its own) one web account may manage.
pub const MAX_EXTRA_NUMBERS: usize = 10;
/// Entries in one customer's call blacklist.
pub const MAX_BLACKLIST: usize = 100;
/// SMS one customer may send from the site per day (UTC day).
pub const MAX_SMS_PER_DAY: usize = 20;

/// One more extra number when `count` are managed already.
pub fn may_add_extra_number(count: usize) -> Result<(), ErrorCode> {
    if count >= MAX_EXTRA_NUMBERS {
        Err(ErrorCode::ExtraNumbersFull)
    } else {
        Ok(())
    }
}

/// One more blacklist entry when `count` are there already.
pub fn may_add_to_blacklist(count: usize) -> Result<(), ErrorCode> {
    if count >= MAX_BLACKLIST {
        Err(ErrorCode::BlacklistFull)
    } else {
        Ok(())
    }
}

/// One more SMS when `sent_today` were sent from the site today.
pub fn may_send_sms(sent_today: usize) -> Result<(), ErrorCode> {
    if sent_today >= MAX_SMS_PER_DAY {
        Err(ErrorCode::SmsDailyLimit)
    } else {
        Ok(())
    }
}

/// Where an SMS of the subscriber's is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SmsFolder {
    /// Received.
    Inbox,
    /// Sent from the site.
    Sent,
    /// Stopped by the network's spam filter or the blacklist.
    Blocked,
}

impl SmsFolder {
    pub const ALL: [SmsFolder; 3] = [SmsFolder::Inbox, SmsFolder::Sent, SmsFolder::Blocked];

    pub fn as_str(self) -> &'static str {
        match self {
            SmsFolder::Inbox => "inbox",
            SmsFolder::Sent => "sent",
            SmsFolder::Blocked => "blocked",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.as_str() == name)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn limits_refuse_at_the_limit() {
        assert_eq!(may_add_extra_number(MAX_EXTRA_NUMBERS - 1), Ok(()));
        assert_eq!(
            may_add_extra_number(MAX_EXTRA_NUMBERS),
            Err(ErrorCode::ExtraNumbersFull)
        );
        assert_eq!(may_add_to_blacklist(99), Ok(()));
        assert_eq!(may_add_to_blacklist(100), Err(ErrorCode::BlacklistFull));
        assert_eq!(may_send_sms(19), Ok(()));
        assert_eq!(may_send_sms(20), Err(ErrorCode::SmsDailyLimit));
        for f in SmsFolder::ALL {
            assert_eq!(SmsFolder::from_name(f.as_str()), Some(f));
        }
        assert_eq!(SmsFolder::from_name("spam"), None);
    }

    proptest! {
        #[test]
        fn a_limit_once_reached_stays_reached(n in 0_usize..1000, more in 0_usize..1000) {
            if may_add_to_blacklist(n).is_err() {
                prop_assert!(may_add_to_blacklist(n + more).is_err());
            }
            if may_send_sms(n).is_err() {
                prop_assert!(may_send_sms(n + more).is_err());
            }
            prop_assert_eq!(may_add_extra_number(n).is_ok(), n < MAX_EXTRA_NUMBERS);
        }
    }
}
