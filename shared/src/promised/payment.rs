//! Taking a promised payment: fee by amount tier, expiry, notification and repayment.

use chrono::{Duration, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::PromisedOffer;
use crate::{ErrorCode, FieldError, Money};

/// Fee for amounts from `from` (inclusive) up to the next tier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FeeTier {
    pub from: Money,
    pub fee: Money,
}

const fn tier(from_roubles: i64, fee_roubles: i64) -> FeeTier {
    FeeTier {
        from: Money::from_kopecks(from_roubles * 100),
        fee: Money::from_kopecks(fee_roubles * 100),
    }
}

/// The fee schedule, ascending: 50–199 ₽ → 10 ₽, 200–499 ₽ → 20 ₽, 500–999 ₽ → 40 ₽,
/// 1 000–2 999 ₽ → 70 ₽, 3 000 ₽ and more → 100 ₽.
pub const FEE_TIERS: [FeeTier; 5] = [
    tier(50, 10),
    tier(200, 20),
    tier(500, 40),
    tier(1_000, 70),
    tier(3_000, 100),
];

/// The subscriber is notified this many hours before expiry.
pub const NOTIFY_BEFORE_HOURS: i64 = 24;

/// The fee for a promised payment of `amount` (zero below the first tier).
pub fn fee_for(amount: Money) -> Money {
    FEE_TIERS
        .iter()
        .rev()
        .find(|t| amount >= t.from)
        .map_or(Money::ZERO, |t| t.fee)
}

/// A promised payment taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PromisedPayment {
    pub amount: Money,
    pub fee: Money,
    pub taken_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PromisedStatus {
    Active,
    /// Less than [`NOTIFY_BEFORE_HOURS`] left: time to remind the subscriber.
    ExpiringSoon,
    /// Unpaid after expiry: service is restricted.
    Expired,
}

impl PromisedPayment {
    /// What must be repaid: the amount plus the fee.
    pub fn debt(&self) -> Money {
        // Both are bounded by MAX_AMOUNT and the top fee, far from overflow.
        self.amount
            .checked_add(self.fee)
            .unwrap_or(Money::from_kopecks(i64::MAX))
    }

    pub fn status(&self, now: NaiveDateTime) -> PromisedStatus {
        if now >= self.expires_at {
            PromisedStatus::Expired
        } else if now + Duration::hours(NOTIFY_BEFORE_HOURS) >= self.expires_at {
            PromisedStatus::ExpiringSoon
        } else {
            PromisedStatus::Active
        }
    }
}

/// Whether `amount` may be taken under `offer` (the form checks it as typed; [`take`]
/// applies it). Errors concern the field `amount`.
pub fn check_amount(offer: &PromisedOffer, amount: Money) -> Result<Money, FieldError> {
    let refuse = |code| Err(FieldError::new(Money::FIELD, code));
    if !amount.is_positive() {
        return refuse(ErrorCode::AmountNotPositive);
    }
    if amount < offer.min {
        return refuse(ErrorCode::AmountBelowMinimum);
    }
    if amount > offer.cap {
        return refuse(ErrorCode::AmountAboveMaximum);
    }
    Ok(amount)
}

/// Takes `amount` under `offer` at `now`. Errors concern the field `amount`.
pub fn take(
    offer: &PromisedOffer,
    amount: Money,
    now: NaiveDateTime,
) -> Result<PromisedPayment, FieldError> {
    check_amount(offer, amount)?;
    let expires_at = now
        .checked_add_signed(Duration::days(i64::from(offer.term_days)))
        .ok_or(FieldError::new(Money::FIELD, ErrorCode::InvalidPeriod))?;
    Ok(PromisedPayment {
        amount,
        fee: fee_for(amount),
        taken_at: now,
        expires_at,
    })
}

/// How an incoming payment is split when a promised payment is outstanding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Repayment {
    /// Goes to repay the promised payment (a repayment ledger entry).
    pub to_promised: Money,
    /// Stays on the balance.
    pub to_balance: Money,
    /// Still owed after this payment.
    pub outstanding: Money,
}

/// Repays `outstanding` from `payment` first; the rest stays on the balance. Negative inputs
/// count as zero.
pub fn repay(outstanding: Money, payment: Money) -> Repayment {
    let (owed, paid) = (outstanding.non_negative(), payment.non_negative());
    let to_promised = owed.min(paid);
    // Both subtractions are of a smaller non-negative amount from a larger one.
    let sub = |a: Money, b: Money| Money::from_kopecks(a.kopecks() - b.kopecks());
    Repayment {
        to_promised,
        to_balance: sub(paid, to_promised),
        outstanding: sub(owed, to_promised),
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use proptest::prelude::*;

    use super::*;

    fn at(day: u32, hour: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, day)
            .unwrap()
            .and_hms_opt(hour, 0, 0)
            .unwrap()
    }

    fn rub(r: i64) -> Money {
        Money::from_kopecks(r * 100)
    }

    const OFFER: PromisedOffer = PromisedOffer {
        min: Money::from_kopecks(5_000),
        cap: Money::from_kopecks(51_600),
        term_days: 3,
    };

    #[test]
    fn fee_tiers() {
        assert_eq!(fee_for(rub(49)), Money::ZERO);
        assert_eq!(fee_for(rub(50)), rub(10));
        assert_eq!(fee_for(Money::from_kopecks(19_999)), rub(10));
        assert_eq!(fee_for(rub(200)), rub(20));
        assert_eq!(fee_for(rub(999)), rub(40));
        assert_eq!(fee_for(rub(1_000)), rub(70));
        assert_eq!(fee_for(rub(1_000_000)), rub(100));
        assert!(
            FEE_TIERS
                .windows(2)
                .all(|w| w[0].from < w[1].from && w[0].fee <= w[1].fee)
        );
    }

    #[test]
    fn taking_and_expiry() {
        let p = take(&OFFER, rub(300), at(10, 12)).unwrap();
        assert_eq!(
            (p.fee, p.debt(), p.expires_at),
            (rub(20), rub(320), at(13, 12))
        );
        assert_eq!(p.status(at(11, 12)), PromisedStatus::Active);
        assert_eq!(p.status(at(12, 12)), PromisedStatus::ExpiringSoon);
        assert_eq!(p.status(at(13, 12)), PromisedStatus::Expired);
        let code = |m| take(&OFFER, m, at(10, 12)).unwrap_err().code;
        assert_eq!(code(rub(0)), ErrorCode::AmountNotPositive);
        assert_eq!(code(rub(49)), ErrorCode::AmountBelowMinimum);
        assert_eq!(code(rub(517)), ErrorCode::AmountAboveMaximum);
        assert!(take(&OFFER, Money::from_kopecks(51_600), at(10, 12)).is_ok());
        assert_eq!(check_amount(&OFFER, rub(50)), Ok(rub(50)));
        assert_eq!(
            check_amount(&OFFER, rub(517)).unwrap_err().code,
            ErrorCode::AmountAboveMaximum
        );
    }

    #[test]
    fn repayment_from_the_next_payment() {
        assert_eq!(
            repay(rub(320), rub(500)),
            Repayment {
                to_promised: rub(320),
                to_balance: rub(180),
                outstanding: Money::ZERO
            }
        );
        assert_eq!(
            repay(rub(320), rub(100)),
            Repayment {
                to_promised: rub(100),
                to_balance: Money::ZERO,
                outstanding: rub(220)
            }
        );
        assert_eq!(repay(Money::ZERO, rub(100)).to_balance, rub(100));
    }

    proptest! {
        #[test]
        fn repayment_conserves_money(owed in any::<i64>(), paid in any::<i64>()) {
            let r = repay(Money::from_kopecks(owed), Money::from_kopecks(paid));
            prop_assert_eq!(r.to_promised.kopecks() + r.to_balance.kopecks(), paid.max(0));
            prop_assert_eq!(r.to_promised.kopecks() + r.outstanding.kopecks(), owed.max(0));
            prop_assert!(!r.to_promised.is_negative() && !r.to_balance.is_negative() && !r.outstanding.is_negative());
        }

        #[test]
        fn a_taken_amount_is_within_the_offer(k in any::<i64>()) {
            if let Ok(p) = take(&OFFER, Money::from_kopecks(k), at(1, 0)) {
                prop_assert!(p.amount >= OFFER.min && p.amount <= OFFER.cap);
            }
        }
    }
}
