//! Bonus points (PRODUCT 5): accrued in the transaction of every payment (the store calls
//! `shared::bonus::accrual`), spent on this month's fee (`redeem_for_fee`, once per account
//! and month) or on a reward (`redeem`), or transferred to another mobile number of the
//! operator (`transfer`: the sender's spend and the receiver's credit in one transaction).
//! Spending is claimed under the request's idempotency key and checked against the balance
//! (and, for a transfer, today's transferred total) inside its transaction.

use axum::http::StatusCode;
use shared::api::bonus::{
    BonusEntry, BonusEntryKind, BonusView, FeePaid, PointsTransferred, RedeemFee, RedeemReward,
    RewardBought, RewardItem, TransferPoints,
};
use shared::bonus::{
    Points, REWARDS, Reward, TRANSFER_DAILY_LIMIT, TRANSFER_MIN, find_reward, redeem,
    redeem_for_fee,
};
use shared::ids::Phone;
use shared::ledger::{EntryKind, Explanation};
use shared::tariff::BillingPeriod;
use shared::{ApiError, ErrorCode};

use super::payments::{Answer, claim};
use super::{midnight, owned_account, today};
use crate::clock::from_unix;
use crate::domain::secrets;
use crate::http::HttpError;
use crate::state::AppState;
use crate::store::identity::CustomerId;
use crate::store::money::{BonusSpend, MoneyWrite, NewEntry, TransferLeg};

pub fn item(r: Reward) -> RewardItem {
    RewardItem {
        id: r.id.to_owned(),
        name_ru: r.name_ru.to_owned(),
        name_en: r.name_en.to_owned(),
        price: r.price,
    }
}

pub fn catalogue() -> Vec<RewardItem> {
    REWARDS.into_iter().map(item).collect()
}

async fn balance(state: &AppState, customer: CustomerId) -> Result<Points, HttpError> {
    let sum = state.store.bonus_balance(customer).await?;
    Ok(Points::new(u64::try_from(sum).unwrap_or_default()))
}

pub async fn view(state: &AppState, customer: CustomerId) -> Result<BonusView, HttpError> {
    let history = state
        .store
        .bonus_history(customer, 100)
        .await?
        .into_iter()
        .map(|r| BonusEntry {
            id: r.id,
            kind: BonusEntryKind::from_name(&r.kind).unwrap_or(BonusEntryKind::Accrual),
            points: r.points,
            at: from_unix(r.created_at),
            payment_id: r.payment_id,
            detail: r.detail,
        })
        .collect();
    let sent_today = state
        .store
        .bonus_sent_since(customer, midnight(today(state)))
        .await?;
    Ok(BonusView {
        balance: balance(state, customer).await?,
        history,
        numbers: own_numbers(state, customer)
            .await?
            .iter()
            .map(Phone::to_string)
            .collect(),
        sent_today: Points::new(u64::try_from(sent_today).unwrap_or_default()),
        transfer_daily_limit: TRANSFER_DAILY_LIMIT,
        transfer_min: TRANSFER_MIN,
    })
}

/// The customer's mobile numbers, in account order.
async fn own_numbers(state: &AppState, customer: CustomerId) -> Result<Vec<Phone>, HttpError> {
    Ok(state
        .store
        .mobile_numbers(customer)
        .await?
        .iter()
        .filter_map(|p| Phone::parse(p).ok())
        .collect())
}

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// `POST /api/bonus/fee`: as many points as fit in this month's fee of the account.
pub async fn pay_fee(
    state: &AppState,
    customer: CustomerId,
    key: &str,
    req: &RedeemFee,
) -> Result<Answer, HttpError> {
    let account = owned_account(state, customer, req.account_id)
        .await
        .map_err(|e| HttpError(e.0.with_field("account_id")))?;
    let tariff = match &account.tariff_id {
        Some(id) => state.store.tariff(id).await?.map(|c| c.tariff),
        None => None,
    }
    .ok_or_else(|| HttpError(ApiError::new(ErrorCode::Validation).with_field("account_id")))?;
    let r = redeem_for_fee(balance(state, customer).await?, tariff.monthly_fee);
    if r.points_spent == Points::ZERO {
        return Err(ErrorCode::InsufficientBonus.into());
    }
    let period = BillingPeriod::containing(today(state)).start;
    let now = state.clock.unix();
    let entry = NewEntry::new(
        account.id,
        EntryKind::BonusRedemption,
        r.covered,
        now,
        Explanation::BonusFee {
            points: r.points_spent,
            period_start: period,
        },
        None,
    )
    .map_err(|e| HttpError(e.into()))?;
    let write = MoneyWrite {
        entries: vec![entry],
        effect_keys: vec![format!("bonus-fee:{}:{period}", account.id)],
        effect_at: now,
        bonus_spend: Some(BonusSpend {
            customer_id: customer,
            kind: "fee",
            points: r.points_spent,
            detail: format!("fee:{}:{period}", account.account_number),
            at: now,
            transfer: None,
        }),
        ..MoneyWrite::default()
    };
    let body = json(&FeePaid {
        account_id: account.id,
        points_spent: r.points_spent,
        covered: r.covered,
        still_due: r.still_due,
        balance: r.balance,
    });
    let hash = secrets::sha256_hex(&format!("bonus-fee|{}", account.id));
    let scope = format!("customer:{customer}");
    claim(state, &scope, key, &hash, StatusCode::CREATED, body, &write).await
}

/// `POST /api/bonus/rewards`: buys a reward.
pub async fn buy(
    state: &AppState,
    customer: CustomerId,
    key: &str,
    req: &RedeemReward,
) -> Result<Answer, HttpError> {
    let reward = find_reward(&req.reward_id).ok_or_else(|| {
        HttpError(ApiError::new(ErrorCode::UnknownReward).with_field("reward_id"))
    })?;
    let after = redeem(balance(state, customer).await?, reward.price).map_err(ApiError::from)?;
    let now = state.clock.unix();
    let write = MoneyWrite {
        bonus_spend: Some(BonusSpend {
            customer_id: customer,
            kind: "reward",
            points: reward.price,
            detail: reward.id.to_owned(),
            at: now,
            transfer: None,
        }),
        ..MoneyWrite::default()
    };
    let body = json(&RewardBought {
        reward: item(reward),
        balance: after,
    });
    let hash = secrets::sha256_hex(&format!("bonus-reward|{}", reward.id));
    let scope = format!("customer:{customer}");
    claim(state, &scope, key, &hash, StatusCode::CREATED, body, &write).await
}

/// `POST /api/bonus/transfer`: points to the customer who owns the mobile number `to`. An
/// unknown number is 404 `bonus_recipient_unknown` whoever asks, and nothing about an owner
/// is ever answered; the rules (`shared::bonus::transfer`) are checked inside the transaction.
pub async fn transfer(
    state: &AppState,
    customer: CustomerId,
    key: &str,
    req: &TransferPoints,
) -> Result<Answer, HttpError> {
    let to = Phone::parse(&req.to).map_err(|e| HttpError(e.in_field("to").into()))?;
    let points = Points::new(req.points);
    let own = own_numbers(state, customer).await?;
    let receiver = state.store.mobile_owner(&to.to_string()).await?;
    let Some(to_customer) = receiver else {
        return Err(HttpError(
            ApiError::new(ErrorCode::BonusRecipientUnknown).with_field("to"),
        ));
    };
    // A number of the sender's own is "to self" by the shared rule (from == to).
    let from = if to_customer == customer {
        to.clone()
    } else {
        own.first()
            .cloned()
            .ok_or_else(|| HttpError::new(ErrorCode::NoMobileAccount))?
    };
    let now = state.clock.unix();
    let write = MoneyWrite {
        bonus_spend: Some(BonusSpend {
            customer_id: customer,
            kind: "transfer_out",
            points,
            detail: to.to_string(),
            at: now,
            transfer: Some(TransferLeg {
                to_customer,
                from,
                to: to.clone(),
                day_start: midnight(today(state)),
            }),
        }),
        ..MoneyWrite::default()
    };
    let body = json(&PointsTransferred {
        to: to.to_string(),
        points,
    });
    let hash = secrets::sha256_hex(&format!("bonus-transfer|{to}|{}", points.value()));
    let scope = format!("customer:{customer}");
    claim(state, &scope, key, &hash, StatusCode::CREATED, body, &write).await
}
