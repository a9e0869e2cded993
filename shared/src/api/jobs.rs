//! `/api/dev/jobs` (dev mode only): run due scheduled work now, at a chosen time, and see
//! every job with each attempt.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// `POST /api/dev/jobs/run`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct RunJobs {
    /// The time to run at; the server's clock when absent.
    pub now: Option<DateTime<Utc>>,
}

/// What one run did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JobsReport {
    /// New jobs enqueued (already-known dedupe keys are not counted).
    pub enqueued: u64,
    /// Jobs this runner claimed.
    pub claimed: u64,
    /// Claimed jobs whose work was done now.
    pub done: u64,
    /// Claimed jobs whose effect had happened already (nothing written).
    pub skipped: u64,
    /// Claimed jobs that failed and will be retried (or gave up).
    pub failed: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JobRunView {
    pub runner: String,
    pub attempt: i64,
    /// `done`, `skipped`, `retry`, `failed` or `lost` (the lease ran out first).
    pub outcome: String,
    pub detail: Option<String>,
    pub started_at: DateTime<Utc>,
    pub finished_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JobView {
    pub id: i64,
    pub kind: String,
    pub dedupe_key: String,
    /// `pending`, `running`, `done` or `failed`.
    pub status: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub due_at: DateTime<Utc>,
    pub runs: Vec<JobRunView>,
}
