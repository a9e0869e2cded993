//! Bonus points: accrued on payments, spent on the monthly fee or the rewards catalogue,
//! transferable to another number of the operator. A balance is unsigned: it cannot go
//! negative, and every operation that would take more than there is fails instead.

use serde::{Deserialize, Serialize};

use crate::ids::Phone;
use crate::{ApiError, ErrorCode, Money};

/// A number of bonus points.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(transparent)]
pub struct Points(u64);

/// One point per full 10 ₽ paid.
pub const KOPECKS_PER_POINT_ACCRUED: i64 = 1_000;
/// When paying the monthly fee, a point is worth 0,50 ₽.
pub const FEE_KOPECKS_PER_POINT: i64 = 50;
/// The smallest transfer.
pub const TRANSFER_MIN: Points = Points(10);
/// The most a number may transfer per calendar day.
pub const TRANSFER_DAILY_LIMIT: Points = Points(500);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
pub enum BonusError {
    #[error("not enough points")]
    Insufficient,
    #[error("transfer below the minimum")]
    BelowMinimum,
    #[error("daily transfer limit exceeded")]
    DailyLimit,
    #[error("transfer to the same number")]
    ToSelf,
}

impl From<BonusError> for ApiError {
    fn from(err: BonusError) -> Self {
        match err {
            BonusError::Insufficient => ApiError::new(ErrorCode::InsufficientBonus),
            BonusError::BelowMinimum => {
                ApiError::new(ErrorCode::BonusTransferBelowMinimum).with_field("points")
            }
            BonusError::DailyLimit => {
                ApiError::new(ErrorCode::BonusTransferDailyLimit).with_field("points")
            }
            BonusError::ToSelf => ApiError::new(ErrorCode::BonusTransferToSelf).with_field("to"),
        }
    }
}

impl Points {
    pub const ZERO: Points = Points(0);

    pub const fn new(points: u64) -> Self {
        Points(points)
    }

    pub const fn value(self) -> u64 {
        self.0
    }

    /// Accrual never overflows in practice; if it would, the balance saturates.
    pub fn saturating_add(self, other: Points) -> Points {
        Points(self.0.saturating_add(other.0))
    }

    /// `self − other`, or `Insufficient`.
    pub fn checked_sub(self, other: Points) -> Result<Points, BonusError> {
        self.0
            .checked_sub(other.0)
            .map(Points)
            .ok_or(BonusError::Insufficient)
    }
}

/// Points earned by a payment: one per full 10 ₽; refunds and zero earn nothing.
pub fn accrual(paid: Money) -> Points {
    Points(u64::try_from(paid.kopecks() / KOPECKS_PER_POINT_ACCRUED).unwrap_or(0))
}

/// An item of the rewards catalogue, priced in points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reward {
    pub id: &'static str,
    pub name_ru: &'static str,
    pub name_en: &'static str,
    pub price: Points,
}

const fn reward(
    id: &'static str,
    name_ru: &'static str,
    name_en: &'static str,
    price: u64,
) -> Reward {
    Reward {
        id,
        name_ru,
        name_en,
        price: Points(price),
    }
}

/// The rewards catalogue.
pub const REWARDS: [Reward; 4] = [
    reward(
        "extra-gb-5",
        "Дополнительные 5 ГБ на месяц",
        "Extra 5 GB for a month",
        300,
    ),
    reward(
        "kion-month",
        "Месяц онлайн-кинотеатра KION",
        "A month of KION streaming",
        400,
    ),
    reward(
        "antivirus-year",
        "Антивирус на год",
        "Antivirus for a year",
        900,
    ),
    reward(
        "router-discount",
        "Скидка 1 000 ₽ на роутер",
        "1 000 ₽ off a router",
        1_500,
    ),
];

/// The catalogue item with this id.
pub fn find_reward(id: &str) -> Option<Reward> {
    REWARDS.into_iter().find(|r| r.id == id.trim())
}

/// Paying (part of) the monthly fee with points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FeeRedemption {
    pub points_spent: Points,
    /// The part of the fee the points cover (a bonus-redemption ledger entry).
    pub covered: Money,
    /// What is left to pay in money.
    pub still_due: Money,
    pub balance: Points,
}

/// Spends as many whole points as fit in `fee` (never more than the balance, never covering
/// more than the fee).
pub fn redeem_for_fee(balance: Points, fee: Money) -> FeeRedemption {
    let fee = fee.non_negative();
    let fit = u64::try_from(fee.kopecks() / FEE_KOPECKS_PER_POINT).unwrap_or(0);
    let spent = balance.0.min(fit);
    // spent ≤ fee / 50, so spent × 50 ≤ fee fits in i64.
    let covered = Money::from_kopecks(i64::try_from(spent).unwrap_or(0) * FEE_KOPECKS_PER_POINT);
    FeeRedemption {
        points_spent: Points(spent),
        covered,
        still_due: Money::from_kopecks(fee.kopecks() - covered.kopecks()),
        balance: Points(balance.0 - spent),
    }
}

/// Buys a rewards-catalogue item priced in points; returns the new balance.
pub fn redeem(balance: Points, price: Points) -> Result<Points, BonusError> {
    balance.checked_sub(price)
}

/// The sender's side after a transfer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Transfer {
    pub amount: Points,
    pub sender_balance: Points,
    /// Transferred today including this one.
    pub sent_today: Points,
}

/// Checks and computes a transfer of `amount` from `from` to `to`; the receiver's balance
/// grows by `amount` ([`Points::saturating_add`]).
pub fn transfer(
    balance: Points,
    amount: Points,
    sent_today: Points,
    from: &Phone,
    to: &Phone,
) -> Result<Transfer, BonusError> {
    if from == to {
        return Err(BonusError::ToSelf);
    }
    if amount < TRANSFER_MIN {
        return Err(BonusError::BelowMinimum);
    }
    let after_today = sent_today
        .0
        .checked_add(amount.0)
        .ok_or(BonusError::DailyLimit)?;
    if after_today > TRANSFER_DAILY_LIMIT.0 {
        return Err(BonusError::DailyLimit);
    }
    let sender_balance = balance.checked_sub(amount)?;
    Ok(Transfer {
        amount,
        sender_balance,
        sent_today: Points(after_today),
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn phone(s: &str) -> Phone {
        Phone::parse(s).unwrap()
    }

    #[test]
    fn accrual_is_per_full_ten_roubles() {
        assert_eq!(accrual(Money::from_kopecks(99_999)), Points(99));
        assert_eq!(accrual(Money::from_kopecks(1_000)), Points(1));
        assert_eq!(accrual(Money::from_kopecks(999)), Points::ZERO);
        assert_eq!(accrual(Money::from_kopecks(-50_000)), Points::ZERO);
    }

    #[test]
    fn rewards_are_unique_and_priced() {
        for (i, r) in REWARDS.iter().enumerate() {
            assert!(r.price > Points::ZERO);
            assert_eq!(find_reward(r.id), Some(*r));
            assert!(REWARDS[i + 1..].iter().all(|o| o.id != r.id));
        }
        assert_eq!(find_reward("nope"), None);
    }

    #[test]
    fn fee_redemption() {
        let r = redeem_for_fee(Points(2_000), Money::from_kopecks(55_025));
        assert_eq!(
            (
                r.points_spent,
                r.covered.kopecks(),
                r.still_due.kopecks(),
                r.balance
            ),
            (Points(1_100), 55_000, 25, Points(900))
        );
        let r = redeem_for_fee(Points(100), Money::from_kopecks(55_000));
        assert_eq!(
            (r.covered.kopecks(), r.still_due.kopecks(), r.balance),
            (5_000, 50_000, Points::ZERO)
        );
        assert_eq!(
            redeem(Points(10), Points(11)),
            Err(BonusError::Insufficient)
        );
        assert_eq!(redeem(Points(10), Points(10)), Ok(Points::ZERO));
    }

    #[test]
    fn transfer_rules() {
        let (a, b) = (phone("+79123456789"), phone("+79161234567"));
        let t = transfer(Points(1_000), Points(100), Points(350), &a, &b).unwrap();
        assert_eq!((t.sender_balance, t.sent_today), (Points(900), Points(450)));
        assert_eq!(
            transfer(Points(1_000), Points(151), Points(350), &a, &b),
            Err(BonusError::DailyLimit)
        );
        assert_eq!(
            transfer(Points(1_000), Points(9), Points(0), &a, &b),
            Err(BonusError::BelowMinimum)
        );
        assert_eq!(
            transfer(Points(50), Points(100), Points(0), &a, &b),
            Err(BonusError::Insufficient)
        );
        assert_eq!(
            transfer(Points(1_000), Points(100), Points(0), &a, &a),
            Err(BonusError::ToSelf)
        );
        assert_eq!(
            transfer(Points(1_000), Points(u64::MAX), Points(1), &a, &b),
            Err(BonusError::DailyLimit)
        );
        assert_eq!(ApiError::from(BonusError::DailyLimit).status(), 409);
    }

    #[derive(Debug, Clone)]
    enum Op {
        Pay(i64),
        Fee(i64),
        Buy(u64),
        Send(u64),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (-100_000_i64..10_000_000).prop_map(Op::Pay),
            (-100_000_i64..10_000_000).prop_map(Op::Fee),
            (0_u64..5_000).prop_map(Op::Buy),
            (0_u64..700).prop_map(Op::Send),
        ]
    }

    proptest! {
        #[test]
        fn balance_never_goes_negative_and_failures_change_nothing(ops in prop::collection::vec(op(), 0..60)) {
            let (a, b) = (phone("+79123456789"), phone("+79161234567"));
            let (mut balance, mut sent_today) = (Points::ZERO, Points::ZERO);
            for op in ops {
                let before = balance;
                match op {
                    Op::Pay(k) => balance = balance.saturating_add(accrual(Money::from_kopecks(k))),
                    Op::Fee(k) => {
                        let r = redeem_for_fee(balance, Money::from_kopecks(k));
                        prop_assert_eq!(r.balance.value() + r.points_spent.value(), before.value());
                        prop_assert!(r.covered.kopecks() + r.still_due.kopecks() == k.max(0));
                        prop_assert!(!r.still_due.is_negative());
                        balance = r.balance;
                    }
                    Op::Buy(p) => match redeem(balance, Points(p)) {
                        Ok(after) => balance = after,
                        Err(_) => prop_assert!(p > before.value()),
                    },
                    Op::Send(p) => match transfer(balance, Points(p), sent_today, &a, &b) {
                        Ok(t) => {
                            prop_assert_eq!(t.sender_balance.value() + p, before.value());
                            prop_assert!(t.sent_today <= TRANSFER_DAILY_LIMIT);
                            balance = t.sender_balance;
                            sent_today = t.sent_today;
                        }
                        Err(_) => prop_assert_eq!(balance, before),
                    },
                }
            }
        }
    }
}
