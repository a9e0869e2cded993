//! `POST /api/public/balance`: the public balance check (PRODUCT 3) — a contract number in,
//! the balance out, nothing else about the subscriber; no sign-in, limited per IP address.

use serde::{Deserialize, Serialize};

use crate::Money;

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct BalanceQuery {
    /// In any form [`crate::ids::ContractNumber`] accepts (`77-1000001`, `771000001`).
    pub contract_number: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PublicBalance {
    /// Negative when in debt.
    pub balance: Money,
}
