//! Voluntary blocking of a number and daily fees.
//!
//! A temporary block is free for its first [`FREE_BLOCK_DAYS`] days (the start day is day 1),
//! then costs a daily fee. A permanent block closes the number: no fee, and it needs a second,
//! explicit confirmation. A lost phone is blocked at once as a temporary block.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::money::MoneyError;
use crate::{ApiError, ErrorCode, Money};

/// Free days of a temporary block.
pub const FREE_BLOCK_DAYS: u64 = 14;
/// Daily fee of a temporary block after the free days, 1 ₽.
pub const BLOCK_DAILY_FEE: Money = Money::from_kopecks(100);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Temporary,
    Permanent,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BlockError {
    #[error("a permanent block needs a second confirmation")]
    ConfirmationRequired,
    #[error(transparent)]
    Money(#[from] MoneyError),
}

impl From<BlockError> for ApiError {
    fn from(err: BlockError) -> Self {
        match err {
            BlockError::ConfirmationRequired => {
                ApiError::new(ErrorCode::BlockConfirmationRequired).with_field("confirm_permanent")
            }
            BlockError::Money(m) => m.into(),
        }
    }
}

/// A block in force since `started_on`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VoluntaryBlock {
    pub kind: BlockKind,
    pub started_on: NaiveDate,
}

impl VoluntaryBlock {
    /// Starts a block; a permanent one only with `second_confirmation`.
    pub fn start(
        kind: BlockKind,
        started_on: NaiveDate,
        second_confirmation: bool,
    ) -> Result<Self, BlockError> {
        if kind == BlockKind::Permanent && !second_confirmation {
            return Err(BlockError::ConfirmationRequired);
        }
        Ok(Self { kind, started_on })
    }

    /// The first day that costs the daily fee (`None` for a permanent block).
    pub fn first_paid_day(&self) -> Option<NaiveDate> {
        match self.kind {
            BlockKind::Temporary => self.started_on.checked_add_days(Days::new(FREE_BLOCK_DAYS)),
            BlockKind::Permanent => None,
        }
    }

    /// The fee for one day.
    pub fn fee_for_day(&self, day: NaiveDate, daily_fee: Money) -> Money {
        match self.first_paid_day() {
            Some(first) if day >= first => daily_fee,
            _ => Money::ZERO,
        }
    }

    /// The fee accrued for the days `[from, until)`; days before the block or in its free
    /// days cost nothing.
    pub fn fee_for_period(
        &self,
        from: NaiveDate,
        until: NaiveDate,
        daily_fee: Money,
    ) -> Result<Money, BlockError> {
        if until < from {
            return Err(MoneyError::BadPeriod.into());
        }
        let Some(first) = self.first_paid_day() else {
            return Ok(Money::ZERO);
        };
        Ok(daily_fee_accrual(
            from.max(first),
            until.max(first),
            daily_fee,
        )?)
    }
}

impl VoluntaryBlock {
    /// The days of `[from, until)` that cost the daily fee, in order: what a daily accrual
    /// charges, one entry per day.
    pub fn paid_days(&self, from: NaiveDate, until: NaiveDate) -> Vec<NaiveDate> {
        let Some(first) = self.first_paid_day() else {
            return Vec::new();
        };
        from.max(first)
            .iter_days()
            .take_while(|d| *d < until)
            .collect()
    }
}

/// A daily fee for every day of `[from, until)`.
pub fn daily_fee_accrual(
    from: NaiveDate,
    until: NaiveDate,
    daily_fee: Money,
) -> Result<Money, MoneyError> {
    let days = (until - from).num_days();
    if days < 0 {
        return Err(MoneyError::BadPeriod);
    }
    daily_fee.checked_mul(days)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn first_fourteen_days_are_free() {
        let b = VoluntaryBlock::start(BlockKind::Temporary, d(2026, 11, 1), false).unwrap();
        assert_eq!(b.first_paid_day(), Some(d(2026, 11, 15)));
        assert_eq!(b.fee_for_day(d(2026, 11, 14), BLOCK_DAILY_FEE), Money::ZERO);
        assert_eq!(
            b.fee_for_day(d(2026, 11, 15), BLOCK_DAILY_FEE),
            BLOCK_DAILY_FEE
        );
        // November 1 to December 1: 30 days, 16 of them paid.
        assert_eq!(
            b.fee_for_period(d(2026, 11, 1), d(2026, 12, 1), BLOCK_DAILY_FEE),
            Ok(Money::from_kopecks(1_600))
        );
        assert_eq!(
            b.fee_for_period(d(2026, 10, 1), d(2026, 11, 10), BLOCK_DAILY_FEE),
            Ok(Money::ZERO)
        );
        assert!(
            b.fee_for_period(d(2026, 11, 2), d(2026, 11, 1), BLOCK_DAILY_FEE)
                .is_err()
        );
    }

    #[test]
    fn permanent_needs_confirmation_and_costs_nothing() {
        assert_eq!(
            VoluntaryBlock::start(BlockKind::Permanent, d(2026, 11, 1), false),
            Err(BlockError::ConfirmationRequired)
        );
        let b = VoluntaryBlock::start(BlockKind::Permanent, d(2026, 11, 1), true).unwrap();
        assert_eq!(
            b.fee_for_period(d(2026, 11, 1), d(2027, 11, 1), BLOCK_DAILY_FEE),
            Ok(Money::ZERO)
        );
        assert_eq!(
            ApiError::from(BlockError::ConfirmationRequired).status(),
            422
        );
    }

    #[test]
    fn daily_accrual() {
        assert_eq!(
            daily_fee_accrual(d(2026, 2, 1), d(2026, 3, 1), Money::from_kopecks(350)),
            Ok(Money::from_kopecks(9_800))
        );
        assert_eq!(
            daily_fee_accrual(d(2026, 3, 1), d(2026, 2, 1), Money::from_kopecks(350)),
            Err(MoneyError::BadPeriod)
        );
        assert_eq!(
            daily_fee_accrual(d(2000, 1, 1), d(2026, 1, 1), Money::from_kopecks(i64::MAX)),
            Err(MoneyError::Overflow)
        );
    }

    #[test]
    fn paid_days_start_after_the_free_days() {
        let b = VoluntaryBlock::start(BlockKind::Temporary, d(2026, 11, 1), false).unwrap();
        assert_eq!(
            b.paid_days(d(2026, 11, 1), d(2026, 11, 17)),
            vec![d(2026, 11, 15), d(2026, 11, 16)]
        );
        assert!(b.paid_days(d(2026, 11, 1), d(2026, 11, 15)).is_empty());
        let p = VoluntaryBlock::start(BlockKind::Permanent, d(2026, 11, 1), true).unwrap();
        assert!(p.paid_days(d(2026, 11, 1), d(2027, 1, 1)).is_empty());
    }

    proptest! {
        #[test]
        fn paid_days_match_the_period_fee(start in 0_u64..400, from in 0_u64..400, len in 0_u64..120, fee in 0_i64..10_000) {
            let base = d(2026, 1, 1);
            let b = VoluntaryBlock { kind: BlockKind::Temporary, started_on: base + Days::new(start) };
            let (f, u) = (base + Days::new(from), base + Days::new(from + len));
            let fee = Money::from_kopecks(fee);
            let days = b.paid_days(f, u);
            prop_assert!(days.windows(2).all(|w| w[0] < w[1]));
            prop_assert!(days.iter().all(|day| *day >= f && *day < u && b.fee_for_day(*day, fee) == fee));
            let total = fee.checked_mul(i64::try_from(days.len()).unwrap()).unwrap();
            prop_assert_eq!(total, b.fee_for_period(f, u, fee).unwrap());
        }

        #[test]
        fn period_fee_is_the_sum_of_daily_fees(start in 0_u64..400, from in 0_u64..400, len in 0_u64..120, fee in 0_i64..10_000) {
            let base = d(2026, 1, 1);
            let b = VoluntaryBlock { kind: BlockKind::Temporary, started_on: base + Days::new(start) };
            let (f, u) = (base + Days::new(from), base + Days::new(from + len));
            let fee = Money::from_kopecks(fee);
            let total = b.fee_for_period(f, u, fee).unwrap();
            let by_day = Money::checked_sum((0..len).map(|i| b.fee_for_day(f + Days::new(i), fee))).unwrap();
            prop_assert_eq!(total, by_day);
            let free_end = b.started_on + Days::new(FREE_BLOCK_DAYS);
            if u <= free_end {
                prop_assert_eq!(total, Money::ZERO);
            }
        }
    }
}
