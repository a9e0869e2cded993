//! `POST /api/usage`: the network (or the demo usage simulator) posts call, SMS and data
//! records; the server rates them package-first with [`crate::tariff::rate_all`].

use serde::{Deserialize, Serialize};

use crate::Money;
use crate::tariff::{Package, Rated, UsageRecord};

/// The network signs the raw body with HMAC-SHA256 and sends it here, hex encoded.
pub const NETWORK_SIGNATURE_HEADER: &str = "x-network-signature";
/// Most records in one batch.
pub const USAGE_BATCH_MAX: usize = 1_000;

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct UsageBatch {
    /// The network's id of this batch: its idempotency key.
    pub batch_id: String,
    /// The personal account number (12 digits).
    pub account_number: String,
    /// In billing units: minutes, messages, megabytes.
    pub records: Vec<UsageRecord>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UsageRated {
    pub account_number: String,
    pub rated: Vec<Rated>,
    /// The total charged beyond the package (positive).
    pub charged: Money,
    /// What is left of this period's package afterwards.
    pub remaining: Package,
}
