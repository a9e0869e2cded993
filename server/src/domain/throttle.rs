//! Rate limits and progressive lockout, counted in the database so every instance agrees.
//! A key (`id:login:ivanov`, `ip:10.0.0.1`, ...) may fail `free` times within the window;
//! each failure after that locks it for twice as long as the last, up to `max_secs`.
//!
//! An attempt is counted *before* its secret is compared ([`reserve`]), in one guarded
//! statement per key, and settled after: 64 wrong passwords sent at once get at most `free`
//! comparisons, the rest are refused as locked.

use crate::store::{Store, StoreError};

#[derive(Debug, Clone, Copy)]
pub struct Policy {
    pub free: i64,
    pub base_secs: i64,
    pub max_secs: i64,
    pub window_secs: i64,
    pub on_success: OnSuccess,
}

/// What a right answer does to a key's count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnSuccess {
    /// The one who knows the secret starts afresh (an identifier, a customer).
    Forget,
    /// Only this attempt is taken back; earlier failures stand (an address, a rate limit).
    Uncount,
}

/// Wrong passwords or codes for one identifier.
pub const IDENTIFIER: Policy = Policy {
    free: 5,
    base_secs: 60,
    max_secs: 3600,
    window_secs: 24 * 3600,
    on_success: OnSuccess::Forget,
};

/// Failures from one IP address, whatever the identifier (password spraying).
pub const IP: Policy = Policy {
    free: 30,
    base_secs: 60,
    max_secs: 3600,
    window_secs: 3600,
    on_success: OnSuccess::Uncount,
};

/// Codes and passwords sent to one recipient: a few per hour.
pub const SENDS: Policy = Policy {
    free: 5,
    base_secs: 600,
    max_secs: 3600,
    window_secs: 3600,
    on_success: OnSuccess::Uncount,
};

/// Messages requested from one IP address.
pub const IP_SENDS: Policy = Policy {
    free: 20,
    base_secs: 600,
    max_secs: 3600,
    window_secs: 3600,
    on_success: OnSuccess::Uncount,
};

/// Seconds between two codes to the same recipient.
pub const RESEND_COOLDOWN_SECS: i64 = 60;

/// One code to a recipient, then [`RESEND_COOLDOWN_SECS`] of quiet.
pub const COOLDOWN: Policy = Policy {
    free: 1,
    base_secs: RESEND_COOLDOWN_SECS,
    max_secs: RESEND_COOLDOWN_SECS,
    window_secs: RESEND_COOLDOWN_SECS,
    on_success: OnSuccess::Uncount,
};

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

/// How long `policy` locks a key after its `count`-th failure (0: not locked).
pub fn lock_secs(policy: Policy, count: i64) -> i64 {
    if count < policy.free {
        return 0;
    }
    let doublings = u32::try_from((count - policy.free).min(20)).unwrap_or(20);
    policy
        .base_secs
        .saturating_mul(1_i64 << doublings)
        .min(policy.max_secs)
}

/// One reserved key of an [`Attempt`].
#[derive(Debug)]
struct Held {
    key: String,
    policy: Policy,
    count: i64,
    hold_until: i64,
}

/// An attempt counted before it is judged: every key it names has already counted it as a
/// failure (and, at the key's last free try, holds the key locked), so attempts sent at once
/// cannot be judged more often than the policy allows. End it with [`Attempt::failed`],
/// [`Attempt::succeeded`] or [`Attempt::withdrawn`].
#[derive(Debug)]
#[must_use = "an attempt must be ended: failed, succeeded or withdrawn"]
pub struct Attempt {
    now: i64,
    held: Vec<Held>,
}

/// Reserves one attempt on each of `keys` in order; refuses (taking back what it reserved)
/// when one of them is locked.
pub async fn reserve(
    store: &dyn Store,
    keys: &[(&str, Policy)],
    now: i64,
) -> Result<Attempt, ThrottleError> {
    let mut attempt = Attempt {
        now,
        held: Vec::with_capacity(keys.len()),
    };
    attempt.add(store, keys).await?;
    Ok(attempt)
}

/// Counts one event on each of `keys` (a rate limit: every event counts, none is judged).
pub async fn count(
    store: &dyn Store,
    keys: &[(&str, Policy)],
    now: i64,
) -> Result<(), ThrottleError> {
    reserve(store, keys, now).await?.failed(store).await?;
    Ok(())
}

impl Attempt {
    /// Reserves the attempt on more keys (the customer's, once the identifier is resolved).
    /// When one is locked, every key of the attempt is taken back and the wait reported.
    pub async fn add(
        &mut self,
        store: &dyn Store,
        keys: &[(&str, Policy)],
    ) -> Result<(), ThrottleError> {
        let now = self.now;
        for &(key, policy) in keys {
            let hold_until = now + policy.max_secs;
            let reserved = store
                .reserve_attempt(key, now, now - policy.window_secs, policy.free, hold_until)
                .await?;
            match reserved {
                Some(count) => self.held.push(Held {
                    key: key.to_owned(),
                    policy,
                    count,
                    hold_until,
                }),
                None => {
                    let locked_until = store.throttle(key).await?.map_or(now, |t| t.locked_until);
                    self.release(store).await?;
                    return Err(ThrottleError::Locked(Locked {
                        retry_after_secs: (locked_until - now).max(1),
                    }));
                }
            }
        }
        Ok(())
    }

    /// The secret was wrong: the counts stand; a key at or past its free tries is locked for
    /// the policy's time (replacing the hold).
    pub async fn failed(self, store: &dyn Store) -> Result<(), StoreError> {
        for h in &self.held {
            let secs = lock_secs(h.policy, h.count);
            if secs > 0 {
                store.lock_until(&h.key, self.now + secs).await?;
            }
        }
        Ok(())
    }

    /// The secret was right: identifier keys forget their failures; keys whose policy only
    /// counts failures (an address) take this attempt back.
    pub async fn succeeded(self, store: &dyn Store) -> Result<(), StoreError> {
        for h in &self.held {
            match h.policy.on_success {
                OnSuccess::Forget => store.clear_throttle(&h.key).await?,
                OnSuccess::Uncount => store.release_attempt(&h.key, h.hold_until).await?,
            }
        }
        Ok(())
    }

    /// Nothing was judged (the code had expired, say): the attempt counts nowhere.
    pub async fn withdrawn(mut self, store: &dyn Store) -> Result<(), StoreError> {
        self.release(store).await
    }

    async fn release(&mut self, store: &dyn Store) -> Result<(), StoreError> {
        for h in self.held.drain(..) {
            store.release_attempt(&h.key, h.hold_until).await?;
        }
        Ok(())
    }
}

pub async fn clear(store: &dyn Store, key: &str) -> Result<(), StoreError> {
    store.clear_throttle(key).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_locks_at_its_last_free_try_and_doubles_to_the_cap() {
        assert_eq!(lock_secs(IDENTIFIER, 4), 0);
        assert_eq!(lock_secs(IDENTIFIER, 5), 60);
        assert_eq!(lock_secs(IDENTIFIER, 6), 120);
        assert_eq!(lock_secs(IDENTIFIER, 11), 3600);
        assert_eq!(lock_secs(IDENTIFIER, i64::MAX), 3600);
        assert_eq!(lock_secs(COOLDOWN, 1), RESEND_COOLDOWN_SECS);
        assert_eq!(lock_secs(COOLDOWN, 9), RESEND_COOLDOWN_SECS);
    }
}
