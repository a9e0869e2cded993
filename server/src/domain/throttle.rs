//! Rate limits and progressive lockout, counted in the database so every instance agrees.
//! A key (`id:login:ivanov`, `ip:10.0.0.1`, ...) may fail `free` times within the window;
//! each failure after that locks it for twice as long as the last, up to `max_secs`.

use crate::store::{Store, StoreError};

#[derive(Debug, Clone, Copy)]
pub struct Policy {
    pub free: i64,
    pub base_secs: i64,
    pub max_secs: i64,
    pub window_secs: i64,
}

/// Wrong passwords or codes for one identifier.
pub const IDENTIFIER: Policy = Policy {
    free: 5,
    base_secs: 60,
    max_secs: 3600,
    window_secs: 24 * 3600,
};

/// Failures from one IP address, whatever the identifier (password spraying).
pub const IP: Policy = Policy {
    free: 30,
    base_secs: 60,
    max_secs: 3600,
    window_secs: 3600,
};

/// Codes and passwords sent to one recipient: a few per hour.
pub const SENDS: Policy = Policy {
    free: 5,
    base_secs: 600,
    max_secs: 3600,
    window_secs: 3600,
};

/// Messages requested from one IP address.
pub const IP_SENDS: Policy = Policy {
    free: 20,
    base_secs: 600,
    max_secs: 3600,
    window_secs: 3600,
};

/// Seconds between two codes to the same recipient.
pub const RESEND_COOLDOWN_SECS: i64 = 60;

/// Refused because `key` is locked for `retry_after_secs` more seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locked {
    pub retry_after_secs: i64,
}

#[derive(Debug, thiserror::Error)]
pub enum ThrottleError {
    #[error("locked")]
    Locked(Locked),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Refuses when any of the keys is locked (reporting the longest wait).
pub async fn check(store: &dyn Store, keys: &[&str], now: i64) -> Result<(), ThrottleError> {
    let mut wait = 0;
    for key in keys {
        if let Some(t) = store.throttle(key).await? {
            wait = wait.max(t.locked_until - now);
        }
    }
    if wait > 0 {
        Err(ThrottleError::Locked(Locked {
            retry_after_secs: wait,
        }))
    } else {
        Ok(())
    }
}

/// Counts a failure for `key`; locks it when the policy says so.
pub async fn fail(
    store: &dyn Store,
    key: &str,
    policy: Policy,
    now: i64,
) -> Result<(), StoreError> {
    let failures = store
        .count_failure(key, now, now - policy.window_secs)
        .await?;
    if failures >= policy.free {
        let doublings = u32::try_from((failures - policy.free).min(20)).unwrap_or(20);
        let secs = policy
            .base_secs
            .saturating_mul(1_i64 << doublings)
            .min(policy.max_secs);
        store.lock_until(key, now + secs).await?;
    }
    Ok(())
}

/// Locks `key` for `secs` from now (a resend cooldown), counting it like a failure.
pub async fn cool_down(
    store: &dyn Store,
    key: &str,
    secs: i64,
    now: i64,
) -> Result<(), StoreError> {
    store.count_failure(key, now, now - secs).await?;
    store.lock_until(key, now + secs).await
}

pub async fn clear(store: &dyn Store, key: &str) -> Result<(), StoreError> {
    store.clear_throttle(key).await
}
