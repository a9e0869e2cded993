//! Deletes dead identity rows (sessions, codes, challenges, throttle counters) every few
//! minutes, so the tables stay small. Safe on several instances: deletes are idempotent.

use std::sync::Arc;
use std::time::Duration;

use crate::clock::Clock;
use crate::config::Settings;
use crate::store::identity::Cutoffs;
use crate::store::{Store, StoreError};

pub const EVERY: Duration = Duration::from_secs(10 * 60);

/// The cutoffs for `now` under these settings.
pub fn cutoffs(settings: &Settings, now: i64) -> Cutoffs {
    Cutoffs {
        now,
        idle_before: now - settings.session_idle_minutes * 60,
        started_before: now - settings.session_absolute_hours * 3600,
        codes_before: now - shared::auth::ONE_TIME_CODE_TTL_MINUTES * 60,
        throttle_before: now - 24 * 3600,
    }
}

pub async fn run_once(
    store: &dyn Store,
    clock: &dyn Clock,
    settings: &Settings,
) -> Result<u64, StoreError> {
    let deleted = store.prune(&cutoffs(settings, clock.unix())).await?;
    if deleted > 0 {
        tracing::info!(
            deleted,
            "pruned dead sessions, codes, challenges and counters"
        );
    }
    Ok(deleted)
}

/// Runs [`run_once`] every [`EVERY`] until the process ends.
pub fn spawn(store: Arc<dyn Store>, clock: Arc<dyn Clock>, settings: Arc<Settings>) {
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(EVERY);
        loop {
            ticks.tick().await;
            if let Err(err) = run_once(store.as_ref(), clock.as_ref(), &settings).await {
                tracing::warn!(error = %err, "pruning failed; will retry");
            }
        }
    });
}
