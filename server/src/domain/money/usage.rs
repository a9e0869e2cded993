//! Usage posted by the network: rated package-first by `shared::tariff::rate_all` against
//! what is left of this period's package; the part beyond it becomes usage-charge entries.
//! The batch id is the idempotency key (scope `network`).

use axum::http::StatusCode;
use shared::api::usage::{USAGE_BATCH_MAX, UsageBatch, UsageRated};
use shared::ids::AccountNumber;
use shared::ledger::{EntryKind, Explanation};
use shared::tariff::{BillingPeriod, Tariff, rate_all};
use shared::{ApiError, ErrorCode};

use super::dashboard::remaining;
use super::payments::{Answer, claim, idempotency_key};
use super::{midnight, today};
use crate::domain::secrets;
use crate::http::HttpError;
use crate::state::AppState;
use crate::store::money::{AccountRecord, MoneyWrite, NewEntry, NewUsage, PackageGuard};

fn field(code: ErrorCode, name: &str) -> HttpError {
    HttpError(ApiError::new(code).with_field(name))
}

pub async fn record(state: &AppState, batch: &UsageBatch) -> Result<Answer, HttpError> {
    let key = idempotency_key(Some(batch.batch_id.as_str()))
        .map_err(|_| field(ErrorCode::Required, "batch_id"))?;
    if batch.records.is_empty() {
        return Err(field(ErrorCode::Required, "records"));
    }
    if batch.records.len() > USAGE_BATCH_MAX {
        return Err(field(ErrorCode::TooLong, "records"));
    }
    let number = AccountNumber::parse(&batch.account_number)?;
    let account = state
        .store
        .account_by_number(&number.to_string())
        .await?
        .ok_or_else(|| field(ErrorCode::NotFound, "account_number"))?;
    let tariff = match &account.tariff_id {
        Some(id) => state.store.tariff(id).await?.map(|c| c.tariff),
        None => None,
    }
    .ok_or_else(|| field(ErrorCode::Validation, "account_number"))?;
    let period = BillingPeriod::containing(today(state));
    let (from, to) = (midnight(period.start), midnight(period.end()));
    // Rated against what is left, written only if nobody used the package meanwhile (the
    // store checks under the account's row lock); a batch that lost the race is rated again.
    let mut tries = 0;
    loop {
        let used = state.store.package_used(account.id, from, to).await?;
        let guard = PackageGuard {
            account_id: account.id,
            from,
            to,
            used,
        };
        match write_rated(state, batch, &key, &account, &tariff, guard).await {
            Err(e) if e.0.code == ErrorCode::QuoteStale && tries < RATE_TRIES => tries += 1,
            answer => return answer,
        }
    }
}

/// Batches of one account racing for its package: how often one is rated again.
const RATE_TRIES: u32 = 16;

async fn write_rated(
    state: &AppState,
    batch: &UsageBatch,
    key: &str,
    account: &AccountRecord,
    tariff: &Tariff,
    guard: PackageGuard,
) -> Result<Answer, HttpError> {
    let left = remaining(tariff.package, guard.used);
    let (rated, after, charged) = rate_all(batch.records.iter().copied(), left, &tariff.prices)
        .map_err(|e| HttpError(ApiError::from(e).with_field("records")))?;
    let now = state.clock.unix();
    let mut write = MoneyWrite {
        package_guard: Some(guard),
        ..MoneyWrite::default()
    };
    for r in &rated {
        let quantity = r.from_package + r.billed;
        write.usage.push(NewUsage {
            account_id: account.id,
            kind: r.kind,
            quantity,
            from_package: r.from_package,
            billed: r.billed,
            created_at: now,
        });
        if r.charge.is_positive() {
            let amount = r.charge.checked_neg().map_err(|e| HttpError(e.into()))?;
            let explanation = Explanation::Usage {
                kind: r.kind,
                quantity,
                from_package: r.from_package,
                billed: r.billed,
                price: tariff.prices.get(r.kind),
            };
            let entry = NewEntry::new(
                account.id,
                EntryKind::UsageCharge,
                amount,
                now,
                explanation,
                None,
            )
            .map_err(|e| HttpError(e.into()))?;
            write.entries.push(entry);
        }
    }
    let body = serde_json::to_string(&UsageRated {
        account_number: account.account_number.clone(),
        rated,
        charged,
        remaining: after,
    })
    .unwrap_or_default();
    let hash = secrets::sha256_hex(&format!(
        "usage|{}|{}",
        account.id,
        serde_json::to_string(&batch.records).unwrap_or_default()
    ));
    claim(
        state,
        "network",
        key,
        &hash,
        StatusCode::CREATED,
        body,
        &write,
    )
    .await
}
